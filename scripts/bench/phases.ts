/**
 * The builds a bench round runs, each measured from outside: the project's
 * production build (search index included, however it is done today) and
 * the floor. What each step logs about itself is read to split a build into
 * its Astro and search phases.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FLOOR_INDEX_LOG } from './floor.ts';
import { measure, type Run } from './measure.ts';
import { buildCommand, buildEnv } from './sites.ts';

export interface Phase {
  wall: number;
  cpu?: number | undefined;
}

export interface Build {
  /** Build plus search index: what an editor waits for. */
  total: Phase & { peakRss: number };
  /** Astro alone, when the index time is known. */
  astro?: Phase | undefined;
  index?: Phase | undefined;
  /** How the index was made: by the build itself, or by the bench after it. */
  indexedBy: 'build' | 'bench' | 'none';
  /** Document pages the build copied from its previous build, of those it could, when it says so. */
  reused?: { pages: number; of: number } | undefined;
}

const PAGEFIND_SCRIPT = join(import.meta.dirname, 'pagefind-index.ts');

/** Runs `npm run check` the way it is defined, on its own. */
export async function check(site: string): Promise<Phase> {
  const run = await measure(['node', 'scripts/check.ts'], site, buildEnv());
  if (run.status !== 0) fail('npm run check', run);
  return run;
}

/**
 * The production build. When it leaves no Pagefind index (the search
 * integration has not landed), the bench indexes the output itself with
 * Pagefind's Node API, as a separate process, and adds it to the total.
 */
export async function production(site: string): Promise<Build> {
  const build = await measure(buildCommand(site), site, buildEnv());
  if (build.status !== 0) fail('la compilación de producción', build);
  const dist = join(site, 'dist');
  const reused = reusedFromLog(build.output);
  if (existsSync(join(dist, 'pagefind/pagefind-entry.json'))) {
    const logged = indexTimeFromLog(build.output);
    return {
      total: build,
      astro: logged === undefined ? undefined : { wall: build.wall - logged, cpu: build.cpu - build.pagefindCpu },
      index: logged === undefined ? undefined : { wall: logged, cpu: build.pagefindCpu },
      indexedBy: 'build',
      reused,
    };
  }
  if (!existsSync(dist)) return { total: build, indexedBy: 'none' };
  const index = await measure(['node', PAGEFIND_SCRIPT, dist], site, buildEnv());
  if (index.status !== 0) fail('el índice de Pagefind', index);
  return {
    total: { wall: build.wall + index.wall, cpu: build.cpu + index.cpu, peakRss: Math.max(build.peakRss, index.peakRss) },
    astro: build,
    index,
    indexedBy: 'bench',
  };
}

/** The floor, with `unified` rendering Markdown through `unified({})`. */
export async function floor(site: string, markdown: 'default' | 'unified'): Promise<Build> {
  const run = await measure(['astro', 'build'], site, buildEnv({ BENCH_MARKDOWN: markdown }));
  if (run.status !== 0) fail('el sitio mínimo', run);
  const ms = FLOOR_INDEX_LOG.exec(run.output)?.[2];
  const index = ms === undefined ? undefined : Number(ms) / 1000;
  return {
    total: run,
    astro: index === undefined ? undefined : { wall: run.wall - index, cpu: run.cpu - run.pagefindCpu },
    index: index === undefined ? undefined : { wall: index, cpu: run.pagefindCpu },
    indexedBy: 'build',
  };
}

/**
 * The search step's own timing, if the build logs one: the last line that
 * names Pagefind or the search index and carries a duration ("… in 3.2 s",
 * "(812ms)"). Undefined when nothing says so; the phase is then shown as
 * part of the build.
 */
export function indexTimeFromLog(output: string): number | undefined {
  let seconds: number | undefined;
  for (const line of output.split('\n')) {
    if (!/pagefind|search[- ]index|índice|búsqueda/i.test(line)) continue;
    const match = /(\d+(?:[.,]\d+)?)\s*(ms|s)\b/.exec(line);
    if (match) seconds = Number(match[1]!.replace(',', '.')) / (match[2] === 'ms' ? 1000 : 1);
  }
  return seconds;
}

/** What an incremental build says it reused: "Páginas de documentos: 1005 de 1014 reutilizadas …" (src/integrations/incremental-pages.ts). */
export function reusedFromLog(output: string): Build['reused'] {
  const match = /Páginas de documentos: (\d+) de (\d+) reutilizadas/.exec(output);
  return match ? { pages: Number(match[1]), of: Number(match[2]) } : undefined;
}

function fail(what: string, run: Run): never {
  throw new Error(`bench: falló ${what} (código ${run.status}):\n${run.output.split('\n').slice(-40).join('\n')}`);
}
