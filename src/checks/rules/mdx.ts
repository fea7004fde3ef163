/**
 * `.mdx` is code: it is compiled to JavaScript and run by the build, with
 * the build's access to files and secrets, and a sanitiser over it would
 * silently delete its components. So it gets its own rules, simple and
 * strict:
 * - it lives only in the collections of long documents (MDX_COLLECTIONS);
 * - it may import only the project's own components, `import Name from
 *   '../../src/components/Name.astro'`, one per line;
 * - no `export`;
 * - `{expressions}` hold only data: texts, numbers, true/false/null, lists
 *   and objects. No names, calls or property access, so nothing can reach
 *   `process`, `import.meta.env`, `require`, `fetch` or Node's modules;
 * - tags follow the same allowlist as raw HTML in `.md`, and every component
 *   used is imported (an unknown one fails the render, after Astro has
 *   already emptied the output folder).
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { closest } from '../../lib/suggest.ts';
import type { CollectionName } from '../../schemas/shared.ts';
import { advance, filePoint, maskCode } from '../body.ts';
import { judgeTag, scanTags } from '../html-tags.ts';
import type { Problem } from '../problem.ts';
import { BODY, type Context, type Document, type DocumentRule } from './rule.ts';

/** Collections whose documents may be `.mdx`. Directory entries (organisations, groups) are data, always `.md`. */
export const MDX_COLLECTIONS: readonly CollectionName[] = ['meetings', 'events', 'positions', 'updates'];

const IMPORT = /^import\s+([A-Za-z_$][\w$]*)\s+from\s+(['"])([^'"\n]+)\2\s*;?\s*$/;
const IMPORT_FORM = "import Nombre from '../../src/components/Nombre.astro'";
const MDX_SYNTAX_HINT = 'en MDX cada etiqueta se cierra (<b>…</b>), < y { se escriben \\< y \\{ en el texto, y los comentarios {/* … */}; si no usa componentes, guárdelo como .md';

export const mdx: DocumentRule = (document, context) => {
  const { extension, collection, source } = document;
  if (extension !== '.mdx') return [];
  const problem = (at: { line: number; column: number }, message: string, hint: string): Problem => ({ file: source.path, ...at, field: BODY, message, hint });
  if (!MDX_COLLECTIONS.includes(collection)) {
    return [problem({ line: 1, column: 1 }, `Los archivos .mdx solo se admiten en ${MDX_COLLECTIONS.map((c) => `content/${c}/`).join(', ')}`, `guárdelo como ${document.id}.md`)];
  }
  const start = { line: source.bodyFirstLine, column: 1 };
  const at = (offset: number) => advance(start, source.body, offset);
  let text = maskCode(source.body);
  const problems: Problem[] = [];
  const components = new Set<string>();

  let offset = 0;
  for (const line of text.split('\n')) {
    if (/^export\b/.test(line)) {
      problems.push(problem(at(offset), 'export en MDX: define código que se ejecuta al publicar el sitio', 'bórrelo; los datos del documento van en el encabezado'));
    } else if (/^import\b/.test(line)) {
      const found = judgeImport(line, document, context);
      if (typeof found === 'string') components.add(found);
      else problems.push(problem(at(offset), found.message, found.hint));
    }
    if (/^(import|export)\b/.test(line)) text = text.slice(0, offset) + ' '.repeat(line.length) + text.slice(offset + line.length);
    offset += line.length + 1;
  }

  for (const expression of expressions(text)) {
    const found = judgeExpression(expression.content);
    if (found) problems.push(problem(at(expression.offset), found, 'use solo textos, números, listas y objetos entre llaves, p. ej. {["uno", "dos"]}'));
    text = text.slice(0, expression.offset) + ' '.repeat(expression.length) + text.slice(expression.offset + expression.length);
  }

  for (const tag of scanTags(text)) {
    for (const finding of judgeTag(tag, { components })) problems.push(problem(at(finding.offset), finding.message, finding.hint));
  }
  // A body the MDX parser cannot read stops the build. Most often one of the
  // mistakes above is the cause (an HTML comment, a stray brace): then they
  // are what to fix, and the parser's complaint would be a second message for
  // the same mistake.
  if (document.syntaxError && problems.length === 0) {
    const { reason, ...point } = document.syntaxError;
    problems.push(problem(filePoint(source, point), `El MDX no se puede compilar: la página no se publicaría (${reason})`, MDX_SYNTAX_HINT));
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
};

/** The component name an import brings in, or what is wrong with it. */
function judgeImport(line: string, document: Document, context: Context): string | { message: string; hint: string } {
  const match = IMPORT.exec(line.trim());
  if (!match) return { message: 'Importación con una forma no admitida en MDX', hint: `use una línea por componente: ${IMPORT_FORM}` };
  const [, name = '', , specifier = ''] = match;
  if (specifier.startsWith('node:') || !specifier.startsWith('.')) {
    return {
      message: `import de «${specifier}»: daría al documento acceso a programas y archivos del servidor que publica`,
      hint: `importe solo componentes del proyecto: ${IMPORT_FORM}`,
    };
  }
  const folder = join(context.root, 'src', 'components');
  const target = resolve(dirname(join(context.root, document.source.path)), specifier);
  if (!target.startsWith(folder + sep) || !target.endsWith('.astro')) {
    return { message: `import de «${specifier}»: solo se admiten componentes .astro de src/components/`, hint: IMPORT_FORM };
  }
  if (!existsSync(target)) {
    const known = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.astro')) : [];
    const guess = closest(relative(folder, target), known);
    return { message: `El componente «${relative(context.root, target)}» no existe`, hint: guess ? `¿quiso decir «${guess}»?` : 'revise el nombre del archivo en src/components/' };
  }
  if (!/^[A-Z]/.test(name)) return { message: `El nombre «${name}» debe empezar por mayúscula para usarse como componente`, hint: IMPORT_FORM };
  return name;
}

const HAZARDS: [RegExp, string][] = [
  [/\bprocess\b/, 'lee el entorno del servidor que publica (process)'],
  [/\bimport\s*\.\s*meta\b/, 'lee la configuración del servidor que publica (import.meta)'],
  [/\brequire\b|\bimport\s*\(/, 'carga programas de Node en el servidor que publica'],
  [/\bfetch\b/, 'descarga datos de otro sitio al publicar'],
  [/\beval\b|\bFunction\b|\bconstructor\b|\bglobalThis\b/, 'ejecuta código arbitrario al publicar'],
];

/** Why an `{expression}` is refused, or undefined when it is plain data. */
export function judgeExpression(content: string): string | undefined {
  const code = content.replace(/\/\*[\s\S]*?\*\//g, ' ');
  if (code.trim() === '') return undefined; // {/* a comment */}
  for (const [pattern, reason] of HAZARDS) if (pattern.test(code)) return `Expresión que ${reason}`;
  const TOKEN = /\s+|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|-?\d+(?:\.\d+)?|[[\]{},:]|[\p{L}_$][\p{L}\p{N}_$]*|./guy;
  for (const match of code.matchAll(TOKEN)) {
    const token = match[0];
    if (/^(?:\s+|-?\d[\d.]*|["'].*)$/s.test(token)) continue; // space, number, quoted text
    if (/^[\p{L}_$]/u.test(token)) {
      const next = code.slice(match.index + token.length).trimStart();
      if (['true', 'false', 'null'].includes(token) || next.startsWith(':')) continue;
      return `Expresión con código («${token}») no admitida en MDX`;
    }
    if (token.length === 1 && !/[\s[\]{},:]/.test(token)) return `Expresión con código («${token}») no admitida en MDX`;
  }
  return undefined;
}

/** Every `{…}` outside code, with nested braces and quoted text inside it. */
function expressions(text: string): { offset: number; length: number; content: string }[] {
  const found: { offset: number; length: number; content: string }[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '{') {
      i++;
      continue;
    }
    let depth = 0;
    let quote = '';
    let j = i;
    for (; j < text.length; j++) {
      const c = text[j];
      if (quote) {
        if (c === '\\') j++;
        else if (c === quote) quote = '';
      } else if (c === '"' || c === "'" || c === '`') quote = c;
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) break;
    }
    found.push({ offset: i, length: j + 1 - i, content: text.slice(i + 1, j) });
    i = j + 1;
  }
  return found;
}
