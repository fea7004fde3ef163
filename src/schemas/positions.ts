/** The network's public positions and statements. */
import { z } from 'astro/zod';
import { images, namedChildren, partialDate, place, references, type ReferenceFactory, uncertainty, webUrl } from './shared.ts';

export const POSITION_STATUSES = ['draft', 'in-preparation', 'published'] as const;

export const positionSchema = <R extends z.ZodType>(ref: ReferenceFactory<R>) =>
  z.strictObject({
    /** The position's title. */
    title: z.string().min(1),
    /** When it was published (or last reported on), at the precision known. */
    date: partialDate,
    /** True when the date is inferred, not stated by a source. */
    date_approximate: z.boolean().default(false),
    /** draft, in-preparation or published. */
    status: z.enum(POSITION_STATUSES),
    /** Organisations that write or sign it; empty when it is the network's as a whole. */
    authors: references(ref, 'organizations').default([]),
    /** Working groups behind it. */
    groups: references(ref, 'groups').default([]),
    /** Where it was issued. */
    place: place.optional(),
    /** Where the full text is published. */
    url: webUrl.optional(),
    /** One or two sentences on what it says or will say. */
    summary: z.string().min(1),
    /** What it is meant to achieve. */
    objective: z.string().optional(),
    /** How it will be spread, one line per step. */
    dissemination: z.array(z.string()).default([]),
    /** Photos and pictures shown on the page; see content/README.md for children. */
    images,
    /** Children named in the text, given name only, each with consent. */
    children: namedChildren,
    uncertainty,
  });

export type Position = z.output<ReturnType<typeof positionSchema>>;
