/**
 * `npm run new` fills the fields an editor must write with a guide that
 * begins «Escriba aquí» (scripts/new.ts). Those guides are valid text, so
 * without this rule a document nobody finished would publish them as its
 * summary. Each one left is a problem, at its line: after `npm run new`,
 * `npm run check` is the list of what is still to write. The same for a
 * translation started with `npm run new -- traduccion`: its guides stand
 * where the translated texts go, so untranslated it never publishes.
 */
import type { Problem } from '../problem.ts';
import { stringFields } from '../source-file.ts';
import { BODY, type DocumentRule } from './rule.ts';

/** How every guide `npm run new` writes begins. */
export const PLACEHOLDER = 'Escriba aquí';

export const placeholders: DocumentRule = ({ source }) => {
  const problems: Problem[] = [];
  // A translation's guides (`npm run new -- traduccion`) stand where the translated text goes.
  const hint = source.path.startsWith('content/translations/') ? 'cámbielo por su traducción' : 'cámbielo por el contenido real';
  for (const { field, value, line, column } of stringFields(source)) {
    if (!value.includes(PLACEHOLDER)) continue;
    problems.push({ file: source.path, line, column, field, message: 'Falta escribir este campo: aún tiene el texto de ejemplo («Escriba aquí…»)', hint });
  }
  const at = source.body.indexOf(PLACEHOLDER);
  if (at >= 0) {
    const line = source.bodyFirstLine + source.body.slice(0, at).split('\n').length - 1;
    problems.push({ file: source.path, line, column: at - source.body.lastIndexOf('\n', at - 1), field: BODY, message: 'Falta escribir el texto: aún tiene el texto de ejemplo («Escriba aquí…»)', hint });
  }
  return problems;
};
