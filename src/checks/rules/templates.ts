/**
 * A folder's template (`_plantilla.md`) edited in place. The site and the
 * check skip every name that begins with `_`, so a document written into
 * the template would never be published, and nothing would say so: the
 * guide asks editors to copy it instead (content/README.md). Reported when
 * the file is not the text new-document.ts writes. A folder without a
 * template has no problem: its documents are what the site is made of.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toId } from '../../lib/suggest.ts';
import { COLLECTIONS } from '../../schemas/shared.ts';
import { template, TEMPLATE_FILE, templateStart } from '../new-document.ts';
import type { Problem } from '../problem.ts';
import type { ProjectRule } from './rule.ts';

const TITLE = /^(?:title|name):[ \t]*["']?(.*?)["']?[ \t]*$/m;

export const templates: ProjectRule = ({ root }) => {
  const problems: Problem[] = [];
  for (const collection of COLLECTIONS) {
    const file = `content/${collection}/${TEMPLATE_FILE}`;
    let text: string;
    try {
      text = readFileSync(join(root, file), 'utf8');
    } catch {
      continue;
    }
    if (text === template(collection, templateStart(collection))) continue;
    const id = toId(TITLE.exec(text)?.[1] ?? '');
    const name = id && !id.startsWith('escriba-aqui') ? `${id}.md` : 'nombre-del-documento.md';
    problems.push({
      file,
      line: 0,
      column: 0,
      field: '',
      message: 'La plantilla está cambiada, y lo que se escriba en ella no se publica: los archivos que empiezan por «_» se ignoran',
      hint: `guarde su texto como un documento nuevo, content/${collection}/${name}, y devuelva la plantilla a su texto de antes (en GitHub: «History», o npm run new -- --plantillas)`,
    });
  }
  return problems;
};
