/**
 * The content check's latest problems in `npm run dev`, for the pages to show.
 *
 * The check runs in the integration (src/integrations/content-check.ts) and
 * again each time a file under content/ changes; the pages read the result
 * (src/components/DevProblems.astro). The two load this module separately
 * (Astro's config and Vite's module runner each have their own copy), so the
 * problems live on the process, under a key both can name.
 */
import type { Problem } from './problem.ts';

const KEY = Symbol.for('bitacora.devProblems');
const store = globalThis as { [KEY]?: readonly Problem[] };

export function setDevProblems(problems: readonly Problem[]): void {
  store[KEY] = problems;
}

export function devProblems(): readonly Problem[] {
  return store[KEY] ?? [];
}
