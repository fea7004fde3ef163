/**
 * Builds the search index as the last step of `astro build`, so the built
 * site is searchable with no second command. Pagefind reads the pages Astro
 * has just written (the `dir` Astro hands over, which may be a staging folder
 * rather than dist/) and writes its bundle into `<dir>/pagefind/`. The pages
 * are handed over newest first (lib/search-order.ts: that order is the
 * site's "newest first", with no sort key for every reader to download),
 * each with a space after `</dt>`, `</dd>` and the like, which Pagefind 1.6
 * would otherwise glue to the next word (lib/search-html.ts).
 *
 * Every way Pagefind can fail quietly fails the build instead: its API
 * reports errors in arrays rather than throwing, writes an empty index
 * without complaint when no page marks its content, and if its binary dies
 * the promise never settles, so Node runs out of work and Astro exits 0 with
 * no index.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { separateBlocks } from '../lib/search-html.ts';
import { dateOf, newestFirst } from '../lib/search-order.ts';

/** Pagefind keeps one index per exact `lang` tag: `es-ES` would be a second index that /buscar/ never reads. */
const SHORT_LANGUAGE = /^[a-z]{2,3}$/;

interface IndexSummary {
  /** Indexed pages per language tag. */
  languages: Record<string, number>;
  /** Bytes of the index proper (words, fragments, filters, metadata, WebAssembly), without Pagefind's unused UI files. */
  indexBytes: number;
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'bitacora:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const summary = await settleBeforeExit(buildIndex(fileURLToPath(dir)));
        const pages = Object.entries(summary.languages).map(([lang, count]) => `${count} (${lang})`).join(', ');
        const kB = (summary.indexBytes / 1024).toFixed(0);
        logger.info(`Índice de búsqueda: ${pages} páginas, ${kB} kB, ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}

async function buildIndex(site: string): Promise<IndexSummary> {
  const output = join(site, 'pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    check('crear el índice', errors);
    if (!index) throw new Error('Pagefind no creó el índice y no dijo por qué.');
    const paths = htmlFiles(site);
    if (paths.length === 0) throw new Error(`No hay ninguna página HTML que indexar en ${site}.`);
    const pages = newestFirst(
      paths.map((path) => {
        const html = readFileSync(join(site, path), 'utf8');
        return { url: urlOf(path), html, date: dateOf(html) };
      }),
    );
    // Pagefind numbers pages in the order the calls are made.
    const added = await Promise.all(pages.map(({ url, html }) => index.addHTMLFile({ url, content: separateBlocks(html) })));
    check(`leer las páginas de ${site}`, added.flatMap((file) => file.errors));
    const written = await index.writeFiles({ outputPath: output });
    check(`escribir el índice en ${output}`, written.errors);
  } finally {
    await pagefind.close();
  }
  return summarise(output);
}

/** Reads what Pagefind wrote and refuses an index readers could not use. */
function summarise(output: string): IndexSummary {
  const entry = JSON.parse(readFileSync(join(output, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const languages = Object.fromEntries(Object.entries(entry.languages).map(([lang, l]) => [lang, l.page_count]));
  const total = Object.values(languages).reduce((a, b) => a + b, 0);
  if (total === 0) {
    throw new Error('El índice de búsqueda está vacío: ninguna página marca su contenido con data-pagefind-body.');
  }
  const wrong = Object.keys(languages).filter((lang) => !SHORT_LANGUAGE.test(lang) || lang === 'unknown');
  if (wrong.length > 0) {
    throw new Error(
      `Páginas indexadas con un idioma que la búsqueda no lee: ${wrong.join(', ')}. ` +
        'Use en <html lang> la etiqueta corta del idioma del contenido (es, pt, en), nunca es-ES ni vacía.',
    );
  }
  return { languages, indexBytes: indexBytes(output) };
}

/** Every HTML file under the site folder, as a path relative to it. */
function htmlFiles(site: string): string[] {
  return readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html'));
}

/** The address Pagefind gives a page, before the site's base: `grupos/migraciones/index.html` → `/grupos/migraciones/`. */
function urlOf(path: string): string {
  return `/${path.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
}

function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind no pudo ${step}:\n${errors.join('\n')}`);
}

/** The UI bundles Pagefind ships alongside the index; /buscar/ has its own interface and never loads them. */
const UNUSED_UI = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

function indexBytes(folder: string): number {
  let bytes = 0;
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    const stats = statSync(path);
    if (stats.isDirectory()) bytes += indexBytes(path);
    else if (!UNUSED_UI.test(name)) bytes += stats.size;
  }
  return bytes;
}

/**
 * Waits for `work`, but rejects if Node is about to exit while it is still
 * pending: that only happens when the Pagefind binary has died and nothing
 * will ever answer, and without this the build would end with exit code 0.
 */
function settleBeforeExit<T>(work: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const abandoned = () => {
      reject(new Error('Pagefind dejó de responder antes de terminar el índice de búsqueda (¿se cerró su programa?).'));
      void pagefind.close();
    };
    process.once('beforeExit', abandoned);
    work.then(resolve, reject).finally(() => process.off('beforeExit', abandoned));
  });
}
