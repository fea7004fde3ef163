/**
 * Slips of a header written by hand that the YAML parser reports as a
 * wrong indentation somewhere else, or reads as another field: a list item
 * that starts with a dash a word processor or a phone made typographic
 * («–», «•»), a list opened with «[» whose «]» is missing, and a long value
 * that goes on to the next line without indentation, or with a «: » in it.
 * Each is told at its own line, with its fix.
 */
import { fieldOf, fieldOnLine, type Finding, indent, KEY, keyColumn, LIST_ITEM, pathOf, quoted, type TextGoesOn, valueOf } from './yaml-lines.ts';

/** `key:` and what follows its colon on the line (`''` for nothing, a comment aside). */
const KEY_AND_VALUE = /^\s*(?:-\s+)?[A-Za-z_][\w-]*\s*:(?:\s+(.*?))?\s*$/;

/** A list item's dash as other programs write it: en and em dash, minus sign, bullets, a Markdown `*`. */
const DASH_LIKE = /^(\s*)([\u2010-\u2015\u2212\u2022\u00b7\u25aa\u25cf\u25e6]|\*(?=\s))\s*(\S.*)?$/;

/**
 * The first line written as a list item with a dash that is not «-», where
 * a list goes: under `key:` with nothing after it, or among the items of a
 * list. Among real items it breaks the list, and the parser trips on it;
 * as the first item, the whole list is read as one text (see `dashedList`).
 */
export function misusedDash(lines: readonly string[]): Finding | undefined {
  for (let index = 0; index < lines.length; index++) {
    if (DASH_LIKE.test(lines[index]!) && opensList(lines, index)) return dashed(lines, index);
  }
  return undefined;
}

/**
 * A list written with «–» or «•» from its first item: YAML reads it, as one
 * text, and the schema asks for a list. `keyIndex`: the line of its `key:`.
 */
export function dashedList(lines: readonly string[], keyIndex: number): Finding | undefined {
  const index = lines.findIndex((line, i) => i > keyIndex && line.trim() !== '' && !/^\s*#/.test(line));
  return index >= 0 && DASH_LIKE.test(lines[index]!) && opensList(lines, index) ? dashed(lines, index) : undefined;
}

function dashed(lines: readonly string[], index: number): Finding {
  const [, before = '', dash = '', item = ''] = DASH_LIKE.exec(lines[index]!)!;
  return {
    index,
    column: before.length + 1,
    field: fieldOnLine(lines.with(index, `${before}- ${item}`), index),
    message: `El elemento de la lista empieza con «${dash}» en lugar del guion «-»`,
    hint: `escriba el guion del teclado (-) y un espacio: «- ${item}»`,
  };
}

/** Whether the line at `index` stands where a list item does: after `key:` alone, or after another item (either dash). */
function opensList(lines: readonly string[], index: number): boolean {
  const above = lines.slice(0, index).findLast((line) => line.trim() !== '' && !/^\s*#/.test(line));
  if (above === undefined) return false;
  if (LIST_ITEM.test(above) || DASH_LIKE.test(above)) return indent(above) === indent(lines[index]);
  return ownValue(above)?.replace(/^#.*/, '') === '' && indent(lines[index]) >= (keyColumn(above) ?? 0);
}

/**
 * A list or group opened with «[» or «{» and never closed (`coordinators:
 * [unicef, lumos`): YAML notices on a later line. Told at the line that
 * opened it, where the closing character goes.
 */
export function unclosedFlow(lines: readonly string[], index: number, closer: string): Finding | undefined {
  const opener = closer === ']' ? '[' : '{';
  for (let i = Math.min(index, lines.length - 1); i >= 0; i--) {
    const line = lines[i]!;
    if (!valueOf(line)?.startsWith(opener)) continue;
    const end = line.trimEnd();
    const [opened, atItsEnd] = opener === '[' ? ['la lista abierta', 'al final de la lista'] : ['el grupo abierto', 'al final del grupo'];
    return {
      index: i,
      column: end.length + 1,
      message: `Falta el «${closer}» que cierra ${opened} con «${opener}» en esta línea`,
      hint: `escriba «${closer}» ${atItsEnd}: ${end.trim()}${closer}`,
    };
  }
  return undefined;
}

/**
 * A value that goes on at the start of the next line (`summary: Una
 * organización` and, below, `que trabaja…`): YAML reads that line as a new
 * field without its colon. With a colon (`y acordó lo siguiente: pedir…`)
 * it is a field to both readers, named with spaces, and the text stops at
 * the line before; indenting it is no fix then (see `colonGoingOn`), quotes
 * are. Told at the line that goes on, naming the field it belongs to. A
 * line that starts with one word and «:» (`Nota: la red pidió…`) is written
 * as a field is: it goes on only when `goesOn` says so (see `wordGoesOn`).
 */
export function unindentedContinuation(lines: readonly string[], index: number, firstLine: number, goesOn?: TextGoesOn): Finding | undefined {
  const line = lines[index] ?? '';
  const fieldLike = fieldOf(line) !== '';
  if (line.trim() === '' || (fieldLike && !goesOn) || LIST_ITEM.test(line)) return undefined;
  // Up over lines that already go on (indented as they should), to the field or list item whose value this is.
  let above = index - 1;
  while (above >= 0 && (lines[above]!.trim() === '' || (!KEY.test(lines[above]!) && !LIST_ITEM.test(lines[above]!)))) above--;
  const start = lines[above];
  if (start === undefined) return undefined;
  const keyed = KEY.test(start);
  const value = keyed ? ownValue(start) : valueOf(start);
  // The text goes on only past the column of its key, or of its dash: less and YAML reads a new line of the header.
  const needed = keyed ? (keyColumn(start) ?? 0) + 2 : indent(start) + 2;
  // Only a plain text goes on this way; quoted, listed and block values have their own messages.
  if (!value || /^["'[{|>&*!#]/.test(value) || indent(line) >= needed) return undefined;
  if (fieldLike && !wordGoesOn(lines, above, index, goesOn)) return undefined;
  const field = keyed ? fieldOf(start) : fieldOnLine(lines, above);
  const here = index + firstLine;
  const shallow = indent(line) ? 'con poca sangría' : 'sin sangría';
  const named = KEY_IN_TEXT.exec(line)?.[1];
  if (named) {
    return { index, column: indent(line) + 1, field, message: `El texto de «${field}» sigue en la línea ${here} ${shallow}, y por su «:» se lee como otro campo, «${named}»`, hint: inQuotes(lines, above, index, indent(line) + 1) };
  }
  return {
    index,
    column: indent(line) + 1,
    field,
    message: `El texto de «${field}» sigue en la línea ${here} ${shallow}, y se lee como otro campo`,
    hint: `escríbalo en una sola línea, o empiece la línea ${here} con ${needed} espacios`,
  };
}

/**
 * A plain text that goes on, indented as it should, to a line with «: »
 * (`summary: La red se reunió` and, below, `  y acordó lo siguiente: pedir
 * una audiencia`): YAML reads all the text before that colon as the name
 * of a field, one that spans lines, and neither reader can read the header.
 * `index`: the line whose value goes on, where the parser stops.
 */
export function colonGoingOn(lines: readonly string[], index: number, firstLine: number): Finding | undefined {
  const start = lines[index] ?? '';
  const keyed = KEY.test(start);
  const value = keyed ? ownValue(start) : valueOf(start);
  if (!value || /^["'[{|>&*!#]/.test(value)) return undefined;
  const needed = keyed ? (keyColumn(start) ?? 0) + 2 : indent(start) + 2;
  for (let i = index + 1; i < lines.length && (lines[i]!.trim() === '' || indent(lines[i]) >= needed); i++) {
    const named = KEY_IN_TEXT.exec(lines[i]!);
    if (!named) continue;
    const field = keyed ? fieldOf(start) : fieldOnLine(lines, index);
    return {
      index: i,
      column: named[0].length,
      field,
      message: `El texto de «${field}» sigue en la línea ${i + firstLine} con «:» seguido de espacio: sin comillas, lo que va antes de «:» se lee como el nombre de un campo, y el encabezado no se puede leer`,
      hint: inQuotes(lines, index, i, needed),
    };
  }
  return undefined;
}

/**
 * Whether the line at `index`, one word and «:» (`Nota: la red pidió…`)
 * below the plain text of the value at `start`, is more of that text
 * rather than a field: a field's name there is more likely a field slipped
 * out of place (`  kind: network`) than a word of the text, so it is text
 * only when `goesOn` (the schema) says the word is no field name and the
 * value takes the text joined. Without `goesOn`, a field.
 */
export function wordGoesOn(lines: readonly string[], start: number, index: number, goesOn: TextGoesOn | undefined): boolean {
  const word = fieldOf(lines[index]);
  const path = pathOf(lines, start);
  return !!goesOn && !!word && !!path && goesOn(path, word, joinedText(lines, start, index + 1));
}

/** A line of text up to a colon that YAML takes as a key's (one followed by a space, or ending the line): what it reads as the key. */
const KEY_IN_TEXT = /^\s*([^\s#].*?)\s*:(?=\s|$)/;

/**
 * The fix for a text whose lines YAML reads as more than one field: the
 * `key:` line at `start` written again with the whole text in quotes, its
 * lines from `start` through `through` and those below it indented at
 * least `deeper` spaces, which go on with it.
 */
function inQuotes(lines: readonly string[], start: number, through: number, deeper: number): string {
  let end = through + 1;
  while (end < lines.length && lines[end]!.trim() !== '' && indent(lines[end]) >= deeper && !LIST_ITEM.test(lines[end]!)) end++;
  // A list item is written again with its dash: `- "Retos: la niñez"`.
  return `escríbalo en una sola línea, entre comillas: ${KEY.test(lines[start]!) ? '' : '- '}${quoted(lines[start]!, joinedText(lines, start, end))}`;
}

/** The value on the line at `start` and the lines after it up to `end`, as one text: what the editor meant it to read. */
function joinedText(lines: readonly string[], start: number, end: number): string {
  const first = KEY.test(lines[start]!) ? ownValue(lines[start]!) : valueOf(lines[start]!);
  return [first, ...lines.slice(start + 1, end).map((line) => line.trim())].filter(Boolean).join(' ');
}

/** What a `key:` line holds after its colon: `''` when nothing, undefined when the line is no `key:`. */
function ownValue(line: string): string | undefined {
  const match = KEY_AND_VALUE.exec(line);
  return match ? (match[1] ?? '') : undefined;
}
