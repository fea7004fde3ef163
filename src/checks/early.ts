/**
 * The content check, started before Astro. `npm run build` (scripts/build.ts)
 * calls {@link startEarly} first thing: the check then runs in a worker
 * thread while Astro loads its own code (about 1.5 s of a build), instead of
 * after it, on the second core these machines have. The build's integration
 * (integrations/content-check.ts) takes the result with {@link takeEarly}
 * and reports it exactly as if it had checked then.
 *
 * The integration does not wait for the result where Astro calls it, before
 * anything: it lets Astro read the content meanwhile (its own errors held
 * back) and waits just before the build starts. It shares that verdict
 * ({@link shareVerdict}) so that scripts/build.ts, when Astro fails first on
 * the same broken content, reports the check's problems and not Astro's.
 *
 * The hand-over goes through `globalThis`: Astro loads astro.config.mjs, and
 * the integration with it, through its own module loader, so a module-level
 * variable here would not be the one the build script set. A result is only
 * taken for the same folder, base, cache and day it was computed for;
 * anything else, or a worker that fails, and the integration checks in
 * process as before. Node-only.
 */
import { resolve } from 'node:path';
import { siteBase } from '../lib/paths.ts';
import type { CheckOptions } from './content.ts';
import { inWorker } from './in-worker.ts';
import type { Problem } from './problem.ts';

const SLOT = Symbol.for('bitacora.earlyContentCheck');
const VERDICT = Symbol.for('bitacora.contentVerdict');

interface Early {
  key: string;
  problems: Promise<Problem[] | undefined>;
}

/** What a result depends on besides the files: the same options must give the same key. */
function keyOf(root: string, options: CheckOptions): string {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  return JSON.stringify([resolve(root), siteBase(options.base), options.cacheDir === false ? false : options.cacheDir && resolve(options.cacheDir), today]);
}

/** Starts checking `root` in a worker thread; the build's integration picks the result up. */
export function startEarly(root: string, options: CheckOptions): void {
  // A worker that cannot run (or dies) is no verdict: the integration checks in process.
  const problems = inWorker<Problem[]>(new URL('./early-worker.ts', import.meta.url), { root, options });
  (globalThis as Record<symbol, Early | undefined>)[SLOT] = { key: keyOf(root, options), problems };
}

/** The early result for exactly these options, once (still running, perhaps); undefined when there is none or it does not apply. */
export function takeEarly(root: string, options: CheckOptions): Promise<Problem[] | undefined> | undefined {
  const slots = globalThis as Record<symbol, Early | undefined>;
  const early = slots[SLOT];
  slots[SLOT] = undefined;
  if (!early || early.key !== keyOf(root, options)) return undefined;
  return early.problems;
}

/** Where the integration leaves the content check's verdict while Astro goes on without it. */
export function shareVerdict(problems: Promise<Problem[]>): void {
  // Awaited later, by the integration or the build script; a failure must not surface before that, unhandled.
  problems.catch(() => undefined);
  (globalThis as Record<symbol, Promise<Problem[]> | undefined>)[VERDICT] = problems;
}

/** The verdict {@link shareVerdict} left, once; undefined when the check ran before Astro went on. */
export function takeVerdict(): Promise<Problem[]> | undefined {
  const slots = globalThis as Record<symbol, Promise<Problem[]> | undefined>;
  const verdict = slots[VERDICT];
  slots[VERDICT] = undefined;
  return verdict;
}
