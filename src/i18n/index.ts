/**
 * Interface strings, one JSON file per language with flat dotted keys,
 * checked by a schema at load so a missing or extra key fails the build.
 */
import { z } from 'astro/zod';
import es from './es.json';

const strings = z.record(z.string(), z.string().min(1)).parse(es);

export type Key = keyof typeof es;

/** The Spanish string for `key`, with `{name}` placeholders filled in. */
export function t(key: Key, values: Record<string, string | number> = {}): string {
  const text = strings[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}
