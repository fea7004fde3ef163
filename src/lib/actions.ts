/**
 * What a reader following the network's commitments needs to see at a
 * glance: which items are late and which were carried over unchanged from an
 * earlier report. Pure functions over action rows.
 */
import { compareDates, endOf } from './dates.ts';
import type { ActionRow } from './network.ts';
import { toId } from './suggest.ts';

/** Open and past its due date on `today` (`YYYY-MM-DD`); a coarse due date counts until its last day. */
export function isOverdue(row: ActionRow, today: string): boolean {
  return row.status !== 'done' && row.due !== undefined && endOf(row.due) < today;
}

/**
 * Marks items that an earlier meeting or update of the same group already
 * recorded with the same text and status: the item did not move between the
 * two reports. Text is compared without case, accents or punctuation, since
 * editors retype rather than copy.
 */
export function markCarriedOver(rows: readonly ActionRow[]): ActionRow[] {
  const seen = new Map<string, ActionRow>();
  const chronological = [...rows].sort((a, b) => compareDates(a.date, b.date));
  const marked = new Map<ActionRow, ActionRow>();
  const ids = new Map<string, string>(); // toId per distinct text: editors repeat items
  for (const row of chronological) {
    let id = ids.get(row.text);
    if (id === undefined) ids.set(row.text, (id = toId(row.text)));
    const key = `${row.group ?? ''}|${id}`;
    const earlier = seen.get(key);
    const sameSource = earlier && earlier.source.collection === row.source.collection && earlier.source.id === row.source.id;
    marked.set(row, earlier && !sameSource && earlier.status === row.status ? { ...row, carriedFrom: earlier.source } : row);
    seen.set(key, row);
  }
  return rows.map((row) => marked.get(row)!);
}
