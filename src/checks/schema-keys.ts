/**
 * The field names a schema accepts at a given path, so an unknown key can be
 * answered with the one the editor meant ("titel" → "title").
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
  let current: z.ZodType | undefined = unwrap(schema);
  for (const key of path) {
    if (!current) return [];
    const d = def(current);
    if (d.type === 'object' && typeof key === 'string') current = d.shape?.[key];
    else if (d.type === 'array') current = d.element;
    else return [];
    current = current && unwrap(current);
  }
  const d = current && def(current);
  return d?.type === 'object' && d.shape ? Object.keys(d.shape) : [];
}
