/**
 * The bench corpus: N documents across the six collections, the same bytes
 * for the same N, each validated by the real schemas before anything is
 * built, so a slow build can never be blamed on content the site rejects.
 *
 * Sizes grow the way an archive does: meetings, updates, events and positions
 * in proportion to N, organisations and groups more slowly (√N): a network
 * adds reports every year, not members at the same pace. That is also what
 * exposes a per-page list without a bound: each organisation's page has more
 * to list as the archive grows.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { COLLECTIONS, type CollectionName, idReference, schemas } from '../../src/schemas/index.ts';
import * as make from './documents.ts';
import type { Doc, Known } from './documents.ts';
import { random } from './random.ts';

const SEED = 20_261_128;

export type Plan = Record<CollectionName, number>;

export function plan(n: number): Plan {
  if (n < 12) throw new Error('--docs: al menos 12 documentos (dos por colección)');
  const organizations = Math.max(4, Math.round(2 * Math.sqrt(n)));
  const groups = Math.max(2, Math.round(Math.sqrt(n) / 3));
  const rest = n - organizations - groups;
  const meetings = Math.round(rest * 0.2);
  const updates = Math.round(rest * 0.3);
  const events = Math.round(rest * 0.25);
  return { organizations, groups, updates, meetings, events, positions: rest - meetings - updates - events };
}

export function generate(n: number): Doc[] {
  const counts = plan(n);
  const rng = random(SEED);
  // About 200 documents a year, at least three years: the record's real density.
  const span = Math.min(19, Math.max(3, Math.round(n / 200)));
  const years = Array.from({ length: span }, (_, i) => 2026 - span + 1 + i);
  const known: Known = { organizations: [], groups: [], meetings: [], years };
  const taken = new Set<string>();
  const times = <T>(count: number, f: (i: number) => T) => Array.from({ length: count }, (_, i) => f(i));

  known.organizations = times(counts.organizations, () => make.organization(rng, taken));
  known.groups = times(counts.groups, (i) => make.group(rng, i, known));
  known.meetings = times(counts.meetings, (i) => make.meeting(rng, i + 1, known));
  const updates = times(counts.updates, (i) => make.update(rng, i + 1, known));
  const events = times(counts.events, (i) => make.event(rng, i + 1, known));
  const positions = times(counts.positions, (i) => make.position(rng, i + 1, known));
  return [...known.organizations, ...known.groups, ...known.meetings, ...updates, ...events, ...positions];
}

/** The file an editor would commit. */
export function serialize(doc: Doc): string {
  return `---\n${stringify(doc.data, { lineWidth: 0 })}---\n\n${doc.body}`;
}

export const pathOf = (doc: Doc) => `content/${doc.collection}/${doc.id}.md`;

/**
 * Parses every file back and validates it with the real schemas, and checks
 * that ids are unique and references resolve. Throws on the first problem:
 * it would be a bug in the generator, not something to measure.
 */
export function validate(docs: readonly Doc[]): void {
  const bySchema = schemas(idReference);
  const ids = new Map<CollectionName, Set<string>>(COLLECTIONS.map((c) => [c, new Set()]));
  for (const doc of docs) {
    const known = ids.get(doc.collection)!;
    if (known.has(doc.id)) throw new Error(`bench: id repetido ${pathOf(doc)}`);
    known.add(doc.id);
  }
  for (const doc of docs) {
    const text = serialize(doc);
    const data: unknown = parse(text.split('\n---\n')[0]!.slice(4));
    const result = bySchema[doc.collection].safeParse(data);
    if (!result.success) throw new Error(`bench: ${pathOf(doc)} no pasa el esquema: ${result.error.message}`);
    for (const [collection, id] of references(doc)) {
      if (!ids.get(collection)!.has(id)) throw new Error(`bench: ${pathOf(doc)} apunta a ${collection}/${id}, que no existe`);
    }
  }
}

function references(doc: Doc): [CollectionName, string][] {
  const d = doc.data;
  const list = (key: string) => ((d[key] as string[] | undefined) ?? []);
  const owners = (key: string) => ((d[key] as { owners: string[] }[] | undefined) ?? []).flatMap((a) => a.owners);
  const orgs = ['coordinators', 'members', 'attendees', 'organizers', 'participants', 'authors'].flatMap(list);
  const out: [CollectionName, string][] = [...orgs, ...owners('action_items'), ...owners('next_steps')].map((id) => ['organizations', id]);
  for (const id of list('groups')) out.push(['groups', id]);
  if (typeof d['group'] === 'string') out.push(['groups', d['group']]);
  if (typeof d['meeting'] === 'string') out.push(['meetings', d['meeting']]);
  return out;
}

/** Writes the corpus under `root/content/`. */
export function write(docs: readonly Doc[], root: string): void {
  for (const collection of COLLECTIONS) mkdirSync(join(root, 'content', collection), { recursive: true });
  for (const doc of docs) writeFileSync(join(root, pathOf(doc)), serialize(doc));
}

/** What an editor changes between two builds: one meeting's summary and a paragraph; `round` makes each edit new. */
export function editOne(docs: readonly Doc[], root: string, round = 1): string {
  const doc = docs.find((d) => d.collection === 'meetings')!;
  const again = round > 1 ? ` (revisión ${round})` : '';
  const edited: Doc = {
    ...doc,
    data: { ...doc.data, summary: `${String(doc.data['summary'])} Corregido tras la revisión de la secretaría${again}.` },
    body: `${doc.body}\nNota de la secretaría: el acta se corrigió después de la reunión${again}.\n`,
  };
  writeFileSync(join(root, pathOf(edited)), serialize(edited));
  return pathOf(edited);
}
