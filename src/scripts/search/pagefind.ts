/**
 * The part of Pagefind's browser API that /buscar/ uses, typed, and how it is
 * loaded. The bundle is written by the build into `<base>pagefind/`, so it is
 * imported at run time from that address, never bundled by Vite.
 *
 * What Pagefind 1.6's browser code (`pagefind.js`, `pagefind-worker.js`)
 * does, read there, and what this file does about it:
 *
 * - **Which index.** At the first call (init, search, filters…) it reads the
 *   search page's `<html lang>`, lower-cased, and passes it as the language;
 *   this overrides any `language` given to `options()` or `createInstance()`,
 *   so a page cannot ask for another. `pagefind-entry.json` lists one index
 *   per tag; it opens the exact tag, else the primary subtag (`pt-br` →
 *   `pt`), else the index with the most pages. So where only the `es` index
 *   exists, /pt/buscar/ and /en/buscar/ open the Spanish one by themselves.
 * - **Other languages.** `mergeIndex(path, { language })` adds another index
 *   to every search (results interleaved by score, filter counts summed). It
 *   skips, with a warning, a path the main bundle's path starts with, which
 *   is the case for another language of the same bundle; a full URL passes
 *   (the origin is stripped again inside). When a page's language has an
 *   index of its own (a translated document's page is indexed in its
 *   language), Pagefind opens that one, and the Spanish one is merged here
 *   (lib/search-language.ts decides; pages whose language is the documents'
 *   pay nothing, not even the entry file). Each index searches on its own:
 *   one may match a word the other only cuts short (lib/search-matches.ts),
 *   and a result's id starts with its index's language (`en_993d76b`).
 * - **One stemmer.** The WebAssembly, which holds the stemmer of the opened
 *   index's language (`wasm.es.pagefind`), is loaded once; merged indexes
 *   reuse it. So once a `pt` or `en` index exists, Spanish words typed on
 *   that language's page are stemmed by its stemmer. Tried with `es`, `pt`
 *   and `en` indexes: `venezolanos`, `migraciones`, `castigos fisicos`,
 *   `organizaciones` and `adolescentes` found the same Spanish documents
 *   from all three pages, as Pagefind also matches indexed words that start
 *   with the query's stem; a word whose stems differ by more than an ending
 *   could still be missed. Of twenty common queries on the real content, two
 *   found fewer Spanish documents from /en/ than from /buscar/: `sica` 1
 *   against 4, `ninos` 29 against 34. The way out is to write translated
 *   documents into a bundle of their own (`pagefind/pt/`), so the main
 *   bundle holds only `es` and is opened with Spanish stemming from every
 *   page, and to search each bundle with its own Pagefind instance; that
 *   costs /pt/ and /en/ readers a second WebAssembly (60 KB), so not yet.
 * - **Filters.** `search()` fetches only the chunks of the filters named in
 *   its `filters` option, and its `filters` counts cover only the filter
 *   chunks fetched so far; `filters()` fetches every filter's chunk. No
 *   option changes that: /buscar/ simply does not call `filters()` until the
 *   reader opens the filters (page.ts).
 * - **Order.** Pages are numbered in the order the index step adds them, and
 *   results that score the same (every result of a search without words)
 *   come back in that order; lib/search-order.ts builds "newest first" on
 *   it. Merged indexes' results are appended after the main one's when
 *   scores tie, so across languages that order holds within each index only.
 * - **Worker.** By default it runs in a Web Worker, a second script
 *   (`pagefind-worker.js`, 12 KB gzipped, the same code again) that
 *   Chromium's page-level network events report as 0.2 KB. `noWorker`,
 *   read only at initialisation, keeps it on the page's thread: a search over
 *   thousands of pages takes milliseconds, and the first search is 12 KB
 *   lighter. The CSP already allows `'wasm-unsafe-eval'` for this.
 */
import { type IndexLanguages, languagePlan } from '../../lib/search-language.ts';
import type { Filters } from '../../lib/search-state.ts';

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
  /** Replaces the `?ts=<now>` Pagefind adds to the entry file's address. */
  metaCacheTag?: string;
}

export interface Pagefind {
  /** Before the first call, also `noWorker`; Pagefind keeps only the last object given before it starts. */
  options(options: Settings & { noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  /** `null` lists every page that matches the filters. */
  search(
    query: string | null,
    options?: { filters?: Filters },
  ): Promise<SearchResponse | null>;
  /** Fetches every filter's chunk; every filter value in the index with its number of pages. */
  filters(): Promise<FilterCounts>;
  preload(query: string): Promise<void>;
  mergeIndex(path: string, options: Settings & { language?: string }): Promise<void>;
}

export interface Source {
  /** The bundle's address, `<base>pagefind/`. */
  bundle: string;
  /** The site's base path, which Pagefind puts in front of result addresses, so links work under a sub-path. */
  base: string;
  /** The language the documents are written in; its index is searched from a page in any language. */
  content: string;
}

/** Loads Pagefind from the built bundle, with the indexes the page's language needs. */
export async function loadPagefind({ bundle, base, content }: Source): Promise<Pagefind> {
  const page = document.documentElement.lang || 'unknown';
  const settings: Settings = { baseUrl: base, excerptLength: 24 };
  // Only a page in another language than the documents needs to know which indexes exist.
  const mixed = page.toLowerCase().split('-')[0] !== content.toLowerCase();
  const tag = mixed ? String(Date.now()) : undefined;
  const [pagefind, languages] = await Promise.all([
    import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>,
    tag ? indexLanguages(bundle, tag) : undefined,
  ]);
  // The same tag makes Pagefind ask for the entry file at the address just read, which the host may let the browser reuse.
  await pagefind.options({ ...settings, noWorker: true, ...(tag ? { metaCacheTag: tag } : {}) });
  await pagefind.init();
  if (languages) {
    const path = new URL(bundle, location.href).href;
    for (const language of languagePlan(page, content, languages).merge) {
      await pagefind.mergeIndex(path, { ...settings, ...(tag ? { metaCacheTag: tag } : {}), language });
    }
  }
  return pagefind;
}

/** The languages the bundle has an index for, from the entry file Pagefind itself reads first. */
async function indexLanguages(bundle: string, tag: string): Promise<IndexLanguages> {
  const response = await fetch(`${bundle}pagefind-entry.json?ts=${tag}`);
  if (!response.ok) throw new Error(`${response.status} al leer ${bundle}pagefind-entry.json`);
  return ((await response.json()) as { languages: IndexLanguages }).languages;
}
