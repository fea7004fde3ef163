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

/**
 * Without `<` or `[` a body has no link, image or HTML, and most bodies are
 * plain prose: skip the parse, which costs milliseconds per document
 * (remark is the slow part of any unified pipeline).
 */
const MAY_HOLD_MARKUP = /[<[]/;

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
