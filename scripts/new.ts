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
 * `npm run new -- --plantillas` writes each collection's `_plantilla.md`
 * instead (src/checks/new-document.ts), for editors who start a document in the Git
 * host's web editor; run it after changing what a new document holds.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { template, TEMPLATE_FILE, templateStart } from '../src/checks/new-document.ts';
import { SECTIONS } from '../src/lib/paths.ts';
import { closest, toId } from '../src/lib/suggest.ts';
import { COLLECTIONS, type CollectionName } from '../src/schemas/shared.ts';

const USAGE = 'Uso: npm run new -- <colección> "<título>"   (p. ej. npm run new -- eventos "Foro regional de niñez 2025")';

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
const title = words.join(' ').trim();
if (!name || !title) fail(USAGE);

const collection = COLLECTIONS.find((c) => c === name || SECTIONS[c] === toId(name));
if (!collection) {
  const known = COLLECTIONS.flatMap((c) => [SECTIONS[c], c]);
  const guess = closest(name, known);
  fail(`Colección desconocida «${name}»${guess ? `: ¿quiso decir «${guess}»?` : ''}\nUse una de: ${COLLECTIONS.map((c) => `${SECTIONS[c]} (${c})`).join(', ')}.\n${USAGE}`);
}

const id = shorten(toId(title));
if (!id) fail(`El título «${title}» no deja ningún nombre de archivo: use letras o números.`);

const folder = join(root, 'content', collection);
// Drafts and templates (a name that begins with «_») are not documents, and have no id to take.
const existing = existsSync(folder) ? readdirSync(folder).filter((file) => /^[^_.]/.test(file)) : [];
const taken = existing.find((file) => toId(file.replace(/\.[^.]*$/, '')) === id);
if (taken) fail(`Ya existe content/${collection}/${taken}: no se sobrescribe. Edite ese archivo, o elija otro título.`);

const ids = (c: CollectionName) =>
  existsSync(join(root, 'content', c)) ? readdirSync(join(root, 'content', c)).filter((f) => /^[^_.].*\.mdx?$/.test(f)).map((f) => f.replace(/\.mdx?$/, '')).sort() : [];
const groups = ids('groups');
if (collection === 'updates' && groups.length === 0) {
  fail('Un avance pertenece a un grupo de trabajo y aún no hay ninguno: cree primero el grupo, con npm run new -- grupos "Nombre del grupo".');
}

const path = join(folder, `${id}.md`);
// «Avance del Grupo Migraciones» belongs to migraciones; a title that names no group leaves the choice to the editor.
const group = groups.find((g) => `-${id}-`.includes(`-${g}-`));
writeFileSync(path, template(collection, { title, date: 'AAAA-MM-DD', groups, group }), { flag: 'wx' });
console.log(`Creado content/${collection}/${id}.md\nÁbralo, complete cada campo siguiendo los comentarios (las líneas que empiezan por #) y compruébelo con: npm run check`);

/** Ids stay readable in a URL: at most 60 characters, cut at a hyphen. */
function shorten(text: string): string {
  if (text.length <= 60) return text;
  const cut = text.slice(0, 61);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : 60).replace(/-+$/, '');
}
