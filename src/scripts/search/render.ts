/**
 * DOM for the search page: one result, and a filter's choices with counts.
 * Everything that comes from the index is set with textContent or as an
 * attribute; the excerpt is rebuilt from text runs, so no page content is
 * ever parsed as HTML here.
 */
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
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** One result: its title as a link, its kind and date, and the excerpt with the matches marked. */
export function resultItem(data: ResultData): HTMLLIElement {
  const item = element('li', 'result');
  const heading = element('h2');
  const link = element('a', undefined, data.meta['title'] ?? data.url);
  // The index only holds this site's pages; anything else is not followed.
  link.href = isSitePath(data.url) ? data.url : '#';
  heading.append(link);
  item.append(heading);

  const line = element('p', 'line');
  if (data.meta['kind']) line.append(element('span', 'badge', data.meta['kind']));
  // A space between them, as the pages write it: the layout needs none, but a copy of the text does.
  if (data.meta['date']) line.append(...(line.childNodes.length > 0 ? [' '] : []), element('span', undefined, data.meta['date']));
  if (line.childNodes.length > 0) item.append(line);

  const runs = excerptRuns(data.excerpt);
  if (runs.length > 0) {
    const excerpt = element('p', 'excerpt');
    for (const run of runs) excerpt.append(run.marked ? element('mark', undefined, run.text) : document.createTextNode(run.text));
    item.append(excerpt);
  }
  return item;
}

/** How a filter's values are listed: years newest first, everything else alphabetically in the page's language. */
function byFilterOrder(key: FilterKey, language: string): (a: string, b: string) => number {
  return key === 'anio' ? (a, b) => b.localeCompare(a) : (a, b) => a.localeCompare(b, language);
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
  language: string,
): void {
  const values = Object.keys(counts).filter((value) => (counts[value] ?? 0) > 0 || value === chosen);
  if (chosen !== undefined && !values.includes(chosen)) values.push(chosen);
  const options = [new Option(anyLabel, '')];
  for (const value of values.sort(byFilterOrder(key, language))) {
    const count = counts[value];
    options.push(new Option(count === undefined ? value : `${value} (${count})`, value));
  }
  select.replaceChildren(...options);
  select.value = chosen ?? '';
}
