/**
 * Telling a real match from Pagefind's last resort. When no indexed word
 * begins with a query word's stem, Pagefind 1.6 cuts the word short until
 * some indexed word begins with what is left, and matches that: «convencion»
 * matched «con» on 25 pages, «paraguay» «para», «delincuencia» «del», «año»
 * the preposition «a». Pagefind does not say when it fell back, and its
 * results look like any other.
 *
 * What tells them apart: a query word is in the archive when a matched word
 * begins with it (the reader is still typing: «migra» → «migración»), or
 * when an exact search for it alone, which stems but never falls back, finds
 * a page («ninos» → «niñas», the same stem; «migrantes» → «migrante»). Any
 * other query word is not in the archive, and the search, as typed, finds
 * nothing (src/scripts/search/page.ts then tries the words meant, and the
 * query without the missing words).
 */
import { withoutAccents } from './suggest.ts';

/** Shorter words are left alone: most are articles and prepositions, and readers who type one get what they typed. */
const MIN_LETTERS = 3;

/** The parts of a word Pagefind indexes apart, as it compares them: lower case, no accents, split at anything but a letter or digit. */
function parts(word: string): string[] {
  return withoutAccents(word)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The words of a result's text at the positions Pagefind matched.
 * `content` is the page text Pagefind stored and `locations` index its
 * whitespace-separated words.
 */
export function matchedWords(content: string, locations: readonly number[]): string[] {
  const words = content.split(/\s+/).filter(Boolean);
  return locations.flatMap((at) => (words[at] === undefined ? [] : [words[at]]));
}

/**
 * The query's words of three or more letters that no matched word begins
 * with, folded and each once: matched through Pagefind's stemmer or through
 * its last resort, which only an exact search for the word tells apart.
 */
export function wordsToConfirm(query: string, matched: readonly string[]): string[] {
  const found = matched.flatMap(parts);
  const typed = parts(query).filter((word) => word.length >= MIN_LETTERS);
  return [...new Set(typed.filter((word) => !found.some((other) => other.startsWith(word))))];
}

/** The query without the words given (folded, as wordsToConfirm returns them), as the reader wrote the rest. */
export function withoutWords(query: string, missing: readonly string[]): string {
  return query
    .split(/\s+/)
    .filter((word) => word && !parts(word).some((part) => missing.includes(part)))
    .join(' ');
}

/**
 * Where a search page reads two indexes (a Portuguese or English page reads
 * its language's translations and the Spanish documents), Pagefind decides
 * its last resort per index: «migration» on /en/ is a word of the English
 * index and, cut to «mi», junk in the Spanish one. So each index is judged
 * apart. Pagefind names each result by its index's language and the page's
 * hash (`en_993d76b`).
 */
export function indexOf(resultId: string): string {
  const cut = resultId.lastIndexOf('_');
  return cut > 0 ? resultId.slice(0, cut) : '';
}

/**
 * The query's words each index lacks: of the words its best result did not
 * match as typed (`doubtful`, from wordsToConfirm), those whose exact search
 * (`exact`, word → result ids) found none of that index's pages. Indexes
 * with an empty list have every word.
 */
export function missingByIndex(doubtful: ReadonlyMap<string, readonly string[]>, exact: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  return new Map(
    [...doubtful].map(([index, words]) => [index, words.filter((word) => !(exact.get(word) ?? []).some((id) => indexOf(id) === index))]),
  );
}
