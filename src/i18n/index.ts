/**
 * Interface strings, one JSON file per language with flat dotted keys.
 * Spanish is the reference: Portuguese and English must have exactly its
 * keys and, per key, the same `{placeholders}`. That is checked by a schema
 * when this module loads, so a missing, extra or broken string fails the
 * build with the key named, instead of showing a key to a reader.
 *
 * Only the interface is translated here. Documents stay in the language
 * they are written in (see src/schemas/translations.ts for how an entry
 * gets a translation).
 */
import { z } from 'astro/zod';
import en from './en.json';
import es from './es.json';
import pt from './pt.json';
import { INTERFACE_LANGUAGES } from '../schemas/translations.ts';

export const LOCALES = INTERFACE_LANGUAGES;
export type Locale = (typeof LOCALES)[number];
/** The language of the network's records and of the site at its root. */
export const DEFAULT_LOCALE: Locale = 'es';

export type Key = keyof typeof es;
export type Translate = (key: Key, values?: Record<string, string | number>) => string;

const PLACEHOLDER = /\{(\w+)\}/g;

const placeholders = (text: string): string => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]).sort().join(',');

/** Exactly the Spanish keys, each a non-empty string with the Spanish string's placeholders. */
const stringsLike = (reference: Record<string, string>) =>
  z.strictObject(
    Object.fromEntries(
      Object.entries(reference).map(([key, text]) => [
        key,
        z
          .string()
          .min(1)
          .refine((value) => placeholders(value) === placeholders(text), {
            error: `debe tener los marcadores de la versión en español: ${placeholders(text) || 'ninguno'}`,
          }),
      ]),
    ),
  );

/** Parses one language's strings against the Spanish ones; throws naming the language and every bad key. */
export function checkStrings(locale: string, strings: unknown, reference: Record<string, string> = es): Record<string, string> {
  const result = stringsLike(reference).safeParse(strings);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const key = issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '');
    const what = issue.code === 'unrecognized_keys' ? 'sobra (no existe en es.json)' : issue.code === 'invalid_type' ? 'falta' : issue.message;
    return `  src/i18n/${locale}.json: «${key}» ${what}`;
  });
  throw new Error(`Los textos de la interfaz en «${locale}» no coinciden con los de es.json:\n${problems.join('\n')}`);
}

const STRINGS: Record<Locale, Record<string, string>> = {
  es: z.record(z.string(), z.string().min(1)).parse(es),
  pt: checkStrings('pt', pt),
  en: checkStrings('en', en),
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The locale of a page from `Astro.currentLocale` (Spanish for anything else). */
export function localeOf(value: string | undefined): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/**
 * The `lang` to set on the record's own words on a page in `locale`: they are
 * Spanish, the language the network writes in, unless the page is Spanish or
 * a translation into `locale` replaced them.
 */
export function recordLang(locale: Locale, translated = false): Locale | undefined {
  return translated || locale === DEFAULT_LOCALE ? undefined : DEFAULT_LOCALE;
}

/** One formatter per locale, made once: building an Intl formatter costs more than using it. */
const NUMBERS = Object.fromEntries(LOCALES.map((locale) => [locale, new Intl.NumberFormat(locale)])) as Record<Locale, Intl.NumberFormat>;

/** Numbers as the locale writes them: 1.234 in Spanish and Portuguese, 1,234 in English. */
export function formatNumber(value: number, locale: Locale): string {
  return NUMBERS[locale].format(value);
}

/**
 * The strings of one locale, with `{name}` placeholders filled in (numbers
 * formatted for the locale). With `count: 1`, a key's `.one` form is used
 * when the files have one ("1 documento.", not "1 documentos.").
 */
export function translator(locale: Locale): Translate {
  const strings = STRINGS[locale];
  return (key, values = {}) =>
    ((values['count'] === 1 ? strings[`${key}.one`] : undefined) ?? strings[key] ?? key).replace(PLACEHOLDER, (_, name: string) => {
      const value = values[name];
      if (value === undefined) return `{${name}}`;
      return typeof value === 'number' ? formatNumber(value, locale) : value;
    });
}

/** The Spanish strings: for code that only ever speaks Spanish (editors' messages, feeds, calendars). */
export const t: Translate = translator(DEFAULT_LOCALE);
