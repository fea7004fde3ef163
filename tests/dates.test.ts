/** Partial dates read and print at exactly the precision they are known to. */
import { describe, expect, it } from 'vitest';
import { compareDates, endOf, formatDate, formatRange, isPast, parsePartialDate, startOf } from '../src/lib/dates.ts';

describe('partial dates', () => {
  it('parses each precision and refuses impossible days', () => {
    expect(parsePartialDate('2020')?.precision).toBe('year');
    expect(parsePartialDate('2020-Q2')).toMatchObject({ quarter: 2, month: 4, precision: 'quarter' });
    expect(parsePartialDate('2024-02-29')?.precision).toBe('day');
    expect(parsePartialDate('2025-02-29')).toBeUndefined();
    expect(parsePartialDate('2025-04-31')).toBeUndefined();
  });

  it('spans the whole period a coarse date can mean', () => {
    expect([startOf('2020-Q2'), endOf('2020-Q2')]).toEqual(['2020-04-01', '2020-06-30']);
    expect([startOf('2020'), endOf('2020')]).toEqual(['2020-01-01', '2020-12-31']);
    expect(endOf('2024-02')).toBe('2024-02-29');
  });

  it('prints Spanish dates without inventing a day', () => {
    expect(formatDate('2020-Q2', true)).toBe('hacia el segundo trimestre de 2020');
    expect(formatDate('2019-07-09', true)).toBe('hacia el 9 de julio de 2019');
    expect(formatDate('2019-10', true)).toBe('hacia octubre de 2019');
    expect(formatDate('2019', true)).toBe('hacia 2019');
    expect(formatDate('2016-12')).toBe('diciembre de 2016');
    expect(formatDate('2019-07-09')).toBe('9 de julio de 2019');
    expect(formatRange('2019-07-09', '2019-07-18')).toBe('9 al 18 de julio de 2019');
    expect(formatRange('2019-10-28', '2019-11-02')).toBe('28 de octubre al 2 de noviembre de 2019');
  });

  it('prints Portuguese and English dates at the same precision', () => {
    expect(formatDate('2020-Q2', true, 'pt')).toBe('por volta do 2º trimestre de 2020');
    expect(formatDate('2020-Q2', true, 'en')).toBe('around the second quarter of 2020');
    expect(formatDate('2020-Q2', false, 'en')).toBe('second quarter of 2020');
    expect(formatDate('2016-12', false, 'pt')).toBe('dezembro de 2016');
    expect(formatDate('2016-12', true, 'en')).toBe('around December 2016');
    expect(formatDate('2019-07-09', false, 'pt')).toBe('9 de julho de 2019');
    expect(formatDate('2019-07-09', false, 'en')).toBe('July 9, 2019');
    // Intl puts thin spaces around the dash.
    expect(formatRange('2019-07-09', '2019-07-18', 'en')).toMatch(/^July 9\s–\s18, 2019$/);
    expect(formatRange('2019-10-28', '2019-11-02', 'pt')).toMatch(/^28 de outubro\s–\s2 de novembro de 2019$/);
    expect(formatDate('2020', true, 'en')).toBe('around 2020');
  });

  it('knows when an event is over, counting a coarse date to its last day', () => {
    expect(isPast('2020-01-20', '2020-01-24', '2020-01-24')).toBe(false);
    expect(isPast('2020-01-20', '2020-01-24', '2020-01-25')).toBe(true);
    expect(isPast('2020-Q2', undefined, '2020-06-30')).toBe(false);
    expect(isPast('2020', undefined, '2021-01-01')).toBe(true);
  });

  it('sorts coarse and exact dates together', () => {
    const sorted = ['2020-01-20', '2019', '2020-Q2', '2019-07-09'].sort(compareDates);
    expect(sorted).toEqual(['2019', '2019-07-09', '2020-01-20', '2020-Q2']);
  });
});
