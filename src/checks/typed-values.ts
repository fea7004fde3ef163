/**
 * A text field given a value that YAML reads as something else. Unquoted,
 * `2019-07-09` is a date to the build's YAML reader, `2020` a number and
 * `true` a yes: the schema finds no text where it wants one, and Zod says
 * "expected string, received object", naming a type the editor never wrote.
 * What the value was read as, and the quotes that keep it text, are what
 * the editor needs.
 */
import { isScalar, Scalar } from 'yaml';
import type { SourceFile } from './source-file.ts';
import { quoted } from './yaml-lines.ts';

export interface TypedValue {
  line: number;
  column: number;
  message: string;
  hint: string;
}

/**
 * `input`: what the schema got at `path` where it expected text. Undefined
 * unless it is one value written without quotes (an empty field or a list
 * has its own message).
 */
export function typedValue(file: SourceFile, path: readonly PropertyKey[], input: unknown): TypedValue | undefined {
  if (input === null || input === undefined || typeof input === 'string' || Array.isArray(input)) return undefined;
  // The node itself (keepScalar), to read where and how its value is written.
  const node = file.document?.getIn(path, true);
  if (!isScalar(node) || node.type !== Scalar.PLAIN || !node.range) return undefined;
  const start = file.yamlOffset + node.range[0];
  const written = file.text.slice(start, file.yamlOffset + node.range[1]);
  const before = file.text.slice(0, start).split('\n');
  const line = file.text.split('\n')[before.length - 1] ?? '';
  return {
    line: before.length,
    column: before.at(-1)!.length + 1,
    message: `El valor ${readAs(input)}`,
    hint: `póngalo entre comillas: ${quoted(line.replace(/\r$/, ''), written)}`,
  };
}

function readAs(input: unknown): string {
  if (input instanceof Date) return 'parece una fecha y se leería como fecha';
  if (typeof input === 'number') return 'parece un número y se leería como número';
  if (typeof input === 'boolean') return 'se leería como true o false, no como texto';
  return 'se leería como otro tipo de dato, no como texto';
}
