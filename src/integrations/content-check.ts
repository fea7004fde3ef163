/**
 * Runs the content check before Astro reads any content: a build with any
 * problem stops with the same report `npm run check` prints. Astro alone
 * would log a dangling reference and exit 0, and would report only the first
 * schema error, at line 0. In `astro dev` the report is a warning, so the
 * editor still sees the page they are working on.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../checks/content.ts';
import { formatAnnotations, formatReport } from '../checks/report.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'bitacora:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const problems = checkContent(fileURLToPath(config.root));
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
