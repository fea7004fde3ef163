/**
 * A search result's date, as the index keeps it and a search page shows it.
 * A Spanish document is indexed once, from its Spanish page, and read from
 * the search pages of every language; so the index keeps its date as data
 * (`2019-07-09/2019-07-18`, `~2020-Q2`: `~` for an inferred date, `/` before
 * an event's last day) and each search page writes it in its own language,
 * with the functions the pages use (lib/dates.ts): «9 al 18 de julio de
 * 2019», «July 9 – 18, 2019».
 */
import { type DateLocale, formatDate, formatRange, parsePartialDate } from './dates.ts';

/** What the index keeps of a document's date. */
export function dateMeta(start: string, { end, approximate = false }: { end?: string | undefined; approximate?: boolean }): string {
  return `${approximate ? '~' : ''}${start}${end && end !== start ? `/${end}` : ''}`;
}

/** The date a result shows, in `locale`; text that is not a dateMeta value is shown as it is. */
export function shownDate(meta: string, locale: DateLocale): string {
  const approximate = meta.startsWith('~');
  const [start = '', end, ...rest] = meta.slice(approximate ? 1 : 0).split('/');
  if (rest.length > 0 || !parsePartialDate(start) || (end !== undefined && (approximate || !parsePartialDate(end)))) return meta;
  return end === undefined ? formatDate(start, approximate, locale) : formatRange(start, end, locale);
}

/**
 * The language a search page writes dates in: its own when dates have words
 * for it, else Spanish. Not i18n's localeOf: that module would bring every
 * language's strings into the search script.
 */
export function dateLocale(language: string): DateLocale {
  const short = language.toLowerCase().split('-')[0];
  return short === 'pt' || short === 'en' ? short : 'es';
}
