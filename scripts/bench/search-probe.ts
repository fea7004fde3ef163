/**
 * What a reader downloads for a first search, measured in a real headless
 * Chromium with an empty cache: the built site is served over HTTP (text
 * gzipped, as any static host does; Pagefind's own files are compressed
 * already) and every byte the browser receives is counted.
 *
 * Two measures. `query`: from a blank page, Pagefind's JS API runs one query
 * and loads the first five results, what any search UI does for a first
 * screen; the same for the real site and the floor. `page`: what a reader
 * really downloads: on the home page (already loaded, not counted) they type
 * the query into the header's search box and land on /buscar/, which runs it
 * with the site's own UI (its page, script, filters, results). Hashed assets
 * are served as cacheable, as a static host does, so the stylesheet the home
 * page loaded is not fetched twice.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';

export const QUERY = 'migración';
const CHROMIUM = '/usr/bin/chromium';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};
const PROBE = `<!doctype html><html lang="es"><title>probe</title><script type="module">
window.firstSearch = async (query) => {
  const pagefind = await import('/pagefind/pagefind.js');
  const search = await pagefind.search(query);
  await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
  return search.results.length;
};
</script></html>`;

export interface SearchCost {
  /** Bytes received for the query alone (Pagefind's script, WASM, index chunks, fragments). */
  queryBytes: number;
  results: number;
  /** Bytes to open /buscar/ and run the query there; undefined when the page or its box is missing. */
  pageBytes?: number | undefined;
}

export async function probeSearch(dir: string): Promise<SearchCost | undefined> {
  if (!existsSync(join(dir, 'pagefind/pagefind.js')) || !existsSync(CHROMIUM)) return undefined;
  const server = await serve(dir);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const query = await counted(browser, async (page) => {
      await page.goto(`${origin}/__bench__/probe.html`);
      return page.evaluate((q) => (window as unknown as { firstSearch(q: string): Promise<number> }).firstSearch(q), QUERY);
    }, (url) => url.includes('/pagefind/'));
    let pageBytes: number | undefined;
    if (existsSync(join(dir, 'buscar/index.html'))) {
      pageBytes = await counted(browser, async (page, reset) => {
        await page.goto(`${origin}/`);
        await quiet(page);
        reset();
        // The header's box on every page; a site without one is searched from /buscar/ itself.
        if ((await page.locator('input[type="search"]').count()) === 0) await page.goto(`${origin}/buscar/`);
        const box = page.locator('input[type="search"]').first();
        await box.fill(QUERY, { timeout: 5_000 });
        await box.press('Enter');
        return 0;
      }, () => true)
        .then((r) => r.bytes)
        .catch(() => undefined);
    }
    return { queryBytes: query.bytes, results: query.value, pageBytes };
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * Runs `act` in a fresh context (empty cache) and sums the bytes of matching
 * responses until the network is quiet; `reset` forgets what came before.
 */
async function counted<T>(
  browser: Browser,
  act: (page: Page, reset: () => void) => Promise<T>,
  counts: (url: string) => boolean,
): Promise<{ value: T; bytes: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let sizes: Promise<number>[] = [];
  page.on('requestfinished', (request) => {
    if (counts(request.url())) sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
  });
  try {
    const value = await act(page, () => (sizes = []));
    await quiet(page);
    const bytes = (await Promise.all(sizes)).reduce((sum, n) => sum + n, 0);
    return { value, bytes };
  } finally {
    await context.close();
  }
}

/** Waits until nothing has been requested for a second (a search UI fetches after a debounce), 15 s at most. */
async function quiet(page: Page): Promise<void> {
  let last = Date.now();
  const seen = () => (last = Date.now());
  page.on('request', seen);
  page.on('requestfinished', seen);
  const deadline = Date.now() + 15_000;
  while (Date.now() - last < 1_000 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  page.off('request', seen);
  page.off('requestfinished', seen);
}

function serve(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (path === '/__bench__/probe.html') {
      response.writeHead(200, { 'content-type': TYPES['.html']! }).end(PROBE);
      return;
    }
    let file = join(dir, normalize(path));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(file)];
    // Hashed build assets are cached for good; pages and Pagefind's entry files are revalidated.
    const cache = path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    if (type && type !== 'application/wasm') {
      response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'cache-control': cache });
      createReadStream(file).pipe(createGzip()).pipe(response);
    } else {
      response.writeHead(200, { 'content-type': type ?? 'application/octet-stream', 'content-length': statSync(file).size, 'cache-control': cache });
      createReadStream(file).pipe(response);
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
