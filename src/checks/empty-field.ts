/**
 * A field written with nothing after its colon (`start:`, `kind:`, or `~`):
 * YAML reads it as null, and zod's issue names null as the value that is
 * wrong («Valor no válido null»). An editor needs to hear that the field is
 * empty and what goes there, and whether the line may simply go.
 */
import type { z } from 'astro/zod';
import type { Described } from './zod-messages.ts';

/** The precisions a date is written at, for the editor to write the one the source gives. */
export const DATE_PRECISIONS = "2025-03-14 (un día), 2025-03 (un mes), '2025-Q1' (un trimestre, entre comillas) o 2025";

/**
 * `accepts`: whether the schema takes a value where the issue is; it tells
 * an optional field (the line can go) and a date that must be a whole day.
 */
export function describeEmpty(issue: z.core.$ZodIssue, name: string, accepts: (value: unknown) => boolean): Described {
  const message = `El campo «${name}» está vacío`;
  const orDelete = accepts(undefined) ? ', o borre la línea' : '';
  if (issue.code === 'invalid_value') return { message, hint: `use uno de: ${issue.values.map(String).join(', ')}${orDelete}` };
  // The one union of the schemas is a date (`partialDate`): text, a year as a number, or a Date.
  if (issue.code === 'invalid_union') {
    const date = accepts('2025') ? `escriba la fecha de la fuente, con la precisión que dé: ${DATE_PRECISIONS}` : 'escriba la fecha con el día completo, AAAA-MM-DD';
    return { message, hint: `${date}${orDelete}` };
  }
  if (issue.code === 'invalid_type' && issue.expected === 'array') {
    return { message, hint: 'escriba debajo un elemento por línea, con «- » delante, o [] si la fuente no nombra ninguno' };
  }
  return { message, hint: `escriba su valor después de «${name}:»${orDelete}` };
}
