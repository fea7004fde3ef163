/**
 * What `npm run check` prints and the code it exits with, for a project
 * root and an environment. Kept apart from scripts/check.ts so tests can
 * assert both for many cases without starting a process for each.
 */
import { checkContent, type CheckOptions } from './content.ts';
import { formatAnnotations, formatReport } from './report.ts';

export function runCheck(root: string, env: NodeJS.ProcessEnv, options: CheckOptions = {}): { output: string; exitCode: 0 | 1 } {
  // BASE_PATH is the variable astro.config.mjs reads: links that start with
  // "/" break when the site is published under a sub-path, and the check says so.
  const problems = checkContent(root, { base: env['BASE_PATH'] ?? '/', ...options });
  let output = formatReport(problems);
  if (env['CI'] && problems.length) output += `\n${formatAnnotations(problems)}`;
  return { output, exitCode: problems.length ? 1 : 0 };
}
