/**
 * The only module that reads collections. Loads every collection once per
 * build, sorts it, and answers the questions pages ask: an entry by id, what
 * points back at it, every action item. Pages never call getCollection.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import {
  type ActionRow,
  backReferences,
  bySpanish,
  type Edge,
  groupRows,
  newestFirst,
  type Ref,
  refKey,
  type Role,
  sortActions,
} from '../lib/network.ts';
import type { CollectionName } from '../schemas/shared.ts';
import { translationTarget } from '../schemas/translations.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/index.ts';
import { markCarriedOver } from '../lib/actions.ts';
import { pageLocales } from '../lib/paths.ts';

export type Entry<C extends CollectionName = CollectionName> = CollectionEntry<C>;
type AnyEntry = { [C in CollectionName]: CollectionEntry<C> }[CollectionName];
export type TranslationEntry = CollectionEntry<'translations'>;

export interface Network {
  organizations: Entry<'organizations'>[];
  groups: Entry<'groups'>[];
  updates: Entry<'updates'>[];
  meetings: Entry<'meetings'>[];
  events: Entry<'events'>[];
  positions: Entry<'positions'>[];
  actions: ActionRow[];
  get<C extends CollectionName>(collection: C, id: string): Entry<C>;
  pointingAt(target: Ref, role: Role): AnyEntry[];
  /** The action items one meeting or update records, in `actions` order. */
  actionsFrom(source: Ref): ActionRow[];
  /** The action items an organisation is responsible for, in `actions` order. */
  actionsOwnedBy(organization: string): ActionRow[];
  /** The action items from a working group's updates, in `actions` order. */
  actionsOfGroup(group: string): ActionRow[];
  /** The entry's translation into `locale`, if it has one (never for Spanish: it is the original). */
  translation(ref: Ref, locale: Locale): TranslationEntry | undefined;
  /** The languages the entry has a page in: Spanish always, and more (src/lib/paths.ts `pageLocales`). */
  versions(ref: Ref): Locale[];
}

let loaded: Promise<Network> | undefined;

/** The whole network, loaded once per build. */
export function network(): Promise<Network> {
  loaded ??= load();
  return loaded;
}

/** The `[...lang]` route parameter of a locale: none for Spanish, at the root. */
export const langParam = (locale: Locale): string | undefined => (locale === DEFAULT_LOCALE ? undefined : locale);

/** One page per language of the interface: every interface page's paths under `[...lang]`. */
export function localePaths(): { params: { lang: string | undefined } }[] {
  return LOCALES.map((locale) => ({ params: { lang: langParam(locale) } }));
}

/** One path per document of a collection, with the document as its prop: the routes that are not pages (calendars). */
export async function entryPaths<C extends CollectionName>(collection: C): Promise<{ params: { id: string }; props: { entry: Entry<C> } }[]> {
  const entries = (await network())[collection] as Entry<C>[];
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

/**
 * One page per document of a collection and language it has a page in, with
 * the document and its translation (if any) as props: every `[...lang]/…/[id].astro`'s paths.
 */
export async function pagePaths<C extends CollectionName>(
  collection: C,
): Promise<{ params: { lang: string | undefined; id: string }; props: { entry: Entry<C>; translation: TranslationEntry | undefined } }[]> {
  const data = await network();
  return (data[collection] as Entry<C>[]).flatMap((entry) =>
    data.versions(entry).map((locale) => ({
      params: { lang: langParam(locale), id: entry.id },
      props: { entry, translation: data.translation(entry, locale) },
    })),
  );
}

/** What an entry is called: an organisation's or group's name, otherwise its title. */
export function titleOf(entry: AnyEntry): string {
  return 'name' in entry.data ? entry.data.name : entry.data.title;
}

/** The date an entry is filed under, for sorting and listing. */
export function dateOf(entry: AnyEntry): string {
  if (entry.collection === 'events') return entry.data.start;
  if ('date' in entry.data) return entry.data.date;
  return '';
}

/** A document's dates as its own page gives them: an event's last day too, and whether the date is inferred. */
export function datesOf(entry: AnyEntry): { date: string; end: string | undefined; approximate: boolean } {
  return {
    date: dateOf(entry),
    end: entry.collection === 'events' ? entry.data.end : undefined,
    approximate: 'date_approximate' in entry.data && entry.data.date_approximate,
  };
}

/**
 * What the record holds about a working group, newest first: its updates
 * and the events and positions it took part in. Its page dates its status
 * by the first; its feed lists them.
 */
export function aboutGroup(data: Network, group: string): AnyEntry[] {
  const ref = { collection: 'groups', id: group } as const;
  return newestFirst(
    (['group', 'eventGroup', 'positionGroup'] as const).flatMap((role) => data.pointingAt(ref, role)),
    dateOf,
    titleOf,
  );
}

async function load(): Promise<Network> {
  const [organizations, groups, updates, meetings, events, positions, translations] = await Promise.all([
    getCollection('organizations'),
    getCollection('groups'),
    getCollection('updates'),
    getCollection('meetings'),
    getCollection('events'),
    getCollection('positions'),
    getCollection('translations'),
  ]);
  const byName = (a: AnyEntry, b: AnyEntry) => bySpanish(titleOf(a), titleOf(b));
  const newest = <E extends AnyEntry>(list: E[]) => newestFirst(list, dateOf, titleOf);

  const entries = new Map<string, AnyEntry>();
  for (const entry of [...organizations, ...groups, ...updates, ...meetings, ...events, ...positions]) {
    entries.set(refKey(entry), entry);
  }
  // `en/positions/some-id` → the translation; the content check has proved the original exists.
  const translated = new Map<string, TranslationEntry>();
  for (const entry of translations) {
    const target = translationTarget(entry.id);
    if (target) translated.set(`${target.lang}/${refKey(target)}`, entry);
  }
  const index = backReferences(edgesOf({ groups, updates, meetings, events, positions }));
  // Indexed once per build: each detail page used to filter every action item
  // of the archive, pages × items, the largest cost that grew with N².
  const actions = sortActions(markCarriedOver(actionsOf(meetings, updates)));
  const bySource = groupRows(actions, (a) => [refKey(a.source)]);
  const byOwner = groupRows(actions, (a) => [...new Set(a.owners)]);
  const byGroup = groupRows(actions, (a) => (a.group ? [a.group] : []));

  return {
    organizations: organizations.sort(byName),
    groups: groups.sort(byName),
    updates: newest(updates),
    meetings: newest(meetings),
    events: newest(events),
    positions: newest(positions),
    actions,
    get(collection, id) {
      const entry = entries.get(refKey({ collection, id }));
      // The content check has already proved every reference resolves.
      if (!entry) throw new Error(`Referencia sin destino: ${collection}/${id}`);
      return entry as Entry<typeof collection>;
    },
    pointingAt(target, role) {
      const refs = index.get(refKey(target))?.get(role) ?? [];
      return newestFirst(
        refs.map((ref) => entries.get(refKey(ref))!),
        dateOf,
        titleOf,
      );
    },
    actionsFrom: (source) => bySource.get(refKey(source)) ?? [],
    actionsOwnedBy: (organization) => byOwner.get(organization) ?? [],
    actionsOfGroup: (group) => byGroup.get(group) ?? [],
    translation: (ref, locale) => translated.get(`${locale}/${refKey(ref)}`),
    versions: (ref) => pageLocales(ref.collection, LOCALES, (locale) => translated.has(`${locale}/${refKey(ref)}`)),
  };
}

function edgesOf(c: {
  groups: Entry<'groups'>[];
  updates: Entry<'updates'>[];
  meetings: Entry<'meetings'>[];
  events: Entry<'events'>[];
  positions: Entry<'positions'>[];
}): Edge[] {
  const edges: Edge[] = [];
  const add = (from: AnyEntry, targets: readonly Ref[], role: Role) => {
    for (const to of targets) edges.push({ from: { collection: from.collection, id: from.id }, to, role });
  };
  for (const g of c.groups) {
    add(g, g.data.coordinators, 'coordinator');
    add(g, g.data.members, 'member');
  }
  for (const u of c.updates) {
    add(u, [u.data.group], 'group');
    if (u.data.meeting) add(u, [u.data.meeting], 'meeting');
    add(u, u.data.next_steps.flatMap((a) => a.owners), 'owner');
  }
  for (const m of c.meetings) {
    add(m, m.data.attendees, 'attendee');
    add(m, m.data.action_items.flatMap((a) => a.owners), 'owner');
  }
  for (const e of c.events) {
    add(e, e.data.participants, 'participant');
    add(e, e.data.organizers, 'organizer');
    add(e, e.data.groups, 'eventGroup');
  }
  for (const p of c.positions) {
    add(p, p.data.authors, 'author');
    add(p, p.data.groups, 'positionGroup');
  }
  return edges;
}

function actionsOf(meetings: Entry<'meetings'>[], updates: Entry<'updates'>[]): ActionRow[] {
  const rows: ActionRow[] = [];
  for (const m of meetings) {
    for (const a of m.data.action_items) {
      rows.push({ ...a, owners: a.owners.map((o) => o.id), source: { collection: 'meetings', id: m.id }, date: m.data.date, approximate: m.data.date_approximate });
    }
  }
  for (const u of updates) {
    for (const a of u.data.next_steps) {
      rows.push({ ...a, owners: a.owners.map((o) => o.id), source: { collection: 'updates', id: u.id }, date: u.data.date, approximate: u.data.date_approximate, group: u.data.group.id });
    }
  }
  return rows;
}
