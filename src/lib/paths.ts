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

/**
 * Organisations and groups are the network's directory: their pages exist in
 * every language of the interface, with the Spanish text where there is no
 * translation. Documents (meetings, updates, events, positions) get a page
 * per language they are written or translated in, and no more: a copy with
 * only the labels translated would multiply the archive's pages, build time
 * and index for no word a reader could not already read on the original.
 * The pages (src/data) and the content check's site map both ask here.
 */
const IN_EVERY_LANGUAGE: readonly CollectionName[] = ['organizations', 'groups'];

/** The languages a document has a page in: the first of `locales` (the original's) always, the others as above. */
export function pageLocales<L extends string>(collection: CollectionName, locales: readonly L[], translated: (locale: L) => boolean): L[] {
  return locales.filter((locale, i) => i === 0 || IN_EVERY_LANGUAGE.includes(collection) || translated(locale));
}

export interface FilterPage<O> {
  facet: 'relacion' | 'tipo';
  slug: string;
  /** The schema's value: `member`, `network`. */
  value: string;
  /** Site path without the base, e.g. /organizaciones/tipo/red/. */
  path: string;
  entries: O[];
}

/**
 * The organisation directory's filter pages: one per relation with the
 * network and per kind of organisation that has any member (a filter with
 * nothing in it would be a dead end: no page, and no link to it). The pages,
 * their links, the sitemap and the content check's site map all read this.
 */
export function filterPages<O>(organizations: readonly O[], fields: (o: O) => { kind: string; membership: string }): FilterPage<O>[] {
  const facets = [
    ...Object.entries(MEMBERSHIP_SLUGS).map(([value, slug]) => ({ facet: 'relacion' as const, slug, value, entries: organizations.filter((o) => fields(o).membership === value) })),
    ...Object.entries(KIND_SLUGS).map(([value, slug]) => ({ facet: 'tipo' as const, slug, value, entries: organizations.filter((o) => fields(o).kind === value) })),
  ];
  return facets.filter((f) => f.entries.length > 0).map((f) => ({ ...f, path: `/${SECTIONS.organizations}/${f.facet}/${f.slug}/` }));
}
