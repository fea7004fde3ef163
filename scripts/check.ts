/**
 * `npm run check`: every problem in every content file, at once, in Spanish.
 * Exit code 1 when there is any. Under CI, also GitHub annotations. Each
 * document's problems are kept in .astro/cache/ (src/checks/cache.ts), so a
 * second run checks again only what changed, and still reports every problem.
 */
import { runCheck } from '../src/checks/cli.ts';

const { output, exitCode } = runCheck(process.cwd(), process.env);
console.log(output);
process.exitCode = exitCode;
