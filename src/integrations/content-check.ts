/**
 * Runs the content check before Astro reads any content: a build with any
 * problem stops with the same report `npm run check` prints. Astro alone
 * would log a dangling reference and exit 0, and would report only the first
 * schema error, at line 0. In `astro dev` the report is a warning, so the
 * editor still sees the page they are working on.
 *
 * `npm run build` starts the same check in a worker before Astro loads
 * (checks/early.ts) and this hook takes its result; `astro build` and
 * `astro dev` on their own check here.
 *
 * In a build it also arms the error log (astro-errors.mjs): any [ERROR]
 * Astro logs afterwards makes the build exit 1, and `npm run build` keeps
 * the published site as it was.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../checks/content.ts';
import { takeEarly } from '../checks/early.ts';
import { formatAnnotations, formatReport } from '../checks/report.ts';
import { errorLog } from './astro-errors.mjs';

export function contentCheck(): AstroIntegration {
  return {
    name: 'bitacora:content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        if (command === 'build') armErrorLog();
        // Results are kept in Astro's cacheDir (`.astro/cache/`, where npm run check keeps them too),
        // so a rebuild re-checks only the documents that changed.
        const root = fileURLToPath(config.root);
        const options = { base: config.base, cacheDir: fileURLToPath(config.cacheDir) };
        const problems = (command === 'build' && (await takeEarly(root, options))) || checkContent(root, options);
        if (problems.length === 0) return;
        const report = formatReport(problems);
        if (command === 'dev') {
          logger.warn(`\n${report}`);
          return;
        }
        if (process.env.CI) console.log(formatAnnotations(problems));
        throw new Error(`El contenido tiene errores; el sitio publicado no se ha tocado.\n\n${report}`);
      },
    },
  };
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
