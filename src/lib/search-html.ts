/**
 * The HTML the search index reads, made to separate words the way a browser
 * does. Pagefind 1.6 ends a word at the close of a paragraph, list item,
 * table cell or div, but not at the close of `dt`, `dd`, `th`, `caption`,
 * `figcaption` or `summary`; Astro writes `</dt><dd>` with nothing between,
 * so "Relación con la red" + "Observadora" was indexed as one word
 * "redObservadora", and excerpts showed it glued. A space after those
 * closing tags gives Pagefind the break every reader sees. The built pages
 * themselves are not changed.
 */
const UNSEPARATED = /<\/(dt|dd|th|caption|figcaption|summary)\s*>/gi;

export function separateBlocks(html: string): string {
  return html.replace(UNSEPARATED, (tag) => `${tag} `);
}
