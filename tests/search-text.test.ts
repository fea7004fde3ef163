/** Text that passes between the pages, Pagefind and the results: excerpts, matched words, indexed HTML. */
import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptRuns } from '../src/lib/search-excerpt.ts';
import { separateBlocks } from '../src/lib/search-html.ts';
import { indexOf, matchedWords, missingByIndex, withoutWords, wordsToConfirm } from '../src/lib/search-matches.ts';
import { spanishQuery } from '../src/lib/search-translation.ts';

describe('excerpts', () => {
  it('splits Pagefind’s excerpt into plain and marked runs', () => {
    expect(excerptRuns('Proceso de Quito sobre la <mark>migración</mark> <mark>venezolana</mark>.')).toEqual([
      { text: 'Proceso de Quito sobre la ', marked: false },
      { text: 'migración', marked: true },
      { text: ' ', marked: false },
      { text: 'venezolana', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('keeps page text that looks like HTML as text, never as markup', () => {
    const runs = excerptRuns('Un &lt;script&gt;alert(1)&lt;/script&gt; y &lt;img src=x onerror=alert(1)&gt; <mark>&lt;b&gt;</mark> Tom & Jerry');
    expect(runs).toEqual([
      { text: 'Un <script>alert(1)</script> y <img src=x onerror=alert(1)> ', marked: false },
      { text: '<b>', marked: true },
      { text: ' Tom & Jerry', marked: false },
    ]);
  });

  it('treats only <mark> and </mark> as tags, and survives unbalanced ones', () => {
    expect(excerptRuns('<mark>a</mark><mark>b</mark> <em>c</em> </mark>d')).toEqual([
      { text: 'ab', marked: true },
      { text: ' <em>c</em> d', marked: false },
    ]);
    expect(excerptRuns('')).toEqual([]);
  });

  it('decodes only what Pagefind escapes, so an ampersand the page really has stays', () => {
    expect(decodeEntities('&lt;b&gt; Tom & Jerry &amp; &quot;')).toBe('<b> Tom & Jerry &amp; &quot;');
  });
});

describe('matched words', () => {
  const content = 'Grupo Derecho a vivir en Familia. El grupo elaboró un llamado a la acción.';

  it('reads the words Pagefind matched from their positions', () => {
    expect(matchedWords(content, [2, 11, 99])).toEqual(['a', 'a']);
    expect(matchedWords(content, [5])).toEqual(['Familia.']);
  });

  it('asks to confirm only the typed words that no matched word begins with', () => {
    // Pagefind's last resort: «año» matched «a», «convencion» matched «con».
    expect(wordsToConfirm('año', ['a', 'a'])).toEqual(['ano']);
    expect(wordsToConfirm('convencion', ['Con', 'con.'])).toEqual(['convencion']);
    expect(wordsToConfirm('ano 2019', ['a', '2019.'])).toEqual(['ano']);
    // A word being typed, and accents or capitals either side: found as they are.
    expect(wordsToConfirm('migra', ['Migraciones.'])).toEqual([]);
    expect(wordsToConfirm('MIGRACION', ['«migración»'])).toEqual([]);
    expect(wordsToConfirm('A/RES/64/142', ['A/RES/64/142,'])).toEqual([]);
    // The same stem, another ending: only an exact search tells it from a last resort.
    expect(wordsToConfirm('ninos migrantes', ['niñas,', 'migrantes'])).toEqual(['ninos']);
    // Short words are left as typed; each word is asked about once.
    expect(wordsToConfirm('la de', ['la'])).toEqual([]);
    expect(wordsToConfirm('paraguay Paraguay', ['para'])).toEqual(['paraguay']);
  });

  it('drops the missing words from a query and keeps the rest as written', () => {
    expect(withoutWords('año 2019', ['ano'])).toBe('2019');
    expect(withoutWords('Niños  de Paraguay', ['paraguay'])).toBe('Niños de');
    expect(withoutWords('convencion', ['convencion'])).toBe('');
  });

  it('puts the kinds and statuses a reader types in the page’s language into the documents’ Spanish', () => {
    const labels = { Cumbre: 'Summit', Reunión: 'Meeting', 'Foro regional': 'Regional forum', Publicado: 'Published', Evento: 'Evento' };
    expect(spanishQuery('summit', labels)).toBe('cumbre');
    expect(spanishQuery('Summits Quito', labels)).toBe('cumbre Quito');
    expect(spanishQuery('published meetings', labels)).toBe('publicado reunión');
    // A label of several words, whole and in order; a word already Spanish changes nothing.
    expect(spanishQuery('regional forums 2019', labels)).toBe('foro regional 2019');
    expect(spanishQuery('forum regional', labels)).toBeUndefined();
    expect(spanishQuery('congresses and types', { Congreso: 'Congress', Tipo: 'Type' })).toBe('congreso and tipo');
    expect(spanishQuery('evento', labels)).toBeUndefined();
    // Countries the page names in its language: «Panama» is «Panamá» in the documents, «Brazil» «Brasil».
    expect(spanishQuery('brazil', { Brasil: 'Brazil' })).toBe('brasil');
  });

  it('judges each index apart: a word one index has is still missing from the other', () => {
    expect(indexOf('en_993d76b')).toBe('en');
    expect(indexOf('pt-br_1a2b3c4')).toBe('pt-br');
    // «migration» on /en/: a word of the English translation, cut to «mi» in the Spanish documents.
    const doubtful = new Map([
      ['en', []],
      ['es', ['migration']],
    ]);
    expect(missingByIndex(doubtful, new Map([['migration', ['en_993d76b']]]))).toEqual(
      new Map([
        ['en', []],
        ['es', ['migration']],
      ]),
    );
    // «ninos» matched «niñas» through the stem: the exact search finds that index's page, so nothing is missing.
    expect(missingByIndex(new Map([['es', ['ninos']]]), new Map([['ninos', ['es_f63b1b5']]]))).toEqual(new Map([['es', []]]));
  });
});

describe('the HTML the index reads', () => {
  it('separates definition terms from their descriptions, as a browser shows them', () => {
    expect(separateBlocks('<dl><dt>Relación con la red</dt><dd>Observadora</dd></dl>')).toBe('<dl><dt>Relación con la red</dt> <dd>Observadora</dd> </dl>');
    expect(separateBlocks('<tr><th>Año</th><th>País</th></tr>')).toBe('<tr><th>Año</th> <th>País</th> </tr>');
  });

  it('leaves inline markup alone, so words are never split', () => {
    const html = '<p>Mig<em>ra</em>ción <span>a</span><b>b</b></p>';
    expect(separateBlocks(html)).toBe(html);
  });
});
