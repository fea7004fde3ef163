/**
 * A query typed in the page's language, in the documents' Spanish, where
 * the page knows the words: the labels of kinds and statuses it carries
 * (Strings.labels, Spanish → the page's language). An English reader who
 * types «summit» means the events the record files as «Cumbre»; no document
 * says «summit», so the search finds nothing, and is tried again with
 * «cumbre». Only labels of one word on both sides are taken: word for word,
 * «Regional forum» is not «Foro regional».
 */
import { withoutAccents } from './suggest.ts';

/** The query with each word that is a label in the page's language put in Spanish; undefined when no word is. */
export function spanishQuery(query: string, labels: Readonly<Record<string, string>>): string | undefined {
  const spanish = new Map<string, string>();
  for (const [original, translated] of Object.entries(labels)) {
    if (!/\s/.test(original.trim()) && !/\s/.test(translated.trim())) spanish.set(withoutAccents(translated), original.toLowerCase());
  }
  let changed = false;
  const words = query.split(/\s+/).map((word) => {
    const folded = withoutAccents(word);
    // A plural as readers type one: «summits», «reuniões» is left alone.
    const found = spanish.get(folded) ?? spanish.get(folded.replace(/e?s$/, ''));
    if (found === undefined || withoutAccents(found) === folded) return word;
    changed = true;
    return found;
  });
  return changed ? words.join(' ') : undefined;
}
