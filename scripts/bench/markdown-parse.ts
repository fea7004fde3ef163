/**
 * Path (a) of the Markdown safety choice, the part a build does not show on
 * its own: parsing every body once to find raw HTML, links and images, as the
 * content check does. Two parsers, each timed over the whole corpus:
 * remark + remark-gfm (what the check uses) and Sätteri's `markdownToMdast`,
 * the parser Astro's default processor renders with, which gives the same
 * mdast (html, link, image, definition nodes, with positions). Sätteri is
 * not a direct dependency (it comes with Astro); if it is missing, its figure
 * is left out.
 *
 * Run as its own process by the bench: `node markdown-parse.ts <content dir>`;
 * prints milliseconds as JSON, module loading excluded.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const dir = process.argv[2];
if (!dir) throw new Error('uso: node markdown-parse.ts <carpeta content>');
const bodies = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.md'))
  .map((name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    return text.startsWith('---') ? text.slice(text.indexOf('\n---', 3) + 4) : text;
  });

/** Milliseconds to parse every body and count its links, so no parser can skip work. */
function time(parse: (body: string) => unknown): { ms: number; links: number } {
  const started = performance.now();
  let links = 0;
  const walk = (node: { type?: string; children?: unknown[] }) => {
    if (node.type === 'link') links++;
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  for (const body of bodies) walk(parse(body) as Parameters<typeof walk>[0]);
  return { ms: Math.round(performance.now() - started), links };
}

const remark = unified().use(remarkParse).use(remarkGfm);
const result: Record<string, unknown> = { files: bodies.length, remark: time((body) => remark.runSync(remark.parse(body))) };
try {
  const { markdownToMdast } = (await import('satteri')) as { markdownToMdast: (source: string, options: object) => unknown };
  result['satteri'] = time((body) => markdownToMdast(body, {}));
} catch {
  // Not installed where the bench runs: the row says so.
}
console.log(JSON.stringify(result));
