/**
 * Translations in content/translations/<lang>/<collection>/<id>.md: the
 * check says, in Spanish and at the file, when the place is wrong (a
 * language the site does not speak, a collection that does not exist, an
 * original that does not exist) or the translation's own fields are.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../src/checks/content.ts';
import { formatProblem } from '../src/checks/report.ts';
import { VALID } from './helpers/corpus.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function corpus(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'bitacora-translations-'));
  roots.push(root);
  for (const [path, text] of Object.entries({ ...VALID, ...files })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const lines = (files: Record<string, string>) => checkContent(corpus(files), { cacheDir: false }).map(formatProblem);
const translation = '---\ntitle: Family working group\nsummary: What the group does, in English.\n---\n\nThe body, in English.\n';

describe('translations', () => {
  it('a translation of an existing entry is fine', () => {
    expect(lines({ 'content/translations/en/groups/familia.md': translation, 'content/translations/README.md': '# Traducciones\n' })).toEqual([]);
  });

  it('a translation whose original does not exist, with a suggestion', () => {
    expect(lines({ 'content/translations/en/groups/famila.md': translation })).toEqual([
      'content/translations/en/groups/famila.md  (archivo)  Traducción sin original: no existe el grupo de trabajo «famila» (content/groups/famila.md) — ¿quiso decir «familia»?',
    ]);
  });

  it('a language the site does not translate into, and a folder that is not a collection', () => {
    expect(lines({ 'content/translations/fr/groups/familia.md': translation, 'content/translations/pt/grupos/familia.md': translation })).toEqual([
      'content/translations/fr  (archivo)  «fr» no es una lengua a la que se traduzca — las traducciones van en content/translations/pt/ o content/translations/en/',
      'content/translations/pt/grupos  (archivo)  «grupos» no es una colección — ¿quiso decir content/translations/pt/groups/?',
    ]);
  });

  it('a field a translation does not take, at its line', () => {
    const withDate = translation.replace('summary:', 'date: 2020-01-01\nsummary:');
    expect(lines({ 'content/translations/pt/groups/familia.md': withDate })).toEqual([
      expect.stringMatching(/^content\/translations\/pt\/groups\/familia\.md:3:1 {2}date {2}Campo desconocido «date» — /),
    ]);
  });

  it('raw HTML in a translation is refused like in any document', () => {
    const script = `${translation}\n<script>alert(1)</script>\n`;
    expect(lines({ 'content/translations/en/groups/familia.md': script }).join('\n')).toMatch(/content\/translations\/en\/groups\/familia\.md:8:1 .*script/i);
  });
});
