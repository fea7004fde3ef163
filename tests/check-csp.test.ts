/**
 * Safe output, checked on what readers get: every page carries the strict
 * Content-Security-Policy and nothing on it is blocked (no violation in a
 * real Chromium, search included); images render with their size and text
 * alternative and no style attribute; a photo that shows children is never
 * a search result's thumbnail.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../src/checks/built-links.ts';
import { png } from './fixtures/images.ts';
import { launchChromium, openContext, openPage, searchSettled } from './helpers/browser.ts';
import { makeSite, type Served, serve, type Site } from './helpers/site.ts';

const EVENT = 'content/events/foro-politico-alto-nivel-2019.md';
const POSITION = 'content/positions/llamado-a-la-accion-vivir-en-familia.md';

const consent = `    consent:
      guardian: true
      assent: true
      date: 2019-07-01
      scope: [web]
      expires: 2099-07-01
      record: Carpeta de consentimientos 2019, n.º 4
`;

/** A group photo of the delegation, then a photo of the youth forum (children in it). */
const eventImages = `images:
  - src: /imagenes/delegacion.png
    alt: La delegación de la red ante la sede de las Naciones Unidas
    width: 64
    height: 48
    caption: La delegación en Nueva York
    shows_children: false
  - src: /imagenes/foro-jovenes.png
    alt: Adolescentes presentan sus propuestas en el foro de jóvenes
    width: 48
    height: 32
    credit: Secretaría MMI-LAC
    shows_children: true
${consent}`;

const positionImages = `images:
  - src: /imagenes/foro-jovenes.png
    alt: Adolescentes presentan sus propuestas en el foro de jóvenes
    width: 48
    height: 32
    shows_children: true
${consent}`;

let site: Site;
let served: Served;
let browser: Browser;
let reader: BrowserContext;
const dist = () => join(site.root, 'dist');

/** Adds frontmatter lines just before a document's closing `---`. */
function addToFrontmatter(path: string, yaml: string): void {
  const text = readFileSync(join(site.root, path), 'utf8');
  const end = text.indexOf('\n---', 4);
  writeFileSync(join(site.root, path), `${text.slice(0, end + 1)}${yaml}${text.slice(end + 1)}`);
}

beforeAll(async () => {
  site = makeSite({ withContent: true });
  mkdirSync(join(site.root, 'public/imagenes'));
  writeFileSync(join(site.root, 'public/imagenes/delegacion.png'), png(64, 48));
  writeFileSync(join(site.root, 'public/imagenes/foro-jovenes.png'), png(48, 32));
  addToFrontmatter(EVENT, eventImages);
  addToFrontmatter(POSITION, positionImages);
  const result = site.build();
  expect(result.status, result.output).toBe(0);
  [served, browser] = await Promise.all([serve(dist()), launchChromium()]);
  reader = await openContext(browser);
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
  site?.remove();
});

describe('the Content-Security-Policy', () => {
  it('is on every page before anything loads, strict: no inline code at all, no plugins, no foreign sources', () => {
    for (const file of htmlFiles(dist())) {
      const html = readFileSync(file, 'utf8');
      const policy = /^<!DOCTYPE html><html lang="\w+"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(policy, file).toContain("default-src 'self'");
      expect(policy, file).toContain("object-src 'none'");
      expect(policy, file).toContain("base-uri 'self'");
      expect(policy, file).toContain("script-src 'self' 'wasm-unsafe-eval';");
      expect(policy, file).toContain("style-src 'self'");
      expect(policy, file).not.toMatch(/unsafe-inline|sha256-|https?:|\*/);
      // Nothing the policy would have to allow by hash: every script and stylesheet is a file.
      expect(html.match(/<script(?![^>]*\ssrc=)[^>]*>|<style\b|\sstyle="|\son[a-z]+="/gi), file).toBeNull();
    }
  });

  it('blocks nothing on the pages readers open, search included', async () => {
    const paths = ['/', '/grupos/migraciones/', '/eventos/foro-politico-alto-nivel-2019/', '/posicionamientos/llamado-a-la-accion-vivir-en-familia/', '/organizaciones/unicef/', '/acciones/', '/no-existe/'];
    for (const path of paths) {
      const { page, problems } = await openPage(reader);
      const violations: string[] = [];
      await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          (window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      await page.goto(new URL(path.slice(1), served.url).href);
      await page.waitForLoadState('load');
      expect({ path, problems: problems.filter((p) => !p.includes('404')), violations }).toEqual({ path, problems: [], violations: [] });
      await page.close();
    }
    const { page, problems } = await openPage(reader);
    await page.goto(new URL('buscar/?q=migracion', served.url).href);
    await searchSettled(page);
    expect(await page.locator('[data-search-results] h2 a').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lets the images of a document load', async () => {
    const { page, problems } = await openPage(reader);
    await page.goto(new URL('eventos/foro-politico-alto-nivel-2019/', served.url).href);
    const widths = await page.locator('figure img').evaluateAll((images) => Promise.all(images.map((img) => (img as HTMLImageElement).decode().then(() => (img as HTMLImageElement).naturalWidth))));
    expect(widths).toEqual([64, 48]);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('images', () => {
  it('render with their size and text alternative, and no page has a style attribute', () => {
    const html = site.page('/eventos/foro-politico-alto-nivel-2019/');
    expect(html).toContain('<img src="/imagenes/delegacion.png" alt="La delegación de la red ante la sede de las Naciones Unidas" width="64" height="48" loading="lazy" decoding="async">');
    expect(html).toContain('<figcaption>La delegación en Nueva York</figcaption>');
    expect(html).toContain('Foto: Secretaría MMI-LAC');
    for (const file of htmlFiles(dist())) expect(readFileSync(file, 'utf8'), file).not.toMatch(/\sstyle=/);
  });

  it("a photo that shows children is never a search result's thumbnail", async () => {
    const { index } = await pagefind.createIndex({});
    const meta = async (path: string) => (await index!.addHTMLFile({ url: path, content: site.page(path) })).file.meta;
    try {
      // The group photo comes first and may be the thumbnail; the youth forum's never is.
      expect((await meta('/eventos/foro-politico-alto-nivel-2019/'))['image']).toBe('/imagenes/delegacion.png');
      // A page whose only photo shows children has no thumbnail at all.
      expect(await meta('/posicionamientos/llamado-a-la-accion-vivir-en-familia/')).not.toHaveProperty('image');
      expect(site.page('/posicionamientos/llamado-a-la-accion-vivir-en-familia/')).toContain('<figure data-pagefind-ignore="all">');
    } finally {
      await pagefind.close();
    }
  });
});
