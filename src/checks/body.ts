/**
 * A document's body parsed once, by the parser that renders it, so every
 * rule that looks at links, images or raw HTML walks the tree the page is
 * made from. Astro's default processor, Sätteri, renders both `.md` and
 * `.mdx` (@astrojs/mdx hands `.mdx` to the configured processor too), and
 * its `markdownToMdast` and `mdxToMdast` return mdast with the same node
 * types and line and column positions remark gives, in a fraction of the
 * time. Only parsing: nothing is rendered, which keeps the check cheap next
 * to the build.
 */
import type { Root } from 'mdast';
import { markdownToMdast, mdxToMdast, type TreeOptions } from 'satteri';
import type { Node, Point } from 'unist';
import type { SourceFile } from './source-file.ts';

/**
 * GitHub's extensions, as the renderer has them (tables, footnotes,
 * autolinks, strikethrough, task lists). Frontmatter off: the file's own
 * frontmatter is already cut off, and a second `---` block at the top of a
 * body must be read as Markdown, never skipped unseen.
 */
const OPTIONS: TreeOptions = { features: { gfm: true, frontmatter: false } };

export type ParsedBody =
  | { tree: Root; syntaxError?: undefined }
  /** An `.mdx` body that does not compile: the build would stop on it. */
  | { tree: undefined; syntaxError: { line: number; column: number; reason: string } };

/** The body's syntax tree, with positions in the body as written; or, for MDX that does not parse, why. */
export function parseBody(body: string, extension: '.md' | '.mdx'): ParsedBody {
  if (extension === '.mdx') {
    // @astrojs/mdx compiles the file as written (frontmatter blanked out), so positions need no care.
    try {
      return { tree: mdxToMdast(body, OPTIONS) as Root };
    } catch (error) {
      return { tree: undefined, syntaxError: mdxError(String((error as Error).message)) };
    }
  }
  // Astro renders a `.md` body trimmed: a first line indented four spaces is
  // code where it stands, but raw HTML once the indent is gone. Parse what
  // Astro renders, then put the points back where they are in the body.
  const text = body.trim();
  const skipped = body.length - body.trimStart().length;
  const tree = markdownToMdast(text, OPTIONS) as Root;
  if (skipped > 0) shift(tree, advance({ line: 1, column: 1 }, body, skipped), skipped);
  return { tree };
}

/** Moves every point of a tree parsed from `body.slice(offset)` to where it is in `body`. */
function shift(node: Node, start: { line: number; column: number }, offset: number): void {
  for (const point of [node.position?.start, node.position?.end]) {
    if (!point) continue;
    if (point.line === 1) point.column += start.column - 1;
    point.line += start.line - 1;
    if (point.offset !== undefined) point.offset += offset;
  }
  for (const child of (node as { children?: Node[] }).children ?? []) shift(child, start, offset);
}

/** `3:7: Expected a closing tag for `<b>` (3:7) before … (mdx-jsx:unexpected-character)` → its point and reason. */
function mdxError(message: string): { line: number; column: number; reason: string } {
  const [, line = '1', column = '1'] = /^(\d+):(\d+)/.exec(message) ?? [];
  // The points inside the reason count from the body, not the file: they would mislead.
  const reason = message
    .replace(/^\d+:\d+(?:-\d+:\d+)?:\s*/, '')
    .replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '')
    .replace(/\s*\([\w-]+:[\w-]+\)$/, '');
  return { line: Number(line), column: Number(column), reason };
}

/**
 * Every node of these types in the tree, in document order: what
 * unist-util-visit would visit, without its cost per node (once parsing got
 * fast, visiting cost more than parsing: 3 s for four rules over 4,000
 * bodies, against 0.1 s for this walk).
 */
export function nodesOf<T extends Node>(tree: Node, types: readonly T['type'][]): T[] {
  const found: T[] = [];
  const walk = (node: Node) => {
    if ((types as readonly string[]).includes(node.type)) found.push(node as T);
    for (const child of (node as { children?: Node[] }).children ?? []) walk(child);
  };
  walk(tree);
  return found;
}

/** A point of the body tree as a line and column of the whole file. */
export function filePoint(source: SourceFile, point: Point | { line: number; column: number } | undefined): { line: number; column: number } {
  if (!point) return { line: source.bodyFirstLine, column: 1 };
  return { line: point.line + source.bodyFirstLine - 1, column: point.column };
}

/** The line and column of `offset` characters into `text` that starts at `start`. */
export function advance(start: { line: number; column: number }, text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const newlines = before.split('\n').length - 1;
  if (newlines === 0) return { line: start.line, column: start.column + offset };
  return { line: start.line + newlines, column: offset - before.lastIndexOf('\n') };
}

/** The text with fenced and inline code blanked out (newlines kept), so offsets still match the file. */
export function maskCode(text: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  const lines = text.split('\n');
  let fence: string | undefined;
  const masked = lines.map((line) => {
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (open && open[0] === fence[0] && open.length >= fence.length && line.trim() === open) fence = undefined;
      return blank(line);
    }
    if (open) {
      fence = open;
      return blank(line);
    }
    return line;
  });
  return masked.join('\n').replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (whole) => blank(whole));
}
