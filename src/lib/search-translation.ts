/**
 * A query typed in the page's language, in the documents' Spanish, where
 * the page knows the words: the labels it carries (Strings.labels, Spanish
 * → the page's language: kinds, statuses, groups, countries). An English
 * reader who types «summit» means the events the record files as
 * «Cumbre»; no document says «summit», so the search finds nothing, and is
 * tried again with «cumbre». A label is matched whole, its words in order
 * («regional forum» → «foro regional»), the longest first.
 */
import { withoutAccents } from './suggest.ts';

/** A typed word is a label's word as it is or as a plural: «summits», «congresses», «reuniones». */
const same = (typed: string, word: string) => typed === word || typed === `${word}s` || typed === `${word}es`;

/** The query with each label in the page's language put in Spanish; undefined when it has none. */
export function spanishQuery(query: string, labels: Readonly<Record<string, string>>): string | undefined {
  const phrases = Object.entries(labels)
    .map(([spanish, translated]) => ({ spanish: spanish.toLowerCase(), words: translated.trim().split(/\s+/).map(withoutAccents) }))
    .filter(({ spanish, words }) => words.join(' ') !== withoutAccents(spanish))
    .sort((a, b) => b.words.length - a.words.length);
  const typed = query.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let changed = false;
  for (let i = 0; i < typed.length; ) {
    const rest = typed.slice(i).map(withoutAccents);
    const found = phrases.find(({ words }) => words.every((word, j) => rest[j] !== undefined && same(rest[j], word)));
    if (found) {
      out.push(found.spanish);
      i += found.words.length;
      changed = true;
    } else out.push(typed[i++]!);
  }
  return changed ? out.join(' ') : undefined;
}
