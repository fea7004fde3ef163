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
