/**
 * No page gives a child's full name, so no page can give it together with a
 * place, and no page names a child whose family has not agreed to it. The
 * practical rule the check enforces:
 * - a child named in a document is declared in `children:` with the given
 *   name only ("Ana", or "Ana P."), and a consent that has not expired (the
 *   schema refuses surnames; this rule checks the dates);
 * - in the body and in every text field, a full name that reads as a
 *   child's is refused, and so is a given name that reads as a child's and
 *   is not declared («la niña Camila, de Quito» with no `children:`). What
 *   reads as a child's name, and what does not, is in child-names.ts.
 * Limits, said plainly: a full name written with no cue ("Ana Pérez habló
 * en el foro") cannot be told from an adult's name and is not caught; a
 * compound given name after a child word ("la niña María José") is refused
 * although it has no surname (write "María J." or one name), and a false
 * alarm has no switch to silence it: rewrite the sentence. The editor
 * remains responsible; the check catches the usual slips.
 */
import { childNames } from '../child-names.ts';
import type { Problem } from '../problem.ts';
import { stringFields } from '../source-file.ts';
import { consentProblems } from './consent.ts';
import { BODY, type DocumentRule } from './rule.ts';

interface NamedChild {
  name: string;
  consent?: { date: string; expires: string };
}

export const children: DocumentRule = ({ source, data }, { today }) => {
  const named = (data?.['children'] ?? []) as NamedChild[];
  const problems: Problem[] = [];
  named.forEach((child, i) => problems.push(...consentProblems(source, ['children', i, 'consent'], child.consent, today, `para nombrar a ${child.name}`)));

  const declared = named.map((c) => c.name);
  const report = ({ name, full }: { name: string; full: boolean }, at: { line: number; column: number }, field: string) =>
    problems.push({
      file: source.path,
      ...at,
      field,
      ...(full
        ? {
            message: `Posible nombre completo de una niña, un niño o adolescente: «${name}»`,
            hint: `escriba solo el nombre de pila («${name.split(/\s+/)[0]}») y declárelo en children: con su consentimiento`,
          }
        : {
            message: `Nombre de una niña, un niño o adolescente que no está declarado: «${name}»`,
            hint: `declárelo en children: (name: ${name}) con su consentimiento, o no lo nombre`,
          }),
    });

  for (const { field, value, line, column } of stringFields(source)) {
    if (/^children\.\d+\.name$|\.consent\.|\.src$/.test(field)) continue;
    for (const hit of childNames(value, declared)) report(hit, { line, column }, field);
  }
  source.body.split('\n').forEach((text, i) => {
    for (const hit of childNames(text, declared)) report(hit, { line: source.bodyFirstLine + i, column: hit.offset + 1 }, BODY);
  });
  return problems;
};
