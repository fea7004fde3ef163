/** Calendar files a calendar application can read back: all-day dates, escaping, folding. */
import { describe, expect, it } from 'vitest';
import { type CalendarEntry, calendar, escapeText, fold, splitCalendar } from '../src/lib/ical.ts';
import { atomFeed } from '../src/lib/feed.ts';

/** Unfolds and splits an iCalendar text into [name;params, value] pairs, as a client would. */
function parse(text: string): [string, string][] {
  return text
    .replace(/\r\n /g, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon), line.slice(colon + 1)];
    });
}

const now = new Date('2026-11-28T10:00:00Z');

describe('calendar', () => {
  const text = calendar(
    'Eventos',
    [
      {
        uid: 'https://example.org/eventos/quito/',
        title: 'Foro Mundial sobre Migración y Desarrollo, 12.ª cumbre',
        start: '2020-01-20',
        end: '2020-01-24',
        location: 'Quito, Ecuador',
        description: 'Una descripción larga; con punto y coma, comas y tildes: niñas, niños y adolescentes de toda la región.',
        timeZone: 'America/Guayaquil',
      },
      { uid: 'u2', title: 'Mes', start: '2016-12' },
    ],
    now,
  );
  const lines = parse(text);
  const values = (name: string) => lines.filter(([k]) => k === name).map(([, v]) => v);

  it('uses CRLF and folds every line to 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('writes all-day entries with an exclusive end', () => {
    expect(values('DTSTART;VALUE=DATE')).toEqual(['20200120', '20161201']);
    expect(values('DTEND;VALUE=DATE')).toEqual(['20200125', '20170101']);
    expect(values('DTSTAMP')).toEqual(['20261128T100000Z', '20261128T100000Z']);
  });

  it('escapes text and keeps the venue zone', () => {
    expect(values('SUMMARY')[0]).toBe('Foro Mundial sobre Migración y Desarrollo\\, 12.ª cumbre');
    expect(values('DESCRIPTION')[0]).toContain('Una descripción larga\\; con punto y coma\\, comas');
    expect(values('X-BITACORA-TZID')).toEqual(['America/Guayaquil']);
    expect(values('DESCRIPTION')[1]).toBe('Fechas aproximadas.');
  });

  it('folds multi-byte text without splitting a character', () => {
    const folded = fold(`DESCRIPTION:${'ñ'.repeat(100)}`);
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'ñ'.repeat(100)}`);
    expect(escapeText('a\nb')).toBe('a\\nb');
  });
});

describe('splitCalendar', () => {
  const entries: CalendarEntry[] = [
    { uid: 'https://example.org/eventos/quito/', title: 'Foro Mundial sobre Migración y Desarrollo, 12.ª cumbre; Quito', start: '2020-01-20', end: '2020-01-24', location: 'Quito, Ecuador', description: 'Primera línea.\nSegunda línea, con «comillas» y \\ barra.', url: 'https://example.org/eventos/quito/', timeZone: 'America/Guayaquil' },
    { uid: 'u2', title: 'Mes', start: '2016-12' },
    // A title long enough that its name line and its SUMMARY line fold at different places.
    { uid: 'u3', title: `Encuentro ${'niñas, niños y adolescentes '.repeat(6)}del Caribe`, start: '2021-Q3', description: 'ñ'.repeat(120) },
    { uid: 'u4', title: 'Sin más', start: '2019' },
  ];

  it('gives, for each entry, exactly the calendar of that entry alone', () => {
    const split = splitCalendar(calendar('MMI-LAC: eventos de incidencia', entries, now));
    expect(split.map((c) => c.uid)).toEqual(entries.map((e) => e.uid));
    split.forEach((c, i) => expect(c.text).toBe(calendar(entries[i]!.title, [entries[i]!], now)));
  });

  it('gives nothing for a calendar without entries', () => {
    expect(splitCalendar(calendar('Vacío', [], now))).toEqual([]);
  });
});

it('the Atom feed escapes text and dates entries by the first day their date can mean', () => {
  const xml = atomFeed({ title: 'B', subtitle: 'S', url: 'https://e.org/', self: 'https://e.org/feed.xml' }, [
    { url: 'https://e.org/a/', id: 'https://e.org/a/', title: 'Niñas & niños <hoy>', date: '2020-Q2', summary: 's', category: 'Reunión' },
  ]);
  expect(xml).toContain('<title>Niñas &amp; niños &lt;hoy&gt;</title>');
  expect(xml).toContain('<published>2020-04-01T00:00:00Z</published>');
  expect(xml).toContain('<updated>2020-04-01T00:00:00Z</updated>');
});

it('the Atom feed says when an entry last changed, so feed readers see a corrected report', () => {
  const xml = atomFeed({ title: 'B', subtitle: 'S', url: 'https://e.org/', self: 'https://e.org/feed.xml' }, [
    { url: 'https://e.org/a/', id: 'https://e.org/a/', title: 'A', date: '2020-Q2', changed: '2026-11-28', summary: 's', category: 'Reunión' },
    { url: 'https://e.org/b/', id: 'https://e.org/b/', title: 'B', date: '2020-01-20', summary: 's', category: 'Evento' },
  ]);
  expect(xml).toContain('<published>2020-04-01T00:00:00Z</published>\n    <updated>2026-11-28T00:00:00Z</updated>');
  expect(xml).toContain('<published>2020-01-20T00:00:00Z</published>\n    <updated>2020-01-20T00:00:00Z</updated>');
  // The feed itself changed when its latest entry did.
  expect(xml).toContain('<author><name>MMI-LAC</name></author>\n  <updated>2026-11-28T00:00:00Z</updated>');
});

it('the Atom feed keeps an entry\'s id when its page moves, so a feed reader does not show it again as new', () => {
  const xml = atomFeed({ title: 'B', subtitle: 'S', url: 'https://e.org/', self: 'https://e.org/feed.xml' }, [
    { url: 'https://e.org/nuevo/', id: 'https://e.org/viejo/', title: 'A', date: '2020-Q2', summary: 's', category: 'Reunión' },
  ]);
  expect(xml).toContain('<id>https://e.org/viejo/</id>\n    <title>A</title>\n    <link href="https://e.org/nuevo/"/>');
});

