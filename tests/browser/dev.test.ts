/**
 * `npm run dev`, as an editor previews with it. There is no search index
 * (the build writes it): /buscar/ must say so plainly and say how to get
 * search, not fail in silence. And a mistake saved in a document shows on
 * the open page at once, as `npm run check` words it, because Astro goes on
 * serving the document's last good fields; and a text the check refuses, or
 * a file Astro cannot read, is held back on the document's page with a note.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, openContext, openPage } from '../helpers/browser.ts';
import { makeSite, type Served, type Site, startDev } from '../helpers/site.ts';

let site: Site;
let dev: Served & { output(): string };
let browser: Browser;

beforeAll(async () => {
  site = makeSite({ withContent: true });
  [dev, browser] = await Promise.all([startDev(site), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await dev?.close();
  site?.remove();
});

it('says in npm run dev that search needs a build, and which commands give it', async () => {
  const { page } = await openPage(await openContext(browser));
  await page.goto(`${dev.url}buscar/?q=migracion`);
  const status = page.locator('[data-search-status]');
  // Waited for whole, with no read after the wait: in one full run the status read just after
  // a wait for «npm run» was «Buscando…» again, the page having started over.
  await status.filter({ hasText: '«npm run build && npm run preview»' }).waitFor();
  expect(await page.locator('#search-q').inputValue()).toBe('migracion');
});

it('shows a mistake saved in a document on the open page, then takes it away when it is corrected', async () => {
  const file = join(site.root, 'content/updates/familia-2020-t2.md');
  const good = readFileSync(file, 'utf8');
  const { page, problems } = await openPage(await openContext(browser));
  await page.goto(`${dev.url}grupos/migraciones/`);
  const alert = page.locator('[role="alert"]');
  expect(await alert.count()).toBe(0);

  writeFileSync(file, good.replace(/^date: .*$/m, 'date: 30/06/2020'));
  // No click: the page reloads by itself.
  await alert.waitFor({ timeout: 20_000 });
  expect(await alert.textContent()).toContain(
    'content/updates/familia-2020-t2.md:5:1  date  Fecha escrita de otra forma: «30/06/2020» — ¿quiso decir «2020-06-30»?',
  );

  writeFileSync(file, good);
  await alert.waitFor({ state: 'detached', timeout: 20_000 });
  expect(problems).toEqual([]);
});

it('on the page of the document being fixed, holds back a text the check refuses or cannot read, in Spanish', async () => {
  const file = join(site.root, 'content/groups/migraciones.md');
  const good = readFileSync(file, 'utf8');
  const { page } = await openPage(await openContext(browser));
  const held = page.getByText('El texto de este documento no se muestra mientras su archivo tenga el problema que se describe arriba.');
  await page.goto(`${dev.url}grupos/migraciones/`);
  expect(await page.locator('main').innerText()).toContain('comunicaciones periódicas');

  // A script in the text: never run, not even on the editor's machine.
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  writeFileSync(file, `${good}\n<script>alert(1)</script>\n`);
  await held.waitFor({ timeout: 20_000 });
  expect(await page.locator('[role="alert"]').textContent()).toContain('(texto)  HTML no permitido: <script>');

  // A header Astro cannot read (a tab before a list item): the page still opens, with the notice, not Astro's error screen.
  writeFileSync(file, good.replace(/^ {2}- ecpat$/m, '\t- ecpat'));
  await page.locator('[role="alert"]').filter({ hasText: 'tabulador' }).waitFor({ timeout: 20_000 });
  await held.waitFor();
  expect(await page.title()).toBe('Grupo Migraciones · Bitácora');
  // In the terminal, the check's line, and a word on Astro's own message about the same file, in English.
  const terminal = dev.output();
  expect(terminal).toMatch(/content\/groups\/migraciones\.md:\d+:\d+ .*tabulador[^\n]*\n\n1 problema en 1 archivo\.\nSi Astro muestra también un error en inglés/);

  writeFileSync(file, good);
  await page.locator('[role="alert"]').waitFor({ state: 'detached', timeout: 20_000 });
  expect(await page.locator('main').innerText()).toContain('comunicaciones periódicas');
  expect(dialogs).toBe(0);
});
