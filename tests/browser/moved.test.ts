/**
 * A document whose file an editor renamed keeps its old addresses: links
 * shared before the rename lead a reader to the document, in a real
 * browser, on a site published under a sub-path (GitHub Pages, where no
 * server-side redirect is possible).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { HtmlValidate } from 'html-validate';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openContext, openPage } from '../helpers/browser.ts';
import { textOf } from '../helpers/html.ts';
import { makeSite, serve, type Served, type Site } from '../helpers/site.ts';

const BASE = '/bitacora/';
const POSITION = 'Prohibir todas las formas de castigo físico y humillante';
const ENGLISH_TITLE = 'Ban all forms of physical and humiliating punishment';

let site: Site;
let server: Served;
let browser: Browser;
let reader: BrowserContext;

/** Commits the site's content as an editor would, on `day`. */
function commit(day: string): void {
  const env = { ...process.env, GIT_AUTHOR_DATE: `${day}T12:00:00Z`, GIT_COMMITTER_DATE: `${day}T12:00:00Z` };
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Secretaría', '-c', 'user.email=s@example.org', ...args], { cwd: site.root, env });
  git('add', '-A', 'content');
  git('commit', '-q', '-m', day);
}
const move = (from: string, to: string) => execFileSync('git', ['mv', `content/${from}`, `content/${to}`], { cwd: site.root });

beforeAll(async () => {
  site = makeSite({ withContent: true });
  execFileSync('git', ['init', '-q'], { cwd: site.root });
  commit('2024-03-05');
  // Renamed twice: both old addresses must lead to the last name.
  move('positions/prohibir-castigo-fisico-y-humillante.md', 'positions/castigo-fisico.md');
  commit('2024-04-10');
  move('positions/castigo-fisico.md', 'positions/prohibir-castigo-fisico.md');
  site.write('content/translations/en/positions/prohibir-castigo-fisico.md', `---\ntitle: ${ENGLISH_TITLE}\nsummary: The network asks every state of the region to ban all physical and humiliating punishment of children.\n---\n\nThe position, in English.\n`);
  commit('2024-05-20');
  // Renamed and renamed back: its name is its own again.
  move('events/foro-politico-alto-nivel-2019.md', 'events/hlpf-2019.md');
  commit('2024-06-01');
  move('events/hlpf-2019.md', 'events/foro-politico-alto-nivel-2019.md');
  commit('2024-06-02');
  const result = site.build({ base: BASE });
  expect(result.status, result.output).toBe(0);
  [server, browser] = await Promise.all([serve(join(site.root, 'dist'), BASE), launchChromium()]);
  reader = await openContext(browser);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  site?.remove();
});

const file = (path: string) => readFileSync(join(site.root, 'dist', path, 'index.html'), 'utf8');

describe('a renamed document', () => {
  it('is reached from every address it had, in a real browser', async () => {
    const { page, problems } = await openPage(reader);
    for (const old of ['posicionamientos/prohibir-castigo-fisico-y-humillante/', 'posicionamientos/castigo-fisico/']) {
      await page.goto(`${server.url}${old}`);
      await page.waitForURL(`${server.url}posicionamientos/prohibir-castigo-fisico/`);
      expect(await page.locator('h1').textContent()).toBe(POSITION);
    }
    await page.goto(`${server.url}en/posicionamientos/prohibir-castigo-fisico-y-humillante/`);
    await page.waitForURL(`${server.url}en/posicionamientos/prohibir-castigo-fisico/`);
    expect(await page.locator('h1').textContent()).toBe(ENGLISH_TITLE);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('leaves at its old address a page that says where it went, for search engines and browsers that do not follow', async () => {
    const html = file('posicionamientos/prohibir-castigo-fisico-y-humillante');
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/bitacora/posicionamientos/prohibir-castigo-fisico/">');
    expect(html).toContain('<link rel="canonical" href="https://bitacora.example.org/bitacora/posicionamientos/prohibir-castigo-fisico/">');
    expect(textOf(html)).toContain(`Este documento cambió de dirección Ahora está aquí: ${POSITION}`);
    expect(html).not.toContain('data-pagefind-body');
    expect(textOf(file('en/posicionamientos/castigo-fisico'))).toContain(`This document has moved It is now here: ${ENGLISH_TITLE}`);
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(html);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.message}`))).toEqual([]);
  });

  it('passes axe at its old address, as a browser that does not follow shows it', async () => {
    const { page } = await openPage(reader);
    const old = `${server.url}posicionamientos/castigo-fisico/`;
    await page.route(old, (route) => route.fulfill({ contentType: 'text/html', body: file('posicionamientos/castigo-fisico').replace(/<meta http-equiv="refresh"[^>]*>/, '') }));
    await page.goto(old);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    expect(await page.locator('main a').getAttribute('href')).toBe('/bitacora/posicionamientos/prohibir-castigo-fisico/');
    await page.close();
  });

  it('keeps its feed entry\'s id, so feed readers do not show it again as new', () => {
    const feed = readFileSync(join(site.root, 'dist/feed.xml'), 'utf8');
    const entry = feed.split('<entry>').find((e) => e.includes(`<title>${POSITION}</title>`));
    expect(entry).toContain('<id>https://bitacora.example.org/bitacora/posicionamientos/prohibir-castigo-fisico-y-humillante/</id>');
    expect(entry).toContain('<link href="https://bitacora.example.org/bitacora/posicionamientos/prohibir-castigo-fisico/"/>');
  });

  it('lists only its address now in the sitemap, and one renamed back keeps its own page', () => {
    const sitemap = readFileSync(join(site.root, 'dist/sitemap.xml'), 'utf8');
    expect(sitemap).toContain('/bitacora/posicionamientos/prohibir-castigo-fisico/</loc>');
    expect(sitemap).not.toMatch(/castigo-fisico-y-humillante|posicionamientos\/castigo-fisico\/|hlpf-2019/);
    expect(file('eventos/foro-politico-alto-nivel-2019')).toContain('data-pagefind-body');
    expect(file('eventos/hlpf-2019')).toContain('url=/bitacora/eventos/foro-politico-alto-nivel-2019/');
  });
});
