/**
 * Runs the content check before Astro builds anything: a build with any
 * problem stops with the same report `npm run check` prints. Astro alone
 * would log a dangling reference and exit 0, and would report only the first
 * schema error, at line 0. In `astro dev` the report is a warning, so the
 * editor still sees the page they are working on, and it is also shown at
 * the top of every page until the content is right again.
 *
 * `npm run build` starts the same check in a worker before Astro loads
 * (checks/early.ts). This hook does not wait for it: Astro reads the content
 * meanwhile, on the other core, with its errors held back (astro-errors.mjs),
 * and the verdict is awaited when the build starts. Problems: the editor
 * reads the check's report, and Astro's errors stay held; none: they are
 * written as usual. If Astro fails on the content first, scripts/build.ts
 * takes the verdict and reports it the same way. `astro build` and
 * `astro dev` on their own check here, before Astro reads anything.
 *
 * In a build it also arms the error log (astro-errors.mjs): any [ERROR]
 * Astro logs afterwards makes the build exit 1, and `npm run build` keeps
 * the published site as it was.
 */
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { type CheckOptions, checkContent } from '../checks/content.ts';
import { devProblems, setDevProblems } from '../checks/dev-problems.ts';
import { shareVerdict, takeEarly } from '../checks/early.ts';
import type { Problem } from '../checks/problem.ts';
import { BODY } from '../checks/rules/rule.ts';
import { formatAnnotations, formatReport } from '../checks/report.ts';
import { errorLog, holdErrors, releaseErrors } from './astro-errors.mjs';

/** How long after a save under content/ the dev server checks again (see astro:server:setup). */
const AFTER_ASTRO_MS = 250;

export function contentCheck(): AstroIntegration {
  let verdict: Promise<Problem[]> | undefined;
  let root = '';
  let options: CheckOptions = {};
  return {
    name: 'bitacora:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        verdict = undefined;
        if (command !== 'build' && command !== 'dev') return;
        if (command === 'build') armErrorLog();
        // Results are kept in Astro's cacheDir (`.astro/cache/`, where npm run check keeps them too),
        // so a rebuild re-checks only the documents that changed.
        root = fileURLToPath(config.root);
        options = { base: config.base, cacheDir: fileURLToPath(config.cacheDir) };
        const early = command === 'build' ? takeEarly(root, options) : undefined;
        if (early) {
          holdErrors();
          verdict = settle(early, root, options);
          shareVerdict(verdict);
          return;
        }
        const problems = checkContent(root, options);
        if (command === 'dev') {
          setDevProblems(Promise.resolve(problems));
          if (problems.length > 0) logger.warn(`\n${devReport(problems)}`);
          return;
        }
        if (problems.length === 0) return;
        annotate(problems);
        throw contentFailure(problems);
      },
      // In dev, each change under content/ is checked again: the report goes to the terminal and to
      // every page (components/DevProblems.astro), and open pages reload to show it, or its absence.
      'astro:server:setup': async ({ server, logger }) => {
        const content = join(root, 'content') + sep;
        let shown = devReport(await devProblems());
        let scheduled = false;
        const recheck = () => {
          // One save can be several events (write, rename): they share the check already waiting.
          if (scheduled) return;
          scheduled = true;
          // A moment after the save, not during it: Astro reads the changed file first, then waits
          // half a second before it writes its store and reloads open pages, and the check (60 ms at
          // 1,000 documents, 250 ms at 4,000) fits in that wait. A page rendered sooner waits for it.
          const problems = new Promise<Problem[]>((resolve) => {
            setTimeout(() => {
              scheduled = false;
              try {
                resolve(checkContent(root, options));
              } catch (error) {
                logger.error(`La revisión del contenido falló: ${(error as Error).message}`);
                resolve([]);
              }
            }, AFTER_ASTRO_MS);
          });
          setDevProblems(problems);
          void problems.then((found) => {
            const report = devReport(found);
            if (report === shown) return;
            shown = report;
            if (found.length > 0) logger.warn(`\n${report}`);
            else logger.info(report);
            // Astro reloads open pages itself after most changes, but not after every one.
            server.hot.send({ type: 'full-reload' });
          });
        };
        server.watcher.on('all', (_event, path) => {
          if (path.startsWith(content)) recheck();
        });
      },
      'astro:build:start': async () => {
        const problems = await verdict;
        if (problems && problems.length > 0) throw contentFailure(problems);
      },
    },
  };
}

/**
 * The report `npm run dev` prints. Astro reports a header it cannot read or
 * validate too, in English and with a stack trace, before or after this
 * report: the last line says it is the same problem, fixed as said above.
 * A body's problems are this check's alone.
 */
function devReport(problems: readonly Problem[]): string {
  const report = formatReport(problems);
  return problems.some((p) => p.field !== BODY) ? `${report}\n${ASTRO_TOO}` : report;
}

const ASTRO_TOO = 'Si Astro muestra también un error en inglés sobre el mismo archivo, es el mismo problema: se corrige como dice la línea de arriba.';

/** What a build with content problems fails with: the check's whole report. */
export function contentFailure(problems: readonly Problem[]): Error {
  return new Error(`El contenido tiene errores; el sitio publicado no se ha tocado.\n\n${formatReport(problems)}`);
}

/** Under CI, each problem once more as a GitHub annotation, to show on the changed line of a pull request. */
function annotate(problems: readonly Problem[]): void {
  if (process.env.CI) console.log(formatAnnotations(problems));
}

/** The early check's problems (or the check's in process, if the worker gave none); Astro's errors are released only when there are none. */
async function settle(early: Promise<Problem[] | undefined>, root: string, options: CheckOptions): Promise<Problem[]> {
  let problems: Problem[] | undefined;
  try {
    problems = (await early) ?? checkContent(root, options);
    return problems;
  } finally {
    // Astro's errors are the editor's to read only when the check found nothing (or could not run);
    // otherwise they stay held while the build stops with the check's report.
    if (!problems?.length) releaseErrors();
    else annotate(problems);
  }
}

/**
 * Makes any [ERROR] Astro logs fail `astro build`: when the process is about
 * to end with code 0 although errors were logged, it ends with 1 instead.
 * (`npm run build` reads the same record and fails before publishing.)
 */
function armErrorLog(): void {
  const log = errorLog();
  if (!log.loaded) {
    throw new Error(
      'El registro de errores de Astro no está activo: astro.config.mjs debe tener ' +
        "logger: { entrypoint: './src/integrations/astro-errors.mjs' }. Sin él, un [ERROR] de Astro no detendría la publicación.",
    );
  }
  process.once('exit', (code) => {
    if (code !== 0 || log.errors.length === 0) return;
    process.exitCode = 1;
    const count = log.errors.length === 1 ? 'un error' : `${log.errors.length} errores`;
    process.stderr.write(`\nAstro registró ${count} ([ERROR] arriba): la compilación se da por fallida.\n`);
  });
}
