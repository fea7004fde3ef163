/** Advocacy events the network attended. */
import { z } from 'astro/zod';
import { addDays, endOf, formatDate, formatRange, parsePartialDate, startOf } from '../lib/dates.ts';
import { isTimeZone } from '../lib/time-zones.ts';
import { images, namedChildren, partialDate, place, references, type ReferenceFactory, uncertainty, webUrl } from './shared.ts';

export const EVENT_KINDS = ['un-forum', 'regional-forum', 'congress', 'summit', 'side-event', 'other'] as const;

/** One thing the network did at an event, e.g. a meeting or a forum it organised. */
const activity = z.strictObject({
  /** What was done, as one sentence. */
  text: z.string().min(1),
  /** True when children and adolescents took part in it. */
  children: z.boolean().default(false),
});

/** A part of an event with its own dates, e.g. a youth forum before a summit. */
const session = z
  .strictObject({
    /** Its name. */
    title: z.string().min(1),
    /** First day. */
    start: partialDate,
    /** Last day; leave out for one day. */
    end: partialDate.optional(),
  })
  // The page would print «19 al 10 de enero de 2020».
  .refine((s) => !endsBeforeStart(s.start, s.end), {
    error: 'La fecha de fin (end) de la sesión es anterior a la de inicio (start): revise ambas fechas',
    path: ['end'],
  });

/**
 * How far from its event's dates a session may be: a youth forum the day
 * before a summit is one of its sessions (the real content has two), while
 * a year or a month typed wrong puts the session weeks or years away.
 */
const SESSION_MARGIN_DAYS = 7;

/** Only two dates that exist can be in the wrong order; a date that does not has its own message. */
function endsBeforeStart(start: string, end: string | undefined): boolean {
  return !!end && !!parsePartialDate(start) && !!parsePartialDate(end) && endOf(end) < startOf(start);
}

type Dated = { start: string; end?: string | undefined };

/** Each session date too far from the event's (SESSION_MARGIN_DAYS), as an issue at its line. */
function sessionsOutside(event: Dated & { sessions: Dated[] }, ctx: z.RefinementCtx): void {
  if (!parsePartialDate(event.start) || (event.end && !parsePartialDate(event.end)) || endsBeforeStart(event.start, event.end)) return;
  const from = addDays(startOf(event.start), -SESSION_MARGIN_DAYS);
  const to = addDays(endOf(event.end ?? event.start), SESSION_MARGIN_DAYS);
  event.sessions.forEach((s, index) => {
    if (endsBeforeStart(s.start, s.end)) return;
    const outside = (['start', 'end'] as const).find((key) => {
      const date = s[key];
      return date !== undefined && parsePartialDate(date) !== undefined && (endOf(date) < from || startOf(date) > to);
    });
    if (!outside) return;
    ctx.addIssue({
      code: 'custom',
      path: ['sessions', index, outside],
      message:
        `La fecha ${outside === 'start' ? 'de inicio (start)' : 'de fin (end)'} de la sesión, ${formatDate(s[outside]!)}, queda fuera de las fechas del evento (${formatRange(event.start, event.end)})` +
        `: revise el año y el mes; una sesión cae dentro de las fechas del evento, o a ${SESSION_MARGIN_DAYS} días como mucho`,
    });
  });
}

export const eventSchema = <R extends z.ZodType>(ref: ReferenceFactory<R>) =>
  z
    .strictObject({
      /** The event's name, in Spanish. */
      title: z.string().min(1),
      /** First day. */
      start: partialDate,
      /** Last day; leave out for one day. */
      end: partialDate.optional(),
      /** Where it took place. */
      place,
      /** IANA time zone of the place, e.g. America/Bogota. */
      time_zone: z.string().refine(isTimeZone, 'Zona horaria no válida: use el nombre IANA, p. ej. America/Bogota').optional(),
      /** Who organised it, as text (it may be a body that is not in the directory). */
      organizer: z.string().min(1),
      /** Organisations in the directory that organised it (or co-organised it). */
      organizers: references(ref, 'organizations').default([]),
      /** un-forum, regional-forum, congress, summit, side-event or other. */
      kind: z.enum(EVENT_KINDS),
      /** The event's official page. */
      website: webUrl.optional(),
      /** One or two sentences on the event. */
      summary: z.string().min(1),
      /** What the network did there. */
      activities: z.array(activity).min(1),
      /** Parts of the event with their own dates. */
      sessions: z.array(session).default([]),
      /** Working groups involved. */
      groups: references(ref, 'groups').default([]),
      /** Member organisations that took part. */
      participants: references(ref, 'organizations').default([]),
      /** Photos and pictures shown on the page; see content/README.md for children. */
      images,
      /** Children named in the text, given name only, each with consent. */
      children: namedChildren,
      uncertainty,
    })
    .refine((event) => !endsBeforeStart(event.start, event.end), {
      error: 'La fecha de fin (end) es anterior a la de inicio (start): revise ambas fechas',
      path: ['end'],
    })
    .superRefine(sessionsOutside);

export type NetworkEvent = z.output<ReturnType<typeof eventSchema>>;
