/**
 * The content check: every problem in every file under `content/`, at once.
 * `npm run check` prints what this returns; the build runs it first and
 * stops on any problem, so the two can never disagree. First each file is
 * read (encoding, frontmatter, YAML) and validated by its collection's
 * schema; then the rules in `rules/` look at what schemas cannot see
 * (bodies, links, images, consent), each body parsed once for all of them.
 * A document that has not changed since the last run, nor anything it is
 * checked against, is not checked again: its problems come from the cache
 * (cache.ts). Node-only.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { z } from 'astro/zod';
import type { Node } from 'yaml';
import { siteBase } from '../lib/paths.ts';
import { closest, toId } from '../lib/suggest.ts';
import { COLLECTIONS, type CollectionName, idReference, schemas } from '../schemas/index.ts';
import { ID_PATTERN, type ReferenceFactory } from '../schemas/shared.ts';
import { translationSchema } from '../schemas/translations.ts';
import { parseBody } from './body.ts';
import { openCache } from './cache.ts';
import { fieldForSpanish } from './field-synonyms.ts';
import { dashedList, unindentedContinuation } from './header-slips.ts';
import { invisibleIn } from './invisible.ts';
import { byPosition, type Problem } from './problem.ts';
import { DOCUMENT_RULES, PROJECT_RULES } from './rules/index.ts';
import type { Context, Document } from './rules/rule.ts';
import { fieldNames, keysAt, schemaAt } from './schema-keys.ts';
import { renamedIn } from './git-renames.ts';
import { missingEntry, type OrganizationFacets, type SiteMap, siteMap } from './site-map.ts';
import { locate, readSource, type SourceFile } from './source-file.ts';
import { cutByComment } from './trailing-comments.ts';
import { readTranslations, type TranslationFile } from './translations.ts';
import { typedValue } from './typed-values.ts';
import { commentedValue } from './yaml-errors.ts';
import type { TextGoesOn } from './yaml-lines.ts';
import { describeIssue, invisibleInValue } from './zod-messages.ts';

const EXTENSIONS = ['.md', '.mdx'] as const;

export interface CheckOptions {
  /** The day consents are judged on, `YYYY-MM-DD`; today (UTC) by default. Tests pin it. */
  today?: string | undefined;
  /** The base path the site is published under; `/` by default. */
  base?: string | undefined;
  /** Where results are kept between runs (cache.ts): Astro's `cacheDir`, `.astro/cache/` by default; `false` keeps nothing. */
  cacheDir?: string | false | undefined;
}

interface Entry {
  collection: CollectionName;
  id: string;
  extension: (typeof EXTENSIONS)[number];
  /** Project-relative path. */
  path: string;
  bytes: Uint8Array;
}

/** Checks the content folder of the project at `root`; returns problems sorted by file and line. */
export function checkContent(projectRoot: string, options: CheckOptions = {}): Problem[] {
  const root = resolve(projectRoot);
  const problems: Problem[] = [];
  const { entries, translations, site } = readProject(root, problems);
  const context: Context = {
    root,
    site,
    today: options.today ?? new Date().toISOString().slice(0, 10),
    base: siteBase(options.base),
  };
  const cache = openCache(options.cacheDir === false ? undefined : (options.cacheDir ?? join(root, '.astro', 'cache')), context);
  const bySchema = schemas(checkedReference(context)) as Record<CollectionName, z.ZodType>;
  const all = [...entries.map((entry) => ({ entry, schema: bySchema[entry.collection] })), ...translations.map((entry) => ({ entry, schema: translationSchema }))];
  for (const { entry, schema } of all) {
    const cached = cache.get(entry.path, entry.bytes);
    if (cached) {
      problems.push(...cached);
      continue;
    }
    const found = checkDocument(entry, context, schema);
    cache.set(entry.path, entry.bytes, found);
    problems.push(...found);
  }
  cache.save();
  for (const rule of PROJECT_RULES) problems.push(...rule(context));
  return problems.sort(byPosition);
}

/**
 * Every document and translation under `content/`, and the site map they
 * make (every page the build will write), before any document is checked;
 * what is wrong with a file's name or place goes to `problems`.
 */
function readProject(root: string, problems: Problem[]): { entries: Entry[]; translations: TranslationFile[]; site: SiteMap } {
  const entries: Entry[] = [];
  for (const collection of COLLECTIONS) {
    entries.push(...readCollection(root, collection, problems));
  }
  const ids = new Map<CollectionName, Set<string>>(COLLECTIONS.map((c) => [c, new Set<string>()]));
  for (const entry of entries) ids.get(entry.collection)!.add(entry.id);
  const { names, organizations } = factsOf(entries);
  // Translations are documents too (content/translations/, translations.ts), with their own schema, and pages of their own.
  const translations = readTranslations(root, { ids, names }, problems);
  // `en/meetings/x` for content/translations/en/meetings/x.md, published at /en/reuniones/x/.
  const translated = new Set(translations.map((t) => t.path.replace(/^content\/translations\/|\.md$/g, '')));
  return { entries, translations, site: siteMap(root, ids, { names, organizations, translations: translated, renamed: renamedIn(root) }) };
}

/** The pages of the site at `projectRoot` as the check knows them: for tests that compare it with a build. */
export function projectSiteMap(projectRoot: string): SiteMap {
  return readProject(resolve(projectRoot), []).site;
}

/** Everything wrong inside one document: reading, schema, then each rule. */
function checkDocument(entry: Entry | TranslationFile, context: Context, schema: z.ZodType): Problem[] {
  const problems: Problem[] = [];
  const source = readSource(entry.path, entry.bytes, textGoesOn(schema));
  for (const p of source.readProblems) problems.push({ file: source.path, field: '', ...p });
  let data: Record<string, unknown> | undefined;
  let issues: readonly z.core.$ZodIssue[] = [];
  if (source.data !== undefined) {
    const result = schema.safeParse(source.data, { reportInput: true });
    issues = result.error?.issues ?? [];
    const published = onlyAsPublished(source, schema, issues);
    if (result.success && !published.length) data = result.data as Record<string, unknown>;
    else problems.push(...schemaProblems(source, schema, [...issues, ...published]));
    // A « #» cuts a value only where the field would have taken the whole line as its text (trailing-comments.ts).
    const takesText = (path: readonly string[], text: string) => !issuesAt(schema, withValue(source.data, path, text), path);
    for (const cut of cutByComment(source, takesText)) problems.push({ file: source.path, ...cut });
  }
  const { collection, id, extension } = entry;
  const namedInvisible = invisibleNamed(source, issues);
  const document: Document = { collection, id, extension, source, ...parseBody(source.body, extension), data, namedInvisible };
  for (const rule of DOCUMENT_RULES) problems.push(...rule(document, context));
  return problems;
}

/**
 * What the schema refuses only in the build's reading of the frontmatter
 * (astro-frontmatter.ts): `title: 2019-07-09` is text to our reader and a
 * Date to Astro's. Issues at a field already reported are the same mistake
 * read twice (an impossible date is refused here; Astro's reader has
 * already made it another day).
 */
function onlyAsPublished(source: SourceFile, schema: z.ZodType, reported: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  if (source.published === undefined) return [];
  const result = schema.safeParse(source.published, { reportInput: true });
  if (result.success) return [];
  const seen = reported.map((issue) => issue.path.join('.'));
  return result.error.issues.filter((issue) => {
    const path = issue.path.join('.');
    return !seen.some((other) => other === path || path.startsWith(`${other}.`) || other.startsWith(`${path}.`));
  });
}

/**
 * Where in the file's text a value stands whose schema message already
 * names its invisible character: an id with one (`familia` with a U+200B
 * inside) is told so by its reference (site-map.ts `missingEntry`), a value
 * of a list or a date by its own message (zod-messages.ts
 * `invisibleInValue`), and the rule that finds invisible characters
 * (rules/control-characters.ts) leaves it there, or the one mistake would
 * be two lines.
 */
function invisibleNamed(source: SourceFile, issues: readonly z.core.$ZodIssue[]): [number, number][] {
  return issues.flatMap((issue) => {
    const named = issue.code === 'custom' && (issue.params as { invisible?: unknown } | undefined)?.invisible === true;
    if (!named && !invisibleInValue(issue)) return [];
    const range = (source.document?.getIn(issue.path, true) as Node | undefined)?.range;
    return range ? [[source.yamlOffset + range[0], source.yamlOffset + range[1]] as [number, number]] : [];
  });
}

/**
 * The schema's word on a header line `word: …` below a plain text, set
 * where the text may go on (yaml-lines.ts `TextGoesOn`): more of the text
 * when `word` is no field name, nor the Spanish for one (`Nota:`, not
 * `kind:` or `tipo:`), and the value takes the text joined (a summary
 * does; a kind, a date or an id does not). Any field name of the content
 * model, not only of the group the value is in: `city:` under a summary is
 * `place:`'s field set in the wrong place, and `date:` in a translation the
 * original's, copied; neither is text.
 */
function textGoesOn(schema: z.ZodType): TextGoesOn {
  return (path, word, text) => fieldForSpanish(word, FIELD_NAMES) === undefined && (schemaAt(schema, path)?.safeParse(text).success ?? false);
}

/** Every field name of the content model: of each collection and of translations, at any depth. */
const FIELD_NAMES = [...new Set([...Object.values(schemas(idReference)), translationSchema].flatMap((schema) => fieldNames(schema)))];

/** Whether the schema finds anything wrong at `path` of `data`. */
function issuesAt(schema: z.ZodType, data: unknown, path: readonly string[]): boolean {
  const field = path.join('.');
  return schema.safeParse(data).error?.issues.some((issue) => issue.path.join('.') === field) ?? false;
}

/** `data` with `value` at `path`, the rest shared: to ask the schema about one value. */
function withValue(data: unknown, [key, ...rest]: readonly string[], value: unknown): unknown {
  if (key === undefined) return value;
  const parent = (data ?? {}) as Record<string, unknown>;
  const copy = (Array.isArray(parent) ? [...parent] : { ...parent }) as Record<string, unknown>;
  copy[key] = withValue(parent[key], rest, value);
  return copy;
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
    if (!isDocument(extension)) {
      const fix = isDocument(extension.toLowerCase()) || extension === '.markdown'
        ? `renómbrelo a ${toId(stem)}.md`
        : /^\.(jpe?g|png|gif|webp|svg)$/i.test(extension)
          ? 'las imágenes van en public/imagenes/ y se declaran en el campo images del documento'
          : 'guárdelo como .md, o fuera de content/ si no es un documento';
      problem(`Extensión «${extension || '(ninguna)'}» no reconocida: el sitio ignoraría este archivo`, fix);
      continue;
    }
    if (!ID_PATTERN.test(stem) && names.includes(`${toId(stem)}${extension}`)) {
      problem(`«${name}» y «${toId(stem)}${extension}» solo se distinguen por mayúsculas o tildes: serían la misma página`, 'deje uno solo');
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
    entries.push({ collection, id: stem, extension, path, bytes: readFileSync(join(folder, name)) });
  }
  return entries;
}

function isDocument(extension: string): extension is Entry['extension'] {
  return (EXTENSIONS as readonly string[]).includes(extension);
}

/**
 * What organisations and groups are called, read from their top-level
 * `name:` and `acronym:` lines without parsing the YAML (that happens once
 * per file below): enough to answer a reference written as a name with its
 * id. Not titles: they change more often, and every change re-checks every
 * file (cache.ts). And each organisation's `kind:` and `membership:`, which
 * decide the directory's filter pages (a wrong value is the schema's to
 * report; here it only means no page).
 */
function factsOf(entries: readonly Entry[]): { names: Map<CollectionName, Map<string, string>>; organizations: OrganizationFacets[] } {
  const names = new Map<CollectionName, Map<string, string>>(COLLECTIONS.map((c) => [c, new Map()]));
  const organizations: OrganizationFacets[] = [];
  for (const { collection, id, bytes } of entries) {
    const text = UTF8.decode(bytes);
    const end = text.indexOf('\n---', 3);
    const facets = { kind: '', membership: '' };
    for (const [, key = '', value = ''] of (end < 0 ? text : text.slice(0, end)).matchAll(FACT_LINE)) {
      if (key === 'kind' || key === 'membership') {
        facets[key] = value.replace(/\s+#.*$/, '').replace(/^(["'])(.*)\1$/, '$2');
        continue;
      }
      const name = toId(value.replace(/^(["'])(.*)\1$/, '$2'));
      if (name) names.get(collection)!.set(name, id);
    }
    if (collection === 'organizations') organizations.push(facets);
  }
  return { names, organizations };
}

const FACT_LINE = /^(name|acronym|kind|membership): *(.+?) *$/gm;
const UTF8 = new TextDecoder();

/** A reference schema that knows every id, so a missing one is an issue at its exact path. */
function checkedReference({ site }: Context): ReferenceFactory {
  return (collection) =>
    z.string().min(1).superRefine((id, ctx) => {
      if (site.ids.get(collection)?.has(id)) return;
      const { message, hint } = missingEntry(site, collection, id);
      // The message names an invisible character in the id, if there is one: the check reports it no second time (invisibleNamed).
      ctx.addIssue({ code: 'custom', message: `${message}: ${hint}`, params: { invisible: invisibleIn(id) !== undefined } });
    });
}

function schemaProblems(source: SourceFile, schema: z.ZodType, issues: readonly z.core.$ZodIssue[]): Problem[] {
  const problems: Problem[] = [];
  // A misspelt required field is one mistake, not two: "tipo" where "kind" belongs
  // is reported once, at "tipo", and the "kind is missing" it causes is dropped.
  const renamed = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = keysAt(schema, issue.path);
    for (const key of issue.keys) {
      const path = [...issue.path, key];
      const guess = fieldForSpanish(key, known) ?? closest(key, known);
      if (guess) renamed.add([...issue.path, guess].join('.'));
      const where = locate(source, path);
      // A name with spaces no editor gives a field, nor a word that is no field name after a text that takes the line
      // (textGoesOn): the line goes on with the text above it, and «: » made it a field.
      const goesOn = guess ? undefined : unindentedContinuation(source.text.split('\n'), where.line - 1, 1, textGoesOn(schema));
      if (goesOn) {
        const { field = '', message, hint } = goesOn;
        problems.push({ file: source.path, ...where, field: [...issue.path, field].join('.'), message, hint });
        continue;
      }
      problems.push({
        file: source.path,
        ...where,
        field: path.join('.'),
        message: `Campo desconocido «${key}»`,
        hint: guess ? `¿quiso decir «${guess}»?` : `bórrelo o corrija su nombre (campos válidos: ${known.join(', ')})`,
      });
    }
  }
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') continue;
    const field = issue.path.map(String).join('.');
    if (issue.input === undefined && renamed.has(field)) continue;
    const typed = issue.code === 'invalid_type' && issue.expected === 'string' ? typedValue(source, issue.path, issue.input) : undefined;
    if (typed) {
      problems.push({ file: source.path, field, ...typed });
      continue;
    }
    const where = locate(source, issue.path);
    const first = issue.code === 'custom' ? (issue.params as { first?: unknown } | undefined)?.first : undefined;
    if (typeof first === 'number') {
      // A repeated id (shared.ts, references): said with the line of the first, for the editor to see both.
      const { line } = locate(source, [...issue.path.slice(0, -1), first]);
      problems.push({ file: source.path, ...where, field, message: `«${String(issue.input)}» repetido en «${String(issue.path.at(-2))}»: ya está en la línea ${line}`, hint: 'deje cada id una sola vez, o la página lo nombraría dos veces' });
      continue;
    }
    // `members:` over `– unicef` lines is one text to YAML: the dash is the mistake, at the line it is on.
    const dashed = issue.code === 'invalid_type' && issue.expected === 'array' && typeof issue.input === 'string' ? dashedList(source.text.split('\n'), where.line - 1) : undefined;
    if (dashed) {
      problems.push({ file: source.path, field, line: dashed.index + 1, column: dashed.column, message: dashed.message, hint: dashed.hint });
      continue;
    }
    const commented = issue.input === null ? commentedValue(source.text.split('\n')[where.line - 1] ?? '') : undefined;
    const path = issue.path.map(String);
    const accepts = (value: unknown) => !issuesAt(schema, withValue(source.data, path, value), path);
    problems.push({ file: source.path, ...where, field, ...(commented ?? describeIssue(issue, field, keysAt(schema, issue.path), accepts)) });
  }
  return problems;
}
