/**
 * Feeds Pagefind while Astro is still rendering, so the index is built on
 * the second core alongside the pages instead of after them (at 1,000
 * documents Pagefind takes about 3 s to read the pages one at a time, all
 * of it after the last page used to be written).
 *
 * Pagefind numbers pages in the order they arrive, and that order is the
 * site's "newest first" (lib/search-order.ts). So the build plans it before
 * rendering: search-index.ts reads each document page's date from its props
 * and has Astro render those pages in index order. Rendered pages are handed
 * over in that order as they come (a page that finishes early waits for the
 * ones before it). A page whose copy from the last build Astro is expected
 * to reuse (incremental-pages.ts) is read from that copy when its turn comes,
 * and any other page Astro did not render is read from the output once the
 * build is done.
 *
 * The plan is checked, never trusted: the date each page is filed under is
 * read from its HTML as the index step always has, and any page indexed
 * under another date than planned, indexed without a plan, or rendered
 * after all when its copy was expected, makes
 * {@link SearchStream.finish} answer "not usable", and the caller indexes the
 * written pages from scratch, in the order they really have.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type * as pagefind from 'pagefind';
import { separateBlocks } from '../lib/search-html.ts';
import { dateOf } from '../lib/search-order.ts';
import { listedPath } from './prerenderer.ts';

/** The attribute that marks a page's indexed content (layouts put it on the document's article). */
export const BODY = 'data-pagefind-body';

/** A page planned for the index, in the order it is to be added. */
export interface PlannedPage {
  /** Its address before the site's base, as Pagefind records it: `/reuniones/x/`. */
  url: string;
  /** The day it should be filed under (the `data-search-date` its HTML will have). */
  date: string;
}

export class SearchStream {
  readonly #index: pagefind.PagefindIndex;
  readonly #plan: readonly PlannedPage[];
  readonly #slot: Map<string, number>;
  /** Each planned page's HTML once known, or the copy to read it from; `null` once handed over or skipped. */
  readonly #html: (string | { copy: string } | null | undefined)[];
  readonly #limit: number;
  #next = 0;
  #inFlight = 0;
  readonly #work: Promise<void>[] = [];
  readonly #errors: string[] = [];
  /** Every address whose HTML went through {@link rendered}. */
  readonly #seen = new Set<string>();
  #problem: string | undefined;

  /** `limit`: pages sent to Pagefind's program before waiting for its answers. */
  constructor(index: pagefind.PagefindIndex, plan: readonly PlannedPage[], limit: number) {
    this.#index = index;
    this.#plan = plan;
    this.#slot = new Map(plan.map((page, i) => [page.url, i]));
    this.#html = new Array<string | { copy: string } | null | undefined>(plan.length);
    this.#limit = limit;
  }

  /** The index being filled, for writing once {@link finish} is done. */
  get index(): pagefind.PagefindIndex {
    return this.#index;
  }

  /** A planned page Astro is expected to copy from the last build, from `file`, rather than render. */
  copied(url: string, file: string): void {
    const at = this.#slot.get(url);
    if (at !== undefined && this.#html[at] === undefined) this.#html[at] = { copy: file };
    this.#pump();
  }

  /** A page Astro has just rendered. */
  rendered(url: string, html: string): void {
    this.#seen.add(url);
    const at = this.#slot.get(url);
    if (at === undefined) {
      if (html.includes(BODY)) this.#fail(`${url} se indexa pero no estaba previsto`);
      return;
    }
    // Already handed over from the last build's copy, which Astro did not reuse after all.
    if (this.#html[at] === null) this.#fail(`${url} se generó de nuevo en vez de copiarse`);
    else this.#html[at] = html;
    this.#pump();
  }

  /**
   * Once every page is written to `site`: reads the planned pages Astro did
   * not render (copied from the last build), checks that no other page asks
   * to be indexed, and waits for Pagefind. Returns why the index cannot be
   * used, or `undefined` when it can.
   */
  async finish(site: string): Promise<string | undefined> {
    for (const [at, page] of this.#plan.entries()) {
      if (this.#html[at] !== undefined) continue;
      try {
        this.#html[at] = readFileSync(join(site, fileOf(page.url)), 'utf8');
      } catch {
        this.#fail(`falta ${page.url}`);
        this.#html[at] = null;
      }
    }
    this.#pump();
    for (const path of htmlFiles(site)) {
      const url = urlOf(path);
      if (this.#seen.has(url) || this.#slot.has(url)) continue;
      if (readFileSync(join(site, path), 'utf8').includes(BODY)) this.#fail(`${url} se indexa pero no estaba previsto`);
    }
    // Each answer lets the next pages go, adding their work as the last of it settles.
    while (this.#work.length > 0) await Promise.all(this.#work.splice(0));
    if (this.#errors.length > 0) throw new Error(`Pagefind no pudo leer las páginas de ${site}:\n${this.#errors.join('\n')}`);
    return this.#problem;
  }

  /** Hands over the pages whose turn has come, never more than the limit at once. */
  #pump(): void {
    while (this.#problem === undefined && this.#inFlight < this.#limit && this.#next < this.#plan.length) {
      const known = this.#html[this.#next];
      if (known === undefined) return; // its turn, but not rendered yet
      const page = this.#plan[this.#next]!;
      this.#html[this.#next++] = null;
      const html = typeof known === 'object' && known !== null ? readCopy(known.copy) : known;
      if (html === null || !html.includes(BODY)) continue; // a page in another language than its text: not indexed
      const date = dateOf(html);
      if (date !== page.date) {
        this.#fail(`${page.url} tiene fecha ${date || 'ninguna'} y se esperaba ${page.date}`);
        return;
      }
      this.#inFlight++;
      const added = this.#index.addHTMLFile({ url: page.url, content: separateBlocks(html) }).then(({ errors }) => {
        this.#errors.push(...errors);
        this.#inFlight--;
        this.#pump();
      });
      this.#work.push(added);
    }
  }

  #fail(reason: string): void {
    this.#problem ??= reason;
  }
}

/** A copy from the last build; `null` (the page is not handed over) when it has gone. */
function readCopy(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** Every HTML file under the site folder, as a path relative to it. */
export function htmlFiles(site: string): string[] {
  return readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html'));
}

/** The address Pagefind gives a page, before the site's base: `grupos/migraciones/index.html` → `/grupos/migraciones/`. */
export function urlOf(path: string): string {
  return `/${path.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
}

/** The address Pagefind gives the page Astro lists or requests as `pathname`: `/grupos/migraciones` → `/grupos/migraciones/`. */
export function addressOf(pathname: string): string {
  const path = listedPath(pathname);
  return path === '/' ? '/' : `${path}/`;
}

/** The file of a page's address: `/grupos/migraciones/` → `grupos/migraciones/index.html`. */
const fileOf = (url: string) => `${url.replace(/^\//, '')}index.html`;
