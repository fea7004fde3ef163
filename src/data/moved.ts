/**
 * The old addresses of renamed documents, as pages to build: one for each
 * name a published document had before (Git's renames, followed to their
 * end by src/lib/renames.ts) and in each language the document has a page
 * in. An old name that is a document again, or whose document is no longer
 * published, gets none: the first has its own page, the second the 404.
 */
import { type Entry, network } from './index.ts';
import { renames } from './git-history.ts';
import type { Locale } from '../i18n/index.ts';
import { type DocumentRef, movedDocuments } from '../lib/renames.ts';
import type { CollectionName } from '../schemas/shared.ts';

export interface MovedPage {
  /** The collection and id the document had. */
  from: DocumentRef;
  /** The document now. */
  entry: Entry;
  locale: Locale;
}

export async function movedPages(): Promise<MovedPage[]> {
  const data = await network();
  const exists = (collection: CollectionName, id: string) => data[collection].some((entry) => entry.id === id);
  const pages: MovedPage[] = [];
  for (const { from, to } of movedDocuments(await renames())) {
    if (exists(from.collection, from.id) || !exists(to.collection, to.id)) continue;
    const entry = data.get(to.collection, to.id);
    for (const locale of data.versions(entry)) pages.push({ from, entry, locale });
  }
  return pages;
}
