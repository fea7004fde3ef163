/**
 * The content check's latest problems in `npm run dev`, for the pages to show.
 *
 * The check runs in the integration (src/integrations/content-check.ts) and
 * again a moment after each change under content/; a page rendered
 * meanwhile waits for that result (src/components/DevProblems.astro), so it
 * never shows the report from before the save. The two load this
 * module separately (Astro's config and Vite's module runner each have
 * their own copy), so the result lives on the process, under a key both can
 * name.
 */
import type { Problem } from './problem.ts';

const KEY = Symbol.for('bitacora.devProblems');
const store = globalThis as { [KEY]?: Promise<readonly Problem[]> };

export function setDevProblems(problems: Promise<readonly Problem[]>): void {
  store[KEY] = problems;
}

export function devProblems(): Promise<readonly Problem[]> {
  return store[KEY] ?? Promise.resolve([]);
}
