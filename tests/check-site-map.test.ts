/**
 * The site map the content check judges links against, read from the file
 * names under src/pages/ as Astro routes them, on a hand-made pages folder.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findPage, siteMap } from '../src/checks/site-map.ts';
import type { CollectionName } from '../src/schemas/shared.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function project(pages: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'bitacora-pages-'));
  made.push(root);
  for (const page of pages) {
    mkdirSync(dirname(join(root, 'src/pages', page)), { recursive: true });
    writeFileSync(join(root, 'src/pages', page), '');
  }
  return root;
}

const ids = new Map<CollectionName, Set<string>>([['groups', new Set(['familia'])]]);

describe('the site map', () => {
  it('a rest parameter stands for no segment at all, the one value known without running getStaticPaths', () => {
    const site = siteMap(project(['[...lang]/index.astro', '[...lang]/acciones/index.astro', '[...lang]/grupos/[id].astro', 'grupos/[id].ics.ts', 'buscar/index.astro']), ids);
    for (const path of ['/', '/acciones/', '/buscar/', '/grupos/familia/', '/grupos/familia.ics']) expect(findPage(site, path), path).toBeUndefined();
    expect(findPage(site, '/acciones')?.message).toBe('Al enlace «/acciones» le falta la barra final');
    expect(findPage(site, '/grupos/familias/')?.message).toBe('No existe el grupo de trabajo «familias» (content/groups/familias.md)');
    // Any other value of the parameter is unknown: a link through it is reported, never waved through.
    expect(findPage(site, '/en/acciones/')?.message).toBe('El enlace interno «/en/acciones/» no lleva a ninguna página del sitio');
    expect(findPage(site, '/acciones/erratas/')?.message).toBe('El enlace interno «/acciones/erratas/» no lleva a ninguna página del sitio');
  });

  it('routes without a rest parameter are read as before', () => {
    const site = siteMap(project(['index.astro', 'acciones/index.astro', 'grupos/[id].astro', 'feed.xml.ts']), ids);
    for (const path of ['/', '/acciones/', '/grupos/familia/', '/feed.xml']) expect(findPage(site, path), path).toBeUndefined();
    expect(findPage(site, '/en/acciones/')?.message).toBe('El enlace interno «/en/acciones/» no lleva a ninguna página del sitio');
  });
});
