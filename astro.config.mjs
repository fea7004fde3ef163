// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';

// Where the site is published. Both come from the environment so the same
// commit deploys to a domain root or under a sub-path (GitHub Pages).
const site = process.env.SITE_URL ?? 'https://bitacora.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentCheck(), mdx()],
  devToolbar: { enabled: false },
  // Astro's own logger, plus a record of every [ERROR] it logs, so that a
  // build that logged one fails (why a logger: src/integrations/astro-errors.mjs).
  logger: { entrypoint: './src/integrations/astro-errors.mjs' },
  // Per project root rather than in node_modules, so fixture sites built by the
  // tests (which share node_modules) never read each other's content cache.
  cacheDir: './.astro/cache',
});
