/**
 * The organisation directory's filters (src/lib/paths.ts `filterPages`),
 * with the interface string that names each. The filter pages, the filter
 * links and the sitemap all read this one list.
 */
import type { Key } from '../i18n/index.ts';
import { type FilterPage, filterPages } from '../lib/paths.ts';
import { type Entry, network } from './index.ts';

export interface DirectoryFilter extends FilterPage<Entry<'organizations'>> {
  /** The interface string that names it, in any language. */
  label: Key;
}

export async function directoryFilters(): Promise<DirectoryFilter[]> {
  const { organizations } = await network();
  return filterPages(organizations, (o) => o.data).map((f) => ({ ...f, label: `${f.facet === 'relacion' ? 'membership' : 'kind'}.${f.value}` as Key }));
}
