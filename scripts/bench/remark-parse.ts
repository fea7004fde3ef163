/**
 * Path (a) of the Markdown safety choice, the part the build does not show:
 * parsing every body once with remark and remark-gfm, as a content check
 * does to find raw HTML, `javascript:` links and images. Run as its own
 * process by the bench (`node remark-parse.ts <content dir>`); prints the
 * parse time in milliseconds as JSON, module loading excluded.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const dir = process.argv[2];
if (!dir) throw new Error('uso: node remark-parse.ts <carpeta content>');
const bodies: string[] = [];
for (const collection of readdirSync(dir)) {
  for (const name of readdirSync(join(dir, collection))) {
    const text = readFileSync(join(dir, collection, name), 'utf8');
    bodies.push(text.slice(text.indexOf('\n---', 3) + 4));
  }
}
const processor = unified().use(remarkParse).use(remarkGfm);
const started = performance.now();
let nodes = 0;
for (const body of bodies) {
  const tree = processor.parse(body);
  processor.runSync(tree);
  nodes += tree.children.length;
}
console.log(JSON.stringify({ files: bodies.length, nodes, ms: Math.round(performance.now() - started) }));
