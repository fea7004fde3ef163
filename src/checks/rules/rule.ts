/**
 * What every rule of the content check receives and returns. A rule is a
 * function over one document (or, for files that are not documents, over the
 * project) that returns problems; it never throws and never prints.
 */
import type { Root } from 'mdast';
import type { CollectionName } from '../../schemas/shared.ts';
import type { Problem } from '../problem.ts';
import type { SiteMap } from '../site-map.ts';
import type { SourceFile } from '../source-file.ts';

export interface Document {
  collection: CollectionName;
  id: string;
  extension: '.md' | '.mdx';
  source: SourceFile;
  /** The body parsed once for every rule (see body.ts); undefined when it is MDX that does not parse. */
  tree: Root | undefined;
  /** Where and why an `.mdx` body does not parse (mdx.ts reports it). */
  syntaxError?: { line: number; column: number; reason: string } | undefined;
  /** The frontmatter as the schema returned it (defaults filled in), when it is valid. */
  data: Record<string, unknown> | undefined;
  /** Spans of `source.text` (start, end) holding a value whose schema message already names its invisible character (content.ts `invisibleNamed`). */
  namedInvisible?: readonly (readonly [number, number])[] | undefined;
}

export interface Context {
  /** The project's root folder. */
  root: string;
  /** Every id of every collection, and every page of the site. */
  site: SiteMap;
  /** The day consents are checked against, `YYYY-MM-DD`. */
  today: string;
  /** The base path the site is published under, `/` or `/bitacora/`. */
  base: string;
}

export type DocumentRule = (document: Document, context: Context) => Problem[];

/** A rule over files that are not documents (images in public/, for instance). */
export type ProjectRule = (context: Context) => Problem[];

/** Field name used for problems in a document's body rather than its frontmatter. */
export const BODY = '(texto)';
