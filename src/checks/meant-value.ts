/**
 * "¿Quiso decir …?" for a value outside a field's list. The lists hold
 * fixed English codes (`congress`, `ally`, `CO`), while editors write what
 * the site shows them: «Congreso», «aliada», «Colombia», «México». Each is
 * matched, without accents or capitals, against the codes themselves, the
 * Spanish labels the site prints for them (i18n/es.json), and country names
 * in Spanish, Portuguese and English; then a near miss of a code or of one
 * name. No guess is better than a wrong one: the caller lists the codes.
 */
import es from '../i18n/es.json' with { type: 'json' };
import { COUNTRIES, countryName } from '../lib/countries.ts';
import { closest, distance, toId } from '../lib/suggest.ts';

export interface Meant {
  value: string;
  /** What the site calls it, when that is not the code itself. */
  label?: string;
}

const LABELS = es as Record<string, string>;

export function meantValue(input: unknown, values: readonly unknown[]): Meant | undefined {
  if (typeof input !== 'string' || !values.every((v) => typeof v === 'string') || values.length === 0) return undefined;
  const codes = values;
  const wanted = toId(input);
  if (!wanted) return undefined;
  const names = namesOf(codes);
  const named = (value: string): Meant => {
    const label = names.get(value)?.[0];
    return label && toId(label) !== toId(value) ? { value, label } : { value };
  };
  for (const value of codes) if (toId(value) === wanted) return named(value);
  for (const [value, labels] of names) if (labels.some((label) => toId(label) === wanted)) return named(value);
  // Two-letter codes are too short to guess from: «estados-unidos-de-america» holds «es».
  const near = closest(wanted, codes.map(toId).filter((code) => code.length > 2));
  if (near) return named(codes.find((value) => toId(value) === near)!);
  // A slip in a name («hibrido» for «Híbrida»), only when one value is that close: «EEUU» is not «Perú».
  const tolerance = Math.max(1, Math.floor(wanted.length / 4));
  const close = [...names].filter(([, labels]) => labels.some((label) => distance(toId(label), wanted) <= tolerance));
  return close.length === 1 ? named(close[0]![0]) : undefined;
}

/** Every name a code goes by: a country's in three languages, or the label of the list of es.json that holds all the codes. */
function namesOf(codes: readonly string[]): Map<string, string[]> {
  if (codes.every((code) => code in COUNTRIES)) {
    return new Map(codes.map((code) => [code, [countryName(code), countryName(code, 'pt'), countryName(code, 'en')]]));
  }
  const prefixes = new Set(Object.keys(LABELS).map((key) => key.slice(0, key.indexOf('.'))));
  for (const prefix of prefixes) {
    if (codes.every((code) => `${prefix}.${code}` in LABELS)) return new Map(codes.map((code) => [code, [LABELS[`${prefix}.${code}`]!]]));
  }
  return new Map();
}
