/** A search as an address and back: what /buscar/ shares and what it asks Pagefind. */
import { describe, expect, it } from 'vitest';
import {
  chosenSort,
  effectiveSort,
  hasCriteria,
  isSitePath,
  MAX_QUERY,
  oneIndex,
  pagefindOptions,
  pagefindQuery,
  paramsFromState,
  reordersByDate,
  type SearchState,
  stateFromParams,
} from '../src/lib/search-state.ts';

const read = (query: string) => stateFromParams(new URLSearchParams(query));

describe('the address of a search', () => {
  it('reads words, each filter and the order, and ignores the rest', () => {
    expect(read('q=migracion%20venezolana&tipo=Evento&grupo=Grupo+Migraciones&org=UNICEF&anio=2019&pais=Ecuador&orden=fecha&x=1')).toEqual({
      query: 'migracion venezolana',
      filters: { tipo: 'Evento', grupo: 'Grupo Migraciones', org: 'UNICEF', anio: '2019', pais: 'Ecuador' },
      sort: 'fecha',
    });
  });

  it('cleans what people paste: spaces collapsed, empty values dropped, unknown orders ignored, long input cut', () => {
    const state = read(`q=%20%20ninos%20%20%20ninas%20&tipo=&grupo=%20&orden=azar`);
    expect(state).toEqual({ query: 'ninos ninas', filters: {}, sort: 'relevancia' });
    expect(read(`q=${'a'.repeat(500)}`).query).toHaveLength(MAX_QUERY);
  });

  it('takes the first value when a parameter is repeated', () => {
    expect(read('tipo=Evento&tipo=Reunión').filters).toEqual({ tipo: 'Evento' });
  });

  it('writes the same search as the same address, in a fixed order, without defaults', () => {
    const state: SearchState = { query: ' castigo  físico ', filters: { pais: 'Panamá', tipo: 'Posicionamiento' }, sort: 'relevancia' };
    expect(paramsFromState(state).toString()).toBe('q=castigo+f%C3%ADsico&tipo=Posicionamiento&pais=Panam%C3%A1');
    expect(paramsFromState({ query: '', filters: {}, sort: 'fecha' }).toString()).toBe('orden=fecha');
  });

  it('round-trips: reading what was written gives the same search', () => {
    const state: SearchState = { query: 'niñez migrante', filters: { org: 'Instituto Interamericano del Niño, la Niña y Adolescentes (IIN-OEA)', anio: '2020' }, sort: 'fecha' };
    expect(stateFromParams(paramsFromState(state))).toEqual(state);
  });
});

describe('what Pagefind is asked', () => {
  it('searches words by relevance, and with no words lists everything matching the filters, newest first', () => {
    const words = read('q=ods&tipo=Evento');
    expect(pagefindQuery(words)).toBe('ods');
    expect(pagefindOptions(words)).toEqual({ filters: { tipo: 'Evento' } });
    expect(reordersByDate(words)).toBe(false);
    const browse = read('tipo=Evento');
    expect(pagefindQuery(browse)).toBeNull();
    expect(pagefindOptions(browse)).toEqual({ filters: { tipo: 'Evento' } });
    // Without words the index's own order is newest first: nothing to reorder.
    expect(effectiveSort(browse)).toBe('fecha');
    expect(reordersByDate(browse)).toBe(false);
    // No Pagefind sort key: words newest first are put in the order of the same search without words.
    expect(pagefindOptions(read('q=ods&orden=fecha'))).toEqual({ filters: {} });
    expect(reordersByDate(read('q=ods&orden=fecha'))).toBe(true);
    // There is no A-to-Z order any more (it cost every first search a list of every page): an old link ranks by relevance.
    expect(read('q=ods&orden=titulo').sort).toBe('relevancia');
  });

  it('leaves one filter out to count that filter’s own choices', () => {
    expect(pagefindOptions(read('tipo=Evento&anio=2019'), 'tipo')).toEqual({ filters: { anio: '2019' } });
  });

  it('keeps one of two indexes: a translation by its language, the Spanish one as not the translation', () => {
    expect(oneIndex('en', 'es', 'es')).toEqual({ lengua: 'en' });
    expect(oneIndex('es', 'pt', 'es')).toEqual({ not: { lengua: 'pt' } });
  });

  it('knows when there is anything to search for', () => {
    expect(hasCriteria(read(''))).toBe(false);
    expect(hasCriteria(read('orden=fecha'))).toBe(false);
    expect(hasCriteria(read('pais=Colombia'))).toBe(true);
    expect(hasCriteria(read('q=x'))).toBe(true);
  });
});

describe('the order menu', () => {
  it('shows newest first when there are no words, and keeps relevance for when words come back', () => {
    const browse = read('tipo=Evento');
    expect(effectiveSort(browse)).toBe('fecha');
    expect(chosenSort(browse, 'fecha')).toBe('relevancia');
    expect(chosenSort(read('tipo=Evento&orden=fecha'), 'fecha')).toBe('fecha');
    expect(chosenSort(read('q=ods'), 'fecha')).toBe('fecha');
    expect(chosenSort(read('q=ods'), 'nonsense')).toBe('relevancia');
  });
});

describe('result links', () => {
  it('follows only paths on this site', () => {
    expect(isSitePath('/bitacora/grupos/migraciones/')).toBe(true);
    for (const url of ['//evil.example/', 'https://evil.example/', 'javascript:alert(1)', '/\\evil.example', '']) {
      expect(isSitePath(url), url).toBe(false);
    }
  });
});
