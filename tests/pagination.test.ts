/**
 * Long lists cut into pages: the pure helper, then a real build of the real
 * content plus a meeting with 230 open action items and 120 done ones, read
 * the way a reader pages through it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_SIZE, pageParam, pagePath, pagesOf } from '../src/lib/pagination.ts';
import { launchChromium, openContext, openPage } from './helpers/browser.ts';
import { linksOf, textOf } from './helpers/html.ts';
import { makeSite, serve, type Site } from './helpers/site.ts';

describe('pagesOf', () => {
  it('cuts a list into pages of the size asked, the last one shorter, every row once and in order', () => {
    const rows = Array.from({ length: 205 }, (_, i) => i);
    const pages = pagesOf(rows, 100);
    expect(pages.map((p) => p.rows.length)).toEqual([100, 100, 5]);
    expect(pages.flatMap((p) => p.rows)).toEqual(rows);
    expect(pages.map((p) => [p.number, p.count, p.total])).toEqual([[1, 3, 205], [2, 3, 205], [3, 3, 205]]);
  });

  it('gives an empty list one empty page, so the list still has its address', () => {
    expect(pagesOf([])).toEqual([{ rows: [], number: 1, count: 1, total: 0 }]);
    expect(pagesOf(Array.from({ length: PAGE_SIZE }, (_, i) => i))).toHaveLength(1);
  });

  it('keeps the first page at the list address and puts the others under pagina/', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('pagina/2');
    expect(pagePath('/acciones/', 1)).toBe('/acciones/');
    expect(pagePath('/acciones/hechas/', 12)).toBe('/acciones/hechas/pagina/12/');
  });
});

const OPEN = 230;
const DONE = 120;

/** A meeting recording `OPEN` pending items and `DONE` done ones, each text numbered so it can be found. */
function meeting(): string {
  const item = (n: number, status: string) => `  - text: Acción número ${String(n).padStart(3, '0')} del plan regional.\n    owners: [world-vision]\n    status: ${status}\n`;
  const items = [
    ...Array.from({ length: OPEN }, (_, i) => item(i + 1, 'pending')),
    ...Array.from({ length: DONE }, (_, i) => item(OPEN + i + 1, 'done')),
  ].join('');
  return `---\ntitle: Reunión con muchas acciones\ndate: '2024-03-05'\nkind: technical\nattendees: []\nsummary: Una reunión que acordó muchas acciones.\naction_items:\n${items}---\n\nLa reunión repartió el plan regional en acciones.\n`;
}

describe('a list longer than a page', () => {
  let site: Site;
  let output = '';
  beforeAll(() => {
    site = makeSite({ withContent: true });
    site.write('content/meetings/reunion-con-muchas-acciones.md', meeting());
    const result = site.build();
    output = result.output;
    expect(result.status, output).toBe(0);
  }, 180_000);
  afterAll(() => site?.remove());

  const page = (path: string) => site.page(path);
  const numbers = (path: string) => [...textOf(page(path)).matchAll(/Acción número (\d{3})/g)].map((m) => Number(m[1]));

  it('shows the open items a hundred to a page, every one of them once, most urgent first', () => {
    const first = numbers('/acciones/');
    const pages = [first, numbers('/acciones/pagina/2/'), numbers('/acciones/pagina/3/')];
    // The content's own open items share the pages with the meeting's.
    const lengths = pages.map((p) => p.length);
    expect(lengths[0]).toBeLessThanOrEqual(100);
    expect(lengths[1]).toBeLessThanOrEqual(100);
    const all = pages.flat();
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort((a, b) => a - b)).toEqual(Array.from({ length: OPEN }, (_, i) => i + 1));
    expect(() => page('/acciones/pagina/4/')).toThrow();
    // Headings count the whole list, not the page.
    expect(textOf(page('/acciones/pagina/2/'))).toMatch(/Pendiente \((\d+)\)/);
    expect(Number(/Pendiente \((\d+)\)/.exec(textOf(page('/acciones/')))?.[1])).toBeGreaterThanOrEqual(OPEN);
  });

  it('links each page to the one before and after, and says where the reader is', () => {
    const pager = (path: string) => /<nav class="pager"[\s\S]*?<\/nav>/.exec(page(path))?.[0] ?? '';
    expect(textOf(pager('/acciones/'))).toBe('Página 1 de 3 Siguiente →');
    expect(linksOf(pager('/acciones/'))).toEqual(['/acciones/pagina/2/']);
    expect(textOf(pager('/acciones/pagina/2/'))).toBe('← Anterior Página 2 de 3 Siguiente →');
    expect(linksOf(pager('/acciones/pagina/2/'))).toEqual(['/acciones/', '/acciones/pagina/3/']);
    expect(linksOf(pager('/acciones/pagina/3/'))).toEqual(['/acciones/pagina/2/']);
    expect(page('/acciones/pagina/2/')).toContain('<title>Acciones · Página 2 de 3 · Bitácora</title>');
    // The lead says so too, as a sentence of its own.
    expect(textOf(page('/acciones/pagina/2/'))).toMatch(/día de esta publicación\. Página 2 de 3\./);
    expect(page('/acciones/hechas/')).toContain('>Acciones abiertas</a>. Página 1 de 2.</p>');
    // In Portuguese and English too, with their own words and links.
    expect(textOf(pager('/pt/acciones/pagina/2/'))).toBe('← Anterior Página 2 de 3 Próxima →');
    expect(linksOf(pager('/en/acciones/pagina/2/'))).toEqual(['/en/acciones/', '/en/acciones/pagina/3/']);
  });

  it('keeps the tallies by group and owner on the first page only', () => {
    expect(textOf(page('/acciones/'))).toContain('Por responsable');
    expect(textOf(page('/acciones/pagina/2/'))).not.toContain('Por responsable');
  });

  it('pages the done items the same way, and leaves a short list on one page with no pager', () => {
    expect(numbers('/acciones/hechas/').length + numbers('/acciones/hechas/pagina/2/').length).toBe(DONE);
    expect(page('/acciones/hechas/pagina/2/')).toContain('rel="prev"');
    expect(page('/avances/')).not.toContain('class="pager"');
  });

  it('lists every page in the sitemap, in every language', () => {
    const sitemap = readFileSync(join(site.root, 'dist/sitemap.xml'), 'utf8');
    for (const path of ['/acciones/pagina/2/', '/acciones/pagina/3/', '/pt/acciones/pagina/2/', '/en/acciones/hechas/pagina/2/']) {
      expect(sitemap).toContain(`<loc>https://bitacora.example.org${path}</loc>`);
    }
    expect(sitemap).not.toContain('/acciones/pagina/4/');
  });

  it('passes axe on the pages the real content is too short to have, in a real browser', async () => {
    const [server, browser] = await Promise.all([serve(join(site.root, 'dist')), launchChromium()]);
    try {
      const { page: tab, problems } = await openPage(await openContext(browser));
      const violations: string[] = [];
      for (const path of ['/acciones/pagina/2/', '/pt/acciones/hechas/pagina/2/']) {
        await tab.goto(new URL(path.slice(1), server.url).href);
        const results = await new AxeBuilder({ page: tab }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        for (const v of results.violations) violations.push(`${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }
      expect(violations).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  }, 120_000);

  it('writes valid HTML on every page of the list', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });
    for (const path of ['/acciones/', '/acciones/pagina/2/', '/pt/acciones/pagina/3/', '/acciones/hechas/pagina/2/']) {
      const report = await validator.validateString(page(path));
      expect(report.results.flatMap((r) => r.messages.map((m) => `${path}:${m.line} ${m.ruleId} ${m.message}`))).toEqual([]);
    }
  });
});
