/**
 * Builds the search index within `astro build`, so the built site is
 * searchable with no second command. Pagefind reads the pages Astro renders
 * and writes its bundle into `<dir>/pagefind/` once the last page is written
 * (`dir` is the folder Astro hands over, which may be a staging folder rather
 * than dist/).
 *
 * The pages are handed over newest first (lib/search-order.ts: that order is
 * the site's "newest first", with no sort key for every reader to download),
 * each with a space after `</dt>`, `</dd>` and the like, which Pagefind 1.6
 * would otherwise glue to the next word (lib/search-html.ts), and at most
 * {@link IN_FLIGHT} at a time, so neither Node nor Pagefind's program holds
 * every page of a large site at once.
 *
 * They are handed over while Astro renders (search-stream.ts): this
 * integration wraps Astro's prerenderer (prerenderer.ts) to have document
 * pages rendered in index order, by the date their props give
 * (`listedDate`), and to read each page as it is rendered. Should that plan
 * not hold, or Astro's internals move, the pages are read back from the
 * output once Astro is done instead; the index is the same either way. On
 * the bench's 2 vCPUs this takes the step after the last page from 4.4 s to
 * 1.9 s at 1,000 documents, but the build as a whole only about 0.6 s
 * sooner: Pagefind's work now competes with Astro's for the same two cores.
 *
 * Why pages are handed over from Node rather than with `addDirectory`, which
 * parses on every core and is faster: Pagefind 1.6 numbers pages in the
 * order the file system lists folders (ext4's hash order), so "newest first"
 * would need a sort key back, which every reader's first search downloads.
 * Its service parses the pages it is sent one at a time (about 1.8 ms of CPU
 * a page), whatever the number in flight.
 *
 * Every way Pagefind can fail quietly fails the build instead: its API
 * reports errors in arrays rather than throwing, writes an empty index
 * without complaint when no page marks its content, and if its binary dies
 * the promise never settles, so Node runs out of work and Astro exits 0 with
 * no index.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { listedDate, type Searchable } from '../lib/search-facets.ts';
import { separateBlocks } from '../lib/search-html.ts';
import { dateOf, newestFirst } from '../lib/search-order.ts';
import { addLayer, type Prerenderer, propsReader, requestedPath, type StaticPath, wrap } from './prerenderer.ts';
import { addressOf, BODY, htmlFiles, type PlannedPage, SearchStream, urlOf } from './search-stream.ts';

/**
 * Pages sent to Pagefind's program before waiting for its answers. Its
 * service parses one page at a time; the window has to cover the time Node
 * takes to come back to the answers, which is long while Astro renders or
 * copies pages. With 16, a rebuild of 1,000 documents finished its copies
 * with Pagefind 371 pages behind. With 64 (one edit, pairs on the bench's
 * 2 vCPUs): rebuilds at 1,000 documents 12.0, 11.4 and 10.9 s against 13.6,
 * 12.9 and 11.4 s; at 4,000, 27.8 and 30.2 s against 31.1 and 31.5 s; cold
 * builds no slower, and the largest process no larger (1.25–1.36 GB against
 * 1.27–1.28 GB at 4,000). Sending the pages after the build (the fallback)
 * at 4,000 documents: all at once 26.2 s and 1.25 GiB at peak, 16 at a time
 * 22.4 s and 0.93 GiB, 64 at a time 23.1 s and 0.98 GiB.
 */
const IN_FLIGHT = 64;

const UTF8 = new TextDecoder();

/** Pagefind keeps one index per exact `lang` tag: `es-ES` would be a second index that /buscar/ never reads. */
const SHORT_LANGUAGE = /^[a-z]{2,3}$/;

interface IndexSummary {
  /** Indexed pages per language tag. */
  languages: Record<string, number>;
  /** Bytes of the index proper (words, fragments, filters, metadata, WebAssembly), without Pagefind's unused UI files. */
  indexBytes: number;
}

export function searchIndex(): AstroIntegration {
  let base = '/';
  let stream: Promise<SearchStream> | undefined;
  return {
    name: 'bitacora:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': ({ setPrerenderer, logger }) => {
        stream = undefined;
        addLayer(setPrerenderer, 'bitacora:search-index', (inner, astro) =>
          wrap(inner, 'bitacora:search-index', {
            async getStaticPaths() {
              const paths = await inner.getStaticPaths();
              const planned = plan(paths, astro, logger);
              if (!planned) return paths;
              stream = settleBeforeExit(startStream(planned.pages));
              const to = await stream;
              for (const path of planned.order) if (path.lastBuilt) to.copied(addressOf(path.pathname), path.lastBuilt);
              return planned.order;
            },
            async render(request, options) {
              const result = await inner.render(request, options);
              const to = await stream;
              if (!to || options.routeData?.type !== 'page' || result.response.status !== 200) return result;
              // Astro writes the body it is given: read it once, pass the same bytes on.
              const { response } = result;
              const bytes = await response.arrayBuffer();
              to.rendered(addressOf(requestedPath(request.url, base)), UTF8.decode(bytes));
              const { status, statusText, headers } = response;
              return { ...result, response: new Response(bytes, { status, statusText, headers }) };
            },
          }),
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const summary = await settleBeforeExit(finishIndex(site, await stream, logger));
        const pages = Object.entries(summary.languages).map(([lang, count]) => `${count} (${lang})`).join(', ');
        const kB = (summary.indexBytes / 1024).toFixed(0);
        logger.info(`Índice de búsqueda: ${pages} páginas, ${kB} kB, ${Math.round(performance.now() - started)} ms ${summary.how}`);
      },
    },
  };
}

/**
 * The order to render in: document pages first, in the order the index adds
 * them (newest first by the date their props give), then every other page
 * as Astro listed them. `undefined` when the props cannot be read.
 */
function plan(paths: StaticPath[], astro: Prerenderer, logger: AstroIntegrationLogger): { pages: PlannedPage[]; order: StaticPath[] } | undefined {
  let propsOf: (path: StaticPath) => unknown;
  try {
    propsOf = propsReader(astro);
  } catch (error) {
    logger.warn(`El índice de búsqueda se hará al final: ${(error as Error).message}`);
    return undefined;
  }
  const documents: (PlannedPage & { path: StaticPath })[] = [];
  const rest: StaticPath[] = [];
  for (const path of paths) {
    const entry = path.route.type === 'page' ? documentOf(propsOf(path)) : undefined;
    if (!entry) rest.push(path);
    else documents.push({ path, url: addressOf(path.pathname), date: listedDate(entry) });
  }
  const pages = newestFirst(documents);
  return { pages: pages.map(({ url, date }) => ({ url, date })), order: [...pages.map(({ path }) => path), ...rest] };
}

/** The document a page's props give it (`entry`, as every document route passes it). */
function documentOf(props: unknown): Searchable | undefined {
  const entry = (props as { entry?: unknown } | undefined)?.entry as { collection?: unknown; data?: unknown } | undefined;
  return typeof entry?.collection === 'string' && typeof entry.data === 'object' && entry.data !== null ? (entry as Searchable) : undefined;
}

/**
 * A document's field labels («Tipo», «Fecha», «Lugar», «Asistentes») are on
 * every page of its kind: indexed, «fecha» found 33 of the record's 40 pages
 * and excerpts read «Lugar … Autoría … Texto completo». The values stay.
 * Excluded here rather than marked in each page, which would add bytes to
 * every page for the index's sake. The labels of an action item's line
 * («Responsables:», «Plazo:», components/ActionList.astro) likewise: at
 * 1,000 generated documents «responsables» matched 525 pages, «plazo» 407.
 */
const INDEX_OPTIONS = { excludeSelectors: ['.meta > dt', '.actions .line b'] };

async function startStream(pages: PlannedPage[]): Promise<SearchStream> {
  const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
  check('crear el índice', errors);
  if (!index) throw new Error('Pagefind no creó el índice y no dijo por qué.');
  return new SearchStream(index, pages, IN_FLIGHT);
}

interface Finished extends IndexSummary {
  /** How the pages reached Pagefind, for the log. */
  how: string;
}

/** Writes the index the stream built, or builds it from the written pages when there was none or it cannot be used. */
async function finishIndex(site: string, stream: SearchStream | undefined, logger: AstroIntegrationLogger): Promise<Finished> {
  const output = join(site, 'pagefind');
  if (stream) {
    let problem: string | undefined;
    try {
      problem = await stream.finish(site);
      if (problem === undefined) {
        const written = await stream.index.writeFiles({ outputPath: output });
        check(`escribir el índice en ${output}`, written.errors);
      }
    } finally {
      await pagefind.close();
    }
    if (problem === undefined) return { ...summarise(output), how: '(leídas mientras se generaban)' };
    logger.warn(`Las páginas no llegaron al índice en el orden previsto (${problem}): se indexan de nuevo desde las páginas escritas.`);
  }
  return { ...(await buildIndex(site)), how: '(leídas al terminar)' };
}

async function buildIndex(site: string): Promise<IndexSummary> {
  const output = join(site, 'pagefind');
  try {
    const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
    check('crear el índice', errors);
    if (!index) throw new Error('Pagefind no creó el índice y no dijo por qué.');
    const paths = htmlFiles(site);
    if (paths.length === 0) throw new Error(`No hay ninguna página HTML que indexar en ${site}.`);
    // Once any page marks its content, Pagefind indexes only pages that do; the rest (section lists, /acciones/) are not sent at all.
    const pages = newestFirst(
      paths.flatMap((path) => {
        const html = readFileSync(join(site, path), 'utf8');
        return html.includes(BODY) ? [{ path, url: urlOf(path), date: dateOf(html) }] : [];
      }),
    );
    if (pages.length === 0) {
      throw new Error(`Ninguna página de ${site} marca su contenido con ${BODY}: el índice tendría cabeceras y menús en vez de documentos.`);
    }
    const failed = await inOrder(pages, IN_FLIGHT, async ({ path, url }) => {
      const added = await index.addHTMLFile({ url, content: separateBlocks(readFileSync(join(site, path), 'utf8')) });
      return added.errors;
    });
    check(`leer las páginas de ${site}`, failed.flat());
    const written = await index.writeFiles({ outputPath: output });
    check(`escribir el índice en ${output}`, written.errors);
  } finally {
    await pagefind.close();
  }
  return summarise(output);
}

/**
 * Runs `work` on every item, starting them in order and never more than
 * `limit` at once (Pagefind numbers pages in the order they arrive), and
 * returns the results in the items' order.
 */
async function inOrder<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const at = next++;
      results[at] = await work(items[at]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
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
