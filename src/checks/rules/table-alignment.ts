/**
 * Aligned table columns (`|:---:|`) become `style="text-align: …"` on every
 * cell, which the site's Content-Security-Policy blocks: the alignment would
 * be lost and the browser would report a violation on every page load. The
 * site's stylesheet aligns tables; documents leave it to it.
 */
import type { Table } from 'mdast';
import { visit } from 'unist-util-visit';
import { filePoint } from '../body.ts';
import type { Problem } from '../problem.ts';
import { BODY, type DocumentRule } from './rule.ts';

export const tableAlignment: DocumentRule = ({ source, tree }) => {
  if (!tree) return [];
  const problems: Problem[] = [];
  visit(tree, 'table', (node: Table) => {
    if (!node.align?.some((align) => align !== null)) return;
    const start = filePoint(source, node.position?.start);
    problems.push({
      file: source.path,
      line: start.line + 1,
      column: 1,
      field: BODY,
      message: 'Tabla con columnas alineadas (:---:): la política de seguridad del sitio bloquearía ese estilo',
      hint: 'quite los dos puntos de la línea de guiones: | --- | --- |',
    });
  });
  return problems;
};
