/**
 * The content check keeps each document's problems in `.astro/cache/` so a
 * second run re-checks only what changed. What an editor must never notice
 * is the cache itself: an edit is seen at once, a fixed mistake goes away, a
 * mistake left in place is reported on every run, and a broken cache file
 * changes nothing.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '../src/checks/cli.ts';
import { checkContent } from '../src/checks/content.ts';
import { formatProblem } from '../src/checks/report.ts';
import { imageYaml, position } from './fixtures/bad-inputs.ts';
import { corpusRoot, removeCorpusRoots } from './fixtures/corpus-root.ts';
import { png } from './fixtures/images.ts';
import { VALID } from './helpers/corpus.ts';

afterAll(removeCorpusRoots);

const TODAY = '2026-11-28';
const CACHE = '.astro/cache/content-check.json';

const check = (root: string, options: { today?: string; base?: string } = {}) => checkContent(root, { today: TODAY, ...options }).map(formatProblem);
const write = (root: string, path: string, text: string | Uint8Array) => writeFileSync(join(root, path), text);

const SCRIPT = 'content/positions/script.md';
const SCRIPT_LINE = `${SCRIPT}:7:1  (texto)  HTML no permitido: <script> ejecutaría un programa en el navegador de quien lee — bórrelo: el texto de los documentos se escribe en Markdown`;

describe('the check with its cache', () => {
  it('reports the same problems on every run, from the cache or not', () => {
    const root = corpusRoot({ [SCRIPT]: position('', '<script>alert(1)</script>\n') });
    const first = check(root);
    expect(first).toEqual([SCRIPT_LINE]);
    expect(check(root)).toEqual(first);
    expect(check(root)).toEqual(first);
    expect(runCheck(root, {}, { today: TODAY }).exitCode).toBe(1);
  });

  it('takes a document it has seen from the cache, and checks it again once it is edited', () => {
    const root = corpusRoot({ [SCRIPT]: position('', 'Texto.\n') });
    expect(check(root)).toEqual([]);
    // What the cache holds is what the next run reports: it is really used…
    const cache = JSON.parse(readFileSync(join(root, CACHE), 'utf8')) as { entries: Record<string, { problems: unknown[] }> };
    cache.entries[SCRIPT]!.problems = [{ file: SCRIPT, line: 1, column: 1, field: '', message: 'de la caché', hint: 'x' }];
    write(root, CACHE, JSON.stringify(cache));
    expect(check(root)).toEqual([`${SCRIPT}:1:1  (archivo)  de la caché — x`]);
    // …and only while the file is the same.
    write(root, SCRIPT, position('', '<script>alert(1)</script>\n'));
    expect(check(root)).toEqual([SCRIPT_LINE]);
  });

  it('a fixed mistake is gone on the next run', () => {
    const root = corpusRoot({ [SCRIPT]: position('', '<script>alert(1)</script>\n') });
    expect(check(root)).toEqual([SCRIPT_LINE]);
    write(root, SCRIPT, position('', 'Texto.\n'));
    expect(check(root)).toEqual([]);
    write(root, SCRIPT, position('', '<script>alert(1)</script>\n'));
    expect(check(root)).toEqual([SCRIPT_LINE]);
  });

  it('an unchanged document is checked again when what it points at comes or goes', () => {
    const root = corpusRoot();
    expect(check(root)).toEqual([]);
    rmSync(join(root, 'content/organizations/lumos.md'));
    expect(check(root)).toEqual([
      'content/groups/familia.md:5:5  members.0  No existe la organización «lumos» (content/organizations/lumos.md) — escriba el nombre de un archivo de content/organizations/ sin la extensión; si aún no existe, créelo con npm run new -- organizaciones "Nombre"',
    ]);
    write(root, 'content/organizations/lumos.md', VALID['content/organizations/lumos.md']!);
    expect(check(root)).toEqual([]);
  });

  it('an unchanged document is checked again for another base path, another day or another image', () => {
    const image = 'content/positions/foto.md';
    const root = corpusRoot({
      [SCRIPT]: position('', 'Ver [acciones](/acciones/).\n'),
      [image]: position(imageYaml({ expires: '2027-01-01' })),
      'public/imagenes/foro.png': png(64, 48),
    });
    expect(check(root)).toEqual([]);
    expect(check(root, { base: '/bitacora/' })).toEqual([
      `${SCRIPT}:7:5  (texto)  El sitio se publica en «/bitacora/»: el enlace «/acciones/» no llevaría a la página — escriba la ruta relativa ../../acciones/`,
    ]);
    expect(check(root, { today: '2027-02-01' })).toEqual([
      `${image}:17:7  images.0.consent.expires  El consentimiento de esta imagen venció el 1 de enero de 2027 — pida un consentimiento nuevo y actualice date y expires, o quite la imagen o el nombre`,
    ]);
    write(root, 'public/imagenes/foro.png', png(640, 480));
    expect(check(root)).toEqual([`${image}:9:5  images.0.width  La imagen mide 640 × 480 píxeles, no 64 × 48 — escriba width: 640 y height: 480`]);
  });

  it('checks across files still see every file', () => {
    const root = corpusRoot();
    expect(check(root)).toEqual([]);
    write(root, 'content/organizations/Lumos.md', VALID['content/organizations/lumos.md']!);
    expect(check(root)).toEqual([
      'content/organizations/Lumos.md  (archivo)  «Lumos.md» y «lumos.md» solo se distinguen por mayúsculas o tildes: serían la misma página — deje uno solo',
    ]);
  });

  /** Ways a cache file gets broken, from the good one. */
  const broken: [string, (good: string) => string | Uint8Array][] = [
    ['not JSON', () => 'esto no es JSON {'],
    ['cut short', (good) => good.slice(0, good.length / 2)],
    ['JSON of another shape', () => JSON.stringify({ format: 1, entries: { [SCRIPT]: { key: 1, problems: 'x' } } })],
    ['its problems without their fields', (good) => good.replace(/"problems":\[.*?\]\}/, '"problems":[{"line":"uno"}]}')],
    ['of another format, whatever it holds', (good) => good.replaceAll(/"problems":\[.*?\]\}/g, '"problems":[]}').replace('"format":1', '"format":0')],
    ['not text at all', () => new Uint8Array([0, 255, 254, 7])],
  ];
  for (const [kind, breakIt] of broken) {
    it(`a cache file that is ${kind} is ignored, and replaced`, () => {
      const root = corpusRoot({ [SCRIPT]: position('', '<script>alert(1)</script>\n') });
      expect(check(root)).toEqual([SCRIPT_LINE]);
      write(root, CACHE, breakIt(readFileSync(join(root, CACHE), 'utf8')));
      expect(check(root)).toEqual([SCRIPT_LINE]);
      expect(JSON.parse(readFileSync(join(root, CACHE), 'utf8'))).toMatchObject({ format: 1 });
      expect(check(root)).toEqual([SCRIPT_LINE]);
    });
  }

  it('keeps nothing when told not to', () => {
    const root = corpusRoot({ [SCRIPT]: position('', '<script>alert(1)</script>\n') });
    expect(checkContent(root, { today: TODAY, cacheDir: false }).map(formatProblem)).toEqual([SCRIPT_LINE]);
    expect(() => readFileSync(join(root, CACHE))).toThrow();
  });
});
