/**
 * Internal links in the built site that lead nowhere. Reads the HTML Astro
 * wrote (what readers get), not the sources, so links made by templates,
 * components and Markdown are all covered, under whatever base the site was
 * built for. Node-only.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface BrokenLink {
  /** The page holding the link, relative to the output folder. */
  page: string;
  /** The link as written. */
  href: string;
}

const ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g;

export function htmlFiles(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...htmlFiles(path));
    else if (name.endsWith('.html')) found.push(path);
  }
  return found;
}

/** Every internal link in `outDir` whose target file does not exist; `base` is the path the site is served under. */
export function brokenLinks(outDir: string, base: string, site?: string): BrokenLink[] {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const broken: BrokenLink[] = [];
  // Every page links the same header, sections and organisations: ask the
  // file system once per target, not once per link (thousands of times each).
  const found = new Map<string, boolean>();
  const exists = (target: string) => {
    let known = found.get(target);
    if (known === undefined) found.set(target, (known = existsSync(target)));
    return known;
  };
  for (const file of htmlFiles(outDir)) {
    const page = relative(outDir, file).replaceAll('\\', '/');
    const html = readFileSync(file, 'utf8');
    for (const [, raw] of html.matchAll(ATTRIBUTE)) {
      const href = (raw ?? '').replaceAll('&amp;', '&');
      let path: string;
      if (site && href.startsWith(site)) path = new URL(href).pathname;
      else if (href.startsWith('/') && !href.startsWith('//')) path = href;
      else if (/^[a-z][a-z0-9+.-]*:|^#|^\/\//i.test(href) || href === '') continue;
      else path = new URL(href, `http://x${prefix}${page}`).pathname;
      path = decodeURIComponent(path.split(/[?#]/)[0] ?? '');
      if (!path.startsWith(prefix)) {
        broken.push({ page, href });
        continue;
      }
      const inside = join(outDir, path.slice(prefix.length));
      const target = path.endsWith('/') ? join(inside, 'index.html') : inside;
      if (!exists(target)) broken.push({ page, href });
    }
  }
  return broken;
}
