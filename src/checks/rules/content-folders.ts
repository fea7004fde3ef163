/**
 * Files and folders directly under content/ that no collection reads: the
 * site would ignore them without a word. The usual slip is a folder named
 * after the site's section (content/eventos/) instead of the collection
 * (content/events/).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SECTIONS } from '../../lib/paths.ts';
import { closest, toId } from '../../lib/suggest.ts';
import { COLLECTIONS } from '../../schemas/shared.ts';
import type { Problem } from '../problem.ts';
import type { ProjectRule } from './rule.ts';

export const contentFolders: ProjectRule = ({ root }) => {
  const folder = join(root, 'content');
  if (!existsSync(folder)) return [];
  const problems: Problem[] = [];
  for (const name of readdirSync(folder)) {
    if ((COLLECTIONS as readonly string[]).includes(name) || name === 'translations' || name === 'README.md' || name.startsWith('_') || name.startsWith('.')) continue;
    const bySection = COLLECTIONS.find((c) => SECTIONS[c] === toId(name));
    const guess = bySection ?? closest(name, COLLECTIONS);
    problems.push({
      file: `content/${name}`,
      line: 0,
      column: 0,
      field: '',
      message: 'Ninguna colección lee esto: el sitio lo ignoraría',
      hint: guess ? `los documentos de esa clase van en content/${guess}/` : `cada documento va en una de: ${COLLECTIONS.map((c) => `content/${c}/`).join(', ')}`,
    });
  }
  return problems;
};
