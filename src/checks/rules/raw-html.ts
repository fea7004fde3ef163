/**
 * Raw HTML in a `.md` body. Astro's default Markdown processor copies it to
 * the page as written, so the check refuses what could run or mislead in a
 * reader's browser (see html-tags.ts for the allowlist). Refusing here rather
 * than sanitising at render keeps the fast processor: sanitising needs the
 * unified pipeline, measured at 3.2 times the build time.
 */
import type { Html } from 'mdast';
import { advance, filePoint, nodesOf } from '../body.ts';
import { judgeTag, scanTags } from '../html-tags.ts';
import type { Problem } from '../problem.ts';
import { BODY, type DocumentRule } from './rule.ts';

export const rawHtml: DocumentRule = ({ extension, source, tree }) => {
  // MDX is code with its own rule (mdx.ts): its tags are components and JSX.
  if (extension !== '.md' || !tree) return [];
  const problems: Problem[] = [];
  for (const node of nodesOf<Html>(tree, ['html'])) {
    const start = filePoint(source, node.position?.start);
    for (const tag of scanTags(node.value)) {
      for (const finding of judgeTag(tag)) {
        problems.push({ file: source.path, ...advance(start, node.value, finding.offset), field: BODY, message: finding.message, hint: finding.hint });
      }
    }
  }
  return problems;
};
