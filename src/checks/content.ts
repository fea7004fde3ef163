/**
 * The content check: every problem in every file under `content/`, at once.
 * `npm run check` prints what this returns; the build runs it first and
 * stops on any problem, so the two can never disagree. Node-only.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { closest, toId } from '../lib/suggest.ts';
import { COLLECTIONS, type CollectionName, schemas } from '../schemas/index.ts';
import { ID_PATTERN, type ReferenceFactory } from '../schemas/shared.ts';
import { byPosition, type Problem } from './problem.ts';
import { keysAt } from './schema-keys.ts';
import { locate, readSource, type SourceFile } from './source-file.ts';
import { describeIssue } from './zod-messages.ts';

const EXTENSIONS = ['.md', '.mdx'];

const COLLECTION_NAMES_ES: Record<CollectionName, string> = {
  organizations: 'la organización',
  groups: 'el grupo de trabajo',
  updates: 'el avance',
  meetings: 'la reunión',
  events: 'el evento',
  positions: 'el posicionamiento',
};

interface Entry {
  collection: CollectionName;
  id: string;
  source: SourceFile;
}

/** Checks the content folder of the project at `root`; returns problems sorted by file and line. */
export function checkContent(root: string): Problem[] {
  const problems: Problem[] = [];
  const entries: Entry[] = [];
  for (const collection of COLLECTIONS) {
    entries.push(...readCollection(root, collection, problems));
  }
  const ids = new Map<CollectionName, Set<string>>(COLLECTIONS.map((c) => [c, new Set<string>()]));
  for (const entry of entries) ids.get(entry.collection)!.add(entry.id);

  const bySchema = schemas(checkedReference(ids));
  for (const entry of entries) {
    const { source } = entry;
    for (const p of source.readProblems) problems.push({ file: source.path, field: '', ...p });
    if (source.data === undefined) continue;
    const schema = bySchema[entry.collection] as z.ZodType;
    const result = schema.safeParse(source.data, { reportInput: true });
    if (!result.success) problems.push(...schemaProblems(source, schema, result.error.issues));
  }
  return problems.sort(byPosition);
}

function readCollection(root: string, collection: CollectionName, problems: Problem[]): Entry[] {
  const folder = join(root, 'content', collection);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const entries: Entry[] = [];
  const seen = new Map<string, string>();
  for (const name of names.sort()) {
    const path = relative(root, join(folder, name)).replaceAll('\\', '/');
    const problem = (message: string, hint: string) => problems.push({ file: path, line: 0, column: 0, field: '', message, hint });
    if (name.startsWith('_') || name.startsWith('.')) continue;
    if (statSync(join(folder, name)).isDirectory()) {
      problem('Hay una carpeta dentro de la colección', `mueva sus archivos directamente a content/${collection}/`);
      continue;
    }
    const dot = name.lastIndexOf('.');
    const stem = dot > 0 ? name.slice(0, dot) : name;
    const extension = dot > 0 ? name.slice(dot) : '';
    if (!EXTENSIONS.includes(extension)) {
      const fix = EXTENSIONS.includes(extension.toLowerCase()) || extension === '.markdown' ? `renómbrelo a ${toId(stem)}.md` : 'guárdelo como .md, o fuera de content/ si no es un documento';
      problem(`Extensión «${extension || '(ninguna)'}» no reconocida: el sitio ignoraría este archivo`, fix);
      continue;
    }
    if (!ID_PATTERN.test(stem)) {
      problem(`El nombre del archivo «${name}» no sirve como identificador`, `use minúsculas sin tildes y guiones: ${toId(stem) || 'nombre-del-documento'}${extension}`);
      continue;
    }
    const twin = seen.get(stem);
    if (twin) {
      problem(`Identificador repetido: «${twin}» y «${name}» serían la misma página`, 'deje uno solo o cambie el nombre de uno de los dos');
      continue;
    }
    seen.set(stem, name);
    entries.push({ collection, id: stem, source: readSource(path, readFileSync(join(folder, name))) });
  }
  return entries;
}

/** A reference schema that knows every id, so a missing one is an issue at its exact path. */
function checkedReference(ids: Map<CollectionName, Set<string>>): ReferenceFactory {
  return (collection) =>
    z.string().min(1).superRefine((id, ctx) => {
      const known = ids.get(collection)!;
      if (known.has(id)) return;
      const guess = closest(id, known);
      ctx.addIssue({
        code: 'custom',
        message: `No existe ${COLLECTION_NAMES_ES[collection]} «${id}» (content/${collection}/${id}.md): ${
          guess ? `¿quiso decir «${guess}»?` : `escriba el nombre de un archivo de content/${collection}/ sin la extensión`
        }`,
      });
    });
}

function schemaProblems(source: SourceFile, schema: z.ZodType, issues: readonly z.core.$ZodIssue[]): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        const guess = closest(key, keysAt(schema, issue.path));
        problems.push({
          file: source.path,
          ...locate(source, path),
          field: path.join('.'),
          message: `Campo desconocido «${key}»`,
          hint: guess ? `¿quiso decir «${guess}»?` : `bórrelo o corrija su nombre (campos válidos: ${keysAt(schema, issue.path).join(', ')})`,
        });
      }
      continue;
    }
    const field = issue.path.map(String).join('.');
    problems.push({ file: source.path, ...locate(source, issue.path), field, ...describeIssue(issue, field) });
  }
  return problems;
}
