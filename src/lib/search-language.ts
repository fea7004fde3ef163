/**
 * Which of the search index's languages a search page reads. Pagefind keeps
 * one index per language tag (the `<html lang>` of the indexed pages: `es`
 * for the documents today, maybe `pt` or `en` for translated ones later) and
 * opens the one its rules pick for the search page's own `<html lang>`
 * (src/scripts/search/pagefind.ts has what its browser code does). These
 * functions replay that choice and say which other indexes to merge, so a
 * Portuguese or English search page searches the Spanish documents and its
 * own language's, each once. Pure: no DOM, no Pagefind.
 */

/** What `pagefind-entry.json` lists per language tag. */
export type IndexLanguages = Record<string, { page_count: number }>;

export interface LanguagePlan {
  /** The index Pagefind opens by itself for the page; undefined when the bundle has none. */
  primary: string | undefined;
  /** Other indexes to add with `mergeIndex(…, { language })`, in order. */
  merge: string[];
}

/**
 * The index Pagefind 1.6 opens for a page language: the exact tag, else its
 * primary subtag (`pt-br` → `pt`), else the index with the most pages.
 * Tags compared in lower case, as Pagefind reads `<html lang>`.
 */
export function pagefindPick(pageLanguage: string, languages: IndexLanguages): string | undefined {
  const tag = pageLanguage.toLowerCase();
  if (languages[tag]) return tag;
  const primary = tag.split('-')[0] ?? tag;
  if (languages[primary]) return primary;
  const [largest] = Object.entries(languages).sort(([, a], [, b]) => b.page_count - a.page_count);
  return largest?.[0];
}

/**
 * The indexes a search page reads: the documents' own language (`content`,
 * Spanish) and the page's language when it has an index of its own. What
 * Pagefind opens by itself is not merged again, which would list every page
 * of it twice.
 */
export function languagePlan(pageLanguage: string, content: string, languages: IndexLanguages): LanguagePlan {
  const primary = pagefindPick(pageLanguage, languages);
  const page = pageLanguage.toLowerCase().split('-')[0] ?? '';
  const wanted = [content.toLowerCase(), page].filter((tag, i, all) => tag && languages[tag] && all.indexOf(tag) === i);
  return { primary, merge: wanted.filter((tag) => tag !== primary) };
}
