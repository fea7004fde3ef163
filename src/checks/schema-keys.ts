/**
 * The field names a schema accepts at a given path, so an unknown key can be
 * answered with the one the editor meant ("titel" → "title"); every field
 * name there is; and the schema of one value, to ask whether it would take
 * another.
 */
import type { z } from 'astro/zod';

type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; in?: z.ZodType; options?: z.ZodType[] };

function def(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** Unwraps optional, default, pipes and the like down to the schema that holds data. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let depth = 0; depth < 20; depth++) {
    const d = def(current);
    const inner = d.innerType ?? (d.type === 'pipe' ? d.in : undefined);
    if (!inner) return current;
    current = inner;
  }
  return current;
}

export function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const at = schemaAt(schema, path);
  const d = at && def(unwrap(at));
  return d?.type === 'object' && d.shape ? Object.keys(d.shape) : [];
}

/**
 * Every field name in `schema`, at any depth: of its groups, of the records
 * in its lists, of each form a value may take.
 */
export function fieldNames(schema: z.ZodType): string[] {
  const names = new Set<string>();
  const visit = (current: z.ZodType, depth: number) => {
    if (depth > 20) return;
    const d = def(unwrap(current));
    if (d.type === 'object') {
      for (const [key, value] of Object.entries(d.shape ?? {})) {
        names.add(key);
        visit(value, depth + 1);
      }
    } else if (d.type === 'array' && d.element) visit(d.element, depth + 1);
    else if (d.type === 'union') for (const option of d.options ?? []) visit(option, depth + 1);
  };
  visit(schema, 0);
  return [...names];
}

/**
 * The schema of the value at `path` as its group declares it, optional,
 * default and refinements kept: to ask it about one value. Not unwrapped:
 * a date's pipe starts with a union that takes any text.
 */
export function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    if (!current) return undefined;
    const d = def(unwrap(current));
    if (d.type === 'object' && typeof key === 'string') current = d.shape?.[key];
    else if (d.type === 'array') current = d.element;
    else return undefined;
  }
  return current;
}
