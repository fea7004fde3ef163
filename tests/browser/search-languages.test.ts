/**
 * Search from the Portuguese and English search pages. Documents are Spanish
 * (`<html lang="es">`, the `es` index); a translated document's page is
 * indexed in its own language (the real content translates the migration
 * group into Portuguese and English, so the bundle also holds a one-page
 * `pt` and `en` index). A search page in any language must search the
 * Spanish documents, and also its own language's index when there is one.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAndServe, launchChromium, openContext, openPage, resultPaths, type ServedSite, searchSettled, showAll } from '../helpers/browser.ts';

let served: ServedSite;
let browser: Browser;

beforeAll(async () => {
  [served, browser] = await Promise.all([buildAndServe(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

/**
 * Opens the search page of `lang` (/buscar/, /pt/buscar/, /en/buscar/; any
 * other language is /buscar/ served with that `<html lang>`) at an address,
 * waits for the results, and notes which of Pagefind's files it fetched.
 */
async function searchIn(lang: string, query: string): Promise<{ page: Page; paths: string[]; fetched: string[]; context: BrowserContext }> {
  const context = await openContext(browser);
  const own = ['pt', 'en'].includes(lang);
  if (lang !== 'es' && !own) {
    await context.route(/\/buscar\/(\?.*)?$/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace('<html lang="es">', `<html lang="${lang}">`) });
    });
  }
  const { page, problems } = await openPage(context);
  const fetched: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/pagefind/')) fetched.push(path.slice('/pagefind/'.length));
  });
  await page.goto(served.url(`${own ? `/${lang}` : ''}/buscar/?${query}`));
  await searchSettled(page);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
  expect(problems).toEqual([]);
  return { page, paths: await resultPaths(page), fetched, context };
}

/** Opens the filters and adds up the counts of one filter's choices: every result once, for a filter each page has one value of. */
async function counted(page: Page, filter: string): Promise<number> {
  await page.locator('[data-search-filters] > summary').click();
  await page.locator('[data-search-filters][aria-busy="false"]').waitFor({ state: 'attached' });
  const choices = await page.locator(`select[name="${filter}"] option`).allTextContents();
  return choices.reduce((sum, choice) => sum + Number(/\((\d+)\)$/.exec(choice)?.[1] ?? 0), 0);
}

/** The languages whose index metadata a page fetched. */
const indexes = (fetched: string[]) =>
  fetched
    .filter((file) => file.endsWith('.pf_meta'))
    .map((file) => file.replace(/^pagefind\.([a-z]+)_.*$/, '$1'))
    .sort();

describe('a search page in another language', () => {
  it('in Spanish, reads the Spanish index only, and the entry file once', async () => {
    const { paths, fetched, context } = await searchIn('es', 'q=migracion+venezolana');
    expect(paths).toContain('/grupos/migraciones/');
    expect(indexes(fetched)).toEqual(['es']);
    expect(fetched.filter((file) => file.startsWith('pagefind-entry.json'))).toHaveLength(1);
    await context.close();
  });

  it('in Portuguese, searches the Spanish documents and the Portuguese translations, each page once', async () => {
    const spanish = await searchIn('pt', 'q=migracion+venezolana');
    expect(spanish.paths).toEqual(expect.arrayContaining(['/grupos/migraciones/', '/avances/migraciones-2020-t2/']));
    expect(indexes(spanish.fetched)).toEqual(['es', 'pt']);
    await spanish.context.close();

    const { page, paths, context } = await searchIn('pt', 'q=deslocados');
    expect(paths[0]).toBe('/pt/grupos/migraciones/');
    // "SICA" is in the Spanish group page and in its translation: both, each once, and filters count both indexes.
    await page.locator('#search-q').fill('sica');
    await page.locator('#search-q').press('Enter');
    await page.waitForURL(/q=sica/);
    await searchSettled(page);
    await showAll(page);
    const all = await resultPaths(page);
    expect(all).toEqual(expect.arrayContaining(['/grupos/migraciones/', '/pt/grupos/migraciones/']));
    expect(new Set(all).size).toBe(all.length);
    // Each page has one kind: the counts of both indexes add up to every result.
    expect(await counted(page, 'tipo')).toBe(all.length);
    await context.close();
  });

  it('in English, the same with the English translations, and Spanish plurals still find their singulars', async () => {
    const { page, paths, fetched, context } = await searchIn('en', 'q=displaced');
    // The page speaks English; the results are what the documents say.
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/^(1 result|\d+ results) for “displaced”$/);
    expect(paths[0]).toBe('/en/grupos/migraciones/');
    expect(indexes(fetched)).toEqual(['en', 'es']);
    // Kinds, statuses, groups and dates in English, though the index files them in Spanish.
    const lines = await page.locator('[data-search-results] .line').allTextContents();
    expect(lines[0]).toBe('Working group · Active');
    await context.close();
    const event = await searchIn('en', 'q=quito+cumbre');
    const line = await event.page.locator('[data-search-results] li', { has: event.page.locator('h2', { hasText: 'Cumbre del Foro Mundial' }) }).locator('.line').textContent();
    // Chromium's and Node's Intl space the dash differently.
    expect(line).toMatch(/^Event · Summit January 20\s?–\s?24, 2020$/);
    await event.page.locator('[data-search-filters] > summary').click();
    await event.page.locator('[data-search-filters][aria-busy="false"]').waitFor({ state: 'attached' });
    expect(await event.page.locator('select[name="tipo"] option').allTextContents()).toContain('Event (1)');
    await event.context.close();
    // Countries too, though the address keeps the index's Spanish value.
    const country = await searchIn('en', 'pais=Estados+Unidos');
    expect(await country.page.locator('select[name="pais"] option:checked').textContent()).toMatch(/^United States \(\d+\)$/);
    await country.context.close();
    // The English index is opened first, so its stemmer reads the words (scripts/search/pagefind.ts).
    const plural = await searchIn('en', 'q=venezolanos');
    expect(plural.paths).toContain('/grupos/migraciones/');
    await plural.context.close();
  });

  it('in English, a word only the translation has lists the translation, not Spanish pages matching a piece of it', async () => {
    // The Spanish index has no word like «migration»: Pagefind cut it to «mi» there and listed events about other things.
    const { page, paths, context } = await searchIn('en', 'q=migration');
    await showAll(page);
    const all = await resultPaths(page);
    expect(paths[0]).toBe('/en/grupos/migraciones/');
    expect(all.every((path) => path.startsWith('/en/'))).toBe(true);
    expect(await page.locator('[data-search-status]').textContent()).toBe(`${all.length === 1 ? '1 result' : `${all.length} results`} for “migration”`);
    // The filters count the same results as the list.
    expect(await counted(page, 'tipo')).toBe(all.length);
    await context.close();
  });

  it('in English, a kind typed in English finds what the Spanish documents file under it', async () => {
    // No document says «summit»: the record files the Quito summit as a «Cumbre».
    const { page, paths, context } = await searchIn('en', 'q=summit');
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/^No document matches “summit”\. (1 result|\d+ results) for “cumbre”$/);
    expect(paths).toContain('/eventos/foro-mundial-migracion-desarrollo-2020/');
    await context.close();
  });

  it('in a language with no index, searches the Spanish documents only', async () => {
    const { paths, fetched, context } = await searchIn('fr', 'q=migracion+venezolana');
    expect(paths).toContain('/grupos/migraciones/');
    expect(paths.some((path) => /^\/(pt|en)\//.test(path))).toBe(false);
    expect(indexes(fetched)).toEqual(['es']);
    await context.close();
  });
});
