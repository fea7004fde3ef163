/**
 * Telling a real match from Pagefind's last resort. When no indexed word
 * starts with a query word, Pagefind 1.6 matches the longest indexed word
 * that the query word starts with. For a typo that is helpful ("casx" finds
 * "casa"), but it can end on a one- or two-letter function word: "año" (and
 * "ano", the same word once accents are folded) does not occur in the record,
 * so it matched the preposition "a" on every page. A search whose best page
 * matched only such short words while the reader typed a longer one found
 * nothing, and is reported as nothing.
 */

/** Letters and digits in a word, punctuation aside. */
const letters = (word: string): number => word.replace(/[^\p{L}\p{N}]/gu, '').length;

/**
 * The words of a result's text at the positions Pagefind matched.
 * `content` is the page text Pagefind stored and `locations` index its
 * whitespace-separated words.
 */
export function matchedWords(content: string, locations: readonly number[]): string[] {
  const words = content.split(/\s+/).filter(Boolean);
  return locations.flatMap((at) => (words[at] === undefined ? [] : [words[at]]));
}

/** True when the query has a word of three or more letters but the page matched only words of one or two. */
export function onlyShortMatches(query: string, matched: readonly string[]): boolean {
  if (matched.length === 0) return false;
  const typedLongWord = query.split(/\s+/).some((word) => letters(word) >= 3);
  return typedLongWord && matched.every((word) => letters(word) <= 2);
}
