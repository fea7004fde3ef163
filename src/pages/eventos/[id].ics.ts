/**
 * One event as an iCalendar file: /eventos/<id>.ics.
 *
 * `npm run build` writes these files in one pass after the build instead
 * (src/integrations/event-calendars.ts, from /eventos/calendario.ics, the
 * same bytes): a route per event cost Astro about 2 ms each, mostly its own
 * per-page work for a few hundred bytes. When that integration is on, this
 * route lists no paths; `astro dev` and a plain `astro build` still serve
 * and write them here.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarEntry } from '../../data/calendar.ts';
import { type Entry, entryPaths } from '../../data/index.ts';
import { firstNameOf } from '../../data/moved.ts';
import { calendar } from '../../lib/ical.ts';

declare global {
  interface ImportMetaEnv {
    /** Set by src/integrations/event-calendars.ts in a build it writes these files for. */
    readonly EVENT_CALENDARS_IN_ONE_PASS?: boolean;
  }
}

export const getStaticPaths = (() => (import.meta.env.EVENT_CALENDARS_IN_ONE_PASS ? [] : entryPaths('events'))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { entry } = props as { entry: Entry<'events'> };
  const first = await firstNameOf();
  const body = calendar(entry.data.title, [calendarEntry(entry, site, first(entry))], new Date());
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
