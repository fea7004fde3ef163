/**
 * Every document and index page for search engines: /sitemap.xml. The search
 * page is left out: its content is whatever the reader asks for.
 */
import type { APIRoute } from 'astro';
import { absolute } from '../data/calendar.ts';
import { directoryFilters } from '../data/directory.ts';
import { network } from '../data/index.ts';
import { escapeXml } from '../lib/feed.ts';
import { entryHref, href, sectionHref } from '../lib/href.ts';
import { COLLECTIONS } from '../schemas/shared.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = await network();
  const paths = [
    href('/'),
    href('/acciones/'),
    ...COLLECTIONS.flatMap((c) => [sectionHref(c), ...data[c].map((entry) => entryHref(c, entry.id))]),
    ...(await directoryFilters()).map((filter) => href(filter.path)),
  ];
  const urls = paths.map((path) => `  <url><loc>${escapeXml(absolute(path, site))}</loc></url>`).join('\n');
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
