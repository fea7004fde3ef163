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

/**
 * Whether a line `word: …` below the plain text of the value at `path`,
 * where that text may go on, is more of it (`  Nota: la red pidió…`) rather
 * than a field out of place (`  kind: network`): the schema's to say
 * (content.ts), from the word and the value's text joined up to that line.
 */
export type TextGoesOn = (path: readonly (string | number)[], word: string, text: string) => boolean;

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

/**
 * The keys from the top of the header down to the value written on the
 * line at `index`: `['action_items', 0, 'text']` for `  - text: …` under
 * `action_items:`, `['agenda', 0]` for a bare `  - …` under `agenda:`. Every
 * item of a list is 0: which one does not change what the schema takes
 * there. Undefined when the lines above do not say (a list of lists).
 */
export function pathOf(lines: readonly string[], index: number): (string | number)[] | undefined {
  const path: (string | number)[] = [];
  let at: number | undefined = index;
  if (!fieldOf(lines[index])) {
    if (!LIST_ITEM.test(lines[index] ?? '')) return undefined;
    path.unshift(0);
    at = listOwner(lines, index);
  }
  while (at !== undefined) {
    const line = lines[at]!;
    path.unshift(fieldOf(line));
    // A `- key:` line opens an item: the group is that item, in the list of the key above.
    if (LIST_ITEM.test(line)) {
      path.unshift(0);
      at = listOwner(lines, at);
      continue;
    }
    const column = keyColumn(line)!;
    const up = lines.slice(0, at).findLastIndex((other) => isContent(other) && (indent(other) < column || (LIST_ITEM.test(other) && keyColumn(other) === column)));
    if (up < 0) return path;
    const upper = lines[up]!;
    // The first key of the same item (`  - text:` over `    status:`), or the key whose group this is.
    if (LIST_ITEM.test(upper) && keyColumn(upper) === column) {
      path.unshift(0);
      at = listOwner(lines, up);
    } else at = fieldOf(upper) ? up : undefined;
  }
  return undefined;
}

/** The line of the `key:` whose list has the item at `index`: above it, no deeper than its dash, and no item itself at that dash. */
function listOwner(lines: readonly string[], index: number): number | undefined {
  const dash = indent(lines[index]);
  for (let i = index - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (!isContent(line) || indent(line) > dash || (LIST_ITEM.test(line) && indent(line) === dash)) continue;
    return fieldOf(line) && keyColumn(line)! <= dash ? i : undefined;
  }
  return undefined;
}

/** A line that holds something: not blank, not only a comment. */
const isContent = (line: string) => line.trim() !== '' && !/^\s*#/.test(line);

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
