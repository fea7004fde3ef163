/**
 * `npm run check`: every problem in every content file, at once, in Spanish.
 * Exit code 1 when there is any. Under CI, also GitHub annotations.
 */
import { runCheck } from '../src/checks/cli.ts';

const { output, exitCode } = runCheck(process.cwd(), process.env);
console.log(output);
process.exitCode = exitCode;
