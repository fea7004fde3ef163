/**
 * The rules the content check runs after the schemas, in the order their
 * problems are easiest to read. Each rule is one file in this folder.
 */
import { bodyImages } from './body-images.ts';
import { children } from './children.ts';
import { contentFolders } from './content-folders.ts';
import { controlCharacters } from './control-characters.ts';
import { exifGps } from './exif-gps.ts';
import { headingLevels } from './heading-levels.ts';
import { images } from './images.ts';
import { internalLinks } from './internal-links.ts';
import { linkSchemes } from './link-schemes.ts';
import { mdx } from './mdx.ts';
import { placeholders } from './placeholders.ts';
import { rawHtml } from './raw-html.ts';
import type { DocumentRule, ProjectRule } from './rule.ts';
import { tableAlignment } from './table-alignment.ts';
import { templates } from './templates.ts';

export const DOCUMENT_RULES: readonly DocumentRule[] = [placeholders, controlCharacters, rawHtml, mdx, linkSchemes, bodyImages, tableAlignment, headingLevels, internalLinks, images, children];

export const PROJECT_RULES: readonly ProjectRule[] = [contentFolders, templates, exifGps];
