/** Meeting reports. */
import { z } from 'astro/zod';
import { actionItem, images, namedChildren, partialDate, place, references, type ReferenceFactory, uncertainty } from './shared.ts';

export const MEETING_KINDS = ['technical', 'assembly', 'working-group', 'coordination', 'other'] as const;
export const MEETING_FORMATS = ['in-person', 'virtual', 'hybrid'] as const;

export const meetingSchema = <R extends z.ZodType>(ref: ReferenceFactory<R>) =>
  z.strictObject({
    /** The report's title. */
    title: z.string().min(1),
    /** When the meeting took place, at the precision known. */
    date: partialDate,
    /** True when the date is inferred, not stated by a source. */
    date_approximate: z.boolean().default(false),
    /** technical (reunión de técnicos), assembly, working-group, coordination or other. */
    kind: z.enum(MEETING_KINDS),
    /** in-person, virtual or hybrid; leave out when the source does not say. */
    format: z.enum(MEETING_FORMATS).optional(),
    /** Where it took place; leave out when the source does not say. */
    place: place.optional(),
    /** Organisations that attended. */
    attendees: references(ref, 'organizations').default([]),
    /** One or two sentences on what the meeting covered. */
    summary: z.string().min(1),
    /** The agenda, one item per line. */
    agenda: z.array(z.string()).default([]),
    /** What was decided, one decision per line. */
    decisions: z.array(z.string()).default([]),
    /** Who does what next. */
    action_items: z.array(actionItem(ref)).default([]),
    /** Photos and pictures shown on the page; see content/README.md for children. */
    images,
    /** Children named in the text, given name only, each with consent. */
    children: namedChildren,
    uncertainty,
  });

export type Meeting = z.output<ReturnType<typeof meetingSchema>>;
