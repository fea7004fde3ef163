/**
 * Site links for pages and components: a path on the site plus the base the
 * build is published under. Kept apart from `paths.ts`, which stays free of
 * build-time values so it can be unit-tested.
 */
import type { CollectionName } from '../schemas/shared.ts';
import { entryPath, sectionPath, withBase } from './paths.ts';

const BASE = import.meta.env.BASE_URL;

/** A site path (`/grupos/`) as a link that works under any base. */
export const href = (path: string): string => withBase(path, BASE);

export const entryHref = (collection: CollectionName, id: string): string => href(entryPath(collection, id));

export const sectionHref = (collection: CollectionName): string => href(sectionPath(collection));
