/**
 * Search on a site published under a sub-path (/bitacora/, as on GitHub
 * Pages), with one document whose fields and text look like HTML: results
 * must link inside the sub-path, and nothing a document says may become
 * markup on the search page.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openContext, openPage, resultPaths, searchSettled } from '../helpers/browser.ts';
import { makeSite, serve, type Served, type Site } from '../helpers/site.ts';

const BASE = '/bitacora/';

/** An organisation written to try every way text could turn into markup. */
const HOSTILE = `---
name: 'Prueba <b>negrita</b> <img src=x onerror="window.__xss=1">'
acronym: '<i>PM</i>'
kind: other
membership: external
summary: 'Resumen con <script>window.__xss=2</script> y &lt;mark&gt;falso&lt;/mark&gt; sobre la zarzamora.'
---

Texto sobre la zarzamora con un <b>, escrito como texto: &lt;img src=x onerror="window.__xss=3"&gt;.
`;

let site: Site;
let server: Served;
let browser: Browser;
let reader: BrowserContext;

beforeAll(async () => {
  site = makeSite({ withContent: true });
  site.write('content/organizations/prueba-marcado.md', HOSTILE);
  const result = site.build({ base: BASE });
  expect(result.status, result.output).toBe(0);
  [server, browser] = await Promise.all([serve(`${site.root}/dist`, BASE), launchChromium()]);
  reader = await openContext(browser);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  site?.remove();
});

describe('under a sub-path', () => {
  it('the header form leads to the sub-path’s search, whose results link inside it', async () => {
    const { page, problems } = await openPage(reader);
    await page.goto(`${server.url}grupos/`);
    await page.locator('#site-search-q').fill('migracion venezolana');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/bitacora\/buscar\/\?q=migracion\+venezolana$/);
    await searchSettled(page);
    const hrefs = await page.locator('[data-search-results] h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/bitacora/grupos/migraciones/');
    expect(hrefs.every((href) => href?.startsWith(BASE))).toBe(true);
    await page.locator('[data-search-results] a[href="/bitacora/grupos/migraciones/"]').click();
    await page.waitForURL(/\/bitacora\/grupos\/migraciones\/$/);
    expect(await page.locator('h1').textContent()).toBe('Grupo Migraciones');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('filters work there too', async () => {
    const { page } = await openPage(reader);
    await page.goto(`${server.url}buscar/?tipo=Evento&pais=Ecuador`);
    await searchSettled(page);
    expect(await resultPaths(page, BASE)).toEqual(['/eventos/foro-mundial-migracion-desarrollo-2020/']);
    await page.close();
  });
});

describe('a document that looks like HTML', () => {
  it('is shown as the text it is: title, kind and excerpt never become markup', async () => {
    const { page, problems } = await openPage(reader);
    await page.goto(`${server.url}buscar/?q=zarzamora`);
    await searchSettled(page);
    const result = page.locator('[data-search-results] > li');
    expect(await result.count()).toBe(1);
    expect(await result.locator('h2 a').textContent()).toBe('Prueba <b>negrita</b> <img src=x onerror="window.__xss=1"> (<i>PM</i>)');
    expect(await result.locator('.excerpt').textContent()).toContain('<script>window.__xss=2</script>');
    // The only elements inside a result are the ones the page builds.
    const tags = await result.locator('*').evaluateAll((nodes) => [...new Set(nodes.map((n) => n.tagName.toLowerCase()))].sort());
    expect(tags.every((tag) => ['a', 'h2', 'mark', 'p', 'span'].includes(tag)), tags.join()).toBe(true);
    // Page text that spells "<mark>" is not a highlight.
    const marks = await result.locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((mark) => /^zarzamora\W?$/.test(mark)), marks.join()).toBe(true);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    expect(problems).toEqual([]);
    await page.close();
  });
});
