/**
 * Every document and index page for search engines (each page of a long
 * list too), in every language it exists in: /sitemap.xml. The search page
 * is left out: its content is whatever the reader asks for.
 */
import type { APIRoute } from 'astro';
import { absolute } from '../data/calendar.ts';
import { directoryFilters } from '../data/directory.ts';
import { network } from '../data/index.ts';
import { listPages } from '../data/lists.ts';
import { LOCALES } from '../i18n/index.ts';
import { escapeXml } from '../lib/feed.ts';
import { entryHref, href } from '../lib/href.ts';
import { sectionPath } from '../lib/paths.ts';
import { COLLECTIONS } from '../schemas/shared.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = await network();
  const lists = await listPages();
  const indexes = ['/', ...COLLECTIONS.map(sectionPath).filter((path) => !lists.includes(path)), ...lists, ...(await directoryFilters()).map((f) => f.path)];
  const paths = [
    ...LOCALES.flatMap((locale) => indexes.map((path) => href(path, locale))),
    ...COLLECTIONS.flatMap((c) => data[c].flatMap((entry) => data.versions(entry).map((locale) => entryHref(c, entry.id, locale)))),
  ];
  const urls = paths.map((path) => `  <url><loc>${escapeXml(absolute(path, site))}</loc></url>`).join('\n');
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
