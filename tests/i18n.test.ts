/**
 * The interface's strings: Portuguese and English have exactly the Spanish
 * keys and placeholders (a gap fails the build, naming the key), and
 * numbers are written the locale's way.
 */
import { describe, expect, it } from 'vitest';
import en from '../src/i18n/en.json';
import es from '../src/i18n/es.json';
import pt from '../src/i18n/pt.json';
import { checkStrings, translator } from '../src/i18n/index.ts';

describe('interface strings', () => {
  it('Portuguese and English have every Spanish key, translated', () => {
    expect(Object.keys(pt)).toEqual(Object.keys(es));
    expect(Object.keys(en)).toEqual(Object.keys(es));
    // A string left in Spanish is a gap, except names and words that are the same in both.
    const same = (other: Record<string, string>) =>
      Object.entries(other).filter(([key, text]) => text === es[key as keyof typeof es] && !/^(site\.name|nav\.(groups|events)|.*\.other)$/.test(key)).map(([key]) => key);
    expect(same(en).length).toBeLessThan(8);
  });

  it('a missing, extra or mis-marked string fails, naming the file and the key', () => {
    const reference = { 'a.one': 'Uno', 'a.count': '{count} documentos' };
    expect(() => checkStrings('pt', { 'a.one': 'Um' }, reference)).toThrow(/src\/i18n\/pt\.json: «a\.count» falta/);
    expect(() => checkStrings('en', { 'a.one': 'One', 'a.count': '{count} documents', 'a.extra': 'x' }, reference)).toThrow(/«a\.extra» sobra/);
    expect(() => checkStrings('en', { 'a.one': 'One', 'a.count': '{total} documents' }, reference)).toThrow(/«a\.count» debe tener los marcadores de la versión en español: count/);
    expect(() => checkStrings('en', { 'a.one': '', 'a.count': '{count} documents' }, reference)).toThrow(/«a\.one»/);
    expect(checkStrings('en', { 'a.one': 'One', 'a.count': '{count} documents' }, reference)).toEqual({ 'a.one': 'One', 'a.count': '{count} documents' });
  });

  it('fills placeholders and writes numbers per locale', () => {
    expect(translator('es')('list.countShort', { count: 12345 })).toBe('12.345 documentos.');
    expect(translator('en')('search.count.other', { count: 12345 })).toMatch(/^12,345 /);
    expect(translator('pt')('search.count.other', { count: 12345 })).toMatch(/^12\.345 /);
    // One is singular where the files give a singular form.
    expect(translator('es')('list.countShort', { count: 1 })).toBe('1 documento.');
    expect(translator('en')('list.newestFirst', { count: 1 })).toBe('1 document.');
    expect(translator('en')('list.newestFirst', { count: 2 })).toBe('2 documents, most recent first.');
  });
});
