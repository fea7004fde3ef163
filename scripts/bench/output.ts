/**
 * What a build wrote, as a reader's browser sees it: page count and bytes,
 * the HTML of a typical content page, the CSS and JavaScript each page makes
 * the browser fetch (gzipped, as any host serves them), and the search index.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Output {
  pages: number;
  totalBytes: number;
  contentPages: number;
  /** Median raw bytes of a content page's HTML. */
  medianHtml: number;
  /** Median gzipped bytes of a content page's HTML: what a reader downloads from any host that compresses. */
  medianHtmlGz: number;
  /**
   * Median raw bytes of a content page's record alone: the element marked
   * `data-pagefind-body`, without `<head>`, header or footer. It says how much
   * of the page's weight is the document as the site shows it.
   */
  medianRecord: number;
  /** The largest gzipped CSS any page loads (linked files plus inline styles). */
  maxCssGz: number;
  /** The largest gzipped JavaScript a content page loads before anyone searches. */
  maxContentJsGz: number;
  /** Pages whose JavaScript is not zero, for the report. */
  pagesWithJs: string[];
  /** Bytes of `pagefind/`, or 0 when there is no index. */
  indexBytes: number;
  /** The largest HTML page, which is where unbounded lists show. */
  largestPage: { path: string; bytes: number };
}

const STYLESHEET = /<link\b[^>]*\brel="?stylesheet"?[^>]*>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const MODULEPRELOAD = /<link\b[^>]*\brel="?modulepreload"?[^>]*>/gi;
const HREF = /\b(?:href|src)="([^"]+)"/i;

/** `contentPage` tells a document's page from an index or the home page, by its path in the output. */
export function analyse(dir: string, contentPage: RegExp): Output {
  const files = walk(dir);
  const gz = new Map<string, number>();
  const gzFile = (url: string, page: string) => {
    // Another origin's file is not this site's weight (and there is none today).
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) return 0;
    const path = join(dir, url.startsWith('/') ? url : posix.join(posix.dirname(page), url)).split(/[?#]/)[0]!;
    if (!gz.has(path)) gz.set(path, gzipSync(readFileSync(path)).length);
    return gz.get(path)!;
  };
  const html = files.filter((f) => f.path.endsWith('.html'));
  const contentSizes: number[] = [];
  const contentGz: number[] = [];
  const recordSizes: number[] = [];
  const pagesWithJs: string[] = [];
  let maxCssGz = 0;
  let maxContentJsGz = 0;
  let largestPage = { path: '', bytes: 0 };
  for (const file of html) {
    const text = readFileSync(join(dir, file.path), 'utf8');
    if (file.bytes > largestPage.bytes) largestPage = { path: file.path, bytes: file.bytes };
    let css = 0;
    for (const [tag] of text.matchAll(STYLESHEET)) css += gzFile(HREF.exec(tag)?.[1] ?? '', file.path);
    for (const [, body] of text.matchAll(INLINE_STYLE)) css += gzipSync(body ?? '').length;
    maxCssGz = Math.max(maxCssGz, css);
    let js = 0;
    for (const [, attributes = '', body = ''] of text.matchAll(SCRIPT)) {
      if (/type="?application\/(ld\+)?json/i.test(attributes)) continue;
      const src = HREF.exec(attributes)?.[1];
      js += src ? gzFile(src, file.path) : gzipSync(body).length;
    }
    for (const [tag] of text.matchAll(MODULEPRELOAD)) js += gzFile(HREF.exec(tag)?.[1] ?? '', file.path);
    if (js > 0) pagesWithJs.push(file.path);
    if (contentPage.test(file.path)) {
      contentSizes.push(file.bytes);
      contentGz.push(gzipSync(text).length);
      const record = recordOf(text);
      if (record !== undefined) recordSizes.push(Buffer.byteLength(record));
      maxContentJsGz = Math.max(maxContentJsGz, js);
    }
  }
  return {
    pages: html.length,
    totalBytes: files.reduce((sum, f) => sum + f.bytes, 0),
    contentPages: contentSizes.length,
    medianHtml: median(contentSizes),
    medianHtmlGz: median(contentGz),
    medianRecord: median(recordSizes),
    maxCssGz,
    maxContentJsGz,
    pagesWithJs,
    indexBytes: files.filter((f) => f.path.startsWith('pagefind/')).reduce((sum, f) => sum + f.bytes, 0),
    largestPage,
  };
}

/**
 * The element that carries `data-pagefind-body`, from its opening tag to the
 * last closing tag of its name: both sites put it on one element (an
 * `<article>`, the floor's `<main>`) that holds no other of its kind.
 */
export function recordOf(html: string): string | undefined {
  const at = html.indexOf('data-pagefind-body');
  const start = html.lastIndexOf('<', at);
  const name = /^<([a-z][a-z0-9]*)/i.exec(html.slice(start))?.[1];
  if (at < 0 || name === undefined) return undefined;
  const close = `</${name}>`;
  const end = html.lastIndexOf(close);
  return end > start ? html.slice(start, end + close.length) : undefined;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function walk(dir: string, root = dir): { path: string; bytes: number }[] {
  const out: { path: string; bytes: number }[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const stat = statSync(full);
    if (stat.isDirectory()) out.push(...walk(full, root));
    else out.push({ path: relative(root, full).replaceAll('\\', '/'), bytes: stat.size });
  }
  return out;
}
