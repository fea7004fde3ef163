/**
 * Links in a body that lead to another page of the site must lead somewhere:
 * `/grupos/migraciones/`, `../migraciones/`, and links to the `.md` file
 * itself (which work in the Git host's preview but not on the site). Each is
 * resolved the way a browser would from the document's own page and checked
 * against the site map.
 *
 * A link that starts with `/` only works when the site sits at the root of
 * its domain, because Astro's default Markdown processor does not add the
 * base path. When the site is published under a sub-path, such links are
 * refused with the relative form that works everywhere.
 */
import { posix } from 'node:path';
import type { Definition, Html, Link } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';
import { entryPath, localePath } from '../../lib/paths.ts';
import { COLLECTIONS } from '../../schemas/shared.ts';
import { advance, filePoint, nodesOf } from '../body.ts';
import { scanTags, type Tag } from '../html-tags.ts';
import type { Problem } from '../problem.ts';
import { findPage, missingEntry } from '../site-map.ts';
import { schemeOf } from '../urls.ts';
import { BODY, type Context, type Document, type DocumentRule } from './rule.ts';

export const internalLinks: DocumentRule = (document, context) => {
  const { source, tree } = document;
  if (!tree) return [];
  const problems: Problem[] = [];
  const report = (url: string, at: { line: number; column: number }) => {
    const found = judgeLink(url, document, context);
    if (found) problems.push({ file: source.path, ...at, field: BODY, ...found });
  };
  const anchors = (tags: Tag[], start: { line: number; column: number }, text: string) => {
    for (const tag of tags) {
      const href = tag.name.toLowerCase() === 'a' ? tag.attributes.find((a) => a.name.toLowerCase() === 'href') : undefined;
      if (href?.value !== undefined) report(href.value, advance(start, text, href.offset));
    }
  };
  for (const node of nodesOf<Link | Definition | Html | MdxJsxFlowElement | MdxJsxTextElement>(tree, ['link', 'definition', 'html', 'mdxJsxFlowElement', 'mdxJsxTextElement'])) {
    const { position } = node;
    if (node.type === 'html') {
      anchors(scanTags(node.value), filePoint(source, position?.start), node.value);
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      // An <a> in MDX is an element, not raw HTML: its own opening tag is the first one in its source.
      if (node.name !== 'a' || position?.start.offset === undefined) continue;
      // `href={…}` is an expression, which mdx.ts judges.
      const text = source.body.slice(position.start.offset, position.end.offset);
      const own = scanTags(text).slice(0, 1).map((tag) => ({ ...tag, attributes: tag.attributes.filter((a) => !a.value?.startsWith('{')) }));
      anchors(own, filePoint(source, position.start), text);
    } else {
      report(node.url, filePoint(source, position?.start));
    }
  }
  return problems;
};

/**
 * `www.unicef.org` or `unicef.org/es`: another site's address written
 * without `https://`, which a browser reads as a path on this site. Known
 * endings only, so that `informe.pdf` is not taken for one.
 */
const WEB_ADDRESS = /^(?:www\.[^\s/]+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:org|com|net|int|edu|gob|gov|info|ngo|io)(?:\.[a-z]{2})?)(?:[/?#:]|$)/i;

/** What is wrong with one link, or undefined when it leads to a page (or off the site). */
function judgeLink(raw: string, document: Document, context: Context): { message: string; hint: string } | undefined {
  const url = raw.trim();
  if (url === '') return { message: 'Enlace vacío', hint: 'escriba la dirección entre los paréntesis: [texto](https://…)' };
  if (url.startsWith('#') || url.startsWith('//') || schemeOf(url) !== undefined) return undefined;
  if (WEB_ADDRESS.test(url)) {
    return { message: `Al enlace «${url}» le falta https:// delante: sin él, lleva a una página de este sitio que no existe`, hint: `escriba https://${url}` };
  }
  const here = pageOf(document);
  const [pathPart = ''] = url.split(/[?#]/);
  const path = safeDecode(pathPart);

  if (/\.mdx?$/i.test(path)) return sourceFileLink(path, document, context, here);

  if (url.startsWith('/') && context.base !== '/') {
    return {
      message: `El sitio se publica en «${context.base}»: el enlace «${url}» no llevaría a la página`,
      hint: `escriba la ruta relativa ${posix.relative(here, path) || '.'}${path.endsWith('/') ? '/' : ''}`,
    };
  }
  const target = url.startsWith('/') ? path : safeDecode(new URL(pathPart, `http://sitio${here}`).pathname);
  return findPage(context.site, target);
}

/** A link to `../groups/migraciones.md`: say which page to link to instead. */
function sourceFileLink(path: string, document: Document, context: Context, here: string): { message: string; hint: string } {
  const file = posix.normalize(path.startsWith('/') ? path.slice(1) : posix.join('content', document.collection, path));
  const match = /^content\/([^/]+)\/([^/]+)\.mdx?$/i.exec(file);
  const collection = match && COLLECTIONS.find((c) => c === match[1]);
  if (!match || !collection) {
    return { message: `El enlace «${path}» apunta a un archivo, no a una página del sitio`, hint: 'enlace a la página publicada, p. ej. ../../grupos/migraciones/' };
  }
  const id = match[2]!;
  if (!context.site.ids.get(collection)?.has(id)) {
    // `informe.md` from an event's file means content/events/: the document may be in another folder.
    const elsewhere = COLLECTIONS.filter((other) => context.site.ids.get(other)?.has(id));
    const missing = missingEntry(context.site, collection, id);
    if (elsewhere.length !== 1) return missing;
    return { message: missing.message, hint: `«${id}» está en content/${elsewhere[0]}/: enlace a su página, ${posix.relative(here, entryPath(elsewhere[0]!, id))}/` };
  }
  return {
    message: `El enlace «${path}» apunta al archivo .md, que no existe en el sitio publicado`,
    hint: `enlace a su página: ${posix.relative(here, entryPath(collection, id))}/`,
  };
}

/** The page a document is read on: a translation's id is `en/<id>`, and its page `/en/<section>/<id>/`, where its relative links start. */
function pageOf({ collection, id }: Document): string {
  const [lang, original] = id.split('/');
  return original ? localePath(entryPath(collection, original), lang!) : entryPath(collection, id);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
