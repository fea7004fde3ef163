/**
 * A document's body parsed once, as CommonMark with GitHub's extensions
 * (what Astro's default processor reads too), so every rule that looks at
 * links, images or raw HTML walks the same tree. Only parsing: nothing is
 * rendered, which keeps the check cheap next to the build.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Point } from 'unist';
import type { SourceFile } from './source-file.ts';

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

/** Without `<`, `[` or `|` a body has no link, image, HTML or table, and most bodies are plain prose: skip the parse. */
const MAY_HOLD_MARKUP = /[<[|]/;

/** The body's syntax tree, or undefined when it holds nothing a rule looks at. */
export function parseBody(body: string): Root | undefined {
  return MAY_HOLD_MARKUP.test(body) ? (parser.parse(body) as Root) : undefined;
}

/** A point of the body tree as a line and column of the whole file. */
export function filePoint(source: SourceFile, point: Point | undefined): { line: number; column: number } {
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
