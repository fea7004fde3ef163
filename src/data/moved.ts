/**
 * What renaming a document's file leaves behind (Git's renames, followed by
 * src/lib/renames.ts):
 *
 * - its old addresses, as pages to build: one for each name a published
 *   document had before, in each language the document has a page in. An
 *   old name that is a document again, or whose document is no longer
 *   published, gets none: the first has its own page, the second the 404;
 * - the name it was first published under, which its feed entry's id and
 *   its calendar event's UID keep.
 */
import { type Entry, network } from './index.ts';
import { renames } from './git-history.ts';
import type { Locale } from '../i18n/index.ts';
import { type Ref, refKey } from '../lib/network.ts';
import { firstNames, movedDocuments } from '../lib/renames.ts';
import { COLLECTIONS } from '../schemas/shared.ts';

export interface MovedPage {
  /** The collection and id the document had. */
  from: Ref;
  /** The document now. */
  entry: Entry;
  locale: Locale;
}

/** Every published document's key (`groups/migraciones`). */
async function currentKeys(): Promise<Set<string>> {
  const data = await network();
  return new Set(COLLECTIONS.flatMap((collection) => data[collection].map((entry) => refKey(entry))));
}

export async function movedPages(): Promise<MovedPage[]> {
  const [data, current] = await Promise.all([network(), currentKeys()]);
  const pages: MovedPage[] = [];
  for (const { from, to } of movedDocuments(await renames())) {
    if (current.has(refKey(from)) || !current.has(refKey(to))) continue;
    const entry = data.get(to.collection, to.id);
    for (const locale of data.versions(entry)) pages.push({ from, entry, locale });
  }
  return pages;
}

let firstName: Promise<(entry: Entry) => Ref> | undefined;

/** The name a document was first published under; its own name if it was never renamed. Worked out once per build. */
export function firstNameOf(): Promise<(entry: Entry) => Ref> {
  firstName ??= Promise.all([renames(), currentKeys()]).then(([renamed, current]) => {
    const first = firstNames(renamed, current);
    return (entry) => first.get(refKey(entry)) ?? { collection: entry.collection, id: entry.id };
  });
  return firstName;
}
