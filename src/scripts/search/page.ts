/**
 * The /buscar/ page: reads the search from the address, runs it through
 * Pagefind, shows results and filter counts, and keeps the address in step
 * so any search can be shared. The form is the state: its fields are named
 * like the URL parameters, and every change re-runs the search.
 *
 * A first search downloads as little as it can: five results, and no filter
 * values. The filters' values and counts (a chunk per filter; the
 * organisations' alone is 30 KB at 4,000 documents) are fetched when the
 * reader opens the filters, or at once when the address already filters.
 */
import { indexOf, matchedWords, missingByIndex, withoutWords, wordsToConfirm } from '../../lib/search-matches.ts';
import { inListOrder } from '../../lib/search-order.ts';
import { spanishQuery } from '../../lib/search-translation.ts';
import {
  chosenSort,
  effectiveSort,
  FILTER_KEYS,
  type FilterKey,
  hasCriteria,
  type Filters,
  oneIndex,
  type PagefindOptions,
  pagefindOptions,
  pagefindQuery,
  paramsFromState,
  reordersByDate,
  type SearchState,
  stateFromParams,
} from '../../lib/search-state.ts';
import { arrowNavigation } from './keyboard.ts';
import { type FilterCounts, loadPagefind, type Pagefind, type Result } from './pagefind.ts';
import { fillFilter, resultItem, type Strings, type Wording } from './render.ts';

/** What a query most likely meant: its code and the archive's words load only when a search finds nothing. */
const meantQuery = async (wordsUrl: string, query: string) => (await import('./spelling.ts')).meantQuery(wordsUrl, query);

/** Results shown by a search: each needs its own small fragment. */
const FIRST = 5;
/** Results each "more" adds. */
const MORE = 10;
/** Pause after the last keystroke before searching, so typing a word is one search, not five. */
const TYPING_PAUSE_MS = 200;
/** Between emptying the live region and filling it again, long enough for screen readers to see two changes. */
const ANNOUNCE_PAUSE_MS = 100;

interface View {
  root: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  /** The disclosure that holds the filters; opening it fetches their values. */
  filterBox: HTMLDetailsElement;
  filters: Record<FilterKey, HTMLSelectElement>;
  sort: HTMLSelectElement;
  status: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  strings: Strings;
  /** The archive's words, fetched when a search finds nothing. */
  wordsUrl: string;
  /** The interface's language, for numbers in messages. */
  language: string;
  /** How results and filter choices are worded: the page's language and its labels for the index's Spanish. */
  wording: Wording;
  /** The language the documents are written in, whose index every search page reads. */
  content: string;
}

function viewOf(root: HTMLElement): View {
  const form = root.querySelector('form')!;
  const field = <T extends Element>(name: string) => form.elements.namedItem(name) as unknown as T;
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Strings;
  const language = document.documentElement.lang || 'es';
  return {
    root,
    form,
    input: field<HTMLInputElement>('q'),
    filterBox: root.querySelector<HTMLDetailsElement>('[data-search-filters]')!,
    filters: Object.fromEntries(FILTER_KEYS.map((key) => [key, field<HTMLSelectElement>(key)])) as View['filters'],
    sort: field<HTMLSelectElement>('orden'),
    status: root.querySelector<HTMLElement>('[data-search-status]')!,
    list: root.querySelector<HTMLOListElement>('[data-search-results]')!,
    more: root.querySelector<HTMLButtonElement>('[data-search-more]')!,
    strings,
    wordsUrl: root.dataset['words'] ?? '',
    language,
    wording: { language, labels: strings.labels ?? {} },
    content: root.dataset['content'] ?? 'es',
  };
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void start(viewOf(root));

async function start(view: View): Promise<void> {
  let state = stateFromParams(new URLSearchParams(location.search));
  view.root.hidden = false;
  // The header's box, an empty second search box beside this one, is for pages without the search; without JavaScript it stays.
  for (const form of document.querySelectorAll<HTMLFormElement>('form.site-search')) form.hidden = true;
  showState(view, state);
  // A shared link that filters shows its filters, with their values.
  if (Object.keys(state.filters).length > 0) view.filterBox.open = true;
  view.status.textContent = view.strings.loading;

  let pagefind: Pagefind;
  try {
    pagefind = await loadPagefind({ bundle: view.root.dataset['bundle']!, base: view.root.dataset['base']!, content: view.content });
  } catch (error) {
    // In `astro dev` there is no index: it is written by `astro build`.
    view.status.textContent = import.meta.env.DEV ? view.strings.dev : view.strings.loadError;
    console.error(error);
    return;
  }

  let generation = 0;
  let pending: Result[] = [];
  let found = 0;
  /** What the live region says of the results on screen, said again when more are shown. */
  let described = '';
  /**
   * Every filter value with its number of pages, once fetched. Until then no
   * filter's choices are rewritten: a search's counts only cover the filter
   * chunks fetched so far, and the filters' own choices would be incomplete.
   */
  let totals: FilterCounts | undefined;
  let fetchingFilters: Promise<void> | undefined;

  /** Shows the next `count` results; a newer search that starts meanwhile wins, and these are dropped. */
  async function showMore(count: number): Promise<HTMLAnchorElement | undefined> {
    const mine = generation;
    const batch = pending.slice(0, count);
    pending = pending.slice(count);
    const items = (await Promise.all(batch.map((r) => r.data()))).map((data) => resultItem(data, view.wording));
    if (mine !== generation) return undefined;
    view.list.append(...items);
    view.more.hidden = pending.length === 0;
    return items[0]?.querySelector('a') ?? undefined;
  }

  /** The results are in: say so, and let assistive technology read the list again. */
  function settle(status: string): void {
    view.status.textContent = status;
    view.list.setAttribute('aria-busy', 'false');
  }

  /** The current history entry was made by a pause in the reader's typing, and the next pause may replace it. */
  let draft = false;
  /**
   * Keeps the address in step with the search, so that any search can be
   * shared and Back returns to the search before. What the reader types
   * makes one entry, replaced at each pause, so Back does not step through
   * every word; Enter, a filter or the sort settle it or make a new one. The
   * page's first search only tidies its own address, and a search that
   * Back restored leaves history as it is.
   */
  function record(kind: Kind): void {
    const params = paramsFromState(state).toString();
    const url = params ? `${location.pathname}?${params}` : location.pathname;
    const moved = url !== `${location.pathname}${location.search}`;
    if (moved && (kind === 'opened' || (kind !== 'restored' && draft))) history.replaceState(history.state, '', url);
    else if (moved && kind !== 'restored') history.pushState(null, '', url);
    draft = kind === 'typed' && (draft || moved);
  }

  /** Runs a search; `count`: how many results to show at once (as many as the reader had shown, after Back). */
  async function run(next: SearchState, kind: Kind, count = FIRST): Promise<void> {
    const mine = ++generation;
    state = next;
    record(kind);
    // Busy while the results change: assistive technology waits for the new list.
    view.list.setAttribute('aria-busy', 'true');
    showSort(view, state);

    if (!hasCriteria(state)) {
      if (totals) showCounts(view, state, totals);
      view.list.replaceChildren();
      view.more.hidden = true;
      return settle(view.strings.idle);
    }
    // Counts are complete only if every filter's chunk was there when the search began.
    const counted = totals !== undefined;
    let outcome = await searchWithCounts(pagefind, view.content, state).catch((error: unknown) => {
      console.error(error);
      return null;
    });
    if (mine !== generation) return;
    if (!outcome) return settle(view.strings.loadError);

    // Nothing found: search again in Spanish, when the reader typed a kind in the page's language («summit» → «cumbre»),
    // else for the words the reader most likely meant («violensia» → «violencia»),
    // else without the words the archive does not have («año 2019» → «2019»).
    let shown = state;
    if (outcome.found.length === 0 && state.query) {
      const translated = spanishQuery(state.query, view.wording.labels);
      const meant = await meantQuery(view.wordsUrl, translated ?? state.query).catch((error: unknown) => {
        console.error(error);
        return undefined;
      });
      const rest = withoutWords(state.query, outcome.missing);
      for (const query of [translated, meant, rest !== state.query ? rest : undefined]) {
        if (!query) continue;
        const retried = await searchWithCounts(pagefind, view.content, { ...state, query }).catch(() => null);
        if (mine !== generation) return;
        if (retried && retried.found.length > 0) {
          [outcome, shown] = [retried, { ...state, query }];
          break;
        }
      }
    }

    if (counted) showCounts(view, state, outcome.counts);
    pending = outcome.found;
    found = outcome.found.length;
    view.list.replaceChildren();
    await showMore(Math.max(FIRST, count));
    if (mine !== generation) return;
    described = shown === state ? summary(view, state, found) : `${fill(view.strings.noneFor, { query: state.query }, view.language)} ${summary(view, shown, found)}`;
    settle(described);
  }

  /**
   * Fetches every filter's values (once), then fills the filters with the
   * counts of the search on screen. The results stay as they are.
   */
  function openFilters(): Promise<void> {
    fetchingFilters ??= (async () => {
      // Busy until the choices carry their counts.
      view.filterBox.setAttribute('aria-busy', 'true');
      try {
        totals = await pagefind.filters();
        const mine = generation;
        const counts = hasCriteria(state) ? (await searchWithCounts(pagefind, view.content, state))?.counts : totals;
        // A search started meanwhile fills the filters itself.
        if (counts && mine === generation) showCounts(view, state, counts);
      } catch (error) {
        fetchingFilters = undefined;
        view.status.textContent = view.strings.loadError;
        console.error(error);
      } finally {
        view.filterBox.setAttribute('aria-busy', 'false');
      }
    })();
    return fetchingFilters;
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  const readForm = (): SearchState => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(view.form)) if (typeof value === 'string') params.append(name, value);
    return { ...stateFromParams(params), sort: chosenSort(state, view.sort.value) };
  };
  const runNow = (kind: Kind) => {
    clearTimeout(typing);
    void run(readForm(), kind);
  };

  view.form.addEventListener('submit', (event) => {
    event.preventDefault();
    runNow('asked');
  });
  view.form.addEventListener('change', (event) => {
    if (event.target !== view.input) runNow('asked');
  });
  view.input.addEventListener('input', () => {
    clearTimeout(typing);
    if (view.input.value.trim()) void pagefind.preload(view.input.value.trim());
    typing = setTimeout(() => runNow('typed'), TYPING_PAUSE_MS);
  });
  // Back and Forward between searches: the form and the results follow the address.
  addEventListener('popstate', () => {
    clearTimeout(typing);
    const restored = stateFromParams(new URLSearchParams(location.search));
    showState(view, restored);
    void run(restored, 'restored', shownBefore());
  });
  view.filterBox.addEventListener('toggle', () => {
    if (view.filterBox.open) void openFilters();
  });
  view.more.addEventListener('click', () => void showNextResults());
  async function showNextResults(): Promise<void> {
    const mine = generation;
    const first = await showMore(MORE);
    if (mine !== generation) return;
    // Remembered with the address, so that Back from a result shows it again.
    history.replaceState({ shown: view.list.children.length }, '');
    // Focus moves to the first new result, so keyboard and screen reader users continue from there,
    // and the live region says the results again: emptied first, so the same words are read anew.
    first?.focus();
    view.status.textContent = '';
    setTimeout(() => {
      if (mine === generation) view.status.textContent = described;
    }, ANNOUNCE_PAUSE_MS);
  }
  arrowNavigation(view.input, view.list);

  if (view.filterBox.open) void openFilters();
  await run(state, 'opened', shownBefore());
}

/** How many results the reader had shown on this history entry before leaving it (see showNextResults). */
function shownBefore(): number {
  const state: unknown = history.state;
  const shown = typeof state === 'object' && state !== null && 'shown' in state ? Number(state.shown) : NaN;
  return Number.isInteger(shown) && shown > 0 ? shown : FIRST;
}

/** What started a search: a pause in typing, the reader (Enter, a filter, the sort), Back or Forward, or opening the page. */
type Kind = 'typed' | 'asked' | 'restored' | 'opened';

interface Outcome {
  found: Result[];
  /** Per filter, how many results each of its values would give (the filters whose chunk is loaded). */
  counts: FilterCounts;
  /** The query's words that no page has, folded (lib/search-matches.ts); the search then found nothing. */
  missing: string[];
}

/**
 * Runs a search, and one more per chosen filter: a filter's own counts come
 * from the search without it (see pagefindOptions). Newest first with words,
 * the same search without words gives the order (lib/search-order.ts).
 * A query with a word that an index matched only through its last resort
 * («convencion» → «con», on 25 pages) finds nothing in that index
 * (lib/search-matches.ts). Where the other index the page reads has every
 * word, the search runs again in that one alone (`only`, filters from
 * oneIndex), so that results and filter counts agree; where none has, it
 * finds nothing and says which words. `content` is the documents' language.
 * Null if Pagefind dropped the search.
 */
async function searchWithCounts(pagefind: Pagefind, content: string, state: SearchState, only?: Filters): Promise<Outcome | null> {
  const query = pagefindQuery(state);
  const options = (without?: FilterKey): PagefindOptions => {
    const { filters } = pagefindOptions(state, without);
    return { filters: { ...filters, ...only } };
  };
  const chosen = FILTER_KEYS.filter((key) => state.filters[key] !== undefined);
  const [main, listed, ...without] = await Promise.all([
    pagefind.search(query, options()),
    reordersByDate(state) ? pagefind.search(null, options()) : null,
    ...chosen.map((key) => pagefind.search(query, options(key))),
  ]);
  if (!main) return null;
  if (query && main.results.length > 0) {
    const missing = await missingWords(pagefind, query, main.results);
    const complete = [...missing].flatMap(([index, words]) => (words.length === 0 ? [index] : []));
    if (complete.length === 0) return { found: [], counts: {}, missing: fewest([...missing.values()]) };
    // A page reads at most two indexes (lib/search-language.ts): one has every word, the other not.
    const lacking = [...missing.keys()].find((index) => !complete.includes(index));
    if (lacking !== undefined && only === undefined) return searchWithCounts(pagefind, content, state, oneIndex(complete[0]!, lacking, content));
  }
  const counts: FilterCounts = { ...main.filters };
  chosen.forEach((key, i) => (counts[key] = without[i]?.filters[key] ?? {}));
  return { found: listed ? inListOrder(main.results, listed.results) : main.results, counts, missing: [] };
}

/**
 * Per index among the results, the query's words it matched only through
 * its last resort: no word its best result matched begins with them, and an
 * exact search for each alone (which stems, but never falls back) finds none
 * of its pages.
 */
async function missingWords(pagefind: Pagefind, query: string, results: readonly Result[]): Promise<Map<string, string[]>> {
  const best = new Map<string, Result>();
  for (const result of results) if (!best.has(indexOf(result.id))) best.set(indexOf(result.id), result);
  const doubtful = new Map(
    await Promise.all(
      [...best].map(async ([index, result]) => {
        const { content, locations } = await result.data();
        return [index, wordsToConfirm(query, matchedWords(content, locations))] as const;
      }),
    ),
  );
  const words = [...new Set([...doubtful.values()].flat())];
  const exact = await Promise.all(words.map((word) => pagefind.search(`"${word}"`)));
  return missingByIndex(doubtful, new Map(words.map((word, i) => [word, exact[i]?.results.map((result) => result.id) ?? []])));
}

/** The shortest of the lists: what the reader is told is missing when no index has every word, and searched for without. */
function fewest(lists: string[][]): string[] {
  return lists.reduce((shortest, list) => (list.length < shortest.length ? list : shortest));
}

/** Puts a state into the form before the counts are known. */
function showState(view: View, state: SearchState): void {
  view.input.value = state.query;
  for (const key of FILTER_KEYS) {
    const chosen = state.filters[key];
    if (chosen !== undefined) fillFilter(view.filters[key], key, {}, chosen, view.strings.any, view.wording);
  }
  showSort(view, state);
}

function showCounts(view: View, state: SearchState, counts: FilterCounts): void {
  for (const key of FILTER_KEYS) fillFilter(view.filters[key], key, counts[key] ?? {}, state.filters[key], view.strings.any, view.wording);
  showSort(view, state);
}

/** Relevance means nothing without words: the menu then shows the order actually used. */
function showSort(view: View, state: SearchState): void {
  const relevance = view.sort.querySelector<HTMLOptionElement>('option[value="relevancia"]');
  if (relevance) relevance.disabled = state.query === '';
  view.sort.value = effectiveSort(state);
}

function summary({ strings, language }: View, state: SearchState, count: number): string {
  if (count === 0) return strings.none;
  const found = count === 1 ? strings.countOne : fill(strings.countOther, { count }, language);
  return state.query ? `${found} ${fill(strings.for, { query: state.query }, language)}` : found;
}

/** A string from the page with its `{name}` placeholders filled in, numbers written as the page's language writes them. */
function fill(text: string, values: Record<string, string | number>, language: string): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(language).format(value) : value;
  });
}
