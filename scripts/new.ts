/**
 * `npm run new -- <colección> "<título>"`: starts a document so no editor
 * copies an old one. Writes content/<collection>/<id>.md with the id made
 * from the title (lower case, no accents, hyphens), today's date, every
 * required field with a value its schema accepts, and a Spanish comment
 * above each field saying what goes there. What only the editor can write
 * starts as a guide, «Escriba aquí…», which `npm run check` refuses until it
 * is replaced (checks/rules/placeholders.ts). Never overwrites: if the id is
 * taken (in any spelling), it stops and says so.
 *
 * The collection may be named as the folder (events) or as the section of
 * the site (eventos).
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLACEHOLDER } from '../src/checks/rules/placeholders.ts';
import { SECTIONS } from '../src/lib/paths.ts';
import { closest, toId } from '../src/lib/suggest.ts';
import { COLLECTIONS, type CollectionName } from '../src/schemas/shared.ts';

const USAGE = 'Uso: npm run new -- <colección> "<título>"   (p. ej. npm run new -- eventos "Foro regional de niñez 2025")';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
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

const root = process.cwd();
const folder = join(root, 'content', collection);
const existing = existsSync(folder) ? readdirSync(folder) : [];
const taken = existing.find((file) => toId(file.replace(/\.[^.]*$/, '')) === id);
if (taken) fail(`Ya existe content/${collection}/${taken}: no se sobrescribe. Edite ese archivo, o elija otro título.`);

const ids = (c: CollectionName) =>
  existsSync(join(root, 'content', c)) ? readdirSync(join(root, 'content', c)).filter((f) => /^[^_.].*\.mdx?$/.test(f)).map((f) => f.replace(/\.mdx?$/, '')).sort() : [];

const path = join(folder, `${id}.md`);
writeFileSync(path, template(collection, title, today(), ids), { flag: 'wx' });
console.log(`Creado content/${collection}/${id}.md\nÁbralo, complete cada campo siguiendo los comentarios (las líneas que empiezan por #) y compruébelo con: npm run check`);

/** Ids stay readable in a URL: at most 60 characters, cut at a hyphen. */
function shorten(text: string): string {
  if (text.length <= 60) return text;
  const cut = text.slice(0, 61);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : 60).replace(/-+$/, '');
}

/** Today in the editor's own time zone, as AAAA-MM-DD. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The new file's text. Titles are written as double-quoted YAML, so a colon or quote in them is safe. */
function template(collection: CollectionName, title: string, date: string, idsOf: (c: CollectionName) => string[]): string {
  const q = JSON.stringify(title);
  const DATE = '# Fecha con la precisión que dé la fuente, nunca más: AAAA-MM-DD (un día), AAAA-MM (un mes), \'AAAA-Qn\' (un trimestre, entre comillas) o AAAA.';
  const ORGS = '# ids de organizaciones (nombres de archivo de content/organizations/ sin .md), uno por línea con «- », o [] si la fuente no lo dice.';
  const IMAGES = [
    '# Imágenes (opcional): cada una con src (archivo en public/imagenes/), alt (qué se ve), width y height (en píxeles),',
    '# shows_children (true si se ve alguna niña, niño o adolescente) y, en ese caso, consent. Vea content/README.md.',
    'images: []',
  ];
  const CHILDREN = [
    '# Niñas y niños nombrados en el texto: solo el nombre de pila, cada uno con su consentimiento (vea content/README.md).',
    'children: []',
  ];
  const BODY = '# Después de la última línea --- va el texto de la página, en Markdown (## títulos, listas con «- », [enlaces](https://…)).';
  const lines: Record<CollectionName, string[]> = {
    organizations: [
      '# Nombre completo, como la organización lo escribe.',
      `name: ${q}`,
      '# Sigla o nombre corto por el que se la conoce (UNICEF, IIN-OEA): quite el # para usarla.',
      '# acronym: SIGLA',
      '# Tipo: civil-society, network, un-agency, inter-governmental, faith-based, academic, government u other.',
      'kind: other',
      '# Relación con la red: member, observer, applicant (pidió entrar), strategic-partner, ally o external (solo mencionada).',
      'membership: external',
      '# Países donde trabaja, con su código de dos letras (CO, EC, US…); [] si es regional o global.',
      'countries: []',
      '# Su sitio web, completo (https://…): quite el # para usarlo.',
      '# website: https://',
      '# Qué hace, en una o dos frases.',
      `summary: "${PLACEHOLDER}, en una o dos frases, qué hace la organización."`,
    ],
    groups: [
      '# Nombre del grupo de trabajo, p. ej. "Grupo Migraciones".',
      `name: ${q}`,
      '# Estado: active (activo), paused (en pausa) o closed (cerrado).',
      'status: active',
      `# Organizaciones que lo coordinan: ${ORGS.slice(2)}`,
      'coordinators: []',
      `# Organizaciones integrantes: ${ORGS.slice(2)}`,
      'members: []',
      '# Temas, como frases cortas que alguien buscaría.',
      'topics: []',
      '# Para qué trabaja el grupo, en una o dos frases.',
      `summary: "${PLACEHOLDER}, en una o dos frases, para qué trabaja el grupo."`,
      ...IMAGES,
    ],
    updates: [
      '# Título corto, p. ej. "Avance del Grupo Migraciones".',
      `title: ${q}`,
      `# Grupo que informa: su id (disponibles: ${idsOf('groups').join(', ')}).`,
      `group: ${idsOf('groups')[0]}`,
      DATE,
      `date: ${date}`,
      '# true si la fecha se deduce y ninguna fuente la da (explíquelo en uncertainty).',
      'date_approximate: false',
      '# Reunión donde se informó (id de content/meetings/): quite el # para usarla.',
      '# meeting: id-de-la-reunion',
      '# El avance en una o dos frases.',
      `summary: "${PLACEHOLDER}, en una o dos frases, el avance del grupo."`,
      '# Próximos pasos («En agenda»), cada uno con text, owners (ids de organizaciones), due (fecha) y status (pending, in-progress o done):',
      '#   - text: Elaborar el documento',
      '#     owners: [unicef]',
      '#     status: pending',
      'next_steps: []',
      ...IMAGES,
      ...CHILDREN,
    ],
    meetings: [
      '# Título del informe.',
      `title: ${q}`,
      DATE,
      `date: ${date}`,
      '# true si la fecha se deduce y ninguna fuente la da (explíquelo en uncertainty).',
      'date_approximate: false',
      '# Tipo: technical (de técnicos), assembly, working-group, coordination u other.',
      'kind: other',
      '# Formato: in-person, virtual o hybrid; quite el # si la fuente lo dice.',
      '# format: virtual',
      `# Organizaciones que asistieron: ${ORGS.slice(2)}`,
      'attendees: []',
      '# Qué trató la reunión, en una o dos frases.',
      `summary: "${PLACEHOLDER}, en una o dos frases, qué trató la reunión."`,
      '# Orden del día: un punto por línea, con «- ».',
      'agenda: []',
      '# Lo que se decidió: una decisión por línea, con «- ».',
      'decisions: []',
      '# Tareas: cada una con text, owners (ids de organizaciones), due (fecha) y status (pending, in-progress o done).',
      'action_items: []',
      ...IMAGES,
      ...CHILDREN,
    ],
    events: [
      '# Nombre del evento, en español.',
      `title: ${q}`,
      `# Primer día. ${DATE.slice(2)}`,
      `start: ${date}`,
      '# Último día, si duró más de uno: quite el # para usarlo.',
      `# end: ${date}`,
      '# Dónde: ciudad en español y país con su código de dos letras (CO, EC, US…); online: true si fue (también) en línea.',
      'place:',
      '  # city: Ciudad de Panamá',
      '  # country: PA',
      '  online: false',
      '# Quién lo organizó, como texto.',
      `organizer: "${PLACEHOLDER} quién organizó el evento"`,
      '# Tipo: un-forum, regional-forum, congress, summit, side-event u other.',
      'kind: other',
      '# De qué trató, en una o dos frases.',
      `summary: "${PLACEHOLDER}, en una o dos frases, de qué trató el evento."`,
      '# Lo que hizo la red allí: una actividad por elemento; children: true si participaron niñas, niños o adolescentes.',
      'activities:',
      `  - text: "${PLACEHOLDER} lo que hizo la red en el evento."`,
      '    children: false',
      '# Grupos de trabajo que participaron (ids de content/groups/).',
      'groups: []',
      `# Organizaciones que participaron: ${ORGS.slice(2)}`,
      'participants: []',
      ...IMAGES,
      ...CHILDREN,
    ],
    positions: [
      '# Título del posicionamiento.',
      `title: ${q}`,
      DATE,
      `date: ${date}`,
      '# Estado: draft (borrador), in-preparation o published.',
      'status: draft',
      `# Organizaciones que lo firman o escriben: ${ORGS.slice(2)} ([] si es de toda la red.)`,
      'authors: []',
      '# Grupos de trabajo que lo impulsan (ids de content/groups/).',
      'groups: []',
      '# Dirección del texto completo publicado (https://…): quite el # para usarla.',
      '# url: https://',
      '# Qué dice o dirá, en una o dos frases.',
      `summary: "${PLACEHOLDER}, en una o dos frases, qué dice el posicionamiento."`,
      ...IMAGES,
      ...CHILDREN,
    ],
  };
  if (collection === 'updates' && idsOf('groups').length === 0) {
    fail('Un avance pertenece a un grupo de trabajo y aún no hay ninguno: cree primero el grupo, con npm run new -- grupos "Nombre del grupo".');
  }
  const uncertainty = ['# Lo que no está confirmado o solo se deduce de las fuentes: quite el # para usarlo; el sitio lo muestra como aviso.', '# uncertainty: '];
  return ['---', ...lines[collection], ...uncertainty, BODY, '---', ''].join('\n');
}
