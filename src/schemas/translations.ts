/**
 * A translation of one entry into Portuguese or English. Documents are kept
 * in the language they were written in (Spanish, almost always); a
 * translation adds the words a reader reads, never new facts: its file holds
 * only the translated title, summary, notice of what is unconfirmed and
 * body, and everything else (dates, places, references, action items) is
 * read from the original, so the two can never disagree.
 *
 * Where it lives says what it translates:
 * `content/translations/<lang>/<collection>/<id>.md` translates
 * `content/<collection>/<id>.md` into `<lang>` (`pt` or `en`), and is
 * published at `/<lang>/<section>/<id>/`.
 */
import { z } from 'astro/zod';
import { COLLECTIONS } from './shared.ts';

/** The languages an entry can be translated into: the interface's, minus Spanish. */
export const TRANSLATION_LANGUAGES = ['pt', 'en'] as const;
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];
/**
 * Every language of the interface, Spanish (the records' own, at the root)
 * first. Here rather than in src/i18n so the content check, which runs in
 * plain Node and cannot load the strings' JSON, knows the same languages.
 */
export const INTERFACE_LANGUAGES = ['es', ...TRANSLATION_LANGUAGES] as const;

export const translationSchema = z.strictObject({
  /** The translated title (for an organisation or group, its name). */
  title: z.string().min(1),
  /** The translated summary. */
  summary: z.string().min(1),
  /** The translated notice of what is not confirmed, when the original has one. */
  uncertainty: z.string().optional(),
  /** Who translated it, when the network wants it said. */
  translated_by: z.string().optional(),
});

export type Translation = z.output<typeof translationSchema>;

/** `en/positions/some-id` → its language, collection and original id; undefined for any other path. */
export function translationTarget(id: string) {
  const [lang, collection, original, ...rest] = id.split('/');
  if (rest.length > 0 || !original) return undefined;
  if (!(TRANSLATION_LANGUAGES as readonly string[]).includes(lang ?? '')) return undefined;
  if (!(COLLECTIONS as readonly string[]).includes(collection ?? '')) return undefined;
  return {
    lang: lang as TranslationLanguage,
    collection: collection as (typeof COLLECTIONS)[number],
    id: original,
  };
}
