/**
 * Aligned table columns (`|:---:|`) become `style="text-align: …"` on every
 * cell, which the site's Content-Security-Policy blocks: the alignment would
 * be lost and the browser would report a violation on every page load. The
 * site's stylesheet aligns tables; documents leave it to it.
 *
 * Read from the lines rather than the parsed body, so a body whose only
 * markup is a table need not be parsed: a GitHub table's delimiter row is
 * unmistakable (pipes, hyphens, colons, nothing else), and code is blanked
 * out first.
 */
import { maskCode } from '../body.ts';
import type { Problem } from '../problem.ts';
import { BODY, type DocumentRule } from './rule.ts';

/** Only pipes, hyphens, colons and spaces, with at least one pipe: `| :--- | ---: |`. */
const DELIMITER_ROW = /^[\s|:-]*\|[\s|:-]*$/;
/** A colon against a hyphen is an alignment. */
const ALIGNED = /:-|-:/;

export const tableAlignment: DocumentRule = ({ source }) => {
  if (!source.body.includes('|')) return [];
  const problems: Problem[] = [];
  maskCode(source.body)
    .split('\n')
    .forEach((line, i) => {
      if (!DELIMITER_ROW.test(line) || !ALIGNED.test(line)) return;
      problems.push({
        file: source.path,
        line: source.bodyFirstLine + i,
        column: 1,
        field: BODY,
        message: 'Tabla con columnas alineadas (:---:): la política de seguridad del sitio bloquearía ese estilo',
        hint: 'quite los dos puntos de la línea de guiones: | --- | --- |',
      });
    });
  return problems;
};
