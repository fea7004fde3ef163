/**
 * The dates a document's page and the feed say it last changed, read from
 * Git: per file from a full history, and none from a shallow clone, whose
 * first commit would date every file the day it was cloned.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { PROJECT } from './helpers/site.ts';

const root = mkdtempSync(join(tmpdir(), 'bitacora-git-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Commits every file of `repo` as of `day`. */
function commit(repo: string, day: string): void {
  const env = { ...process.env, GIT_AUTHOR_DATE: `${day}T12:00:00Z`, GIT_COMMITTER_DATE: `${day}T12:00:00Z` };
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Secretaría', '-c', 'user.email=s@example.org', ...args], { cwd: repo, env });
  git('add', '-A');
  git('commit', '-q', '-m', day);
}

/** What src/data/git-history.ts reads in `cwd`, as the build would. */
function historyIn(cwd: string): { dates: Record<string, string>; renames: { from: string; to: string }[] } {
  const script = `const m = await import(${JSON.stringify(join(PROJECT, 'src/data/git-history.ts'))}); console.log(JSON.stringify({ dates: Object.fromEntries(await m.lastChanged()), renames: await m.renames() }));`;
  return JSON.parse(execFileSync(join(PROJECT, 'node_modules/.bin/node'), ['--input-type=module', '-e', script], { cwd, encoding: 'utf8' })) as ReturnType<typeof historyIn>;
}
const datesIn = (cwd: string) => historyIn(cwd).dates;

it('dates each file by its last commit, and a shallow clone by none', () => {
  const full = join(root, 'full');
  mkdirSync(join(full, 'content/meetings'), { recursive: true });
  execFileSync('git', ['init', '-q'], { cwd: full });
  writeFileSync(join(full, 'content/meetings/a.md'), 'a');
  writeFileSync(join(full, 'content/meetings/b.md'), 'b');
  commit(full, '2024-03-05');
  writeFileSync(join(full, 'content/meetings/b.md'), 'b, corregido');
  commit(full, '2025-06-01');
  expect(datesIn(full)).toEqual({ 'content/meetings/a.md': '2024-03-05', 'content/meetings/b.md': '2025-06-01' });

  const shallow = join(root, 'shallow');
  execFileSync('git', ['clone', '-q', '--depth', '1', `file://${full}`, shallow]);
  expect(datesIn(shallow)).toEqual({});
});

it('dates a renamed file by its rename, and records the rename', () => {
  const repo = join(root, 'renamed');
  mkdirSync(join(repo, 'content/positions'), { recursive: true });
  execFileSync('git', ['init', '-q'], { cwd: repo });
  writeFileSync(join(repo, 'content/positions/castigo.md'), 'Un texto largo sobre el castigo físico, que no cambia al renombrar el archivo.\n');
  commit(repo, '2024-03-05');
  execFileSync('git', ['mv', 'content/positions/castigo.md', 'content/positions/prohibir-castigo-fisico.md'], { cwd: repo });
  commit(repo, '2025-06-01');
  const { dates, renames } = historyIn(repo);
  expect(dates['content/positions/prohibir-castigo-fisico.md']).toBe('2025-06-01');
  expect(renames).toEqual([{ from: 'content/positions/castigo.md', to: 'content/positions/prohibir-castigo-fisico.md' }]);
});
