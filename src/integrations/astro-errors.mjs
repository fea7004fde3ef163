// @ts-check
/**
 * Astro's own console output, unchanged, plus a record of every line it logs
 * as [ERROR]. Astro logs some failures and carries on: a reference to a
 * missing entry prints "[ERROR] [content] Invalid content reference" and the
 * build still exits 0. A build that logged an error must not publish.
 *
 * Why a logger rather than another hook: Astro 7's `logger` setting is the
 * documented way to receive every log line, and the destination set there
 * serves the CLI, the content layer, Vite, every integration and the
 * prerendering bundle alike (through `virtual:astro:logger`). Wrapping the
 * build and matching "[ERROR]" in its output would depend on the console
 * format and would miss `astro build` run directly; patching an integration
 * logger's internals would depend on how Astro shares them.
 *
 * Astro falls back to its default logger, silently, when a logger cannot be
 * loaded, so the content-check integration refuses to build unless this one
 * reported for duty (`loaded`). Plain JavaScript, because Astro loads logger
 * entrypoints without TypeScript.
 */
import node from 'astro/logger/node';

const KEY = Symbol.for('bitacora.astro-errors');

/**
 * @typedef {object} ErrorLog
 * @property {string[]} errors messages Astro logged at level error
 * @property {boolean} loaded true once Astro has created this destination
 * @property {(() => void)[] | undefined} held errors kept back by {@link holdErrors}, each ready to be written
 */

/** The record shared by every copy of this module (the CLI's and the prerendering bundle's). @returns {ErrorLog} */
export function errorLog() {
  const shared = /** @type {Record<symbol, ErrorLog | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (shared[KEY] ??= { errors: [], loaded: false, held: undefined });
}

/**
 * Keeps Astro's errors back instead of writing them, until {@link releaseErrors}.
 * `npm run build` lets Astro read the content while the content check is still
 * running in its worker: if the check finds problems, the build fails with
 * its report, and what Astro made of the same mistakes on the way (a
 * reference it could not resolve, say) is never released.
 */
export function holdErrors() {
  errorLog().held ??= [];
}

/** Ends {@link holdErrors}: what was kept back is written and recorded, as if just logged. */
export function releaseErrors() {
  const log = errorLog();
  const held = log.held ?? [];
  log.held = undefined;
  for (const write of held) write();
}

/** @param {Record<string, unknown> | undefined} config options for Astro's node logger */
export default function astroErrors(config) {
  const out = node(config);
  const log = errorLog();
  log.loaded = true;
  /** @param {import('astro').AstroLoggerMessage} event */
  const record = (event) => {
    out.write(event);
    if (event.level === 'error') log.errors.push(event.message);
  };
  return {
    /** @param {import('astro').AstroLoggerMessage} event */
    write(event) {
      if (event.level === 'error' && log.held) log.held.push(() => record(event));
      else record(event);
    },
  };
}
