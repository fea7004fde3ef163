/** Every event as one subscribable calendar: /eventos/calendario.ics. */
import type { APIRoute } from 'astro';
import { calendarEntry } from '../../data/calendar.ts';
import { network } from '../../data/index.ts';
import { firstNameOf } from '../../data/moved.ts';
import { calendar } from '../../lib/ical.ts';

export const GET: APIRoute = async ({ site }) => {
  const [{ events }, first] = await Promise.all([network(), firstNameOf()]);
  const body = calendar('MMI-LAC: eventos de incidencia', events.map((e) => calendarEntry(e, site, first(e))), new Date());
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
