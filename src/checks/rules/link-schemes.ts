/**
 * Markdown links whose address would run code or carry a whole page:
 * `[texto](javascript:…)`, `<vbscript:…>`, `[x]: data:…`. Astro's default
 * processor writes them into the page unchanged.
 */
import type { Definition, Link } from 'mdast';
import { visit } from 'unist-util-visit';
import { filePoint } from '../body.ts';
import type { Problem } from '../problem.ts';
import { unsafeUrl } from '../urls.ts';
import { BODY, type DocumentRule } from './rule.ts';

export const linkSchemes: DocumentRule = ({ source, tree }) => {
  if (!tree) return [];
  const problems: Problem[] = [];
  visit(tree, ['link', 'definition'], (node) => {
    const { url, position } = node as Link | Definition;
    const unsafe = unsafeUrl(url);
    if (unsafe) problems.push({ file: source.path, ...filePoint(source, position?.start), field: BODY, ...unsafe });
  });
  return problems;
};
