/**
 * `npm run build`: an atomic build. Astro builds into a staging folder; only
 * when the build, the search index (an `astro:build:done` hook), Astro's log
 * (no [ERROR]) and the built site's internal links are all good does the
 * staging folder replace dist/: the old dist/ is renamed away, the new one
 * renamed in, the old one removed (by a detached process, after this one).
 * A failed build leaves dist/ exactly as it was, byte for byte; the failed
 * output stays in .dist-staging/ to look at.
 *
 * Why this is needed: Astro empties its output folder before rendering, so a
 * render error (an MDX component that fails, say) would otherwise leave no
 * site at all. `astro build` still works on its own, with the same checks,
 * but without this safety net.
 *
 * The build runs in this process through Astro's API, so a hook that never
 * settles (the Pagefind binary dying, for instance) is seen as what it is:
 * Node runs out of work while the build is pending, and the exit code stays 1.
 *
 * A second build is incremental: a document's page is copied from Astro's
 * cache (.astro/cache/) when neither the code nor anything the page can show
 * has changed (src/integrations/incremental-pages.ts says exactly what), and
 * every other page is rendered. `--force` renders every page, as a clean
 * build does.
 *
 * Usage: node scripts/build.ts [--outDir dist] [--force]
 */
import { spawn } from 'node:child_process';
import module from 'node:module';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { AstroIntegration } from 'astro';
import { type BrokenLink, brokenLinks } from '../src/checks/built-links.ts';
import { startEarly, takeVerdict } from '../src/checks/early.ts';
import { inWorker } from '../src/checks/in-worker.ts';
import { errorLog } from '../src/integrations/astro-errors.mjs';
import { contentFailure } from '../src/integrations/content-check.ts';
import { eventCalendars } from '../src/integrations/event-calendars.ts';
import { incrementalPages } from '../src/integrations/incremental-pages.ts';

// Node keeps the code it compiles for the next build, as Astro's own CLI has it do (in the system's
// temporary folder): the second build of a day starts about half a second sooner.
module.enableCompileCache?.();

const root = process.cwd();
let values: { outDir: string; force: boolean };
try {
  ({ values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' }, force: { type: 'boolean', default: false } } }));
} catch (error) {
  console.error(`${(error as Error).message}\nUso: npm run build [-- --outDir carpeta] [--force]`);
  process.exit(1);
}
// The content check starts now, in a worker, while Astro's own code loads below (src/checks/early.ts);
// the base is the one astro.config.mjs reads, and a result for any other is not used.
startEarly(root, { base: process.env.BASE_PATH ?? '/', cacheDir: join(root, '.astro', 'cache') });
const { build } = await import('astro');

const target = resolve(root, values.outDir);
// Siblings of the target, so both renames stay on one file system and are atomic.
const staging = join(dirname(target), '.dist-staging');
// One name per build: the replaced site is deleted after this process ends, maybe while the next build runs.
const previous = join(dirname(target), `.dist-previous-${process.pid}`);

// Failure until proven otherwise: if Node exits early, it exits 1.
process.exitCode = 1;
let finished = false;
process.once('beforeExit', () => {
  if (!finished) fail('una integración dejó de responder antes de terminar (por ejemplo, el índice de búsqueda)');
});

/** Learns the resolved base and site, which the link check needs, from Astro itself. */
const settings: { base: string; site?: string | undefined } = { base: '/' };
let linkCheck: Promise<BrokenLink[]> | undefined;
const observer: AstroIntegration = {
  name: 'bitacora:atomic-build',
  hooks: {
    'astro:config:done': ({ config }) => {
      settings.base = config.base;
      settings.site = config.site;
    },
    // Every page and calendar is written by now; the search index is built next, in Pagefind's
    // own process, while this process waits: the links are checked meanwhile, on the other core.
    'astro:build:generated': ({ dir }) => {
      linkCheck = checkLinksAside(fileURLToPath(dir));
    },
  },
};

try {
  rmSync(staging, { recursive: true, force: true });
  await build({
    root,
    outDir: staging,
    // The observer last: its build:generated hook reads the calendars eventCalendars writes in its own.
    integrations: [incrementalPages({ force: values.force }), eventCalendars(), observer],
    experimental: { incrementalBuild: true },
    force: values.force,
  });
  finished = true;
  const errors = errorLog().errors.length;
  if (errors > 0) throw new Error(`Astro registró ${errors === 1 ? 'un error' : `${errors} errores`} ([ERROR] arriba)`);
  if (!existsSync(join(staging, 'index.html'))) throw new Error(`no se generó ${join(staging, 'index.html')}`);
  const broken = await (linkCheck ?? brokenLinks(staging, settings.base, settings.site));
  if (broken.length > 0) {
    const list = broken.map(({ page, href }) => `  ${page}  →  ${href}`).join('\n');
    throw new Error(`${broken.length} enlaces internos no llevan a ninguna página:\n${list}`);
  }
  publish();
  process.exitCode = 0;
  console.log(`\nSitio publicado en ${values.outDir}/.`);
} catch (error) {
  finished = true;
  // Astro reads the content while the check still runs, and may fail on a mistake the check has
  // found too: then the check's report, the one that names file, line and field, is the one to read.
  const problems = await takeVerdict()?.catch(() => undefined);
  fail(describe(problems?.length ? contentFailure(problems) : error));
}

/** The built site's links, checked in a worker thread; here, if the worker cannot run. */
async function checkLinksAside(dir: string): Promise<BrokenLink[]> {
  const { base, site } = settings;
  const broken = await inWorker<BrokenLink[]>(new URL('../src/checks/built-links-worker.ts', import.meta.url), { dir, base, site });
  return broken ?? brokenLinks(dir, base, site);
}

/** Swaps staging in for the target: rename the old one away, rename the new one in, remove the old one. */
function publish(): void {
  rmSync(previous, { recursive: true, force: true });
  const hadSite = existsSync(target);
  if (hadSite) renameSync(target, previous);
  try {
    renameSync(staging, target);
  } catch (error) {
    if (hadSite) renameSync(previous, target);
    throw error;
  }
  removeAfterExit(dirname(target));
}

/**
 * Deletes the replaced sites (this build's and any an earlier build left)
 * from a detached process, so nobody waits for it: the new site is already
 * in place, and deleting thousands of files takes a second or more on some
 * disks (2,300 files, a 1,000-document site, took 1 s on the bench's VM).
 */
function removeAfterExit(folder: string): void {
  const replaced = readdirSync(folder).filter((name) => /^\.dist-previous(-\d+)?$/.test(name));
  if (replaced.length === 0) return;
  const code = 'for (const f of process.argv.slice(1)) require("node:fs").rmSync(f, { recursive: true, force: true, maxRetries: 3 })';
  spawn(process.execPath, ['-e', code, ...replaced.map((name) => join(folder, name))], { detached: true, stdio: 'ignore' }).unref();
}

function fail(reason: string): void {
  process.exitCode = 1;
  console.error(`\nLa compilación falló: ${reason}\n${values.outDir}/ no se ha tocado.`);
}

/** An error as an editor or maintainer needs it: the message, where, and Astro's hint. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { loc, hint } = error as Error & { loc?: { file?: string; line?: number; column?: number }; hint?: string };
  const where = loc?.file ? `\n  en ${loc.file}${loc.line ? `:${loc.line}:${loc.column ?? 1}` : ''}` : '';
  return `${error.message}${where}${hint ? `\n  ${hint}` : ''}`;
}
