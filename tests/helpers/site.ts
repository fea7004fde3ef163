/**
 * Fixture sites: a throwaway copy of the project (its real src/, public/ and
 * config) with content of the test's choosing, built with the real Astro
 * CLI. What a test asserts is what `npm run build` would do.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { type AddressInfo, createServer as createTcpServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';

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
    // GitHub Actions' and the edit-link variables would change the pages; fixtures must not depend on the host.
    if (!/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST|GITHUB_.*|EDIT_URL)$/.test(key)) env[key] = value;
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

export interface Served {
  /** The site's address, base included, e.g. `http://127.0.0.1:40123/bitacora/`. */
  url: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.ics': 'text/calendar; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * Serves a built folder the way a plain static host does (an Nginx folder,
 * GitHub Pages): files as they are under `base`, a folder by its index.html,
 * a folder without its trailing slash redirected, anything else the site's
 * 404 page. On a free port of 127.0.0.1; nothing is rewritten.
 */
export async function serve(dir: string, base = '/'): Promise<Served> {
  const root = resolve(dir);
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = resolveFile(root, base, path);
    if (file === 'redirect') {
      response.writeHead(301, { Location: `${path}/` });
      response.end();
    } else if (file) {
      // Ten minutes, as GitHub Pages sends: a browser reuses the search bundle across pages.
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'max-age=600' });
      response.end(readFileSync(file));
    } else {
      const page = join(root, '404.html');
      response.writeHead(404, { 'Content-Type': TYPES['.html']! });
      response.end(existsSync(page) ? readFileSync(page) : 'Not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** The file a request path names, 'redirect' for a folder without its slash, undefined for none. */
function resolveFile(root: string, base: string, path: string): string | undefined {
  if (!path.startsWith(base) && `${path}/` !== base) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path.slice(base.length - 1) || '/');
  } catch {
    return undefined;
  }
  const file = resolve(root, `.${decoded}`);
  if (file !== root && !file.startsWith(`${root}/`)) return undefined;
  const stats = statSync(file, { throwIfNoEntry: false });
  if (stats?.isDirectory()) {
    if (!path.endsWith('/')) return 'redirect';
    return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : undefined;
  }
  return stats?.isFile() ? file : undefined;
}

/**
 * `astro dev` on a site, on a free port of 127.0.0.1, resolved once the
 * server says it is listening; `output()` is what it has printed so far.
 * `close()` ends that one process.
 */
export async function startDev(site: Site): Promise<Served & { output(): string }> {
  const port = await new Promise<number>((done) => {
    const probe = createTcpServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
  });
  const child = spawn(join(PROJECT, 'node_modules/.bin/astro'), ['dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: site.root,
    env: cleanEnv({}),
  });
  let output = '';
  const exited = new Promise<never>((_, reject) => {
    child.once('exit', (code) => reject(new Error(`astro dev terminó (código ${code}):\n${output}`)));
  });
  const listening = new Promise<void>((done) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`127.0.0.1:${port}`)) done();
    };
    // Read for as long as the server runs: what an editor sees in the terminal.
    child.stdout.on('data', read);
    child.stderr.on('data', read);
  });
  await Promise.race([listening, exited]);
  exited.catch(() => {});
  return {
    url: `http://127.0.0.1:${port}/`,
    output: () => output,
    close: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill();
      }),
  };
}
