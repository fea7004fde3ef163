/**
 * `npm run check`: every problem in every content file, at once, in Spanish.
 * Exit code 1 when there is any. Under CI, also GitHub annotations.
 */
import { checkContent } from '../src/checks/content.ts';
import { formatAnnotations, formatReport } from '../src/checks/report.ts';

const problems = checkContent(process.cwd());
console.log(formatReport(problems));
if (process.env.CI && problems.length) console.log(formatAnnotations(problems));
if (problems.length) process.exitCode = 1;
