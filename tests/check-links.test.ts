/**
 * The link check over built output (src/checks/built-links.ts), on a small
 * hand-made output folder: every link that leads nowhere is reported on
 * every page that holds it, however often the same target comes up.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenLinks } from '../src/checks/built-links.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function output(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bitacora-links-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Pages are read in the file system's order; links in a page, in order. */
const byPage = (links: { page: string; href: string }[]) => [...links].sort((a, b) => a.page.localeCompare(b.page));

const page = (...hrefs: string[]) => `<!doctype html><html><body>${hrefs.map((h) => `<a href="${h}">x</a>`).join('')}</body></html>`;

describe('links in the built site', () => {
  it('reports each link that leads nowhere on every page that holds it, and nothing else', () => {
    const dir = output({
      'index.html': page('/grupos/familia/', '/grupos/falta/', '/style.css', 'grupos/familia/', '#arriba', 'https://ejemplo.org/'),
      'grupos/familia/index.html': page('/', '../', '../falta/', '/grupos/falta/', '/grupos/familia/', '/grupos/familia/', '/otro.css?v=1'),
      'grupos/otra/index.html': page('/grupos/falta/', '/grupos/familia/', '/style.css', '/grupos/familia/calendario.ics'),
      'grupos/index.html': page('/'),
      'style.css': '',
      'grupos/familia/calendario.ics': '',
    });
    expect(byPage(brokenLinks(dir, '/'))).toEqual([
      { page: 'grupos/familia/index.html', href: '../falta/' },
      { page: 'grupos/familia/index.html', href: '/grupos/falta/' },
      { page: 'grupos/familia/index.html', href: '/otro.css?v=1' },
      { page: 'grupos/otra/index.html', href: '/grupos/falta/' },
      { page: 'index.html', href: '/grupos/falta/' },
    ]);
  });

  it('under a sub-path, a link outside it leads nowhere', () => {
    const dir = output({ 'index.html': page('/bitacora/', '/grupos/', 'https://sitio.org/bitacora/', 'https://sitio.org/fuera/'), 'grupos/index.html': page('/bitacora/') });
    expect(byPage(brokenLinks(dir, '/bitacora/', 'https://sitio.org'))).toEqual([
      { page: 'index.html', href: '/grupos/' },
      { page: 'index.html', href: 'https://sitio.org/fuera/' },
    ]);
  });
});
