/**
 * Where each document lives on the site. Spanish URL segments; every link is
 * built here so the site works unchanged under a sub-path.
 */
import type { MEMBERSHIPS, ORGANIZATION_KINDS } from '../schemas/organizations.ts';
import type { CollectionName } from '../schemas/shared.ts';

export const SECTIONS: Record<CollectionName, string> = {
  organizations: 'organizaciones',
  groups: 'grupos',
  updates: 'avances',
  meetings: 'reuniones',
  events: 'eventos',
  positions: 'posicionamientos',
};

/** Spanish URL segments for the directory's filters by relation with the network. */
export const MEMBERSHIP_SLUGS = {
  member: 'miembro',
  observer: 'observadora',
  applicant: 'solicitud',
  'strategic-partner': 'socia-estrategica',
  ally: 'aliada',
  external: 'externa',
} satisfies Record<(typeof MEMBERSHIPS)[number], string>;

/** Spanish URL segments for the directory's filters by kind of organisation. */
export const KIND_SLUGS = {
  'civil-society': 'sociedad-civil',
  network: 'red',
  'un-agency': 'agencia-onu',
  'inter-governmental': 'intergubernamental',
  'faith-based': 'basada-en-fe',
  academic: 'academica',
  government: 'gobierno',
  other: 'otra',
} satisfies Record<(typeof ORGANIZATION_KINDS)[number], string>;

/** The path of a collection's index, without the base: `/grupos/`. */
export function sectionPath(collection: CollectionName): string {
  return `/${SECTIONS[collection]}/`;
}

/** The path of one document, without the base: `/grupos/migraciones/`. */
export function entryPath(collection: CollectionName, id: string): string {
  return `/${SECTIONS[collection]}/${id}/`;
}

/**
 * A site path in a language of the interface: Spanish, the records'
 * language, at the root (`/grupos/`), Portuguese and English under their
 * code (`/pt/grupos/`). Same segments in every language, so a reader can
 * swap the prefix by hand.
 */
export function localePath(path: string, locale: string): string {
  return locale === 'es' ? path : `/${locale}${path}`;
}

/** A site path without its language prefix: `/pt/grupos/` → `/grupos/`; the locale it had. */
export function splitLocale(path: string, locales: readonly string[]): { locale: string; path: string } {
  const match = /^\/([a-z]{2})(\/.*)$/.exec(path);
  if (match && match[1] !== 'es' && locales.includes(match[1]!)) return { locale: match[1]!, path: match[2]! };
  return { locale: 'es', path };
}

/** A base as `/` or `/bitacora/`: `''`, `/bitacora` and `/bitacora/` are how Astro and the environment may spell it. */
export const siteBase = (base: string | undefined): string => `/${(base ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/** Prefixes a site path with the base the site is published under (`/bitacora/`). */
export function withBase(path: string, base: string): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${path.startsWith('/') ? path : `/${path}`}`;
}
