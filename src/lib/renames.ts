/**
 * Where renamed documents went. A document's address is its file's name, so
 * an editor who renames a file (to mend a typo in its id, or to move a report
 * to another collection) moves its page, while links already shared in
 * messages, feeds, calendars and search engines keep the old address. Git
 * records each rename; these helpers follow them, so the build can leave a
 * page at every old address that sends the reader on (src/data/moved.ts).
 */
import { COLLECTIONS, type CollectionName } from '../schemas/shared.ts';
import { type Ref, refKey } from './network.ts';

/** One file renamed in one commit: paths relative to the project root. */
export interface Rename {
  from: string;
  to: string;
}

/**
 * The renames in the output of `git log --name-status -M` (newest commit
 * first, as Git prints it), oldest first: the order they happened in.
 * Lines of a rename read `R<similarity>\t<old>\t<new>`.
 */
export function renamesIn(log: string): Rename[] {
  const renames: Rename[] = [];
  for (const line of log.split('\n')) {
    const [status, from, to] = line.split('\t');
    if (status?.startsWith('R') && from && to) renames.push({ from, to });
  }
  return renames.reverse();
}

const DOCUMENT_FILE = new RegExp(`^content/(${COLLECTIONS.join('|')})/([^/_][^/]*)\\.mdx?$`);

/**
 * The document a content file holds: `content/groups/migraciones.md` is the
 * group `migraciones`. Anything else (a template starting with `_`, a
 * translation, a guide, an image) is none: a translation's page follows its
 * original's address.
 */
export function documentOf(path: string): Ref | undefined {
  const match = DOCUMENT_FILE.exec(path);
  return match ? { collection: match[1] as CollectionName, id: match[2]! } : undefined;
}

/**
 * Each document that had another name, with the document it became, renames
 * followed to their end: a → b then b → c gives a → c and b → c. A document
 * renamed back to a name it had is not moved from that name. A file renamed
 * to or from something that is not a document (a draft's `_` name) breaks
 * the chain: a draft has no page to send readers to. Whether the old name is
 * free and the new one still published is for the caller to check against
 * the current documents.
 */
export function movedDocuments(renames: readonly Rename[]): { from: Ref; to: Ref }[] {
  // By the old name's key; a name appears once, with where it leads now.
  const moved = new Map<string, { from: Ref; to: Ref }>();
  for (const rename of renames) {
    const from = documentOf(rename.from);
    const to = documentOf(rename.to);
    if (!from) continue;
    const fromKey = refKey(from);
    const leadingHere = [...moved.values()].filter((move) => refKey(move.to) === fromKey);
    if (!to) {
      for (const move of leadingHere) moved.delete(refKey(move.from)); // they would lead to a draft
      continue;
    }
    const toKey = refKey(to);
    if (fromKey === toKey) continue; // `.md` to `.mdx`: same address
    for (const move of leadingHere) move.to = to;
    moved.set(fromKey, { from, to });
    moved.delete(toKey); // its old name is a document again
  }
  return [...moved.values()];
}

/**
 * The first name of each renamed document still published, by its current
 * `collection/id`: what a feed entry's id and a calendar event's UID are
 * made of, which must not change when the address does (a feed reader
 * would show the document again as new, and an imported event would be
 * imported twice). A first name that another document has now, or that two
 * documents started from, is left out: an id must name one document only.
 */
export function firstNames(renames: readonly Rename[], current: ReadonlySet<string>): Map<string, Ref> {
  const first = new Map<string, Ref>();
  for (const rename of renames) {
    const from = documentOf(rename.from);
    if (!from) continue;
    const to = documentOf(rename.to);
    const origin = first.get(refKey(from)) ?? from;
    first.delete(refKey(from));
    if (to && refKey(to) !== refKey(origin)) first.set(refKey(to), origin);
  }
  const claims = new Map<string, number>();
  for (const origin of first.values()) claims.set(refKey(origin), (claims.get(refKey(origin)) ?? 0) + 1);
  for (const [key, origin] of first) {
    if (!current.has(key) || current.has(refKey(origin)) || claims.get(refKey(origin))! > 1) first.delete(key);
  }
  return first;
}
