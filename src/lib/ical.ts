/**
 * iCalendar (RFC 5545) for the network's events, so readers can subscribe
 * from any calendar application. No event records a time of day, so every
 * entry is all-day (VALUE=DATE): a floating date is right wherever the reader
 * lives, and a made-up hour in the venue's zone would be a false fact. The
 * venue's IANA zone is kept as X-BITACORA-TZID for when times are recorded.
 * Pure: no Astro, no Node.
 */
import { endOf, parsePartialDate, startOf } from './dates.ts';

export interface CalendarEntry {
  /** Stable across builds: the event's URL. */
  uid: string;
  title: string;
  start: string;
  end?: string | undefined;
  location?: string | undefined;
  description?: string | undefined;
  url?: string | undefined;
  timeZone?: string | undefined;
}

/** The next day after a `YYYY-MM-DD` date, as `YYYYMMDD` (DTEND of an all-day entry is exclusive). */
function dayAfter(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10).replaceAll('-', '');
}

/** Escapes TEXT values: backslash, semicolon, comma and newlines. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/**
 * Folds a content line at 75 octets, continuation lines starting with a
 * space. Each character's UTF-8 length is counted once: re-encoding the
 * growing line for every character made a long description cost half a
 * millisecond, and the build folds every event several times.
 */
export function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = char;
      octets = size;
    } else {
      current += char;
      octets += size;
    }
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Bytes of one character (a code point) in UTF-8; a lone surrogate is written as U+FFFD, 3 bytes. */
function utf8Length(char: string): number {
  const code = char.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

function stamp(now: Date): string {
  return `${now.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
}

/** One VEVENT; dates at coarser precision than a day span the whole period they mean. */
function vevent(entry: CalendarEntry, now: Date): string[] {
  const first = startOf(entry.start);
  const last = endOf(entry.end ?? entry.start);
  const approximate = parsePartialDate(entry.start)?.precision !== 'day';
  const lines = [
    'BEGIN:VEVENT',
    `UID:${entry.uid}`,
    `DTSTAMP:${stamp(now)}`,
    `DTSTART;VALUE=DATE:${first.replaceAll('-', '')}`,
    `DTEND;VALUE=DATE:${dayAfter(last)}`,
    `SUMMARY:${escapeText(entry.title)}`,
    'TRANSP:TRANSPARENT',
  ];
  if (entry.location) lines.push(`LOCATION:${escapeText(entry.location)}`);
  const description = [entry.description, approximate ? 'Fechas aproximadas.' : undefined].filter(Boolean).join('\n\n');
  if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
  if (entry.url) lines.push(`URL:${entry.url}`);
  if (entry.timeZone) lines.push(`X-BITACORA-TZID:${entry.timeZone}`);
  lines.push('END:VEVENT');
  return lines;
}

/** A whole calendar, CRLF line endings as the standard requires. */
export function calendar(name: string, entries: readonly CalendarEntry[], now: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//MMI-LAC//Bitacora//ES',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...entries.flatMap((entry) => vevent(entry, now)),
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/**
 * Splits a calendar of many entries into one calendar per entry, each named
 * after its entry: for every VEVENT, exactly what `calendar(entry.title,
 * [entry], now)` writes, with the same DTSTAMP. The VEVENT's lines are copied
 * as they are; only the calendar's name line is written anew, from the
 * entry's SUMMARY (the same escaped title, folded for its own line). One pass
 * over the text, so a site writes hundreds of one-event files for the cost of
 * reading one.
 */
export function splitCalendar(text: string): { uid: string; text: string }[] {
  // Content lines with their continuation lines, as written.
  const lines = text.replace(/\r\n$/, '').split(/\r\n(?! )/);
  const header: string[] = [];
  const calendars: { uid: string; text: string }[] = [];
  let event: string[] | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') event = [line];
    else if (event) {
      event.push(line);
      if (line !== 'END:VEVENT') continue;
      const value = (name: string) => event!.find((l) => l.startsWith(`${name}:`))?.replace(/\r\n /g, '').slice(name.length + 1);
      const title = value('SUMMARY');
      const uid = value('UID');
      if (title === undefined || uid === undefined) throw new Error(`Un VEVENT sin SUMMARY o UID: ${event.join(' ')}`);
      const named = header.map((l) => (l.startsWith('X-WR-CALNAME:') ? fold(`X-WR-CALNAME:${title}`) : l));
      calendars.push({ uid, text: `${[...named, ...event, 'END:VCALENDAR'].join('\r\n')}\r\n` });
      event = undefined;
    } else if (line !== 'END:VCALENDAR') header.push(line);
  }
  return calendars;
}
