/** A working group's news as an Atom feed: /grupos/<id>.xml, for partners who follow one group. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { absolute, feedItem } from '../../data/calendar.ts';
import { lastChanged } from '../../data/git-history.ts';
import { aboutGroup, type Entry, entryPaths, network } from '../../data/index.ts';
import { firstNameOf } from '../../data/moved.ts';
import { atomFeed } from '../../lib/feed.ts';
import { href } from '../../lib/href.ts';

export const getStaticPaths = (() => entryPaths('groups')) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { entry } = props as { entry: Entry<'groups'> };
  const [data, changed, first] = await Promise.all([network(), lastChanged(), firstNameOf()]);
  const body = atomFeed(
    {
      title: `MMI-LAC: ${entry.data.name}`,
      subtitle: entry.data.summary,
      url: absolute(href(`/grupos/${entry.id}/`), site),
      self: absolute(href(`/grupos/${entry.id}.xml`), site),
    },
    aboutGroup(data, entry.id)
      .slice(0, 50)
      .map((about) => feedItem(about, site, about.filePath && changed.get(about.filePath), first(about))),
  );
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
