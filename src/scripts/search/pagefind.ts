/**
 * The part of Pagefind's browser API that /buscar/ uses, typed, and how it is
 * loaded. The bundle is written by the build into `<base>pagefind/`, so it is
 * imported at run time from that address, never bundled by Vite.
 *
 * What Pagefind 1.6's browser code (`pagefind.js`, `pagefind-worker.js`)
 * does, read there, and what this file does about it:
 *
 * - **Filters.** `search()` fetches only the chunks of the filters named in
 *   its `filters` option, and its `filters` counts cover only the filter
 *   chunks fetched so far; `filters()` fetches every filter's chunk. No
 *   option changes that: /buscar/ simply does not call `filters()` until the
 *   reader opens the filters (page.ts).
 * - **Order.** Pages are numbered in the order the index step adds them, and
 *   results that score the same (every result of a search without words)
 *   come back in that order; lib/search-order.ts builds "newest first" on
 *   it.
 * - **Worker.** By default it runs in a Web Worker, a second script
 *   (`pagefind-worker.js`, 12 KB gzipped, the same code again) that
 *   Chromium's page-level network events report as 0.2 KB. `noWorker`,
 *   read only at initialisation, keeps it on the page's thread: a search over
 *   thousands of pages takes milliseconds, and the first search is 12 KB
 *   lighter. The CSP already allows `'wasm-unsafe-eval'` for this.
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
  /** Counts per filter value for this search with its filters, for the filter chunks loaded so far. */
  filters: FilterCounts;
}

interface Settings {
  baseUrl?: string;
  excerptLength?: number;
}

export interface Pagefind {
  /** Before the first call, also `noWorker`; Pagefind keeps only the last object given before it starts. */
  options(options: Settings & { noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  /** `null` lists every page that matches the filters. */
  search(
    query: string | null,
    options?: { filters?: Record<string, string> },
  ): Promise<SearchResponse | null>;
  /** Fetches every filter's chunk; every filter value in the index with its number of pages. */
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
  await pagefind.options({ baseUrl: base, excerptLength: 24, noWorker: true });
  await pagefind.init();
  return pagefind;
}
