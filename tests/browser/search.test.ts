/**
 * Search as readers use it, in a real Chromium against the real content,
 * built once by the real CLI and served as a static host would serve it:
 * Spanish typed without accents, every filter, browsing without words, a
 * shared link, the keyboard, no JavaScript at all, a strict CSP, and axe.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildAndServe, launchChromium, openContext, openPage, resultPaths, type ServedSite, searchSettled, showAll } from '../helpers/browser.ts';

let served: ServedSite;
let browser: Browser;
/** One reader's browser: pages share its cache, as tabs do. */
let reader: BrowserContext;

beforeAll(async () => {
  [served, browser] = await Promise.all([buildAndServe(), launchChromium()]);
  reader = await openContext(browser);
});
afterAll(async () => {
  await typing?.page.context().close();
  await browser?.close();
  await served?.close();
});
afterEach(async () => {
  await Promise.all(reader.pages().map((page) => page.close()));
});

/** Waits until the filters, if open, show their choices with counts. */
async function filtersSettled(page: Page): Promise<void> {
  if (await page.locator('[data-search-filters]').evaluate((details) => (details as HTMLDetailsElement).open)) {
    await page.locator('[data-search-filters][aria-busy="false"]').waitFor({ state: 'attached' });
  }
}

/** Opens the filters as a reader does, which fetches their values, and waits for them. */
async function openFilters(page: Page): Promise<void> {
  await page.locator('[data-search-filters] > summary').click();
  await filtersSettled(page);
}

/** Opens /buscar/ at an address (words, filters, order) and waits for its results; fails on any page error or CSP violation. */
async function search(query: string): Promise<{ page: Page; paths: string[]; status: string }> {
  const { page, problems } = await openPage(reader);
  await page.goto(served.url(`/buscar/?${query}`));
  await searchSettled(page);
  await filtersSettled(page);
  expect(problems).toEqual([]);
  return { page, paths: await resultPaths(page), status: (await page.locator('[data-search-status]').textContent()) ?? '' };
}

/** One /buscar/ page kept open, searched by typing words and Enter, as a reader does after the first search. */
let typing: { page: Page; problems: string[] } | undefined;
async function searchWords(words: string): Promise<{ page: Page; paths: string[]; status: string }> {
  if (!typing) {
    typing = await openPage(await openContext(browser));
    await typing.page.goto(served.url('/buscar/'));
    await searchSettled(typing.page);
  }
  const { page, problems } = typing;
  await page.locator('#search-q').fill(words);
  await page.locator('#search-q').press('Enter');
  await page.waitForURL((url) => url.searchParams.get('q') === words);
  await searchSettled(page);
  // Taken out, so a problem fails the search that caused it and not every later one.
  expect(problems.splice(0), words).toEqual([]);
  return { page, paths: await resultPaths(page), status: (await page.locator('[data-search-status]').textContent()) ?? '' };
}

const marks = (page: Page) => page.locator('[data-search-results] mark').allTextContents();

describe('Spanish as people type it', () => {
  it('finds pages written with accents from words typed without them', async () => {
    const cases: [string, string[]][] = [
      ['migracion venezolana', ['/grupos/migraciones/', '/avances/migraciones-2020-t2/']],
      ['ninos ninas adolescentes', ['/organizaciones/iin-oea/', '/eventos/congreso-panamericano-2019/']],
      ['castigo fisico', ['/posicionamientos/prohibir-castigo-fisico-y-humillante/', '/grupos/violencia/']],
      ['institucionalizacion', ['/grupos/derecho-a-vivir-en-familia/', '/organizaciones/lumos/']],
    ];
    for (const [query, expected] of cases) {
      const { page, paths } = await searchWords(query);
      expect(paths.slice(0, 4), query).toEqual(expect.arrayContaining(expected));
      // The accented words the page really has are the ones highlighted.
      expect((await marks(page)).join(' '), query).toMatch(/[áéíóúñ]/i);
    }
  });

  it('puts the document about the words first', async () => {
    expect((await searchWords('castigo fisico')).paths[0]).toBe('/posicionamientos/prohibir-castigo-fisico-y-humillante/');
    expect((await searchWords('institucionalizacion')).paths).toContain('/avances/familia-2020-t2/');
  });

  it('finds other forms of the same word', async () => {
    expect((await searchWords('venezolanos')).paths).toContain('/grupos/migraciones/');
    expect((await searchWords('castigos fisicos')).paths[0]).toBe('/posicionamientos/prohibir-castigo-fisico-y-humillante/');
    expect((await searchWords('migraciones')).paths).toContain('/eventos/foro-mundial-migracion-desarrollo-2020/');
  });

  it('finds organisations by the other names the record gives them', async () => {
    expect((await searchWords('aisos')).paths[0]).toBe('/organizaciones/aldeas-infantiles-sos/');
    expect((await searchWords('observadora')).paths).toEqual(expect.arrayContaining(['/organizaciones/fmsi/', '/organizaciones/icmec/']));
  });

  it('treats "año" and "ano" alike, and does not answer them with every page that has an "a"', async () => {
    // Folding makes them one word. The record never says "año", and Pagefind's
    // last resort would match the preposition "a" on every page.
    for (const query of ['ano', 'año']) {
      const { paths, status } = await searchWords(query);
      expect(paths).toEqual([]);
      expect(status).toContain('Ningún documento coincide');
    }
    const withYear = await searchWords('ano 2019');
    expect(withYear.paths).toEqual((await searchWords('año 2019')).paths);
    expect(withYear.paths).toEqual(expect.arrayContaining(['/eventos/congreso-panamericano-2019/', '/eventos/foro-politico-alto-nivel-2019/']));
    expect(withYear.status).toMatch(/^Ningún documento coincide con «ano 2019»\. \d+ resultados para «2019»$/);
  });

  it('finds nothing for a word the archive does not have, rather than pages with a word it begins with', async () => {
    // Words a record of child rights will not use: Pagefind would answer each with every page that has «con», «para», «del» or «sobre».
    for (const query of ['contrabajo', 'paraguas', 'delfines', 'sobrepeso']) {
      const { paths, status } = await searchWords(query);
      expect(paths, query).toEqual([]);
      expect(status, query).toBe('Ningún documento coincide. Pruebe con otras palabras o quite algún filtro.');
    }
    // The other words still find what they find, and the reader is told which were left out.
    const { paths, status } = await searchWords('ninos paraguas');
    expect(status).toMatch(/^Ningún documento coincide con «ninos paraguas»\. \d+ resultados para «ninos»$/);
    expect(paths).toEqual((await searchWords('ninos')).paths);
    // The same stem with another ending is a match, not a last resort: «ninos» finds «niñas», «nacionalidades» «nacionales».
    expect((await searchWords('nacionalidades')).paths).toContain('/organizaciones/redlamyc/');
  });

  it('answers a misspelt word with the results for the word meant, and says so', async () => {
    // «violensia», «adolesentes»: Spanish as it sounds; «migarcion»: a slipped key. The archive has none of them.
    for (const [typed, meant, expected] of [
      ['violensia', 'violencia', '/grupos/violencia/'],
      ['adolesentes', 'adolescentes', '/organizaciones/iin-oea/'],
      ['migarcion', 'migración', '/grupos/migraciones/'],
    ] as const) {
      const { paths, status } = await searchWords(typed);
      expect(status, typed).toMatch(new RegExp(`^Ningún documento coincide con «${typed}»\\. \\d+ resultados para «${meant}»$`));
      expect(paths, typed).toContain(expected);
    }
    // Still nothing where nothing is close: the reader is told so, as before.
    expect((await searchWords('xyzzy')).status).toBe('Ningún documento coincide. Pruebe con otras palabras o quite algún filtro.');
  });

  it('does not match navigation, footers, back-references, field labels, notes about languages or about what is not recorded', async () => {
    // "Bitácora" is in every page's header, footer and title, and in no document.
    expect((await searchWords('bitacora')).paths).toEqual([]);
    // The migration group's page lists the Quito summit, whose summary speaks of a youth forum; the group itself does not.
    const youth = await searchWords('jovenes');
    expect(youth.paths).toContain('/eventos/foro-mundial-migracion-desarrollo-2020/');
    expect(youth.paths).not.toContain('/grupos/migraciones/');
    // Nor the labels of a document's fields, on every page of its kind («Tipo», «Autoría»), which no document's text uses.
    expect((await searchWords('tipo')).paths).toEqual([]);
    expect((await searchWords('autoria')).paths).toEqual([]);
    // Nor those of an action item's line («Responsables: …», on every page that lists actions). The
    // meeting report's items all have owners; the word is nowhere else in it.
    expect((await searchWords('responsables')).paths).not.toContain('/reuniones/informe-reunion-tecnicos-2020/');
    // Nor the note, in Portuguese and English, that a document is only in Spanish: it is on most pages.
    expect((await searchWords('disponivel')).paths).toEqual([]);
    expect((await searchWords('available')).paths).toEqual([]);
    // Nor the notes that a field is not recorded: «No consta en el registro», «Sin responsable registrado».
    // (The ODS group's own uncertainty note says the Troika's members «no consta en las fuentes».)
    expect((await searchWords('consta')).paths).toEqual(['/grupos/ods/']);
    const registro = (await searchWords('registro')).paths;
    expect(registro).not.toContain('/grupos/violencia/');
    expect(registro).not.toContain('/reuniones/informe-reunion-tecnicos-2020/');
  });
});

describe('results', () => {
  it('show title, kind, date and an excerpt with the matches marked, and announce how many', async () => {
    const { page, status } = await search('q=castigo+fisico');
    const first = page.locator('[data-search-results] > li').first();
    expect(await first.locator('h2 a').textContent()).toBe('Prohibir todas las formas de castigo físico y humillante');
    expect(await first.locator('.line').textContent()).toBe('Posicionamiento · Publicado diciembre de 2016');
    expect(await first.locator('.excerpt mark').first().textContent()).toMatch(/castigo/i);
    expect(status).toBe('4 resultados para «castigo fisico»');
    const live = page.locator('[data-search-status]');
    expect(await live.getAttribute('role')).toBe('status');
    expect(await live.getAttribute('aria-live')).toBe('polite');
  });

  it('show five first, and ten more on request, said again in the live region, with focus on the first new one', async () => {
    const { page, paths, status } = await search('q=ninos+ninas+adolescentes');
    expect(paths).toHaveLength(5);
    expect(Number(/^(\d+) resultados/.exec(status)?.[1])).toBeGreaterThan(15);
    // Every text the live region takes from now on.
    await page.evaluate(() => {
      const region = document.querySelector('[data-search-status]')!;
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
    });
    // A real button: the keyboard reaches and presses it.
    await page.locator('[data-search-more]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-search-results] h2 a').count()).toBe(15);
    expect(await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('[data-search-results] > li')[5])).toBe(true);
    // Emptied, then the same words again, so screen readers read them once more.
    await expect.poll(() => page.evaluate(() => (window as unknown as { said: string[] }).said)).toEqual(['', status]);
  });
});

describe('what a first search downloads', () => {
  it('five results and no filter values; the filters’ values and counts when the reader opens them', async () => {
    // A reader's first visit: nothing cached.
    const context = await openContext(browser);
    const { page, problems } = await openPage(context);
    const fetched: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.includes('/pagefind/')) fetched.push(path.slice(path.indexOf('/pagefind/') + '/pagefind/'.length));
    });
    const words: string[] = [];
    page.on('request', (request) => {
      if (/palabras\.json|spelling/.test(request.url())) words.push(request.url());
    });
    const of = (folder: string) => fetched.filter((file) => file.startsWith(folder));
    await page.goto(served.url('/buscar/?q=ninos+ninas+adolescentes'));
    await searchSettled(page);
    expect(of('fragment/')).toHaveLength(5);
    expect(of('filter/')).toEqual([]);
    // Pagefind runs on the page, without the worker script, which would be its code a second time.
    expect(fetched).not.toContain('pagefind-worker.js');
    // The archive's words, for misspelt searches, only when a search finds nothing.
    expect(words).toEqual([]);
    expect(await page.locator('[data-search-filters]').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);

    await openFilters(page);
    // One chunk per filter: kind, group, organisation, year, country.
    expect(of('filter/')).toHaveLength(5);
    const kinds = await page.locator('select[name="tipo"] option').allTextContents();
    expect(kinds[0]).toBe('Cualquiera');
    expect(kinds.length).toBeGreaterThan(2);
    expect(kinds.slice(1).every((kind) => /\(\d+\)$/.test(kind)), kinds.join()).toBe(true);
    expect(of('fragment/')).toHaveLength(5);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('filters', () => {
  const options = (page: Page, name: string) => page.locator(`select[name="${name}"] option`).allTextContents();

  it('narrow by kind, with a count for each choice that stays true after choosing', async () => {
    const { page } = await search('q=migracion');
    await openFilters(page);
    expect(await options(page, 'tipo')).toEqual(expect.arrayContaining(['Cualquiera', 'Evento (1)', 'Grupo de trabajo (1)']));
    const before = await options(page, 'tipo');
    await page.selectOption('select[name="tipo"]', 'Evento');
    await page.waitForURL(/tipo=Evento/);
    await searchSettled(page);
    expect(await resultPaths(page)).toEqual(['/eventos/foro-mundial-migracion-desarrollo-2020/']);
    expect(new URL(page.url()).search).toBe('?q=migracion&tipo=Evento');
    expect(await options(page, 'tipo')).toEqual(before);
  });

  it('narrow by working group, organisation, year and country', async () => {
    const byGroup = await search('grupo=Grupo+Migraciones');
    expect(byGroup.paths).toEqual(expect.arrayContaining(['/grupos/migraciones/', '/avances/migraciones-2020-t2/', '/eventos/foro-mundial-migracion-desarrollo-2020/']));
    expect(byGroup.paths).not.toContain('/grupos/violencia/');

    const unicef = encodeURIComponent('Fondo de las Naciones Unidas para la Infancia (UNICEF)');
    const byOrg = await search(`org=${unicef}`);
    expect(byOrg.paths).toEqual(expect.arrayContaining(['/organizaciones/unicef/', '/grupos/migraciones/', '/grupos/derecho-a-vivir-en-familia/']));
    expect(byOrg.paths).not.toContain('/organizaciones/lumos/');

    const byYear = await search('anio=2019&tipo=Evento');
    expect(byYear.paths.sort()).toEqual([
      '/eventos/congreso-panamericano-2019/',
      '/eventos/foro-cepal-desarrollo-sostenible-2019/',
      '/eventos/foro-politico-alto-nivel-2019/',
    ]);

    expect((await search('pais=Ecuador')).paths).toEqual(['/eventos/foro-mundial-migracion-desarrollo-2020/']);
  });

  it('list their values from the content, not from a fixed list', async () => {
    const { page } = await search('tipo=Evento');
    expect(await options(page, 'pais')).toEqual(['Cualquiera', 'Chile (1)', 'Colombia (1)', 'Ecuador (1)', 'Estados Unidos (1)']);
    expect(await options(page, 'anio')).toEqual(['Cualquiera', '2020 (1)', '2019 (3)']);
  });

  it('browse without words, newest first', async () => {
    const { page, paths } = await search('tipo=Posicionamiento');
    expect(paths).toHaveLength(3);
    expect(paths.at(-1)).toBe('/posicionamientos/prohibir-castigo-fisico-y-humillante/');
    expect(await page.locator('select[name="orden"]').inputValue()).toBe('fecha');
    expect(await page.locator('select[name="orden"] option').evaluateAll((options) => options.map((o) => o.getAttribute('value')))).toEqual(['relevancia', 'fecha']);

    // An address from when titles were an order still opens, newest first.
    const old = await search('tipo=Posicionamiento&orden=titulo');
    expect(old.paths).toEqual(paths);
  });

  it('sort results by date when asked, newest first, undated documents last', async () => {
    const { page } = await search('q=migracion&orden=fecha');
    await showAll(page);
    const lines = await page.locator('[data-search-results] > li').evaluateAll((items) => items.map((item) => item.querySelector('.line')?.textContent ?? ''));
    // A date's first year is its start: "30 de diciembre de 2019 al 2 de enero de 2020" is 2019.
    const years = lines.map((line) => Number(/\b\d{4}\b/.exec(line)?.[0] ?? 0));
    expect(years[0]).toBe(2020);
    expect(years, lines.join(' | ')).toEqual([...years].sort((a, b) => b - a));
    expect(years.at(-1)).toBe(0);
    const byRelevance = await search('q=migracion');
    expect(await resultPaths(page)).not.toEqual(byRelevance.paths);
    // The same documents, only in another order.
    expect(lines).toHaveLength(Number(/^(\d+) resultados/.exec(byRelevance.status)?.[1]));
  });
});

describe('a shared link', () => {
  it('opens the same search, with its words and filters in the form', async () => {
    const { page, paths } = await search('q=foro&tipo=Evento&anio=2019&orden=fecha');
    expect(await page.locator('#search-q').inputValue()).toBe('foro');
    expect(await page.locator('select[name="tipo"]').inputValue()).toBe('Evento');
    expect(await page.locator('select[name="anio"]').inputValue()).toBe('2019');
    // Newest first: October, July, April 2019.
    expect(paths).toEqual(['/eventos/congreso-panamericano-2019/', '/eventos/foro-politico-alto-nivel-2019/', '/eventos/foro-cepal-desarrollo-sostenible-2019/']);
  });

  it('follows what the reader types, so the address bar can be copied at any time', async () => {
    const { page } = await search('');
    expect(await page.locator('[data-search-status]').textContent()).toContain('Escriba algo');
    await page.locator('#search-q').fill('derecho a vivir en familia');
    await page.waitForURL(/\?q=derecho\+a\+vivir\+en\+familia$/);
    await searchSettled(page);
    // Among the five shown: an update and a position about the group rank close to it.
    expect(await resultPaths(page)).toContain('/grupos/derecho-a-vivir-en-familia/');
  });

  it('goes Back to the search before, and from a result to the results as the reader left them', async () => {
    const { page } = await search('');
    const searchFor = async (words: string) => {
      await page.locator('#search-q').fill(words);
      await page.locator('#search-q').press('Enter');
      await page.waitForURL((url) => url.searchParams.get('q') === words);
      await searchSettled(page);
    };
    await searchFor('violencia');
    const violence = await resultPaths(page);
    await searchFor('unicef');
    await openFilters(page);
    await page.locator('#search-orden').selectOption('fecha');
    await page.waitForURL(/orden=fecha/);
    await searchSettled(page);

    // Back: the order, then the words before, each with its results and the form as it was.
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('q') === 'unicef' && !url.searchParams.has('orden'));
    await searchSettled(page);
    expect(await page.locator('#search-orden').inputValue()).toBe('relevancia');
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('q') === 'violencia');
    await searchSettled(page);
    expect(await page.locator('#search-q').inputValue()).toBe('violencia');
    expect(await resultPaths(page)).toEqual(violence);

    // More results shown, one opened, then Back: the same results are shown, the one read among them.
    await page.locator('[data-search-more]').click();
    await expect.poll(() => page.locator('[data-search-results] > li').count()).toBeGreaterThan(5);
    const shown = await resultPaths(page);
    await page.locator('[data-search-results] h2 a').nth(6).click();
    await page.waitForURL((url) => url.pathname === shown[6]);
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('q') === 'violencia');
    await searchSettled(page);
    expect(await resultPaths(page)).toEqual(shown);
  });
});

describe('the keyboard', () => {
  it('reaches the box with Tab, searches with Enter, and moves through results with the arrows', async () => {
    const { page } = await openPage(reader);
    await page.goto(served.url('/buscar/'));
    await searchSettled(page);
    for (let i = 0; i < 30 && (await page.evaluate(() => document.activeElement?.id)) !== 'search-q'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');

    await page.keyboard.type('castigo fisico');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=castigo\+fisico/);
    await searchSettled(page);
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.id);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('/posicionamientos/prohibir-castigo-fisico-y-humillante/');
    await page.keyboard.press('ArrowDown');
    const second = (await resultPaths(page))[1];
    expect(await focused()).toBe(second);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('search-q');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/posicionamientos\/prohibir-castigo-fisico-y-humillante\/$/);
  });

  it('the header box of any page leads to the results', async () => {
    const { page } = await openPage(reader);
    await page.goto(served.url('/grupos/'));
    await page.locator('#site-search-q').fill('institucionalizacion');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/buscar\/\?q=institucionalizacion$/);
    await searchSettled(page);
    expect(await resultPaths(page)).toContain('/grupos/derecho-a-vivir-en-familia/');
    // One search box on the search page, holding the words: the header's, empty, steps aside.
    expect(await page.locator('#site-search-q').isVisible()).toBe(false);
    expect(await page.locator('#search-q').inputValue()).toBe('institucionalizacion');
  });
});

describe('without JavaScript', () => {
  it('the header form still reaches /buscar/, which says search needs JavaScript and offers the sections', async () => {
    const noScript = await openContext(browser, { javaScriptEnabled: false });
    const { page } = await openPage(noScript);
    await page.goto(served.url('/eventos/'));
    await page.locator('#site-search-q').fill('migracion');
    await page.locator('.site-search button').click();
    await page.waitForURL(/\/buscar\/\?q=migracion$/);
    await expect.poll(() => page.locator('main').innerText()).toContain('La búsqueda necesita JavaScript');
    expect(await page.locator('main noscript a, main a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(
      expect.arrayContaining(['/grupos/', '/eventos/', '/organizaciones/', '/posicionamientos/', '/reuniones/']),
    );
    expect(await page.locator('[data-search]').isVisible()).toBe(false);
    // Without the search's own box, the header's is the way to search again.
    expect(await page.locator('#site-search-q').isVisible()).toBe(true);
    await noScript.close();
  });

  it('content pages load no script at all, search included', async () => {
    const { page } = await openPage(reader);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script' || request.url().includes('/pagefind/')) scripts.push(request.url());
    });
    for (const path of ['/', '/grupos/migraciones/', '/eventos/', '/acciones/']) await page.goto(served.url(path));
    expect(scripts).toEqual([]);
  });
});

describe('safety and accessibility', () => {
  it('runs under the site’s Content-Security-Policy', async () => {
    const { page, problems } = await openPage(reader);
    await page.goto(served.url('/buscar/?q=migracion'));
    await searchSettled(page);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toContain("'wasm-unsafe-eval'");
    expect(policy).not.toContain("'unsafe-inline'");
    expect(problems).toEqual([]);
  });

  it('has no axe violations (WCAG 2.2 AA) with results, highlights and filters shown, on a phone and in the dark theme too', async () => {
    const screens = [
      { viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
      { viewport: { width: 375, height: 740 }, colorScheme: 'dark' },
    ] as const;
    for (const { viewport, colorScheme } of screens) {
      const { page } = await search('q=migracion&tipo=Grupo+de+trabajo');
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      expect(await page.locator('[data-search-results] mark').count()).toBeGreaterThan(0);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    }
  });
});
