/**
 * Incremental builds for `npm run build`: a document's page is copied from
 * the previous build instead of rendered again when nothing it can show has
 * changed. Built on Astro's experimental incremental static builds (7.2+),
 * which skip a path whose `cacheKey` and whose code (the page's module graph)
 * are unchanged; this integration gives every document page its key, from
 * outside the pages, through the prerenderer hook (`astro:build:start`).
 *
 * What a page's key holds, and why that is enough:
 *
 * - Everything global, whole: every file under src/ and public/, the config
 *   and lock files, the environment variables the code reads, today's date
 *   (pages mark overdue items and upcoming events), and every content file
 *   except the summary and body of the documents that have pages. Any change
 *   there, a new template, a title, a reference added or removed, a file
 *   added or deleted, a translation, an image, changes every key, and every
 *   page is rendered again.
 * - The summary, body and latest Git commit of the page's own documents (the
 *   content entries in its props) and of their neighbours: the documents they
 *   reference or link to from their summary or body (a link to a page holds
 *   its id), and the documents that reference or link to them.
 *
 * So a document's summary, body or commit may show on its own pages, on its
 *   neighbours' pages and on pages that carry no document in their props
 *   (home, feeds, calendars, actions: those are rendered on every build; a
 *   page of a section's list carries its documents, and is keyed). That
 *   is the rule templates must keep; tests/incremental-build.test.ts checks it
 *   over a whole built site (a unique word in every summary and body, found
 *   only where the rule allows) and compares incremental builds with clean
 *   ones byte for byte after each kind of edit.
 *
 * Whatever cannot be read as expected (Astro's internals move, an entry comes
 * from outside content/) leaves pages without keys: they are rendered, as in
 * a clean build. Node-only; `npm run build` adds it (scripts/build.ts).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { COLLECTIONS } from '../schemas/shared.ts';
import { addLayer, listedPath, type Prerenderer, propsReader, requestedPath, type StaticPath, wrap } from './prerenderer.ts';

/** Where the content lives, relative to the root: every entry must come from a file under it. */
const CONTENT = 'content';
/** Read whole into the global part of every key. */
const CODE_DIRS = ['src', 'public'];
const ROOT_FILES = /^(astro\.config\.[cm]?[jt]s|package(-lock)?\.json|tsconfig\.json|\.env(\..*)?)$/;
/** The only fields of a document read as its own rather than global: the ones pages show beyond the document itself. */
const LOCAL_FIELDS = ['summary'];

/** What the integration decided, for the log and for tests: `pages` maps each keyed path to what its key covers. */
export interface IncrementalManifest {
  global: string;
  pages: Record<string, { key: string; documents: string[] }>;
}
export const MANIFEST_FILE = 'incremental-pages.json';
/** Astro's own record of the last build's keys, beside ours in the cache folder. */
export const ASTRO_MANIFEST = 'incremental-build.json';

interface Entry {
  id: string;
  collection: string;
  data: unknown;
  body?: unknown;
  filePath?: string;
}

/**
 * `force`: every page is rendered, whatever its key (Astro's own `force`, which
 * scripts/build.ts passes on `--force`).
 */
export function incrementalPages({ force = false } = {}): AstroIntegration {
  let root = '';
  let cacheDir = '';
  let base = '/';
  let logger: AstroIntegrationLogger;
  const keyed = new Set<string>();
  let rendered = 0;
  let keying = 0;
  return {
    name: 'bitacora:incremental-pages',
    hooks: {
      'astro:config:done': ({ config, logger: log }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
        base = config.base;
        logger = log;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        // Git reads the history while Astro sets up and lists the paths, not after.
        const commits = latestCommits(root);
        addLayer(setPrerenderer, 'bitacora:incremental-pages', (inner, astro) =>
          wrap(inner, 'bitacora:incremental-pages', {
            async getStaticPaths() {
              // Which pages Astro is likely to copy: the search index reads those from the copies.
              const last = force ? new Map<string, Built>() : lastBuilt(cacheDir);
              // Astro has read its manifest of the last build by now and writes a new one once every
              // page is done. Without the file in between, a build that dies while rendering (after
              // rewriting some cached copies) cannot leave a manifest that vouches for those copies.
              rmSync(join(cacheDir, ASTRO_MANIFEST), { force: true });
              const [paths, history] = await Promise.all([inner.getStaticPaths(), commits]);
              try {
                const started = performance.now();
                const manifest = withKeys(root, paths, astro, history);
                keying = performance.now() - started;
                for (const path of paths) {
                  if (path.cacheKey === undefined) continue;
                  keyed.add(listedPath(path.pathname));
                  const before = last.get(listedPath(path.pathname));
                  if (before?.cacheKey === path.cacheKey) path.lastBuilt = before.file;
                }
                mkdirSync(cacheDir, { recursive: true });
                writeFileSync(join(cacheDir, MANIFEST_FILE), JSON.stringify(manifest));
              } catch (error) {
                for (const path of paths) delete path.cacheKey;
                logger.warn(`Compilación incremental desactivada en esta compilación: ${(error as Error).message}`);
              }
              return paths;
            },
            render(request, options) {
              if (keyed.has(requestedPath(request.url, base))) rendered++;
              return inner.render(request, options);
            },
          }),
        );
      },
      'astro:build:generated': () => {
        if (keyed.size === 0) return;
        const reused = keyed.size - Math.min(rendered, keyed.size);
        logger.info(
          `Páginas de documentos: ${reused} de ${keyed.size} reutilizadas de la compilación anterior, ${keyed.size - reused} generadas (claves en ${Math.round(keying)} ms).`,
        );
      },
    },
  };
}

interface Built {
  cacheKey: string;
  /** Astro's copy of the page in the cache folder. */
  file: string;
}

/**
 * Each keyed page of the last build, by path: its key and the copy Astro kept
 * of it (`<cacheDir>/dist/<page>`), when that copy exists. Astro's manifest
 * is internal to it: anything unexpected, and no page counts as built.
 */
function lastBuilt(cacheDir: string): Map<string, Built> {
  const built = new Map<string, Built>();
  try {
    const manifest = JSON.parse(readFileSync(join(cacheDir, ASTRO_MANIFEST), 'utf8')) as {
      routes: Record<string, { paths: Record<string, { cacheKey?: string; outputFile?: string }> }>;
    };
    for (const route of Object.values(manifest.routes)) {
      for (const [pathname, { cacheKey, outputFile }] of Object.entries(route.paths)) {
        const file = outputFile && join(cacheDir, 'dist', outputFile);
        if (cacheKey && file && existsSync(file)) built.set(listedPath(pathname), { cacheKey, file });
      }
    }
  } catch {
    built.clear();
  }
  return built;
}

/** Gives every page that carries documents in its props its key; returns what each key covers. Throws when unsure. */
function withKeys(root: string, paths: StaticPath[], astro: Prerenderer, commits: ReadonlyMap<string, string>): IncrementalManifest {
  const owners = new Map<StaticPath, Entry[]>();
  const documents = new Map<string, Entry>();
  const propsOf = propsReader(astro);
  for (const path of paths) {
    if (path.route.type !== 'page') continue;
    const entries = entriesIn(propsOf(path));
    if (entries.length === 0) continue;
    owners.set(path, entries);
    for (const entry of entries) documents.set(keyOf(entry), entry);
  }

  // Only documents of the six collections with a file under content/ have a part of their own.
  const own = new Map<string, Entry>();
  for (const [key, entry] of documents) {
    if (!(COLLECTIONS as readonly string[]).includes(entry.collection)) continue;
    if (!entry.filePath || !inside(entry.filePath, CONTENT)) throw new Error(`${key} no viene de un archivo de ${CONTENT}/`);
    own.set(key, entry);
  }
  const { global: contentGlobal, local, texts } = contentParts(root, own);
  const global = hash([codeHash(root), contentGlobal, environment(root), today()].join('\n'));

  const neighbours = new Map<string, Set<string>>([...own.keys()].map((key) => [key, new Set()]));
  const byId = new Map<string, string[]>();
  for (const [key, entry] of own) byId.set(entry.id, [...(byId.get(entry.id) ?? []), key]);
  for (const [key, entry] of own) {
    const named = linkTargets(texts.get(key) ?? '').flatMap((target) => target.split(/[/?#]/).flatMap((segment) => byId.get(segment) ?? []));
    for (const target of [...referencesIn(entry.data), ...named]) {
      if (!own.has(target) || target === key) continue;
      neighbours.get(key)!.add(target);
      neighbours.get(target)!.add(key);
    }
  }
  // Each document's part once: an organisation's page covers hundreds of documents.
  const parts = new Map([...own].map(([key, entry]) => [key, `\n${key} ${local.get(key) ?? 'none'} ${commits.get(normal(entry.filePath!)) ?? 'uncommitted'}`]));

  const manifest: IncrementalManifest = { global, pages: {} };
  for (const [path, entries] of owners) {
    const covered = new Set<string>();
    for (const entry of entries) {
      const key = keyOf(entry);
      if (!own.has(key)) continue; // a translation or other global entry: in the global part already
      covered.add(key);
      for (const next of neighbours.get(key)!) covered.add(next);
    }
    const list = [...covered].sort();
    const digest = createHash('sha256').update(global);
    for (const key of list) digest.update(parts.get(key)!);
    path.cacheKey = digest.digest('hex');
    manifest.pages[path.pathname] = { key: path.cacheKey, documents: list };
  }
  return manifest;
}

/** Content entries anywhere in a page's props (a document, a list, a translation beside its original). */
function entriesIn(props: unknown): Entry[] {
  const found: Entry[] = [];
  const seen = new Set<unknown>();
  const walk = (value: unknown, depth: number) => {
    if (value === null || typeof value !== 'object' || seen.has(value) || depth > 4) return;
    seen.add(value);
    if (isEntry(value)) {
      found.push(value);
      return;
    }
    for (const child of Array.isArray(value) ? value : Object.values(value)) walk(child, depth + 1);
  };
  walk(props, 0);
  return found;
}

function isEntry(value: object): value is Entry {
  const v = value as Record<string, unknown>;
  return typeof v['id'] === 'string' && typeof v['collection'] === 'string' && typeof v['data'] === 'object' && v['data'] !== null;
}

const keyOf = (entry: { collection: string; id: string }) => `${entry.collection}/${entry.id}`;

/** Markdown links, reference definitions, autolinks and raw `href`s: where a document's text points. */
const LINK = /\]\(\s*<?([^)\s>]+)|^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)|\bhref\s*=\s*["']([^"']+)|<((?:https?:\/\/|\/)[^>\s]+)>/gm;

function linkTargets(text: string): string[] {
  return [...text.matchAll(LINK)].map((match) => (match[1] ?? match[2] ?? match[3] ?? match[4])!);
}

/** Every reference (`{ collection, id }`, as Astro's `reference()` leaves them) anywhere in an entry's data. */
function referencesIn(data: unknown): string[] {
  const found: string[] = [];
  const walk = (value: unknown) => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach(walk);
    const v = value as Record<string, unknown>;
    const keys = Object.keys(v);
    if (keys.length === 2 && typeof v['collection'] === 'string' && typeof v['id'] === 'string') {
      found.push(keyOf(v as { collection: string; id: string }));
      return;
    }
    Object.values(v).forEach(walk);
  };
  walk(data);
  return found;
}

/**
 * Everything under content/, as pages see it. A document with pages counts by
 * its parsed entry, as Astro hands it to them: its summary and body are its
 * local part, everything else (data, id, file) goes to the global hash. Any
 * other file (a translation, an image, a guide) goes whole into the global
 * hash. No file of a document is parsed again: Astro has done it.
 */
function contentParts(root: string, own: Map<string, Entry>): { global: string; local: Map<string, string>; texts: Map<string, string> } {
  const global = createHash('sha256');
  const local = new Map<string, string>();
  const texts = new Map<string, string>();
  const byFile = new Map([...own].map(([key, entry]) => [normal(entry.filePath!), key]));
  for (const file of filesUnder(root, CONTENT)) {
    const key = byFile.get(file);
    global.update(`${file}\0`);
    if (key === undefined) {
      global.update(readFileSync(join(root, file)));
    } else {
      const entry = own.get(key)!;
      const data = { ...(entry.data as Record<string, unknown>) };
      const mine: Record<string, unknown> = {};
      for (const field of LOCAL_FIELDS) {
        mine[field] = data[field];
        delete data[field];
      }
      global.update(stable({ id: entry.id, collection: entry.collection, filePath: entry.filePath, data }));
      // Without a body in the entry (a loader that keeps none), the whole file stands for it.
      const body = typeof entry.body === 'string' ? entry.body : readFileSync(join(root, file), 'utf8');
      const text = `${stable(mine)}\0${body}`;
      local.set(key, hash(text));
      texts.set(key, text);
    }
    global.update('\0');
  }
  return { global: global.digest('hex'), local, texts };
}

/** A deterministic text for parsed data: plain objects and arrays, dates, maps, sets, URLs; anything else is a reason not to key. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return typeof v === 'bigint' ? `${v}n` : v;
    if (v instanceof Map) return { $map: [...v.entries()] };
    if (v instanceof Set) return { $set: [...v.values()] };
    if (v instanceof URL) return { $url: v.href };
    const proto = Object.getPrototypeOf(v) as unknown;
    if (proto !== Object.prototype && proto !== null) throw new Error(`un valor de tipo ${v.constructor?.name ?? '?'} en los datos`);
    return v;
  });
}

/** The code and configuration pages are made from: src/, public/ and the root's config and lock files. */
function codeHash(root: string): string {
  const all = createHash('sha256');
  const files = [...CODE_DIRS.flatMap((dir) => filesUnder(root, dir)), ...readdirSync(root).filter((name) => ROOT_FILES.test(name))];
  for (const file of files.sort()) all.update(`${file}\0`).update(readFileSync(join(root, file))).update('\0');
  return all.digest('hex');
}

/** The values of the environment variables the code and config name (`process.env.X`, `import.meta.env.X`). */
function environment(root: string): string {
  const names = new Set(['TZ']);
  const files = [...filesUnder(root, 'src'), ...readdirSync(root).filter((name) => ROOT_FILES.test(name))];
  for (const file of files.filter((f) => /\.(m?[jt]s|astro|mdx?)$/.test(f))) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const [, a, b] of text.matchAll(/(?:process\.env|import\.meta\.env)(?:\.([A-Za-z_]\w*)|\[\s*['"]([^'"]+)['"]\s*\])/g)) names.add((a ?? b)!);
  }
  return JSON.stringify([...names].sort().map((name) => [name, process.env[name] ?? null]));
}

/** Today, as UTC and as the machine's own calendar see it: pages compare dates with today. */
function today(): string {
  const now = new Date();
  return `${now.toISOString().slice(0, 10)} ${now.toDateString()}`;
}

/** The latest commit touching each file under content/, from one `git log`; empty without Git history. */
async function latestCommits(root: string): Promise<Map<string, string>> {
  const commits = new Map<string, string>();
  const git = (args: string[]) => promisify(execFile)('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }).then(({ stdout }) => stdout);
  let log: string;
  // git prints paths relative to the repository's top, which may be above the root.
  let prefix: string;
  try {
    [log, prefix] = await Promise.all([git(['log', '--format=@%H', '--name-only', '--no-renames', '--', CONTENT]), git(['rev-parse', '--show-prefix'])]);
  } catch {
    return commits;
  }
  prefix = prefix.trim();
  let current = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) current = line.slice(1);
    else if (line && line.startsWith(prefix)) {
      const file = line.slice(prefix.length);
      if (!commits.has(file)) commits.set(file, current);
    }
  }
  return commits;
}

/** Files under `dir` (relative to the root), as root-relative paths with forward slashes, sorted. */
function filesUnder(root: string, dir: string): string[] {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => normal(relative(root, join(entry.parentPath, entry.name))))
    .sort();
}

const normal = (path: string) => path.split(sep).join('/').replace(/^\.\//, '');
const inside = (file: string, dir: string) => normal(file).startsWith(`${dir}/`);
const hash = (text: string) => createHash('sha256').update(text).digest('hex');
