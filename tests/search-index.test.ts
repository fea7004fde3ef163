/**
 * The search index is part of `astro build`: a build writes it next to the
 * pages, documents newest first (the site's "newest first"), and every way
 * Pagefind can fail quietly fails the build instead, including a Pagefind
 * program that dies mid-way (which left Astro exiting 0 with no index), a
 * page in a language tag /buscar/ never reads and a site where no page marks
 * its content.
 */
import { chmodSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VALID } from './helpers/corpus.ts';
import { makeSite, type Site } from './helpers/site.ts';

let site: Site;

beforeAll(() => {
  site = makeSite();
  for (const [path, text] of Object.entries(VALID)) site.write(path, text);
});
afterAll(() => site?.remove());

describe('the search index', () => {
  it('is written by the build, one Spanish index with every document and nothing else', () => {
    const result = site.build();
    expect(result.status, result.output).toBe(0);
    const entry = JSON.parse(readFileSync(join(site.root, 'dist/pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    // Seven documents; index pages, home, actions, /buscar/ and 404 have no data-pagefind-body.
    expect(Object.keys(entry.languages)).toEqual(['es']);
    expect(entry.languages['es']?.page_count).toBe(Object.keys(VALID).length);
    // Read as Astro rendered them (src/integrations/search-stream.ts), not read back afterwards.
    expect(result.output).toMatch(/Índice de búsqueda: 7 \(es\) páginas, \d+ kB, \d+ ms \(leídas mientras se generaban\)/);
  });

  it('lists documents newest first, undated ones last, with no sort key for readers to download', () => {
    const bundle = join(site.root, 'dist/pagefind');
    // Pagefind's files are gzipped, after a 12-byte signature once unpacked; the metadata lists pages by number.
    const unpack = (path: string) => gunzipSync(readFileSync(path)).subarray(12).toString('utf8');
    const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
    const meta = unpack(join(bundle, `pagefind.${entry.languages['es']?.hash}.pf_meta`));
    const pages = [...meta.matchAll(/es_[0-9a-f]{7,}/g)].slice(0, Object.keys(VALID).length).map((m) => m[0]);
    const urls = pages.map((hash) => (JSON.parse(unpack(join(bundle, `fragment/${hash}.pf_fragment`))) as { url: string }).url);
    expect(urls).toEqual([
      // 2020-Q2 both: the same day, by address.
      '/avances/familia-2020/',
      '/reuniones/reunion/',
      '/eventos/quito/',
      '/posicionamientos/castigo/',
      '/grupos/familia/',
      '/organizaciones/lumos/',
      '/organizaciones/unicef/',
    ]);
    expect(meta).not.toContain('fecha');
  });

  it('fails the build when the Pagefind program dies instead of answering', () => {
    site.write('dead-pagefind', '#!/bin/sh\n# Reads the first request and leaves without a word.\nhead -c 1 >/dev/null\nexit 0\n');
    chmodSync(join(site.root, 'dead-pagefind'), 0o755);
    const result = site.build({ outDir: 'dist-dead', env: { PAGEFIND_EXTENDED_BINARY_PATH: join(site.root, 'dead-pagefind') } });
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain('Pagefind dejó de responder');
    expect(existsSync(join(site.root, 'dist-dead/pagefind/pagefind-entry.json'))).toBe(false);
  });

  it('fails the build when a page declares a regional language tag, which would split the index', () => {
    site.write('src/pages/prueba-idioma.astro', '<html lang="es-ES"><head><title>x</title></head><body><main data-pagefind-body><p>Texto.</p></main></body></html>\n');
    const result = site.build({ outDir: 'dist-lang' });
    rmSync(join(site.root, 'src/pages/prueba-idioma.astro'));
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/idioma que la búsqueda no lee: es-es\b.*nunca es-ES/s);
  });

  it('fails the build when no page marks its content, instead of indexing menus and footers', () => {
    const empty = makeSite();
    try {
      const result = empty.build();
      expect(result.status, result.output).not.toBe(0);
      expect(result.output).toContain('marca su contenido con data-pagefind-body');
    } finally {
      empty.remove();
    }
  });
});
