/**
 * "Did you mean": the words a reader types for the ones the archive has,
 * Spanish as it sounds in the region and slips of the keyboard.
 */
import { describe, expect, it } from 'vitest';
import { speller, vocabulary } from '../src/lib/spelling.ts';

const ARCHIVE = [
  'La violencia contra niñas, niños y adolescentes en la región.',
  'Migración venezolana: vivienda, necesidades y protección de la niñez.',
  'Institucionalización y cuidado alternativo. Hecho en Quito. La guerra y la violencia escolar.',
  'Castigo físico y humillante. Véase https://www.unicef.org/lac/informe-violencia-2020 y www.oas.org/ninez.',
];
const meant = speller(vocabulary(ARCHIVE));

describe('the archive’s words', () => {
  it('are written as the archive writes them, most frequent first, without web addresses or numbers', () => {
    const words = vocabulary(ARCHIVE);
    expect(words[0]).toBe('violencia');
    expect(words).toContain('niñez');
    expect(words).not.toContain('https');
    expect(words).not.toContain('unicef');
    // One entry per word, however it is accented or capitalised, in its most frequent form.
    expect(vocabulary(['Migración 2020, segundo trimestre. La migración.', 'MIGRACION'])).toEqual(['migración', 'segundo', 'trimestre']);
  });
});

describe('what a misspelt search meant', () => {
  it('reads Spanish as it sounds: s, c and z; b and v; a silent h', () => {
    expect(meant('violensia')).toBe('violencia');
    expect(meant('adolesentes')).toBe('adolescentes');
    expect(meant('bibienda')).toBe('vivienda');
    expect(meant('nesesidades')).toBe('necesidades');
    expect(meant('echo')).toBe('hecho');
    expect(meant('institucionalisasion')).toBe('institucionalización');
  });

  it('forgives a slipped key, two in a long word, and keeps the words it knows as typed', () => {
    expect(meant('migarcion')).toBe('migración');
    expect(meant('castigo fisco')).toBe('castigo físico');
    expect(meant('2020 violensia')).toBe('2020 violencia');
  });

  it('leaves alone what needs no correction or has none', () => {
    expect(meant('violencia')).toBeUndefined();
    expect(meant('Niñez')).toBeUndefined();
    // The start of a word: the index finds it already.
    expect(meant('institucion')).toBeUndefined();
    // Nothing close, and words too short to guess.
    expect(meant('xyzzy')).toBeUndefined();
    expect(meant('ano')).toBeUndefined();
  });
});
