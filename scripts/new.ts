/**
 * `npm run new -- <colección> "<título>"`: starts a document so no editor
 * copies an old one. Writes content/<collection>/<id>.md with the id made
 * from the title (lower case, no accents, hyphens), every required field
 * with a value its schema accepts, and a Spanish comment above each field
 * saying what goes there. What only the editor can write starts as a guide
 * that `npm run check` refuses until it is replaced (checks/rules/placeholders.ts):
 * «Escriba aquí…» for texts, «AAAA-MM-DD» for the date (today's, written in
 * for them, went unnoticed when it was wrong), and «id-del-grupo» for an
 * update's group unless the title names one. Never overwrites: if the id is
 * taken (in any spelling), it stops and says so.
 *
 * The collection may be named as the folder (events) or as the section of
 * the site (eventos).
 *
 * `npm run new -- traduccion <pt|en> <colección>/<id>` starts a translation
 * of that original instead, in content/translations/<lang>/<collection>/<id>.md
 * (src/schemas/translations.ts): a guide the check refuses in each text to
 * translate, the original's text quoted in the comment above it. The
 * original may also be named by its path (content/groups/migraciones.md).
 *
 * `npm run new -- --plantillas` writes each collection's `_plantilla.md`
 * instead (src/checks/new-document.ts), for editors who start a document in the Git
 * host's web editor; run it after changing what a new document holds.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { template, TEMPLATE_FILE, templateStart, translationTemplate } from '../src/checks/new-document.ts';
import { COLLECTION_NAMES_ES, LANGUAGE_NAMES_ES } from '../src/checks/site-map.ts';
import { readSource } from '../src/checks/source-file.ts';
import { SECTIONS } from '../src/lib/paths.ts';
import { closest, toId } from '../src/lib/suggest.ts';
import { COLLECTIONS, type CollectionName } from '../src/schemas/shared.ts';
import { TRANSLATION_LANGUAGES, type TranslationLanguage } from '../src/schemas/translations.ts';

const TRANSLATION_USAGE = 'npm run new -- traduccion <pt|en> <colección>/<id>   (p. ej. npm run new -- traduccion en grupos/migraciones)';
const USAGE = `Uso: npm run new -- <colección> "<título>"   (p. ej. npm run new -- eventos "Foro regional de niñez 2025")\n  o: ${TRANSLATION_USAGE}`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const root = process.cwd();

if (process.argv[2] === '--plantillas') {
  for (const collection of COLLECTIONS) writeFileSync(join(root, 'content', collection, TEMPLATE_FILE), template(collection, templateStart(collection)));
  console.log(`Plantillas escritas: ${COLLECTIONS.map((c) => `content/${c}/${TEMPLATE_FILE}`).join(', ')}`);
  process.exit(0);
}

const [name = '', ...words] = process.argv.slice(2);
if (toId(name) === 'traduccion') newTranslation(words);
const title = words.join(' ').trim();
if (!name || !title) fail(USAGE);

const collection = collectionNamed(name) ?? fail(`${unknownCollection(name)}\n${USAGE}`);

const id = shorten(toId(title));
if (!id) fail(`El título «${title}» no deja ningún nombre de archivo: use letras o números.`);

const folder = join(root, 'content', collection);
// Drafts and templates (a name that begins with «_») are not documents, and have no id to take.
const existing = existsSync(folder) ? readdirSync(folder).filter((file) => /^[^_.]/.test(file)) : [];
const taken = existing.find((file) => toId(file.replace(/\.[^.]*$/, '')) === id);
if (taken) fail(`Ya existe content/${collection}/${taken}: no se sobrescribe. Edite ese archivo, o elija otro título.`);

const groups = ids('groups');
if (collection === 'updates' && groups.length === 0) {
  fail('Un avance pertenece a un grupo de trabajo y aún no hay ninguno: cree primero el grupo, con npm run new -- grupos "Nombre del grupo".');
}

const path = join(folder, `${id}.md`);
// «Avance del Grupo Migraciones» belongs to migraciones; a title that names no group leaves the choice to the editor.
const group = groups.find((g) => `-${id}-`.includes(`-${g}-`));
writeFileSync(path, template(collection, { title, date: 'AAAA-MM-DD', groups, group }), { flag: 'wx' });
console.log(`Creado content/${collection}/${id}.md\nÁbralo, complete cada campo siguiendo los comentarios (las líneas que empiezan por #) y compruébelo con: npm run check`);

/** The collection named as its folder (events) or as its section of the site (eventos). */
function collectionNamed(name: string): CollectionName | undefined {
  return COLLECTIONS.find((c) => c === name || SECTIONS[c] === toId(name));
}

function unknownCollection(name: string): string {
  const guess = closest(name, COLLECTIONS.flatMap((c) => [SECTIONS[c], c]));
  return `Colección desconocida «${name}»${guess ? `: ¿quiso decir «${guess}»?` : ''}\nUse una de: ${COLLECTIONS.map((c) => `${SECTIONS[c]} (${c})`).join(', ')}.`;
}

/** The ids of a collection's documents: its files' names, without drafts and templates. */
function ids(c: CollectionName): string[] {
  const folder = join(root, 'content', c);
  return existsSync(folder) ? readdirSync(folder).filter((f) => /^[^_.].*\.mdx?$/.test(f)).map((f) => f.replace(/\.mdx?$/, '')).sort() : [];
}

/** `npm run new -- traduccion <lengua> <colección>/<id>`: writes the translation's file, or says in one line why not. */
function newTranslation(args: string[]): never {
  const [language = '', ...rest] = args;
  const languages = `al ${TRANSLATION_LANGUAGES.map((l) => `${LANGUAGE_NAMES_ES[l]} (${l})`).join(' o al ')}`;
  // The target as an editor may write it: groups/migraciones, grupos/migraciones, content/groups/migraciones.md, or two words.
  const target = rest
    .join('/')
    .replaceAll('\\', '/')
    .replace(/^\.?\/+/, '')
    .replace(/^content\//, '')
    .replace(/\.mdx?$/, '')
    .replace(/\/+$/, '');
  const [section = '', wanted = '', ...more] = target.split('/');
  if (!language || !section || !wanted || more.length) fail(`Uso: ${TRANSLATION_USAGE}`);

  const LANGUAGES: Record<string, TranslationLanguage | 'es'> = { pt: 'pt', portugues: 'pt', en: 'en', ingles: 'en', es: 'es', espanol: 'es', castellano: 'es' };
  const lang = LANGUAGES[toId(language)];
  if (lang === 'es') fail(`Los documentos ya están en español: una traducción es ${languages}.`);
  if (!lang) fail(`Lengua desconocida «${language}»: se traduce ${languages}.`);

  const collection = collectionNamed(section) ?? fail(unknownCollection(section).replace('\n', ' '));
  const known = ids(collection);
  const id = known.find((i) => i === wanted || i === toId(wanted));
  if (!id) {
    const message = `No existe ${COLLECTION_NAMES_ES[collection]} «${wanted}» (content/${collection}/${wanted}.md)`;
    const other = COLLECTIONS.find((c) => c !== collection && ids(c).includes(toId(wanted)));
    if (other) fail(`${message}: «${toId(wanted)}» está en content/${other}/; tradúzcalo con npm run new -- traduccion ${lang} ${SECTIONS[other]}/${toId(wanted)}`);
    const guess = closest(wanted, known);
    fail(`${message}: ${guess ? `¿quiso decir «${guess}»?` : `escriba el nombre de un archivo de content/${collection}/ sin .md (${known.join(', ')})`}`);
  }

  const path = `content/translations/${lang}/${collection}/${id}.md`;
  if (existsSync(join(root, path))) fail(`Ya existe ${path}: no se sobrescribe. Edite ese archivo.`);

  const file = `content/${collection}/${existsSync(join(root, 'content', collection, `${id}.md`)) ? `${id}.md` : `${id}.mdx`}`;
  const source = readSource(file, readFileSync(join(root, file)));
  const data = (source.data ?? {}) as Record<string, unknown>;
  const text = (field: string) => (typeof data[field] === 'string' || typeof data[field] === 'number' ? String(data[field]) : undefined);
  const titleField = collection === 'organizations' || collection === 'groups' ? 'name' : 'title';
  const [originalTitle, summary] = [text(titleField), text('summary')];
  if (!originalTitle || !summary) fail(`No se leen ${titleField} y summary en ${file}: corríjalo (npm run check dice qué le pasa) antes de traducirlo.`);

  mkdirSync(dirname(join(root, path)), { recursive: true });
  const original = { collection, path: file, title: originalTitle, summary, uncertainty: text('uncertainty'), body: source.body.trim() !== '' };
  writeFileSync(join(root, path), translationTemplate(lang, original), { flag: 'wx' });
  console.log(
    `Creado ${path}\nÁbralo, escriba en ${LANGUAGE_NAMES_ES[lang]} cada texto que empieza por «Escriba aquí» (el comentario de encima, la línea que empieza por #, cita el original) y compruébelo con: npm run check`,
  );
  process.exit(0);
}

/** Ids stay readable in a URL: at most 60 characters, cut at a hyphen. */
function shorten(text: string): string {
  if (text.length <= 60) return text;
  const cut = text.slice(0, 61);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : 60).replace(/-+$/, '');
}
