/**
 * Pagefind's result excerpt as plain text runs, highlighted or not. The
 * excerpt is page text in which Pagefind has escaped `<` and `>` and wrapped
 * the matched words in `<mark>`. Rather than trusting that string as HTML,
 * the search page builds the DOM from these runs with textContent, so no page
 * text can ever become markup.
 */

export interface ExcerptRun {
  text: string;
  marked: boolean;
}

/**
 * Undoes the escaping Pagefind 1.6 applies to excerpt text, and nothing
 * more: it writes `<` and `>` as `&lt;` and `&gt;` and leaves `&` as it is,
 * so decoding `&amp;` too would change text the page really has.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/**
 * Splits an excerpt at its `<mark>` and `</mark>` tags. Any other tag-like
 * text is kept as text; empty runs are dropped and neighbours of the same
 * kind are merged.
 */
export function excerptRuns(excerpt: string): ExcerptRun[] {
  const runs: ExcerptRun[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>' || piece === '</mark>') {
      marked = piece === '<mark>';
      continue;
    }
    const text = decodeEntities(piece);
    if (!text) continue;
    const last = runs.at(-1);
    if (last && last.marked === marked) last.text += text;
    else runs.push({ text, marked });
  }
  return runs;
}
