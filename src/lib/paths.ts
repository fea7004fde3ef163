/**
 * Where each document lives on the site. Spanish URL segments; every link is
 * built here so the site works unchanged under a sub-path.
 */
import type { CollectionName } from '../schemas/shared.ts';

export const SECTIONS: Record<CollectionName, string> = {
  organizations: 'organizaciones',
  groups: 'grupos',
  updates: 'avances',
  meetings: 'reuniones',
  events: 'eventos',
  positions: 'posicionamientos',
};

/** The path of a collection's index, without the base: `/grupos/`. */
export function sectionPath(collection: CollectionName): string {
  return `/${SECTIONS[collection]}/`;
}

/** The path of one document, without the base: `/grupos/migraciones/`. */
export function entryPath(collection: CollectionName, id: string): string {
  return `/${SECTIONS[collection]}/${id}/`;
}

/** Prefixes a site path with the base the site is published under (`/bitacora/`). */
export function withBase(path: string, base: string): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${path.startsWith('/') ? path : `/${path}`}`;
}
