/**
 * Every page in the sitemap, in both colour themes, as a reader with a screen
 * reader or a keyboard meets it: axe (WCAG 2.2 AA) finds no violation, the
 * skip link works, focus is visible, and nothing is blocked by the CSP. And
 * on the narrowest phone WCAG reflows for, no page scrolls sideways.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVERY_CONSTRUCT_FILES, EVERY_CONSTRUCT_PATH } from '../fixtures/every-construct.ts';
import { buildAndServe, launchChromium, openPage, type ServedSite } from '../helpers/browser.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let served: ServedSite;
let browser: Browser;
let paths: string[];

beforeAll(async () => {
  [served, browser] = await Promise.all([buildAndServe({ files: EVERY_CONSTRUCT_FILES }), launchChromium()]);
  const sitemap = await (await fetch(served.url('/sitemap.xml'))).text();
  paths = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+([^<]*)<\/loc>/g)].map((m) => m[1]!);
  expect(paths).toContain(EVERY_CONSTRUCT_PATH);
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe.each(['light', 'dark'] as const)('every page in the %s theme', (colorScheme) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ colorScheme, locale: 'es' });
  });
  afterAll(() => context?.close());

  // Light: every WCAG 2.2 AA rule on every page, in every language. Dark:
  // what the theme changes, colour contrast, on every Spanish page, which
  // covers every template and element (the /pt/ and /en/ pages are the same
  // templates with other words), so the sweep stays affordable.
  it('passes axe with no violation and logs no error', async () => {
    expect(paths.length).toBeGreaterThan(40);
    expect(paths.filter((path) => /^\/(pt|en)\//.test(path)).length).toBeGreaterThan(40);
    const { page, problems } = await openPage(context);
    const violations: string[] = [];
    const swept = colorScheme === 'light' ? paths : paths.filter((path) => !/^\/(pt|en)\//.test(path));
    for (const path of [...swept, '/404.html']) {
      await page.goto(served.url(path));
      const axe = new AxeBuilder({ page });
      const results = await (colorScheme === 'light' ? axe.withTags(TAGS) : axe.withRules(['color-contrast'])).analyze();
      for (const v of results.violations) violations.push(`${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  }, 900_000);
});

describe('keyboard', () => {
  it('the first Tab reveals the skip link, which moves focus to the content', async () => {
    const context = await browser.newContext({ locale: 'es' });
    const { page } = await openPage(context);
    await page.goto(served.url('/grupos/migraciones/'));
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    // Visible when focused: it sits inside the viewport, not off-screen.
    const box = await skip.boundingBox();
    expect(box && box.x >= 0 && box.y >= 0).toBe(true);
    const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#contenido');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.closest('main') !== null);
    expect(focused).toBe(true);
    await context.close();
  });
});

/** The document with every construct the editors' guide admits, in a context of its own at `viewport`. */
async function openEveryConstruct(viewport = { width: 1280, height: 720 }) {
  const context = await browser.newContext({ locale: 'es', viewport });
  const { page } = await openPage(context);
  await page.goto(served.url(EVERY_CONSTRUCT_PATH));
  return { page, close: () => context.close() };
}

describe('what an editor can write in a body', () => {
  it('a table wider than the screen scrolls inside itself, and is in every browser\'s tab order to be scrolled from the keyboard', async () => {
    const { page, close } = await openEveryConstruct({ width: 320, height: 640 });
    const table = page.locator('main table');
    expect(await table.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
    // Chromium lets the keyboard reach any scrolling box; Safari only one with a tabindex. It has none of its own.
    expect(await table.getAttribute('tabindex')).toBe('0');
    await page.locator('main a[href="https://www.unicef.org/lac/"]').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await table.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => table.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await close();
  });

  it('a task list says each task\'s state in words, and shows it without a form control', async () => {
    const { page, close } = await openEveryConstruct();
    const items = await page.locator('main .contains-task-list > li').evaluateAll((lis) => lis.map((li) => li.textContent?.trim()));
    expect(items).toEqual(['Hecha: Enviar el informe', 'Pendiente: Convocar la reunión']);
    expect(await page.locator('main input').count()).toBe(0);
    await close();
  });
});

describe('printed', () => {
  it('a body prints whole: a folded section open, a wide table within the paper, a done task still ticked', async () => {
    // About the printable width of an A4 or Letter page at the browser's default margins.
    const { page, close } = await openEveryConstruct({ width: 720, height: 1000 });
    const folded = page.locator('main details > p');
    expect(await folded.evaluate((el) => el.checkVisibility())).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await folded.evaluate((el) => el.checkVisibility())).toBe(true);
    expect(await page.locator('main table').evaluate((el) => el.scrollWidth <= el.clientWidth && el.getBoundingClientRect().right <= innerWidth)).toBe(true);
    // Printers drop backgrounds: the tick must be drawn in ink, not in the paper's white on a green box.
    const tick = await page.locator('main .task-mark.is-done').evaluate((el) => getComputedStyle(el, '::after').borderRightColor);
    expect(tick).toBe('rgb(0, 0, 0)');
    await close();
  });
});

describe('a 320px-wide phone (WCAG 1.4.10, reflow)', () => {
  // axe does not test reflow. A data table may scroll inside itself, which WCAG allows;
  // the page around it must not (a long web address in a field once widened one by 138px).
  it('shows every page without scrolling sideways', async () => {
    const context = await browser.newContext({ locale: 'es', viewport: { width: 320, height: 640 } });
    const { page } = await openPage(context);
    const wide: string[] = [];
    for (const path of [...paths, '/404.html', '/buscar/?q=migracion']) {
      await page.goto(served.url(path));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) wide.push(`${path} +${overflow}px`);
    }
    expect(wide).toEqual([]);
    await context.close();
  }, 300_000);
});

