/**
 * The organisation directory's filters: one page per relation with the
 * network and per kind of organisation that has any member. The filter
 * pages, the filter links and the sitemap all read this one list.
 */
import type { Key } from '../i18n/index.ts';
import { KIND_SLUGS, MEMBERSHIP_SLUGS } from '../lib/paths.ts';
import { type Entry, network } from './index.ts';

export interface DirectoryFilter {
  facet: 'relacion' | 'tipo';
  slug: string;
  /** Site path without the base, e.g. /organizaciones/tipo/red/. */
  path: string;
  /** The interface string that names it, in any language. */
  label: Key;
  entries: Entry<'organizations'>[];
}

export async function directoryFilters(): Promise<DirectoryFilter[]> {
  const { organizations } = await network();
  const filters = [
    ...Object.entries(MEMBERSHIP_SLUGS).map(([value, slug]) => ({
      facet: 'relacion' as const,
      slug,
      label: `membership.${value}` as Key,
      entries: organizations.filter((o) => o.data.membership === value),
    })),
    ...Object.entries(KIND_SLUGS).map(([value, slug]) => ({
      facet: 'tipo' as const,
      slug,
      label: `kind.${value}` as Key,
      entries: organizations.filter((o) => o.data.kind === value),
    })),
  ];
  // A filter with nothing in it would be a dead end: no page, and no link to it.
  return filters.filter((f) => f.entries.length > 0).map((f) => ({ ...f, path: `/organizaciones/${f.facet}/${f.slug}/` }));
}
