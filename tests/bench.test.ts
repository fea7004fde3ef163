/**
 * The bench's CI-sized smoke run: 30 documents, one round. It proves the
 * bench still runs end to end against the project as it is (corpus valid
 * under the real schemas, production build, floor, search probe, rebuild,
 * dev server reflecting an edit) and prints sane figures. Never a timing assertion: machines differ, and the
 * budget is the bench's to report, not a test's to enforce.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Results } from '../scripts/bench/table.ts';

const PROJECT = resolve(import.meta.dirname, '..');
const DOCS = 30;
const scratch = mkdtempSync(join(tmpdir(), 'bench-test-'));
let stdout = '';
let results: Results;

beforeAll(() => {
  const json = join(scratch, 'results.json');
  const run = spawnSync(process.execPath, ['scripts/bench.ts', '--docs', String(DOCS), '--rounds', '1', '--json', json], {
    cwd: PROJECT,
    encoding: 'utf8',
  });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  stdout = run.stdout;
  results = JSON.parse(readFileSync(json, 'utf8')) as Results;
}, 300_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The cells of the printed table's row whose first cell contains `label`. */
function row(label: string): string[] {
  const line = stdout.split('\n').find((l) => l.startsWith('|') && l.split('|')[1]?.includes(label));
  expect(line, `row «${label}» in:\n${stdout}`).toBeDefined();
  return line!.split('|').slice(1, -1).map((cell) => cell.trim());
}

describe('npm run bench -- --docs 30', () => {
  it('prints the table with the floor beside the real build', () => {
    expect(stdout).toContain(`## ${DOCS} documents`);
    expect(row('pages written')).toHaveLength(6);
    expect(row('build + index')[3]).toMatch(/^\d+\.\d\d× \/ \d+\.\d\d×$/);
    expect(row('peak RSS')[1]).toMatch(/GiB$/);
    expect(stdout).toContain('(b) `unified({})`');
  });

  it('writes more pages than documents (indexes, home, actions) and the floor one per document', () => {
    expect(Number(row('pages written')[1])).toBeGreaterThan(DOCS);
    expect(results.realOut.pages).toBeGreaterThan(DOCS);
    expect(results.floorOut.pages).toBe(DOCS);
    expect(results.realOut.contentPages).toBe(DOCS);
  });

  it('finds no JavaScript on content pages before search', () => {
    expect(row('JS before search')[1]).toBe('0.0 KB');
    expect(results.realOut.maxContentJsGz).toBe(0);
  });

  it('weighs the record apart from the page around it, on both sites', () => {
    for (const out of [results.realOut, results.floorOut]) {
      expect(out.medianRecord).toBeGreaterThan(0);
      expect(out.medianRecord).toBeLessThan(out.medianHtml);
    }
    expect(row('median record alone')[3]).toMatch(/^\d+\.\d\d×$/);
  });

  it('measures every phase with positive figures', () => {
    for (const build of [results.real, results.floor, results.unified, results.rebuild, results.floorRebuild]) {
      expect(build.total.wall).toBeGreaterThan(0);
      expect(build.total.peakRss).toBeGreaterThan(0);
    }
    expect(results.check.wall).toBeGreaterThan(0);
    expect(results.realOut.indexBytes).toBeGreaterThan(0);
    expect(results.realOut.medianHtml).toBeGreaterThan(0);
    expect(results.realSearch?.results).toBeGreaterThan(0);
    expect(results.realSearch?.queryBytes).toBeGreaterThan(0);
  });

  it('prints the rebuild of both sites after the same edit, each against its own cold build', () => {
    const cells = row('rebuild');
    expect(cells[1]).toMatch(/^\d+\.\d s \/ \d+\.\d s$/);
    expect(cells[2]).toMatch(/^\d+\.\d s \/ \d+\.\d s$/);
    expect(cells[3]).toMatch(/^\d+\.\d\d× of cold, \d+ of \d+ document pages copied; floor \d+\.\d\d× of its cold$/);
    expect(cells[4]).toBe('≤ 0.5× cold');
  });

  it('reports how long `npm run dev` takes to show an edited document, whatever the figure', () => {
    const cells = row('dev: edit reflected');
    expect(cells).toHaveLength(6);
    expect(cells[1]).toMatch(/^\d+\.\d\d s \(\d+ edits, [\d.]+–[\d.]+ s\)$/);
    // The floor's dev server, shown the same edit of the same file, beside it.
    expect(cells[2]).toMatch(/^\d+\.\d\d s \(\d+ edits, [\d.]+–[\d.]+ s\)$/);
    expect(cells[3]).toMatch(/^\d+\.\d\d×$/);
    expect(cells[4]).toBe('< 1 s');
    // Every edit was shown at all (a dev server that never shows an edit is broken, not slow).
    for (const dev of [results.dev, results.floorDev]) {
      expect(dev.samples.length).toBeGreaterThan(0);
      for (const sample of dev.samples) expect(sample).toBeGreaterThan(0);
    }
    expect(results.dev.path).toMatch(/^\/reuniones\/[^/]+\/$/);
    expect(results.floorDev.path).toBe(results.dev.path.replace('/reuniones/', '/meetings/'));
  });
});
