/** A working group's progress at a point in time, as reported to a meeting. */
import { z } from 'astro/zod';
import { actionItem, images, namedChildren, partialDate, type ReferenceFactory, uncertainty } from './shared.ts';

export const updateSchema = <R extends z.ZodType>(ref: ReferenceFactory<R>) =>
  z.strictObject({
    /** A short title, e.g. "Avance del Grupo Migraciones". */
    title: z.string().min(1),
    /** The group reporting. */
    group: ref('groups'),
    /** When the progress was reported, at the precision known. */
    date: partialDate,
    /** True when the date is inferred, not stated by a source. */
    date_approximate: z.boolean().default(false),
    /** The meeting where it was reported. */
    meeting: ref('meetings').optional(),
    /** One or two sentences summing up the progress. */
    summary: z.string().min(1),
    /** Next steps ("En agenda"). */
    next_steps: z.array(actionItem(ref)).default([]),
    /** Photos and pictures shown on the page; see content/README.md for children. */
    images,
    /** Children named in the text, given name only, each with consent. */
    children: namedChildren,
    uncertainty,
  });

export type Update = z.output<ReturnType<typeof updateSchema>>;
