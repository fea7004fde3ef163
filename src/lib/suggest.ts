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

/**
 * The known value closest to `wanted`, if it is close enough to be a slip of
 * the keyboard, or a part of it written word for word. A guess that is
 * wrong is worse than none: it files a fact under another organisation. So
 * a slip changes at most half of a word («oim» is two letters from «ria»,
 * and no misspelling of it), and a part is whole words, not letters
 * («secretaria» holds «ria», and means nothing by it).
 */
export function closest(wanted: string, known: Iterable<string>): string | undefined {
  const normal = toId(wanted);
  const candidates = [...known];
  if (candidates.includes(normal)) return normal;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const score = distance(normal, candidate);
    if (score < bestScore) [best, bestScore] = [candidate, score];
  }
  const tolerance = Math.max(2, Math.floor(normal.length / 4));
  if (best && bestScore <= tolerance && bestScore * 2 <= Math.min(normal.length, best.length)) return best;
  // A part, word by word: "save-children" for "save-the-children", "unicef-md" for "unicef".
  // Two ids in one ("unicef-lumos") are no part of either: no guess.
  if (normal.length < 3) return undefined;
  const parts = candidates.filter((candidate) => isPart(normal, candidate));
  return parts.length === 1 ? parts[0] : undefined;
}

/**
 * Whether `written` is most of `id`, word by word and in order ("save-children"),
 * or `id` is at least half of `written` (with a word more: "unicef-md", "lumos-foundation").
 */
function isPart(written: string, id: string): boolean {
  const [a, b] = [written.split('-'), id.split('-')];
  if (a.length < b.length) return a.length * 2 > b.length && within(a, b);
  return b.length * 2 >= a.length && within(b, a);
}

/** Whether every word of `short` appears in `long`, in the same order. */
function within(short: string[], long: string[]): boolean {
  let at = 0;
  for (const word of long) if (word === short[at]) at++;
  return at === short.length;
}
