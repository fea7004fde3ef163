/**
 * Reads a content file the way an editor wrote it: raw bytes checked for
 * encoding, frontmatter split from the body, YAML parsed with positions so
 * every problem can point at a line. Astro parses the same text with another
 * YAML parser; this one is strict (duplicate keys, tabs) and keeps dates as
 * text, so impossible dates are seen before anything rolls them over. What
 * Astro's parser makes of the same text is kept beside it (`published`,
 * astro-frontmatter.ts), for what the two read differently.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { readAsAstro } from './astro-frontmatter.ts';
import { yamlProblems } from './yaml-errors.ts';
import { fieldOnLine, type TextGoesOn } from './yaml-lines.ts';

export interface SourceFile {
  /** Project-relative path. */
  path: string;
  text: string;
  /** The parsed frontmatter, or undefined when there is none or it does not parse. */
  document?: Document;
  data?: unknown;
  /** The frontmatter as the build reads it (astro-frontmatter.ts), when both readers can read it. */
  published?: unknown;
  lineCounter: LineCounter;
  /** Line where the frontmatter's YAML starts (1-based). */
  yamlFirstLine: number;
  /** Offset in `text` where the frontmatter's YAML starts. */
  yamlOffset: number;
  /** Line where the body starts (1-based). */
  bodyFirstLine: number;
  body: string;
  /** Problems found while reading, before any schema. */
  readProblems: { line: number; column: number; field?: string; message: string; hint: string }[];
}

/**
 * Spaces after either `---` are allowed: Astro's reader (`frontmatterRE` in
 * @astrojs/internal-helpers) takes `--- ` as the opening line and publishes
 * the file, and a web editor can leave that space unseen.
 */
const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** `goesOn`: the schema's word on a header line that may be more of a text or a field (yaml-lines.ts `TextGoesOn`). */
export function readSource(path: string, bytes: Uint8Array, goesOn?: TextGoesOn): SourceFile {
  const lineCounter = new LineCounter();
  const readProblems: SourceFile['readProblems'] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('utf-8').decode(bytes);
    const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
    readProblems.push({
      line,
      column: 1,
      message: 'El archivo no está en UTF-8: las letras con tilde y la ñ se verían rotas',
      hint: 'guárdelo con codificación UTF-8 (en el editor: «Guardar con codificación» → UTF-8)',
    });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const base = { path, text, lineCounter, yamlFirstLine: 2, yamlOffset: 0, bodyFirstLine: 1, body: text, readProblems };

  if (text.trim() === '') {
    readProblems.push({ line: 1, column: 1, message: 'El archivo está vacío', hint: 'escriba su encabezado entre líneas --- o use npm run new' });
    return base;
  }
  const match = FRONTMATTER.exec(text);
  if (!match && /^---[ \t]*(\r?\n|$)/.test(text)) {
    readProblems.push({
      line: 1,
      column: 1,
      message: 'El encabezado se abre con --- en la línea 1 y no se cierra',
      hint: 'añada otra línea --- después del último campo, antes del texto del documento',
    });
    return base;
  }
  if (!match) {
    readProblems.push({
      line: 1,
      column: 1,
      message: 'Falta el encabezado (frontmatter) entre dos líneas ---',
      hint: 'empiece el archivo con una línea ---, los campos, y otra línea --- (npm run new crea uno válido)',
    });
    return base;
  }
  const yamlText = match[1] ?? '';
  const bodyFirstLine = text.slice(0, match[0].length).split('\n').length;
  const body = text.slice(match[0].length);
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  readProblems.push(...yamlProblems(yamlText, [...document.errors, ...document.warnings], 2, goesOn));
  const astro = readAsAstro(text);
  let data: unknown;
  try {
    data = document.errors.length ? undefined : document.toJS();
  } catch {
    // An alias to an anchor that is not there (`*nota`) only fails here; Astro's reader names it below.
  }
  // Something only the build's reader refuses: said in its words, at its line, rather than let the build fail.
  // Control characters it refuses too, but rules/control-characters.ts names each one where it is.
  if ('error' in astro && !document.errors.length && !document.warnings.length && !astro.error.reason.includes('non-printable')) {
    const { line, column, reason } = astro.error;
    readProblems.push({ line, column, field: fieldOnLine(yamlText.split('\n'), line - 2), message: `El encabezado no se podría leer al publicar (${reason})`, hint: 'revise comillas, sangría y dos puntos en esa línea' });
  }
  const published = data !== undefined && 'data' in astro ? astro.data : undefined;
  return { ...base, document, data, published, yamlFirstLine: 2, yamlOffset: match[0].indexOf('\n') + 1, bodyFirstLine, body };
}

/**
 * The line and column of a field, found by walking the YAML to the deepest
 * node that exists on the path: a missing field points at its parent.
 */
export function locate(file: SourceFile, path: readonly PropertyKey[]): { line: number; column: number } {
  let node: Node | null | undefined = file.document?.contents;
  let range = node?.range;
  let keyRange: [number, number, number] | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (!pair) break;
      keyRange = isScalar(pair.key) ? pair.key.range ?? undefined : undefined;
      node = pair.value as Node | null;
      range = node?.range ?? keyRange;
    } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
      node = node.items[key] as Node;
      range = node.range ?? range;
      keyRange = undefined;
    } else break;
  }
  if (!range) return { line: 1, column: 1 };
  // A field is pointed at where its key is written, which is what an editor looks for.
  const offset = keyRange ? keyRange[0] : range[0];
  const pos = file.lineCounter.linePos(offset);
  return { line: pos.line + file.yamlFirstLine - 1, column: pos.col };
}

/** The dotted path of the frontmatter field written at `offset` of the file's text, or '' outside any field. */
export function fieldAt(file: SourceFile, offset: number): string {
  const at = offset - file.yamlOffset;
  let field = '';
  if (!file.document || at < 0) return field;
  visit(file.document, {
    Pair(_, pair, path) {
      const end = (pair.value as Node | null)?.range?.[2] ?? (isScalar(pair.key) ? pair.key.range?.[2] : undefined);
      const start = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
      if (start === undefined || end === undefined || at < start || at > end) return visit.SKIP;
      field = pathOf([...path, pair]);
      return undefined;
    },
  });
  return field;
}

/** Every text value of the frontmatter with its field and position: what the page may print. */
export function stringFields(file: SourceFile): { field: string; value: string; line: number; column: number }[] {
  const found: { field: string; value: string; line: number; column: number }[] = [];
  if (!file.document) return found;
  visit(file.document, {
    Scalar(key, node, path) {
      if (key === 'key' || typeof node.value !== 'string' || !node.range) return;
      const pos = file.lineCounter.linePos(node.range[0]);
      found.push({ field: pathOf([...path, node]), value: node.value, line: pos.line + file.yamlFirstLine - 1, column: pos.col });
    },
  });
  return found;
}

/** Turns yaml's ancestor list into `images.0.alt`. */
export function pathOf(ancestors: readonly unknown[]): string {
  const parts: string[] = [];
  for (let i = 0; i < ancestors.length; i++) {
    const node = ancestors[i];
    if (isPair(node) && isScalar(node.key)) parts.push(String(node.key.value));
    else if (isSeq(node)) {
      const child = ancestors[i + 1];
      const index = node.items.indexOf(child);
      if (index >= 0) parts.push(String(index));
    }
  }
  return parts.join('.');
}
