/**
 * `npm run build` checks content in a worker thread while Astro loads
 * (src/checks/early.ts). What an editor must never notice is where the check
 * ran: the build reports exactly what the check in process reports, and a
 * result computed for another base or day is never used.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../src/checks/content.ts';
import { startEarly, takeEarly } from '../src/checks/early.ts';
import { formatProblem } from '../src/checks/report.ts';
import { position } from './fixtures/bad-inputs.ts';
import { corpusRoot, removeCorpusRoots } from './fixtures/corpus-root.ts';

afterAll(removeCorpusRoots);

const options = { today: '2026-11-28', base: '/', cacheDir: false as const };

describe('the content check started early', () => {
  it('gives the build the same problems as the check in process', async () => {
    const root = corpusRoot({ 'content/positions/script.md': position('', '<script>alert(1)</script>\n') });
    startEarly(root, options);
    const early = await takeEarly(root, options);
    expect(early?.map(formatProblem)).toEqual(checkContent(root, options).map(formatProblem));
    expect(early?.length).toBe(1);
    // Taken once: a second build in the same process checks for itself.
    expect(await takeEarly(root, options)).toBeUndefined();
  });

  it('is not used for another base or another day', async () => {
    const root = corpusRoot({});
    startEarly(root, options);
    expect(await takeEarly(root, { ...options, base: '/bitacora/' })).toBeUndefined();
    startEarly(root, options);
    expect(await takeEarly(root, { ...options, today: '2027-01-01' })).toBeUndefined();
    startEarly(root, options);
    expect(await takeEarly(root, { ...options, base: '' })).toEqual([]);
  });
});
