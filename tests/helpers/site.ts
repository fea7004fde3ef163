/**
 * Fixture sites: a throwaway copy of the project (its real src/, public/ and
 * config) with content of the test's choosing, built with the real Astro
 * CLI. What a test asserts is what `npm run build` would do.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const PROJECT = resolve(import.meta.dirname, '../..');

export interface Site {
  root: string;
  /** Writes (or overwrites) a file relative to the site's root. */
  write(path: string, text: string): void;
  /** `env` adds variables to the build's environment (e.g. to point Pagefind at another binary). */
  build(options?: { base?: string; outDir?: string; env?: Record<string, string> }): BuildResult;
  /** Reads a built page by its URL path, e.g. `/grupos/migraciones/`. */
  page(path: string, outDir?: string): string;
  remove(): void;
}

export interface BuildResult {
  status: number | null;
  output: string;
}

/** A copy of the project; `withContent` copies the real content/ too. */
export function makeSite({ withContent = false } = {}): Site {
  const root = mkdtempSync(join(tmpdir(), 'bitacora-site-'));
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'scripts']) {
    cpSync(join(PROJECT, item), join(root, item), { recursive: true });
  }
  if (withContent) cpSync(join(PROJECT, 'content'), join(root, 'content'), { recursive: true });
  else mkdirSync(join(root, 'content'));
  symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return {
    root,
    write(path, text) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    },
    build({ base, outDir = 'dist', env = {} } = {}) {
      return run(root, ['build', '--outDir', outDir], { ...env, ...(base ? { BASE_PATH: base } : {}) });
    },
    page(path, outDir = 'dist') {
      return readFileSync(join(root, outDir, path, path.endsWith('/') ? 'index.html' : ''), 'utf8');
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/**
 * The environment a person's shell would give the build. Vitest puts Vite's
 * own variables (BASE_URL, MODE, NODE_ENV…) into process.env, and a child
 * build would take BASE_URL over its configured base.
 */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(key)) env[key] = value;
  }
  return { ...env, ...extra, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' };
}

function run(cwd: string, args: string[], env: Record<string, string>): BuildResult {
  const result = spawnSync(join(PROJECT, 'node_modules/.bin/astro'), args, {
    cwd,
    env: cleanEnv(env),
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
