/** A working group's events as a subscribable calendar: /grupos/<id>.ics. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarEntry, eventsOfGroup } from '../../data/calendar.ts';
import { type Entry, entryPaths, network } from '../../data/index.ts';
import { firstNameOf } from '../../data/moved.ts';
import { calendar } from '../../lib/ical.ts';

export const getStaticPaths = (() => entryPaths('groups')) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { entry } = props as { entry: Entry<'groups'> };
  const [data, first] = await Promise.all([network(), firstNameOf()]);
  const events = eventsOfGroup(data.events, entry.id);
  const body = calendar(`MMI-LAC: ${entry.data.name}`, events.map((e) => calendarEntry(e, site, first(e))), new Date());
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
