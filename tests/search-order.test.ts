/** The order the index lists documents in, which is the site's "newest first". */
import { describe, expect, it } from 'vitest';
import { dateOf, inListOrder, newestFirst } from '../src/lib/search-order.ts';

describe('the date a page is listed by', () => {
  it('is read from SearchMeta’s hidden element, whatever the attributes’ order or quotes', () => {
    expect(dateOf('<div hidden><data value="Evento" data-pagefind-filter="tipo[value]"></data><data value="2020-01-20" data-search-date></data></div>')).toBe('2020-01-20');
    expect(dateOf("<data data-search-date value='2019-04-01'>")).toBe('2019-04-01');
    expect(dateOf('<data data-search-date="" value=0000-00-00 >')).toBe('0000-00-00');
  });

  it('is empty for a page without one, and never taken from text that only mentions it', () => {
    expect(dateOf('<main><p>data-search-date value="2020-01-01"</p></main>')).toBe('');
    expect(dateOf('<data value="2020" data-search-dates>')).toBe('');
    expect(dateOf('')).toBe('');
  });
});

describe('newest first', () => {
  it('adds pages newest first, undated ones after, the same day by address', () => {
    const pages = [
      { url: '/b/', date: '2019-04-01' },
      { url: '/org/', date: '0000-00-00' },
      { url: '/a/', date: '2020-01-20' },
      { url: '/c/', date: '2019-04-01' },
      { url: '/lista/', date: '' },
    ];
    expect(newestFirst(pages).map((p) => p.url)).toEqual(['/a/', '/b/', '/c/', '/org/', '/lista/']);
    // The input is left as it was.
    expect(pages[0]?.url).toBe('/b/');
  });

  it('puts the results of a search with words in the order of the same search without words', () => {
    const ranked = [{ id: 'c' }, { id: 'a' }, { id: 'x' }, { id: 'b' }];
    const listed = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
    expect(inListOrder(ranked, listed).map((r) => r.id)).toEqual(['a', 'b', 'c', 'x']);
  });
});
