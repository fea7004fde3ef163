/**
 * The network as a graph of plain values: who points at whom, with which
 * role. The data module turns entries into edges; these pure functions answer
 * "what points back at this entry?" and collect action items, so both can be
 * tested without a build.
 */
import type { CollectionName } from '../schemas/shared.ts';
import { startOf } from './dates.ts';

export interface Ref {
  collection: CollectionName;
  id: string;
}

/** How one entry relates to another, named from the target's point of view. */
export type Role =
  | 'member' // group → organisation
  | 'coordinator' // group → organisation
  | 'attendee' // meeting → organisation
  | 'participant' // event → organisation
  | 'organizer' // event → organisation
  | 'author' // position → organisation
  | 'owner' // meeting or update (action item) → organisation
  | 'group' // update → group
  | 'meeting' // update → meeting
  | 'eventGroup' // event → group
  | 'positionGroup'; // position → group

export interface Edge {
  from: Ref;
  to: Ref;
  role: Role;
}

export const refKey = (ref: Ref): string => `${ref.collection}/${ref.id}`;

/** Everything that points at each entry, by role, each source once and in edge order. */
export function backReferences(edges: readonly Edge[]): Map<string, Map<Role, Ref[]>> {
  const index = new Map<string, Map<Role, Ref[]>>();
  const seen = new Set<string>();
  for (const { from, to, role } of edges) {
    const target = refKey(to);
    const source = `${target}|${role}|${refKey(from)}`;
    if (seen.has(source)) continue;
    seen.add(source);
    let byRole = index.get(target);
    if (!byRole) index.set(target, (byRole = new Map<Role, Ref[]>()));
    const list = byRole.get(role);
    if (list) list.push(from);
    else byRole.set(role, [from]);
  }
  return index;
}

export type ActionStatus = 'pending' | 'in-progress' | 'done';

/** An action item with where it comes from, ready to list. */
export interface ActionRow {
  text: string;
  owners: string[];
  due?: string | undefined;
  status: ActionStatus;
  /** The meeting or update that records it. */
  source: Ref;
  /** The date of that meeting or update. */
  date: string;
  /** That date is inferred, not given by a source. */
  approximate?: boolean | undefined;
  /** The working group it belongs to, when it comes from a group's update. */
  group?: string | undefined;
  /** The earlier meeting or update that already recorded this item with the same status. */
  carriedFrom?: Ref | undefined;
}

export const STATUS_ORDER: readonly ActionStatus[] = ['pending', 'in-progress', 'done'];

/**
 * Spanish alphabetical order. One collator for the whole build:
 * `localeCompare(b, 'es')` builds a new one on every comparison, and pages
 * sort their related lists on every render.
 */
export const bySpanish: (a: string, b: string) => number = new Intl.Collator('es').compare;

/** Orders action items by status (open first), then due date, then newest source first. */
export function sortActions(rows: readonly ActionRow[]): ActionRow[] {
  // Each row's keys computed once, not once per comparison.
  return rows
    .map((row) => ({ row, status: STATUS_ORDER.indexOf(row.status), due: startOf(row.due ?? '9999'), date: startOf(row.date) }))
    .sort(
      (a, b) =>
        a.status - b.status ||
        (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) ||
        (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) ||
        bySpanish(a.row.text, b.row.text),
    )
    .map(({ row }) => row);
}

/** Groups rows by a key, keeping first-seen order of keys. Rows with several keys appear under each. */
export function groupRows<T>(rows: readonly T[], keys: (row: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    for (const key of keys(row)) {
      const list = groups.get(key) ?? [];
      list.push(row);
      groups.set(key, list);
    }
  }
  return groups;
}

/**
 * Newest first by a date accessor; ties broken by title so the order is stable
 * between builds. Each item's date is read once, not once per comparison.
 */
export function newestFirst<T>(items: readonly T[], date: (item: T) => string, title: (item: T) => string): T[] {
  return items
    .map((item) => ({ item, start: startOf(date(item)) }))
    .sort((a, b) => (a.start < b.start ? 1 : a.start > b.start ? -1 : bySpanish(title(a.item), title(b.item))))
    .map(({ item }) => item);
}
