/**
 * DOM for the search page: one result, and a filter's choices with counts.
 * Everything that comes from the index is set with textContent or as an
 * attribute; the excerpt is rebuilt from text runs, so no page content is
 * ever parsed as HTML here.
 */
import { dateLocale, shownDate } from '../../lib/search-dates.ts';
import { excerptRuns } from '../../lib/search-excerpt.ts';
import { type FilterKey, isSitePath } from '../../lib/search-state.ts';
import type { ResultData } from './pagefind.ts';

/**
 * Interface strings, rendered by the page with t() in its language and
 * handed over as JSON: this script holds no words of its own.
 */
export interface Strings {
  countOne: string;
  /** With `{count}`. */
  countOther: string;
  /** With `{query}`. */
  for: string;
  none: string;
  /** With `{query}`: said before the results for what the reader most likely meant. */
  noneFor: string;
  idle: string;
  loading: string;
  any: string;
  dev: string;
  loadError: string;
  /**
   * On a page in another language than the documents', its words for what
   * the index holds in Spanish (kinds, statuses, group and country names),
   * keyed by the Spanish: «Grupo de trabajo» → «Working group».
   */
  labels?: Record<string, string>;
}

/** What a result and a filter's choices are worded in: the page's language, and its labels (Strings.labels). */
export interface Wording {
  language: string;
  labels: Record<string, string>;
}

/** A value from the index in the page's words: a label, or each part of one joined by « · » («Grupo de trabajo · Activo»). */
function worded(text: string, { labels }: Wording): string {
  return text
    .split(' · ')
    .map((part) => labels[part] ?? part)
    .join(' · ');
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** One result: its title as a link, its kind and date in the page's language, and the excerpt with the matches marked. */
export function resultItem(data: ResultData, wording: Wording): HTMLLIElement {
  const item = element('li', 'result');
  const heading = element('h2');
  const link = element('a', undefined, data.meta['title'] ?? data.url);
  // The index only holds this site's pages; anything else is not followed.
  link.href = isSitePath(data.url) ? data.url : '#';
  heading.append(link);
  item.append(heading);

  const line = element('p', 'line');
  if (data.meta['kind']) line.append(element('span', 'badge', worded(data.meta['kind'], wording)));
  // A space between them, as the pages write it: the layout needs none, but a copy of the text does.
  const date = data.meta['date'] && shownDate(data.meta['date'], dateLocale(wording.language));
  if (date) line.append(...(line.childNodes.length > 0 ? [' '] : []), element('span', undefined, date));
  if (line.childNodes.length > 0) item.append(line);

  const runs = excerptRuns(data.excerpt);
  if (runs.length > 0) {
    const excerpt = element('p', 'excerpt');
    for (const run of runs) excerpt.append(run.marked ? element('mark', undefined, run.text) : document.createTextNode(run.text));
    item.append(excerpt);
  }
  return item;
}

/** How a filter's values are listed: years newest first, everything else alphabetically as the page words them. */
function byFilterOrder(key: FilterKey, wording: Wording): (a: string, b: string) => number {
  return key === 'anio' ? (a, b) => b.localeCompare(a) : (a, b) => worded(a, wording).localeCompare(worded(b, wording), wording.language);
}

/**
 * Replaces a filter's choices: "any", then each value that would give
 * results, with how many. The chosen value stays even at zero so the reader
 * sees what is narrowing the search; before the counts are known it is
 * shown without one.
 */
export function fillFilter(
  select: HTMLSelectElement,
  key: FilterKey,
  counts: Record<string, number>,
  chosen: string | undefined,
  anyLabel: string,
  wording: Wording,
): void {
  const values = Object.keys(counts).filter((value) => (counts[value] ?? 0) > 0 || value === chosen);
  if (chosen !== undefined && !values.includes(chosen)) values.push(chosen);
  const options = [new Option(anyLabel, '')];
  for (const value of values.sort(byFilterOrder(key, wording))) {
    const count = counts[value];
    // Organisations are named as the documents name them; kinds, groups and countries in the page's words.
    const label = key === 'org' ? value : worded(value, wording);
    options.push(new Option(count === undefined ? label : `${label} (${count})`, value));
  }
  select.replaceChildren(...options);
  select.value = chosen ?? '';
}
