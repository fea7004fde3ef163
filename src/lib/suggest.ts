/**
 * "Did you mean …?" for ids and field names: editors type accents, capitals
 * and near misses; the closest known value is the fix they need.
 */

/** Lower case, accents and ñ's tilde removed: how ids and the search index compare words. */
export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/** Lower case, accents removed, spaces and underscores as hyphens: how an id is meant to look. */
export function toId(text: string): string {
  return withoutAccents(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Levenshtein distance, small strings only. */
export function distance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/** The known value closest to `wanted`, if it is close enough to be a slip of the keyboard. */
export function closest(wanted: string, known: Iterable<string>): string | undefined {
  const normal = toId(wanted);
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of known) {
    if (candidate === normal) return candidate;
    const score = distance(normal, candidate);
    if (score < bestScore) [best, bestScore] = [candidate, score];
  }
  const tolerance = Math.max(2, Math.floor(normal.length / 4));
  if (best && bestScore <= tolerance) return best;
  // A prefix or a part ("save-children" for "save-the-children") is also a good guess.
  for (const candidate of known) {
    if (normal.length >= 3 && (candidate.includes(normal) || normal.includes(candidate))) return candidate;
  }
  return undefined;
}
