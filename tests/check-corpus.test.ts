/**
 * The corpus of mistakes (tests/fixtures/bad-inputs.ts): for each, exactly
 * the lines `npm run check` prints, naming file, line, column and field, and
 * exit code 1. Then all of them at once, through the real command.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '../src/checks/cli.ts';
import { BAD_INPUTS, position } from './fixtures/bad-inputs.ts';
import { corpusRoot, removeCorpusRoots } from './fixtures/corpus-root.ts';
import { PROJECT } from './helpers/site.ts';

afterAll(removeCorpusRoots);

/** The day the tests judge consents on, so they never expire with the calendar. */
const TODAY = '2026-11-28';

/** The problem lines of a report (the count line and annotations left out). */
const problemLines = (output: string) => output.split('\n\n')[0]!.split('\n');

describe('the corpus of mistakes', () => {
  it('holds at least 25 distinct cases', () => {
    expect(new Set(BAD_INPUTS.map((c) => c.name)).size).toBe(BAD_INPUTS.length);
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(25);
  });

  it('the valid corpus alone passes', () => {
    expect(runCheck(corpusRoot(), {}, { today: TODAY })).toEqual({ output: 'Contenido revisado: ningún problema.', exitCode: 0 });
  });

  for (const input of BAD_INPUTS) {
    it(input.name, () => {
      const { output, exitCode } = runCheck(corpusRoot(input.files), {}, { today: TODAY });
      expect(problemLines(output)).toEqual(input.expected);
      expect(exitCode).toBe(1);
    });
  }
});

describe('npm run check over every mistake at once', () => {
  it('prints every line of every case and exits 1', () => {
    const root = corpusRoot(Object.assign({}, ...BAD_INPUTS.map((c) => c.files)) as (typeof BAD_INPUTS)[number]['files']);
    const result = spawnSync(join(PROJECT, 'node_modules/.bin/node'), [join(PROJECT, 'scripts/check.ts')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CI: '', BASE_PATH: '' },
    });
    expect(result.status).toBe(1);
    const printed = problemLines(result.stdout);
    const expected = BAD_INPUTS.flatMap((c) => c.expected);
    expect([...printed].sort()).toEqual([...expected].sort());
    expect(result.stdout).toContain(`${expected.length} problemas en`);
  });
});

describe('links under a sub-path', () => {
  it('a link that starts with / is refused, with the relative form that works', () => {
    const root = corpusRoot({ 'content/positions/raiz.md': position('', 'Ver [el grupo](/grupos/familia/).\n') });
    expect(runCheck(root, {}, { today: TODAY }).exitCode).toBe(0);
    const { output, exitCode } = runCheck(root, { BASE_PATH: '/bitacora/' }, { today: TODAY });
    expect(problemLines(output)).toEqual([
      'content/positions/raiz.md:7:5  (texto)  El sitio se publica en «/bitacora/»: el enlace «/grupos/familia/» no llevaría a la página — escriba la ruta relativa ../../grupos/familia/',
    ]);
    expect(exitCode).toBe(1);
  });
});
