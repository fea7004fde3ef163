/**
 * `_headers` in the output, for hosts that read it (Netlify, Cloudflare
 * Pages); others ignore the file, and the README gives the same rules for
 * Nginx. Two things only headers can do:
 *
 * - Astro's files (`_astro/`) are named by their content's hash, so a
 *   reader's browser may keep them for a year without asking again. Those
 *   hosts otherwise have it ask on every page, and the stylesheet holds up
 *   the page's first paint: on a slow mobile link, one round trip per page.
 *   Pagefind's files are left to the host's default: its fragments are named
 *   by 7 hex digits of their hash, which a later build can give to other
 *   text, so a kept copy could show a reader text since removed.
 * - The Content-Security-Policy as a header too, with `frame-ancestors
 *   'none'`, which a `<meta>` cannot carry: no other site can frame these
 *   pages to trick a click. `nosniff` keeps a browser from running a file
 *   as something it is not.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CONTENT_SECURITY_POLICY } from '../lib/csp.ts';
import { withBase } from '../lib/paths.ts';

export function hostHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'bitacora:host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        writeFileSync(join(fileURLToPath(dir), '_headers'), headersFile(base));
      },
    },
  };
}

/** The file's text for a site published under `base` (`/` or `/bitacora/`): the rules match request paths, base included. */
export function headersFile(base: string): string {
  return [
    '# Cabeceras HTTP para Netlify y Cloudflare Pages; las escribe la compilación (src/integrations/host-headers.ts).',
    withBase('/*', base),
    `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    '  X-Content-Type-Options: nosniff',
    withBase('/_astro/*', base),
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}
