/** Events as calendar entries and documents as feed items, with absolute URLs. */
import { t } from '../i18n/index.ts';
import { countryName } from '../lib/countries.ts';
import type { CalendarEntry } from '../lib/ical.ts';
import type { Ref } from '../lib/network.ts';
import { entryHref } from '../lib/href.ts';
import { dateOf, type Entry, titleOf } from './index.ts';

/** An absolute URL on the published site, base included. */
export function absolute(path: string, site: URL | undefined): string {
  return new URL(path, site ?? 'https://bitacora.example.org').href;
}

/** A working group's events: what its calendar (/grupos/<id>.ics) holds. */
export function eventsOfGroup(events: readonly Entry<'events'>[], group: string): Entry<'events'>[] {
  return events.filter((e) => e.data.groups.some((g) => g.id === group));
}

/** `first`: the name the event was first published under (data/moved.ts), whose address its UID keeps. */
export function calendarEntry(event: Entry<'events'>, site: URL | undefined, first: Ref): CalendarEntry {
  const { data } = event;
  const where = [data.place.venue, data.place.city, data.place.country && countryName(data.place.country)];
  const url = absolute(entryHref('events', event.id), site);
  return {
    uid: absolute(entryHref(first.collection, first.id), site),
    title: data.title,
    start: data.start,
    end: data.end,
    location: [...where, data.place.online ? t('note.online') : undefined].filter(Boolean).join(', ') || undefined,
    description: data.summary,
    url,
    timeZone: data.time_zone,
  };
}

/**
 * `changed`: the day the entry's file last changed, from Git (data/git-history.ts);
 * `first`: the name it was first published under (data/moved.ts), whose address its id keeps.
 */
export function feedItem(entry: Entry, site: URL | undefined, changed: string | undefined, first: Ref) {
  return {
    url: absolute(entryHref(entry.collection, entry.id), site),
    id: absolute(entryHref(first.collection, first.id), site),
    title: titleOf(entry),
    date: dateOf(entry),
    changed,
    summary: entry.data.summary,
    category: t(`one.${entry.collection}`),
  };
}
