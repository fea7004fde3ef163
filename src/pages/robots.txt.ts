/**
 * For crawlers: every page may be read, and the sitemap lists them all.
 * Crawlers read /robots.txt at a domain's root only, so under a sub-path
 * (GitHub Pages) this file is harmless and unread; the sitemap can then be
 * given to the search engine directly.
 */
import type { APIRoute } from 'astro';
import { absolute } from '../data/calendar.ts';
import { href } from '../lib/href.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute(href('/sitemap.xml'), site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
