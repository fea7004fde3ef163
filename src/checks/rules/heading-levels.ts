/**
 * The page's one first-level heading is the document's title, printed from
 * `title:` (or `name:`). A `# Heading` in the body would be a second one,
 * and screen-reader users, who move through a page by its headings, would
 * meet two titles. Sections of the text start at `##`. (Underlined headings,
 * `Título` over a line of `=`, are first-level too.)
 */
import type { Heading } from 'mdast';
import { filePoint, nodesOf } from '../body.ts';
import type { Problem } from '../problem.ts';
import { BODY, type DocumentRule } from './rule.ts';

export const headingLevels: DocumentRule = ({ source, tree }) => {
  if (!tree) return [];
  const problems: Problem[] = [];
  for (const heading of nodesOf<Heading>(tree, ['heading'])) {
    if (heading.depth !== 1) continue;
    const text = nodesOf<{ type: 'text'; value: string }>(heading, ['text'])
      .map((node) => node.value)
      .join('')
      .trim();
    problems.push({
      file: source.path,
      ...filePoint(source, heading.position?.start),
      field: BODY,
      message: 'Título de primer nivel (#) en el texto: la página ya tiene uno, el título del documento',
      hint: `empiece las secciones con ##: «## ${text || 'Sección'}»`,
    });
  }
  return problems;
};
