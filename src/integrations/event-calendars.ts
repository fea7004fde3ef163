/**
 * Each event's own calendar file (/eventos/<id>.ics), written in one pass
 * as soon as Astro has written the pages (before the search index is built,
 * so `npm run build` can check links while Pagefind works), from the
 * calendar of every event (/eventos/calendario.ics): same bytes as the per-event route
 * (src/lib/ical.ts, splitCalendar), at a fraction of the cost. As a route,
 * each file cost Astro about 2 ms of its own per-page work for a few hundred
 * bytes: 0.4 s of a 1,000-document build, 1.4 s at 4,000, and they were
 * rendered again on every rebuild.
 *
 * In a build with this integration the per-event route lists no paths (it
 * reads EVENT_CALENDARS_IN_ONE_PASS); in `astro dev` it serves them as before.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { splitCalendar } from '../lib/ical.ts';

const ALL_EVENTS = 'eventos/calendario.ics';
/** Where src/pages/eventos/[id].ics.ts serves an event's calendar (and event pages link to it), inside the output folder. */
const eventCalendarFile = (id: string) => `eventos/${id}.ics`;

export function eventCalendars(): AstroIntegration {
  let base = '/';
  return {
    name: 'bitacora:event-calendars',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { define: { 'import.meta.env.EVENT_CALENDARS_IN_ONE_PASS': 'true' } } });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:generated': ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const calendars = splitCalendar(readFileSync(join(out, ALL_EVENTS), 'utf8'));
        for (const { uid, text } of calendars) {
          const file = join(out, eventCalendarFile(eventId(uid, base)));
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, text);
        }
        logger.info(`${calendars.length} calendarios de un evento en ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}

/** An event's id from its UID, the absolute address of its page (`https://…/base/eventos/<id>/`). */
function eventId(uid: string, base: string): string {
  const path = new URL(uid).pathname;
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const id = /^eventos\/([^/]+)\/$/.exec(path.startsWith(prefix) ? path.slice(prefix.length) : '')?.[1];
  if (!id) throw new Error(`No se reconoce el evento del UID ${uid} en ${ALL_EVENTS}`);
  return decodeURIComponent(id);
}
