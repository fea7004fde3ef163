// @ts-check
import process from 'node:process';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { hostHeaders } from './src/integrations/host-headers.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { markdownProcessor } from './src/integrations/markdown-processor.ts';

// Where the site is published. Both come from the environment so the same
// commit deploys to a domain root or under a sub-path (GitHub Pages).
const site = process.env.SITE_URL ?? 'https://bitacora.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // The interface in three languages: Spanish, the records' language, at the
  // root; Portuguese and English under /pt/ and /en/. Pages read their
  // language from Astro.currentLocale (src/i18n). Documents stay in the
  // language they are written in: see src/data/index.ts (IN_EVERY_LANGUAGE).
  i18n: { locales: ['es', 'pt', 'en'], defaultLocale: 'es', routing: { prefixDefaultLocale: false } },
  integrations: [contentCheck(), mdx(), searchIndex(), hostHeaders()],
  devToolbar: { enabled: false },
  // Astro's own logger, plus a record of every [ERROR] it logs, so that a
  // build that logged one fails (why a logger: src/integrations/astro-errors.mjs).
  logger: { entrypoint: './src/integrations/astro-errors.mjs' },
  // Shiki colours code with style="…" attributes, which the CSP blocks; plain
  // <pre><code> needs no exception. (Aligned table columns would add style
  // attributes too: the content check refuses them.)
  //
  // The processor is Astro's default, with footnotes in the document's
  // language (src/integrations/markdown-processor.ts).
  markdown: { syntaxHighlight: false, processor: markdownProcessor() },
  // No page has inline code or styles: every stylesheet and script is a file,
  // so the Content-Security-Policy (src/layouts/Base.astro) needs no hashes.
  // (Astro's own security.csp listed ten hashes on every page, 0.5 KB of each
  // page, for scripts and styles no page has.)
  //
  // Four pages in flight: Astro writes each page with an awaited mkdir and
  // writeFile (twice with incremental builds), and on the small virtual
  // machines this runs on each round trip to Node's file threads costs about
  // 0.8 ms, against 0.06 ms done synchronously. One page at a time spends
  // more of the build waiting on those than rendering (1,000 documents:
  // generating pages 10.5–11 s at 1, 7.7–8.2 s at 4, 7.7–9.1 s at 16).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Per project root rather than in node_modules, so fixture sites built by the
  // tests (which share node_modules) never read each other's content cache.
  cacheDir: './.astro/cache',
});
