/**
 * What the content check found in each document, kept between runs in the
 * project's cache folder (`.astro/cache/`, Astro's `cacheDir`), so a second
 * `npm run check` or build re-checks only what changed. It keeps the
 * problems, not a "passed": a document with a mistake is reported on every
 * run, from the cache or not.
 *
 * A document's result is reused only when nothing it could depend on has
 * changed: its bytes and path, and everything the rules read besides the
 * file (see `inputs`). When any of those changes, every document is checked
 * again; a cache file that cannot be read or does not look right is ignored.
 * Checks across files (names, twins, folders, image locations) are not
 * cached: they run every time. Node-only.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Problem } from './problem.ts';
import type { Context } from './rules/rule.ts';

/** Bump when the file's shape changes. */
const FORMAT = 1;
const FILE = 'content-check.json';

interface Entry {
  key: string;
  problems: Problem[];
}

export interface CheckCache {
  /** The problems found last time in this document, when nothing it depends on has changed since. */
  get(path: string, bytes: Uint8Array): Problem[] | undefined;
  set(path: string, bytes: Uint8Array, problems: readonly Problem[]): void;
  /** Keeps what this run saw, and only that: documents that are gone are forgotten. */
  save(): void;
}

/** The cache in `folder`, for a check with this context; `undefined` checks everything and keeps nothing. */
export function openCache(folder: string | undefined, context: Context): CheckCache {
  if (folder === undefined) return { get: () => undefined, set: () => {}, save: () => {} };
  const file = join(folder, FILE);
  const inputs = hash(inputsOf(context));
  const previous = read(file);
  const next = new Map<string, Entry>();
  let changed = false;
  const keyOf = (path: string, bytes: Uint8Array) => createHash('sha256').update(inputs).update('\0').update(path).update('\0').update(bytes).digest('base64');
  return {
    get(path, bytes) {
      const entry = previous.get(path);
      if (!entry || entry.key !== keyOf(path, bytes) || !entry.problems.every((p) => isProblem(p, path))) return undefined;
      next.set(path, entry);
      return entry.problems;
    },
    set(path, bytes, problems) {
      next.set(path, { key: keyOf(path, bytes), problems: [...problems] });
      changed = true;
    },
    save() {
      if (!changed && next.size === previous.size) return;
      write(file, JSON.stringify({ format: FORMAT, entries: Object.fromEntries(next) }));
    },
  };
}

function read(file: string): Map<string, Entry> {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { format?: unknown; entries?: unknown };
    if (parsed.format !== FORMAT || typeof parsed.entries !== 'object' || parsed.entries === null) return new Map();
    const entries = new Map<string, Entry>();
    for (const [path, entry] of Object.entries(parsed.entries as Record<string, Partial<Entry> | null>)) {
      if (typeof entry?.key === 'string' && Array.isArray(entry.problems)) entries.set(path, { key: entry.key, problems: entry.problems });
    }
    return entries;
  } catch {
    return new Map(); // missing, unreadable or not JSON: check everything
  }
}

/** Written beside and renamed in, so a run that stops halfway or a second check at the same time never leaves half a file. */
function write(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch {
    // A read-only checkout still gets its report; the next run checks everything again.
    rmSync(temporary, { force: true });
  }
}

function isProblem(p: unknown, path: string): p is Problem {
  const q = p as Partial<Problem> | null;
  return typeof q === 'object' && q !== null && q.file === path && typeof q.line === 'number' && typeof q.column === 'number'
    && typeof q.field === 'string' && typeof q.message === 'string' && typeof q.hint === 'string';
}

/**
 * Everything besides the document itself that a document's problems depend
 * on. Most of it changes rarely, and when it does every document is checked
 * again, which is always right.
 */
function inputsOf({ root, site, today, base }: Context): unknown[] {
  return [
    FORMAT,
    code(),
    // Consents expire: a document that passed yesterday may not pass today.
    today,
    // Links that start with "/" are refused under a sub-path.
    base,
    // References and links are checked against every id, with a did-you-mean among them.
    [...site.ids].map(([collection, ids]) => [collection, [...ids].sort()]),
    // …and a reference written as a name gets the id of the document called that.
    [...(site.names ?? [])].map(([collection, names]) => [collection, [...names].sort()]),
    // Links are checked against every page and every file the site publishes, each translation a page…
    [...site.pages].sort(),
    [...(site.translations ?? [])].sort(),
    site.dynamic.map((route) => [route.pattern.source, route.collection ?? '', route.locale ?? '']),
    // …and the images a document declares are read for their size.
    [...site.files].sort().map((file) => [file, hash(readFileSync(join(root, 'public', file)))]),
    // MDX may import only components that exist.
    listing(join(root, 'src', 'components')),
  ];
}

let codeDigest: string | undefined;

/**
 * The check's own source (this folder, the schemas and every module they
 * import, followed from content.ts), the locked dependency versions (zod,
 * yaml, Sätteri word the messages and read the files) and Node's version:
 * a change to any rule or message re-checks everything.
 */
function code(): string {
  if (codeDigest) return codeDigest;
  const digest = createHash('sha256').update(process.version);
  const project = fileURLToPath(new URL('../..', import.meta.url));
  const seen = new Set<string>();
  const follow = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    digest.update(relative(project, file)).update('\0').update(text).update('\0');
    for (const [, specifier] of text.matchAll(/^\s*(?:import|export)\b[^;]*?['"](\.\.?\/[^'"]+)['"]/gm)) follow(join(dirname(file), specifier!));
  };
  follow(fileURLToPath(new URL('content.ts', import.meta.url)));
  const lock = join(project, 'package-lock.json');
  if (existsSync(lock)) digest.update(readFileSync(lock));
  codeDigest = digest.digest('base64');
  return codeDigest;
}

function listing(folder: string): string[] {
  try {
    return readdirSync(folder).sort();
  } catch {
    return [];
  }
}

function hash(value: unknown): string {
  return createHash('sha256').update(value instanceof Uint8Array ? value : JSON.stringify(value)).digest('base64');
}
