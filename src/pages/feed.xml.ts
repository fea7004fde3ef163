/** An Atom feed of reports, updates, events and positions, newest first: /feed.xml. */
import type { APIRoute } from 'astro';
import { absolute, feedItem } from '../data/calendar.ts';
import { lastChanged } from '../data/git-history.ts';
import { dateOf, network, titleOf } from '../data/index.ts';
import { firstNameOf } from '../data/moved.ts';
import { t } from '../i18n/index.ts';
import { atomFeed } from '../lib/feed.ts';
import { href } from '../lib/href.ts';
import { newestFirst } from '../lib/network.ts';

export const GET: APIRoute = async ({ site }) => {
  const [data, changed, first] = await Promise.all([network(), lastChanged(), firstNameOf()]);
  const documents = newestFirst([...data.meetings, ...data.updates, ...data.events, ...data.positions], dateOf, titleOf);
  const body = atomFeed(
    { title: `${t('site.name')} · MMI-LAC`, subtitle: t('site.description'), url: absolute(href('/'), site), self: absolute(href('/feed.xml'), site) },
    documents.slice(0, 50).map((entry) => feedItem(entry, site, entry.filePath && changed.get(entry.filePath), first(entry))),
  );
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
