/**
 * `npm run build` copies a document's page from the previous build only when
 * a clean build would write the same bytes (src/integrations/incremental-pages.ts).
 *
 * Two proofs on a generated corpus (the bench's, small): the rule the page
 * keys rest on holds for every page of the site as the templates are today
 * (a document's summary and body show only on its own pages, its
 * neighbours' and pages that carry no document), and after each kind of edit
 * an incremental build writes exactly what a clean build of the same content
 * writes, file for file, byte for byte. Calendar files are compared without
 * their DTSTAMP line, which is the time of the build.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, pathOf, serialize, write } from '../scripts/bench/corpus.ts';
import type { Doc } from '../scripts/bench/documents.ts';
import { commitCorpus } from '../scripts/bench/history.ts';
import { entryPath } from '../src/lib/paths.ts';
import { ASTRO_MANIFEST, type IncrementalManifest, MANIFEST_FILE } from '../src/integrations/incremental-pages.ts';
import { makeSite, PROJECT, type Site } from './helpers/site.ts';

const DOCS = 40;
const STEP = 240_000;
/** A word no generated text contains, one per document and field: `QS7Q` in the summary of document 7, `QB7Q` in its body. */
const TOKEN = /Q([SB])(\d+)Q/g;

let incremental: Site;
let clean: Site;
let docs: Doc[];
let manifest: IncrementalManifest;

function build(site: Site): { status: number | null; output: string; reused: number; keyed: number } {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST|GITHUB_.*|EDIT_URL)$/.test(key)));
  const result = spawnSync(join(PROJECT, 'node_modules/.bin/node'), ['scripts/build.ts'], {
    cwd: site.root,
    encoding: 'utf8',
    env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  const output = `${result.stdout}\n${result.stderr}`;
  const [, reused = '0', keyed = '0'] = /Páginas de documentos: (\d+) de (\d+) reutilizadas/.exec(output) ?? [];
  return { status: result.status, output, reused: Number(reused), keyed: Number(keyed) };
}

/** Every file of a built site with its bytes, a calendar's DTSTAMP (the build's own time) blanked. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    let text = readFileSync(path).toString('latin1');
    if (path.endsWith('.ics')) text = text.replace(/DTSTAMP:\d{8}T\d{6}Z/g, 'DTSTAMP:');
    files.set(relative(dir, path), text);
  }
  return files;
}

/** The differences between two snapshots, as paths: empty when they are the same site. */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((path) => a.get(path) !== b.get(path)).sort();
}

/** Builds the incremental site as it is, and a clean build of the same content and history, and compares them. */
function rebuildAndCompare(): ReturnType<typeof build> {
  const warm = build(incremental);
  expect(warm.status, warm.output).toBe(0);
  for (const item of ['content', '.git', '.astro', 'dist']) rmSync(join(clean.root, item), { recursive: true, force: true });
  cpSync(join(incremental.root, 'content'), join(clean.root, 'content'), { recursive: true });
  cpSync(join(incremental.root, '.git'), join(clean.root, '.git'), { recursive: true });
  const cold = build(clean);
  expect(cold.status, cold.output).toBe(0);
  expect(cold.reused).toBe(0);
  expect(differences(snapshot(join(incremental.root, 'dist')), snapshot(join(clean.root, 'dist')))).toEqual([]);
  // Both indexes were built from the pages as they came, the copies from the last build included
  // (src/integrations/search-stream.ts), and still came out the same, byte for byte.
  for (const { output } of [warm, cold]) expect(output).toContain('(leídas mientras se generaban)');
  return warm;
}

/** Rewrites a document's file from its changed data and body. */
function save(doc: Doc): void {
  writeFileSync(join(incremental.root, pathOf(doc)), serialize(doc));
}

const keyOf = (doc: Doc) => `${doc.collection}/${doc.id}`;
const page = (doc: Doc) => readFileSync(join(incremental.root, 'dist', entryPath(doc.collection, doc.id), 'index.html'), 'utf8');
const pick = (collection: Doc['collection']) => docs.find((d) => d.collection === collection)!;

beforeAll(() => {
  docs = generate(DOCS).map((doc, i) => ({
    ...doc,
    data: { ...doc.data, summary: `QS${i}Q ${String(doc.data['summary'])}` },
    body: `QB${i}Q\n\n${doc.body}`,
  }));
  incremental = makeSite();
  clean = makeSite();
  write(docs, incremental.root);
  commitCorpus(docs, incremental.root);
  const first = build(incremental);
  expect(first.status, first.output).toBe(0);
  expect(first.reused).toBe(0);
  manifest = JSON.parse(readFileSync(join(incremental.root, '.astro/cache', MANIFEST_FILE), 'utf8')) as IncrementalManifest;
  // The integration removes Astro's manifest while pages render, so it must be the file Astro writes.
  expect(existsSync(join(incremental.root, '.astro/cache', ASTRO_MANIFEST))).toBe(true);
}, STEP);
afterAll(() => {
  incremental?.remove();
  clean?.remove();
});

describe('the rule page keys rest on, over the whole built site', () => {
  it('gives every document page a key', () => {
    for (const doc of docs) expect(manifest.pages[entryPath(doc.collection, doc.id)], keyOf(doc)).toBeDefined();
  });

  it("shows a document's summary and body only on its own pages, its neighbours' and pages without documents", () => {
    const misplaced: string[] = [];
    for (const [path, { documents }] of Object.entries(manifest.pages)) {
      const html = readFileSync(join(incremental.root, 'dist', path, 'index.html'), 'utf8');
      for (const [token, , index] of html.matchAll(TOKEN)) {
        const doc = docs[Number(index)]!;
        if (!documents.includes(keyOf(doc))) misplaced.push(`${path} shows ${token} (${keyOf(doc)})`);
      }
    }
    expect(misplaced).toEqual([]);
  });

  it('and the words are really there: every page shows its own summary and body', () => {
    docs.forEach((doc, i) => {
      expect(page(doc), keyOf(doc)).toContain(`QS${i}Q`);
      expect(page(doc), keyOf(doc)).toContain(`QB${i}Q`);
    });
  });
});

describe('an incremental build writes what a clean build writes', () => {
  it('after an edit to the summary and body of a meeting, rendering only the pages that show them', () => {
    const meeting = pick('meetings');
    save({ ...meeting, data: { ...meeting.data, summary: `${String(meeting.data['summary'])} Corregido.` }, body: `${meeting.body}\nNota nueva de la secretaría.\n\n- [x] Enviar el acta\n` });
    const warm = rebuildAndCompare();
    expect(warm.reused).toBeGreaterThan(0);
    expect(warm.reused).toBeLessThan(warm.keyed);
    expect(page(meeting)).toContain('Nota nueva de la secretaría.');
  }, STEP);

  it('after a word the Markdown processor writes into bodies is changed in the interface strings', () => {
    // Astro keeps rendered bodies from the last build; the word must reach the meeting's unedited body anyway.
    const meeting = pick('meetings');
    for (const site of [incremental, clean]) {
      const file = join(site.root, 'src/i18n/es.json');
      writeFileSync(file, readFileSync(file, 'utf8').replace('"actionStatus.done": "Hecha"', '"actionStatus.done": "Cumplida"'));
    }
    expect(rebuildAndCompare().reused).toBe(0);
    expect(page(meeting)).toContain('Cumplida:</span> Enviar el acta');
  }, STEP);

  it("after an edit to an organisation's summary and a link to it added to another document's body", () => {
    const organization = pick('organizations');
    const position = pick('positions');
    save({ ...organization, data: { ...organization.data, summary: `${String(organization.data['summary'])} Nueva sede.` } });
    save({ ...position, body: `${position.body}\nVéase [la organización](${entryPath('organizations', organization.id)}).\n` });
    expect(rebuildAndCompare().reused).toBeGreaterThan(0);
  }, STEP);

  it("after an edit to an organisation's name, shown wherever it is referenced", () => {
    const organization = pick('organizations');
    save({ ...organization, data: { ...organization.data, name: `${String(organization.data['name'])} (renombrada)` } });
    expect(rebuildAndCompare().reused).toBe(0);
  }, STEP);

  it('after a reference added to a meeting and one removed from a group', () => {
    const meeting = pick('meetings');
    const group = pick('groups');
    const attendees = meeting.data['attendees'] as string[];
    const absent = docs.find((d) => d.collection === 'organizations' && !attendees.includes(d.id))!;
    save({ ...meeting, data: { ...meeting.data, attendees: [...attendees, absent.id] } });
    const coordinators = group.data['coordinators'] as string[];
    const member = (group.data['members'] as string[]).find((id) => !coordinators.includes(id));
    save({ ...group, data: { ...group.data, members: (group.data['members'] as string[]).filter((id) => id !== member) } });
    rebuildAndCompare();
  }, STEP);

  it('after a document is deleted', () => {
    // One no other document links to: deleting a linked one is a broken link, which fails the build.
    const position = docs.filter((d) => d.collection === 'positions').find((p) => !docs.some((d) => d !== p && d.body.includes(p.id)))!;
    rmSync(join(incremental.root, pathOf(position)));
    rebuildAndCompare();
    expect(existsSync(join(incremental.root, 'dist', entryPath(position.collection, position.id)))).toBe(false);
  }, STEP);

  it('after the edits are committed, which changes the dates pages take from Git', () => {
    const git = (args: string[]) => execFileSync('git', args, { cwd: incremental.root, stdio: 'ignore' });
    git(['add', 'content']);
    git(['-c', 'user.name=Secretaría', '-c', 'user.email=secretaria@example.org', 'commit', '-q', '-m', 'Correcciones']);
    rebuildAndCompare();
  }, STEP);

  it('after a build that failed while rendering, which had already rewritten some cached pages', () => {
    const update = pick('updates');
    const file = join(incremental.root, pathOf(update));
    const before = readFileSync(file, 'utf8');
    save({ ...update, data: { ...update.data, summary: `${String(update.data['summary'])} Versión que nunca se publicó.` } });
    incremental.write('src/components/Falla.astro', "---\nthrow new Error('Fallo de prueba');\n---\n");
    incremental.write('content/positions/zz-falla.mdx', "---\ntitle: Falla\ndate: 2020\nstatus: draft\nsummary: Prueba.\n---\nimport Falla from '../../src/components/Falla.astro'\n\n<Falla />\n");
    const failed = build(incremental);
    expect(failed.status).toBe(1);
    expect(failed.output).toContain('Fallo de prueba');
    // Back to the content and code of the last good build: keys match it again, the copies do not.
    writeFileSync(file, before);
    rmSync(join(incremental.root, 'src/components/Falla.astro'));
    rmSync(join(incremental.root, 'content/positions/zz-falla.mdx'));
    rebuildAndCompare();
    expect(readFileSync(join(incremental.root, 'dist', entryPath('updates', update.id), 'index.html'), 'utf8')).not.toContain('Versión que nunca se publicó');
  }, STEP);

  it('when nothing changed, copying every document page', () => {
    const warm = rebuildAndCompare();
    expect(warm.reused).toBe(warm.keyed);
  }, STEP);
});
