/**
 * Invisible characters that arrive by copy and paste from PDFs, Word or chat
 * apps: control characters (which make the page invalid and can cut a line
 * in the search index) and the bidirectional overrides that make text read
 * differently from how it is stored. Tabs, line ends and ordinary spaces are
 * fine. One problem per line, at the first such character.
 */
import type { Problem } from '../problem.ts';
import { fieldAt } from '../source-file.ts';
import { BODY, type DocumentRule } from './rule.ts';

// U+FFFE and U+FFFF too: not characters at all, and Astro's YAML reader refuses a header that has one.
// eslint-disable-next-line no-control-regex -- finding control characters is this rule's purpose
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/g;

export const controlCharacters: DocumentRule = ({ source }) => {
  const problems: Problem[] = [];
  let lastLine = 0;
  for (const match of source.text.matchAll(INVISIBLE)) {
    const before = source.text.slice(0, match.index);
    const line = before.split('\n').length;
    if (line === lastLine) continue;
    lastLine = line;
    const code = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    const bidi = /[\u202A-\u202E\u2066-\u2069]/.test(match[0]);
    const inBody = match.index >= source.text.length - source.body.length;
    problems.push({
      file: source.path,
      line,
      column: match.index - before.lastIndexOf('\n'),
      field: inBody ? BODY : fieldAt(source, match.index),
      message: bidi
        ? `Carácter invisible U+${code} que cambia el sentido de lectura del texto`
        : `Carácter de control invisible U+${code}: suele llegar al copiar y pegar desde un PDF o un procesador de textos`,
      hint: 'bórrelo (en el editor, borre y vuelva a escribir esa parte de la línea)',
    });
  }
  return problems;
};
