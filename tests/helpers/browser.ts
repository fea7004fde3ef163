/**
 * A real headless Chromium for the tests that need one: Debian's `chromium`
 * driven by playwright-core, against a site built by the real CLI and served
 * by a plain static server. A missing browser fails the suite with a message
 * saying how to install it; browser tests are never skipped.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { makeSite, serve, type Served, type Site } from './site.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No hay Chromium en ${CHROMIUM_PATH}: las pruebas de navegador lo necesitan. ` +
        'Instálelo con «apt-get install chromium» (lo hace .ci/run) o indique su ruta en CHROMIUM_PATH.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface ServedSite {
  site: Site;
  server: Served;
  /** A path on the site as a full address, base included: `url('/buscar/?q=x')`. */
  url(path: string): string;
  close(): Promise<void>;
}

/** Builds the real content once (under `base` if given, with `files` added) and serves dist/. */
export async function buildAndServe({ base, files = {} }: { base?: string; files?: Record<string, string> } = {}): Promise<ServedSite> {
  const site = makeSite({ withContent: true });
  for (const [path, text] of Object.entries(files)) site.write(path, text);
  const result = site.build(base ? { base } : {});
  if (result.status !== 0) {
    site.remove();
    throw new Error(`La compilación falló:\n${result.output}`);
  }
  const server = await serve(join(site.root, 'dist'), base ?? '/');
  return {
    site,
    server,
    url: (path) => new URL(path.replace(/^\//, ''), server.url).href,
    async close() {
      await server.close();
      site.remove();
    },
  };
}

/**
 * A browser context, as axe needs (it cannot work on `browser.newPage()`).
 * Pages opened in one context share its HTTP cache, as tabs of one reader do.
 */
export function openContext(browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
  return browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, locale: 'es' });
}

/**
 * A new page that records every error it logs, Content-Security-Policy
 * violations included (Chromium reports them as console errors), so a test
 * can assert there were none.
 */
export async function openPage(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return { page, problems };
}

/** Waits until the search the address names has finished and its results are on the page. */
export async function searchSettled(page: Page): Promise<void> {
  await page.locator('[data-search-results][aria-busy="false"]').waitFor({ state: 'attached' });
}

/** The result links on /buscar/, as site paths without the base, in order. */
export async function resultPaths(page: Page, base = '/'): Promise<string[]> {
  const hrefs = await page.locator('[data-search-results] h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => (href.startsWith(base) ? `/${href.slice(base.length)}` : href));
}

/** Presses "more results" on /buscar/ until every result is shown, each time waiting for the new ones. */
export async function showAll(page: Page): Promise<void> {
  const items = page.locator('[data-search-results] > li');
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const shown = await items.count();
    await more.click();
    await expect.poll(() => items.count()).toBeGreaterThan(shown);
  }
}
