/**
 * What a search is, as plain values: the words, one value per filter and the
 * order. The address bar holds it (`/buscar/?q=…&tipo=…`) so a search can be
 * shared; these functions read and write that address and turn it into the
 * options Pagefind takes. No DOM and no Pagefind here, so tests run in Node.
 */

/**
 * The filters readers narrow by. Each key is at once the URL parameter, the
 * `name` of the page's `<select>` and the Pagefind filter the build writes.
 */
export const FILTER_KEYS = ['tipo', 'grupo', 'org', 'anio', 'pais'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * A filter readers never see: the language of a translation's page (`pt`,
 * `en`: its `<html lang>`, which names its index). Pages in the documents'
 * own language, nearly all, go without. See oneIndex.
 */
export const LANGUAGE_FILTER = 'lengua';

/**
 * relevancia: Pagefind's ranking; fecha: newest first, the order the index
 * lists pages in (lib/search-order.ts). There is no A-to-Z order: it would
 * need a Pagefind sort key, a list of every page in the metadata each reader
 * downloads on the first search, and a search is read by relevance or date.
 */
export const SORTS = ['relevancia', 'fecha'] as const;
export type Sort = (typeof SORTS)[number];

export interface SearchState {
  /** What the reader typed, trimmed, spaces collapsed; '' when nothing. */
  query: string;
  /** The one chosen value of each filter in use. */
  filters: Partial<Record<FilterKey, string>>;
  /** The order the reader asked for; see {@link effectiveSort}. */
  sort: Sort;
}

/** Longer input is cut: nobody types more, and a shared link cannot make the page search for ever. */
export const MAX_QUERY = 200;

const clean = (value: string | null): string => (value ?? '').replace(/\s+/g, ' ').trim();

/** Reads a search from an address's query string. Unknown parameters and empty values are ignored. */
export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: Partial<Record<FilterKey, string>> = {};
  for (const key of FILTER_KEYS) {
    const value = clean(params.get(key));
    if (value) filters[key] = value;
  }
  const orden = params.get('orden');
  const sort = (SORTS as readonly string[]).includes(orden ?? '') ? (orden as Sort) : 'relevancia';
  return { query: clean(params.get('q')).slice(0, MAX_QUERY), filters, sort };
}

/**
 * The query string for a search, in a fixed order (q, filters, orden) and
 * without empty values, so the same search always has the same address.
 */
export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  const query = clean(state.query);
  if (query) params.set('q', query);
  for (const key of FILTER_KEYS) {
    const value = clean(state.filters[key] ?? '');
    if (value) params.set(key, value);
  }
  if (state.sort !== 'relevancia') params.set('orden', state.sort);
  return params;
}

/** True when there is something to search for: words, or at least one filter. */
export function hasCriteria(state: SearchState): boolean {
  return state.query !== '' || Object.keys(state.filters).length > 0;
}

/** Without words there is no relevance to rank by, so a plain browse lists the newest first. */
export function effectiveSort(state: SearchState): Sort {
  return state.sort === 'relevancia' && state.query === '' ? 'fecha' : state.sort;
}

/** Pagefind's filters: a value per filter, all to be met; `not` holds filters none of whose values may be met. */
export type Filters = Record<string, string | Record<string, string>>;

/** The options Pagefind's `search()` takes for this state. */
export interface PagefindOptions {
  filters: Filters;
}

/**
 * Pagefind's options for a search. `without` leaves one filter out: the
 * counts a filter's own choices show are those of the search without it, so
 * "Evento (4)" still says 4 after the reader picked "Reunión".
 */
export function pagefindOptions(state: SearchState, without?: FilterKey): PagefindOptions {
  const filters: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value !== undefined && key !== without) filters[key] = value;
  }
  return { filters };
}

/**
 * True when results with words must be put newest first. Without words
 * Pagefind already lists them so; with words it ranks them, and the page
 * reorders them by the same search without words (lib/search-order.ts).
 */
export function reordersByDate(state: SearchState): boolean {
  return state.query !== '' && effectiveSort(state) === 'fecha';
}

/**
 * Filters that keep the pages of one index out of two read together: a
 * translation's index by its language, the documents' own index (`content`)
 * as what is not the other's language.
 */
export function oneIndex(kept: string, other: string, content: string): Filters {
  return kept === content ? { not: { [LANGUAGE_FILTER]: other } } : { [LANGUAGE_FILTER]: kept };
}

/** Pagefind takes `null` to list every page that matches the filters, with no words. */
export function pagefindQuery(state: SearchState): string | null {
  return state.query === '' ? null : state.query;
}

/**
 * The order to keep when the form is read back. With no words the sort menu
 * shows "newest first" in place of relevance; if the reader left it at what
 * it showed, their earlier choice stands, so typing words again ranks by
 * relevance.
 */
export function chosenSort(previous: SearchState, shown: string): Sort {
  if (shown === effectiveSort(previous)) return previous.sort;
  return (SORTS as readonly string[]).includes(shown) ? (shown as Sort) : 'relevancia';
}

/** A link target from the index is followed only if it is a path on this site (not `//host` or `javascript:`). */
export function isSitePath(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//') && !url.includes('\\');
}
