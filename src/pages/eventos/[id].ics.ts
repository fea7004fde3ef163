/** One event as an iCalendar file: /eventos/<id>.ics. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarEntry } from '../../data/calendar.ts';
import { type Entry, entryPaths } from '../../data/index.ts';
import { calendar } from '../../lib/ical.ts';

export const getStaticPaths = (() => entryPaths('events')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { entry } = props as { entry: Entry<'events'> };
  const body = calendar(entry.data.title, [calendarEntry(entry, site)], new Date());
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
