/**
 * Invisible characters that arrive by copy and paste from PDFs, Word or chat
 * apps: control characters (which make the page invalid and can cut a line
 * in the search index), the bidirectional overrides and marks that make text
 * read differently from how it is stored, and the zero-width ones (a
 * zero-width space, a soft hyphen, a stray byte-order mark) that split a
 * word so search no longer finds it and make a name or an id differ from
 * the one it looks like. Tabs, line ends, ordinary spaces and non-breaking
 * spaces (typography in a sentence; in an id or a date the messages of
 * those fields name them) are fine, and so is a zero-width joiner between
 * two emoji, which is how a family or a flag emoji is written. So is one in
 * an id: the reference's message names it already, with where it stands in
 * the id (content.ts `invisibleNamed`). One problem per line, at the first
 * such character.
 */
import { codePoint, escaped, ZERO_WIDTH } from '../invisible.ts';
import type { Problem } from '../problem.ts';
import { fieldAt } from '../source-file.ts';
import { BODY, type DocumentRule } from './rule.ts';

const BIDI = String.raw`\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069`;
// U+FFFE and U+FFFF too: not characters at all, and Astro's YAML reader refuses a header that has one.
// A BOM at the very start of the file never gets here: readSource drops it.
const IS_BIDI = new RegExp(`[${BIDI}]`, 'u');
const INVISIBLE = new RegExp(`[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F${BIDI}\\uFFFE\\uFFFF${escaped(Object.keys(ZERO_WIDTH))}]`, 'gu');

/** A zero-width joiner inside an emoji sequence (after a pictograph, its variation selector or skin tone; before a pictograph). */
const EMOJI_BEFORE = /(?:\p{Extended_Pictographic}|\uFE0F|[\u{1F3FB}-\u{1F3FF}])$/u;
const EMOJI_AFTER = /^\p{Extended_Pictographic}/u;

export const controlCharacters: DocumentRule = ({ source, namedInvisible = [] }) => {
  const problems: Problem[] = [];
  let lastLine = 0;
  for (const match of source.text.matchAll(INVISIBLE)) {
    const before = source.text.slice(0, match.index);
    if (match[0] === '\u200D' && EMOJI_BEFORE.test(before) && EMOJI_AFTER.test(source.text.slice(match.index + 1))) continue;
    if (namedInvisible.some(([start, end]) => match.index >= start && match.index < end)) continue;
    const line = before.split('\n').length;
    if (line === lastLine) continue;
    lastLine = line;
    const code = codePoint(match[0]);
    const inBody = match.index >= source.text.length - source.body.length;
    const zeroWidth = ZERO_WIDTH[match[0]];
    problems.push({
      file: source.path,
      line,
      column: match.index - before.lastIndexOf('\n'),
      field: inBody ? BODY : fieldAt(source, match.index),
      message: IS_BIDI.test(match[0])
        ? `Carácter invisible ${code} que cambia el sentido de lectura del texto`
        : zeroWidth
          ? `Carácter invisible ${code} (${zeroWidth}): suele llegar al copiar y pegar desde un PDF, un procesador de textos o una página web, y parte la palabra para la búsqueda`
          : `Carácter de control invisible ${code}: suele llegar al copiar y pegar desde un PDF o un procesador de textos`,
      hint: 'bórrelo (en el editor, borre y vuelva a escribir esa parte de la línea)',
    });
  }
  return problems;
};
