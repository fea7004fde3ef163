/** Reading built pages the way a reader sees them: visible text and link targets. */

/** The page's text with tags removed and whitespace collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every href on the page, in order. */
export function linksOf(html: string): string[] {
  return [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1] ?? '');
}

/** The HTML of the element with this id, up to its closing tag of the same name (no nesting of that tag inside). */
export function sectionOf(html: string, id: string): string {
  const start = html.search(new RegExp(`<(\\w+)[^>]*\\sid="${id}"`));
  if (start < 0) return '';
  return html.slice(start, start + 20_000);
}
