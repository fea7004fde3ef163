/**
 * Reading a frontmatter line by line, as an editor sees it: which field a
 * line writes, where its key starts, what its value is. For the messages
 * about a header the YAML parser could not read, where the parsed document
 * cannot say any of this.
 */

/** What is wrong, at which line of the YAML text (0-based) and column (1-based). */
export interface Finding {
  index: number;
  column: number;
  message: string;
  hint: string;
  /** The field, when it is not the one written on the line (a value gone on to the next line). */
  field?: string;
}

/** `key:` at the start of a line, possibly as a list item: what an editor calls the field. */
export const KEY = /^(\s*(?:-\s*)?)([A-Za-z_][\w-]*)\s*:/;
export const LIST_ITEM = /^\s*-(?:\s|$)/;

/** The field a line belongs to: its own key, or for a bare list item (`- familia`) the key of the list above it. */
export function fieldOnLine(lines: readonly string[], index: number): string {
  const own = fieldOf(lines[index]);
  if (own) return own;
  // A tab gives no depth YAML can read; the line was meant to go under the field just above it.
  const depth = /^\s*\t/.test(lines[index] ?? '') ? Infinity : indent(lines[index]);
  // A list's dashes may stand in the column of its key (`members:` then `- unicef`).
  const item = LIST_ITEM.test(lines[index] ?? '');
  for (let i = index - 1; i >= 0; i--) {
    const other = lines[i]!;
    if (other.trim() === '' || !fieldOf(other)) continue;
    if (indent(other) < depth || (item && indent(other) === depth && !LIST_ITEM.test(other))) return fieldOf(other);
  }
  return '';
}

export function fieldOf(line: string | undefined): string {
  return KEY.exec((line ?? '').replace(/\t/g, ' '))?.[2] ?? '';
}

/** Where a line's key starts (after any list dash), counted in characters: what fields of one group share. */
export function keyColumn(line: string | undefined): number | undefined {
  return KEY.exec(line ?? '')?.[1]?.length;
}

/** What follows `key: ` (or `- `) on a line, if anything does. */
export function valueOf(line: string): string | undefined {
  return /^\s*(?:-\s+)?(?:[A-Za-z_][\w-]*\s*:\s+)?(\S.*)$/.exec(line)?.[1]?.trim();
}

export function indent(line: string | undefined): number {
  return /^\s*/.exec(line ?? '')![0].length;
}

/**
 * The line written again with its value in quotes: single quotes when the
 * value has double ones. Quotes the editor already put around the whole
 * value and YAML did not take as such (curly ones, or straight ones around
 * a text that has the same quotes inside) are replaced, not kept: kept,
 * they would be published as part of the text.
 */
export function quoted(line: string, value: string): string {
  const key = KEY.exec(line)?.[0].trim() ?? '';
  const text = unwrapped(value) ?? value;
  const wrapped = text.includes('"') ? `'${text.replace(/'/g, "''")}'` : `"${text}"`;
  return `${key} ${wrapped}`.trim();
}

/** Curly quotes around a whole value, as a word processor writes them. */
export const CURLY = /^[“„”‘’](.*)[”“’‘]$/;

/** The text inside quotes that enclose all of `value` but that YAML does not read as its quotes, if it has them. */
export function unwrapped(value: string): string | undefined {
  const curly = CURLY.exec(value);
  if (curly) return curly[1];
  const straight = /^(["'])(.*)\1$/.exec(value);
  return straight?.[2]?.includes(straight[1]!) ? straight[2] : undefined;
}
