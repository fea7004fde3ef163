/**
 * Markdown links whose address would run code or carry a whole page:
 * `[texto](javascript:…)`, `<vbscript:…>`, `[x]: data:…`. Astro's default
 * processor writes them into the page unchanged.
 */
import type { Definition, Link } from 'mdast';
import { filePoint, nodesOf } from '../body.ts';
import type { Problem } from '../problem.ts';
import { unsafeUrl } from '../urls.ts';
import { BODY, type DocumentRule } from './rule.ts';

export const linkSchemes: DocumentRule = ({ source, tree }) => {
  if (!tree) return [];
  const problems: Problem[] = [];
  for (const { url, position } of nodesOf<Link | Definition>(tree, ['link', 'definition'])) {
    const unsafe = unsafeUrl(url);
    if (unsafe) problems.push({ file: source.path, ...filePoint(source, position?.start), field: BODY, ...unsafe });
  }
  return problems;
};
