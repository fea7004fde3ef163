/**
 * Every collection's schema in one place, keyed by collection name. The
 * build (content.config.ts), the checker and the tests all read this map.
 */
import type { z } from 'astro/zod';
import { eventSchema } from './events.ts';
import { groupSchema } from './groups.ts';
import { meetingSchema } from './meetings.ts';
import { organizationSchema } from './organizations.ts';
import { positionSchema } from './positions.ts';
import type { CollectionName, ReferenceFactory } from './shared.ts';
import { updateSchema } from './updates.ts';

export { COLLECTIONS, type CollectionName, idReference } from './shared.ts';

export function schemas<R extends z.ZodType>(ref: ReferenceFactory<R>) {
  return {
    organizations: organizationSchema,
    groups: groupSchema(ref),
    updates: updateSchema(ref),
    meetings: meetingSchema(ref),
    events: eventSchema(ref),
    positions: positionSchema(ref),
  } satisfies Record<CollectionName, z.ZodType>;
}
