/**
 * Pages reach Pagefind while Astro renders (src/integrations/search-stream.ts),
 * and Pagefind numbers them in the order they arrive, which is the site's
 * "newest first". These tests run the stream against a stand-in for
 * Pagefind's index that records what it is sent: whatever order pages are
 * rendered in, they arrive in the planned order, and whenever the plan does
 * not hold the stream says so, so the build indexes the written pages again
 * instead of publishing a wrongly ordered index. The whole build goes
 * through it in search-index.test.ts and incremental-build.test.ts.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { PagefindIndex } from 'pagefind';
import { afterEach, describe, expect, it } from 'vitest';
import { type PlannedPage, SearchStream } from '../src/integrations/search-stream.ts';

/** A document page as the layouts write it: indexed content and the day it is listed by. */
const page = (title: string, date: string, indexed = true) =>
  `<!DOCTYPE html><html lang="es"><body><article${indexed ? ' data-pagefind-body' : ''}><h1>${title}</h1>` +
  `<dl><dt>Fecha</dt><dd>${date}</dd></dl><data value="${date}" data-search-date hidden></data></article></body></html>`;

const PLAN: PlannedPage[] = [
  { url: '/reuniones/c/', date: '2024-03-01' },
  { url: '/pt/reuniones/c/', date: '2024-03-01' },
  { url: '/reuniones/b/', date: '2023-05-10' },
  { url: '/grupos/a/', date: '0000-00-00' },
];

function recorder() {
  const sent: { url: string; content: string }[] = [];
  const index = {
    addHTMLFile: ({ url, content }: { url: string; content: string }) => {
      sent.push({ url, content });
      return Promise.resolve({ errors: [], file: { url, meta: {}, filters: {} } });
    },
  } as unknown as PagefindIndex;
  return { index, sent };
}

/** Renders every planned page but `except`, as the build would: the Portuguese page of an untranslated document is not indexed. */
function renderPlan(stream: SearchStream, except: string[] = []): void {
  for (const { url, date } of PLAN) if (!except.includes(url)) stream.rendered(url, page(url, date, !url.startsWith('/pt/')));
}

let site: string | undefined;
afterEach(() => {
  if (site) rmSync(site, { recursive: true, force: true });
  site = undefined;
});
/** A built site with these files in it. */
function builtSite(files: Record<string, string>): string {
  site = mkdtempSync(join(tmpdir(), 'bitacora-stream-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), text);
  }
  return site;
}

describe('pages handed to the search index while the site is built', () => {
  it('arrive in the planned order whatever order they are rendered in, untranslated pages left out', async () => {
    const { index, sent } = recorder();
    const stream = new SearchStream(index, PLAN, 2);
    stream.rendered('/grupos/a/', page('A', '0000-00-00'));
    stream.rendered('/reuniones/b/', page('B', '2023-05-10'));
    expect(sent).toEqual([]); // the newest has not been rendered yet
    stream.rendered('/pt/reuniones/c/', page('C', '2024-03-01', false));
    stream.rendered('/reuniones/c/', page('C', '2024-03-01'));
    stream.rendered('/reuniones/', '<html lang="es"><body><h1>Reuniones</h1></body></html>');
    expect(await stream.finish(builtSite({}))).toBeUndefined();
    expect(sent.map((s) => s.url)).toEqual(['/reuniones/c/', '/reuniones/b/', '/grupos/a/']);
    // With the spaces Pagefind needs between a field's name and its value.
    expect(sent[0]?.content).toContain('<dt>Fecha</dt> <dd>');
  });

  it('reads a page Astro copied from the last build from that copy, and one it did not render from the output', async () => {
    const { index, sent } = recorder();
    const stream = new SearchStream(index, PLAN, 16);
    const dir = builtSite({
      'cache/reuniones/c/index.html': page('C copiada', '2024-03-01'),
      'dist/reuniones/b/index.html': page('B escrita', '2023-05-10'),
      'dist/grupos/a/index.html': page('A', '0000-00-00'),
      'dist/pt/reuniones/c/index.html': page('C', '2024-03-01', false),
    });
    stream.copied('/reuniones/c/', join(dir, 'cache/reuniones/c/index.html'));
    expect(await stream.finish(join(dir, 'dist'))).toBeUndefined();
    expect(sent.map((s) => s.content.match(/<h1>([^<]+)/)?.[1])).toEqual(['C copiada', 'B escrita', 'A']);
  });

  it('takes the rendered page over the last build’s copy when Astro renders it after all, before its turn', async () => {
    const { index, sent } = recorder();
    const stream = new SearchStream(index, PLAN, 16);
    stream.copied('/reuniones/b/', '/no/existe.html');
    stream.rendered('/reuniones/b/', page('B nueva', '2023-05-10'));
    renderPlan(stream, ['/reuniones/b/']);
    expect(await stream.finish(builtSite({}))).toBeUndefined();
    expect(sent[1]?.content).toContain('B nueva');
  });

  describe('says the index cannot be used', () => {
    it('when a page is filed under another day than planned', async () => {
      const stream = new SearchStream(recorder().index, PLAN, 16);
      stream.rendered('/reuniones/c/', page('C', '2022-01-01'));
      renderPlan(stream, ['/reuniones/c/']);
      expect(await stream.finish(builtSite({}))).toMatch(/\/reuniones\/c\/ tiene fecha 2022-01-01 y se esperaba 2024-03-01/);
    });

    it('when a page nobody planned asks to be indexed, rendered or found in the output', async () => {
      const rendered = new SearchStream(recorder().index, PLAN, 16);
      renderPlan(rendered);
      rendered.rendered('/otra/', page('Otra', '2025-01-01'));
      expect(await rendered.finish(builtSite({}))).toMatch(/\/otra\/ se indexa pero no estaba previsto/);
      rmSync(site!, { recursive: true });

      const written = new SearchStream(recorder().index, PLAN, 16);
      renderPlan(written);
      expect(await written.finish(builtSite({ 'otra/index.html': page('Otra', '2025-01-01') }))).toMatch(/\/otra\/ se indexa/);
    });

    it('when a copy of the last build was handed over and Astro then renders the page instead', async () => {
      const { index } = recorder();
      const stream = new SearchStream(index, PLAN, 16);
      const dir = builtSite({ 'cache/c.html': page('C', '2024-03-01') });
      stream.copied('/reuniones/c/', join(dir, 'cache/c.html'));
      renderPlan(stream);
      expect(await stream.finish(dir)).toMatch(/\/reuniones\/c\/ se generó de nuevo/);
    });

    it('when a planned page is missing from the output', async () => {
      const stream = new SearchStream(recorder().index, PLAN, 16);
      renderPlan(stream, ['/reuniones/b/']);
      expect(await stream.finish(builtSite({}))).toMatch(/falta \/reuniones\/b\//);
    });
  });
});
