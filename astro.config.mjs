// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';

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
  integrations: [contentCheck(), mdx(), searchIndex()],
  devToolbar: { enabled: false },
  // Astro's own logger, plus a record of every [ERROR] it logs, so that a
  // build that logged one fails (why a logger: src/integrations/astro-errors.mjs).
  logger: { entrypoint: './src/integrations/astro-errors.mjs' },
  // Shiki colours code with style="…" attributes, which the CSP blocks; plain
  // <pre><code> needs no exception. (Aligned table columns would add style
  // attributes too: the content check refuses them.)
  markdown: { syntaxHighlight: false },
  // No page has inline code or styles: every stylesheet and script is a file,
  // so the Content-Security-Policy (src/layouts/Base.astro) needs no hashes.
  // (Astro's own security.csp listed ten hashes on every page, 0.5 KB of each
  // page, for scripts and styles no page has.)
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Per project root rather than in node_modules, so fixture sites built by the
  // tests (which share node_modules) never read each other's content cache.
  cacheDir: './.astro/cache',
});
