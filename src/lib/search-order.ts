/**
 * "Newest first" without a Pagefind sort key. A sort key costs every first
 * search a list of every page in Pagefind's metadata file (8 KB at 4,000
 * documents, growing with the archive). Pagefind 1.6 instead numbers pages in
 * the order they are added, and lists pages that score the same (every page
 * of a search without words) in that order. So the index step adds documents
 * newest first (`newestFirst`), a search without words comes back newest
 * first by itself, and a search with words is put in date order by the order
 * of the same search without words (`inListOrder`), which costs no download.
 *
 * The date each page is listed by is written by SearchMeta.astro in a hidden
 * `<data value="YYYY-MM-DD" data-search-date>` and read from the HTML here.
 * Pure: strings in, strings out; tests run it in Node.
 */

/** A page to index, with the date it is listed by ('' when it has none). */
export interface Dated {
  url: string;
  date: string;
}

const DATE_ELEMENT = /<data\b[^>]*\sdata-search-date(?:[\s=>/][^>]*)?>/i;
const VALUE = /\svalue\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/** The date a built page is listed by, from its `data-search-date` element; '' when it has none. */
export function dateOf(html: string): string {
  const element = DATE_ELEMENT.exec(html)?.[0];
  if (!element) return '';
  const value = VALUE.exec(element);
  return value?.[1] ?? value?.[2] ?? value?.[3] ?? '';
}

/**
 * The order pages are added to the index in: newest first, pages without a
 * date last, and the same date by address, so the same site always gives the
 * same index.
 */
export function newestFirst<T extends Dated>(pages: readonly T[]): T[] {
  return [...pages].sort((a, b) => (a.date === b.date ? (a.url < b.url ? -1 : a.url > b.url ? 1 : 0) : a.date < b.date ? 1 : -1));
}

/**
 * `results` in the order `list` has them: the results of a search with words
 * put newest first by the same search without words. Results `list` lacks
 * (it should have them all) keep their order, after the rest.
 */
export function inListOrder<T extends { id: string }>(results: readonly T[], list: readonly { id: string }[]): T[] {
  const rank = new Map(list.map((item, i) => [item.id, i]));
  const at = (item: T) => rank.get(item.id) ?? Number.MAX_SAFE_INTEGER;
  return [...results].sort((a, b) => at(a) - at(b));
}
