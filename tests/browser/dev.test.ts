/**
 * In `npm run dev` there is no search index (the build writes it): /buscar/
 * must say so plainly and say how to get search, not fail in silence.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, openContext, openPage } from '../helpers/browser.ts';
import { makeSite, type Served, type Site, startDev } from '../helpers/site.ts';

let site: Site;
let dev: Served;
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
  await status.filter({ hasText: 'npm run' }).waitFor();
  expect(await status.textContent()).toContain('«npm run build && npm run preview»');
  expect(await page.locator('#search-q').inputValue()).toBe('migracion');
});
