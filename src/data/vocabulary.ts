/**
 * The archive's words, for the search page's "did you mean" when a search
 * finds nothing (lib/spelling.ts): every text of every document, its body
 * and its translations, most frequent first. The labels of fields are not
 * in it, as they are not in the search index (integrations/search-index.ts).
 */
import { LOCALES } from '../i18n/index.ts';
import { vocabulary } from '../lib/spelling.ts';
import { COLLECTIONS } from '../schemas/shared.ts';
import { network } from './index.ts';

export async function archiveWords(): Promise<string[]> {
  const data = await network();
  const texts: string[] = [];
  for (const collection of COLLECTIONS) {
    for (const entry of data[collection]) {
      textsOf(entry.data, texts);
      texts.push(entry.body ?? '');
      for (const locale of LOCALES) {
        const translation = data.translation(entry, locale);
        if (translation) texts.push(...textsOf(translation.data, []), translation.body ?? '');
      }
    }
  }
  return vocabulary(texts);
}

/** Every string inside a value, however deep (titles, summaries, action items, places), but not references: an id is no word. */
function textsOf(value: unknown, into: string[]): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) textsOf(item, into);
  else if (value && typeof value === 'object' && !(value instanceof Date) && !('collection' in value && 'id' in value)) {
    for (const item of Object.values(value)) textsOf(item, into);
  }
  return into;
}
