/**
 * The floor: the least a site can do with the same files. Plain Astro, one
 * glob collection over the whole corpus (no schema), one page template, and
 * Pagefind through its Node API in `astro:build:done`, as the real site runs
 * it. What the real build costs above this is what its features cost.
 *
 * Its builds are plain Astro's defaults. Its dev server keeps the content
 * store as small as the real site's does there (no raw bodies, bodies
 * rendered on request): with Astro's defaults the floor took 5.4 s at
 * 4,000 documents to show an edit, a figure nobody tuning a site would
 * accept, and beside it the real site's looked better than it is.
 *
 * `BENCH_MARKDOWN=unified` renders with `unified({})` from
 * @astrojs/markdown-remark instead of Astro's default processor: the price
 * of any remark/rehype sanitising pipeline (NOTES-astro7.md: plain
 * `unified({})` costs what remark-gfm + rehype-raw + rehype-sanitize cost).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The line the floor's search step logs; the bench reads the index time from it. */
export const FLOOR_INDEX_LOG = /\[bench-floor\] pagefind: (\d+) pages in (\d+) ms/;

const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'bench-floor', private: true, type: 'module' }, null, 2),
  'astro.config.mjs': `import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import * as pagefind from 'pagefind';

const search = {
  name: 'bench-floor:pagefind',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      const started = performance.now();
      const { index } = await pagefind.createIndex({});
      const { page_count } = await index.addDirectory({ path: fileURLToPath(dir) });
      await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
      await pagefind.close();
      console.log(\`[bench-floor] pagefind: \${page_count} pages in \${Math.round(performance.now() - started)} ms\`);
    },
  },
};

export default defineConfig({
  site: 'https://floor.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  ...(process.env.BENCH_MARKDOWN === 'unified' ? { markdown: { processor: unified({}) } } : {}),
  integrations: [search],
  devToolbar: { enabled: false },
  cacheDir: './.astro/cache',
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// In \`astro dev\` only: the store settings the real site uses there (src/content.config.ts).
const DEV = import.meta.env.DEV ? { retainBody: false, deferRender: true } : {};

export const collections = {
  docs: defineCollection({ loader: glob({ base: './content', pattern: '**/[^_]*.md', ...DEV }) }),
};
`,
  'src/pages/[...slug].astro': `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const docs = await getCollection('docs');
  return docs.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
const title = entry.data.title ?? entry.data.name;
---

<!doctype html>
<html lang="es">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title}</title>
  </head>
  <body>
    <main data-pagefind-body>
      <h1>{title}</h1>
      <p>{entry.data.summary}</p>
      <Content />
    </main>
  </body>
</html>
`,
};

/** Where the floor serves a document: its one collection's id is the file's path under content/. */
export const floorPath = (doc: { collection: string; id: string }): string => `/${doc.collection}/${doc.id}/`;

export function writeFloor(root: string): void {
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}
