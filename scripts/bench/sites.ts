/**
 * The two throwaway sites a bench run builds, under one temporary folder:
 * `real`, a copy of the project (its src/, public/, scripts/ and config, as
 * tests/helpers/site.ts makes them) with the generated corpus as content/,
 * committed to its own Git repository (the build reads content history),
 * and `floor`, the minimal site over the same files. Nothing is written to
 * the project itself.
 *
 * Each site gets its own node_modules folder of symlinks to the project's
 * packages, not one symlink to the whole folder: Vite keeps its dependency
 * cache in node_modules/.vite, and a shared one would be rewritten by every
 * build of a different site (the two sites here, the tests and other people's
 * builds running at the same time), making builds slower and figures noisier.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { write } from './corpus.ts';
import type { Doc } from './documents.ts';
import { writeFloor } from './floor.ts';
import { commitCorpus } from './history.ts';

export const PROJECT = resolve(import.meta.dirname, '../..');

/** What a copy of the project needs to build; config files that may not exist yet are copied when present. */
const PROJECT_ITEMS = ['src', 'public', 'scripts', 'astro.config.mjs', 'astro.config.ts', 'tsconfig.json', 'package.json'];

export interface Workspace {
  real: string;
  floor: string;
  remove(): void;
}

export function makeWorkspace(docs: readonly Doc[]): Workspace {
  const root = mkdtempSync(join(tmpdir(), 'bitacora-bench-'));
  const real = join(root, 'real');
  const floor = join(root, 'floor');
  for (const item of PROJECT_ITEMS) {
    if (existsSync(join(PROJECT, item))) cpSync(join(PROJECT, item), join(real, item), { recursive: true });
  }
  writeFloor(floor);
  for (const site of [real, floor]) {
    linkModules(site);
    write(docs, site);
  }
  commitCorpus(docs, real);
  return { real, floor, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Caches that belong to one site, never linked from the project. */
const SITE_CACHES = new Set(['.vite', '.astro', '.cache']);

function linkModules(site: string): void {
  const modules = join(site, 'node_modules');
  mkdirSync(modules, { recursive: true });
  for (const name of readdirSync(join(PROJECT, 'node_modules'))) {
    if (!SITE_CACHES.has(name)) symlinkSync(join(PROJECT, 'node_modules', name), join(modules, name));
  }
}

/**
 * Forgets every previous build of a site, so the next one is cold, as on a
 * fresh CI checkout: output, staging folders, Astro's content cache and
 * Vite's dependency cache.
 */
export function clean(site: string): void {
  for (const item of ['dist', '.dist-staging', '.dist-previous', '.astro', 'node_modules/.vite', 'node_modules/.astro']) {
    rmSync(join(site, item), { recursive: true, force: true });
  }
}

/**
 * The production build as `npm run build` would run it today: the project's
 * own build script, whatever it has become (`astro build`, `node
 * scripts/build.ts` …), run by a shell with the project's binaries first on
 * PATH, as npm does, minus npm's own start-up.
 */
export function buildCommand(site: string): string[] {
  const pkg = JSON.parse(readFileSync(join(site, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  return ['sh', '-c', pkg.scripts?.['build'] ?? 'astro build'];
}

/**
 * The environment a person's shell gives a build, with the project's Node 24
 * first on PATH. Vitest's variables are dropped: a child build would take
 * its BASE_URL over the configured base.
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(key)) env[key] = value;
  }
  return {
    ...env,
    PATH: `${join(PROJECT, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    FORCE_COLOR: '0',
    NO_COLOR: '1',
    ...extra,
  };
}
