/**
 * The part of Pagefind's browser API that /buscar/ uses, typed, and how it is
 * loaded. The bundle is written by the build into `<base>pagefind/`, so it is
 * imported at run time from that address, never bundled by Vite.
 */

/** Values per filter with how many results each would give. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface ResultData {
  /** The page's address, with the site's base already in front. */
  url: string;
  /** Page text with `<` and `>` escaped and matches in `<mark>`; see lib/search-excerpt.ts. */
  excerpt: string;
  /** Raw text from the page: never to be used as HTML. */
  meta: Record<string, string | undefined>;
  /** The page's indexed text, raw. */
  content: string;
  /** Positions of the matched words among the whitespace-separated words of `content`. */
  locations: number[];
}

export interface Result {
  id: string;
  data(): Promise<ResultData>;
}

export interface SearchResponse {
  results: Result[];
  /** Counts per filter value for this search with its filters. */
  filters: FilterCounts;
}

export interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  /** `null` lists every page that matches the filters. */
  search(
    query: string | null,
    options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<SearchResponse | null>;
  /** Every filter value in the index with its number of pages. */
  filters(): Promise<FilterCounts>;
  preload(query: string): Promise<void>;
}

/**
 * Loads Pagefind from the built bundle. `base` is the site's base path, which
 * Pagefind puts in front of the result addresses, so links work when the site
 * is published under a sub-path.
 */
export async function loadPagefind(bundle: string, base: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: base, excerptLength: 24 });
  await pagefind.init();
  return pagefind;
}
