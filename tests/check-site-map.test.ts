/**
 * The site map the content check judges links against, read from the file
 * names under src/pages/ as Astro routes them, on a hand-made pages folder
 * and on the project's own. (tests/build.test.ts checks it against every
 * page of a real build.)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findPage, missingEntry, siteMap } from '../src/checks/site-map.ts';
import type { CollectionName } from '../src/schemas/shared.ts';
import { PROJECT } from './helpers/site.ts';

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
  it('a `[...lang]` page is in every language of the interface; any other rest parameter lets any segments through', () => {
    const site = siteMap(project(['[...lang]/index.astro', '[...lang]/acciones/index.astro', '[...lang]/grupos/[id].astro', 'grupos/[id].ics.ts', 'buscar/index.astro', 'notas/[...ruta].astro']), ids);
    for (const path of ['/', '/en/', '/pt/', '/acciones/', '/en/acciones/', '/pt/acciones/', '/buscar/', '/grupos/familia/', '/en/grupos/familia/', '/grupos/familia.ics']) {
      expect(findPage(site, path), path).toBeUndefined();
    }
    expect(findPage(site, '/acciones')?.message).toBe('Al enlace «/acciones» le falta la barra final');
    expect(findPage(site, '/grupos/familias/')?.message).toBe('No existe el grupo de trabajo «familias» (content/groups/familias.md)');
    expect(findPage(site, '/pt/grupos/familias/')?.hint).toBe('¿quiso decir «/pt/grupos/familia/»?');
    // Only languages the site speaks, and no page the routes do not make.
    expect(findPage(site, '/fr/acciones/')?.message).toBe('El enlace interno «/fr/acciones/» no lleva a ninguna página del sitio');
    expect(findPage(site, '/pt/buscar/')?.message).toBe('El enlace interno «/pt/buscar/» no lleva a ninguna página del sitio');
    expect(findPage(site, '/acciones/erratas/')?.message).toBe('El enlace interno «/acciones/erratas/» no lleva a ninguna página del sitio');
    // What `[...ruta]` takes is known only to its getStaticPaths: a working link must not be called broken.
    for (const path of ['/notas/', '/notas/a/', '/notas/a/b/']) expect(findPage(site, path), path).toBeUndefined();
  });

  it('routes without a rest parameter are read as before', () => {
    const site = siteMap(project(['index.astro', 'acciones/index.astro', 'grupos/[id].astro', 'feed.xml.ts']), ids);
    for (const path of ['/', '/acciones/', '/grupos/familia/', '/feed.xml']) expect(findPage(site, path), path).toBeUndefined();
    expect(findPage(site, '/en/acciones/')?.message).toBe('El enlace interno «/en/acciones/» no lleva a ninguna página del sitio');
  });

  describe("the project's own routes", () => {
    const known = new Map<CollectionName, Set<string>>([
      ['organizations', new Set(['unicef', 'redlamyc'])],
      ['groups', new Set(['migraciones'])],
      ['meetings', new Set(['reunion-2020', 'reunion-2021'])],
      ['events', new Set(['foro-2019'])],
    ]);
    const site = siteMap(PROJECT, known, {
      translations: new Set(['en/meetings/reunion-2020']),
      organizations: [{ kind: 'un-agency', membership: 'member' }, { kind: 'network', membership: 'member' }],
    });

    it('knows every page the routes build: languages, directory filters, lists and their pages, feeds and calendars', () => {
      const pages = [
        '/en/', '/pt/', '/en/grupos/migraciones/', '/pt/organizaciones/unicef/', '/organizaciones/tipo/red/', '/en/organizaciones/tipo/agencia-onu/',
        '/organizaciones/relacion/miembro/', '/pt/reuniones/', '/acciones/hechas/', '/en/acciones/hechas/', '/avances/pagina/2/', '/pt/acciones/pagina/12/',
        '/reuniones/reunion-2020/', '/en/reuniones/reunion-2020/', '/feed.xml', '/sitemap.xml', '/eventos/calendario.ics', '/eventos/foro-2019.ics',
        '/grupos/migraciones.ics', '/buscar/', '/pt/buscar/', '/buscar/palabras.json', '/404.html',
      ];
      for (const path of pages) expect(findPage(site, path), path).toBeUndefined();
    });

    it('refuses what is not built, saying why', () => {
      // A filter page exists only when some organisation is of that kind: said so, with no guess at another filter.
      expect(findPage(site, '/organizaciones/tipo/gobierno/')).toEqual({
        message: 'No hay en el directorio organizaciones de tipo «Gobierno» (kind: government): la página «/organizaciones/tipo/gobierno/» no existe',
        hint: 'enlace al directorio, /organizaciones/, o quite el enlace: la página se publica cuando alguna organización tenga kind: government',
      });
      expect(findPage(site, '/organizaciones/tipo/gobiernos/')?.message).toBe('El enlace interno «/organizaciones/tipo/gobiernos/» no lleva a ninguna página del sitio');
      expect(findPage(site, '/avances/pagina/1/')?.message).toBe('El enlace interno «/avances/pagina/1/» no lleva a ninguna página del sitio');
      expect(findPage(site, '/eventos/foro-2018.ics')).toBeDefined();
      expect(findPage(site, '/pt/reuniones/reunion-2020/')).toEqual({
        message: 'No hay traducción al portugués de la reunión «reunion-2020»: la página «/pt/reuniones/reunion-2020/» no existe',
        hint: 'enlace a la página en español, /reuniones/reunion-2020/, o traduzca el documento en content/translations/pt/meetings/reunion-2020.md',
      });
      expect(findPage(site, '/en/reuniones/reunion-2021/')?.message).toBe('No hay traducción al inglés de la reunión «reunion-2021»: la página «/en/reuniones/reunion-2021/» no existe');
    });
  });

  it('a missing id: two written as one, or a document of another kind, before any guess', () => {
    const site = { ids: new Map<CollectionName, Set<string>>([['organizations', new Set(['unicef', 'lumos'])], ['groups', new Set(['migraciones'])]]) };
    expect(missingEntry(site, 'organizations', 'unicef / Lumos').hint).toBe('separe los ids con comas, [unicef, lumos], o escriba uno por línea con «- »');
    expect(missingEntry(site, 'organizations', 'migraciones').hint).toBe('«migraciones» es un grupo de trabajo (content/groups/migraciones.md), no una organización: aquí van ids de content/organizations/');
    // A name may hold a comma: with no id in it, it is a name, not a list.
    expect(missingEntry(site, 'organizations', 'Aldeas Infantiles, Perú').hint).toMatch(/^escriba el nombre de un archivo de content\/organizations\//);
  });
});
