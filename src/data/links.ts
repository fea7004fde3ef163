/**
 * How a page in one language links to an entry: to the entry's page in that
 * language when it has one, otherwise to the Spanish original, saying so
 * with `hreflang` and marking the Spanish title with `lang`, so a screen
 * reader pronounces it as Spanish and the reader knows where the link leads.
 */
import { type Locale, recordLang } from '../i18n/index.ts';
import { entryHref } from '../lib/href.ts';
import type { Ref } from '../lib/network.ts';
import { type Network, titleOf } from './index.ts';

export interface EntryLinkData {
  url: string;
  /** The title in the language it is shown in. */
  title: string;
  /** The title, and an organisation's acronym after it when it says something more: how lists of references name it. */
  name: string;
  /** The title's language when it is not the page's. */
  lang: Locale | undefined;
  /** The linked page's language when it is not the page's. */
  hreflang: Locale | undefined;
  /** The summary in the same language as the title. */
  summary: string;
}

export function entryLink(data: Network, to: Ref, locale: Locale): EntryLinkData {
  const entry = data.get(to.collection, to.id);
  const translation = locale === 'es' ? undefined : data.translation(to, locale);
  const pageLocale: Locale = data.versions(to).includes(locale) ? locale : 'es';
  const title = translation?.data.title ?? titleOf(entry);
  const acronym = entry.collection === 'organizations' ? entry.data.acronym : undefined;
  return {
    url: entryHref(to.collection, to.id, pageLocale),
    title,
    name: acronym && acronym !== title ? `${title} (${acronym})` : title,
    lang: recordLang(locale, translation !== undefined),
    hreflang: pageLocale === locale ? undefined : pageLocale,
    summary: translation?.data.summary ?? entry.data.summary,
  };
}
