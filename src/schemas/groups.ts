/** The network's working groups. */
import { z } from 'astro/zod';
import { images, references, type ReferenceFactory, uncertainty } from './shared.ts';

export const GROUP_STATUSES = ['active', 'paused', 'closed'] as const;

export const groupSchema = <R extends z.ZodType>(ref: ReferenceFactory<R>) =>
  z.strictObject({
    /** The group's name, e.g. "Grupo Migraciones". */
    name: z.string().min(1),
    /** active, paused or closed. */
    status: z.enum(GROUP_STATUSES),
    /** Organisations that coordinate it; empty when the sources do not say. */
    coordinators: references(ref, 'organizations').default([]),
    /** Member organisations, as the sources name them. */
    members: references(ref, 'organizations').default([]),
    /** Topics, as short phrases readers would search for. */
    topics: z.array(z.string()).default([]),
    /** What the group works for, in one or two sentences. */
    summary: z.string().min(1),
    /** Photos and pictures shown on the page; see content/README.md for children. */
    images,
    uncertainty,
  });

export type Group = z.output<ReturnType<typeof groupSchema>>;
