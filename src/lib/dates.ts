/**
 * Partial dates: what the sources really give. A deck may say "2020" or
 * "second quarter of 2020"; inventing a day would be a false fact, so a date
 * is kept at the precision it is known to (`YYYY`, `YYYY-Qn`, `YYYY-MM`,
 * `YYYY-MM-DD`). Pure functions, no Astro, no Node.
 */

export type Precision = 'year' | 'quarter' | 'month' | 'day';

export interface PartialDate {
  year: number;
  /** 1–12; for a quarter, the quarter's first month. */
  month?: number;
  day?: number;
  quarter?: number;
  precision: Precision;
}

const PATTERN = /^(\d{4})(?:-Q([1-4])|-(\d{2})(?:-(\d{2}))?)?$/;

/** Days in a month, leap years included (month is 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses `YYYY`, `YYYY-Qn`, `YYYY-MM` or `YYYY-MM-DD`. Returns `undefined`
 * for anything else, including impossible calendar dates such as 2025-02-30
 * (which YAML parsers silently roll over to 2 March).
 */
export function parsePartialDate(text: string): PartialDate | undefined {
  const match = PATTERN.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2]) {
    const quarter = Number(match[2]);
    return { year, quarter, month: (quarter - 1) * 3 + 1, precision: 'quarter' };
  }
  if (!match[3]) return { year, precision: 'year' };
  const month = Number(match[3]);
  if (month < 1 || month > 12) return undefined;
  if (!match[4]) return { year, month, precision: 'month' };
  const day = Number(match[4]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, precision: 'day' };
}

/**
 * Memo of startOf: sorts call it twice per comparison (compareDates), and an
 * archive has few distinct dates against many comparisons.
 */
const STARTS = new Map<string, string>();

/** The first day a partial date can mean, as `YYYY-MM-DD` (for sorting and ranges). */
export function startOf(text: string): string {
  let start = STARTS.get(text);
  if (start === undefined) {
    const d = parsePartialDate(text);
    start = d ? `${d.year}-${pad(d.month ?? 1)}-${pad(d.day ?? 1)}` : text;
    STARTS.set(text, start);
  }
  return start;
}

/** The last day a partial date can mean, as `YYYY-MM-DD`. */
export function endOf(text: string): string {
  const d = parsePartialDate(text);
  if (!d) return text;
  if (d.precision === 'day') return startOf(text);
  const lastMonth = d.precision === 'year' ? 12 : d.precision === 'quarter' ? d.month! + 2 : d.month!;
  return `${d.year}-${pad(lastMonth)}-${pad(daysInMonth(d.year, lastMonth))}`;
}

/** The day `days` after (or, negative, before) a `YYYY-MM-DD` day. */
export function addDays(day: string, days: number): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

/** The year of a partial date, or undefined if it does not parse. */
export function yearOf(text: string): number | undefined {
  return parsePartialDate(text)?.year;
}

/** Compares two partial dates by their first possible day; newest first when used with `-`. */
export function compareDates(a: string, b: string): number {
  const sa = startOf(a);
  const sb = startOf(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

export const MONTHS_ES = [
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio',
  'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
];

/** The languages dates are written in; the interface's locales (src/i18n). */
export type DateLocale = 'es' | 'pt' | 'en';

/**
 * What Intl has no words for: a quarter, and "about" for an inferred date.
 * Days, months and ranges come from Intl (Node ships full ICU), except in
 * Spanish, where the house style ("9 al 18 de julio") predates this table.
 */
const WORDS: Record<DateLocale, { quarter: (q: number, year: number) => string; about: Record<Precision, string> }> = {
  // «hacia el segundo trimestre», «hacia el 9 de julio», but «hacia octubre», «hacia 2020».
  es: {
    quarter: (q, year) => `${['primer', 'segundo', 'tercer', 'cuarto'][q - 1]} trimestre de ${year}`,
    about: { year: 'hacia ', quarter: 'hacia el ', month: 'hacia ', day: 'hacia el ' },
  },
  pt: { quarter: (q, year) => `${q}º trimestre de ${year}`, about: { year: 'por volta de ', quarter: 'por volta do ', month: 'por volta de ', day: 'por volta de ' } },
  en: {
    quarter: (q, year) => `${['first', 'second', 'third', 'fourth'][q - 1]} quarter of ${year}`,
    about: { year: 'around ', quarter: 'around the ', month: 'around ', day: 'around ' },
  },
};

const intl = (locale: DateLocale, precision: 'month' | 'day') =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'long', ...(precision === 'day' && { day: 'numeric' }) });
const FORMATS = Object.fromEntries(
  (['pt', 'en'] as const).map((locale) => [locale, { month: intl(locale, 'month'), day: intl(locale, 'day') }]),
) as Record<'pt' | 'en', { month: Intl.DateTimeFormat; day: Intl.DateTimeFormat }>;

const utc = (d: PartialDate) => new Date(Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1));

/**
 * Memo of formatDate: every list on every page shows dates, thousands of
 * calls a build over the few hundred distinct dates of an archive.
 */
const SHOWN = new Map<string, string>();

/**
 * A partial date in words, at exactly its precision: "2.º trimestre de 2020"
 * is never "1 de abril". `approximate` says so ("hacia", "por volta de", "around").
 */
export function formatDate(text: string, approximate = false, locale: DateLocale = 'es'): string {
  const key = `${locale}${approximate ? '~' : ' '}${text}`;
  let shown = SHOWN.get(key);
  if (shown === undefined) SHOWN.set(key, (shown = format(text, approximate, locale)));
  return shown;
}

function format(text: string, approximate: boolean, locale: DateLocale): string {
  const d = parsePartialDate(text);
  if (!d) return text;
  const prefix = approximate ? WORDS[locale].about[d.precision] : '';
  if (d.precision === 'year') return `${prefix}${d.year}`;
  if (d.precision === 'quarter') return `${prefix}${WORDS[locale].quarter(d.quarter!, d.year)}`;
  if (locale !== 'es') return `${prefix}${FORMATS[locale][d.precision].format(utc(d))}`;
  const month = MONTHS_ES[d.month! - 1];
  return d.precision === 'month' ? `${prefix}${month} de ${d.year}` : `${prefix}${d.day} de ${month} de ${d.year}`;
}

/** A range such as "9 al 18 de julio de 2019", "9–18 de julho de 2019" or "July 9 – 18, 2019". */
export function formatRange(start: string, end: string | undefined, locale: DateLocale = 'es'): string {
  if (!end || end === start) return formatDate(start, false, locale);
  const a = parsePartialDate(start);
  const b = parsePartialDate(end);
  if (!a || !b || a.precision !== 'day' || b.precision !== 'day') {
    return `${formatDate(start, false, locale)} – ${formatDate(end, false, locale)}`;
  }
  if (locale !== 'es') return FORMATS[locale].day.formatRange(utc(a), utc(b));
  if (a.year === b.year && a.month === b.month) {
    return `${a.day} al ${b.day} de ${MONTHS_ES[b.month! - 1]} de ${b.year}`;
  }
  if (a.year === b.year) {
    return `${a.day} de ${MONTHS_ES[a.month! - 1]} al ${b.day} de ${MONTHS_ES[b.month! - 1]} de ${b.year}`;
  }
  return `${formatDate(start)} al ${formatDate(end)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** True once the last day a (partial) date range can mean is before `today` (`YYYY-MM-DD`). */
export function isPast(start: string, end: string | undefined, today: string): boolean {
  return endOf(end ?? start) < today;
}
