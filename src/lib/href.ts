/**
 * Site links for pages and components: a path on the site plus the base the
 * build is published under. Kept apart from `paths.ts`, which stays free of
 * build-time values so it can be unit-tested.
 */
import type { CollectionName } from '../schemas/shared.ts';
import { entryPath, localePath, sectionPath, withBase } from './paths.ts';

const BASE = import.meta.env.BASE_URL;

/** A site path (`/grupos/`) as a link that works under any base, in a language of the interface (Spanish by default). */
export const href = (path: string, locale = 'es'): string => withBase(localePath(path, locale), BASE);

export const entryHref = (collection: CollectionName, id: string, locale = 'es'): string => href(entryPath(collection, id), locale);

export const sectionHref = (collection: CollectionName, locale = 'es'): string => href(sectionPath(collection), locale);
