/**
 * "¿Quiso decir…?": the guess a reference or field gets. A wrong guess files
 * a fact under another organisation, so no guess beats a bad one.
 */
import { describe, expect, it } from 'vitest';
import { closest } from '../src/lib/suggest.ts';

/** The organisations of the real content. */
const ORGANIZATIONS = [
  'aldeas-infantiles-sos', 'arigatou', 'cepal', 'childfund', 'dni-americas', 'ecpat', 'educo', 'fmsi', 'fondo-cristiano-canadiense', 'icefi', 'icmec',
  'iin-oea', 'lumos', 'plan-international', 'plataforma-nnapes', 'redlamyc', 'ria', 'save-the-children', 'sica', 'tearfund', 'unicef', 'world-vision',
];

describe('closest', () => {
  it('answers slips of the keyboard, capitals, spaces, accents, a file name and a part of an id', () => {
    const cases: [string, string][] = [
      ['icmek', 'icmec'], ['unicfe', 'unicef'], ['UNICEF', 'unicef'], ['Save the Children', 'save-the-children'], ['unicéf', 'unicef'],
      ['unicef.md', 'unicef'], ['save-children', 'save-the-children'], ['Lumos Foundation', 'lumos'], ['world vision', 'world-vision'], ['IIN OEA', 'iin-oea'],
    ];
    for (const [written, meant] of cases) expect(closest(written, ORGANIZATIONS), written).toBe(meant);
  });

  it('gives no guess for what only shares letters with an id', () => {
    for (const written of ['oim', 'secretaria', 'María Pérez (IIN)', 'unicef; lumos', 'OEA', 'cruz-roja', 'ministerio']) {
      expect(closest(written, ORGANIZATIONS), written).toBeUndefined();
    }
  });

  it('still answers field names and short codes', () => {
    expect(closest('sumary', ['title', 'summary', 'status'])).toBe('summary');
    expect(closest('estatus', ['title', 'summary', 'status'])).toBe('status');
    expect(closest('owner', ['text', 'owners', 'due', 'status'])).toBe('owners');
  });
});
