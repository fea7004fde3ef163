/**
 * No page gives a child's full name, so no page can give it together with a
 * place. The practical rule the check enforces:
 * - a child named in a document is declared in `children:` with the given
 *   name only ("Ana", or "Ana P."), and a consent that has not expired (the
 *   schema refuses surnames; this rule checks the dates);
 * - in the body and in every text field, a declared name followed by a
 *   capitalised word ("Ana Pérez") is refused;
 * - so are two or more capitalised words right after a word for a child
 *   ("la niña Ana Pérez", "el adolescente Juan Gómez") or right before an age
 *   under 18 ("Ana Pérez, 12 años", "Juan Gómez (15 años)").
 * Limits, said plainly: a full name written with no such cue ("Ana Pérez
 * habló en el foro") cannot be told from an adult's name and is not caught;
 * a compound given name after a child word ("la niña María José") is
 * refused although it has no surname (write "María J." or one name).
 * The editor remains responsible; the check catches the usual slips.
 */
import type { Problem } from '../problem.ts';
import { stringFields } from '../source-file.ts';
import { consentProblems } from './consent.ts';
import { BODY, type DocumentRule } from './rule.ts';

interface NamedChild {
  name: string;
  consent?: { date: string; expires: string };
}

const NAME = String.raw`\p{Lu}[\p{Ll}'’]+`;
const FULL_NAME = String.raw`${NAME}(?:\s+(?:de\s+(?:la\s+|los\s+)?)?${NAME})+`;
const CHILD_WORD = String.raw`(?:[Nn]iñ[oa]s?|[Cc]hic[oa]s?|[Aa]dolescentes?|[Jj]oven|[Jj]óvenes|[Mm]enor(?:es)?|[Ee]studiantes?|[Aa]lumn[oa]s?|[Hh]ij[oa]s?|[Bb]ebés?|[Nn]iet[oa]s?)`;

const AFTER_CHILD_WORD = new RegExp(String.raw`(?<![\p{L}])${CHILD_WORD}\s+(?:de\s+\d{1,2}\s+años,?\s+)?(${FULL_NAME})`, 'gu');
const CHILD_WORD_ANYWHERE = new RegExp(CHILD_WORD, 'u');
const BEFORE_AGE = new RegExp(String.raw`(${FULL_NAME})\s*[,(]\s*(?:de\s+)?(\d{1,2})\s+años`, 'gu');

/** Full names of children found in `text`, by offset. */
export function childFullNames(text: string, declared: readonly string[]): { offset: number; name: string }[] {
  const found: { offset: number; name: string }[] = [];
  // Both patterns try a name at every capital letter; most lines have no word they need, and a plain search says so first.
  if (CHILD_WORD_ANYWHERE.test(text)) for (const match of text.matchAll(AFTER_CHILD_WORD)) found.push({ offset: match.index + match[0].indexOf(match[1]!), name: match[1]! });
  for (const match of text.includes('años') ? text.matchAll(BEFORE_AGE) : []) {
    if (Number(match[2]) >= 18) continue;
    // "Habló Mateo Quispe, 14 años": a sentence's first word is capitalised too; three or more words there are a word plus a name.
    const words = match[1]!.split(/\s+/);
    const sentenceStart = /(?:^|[.!?:;]\s*)$/.test(text.slice(0, match.index));
    const skip = sentenceStart && words.length >= 3 ? words[0]!.length + 1 : 0;
    found.push({ offset: match.index + skip, name: match[1]!.slice(skip).trim() });
  }
  for (const given of declared) {
    const first = given.split(' ')[0]!;
    const pattern = new RegExp(String.raw`(?<![\p{L}])${first}\s+(?:de\s+(?:la\s+|los\s+)?)?${NAME}`, 'gu');
    for (const match of text.matchAll(pattern)) found.push({ offset: match.index, name: match[0] });
  }
  // One report per place, even when two patterns see the same name.
  return [...new Map(found.map((f) => [f.offset, f])).values()].sort((a, b) => a.offset - b.offset);
}

export const children: DocumentRule = ({ source, data }, { today }) => {
  const named = (data?.['children'] ?? []) as NamedChild[];
  const problems: Problem[] = [];
  named.forEach((child, i) => problems.push(...consentProblems(source, ['children', i, 'consent'], child.consent, today, `para nombrar a ${child.name}`)));

  const declared = named.map((c) => c.name);
  const report = (name: string, at: { line: number; column: number }, field: string) =>
    problems.push({
      file: source.path,
      ...at,
      field,
      message: `Posible nombre completo de una niña, un niño o adolescente: «${name}»`,
      hint: `escriba solo el nombre de pila («${name.split(/\s+/)[0]}») y declárelo en children: con su consentimiento`,
    });

  for (const { field, value, line, column } of stringFields(source)) {
    if (/^children\.\d+\.name$|\.consent\.|\.src$/.test(field)) continue;
    for (const hit of childFullNames(value, declared)) report(hit.name, { line, column }, field);
  }
  source.body.split('\n').forEach((text, i) => {
    for (const hit of childFullNames(text, declared)) report(hit.name, { line: source.bodyFirstLine + i, column: hit.offset + 1 }, BODY);
  });
  return problems;
};
