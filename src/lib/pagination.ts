/**
 * Long lists cut into pages of a fixed size, so no page grows with the
 * archive: a network that reports for years has thousands of updates and
 * open action items, and one page holding them all weighed megabytes on a
 * phone. Pure: the pages, their numbers and their paths.
 */

/** Items per page: a long screen on a phone, under 100 KB of HTML. */
export const PAGE_SIZE = 100;

export interface Page<T> {
  rows: T[];
  /** 1 for the first page. */
  number: number;
  /** How many pages the list has: at least one, even when it is empty. */
  count: number;
  /** How many rows the whole list has. */
  total: number;
}

export function pagesOf<T>(rows: readonly T[], size = PAGE_SIZE): Page<T>[] {
  const count = Math.max(1, Math.ceil(rows.length / size));
  return Array.from({ length: count }, (_, i) => ({ rows: rows.slice(i * size, (i + 1) * size), number: i + 1, count, total: rows.length }));
}

/**
 * The `[...pagina]` route parameter of a page: none for the first, so a list
 * keeps its address; `pagina/2` after it, which no document's id can take
 * (ids have no slash).
 */
export const pageParam = (number: number): string | undefined => (number === 1 ? undefined : `pagina/${number}`);

/** A page's site path from its list's: `/avances/` is page 1, `/avances/pagina/2/` page 2. */
export const pagePath = (list: string, number: number): string => (number === 1 ? list : `${list}${pageParam(number)}/`);
