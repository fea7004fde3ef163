/**
 * The /buscar/ page: reads the search from the address, runs it through
 * Pagefind, shows results and filter counts, and keeps the address in step
 * so any search can be shared. The form is the state: its fields are named
 * like the URL parameters, and every change re-runs the search.
 */
import { matchedWords, onlyShortMatches } from '../../lib/search-matches.ts';
import { inListOrder } from '../../lib/search-order.ts';
import {
  chosenSort,
  effectiveSort,
  FILTER_KEYS,
  type FilterKey,
  hasCriteria,
  pagefindOptions,
  pagefindQuery,
  paramsFromState,
  reordersByDate,
  type SearchState,
  stateFromParams,
} from '../../lib/search-state.ts';
import { arrowNavigation } from './keyboard.ts';
import { type FilterCounts, loadPagefind, type Pagefind, type Result } from './pagefind.ts';
import { fillFilter, resultItem, type Strings } from './render.ts';

/** Results shown at once; more arrive on request, each fetching its own small fragment. */
const PAGE = 10;
/** Pause after the last keystroke before searching, so typing a word is one search, not five. */
const TYPING_PAUSE_MS = 200;

interface View {
  root: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  filters: Record<FilterKey, HTMLSelectElement>;
  sort: HTMLSelectElement;
  status: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  strings: Strings;
}

function viewOf(root: HTMLElement): View {
  const form = root.querySelector('form')!;
  const field = <T extends Element>(name: string) => form.elements.namedItem(name) as unknown as T;
  return {
    root,
    form,
    input: field<HTMLInputElement>('q'),
    filters: Object.fromEntries(FILTER_KEYS.map((key) => [key, field<HTMLSelectElement>(key)])) as View['filters'],
    sort: field<HTMLSelectElement>('orden'),
    status: root.querySelector<HTMLElement>('[data-search-status]')!,
    list: root.querySelector<HTMLOListElement>('[data-search-results]')!,
    more: root.querySelector<HTMLButtonElement>('[data-search-more]')!,
    strings: JSON.parse(root.dataset['strings'] ?? '{}') as Strings,
  };
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void start(viewOf(root));

async function start(view: View): Promise<void> {
  let state = stateFromParams(new URLSearchParams(location.search));
  view.root.hidden = false;
  showState(view, state);
  view.status.textContent = view.strings.loading;

  let pagefind: Pagefind;
  let totals: FilterCounts;
  try {
    pagefind = await loadPagefind(view.root.dataset['bundle']!, view.root.dataset['base']!);
    totals = await pagefind.filters();
  } catch (error) {
    // In `astro dev` there is no index: it is written by `astro build`.
    view.status.textContent = import.meta.env.DEV ? view.strings.dev : view.strings.loadError;
    console.error(error);
    return;
  }

  let generation = 0;
  let pending: Result[] = [];

  /** Shows the next results; a newer search that starts meanwhile wins, and these are dropped. */
  async function showMore(): Promise<HTMLAnchorElement | undefined> {
    const mine = generation;
    const batch = pending.slice(0, PAGE);
    pending = pending.slice(PAGE);
    const items = (await Promise.all(batch.map((r) => r.data()))).map(resultItem);
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

  async function run(next: SearchState): Promise<void> {
    const mine = ++generation;
    state = next;
    const params = paramsFromState(state).toString();
    history.replaceState(history.state, '', params ? `${location.pathname}?${params}` : location.pathname);
    // Busy while the results change: assistive technology waits for the new list.
    view.list.setAttribute('aria-busy', 'true');

    if (!hasCriteria(state)) {
      showCounts(view, state, totals);
      view.list.replaceChildren();
      view.more.hidden = true;
      return settle(view.strings.idle);
    }
    const outcome = await searchWithCounts(pagefind, state).catch((error: unknown) => {
      console.error(error);
      return null;
    });
    if (mine !== generation) return;
    if (!outcome) return settle(view.strings.loadError);

    showCounts(view, state, outcome.counts);
    pending = outcome.found;
    view.list.replaceChildren();
    await showMore();
    if (mine === generation) settle(summary(view.strings, state, outcome.found.length));
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  const readForm = (): SearchState => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(view.form)) if (typeof value === 'string') params.append(name, value);
    return { ...stateFromParams(params), sort: chosenSort(state, view.sort.value) };
  };
  const runNow = () => {
    clearTimeout(typing);
    void run(readForm());
  };

  view.form.addEventListener('submit', (event) => {
    event.preventDefault();
    runNow();
  });
  view.form.addEventListener('change', (event) => {
    if (event.target !== view.input) runNow();
  });
  view.input.addEventListener('input', () => {
    clearTimeout(typing);
    if (view.input.value.trim()) void pagefind.preload(view.input.value.trim());
    typing = setTimeout(runNow, TYPING_PAUSE_MS);
  });
  view.more.addEventListener('click', async () => {
    // Focus moves to the first new result, so keyboard and screen reader users continue from there.
    (await showMore())?.focus();
  });
  arrowNavigation(view.input, view.list);

  await run(state);
}

interface Outcome {
  found: Result[];
  /** Per filter, how many results each of its values would give. */
  counts: FilterCounts;
}

/**
 * Runs a search, and one more per chosen filter: a filter's own counts come
 * from the search without it (see pagefindOptions). Newest first with words,
 * the same search without words gives the order (lib/search-order.ts).
 * Pagefind's last resort, which can match "año" to the preposition "a" on
 * every page, counts as nothing found (lib/search-matches.ts). Null if
 * Pagefind dropped the search.
 */
async function searchWithCounts(pagefind: Pagefind, state: SearchState): Promise<Outcome | null> {
  const query = pagefindQuery(state);
  const options = pagefindOptions(state);
  const chosen = FILTER_KEYS.filter((key) => state.filters[key] !== undefined);
  const [main, listed, ...without] = await Promise.all([
    pagefind.search(query, options),
    reordersByDate(state) ? pagefind.search(null, options) : null,
    ...chosen.map((key) => pagefind.search(query, pagefindOptions(state, key))),
  ]);
  if (!main) return null;
  const best = main.results[0] ? await main.results[0].data() : undefined;
  if (best && query && onlyShortMatches(query, matchedWords(best.content, best.locations))) return { found: [], counts: {} };
  const counts: FilterCounts = { ...main.filters };
  chosen.forEach((key, i) => (counts[key] = without[i]?.filters[key] ?? {}));
  return { found: listed ? inListOrder(main.results, listed.results) : main.results, counts };
}

/** Puts a state into the form before the counts are known. */
function showState(view: View, state: SearchState): void {
  view.input.value = state.query;
  for (const key of FILTER_KEYS) {
    const chosen = state.filters[key];
    if (chosen !== undefined) fillFilter(view.filters[key], key, {}, chosen, view.strings.any);
  }
  showSort(view, state);
}

function showCounts(view: View, state: SearchState, counts: FilterCounts): void {
  for (const key of FILTER_KEYS) fillFilter(view.filters[key], key, counts[key] ?? {}, state.filters[key], view.strings.any);
  showSort(view, state);
}

/** Relevance means nothing without words: the menu then shows the order actually used. */
function showSort(view: View, state: SearchState): void {
  const relevance = view.sort.querySelector<HTMLOptionElement>('option[value="relevancia"]');
  if (relevance) relevance.disabled = state.query === '';
  view.sort.value = effectiveSort(state);
}

function summary(strings: Strings, state: SearchState, count: number): string {
  if (count === 0) return strings.none;
  const found = count === 1 ? strings.countOne : strings.countOther.replace('{count}', String(count));
  return state.query ? `${found} ${strings.for.replace('{query}', state.query)}` : found;
}
