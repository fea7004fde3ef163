/**
 * The text `npm run new` starts a document with, and each collection's
 * `_plantilla.md` (the same text with guides for the title, the date and
 * the group), which an editor without a terminal copies from the Git
 * host's web editor. One function for both, so the two never disagree.
 * Its guides begin «Escriba aquí», which rules/placeholders.ts refuses in a
 * document; rules/templates.ts reports a template edited in place.
 *
 * `npm run new -- traduccion` starts a translation (`translationTemplate`)
 * the same way: a guide the check refuses in each text to translate, and
 * the original's text quoted in the comment above it.
 */
import type { CollectionName } from '../schemas/shared.ts';
import type { TranslationLanguage } from '../schemas/translations.ts';
import { PLACEHOLDER } from './rules/placeholders.ts';
import { LANGUAGE_NAMES_ES } from './site-map.ts';

/** What a new file is started with. */
export interface Start {
  title: string;
  /** A first comment, saying how to use the text: a template's, which an editor copies by hand. */
  how?: string;
  /** The date its date field starts with: the format itself, which the check refuses until a date replaces it. */
  date: string;
  /** The working groups' ids, which an update's comment lists; none in a template, whose comment says where to find them. */
  groups: readonly string[];
  /** The group an update belongs to, when its title names one; else a placeholder the check refuses. */
  group?: string | undefined;
}

/** What `_plantilla.md` starts with: guides where `npm run new` writes the title and the group its title names. */
export function templateStart(collection: CollectionName): Start {
  const named = collection === 'organizations' || collection === 'groups';
  return {
    title: `${PLACEHOLDER} ${named ? 'el nombre' : 'el título'}`,
    how: `# Plantilla: copie este texto entero en un archivo nuevo de content/${collection}/ (nombre en minúsculas, sin tildes, con guiones y .md) y borre esta línea. Este archivo no se publica.`,
    date: 'AAAA-MM-DD',
    groups: [],
  };
}

/** The file's name of a collection's template, ignored by the site and the check as any name that begins with `_`. */
export const TEMPLATE_FILE = '_plantilla.md';

/** The new file's text. Titles are written as double-quoted YAML, so a colon or quote in them is safe. */
export function template(collection: CollectionName, { title, how, date, groups, group }: Start): string {
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
      groups.length ? `# Grupo que informa: su id (disponibles: ${groups.join(', ')}).` : '# Grupo que informa: su id, el nombre de su archivo en content/groups/ sin .md.',
      `group: ${group ?? 'id-del-grupo'}`,
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
  const uncertainty = ['# Lo que no está confirmado o solo se deduce de las fuentes: quite el # para usarlo; el sitio lo muestra como aviso.', '# uncertainty: '];
  return ['---', ...(how ? [how] : []), ...lines[collection], ...uncertainty, BODY, '---', ''].join('\n');
}

/** The original a translation is started from: its place and the texts a translation carries. */
export interface Original {
  collection: CollectionName;
  /** Project-relative: `content/groups/migraciones.md`. */
  path: string;
  /** Its title, or for an organisation or a group its name. */
  title: string;
  summary: string;
  uncertainty?: string | undefined;
  /** Whether it has a text below its header: a translation of none has none either. */
  body: boolean;
}

/**
 * A translation's new file: the four texts a translation holds, each with
 * a guide the check refuses («Escriba aquí…») as its value, never the
 * Spanish text (which would pass the check untranslated), and the
 * original's text quoted in the comment above, so the translator needs no
 * other file open. `uncertainty` only when the original has one.
 */
export function translationTemplate(lang: TranslationLanguage, original: Original): string {
  const language = LANGUAGE_NAMES_ES[lang];
  const named = original.collection === 'organizations' || original.collection === 'groups';
  const what = named ? 'el nombre' : 'el título';
  const lines = [
    `# Traducción al ${language} de ${original.path} («${oneLine(original.title)}»). Lleva solo lo que se traduce: fechas, organizaciones y demás datos se leen del original.`,
    ...quoted(`# ${capitalize(what)}, en ${language}${named ? ' (aquí el campo se llama title, aunque en el original es name)' : ''}. En español dice:`, original.title),
    `title: "${PLACEHOLDER} ${what} en ${language}"`,
    ...quoted(`# El resumen, en ${language}. En español dice:`, original.summary),
    `summary: "${PLACEHOLDER} el resumen en ${language}"`,
    ...(original.uncertainty === undefined
      ? []
      : [...quoted(`# Lo que no está confirmado (el sitio lo muestra como aviso), en ${language}. En español dice:`, original.uncertainty), `uncertainty: "${PLACEHOLDER} el aviso en ${language}"`]),
    '# Quién tradujo, si la red quiere decirlo: quite el # para usarlo.',
    '# translated_by: Nombre de quien tradujo',
    original.body
      ? `# Después de la última línea --- va el texto de ${original.path} (el que sigue a su segunda línea ---), en ${language} y en Markdown.`
      : `# ${original.path} no tiene texto después de su cabecera: deje vacío lo que sigue a la última línea ---.`,
    '---',
  ];
  if (original.body) lines.push('', `${PLACEHOLDER} el texto de ${original.path} en ${language}.`);
  return ['---', ...lines, ''].join('\n');
}

/** A text on one line, as a comment shows it. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A comment, then the original's text between «» on comment lines of at most 100 characters, cut between words. */
function quoted(comment: string, text: string): string[] {
  const lines = [comment];
  let line = '#  ';
  for (const word of `«${oneLine(text)}»`.split(' ')) {
    if (line.length + 1 + word.length > 100 && line !== '#  ') {
      lines.push(line);
      line = '#  ';
    }
    line += ` ${word}`;
  }
  lines.push(line);
  return lines;
}
