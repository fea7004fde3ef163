/**
 * "Did you mean …?" for a search that found nothing. Readers type Spanish as
 * it sounds: «violensia», «adolesentes», «bibienda», «echo» (seseo, b and v,
 * a silent h), and slip a key or two. The archive's own words, most frequent
 * first, are written at build time (src/pages/buscar/palabras.json.ts); the
 * search page loads them only when a search finds nothing, and searches
 * again with the words they most likely meant. Pure functions, run at build
 * time and in the reader's browser.
 */
import { distance, withoutAccents as fold } from './suggest.ts';

/** Shorter words are left as typed: too many others are one key away. */
const MIN_LENGTH = 4;

/**
 * A word of Spanish, Portuguese or English: Latin letters with their
 * accents (not \p{L}, which is four times slower over a whole archive and
 * would take «º» for a letter).
 */
const LATIN_WORD = /[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ]+/g;

/** The words of a text as written: letters only, so numbers, punctuation and Markdown fall away, and web addresses whole. */
function writtenWords(text: string): string[] {
  return text.replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ').match(LATIN_WORD) ?? [];
}

/**
 * Every word of the texts that a reader could misspell, as the archive
 * writes it (in lower case, with its accents: «migración», so the page can
 * say what it searched for), most frequent first (alphabetical among
 * equals), at most `limit`. Words that differ only by accents or case are
 * one, written as most often.
 */
export function vocabulary(texts: Iterable<string>, limit = 20_000): string[] {
  // Counted as written, then folded once per distinct word: folding all the text is most of the cost.
  const written = new Map<string, number>();
  for (const text of texts) {
    for (const word of writtenWords(text)) if (word.length >= MIN_LENGTH) written.set(word, (written.get(word) ?? 0) + 1);
  }
  const byFolded = new Map<string, { count: number; form: string; formCount: number }>();
  for (const [word, count] of written) {
    const folded = fold(word);
    const seen = byFolded.get(folded);
    if (!seen) byFolded.set(folded, { count, form: word.toLowerCase(), formCount: count });
    else {
      seen.count += count;
      if (count > seen.formCount) [seen.form, seen.formCount] = [word.toLowerCase(), count];
    }
  }
  return [...byFolded.values()]
    .sort((a, b) => b.count - a.count || (a.form < b.form ? -1 : 1))
    .slice(0, limit)
    .map(({ form }) => form);
}

/**
 * How a folded Spanish word sounds in most of the region: c before e or i,
 * z and s alike; b and v; ll and y; qu, k and c before a, o, u; g before e
 * or i and j; h silent (but not in ch); a doubled letter once.
 */
export function soundOf(word: string): string {
  return word
    .replace(/ch/g, '§')
    .replace(/h/g, '')
    .replace(/qu(?=[ei])/g, 'k')
    .replace(/c(?=[ei])/g, 's')
    .replace(/gu(?=[ei])/g, '¶')
    .replace(/g(?=[ei])/g, 'j')
    .replace(/¶/g, 'g')
    .replace(/[ckq]/g, 'k')
    .replace(/z/g, 's')
    .replace(/v/g, 'b')
    .replace(/ll/g, 'y')
    .replace(/(.)\1+/g, '$1');
}

/**
 * Given the archive's words (vocabulary()), most frequent first, the query a
 * reader most likely meant, with each corrected word as the archive writes
 * it; or undefined when every word is one the archive has (or the start of
 * one: the index matches beginnings) or none is close to any.
 */
export function speller(known: readonly string[]): (query: string) => string | undefined {
  // Compared folded, as typed words are; answered as written.
  const folded = known.map(fold);
  const has = new Set(folded);
  const bySound = new Map<string, number>();
  folded.forEach((word, i) => {
    if (!bySound.has(soundOf(word))) bySound.set(soundOf(word), i);
  });

  const meant = (word: string): string | undefined => {
    if (word.length < MIN_LENGTH || has.has(word) || folded.some((other) => other.startsWith(word))) return undefined;
    const alike = bySound.get(soundOf(word));
    if (alike !== undefined) return known[alike];
    // A slip of the keyboard: one key in a short word, two in a long one; the more frequent word among equals.
    const tolerance = word.length >= 7 ? 2 : 1;
    let best: number | undefined;
    let bestDistance = tolerance + 1;
    folded.forEach((other, i) => {
      if (Math.abs(other.length - word.length) > tolerance) return;
      const d = distance(word, other);
      if (d < bestDistance) [best, bestDistance] = [i, d];
    });
    return best === undefined ? undefined : known[best];
  };

  return (query) => {
    let changed = false;
    const words = query.split(/\s+/).filter(Boolean).map((typed) => {
      const word = fold(typed);
      const correction = /^[a-z]+$/.test(word) ? meant(word) : undefined;
      if (correction) changed = true;
      return correction ?? typed;
    });
    return changed ? words.join(' ') : undefined;
  };
}
