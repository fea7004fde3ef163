/**
 * A frontmatter that does not parse, told the way an editor fixes it. The
 * YAML parser reports what it could not read, and after the first mistake
 * it reads the rest of the header wrongly too: a tab or a missing space
 * became a dozen lines about colons. So only the first syntax error is
 * reported (the editor fixes it and runs the check again), plus every
 * repeated field, which does not confuse the parser. Each is named by the
 * field written on its line and, where the line shows what was meant, with
 * the line as it should be written. The parser often notices a mistake a
 * line before or after it was made (a line indented too far reads as the
 * rest of the value above it), so the lines around are read too.
 */
import { colonGoingOn, misusedDash, unclosedFlow, unindentedContinuation, wordGoesOn } from './header-slips.ts';
import { CURLY, fieldOf, fieldOnLine, type Finding, indent, KEY, keyColumn, LIST_ITEM, quoted, type TextGoesOn, unwrapped, valueOf } from './yaml-lines.ts';

export interface YamlError {
  code: string;
  message: string;
  /** Offsets in the YAML text, as the parser gives them. */
  pos: [number, number];
}

export interface YamlProblem {
  /** 1-based line in the file. */
  line: number;
  column: number;
  field: string;
  message: string;
  hint: string;
}

/** `kind:un-forum`: a key glued to its value (a web address's `https://` is not one). */
const GLUED = /^(\s*(?:-\s+)?[A-Za-z_][\w-]*):(?!\/\/)(\S.*)$/;
/** `-text: …`: a list item without the space after its dash (`---` is not one). */
const NO_SPACE_AFTER_DASH = /^\s*-(?![\s-])(.*)$/;

/**
 * `firstLine`: the file's line where the YAML text starts (the one after
 * `---`). `goesOn`: the schema's word on a line that may be more of a text
 * or a field (yaml-lines.ts `TextGoesOn`); without it, such a line is a field.
 */
export function yamlProblems(yaml: string, errors: readonly YamlError[], firstLine: number, goesOn?: TextGoesOn): YamlProblem[] {
  const lines = yaml.split('\n').map((line) => line.replace(/\r$/, ''));
  const at = (offset: number) => {
    const before = yaml.slice(0, offset).split('\n');
    return { index: before.length - 1, column: before.at(-1)!.length + 1 };
  };
  const asProblem = ({ index, field, ...rest }: Finding): YamlProblem => ({ line: index + firstLine, field: field ?? fieldOnLine(lines, index), ...rest });

  const found: YamlProblem[] = [];
  const ordered = [...errors].sort((a, b) => a.pos[0] - b.pos[0]);
  const syntax = ordered.find((error) => error.code !== 'DUPLICATE_KEY');
  // A tab before a list item trips the parser on the field above it first («owners:» read as a key
  // with a block for a name): the tab is the mistake to fix, if it is on that line or the next.
  const tab = ordered.find((error) => error.code === 'TAB_AS_INDENT');
  const first = syntax && tab && at(tab.pos[0]).index <= at(syntax.pos[0]).index + 1 ? tab : syntax;
  // A «–» or «•» for a list's dash among real items breaks the list at that line or the next: it is the mistake.
  const dash = first ? misusedDash(lines) : undefined;
  if (first && dash && dash.index <= at(first.pos[0]).index + 1) found.push(asProblem(dash));
  else if (first) found.push(asProblem(describe(first, lines, at(first.pos[0]), firstLine, goesOn)));
  for (const error of ordered) {
    if (error.code !== 'DUPLICATE_KEY') continue;
    const { index, column } = at(error.pos[0]);
    const field = fieldOf(lines[index]);
    const earlier = lines.findIndex((line, i) => i < index && fieldOf(line) === field && keyColumn(line) === keyColumn(lines[index]));
    found.push(
      asProblem({
        index,
        column,
        message: earlier >= 0 ? `Campo «${field}» repetido: ya está en la línea ${earlier + firstLine}` : 'Campo repetido en el encabezado',
        hint: 'deje una sola línea con ese campo',
      }),
    );
  }
  return found;
}

function describe(error: YamlError, lines: readonly string[], { index, column }: { index: number; column: number }, firstLine: number, goesOn: TextGoesOn | undefined): Finding {
  const line = lines[index] ?? '';
  const here = (message: string, hint: string): Finding => ({ index, column, message, hint });

  const unclosed = /Missing closing (["'])quote/.exec(error.message)?.[1];
  if (unclosed) {
    const opened = openingQuote(lines, unclosed);
    if (opened !== undefined) {
      return {
        index: opened,
        column: lines[opened]!.indexOf(unclosed) + 1,
        message: `Comillas sin cerrar: el valor empieza con ${unclosed} y no termina con otra`,
        hint: `cierre las comillas (${unclosed}) al final del valor, en la misma línea`,
      };
    }
  }
  if (error.code === 'TAB_AS_INDENT') return here('Hay un tabulador como sangría', 'use espacios, nunca tabuladores, para la sangría');
  // These two point at the character after which the space goes.
  const glued = GLUED.exec(line);
  if (glued) {
    return { index, column: glued[1]!.length + 1, message: `Falta un espacio después de «:» en «${line.trim()}»`, hint: `escriba «${glued[1]!.trim()}: ${glued[2]}»` };
  }
  const dash = NO_SPACE_AFTER_DASH.exec(line);
  if (dash) return { index, column: line.indexOf('-') + 1, message: 'Falta un espacio después del guion «-» de la lista', hint: `escriba «- ${dash[1]}»` };

  const value = valueOf(line);
  switch (error.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      if (value !== undefined && CURLY.test(value)) {
        return here(`El valor va entre comillas tipográficas (${value[0]}…${value.at(-1)}), que en el encabezado no cuentan como comillas`, `cámbielas por comillas rectas: ${quoted(line, value)}`);
      }
      if (value !== undefined && /:(\s|$)/.test(value)) return here('Un valor contiene «:» seguido de espacio sin comillas', `ponga el valor entre comillas: ${quoted(line, value)}`);
      // No colon in this value: the next line, indented too far, was read as more of it.
      const next = lines.findIndex((other, i) => i > index && other.trim() !== '');
      // Or it goes on to that line, whose first word and «:» (`  Nota: la red pidió…`) is no field's name.
      const colon = colonGoingOn(lines, index, firstLine);
      const text = colon?.index === next && wordGoesOn(lines, index, next, goesOn);
      const misplaced = text ? undefined : ((next >= 0 ? misaligned(lines, next, firstLine) : undefined) ?? misaligned(lines, index, firstLine));
      if (misplaced) return misplaced;
      // Or the value goes on to a line that has one.
      const continued = unindentedContinuation(lines, index, firstLine) ?? colon;
      if (continued) return continued;
      break;
    }
    case 'UNEXPECTED_TOKEN':
      if (value && unwrapped(value) !== undefined) {
        const [inside, other] = value[0] === '"' ? ['dobles', 'simples'] : ['simples', 'dobles'];
        return here(`El valor entre comillas ${inside} lleva otras comillas ${inside} dentro: ${value}`, `enciérrelo entre comillas ${other}: ${quoted(line, value)}`);
      }
      if (value && /^["']/.test(value)) {
        return here(`El valor empieza con comillas y sigue después de cerrarlas: ${value}`, `ponga todo el valor entre comillas: ${quoted(line, value)}`);
      }
      if (value && /^[[{]/.test(value)) return here(`Un valor que empieza por «${value[0]}» se lee como una lista`, `ponga el valor entre comillas: ${quoted(line, value)}`);
      break;
    case 'BAD_SCALAR_START':
      if (value) return here(`Un valor no puede empezar por «${value[0]}» sin comillas`, `ponga el valor entre comillas: ${quoted(line, value)}`);
      break;
    case 'BAD_INDENT':
    case 'MISSING_CHAR': {
      // «… must be sufficiently indented and end with a ]»: the «]» is what is missing, on the line that opened the list.
      const closer = /end with an? ([\]}])/.exec(error.message)?.[1];
      const unclosed = closer ? unclosedFlow(lines, index, closer) : undefined;
      if (unclosed) return unclosed;
      return unindentedContinuation(lines, index, firstLine) ?? misaligned(lines, index, firstLine) ?? here('Sangría o estructura incorrecta en el encabezado', 'alinee los campos de un mismo grupo, y los elementos de una lista, con los mismos espacios');
    }
  }
  return here(`El encabezado no es YAML válido (${error.code})`, 'revise comillas, sangría y dos puntos en esa línea');
}

/**
 * The line at `index` set against the one it should line up with: the list
 * item before it if it is one, else the field written just above it.
 */
function misaligned(lines: readonly string[], index: number, firstLine: number): Finding | undefined {
  const line = lines[index]!;
  const item = LIST_ITEM.test(line);
  const above = lines.slice(0, index).findLastIndex((other) => (item ? LIST_ITEM.test(other) : KEY.test(other)));
  if (above < 0) return undefined;
  const [mine, theirs] = item ? [indent(line), indent(lines[above])] : [keyColumn(line), keyColumn(lines[above])];
  if (mine === undefined || theirs === undefined || mine === theirs) return undefined;
  const aboveLine = above + firstLine;
  if (item) {
    return {
      index,
      column: mine + 1,
      message: `Sangría incorrecta: el guion de esta línea está en la columna ${mine + 1}, y el de la línea ${aboveLine} en la ${theirs + 1}`,
      hint: 'los elementos de una misma lista van alineados: sus guiones, en la misma columna',
    };
  }
  return {
    index,
    column: mine + 1,
    message: `Sangría incorrecta: «${fieldOf(line)}» empieza en la columna ${mine + 1}, y «${fieldOf(lines[above])}» (línea ${aboveLine}) en la ${theirs + 1}`,
    hint: 'los campos de un mismo grupo van alineados: empiezan en la misma columna',
  };
}

/** The first line whose value opens `quote` and does not close it on that line: where an unclosed quote began. */
function openingQuote(lines: readonly string[], quote: string): number | undefined {
  const closed = quote === '"' ? /^"(?:[^"\\]|\\.)*"/ : /^'(?:[^']|'')*'/;
  const index = lines.findIndex((line) => {
    const value = valueOf(line);
    return value !== undefined && value.startsWith(quote) && !closed.test(value);
  });
  return index >= 0 ? index : undefined;
}

/**
 * A field left empty because its value began with «#», which YAML reads as
 * the start of a comment (`organizer: #MMI-LAC`): the fix, or undefined
 * when the line is not one.
 */
export function commentedValue(line: string): { message: string; hint: string } | undefined {
  const match = /^(\s*(?:-\s+)?[A-Za-z_][\w-]*\s*:)\s+(#.*?)\s*$/.exec(line) ?? /^(\s*-)\s+(#.*?)\s*$/.exec(line);
  if (!match) return undefined;
  const [, key, value] = match;
  return {
    message: `El valor ${value} empieza por «#», y lo que sigue a «#» se lee como un comentario: el campo queda vacío`,
    hint: `ponga el valor entre comillas: ${key!.trim()} "${value!.replace(/"/g, '\\"')}"`,
  };
}
