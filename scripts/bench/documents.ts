/**
 * One generator per collection. Each returns frontmatter as plain values
 * (what an editor would write, references as ids) and a Markdown body.
 * Proportions follow the real record: most organisations are members, most
 * meetings are working-group meetings, a third of events involve children.
 */
import { countryName } from '../../src/lib/countries.ts';
import { entryPath } from '../../src/lib/paths.ts';
import { toId } from '../../src/lib/suggest.ts';
import type { CollectionName } from '../../src/schemas/index.ts';
import { body, type Context, fill, paragraph } from './prose.ts';
import type { Random } from './random.ts';
import * as V from './vocabulary.ts';

export interface Doc {
  collection: CollectionName;
  id: string;
  data: Record<string, unknown>;
  body: string;
}

/** What later documents may reference. */
export interface Known {
  organizations: Doc[];
  groups: Doc[];
  meetings: Doc[];
  years: readonly number[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const nameOf = (doc: Doc) => String(doc.data['name'] ?? doc.data['title']);
const linkTo = (doc: Doc) => [nameOf(doc), entryPath(doc.collection, doc.id)] as const;
const ids = (docs: readonly Doc[]) => docs.map((d) => d.id);

/** A weighted choice: `[value, weight]` pairs. */
function weighted<T>(rng: Random, options: readonly (readonly [T, number])[]): T {
  let r = rng.next() * options.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, weight] of options) if ((r -= weight) < 0) return value;
  return options[options.length - 1]![0];
}

function day(rng: Random, year: number): string {
  const month = rng.int(1, 12);
  return `${year}-${pad(month)}-${pad(rng.int(1, 28))}`;
}

/** A date at the precision a source might give: usually a day, sometimes a month, quarter or year. */
function partial(rng: Random, year: number): string {
  return weighted(rng, [
    [day(rng, year), 80],
    [`${year}-${pad(rng.int(1, 12))}`, 10],
    [`${year}-Q${rng.int(1, 4)}`, 7],
    [String(year), 3],
  ]);
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function context(rng: Random, year: number, orgs: readonly Doc[], linked: readonly Doc[]): Context {
  return { rng, year, topic: rng.pick(V.TOPICS), orgs: orgs.map(nameOf), links: linked.map(linkTo) };
}

function actionItems(rng: Random, c: Context, owners: readonly Doc[], count: number, year: number) {
  return Array.from({ length: count }, () => ({
    text: fill(rng.pick(V.ACTIONS), c),
    owners: ids(rng.sample(owners, weighted(rng, [[0, 2], [1, 5], [2, 3]]))),
    ...(rng.chance(0.6) ? { due: partial(rng, year + rng.int(0, 1)) } : {}),
    status: weighted(rng, [['pending', 4], ['in-progress', 3], ['done', 3]] as const),
  }));
}

export function organization(rng: Random, taken: Set<string>): Doc {
  for (;;) {
    const place = rng.pick(V.PLACES);
    const national = rng.chance(0.7);
    const name = `${rng.pick(V.ORG_HEADS)} ${rng.pick(V.ORG_MIDDLES)}${national ? ` – ${countryName(place.country)}` : ''}`;
    const id = toId(name);
    if (taken.has(id)) continue;
    taken.add(id);
    const acronym = name.replace(/[^A-ZÁÉÍÓÚÑ]/g, '') + (national ? `-${place.country}` : '');
    const membership = weighted(rng, [['member', 55], ['ally', 15], ['applicant', 8], ['observer', 7], ['strategic-partner', 8], ['external', 7]] as const);
    const year = rng.int(2008, 2024);
    const topic = rng.pick(V.TOPICS);
    const c: Context = { rng, year, topic, orgs: [name], links: [] };
    const data = {
      name,
      acronym,
      aliases: rng.chance(0.3) ? [name.split(' – ')[0]!] : [],
      kind: weighted(rng, [['civil-society', 50], ['network', 15], ['faith-based', 10], ['academic', 8], ['un-agency', 5], ['inter-governmental', 5], ['government', 4], ['other', 3]] as const),
      membership,
      website: `https://www.${id.slice(0, 40).replace(/-+$/, '')}.org`,
      countries: national ? [place.country] : rng.sample(V.PLACES, rng.int(2, 6)).map((p) => p.country).filter((v, i, a) => a.indexOf(v) === i),
      scope: national ? 'national' : rng.pick(['regional', 'global'] as const),
      ...(membership === 'applicant' ? { requested: partial(rng, year), requested_approximate: rng.chance(0.2) } : {}),
      ...(membership === 'member' && rng.chance(0.6) ? { joined: partial(rng, year) } : {}),
      summary: `Organización que trabaja por ${topic} ${national ? `en ${countryName(place.country)}` : 'en América Latina y el Caribe'}, con programas de protección, incidencia y participación de la niñez.`,
    };
    return { collection: 'organizations', id, data, body: body(c, ['Trabajo en la red', 'Programas', 'Historia', 'Alcance territorial']) };
  }
}

export function group(rng: Random, index: number, known: Known): Doc {
  const theme = V.THEMES[index % V.THEMES.length]!;
  const region = index >= V.THEMES.length ? V.REGIONS[Math.floor(index / V.THEMES.length - 1) % V.REGIONS.length] : undefined;
  const round = Math.floor(index / (V.THEMES.length * (V.REGIONS.length + 1)));
  const name = `Grupo ${theme}${region ? ` – ${region}` : ''}${round ? ` ${round + 1}` : ''}`;
  const members = rng.sample(known.organizations, rng.int(4, 15));
  const year = rng.pick(known.years);
  const c = context(rng, year, members, members.slice(0, 4));
  const data = {
    name,
    status: weighted(rng, [['active', 8], ['paused', 1], ['closed', 1]] as const),
    coordinators: ids(members.slice(0, rng.int(0, 2))),
    members: ids(members),
    topics: rng.sample(V.TOPICS, rng.int(3, 6)),
    summary: `Grupo de trabajo del MMI-LAC sobre ${theme.toLowerCase()}${region ? ` en la subregión ${region}` : ''}: reúne a organizaciones miembro para coordinar la incidencia y compartir experiencias.`,
  };
  return { collection: 'groups', id: toId(name), data, body: body(c, ['Integrantes', 'Objetivos', 'Líneas de trabajo', 'Historia del grupo']) };
}

const MEETING_KINDS = {
  technical: 'Reunión de técnicos',
  assembly: 'Asamblea regional',
  coordination: 'Reunión de coordinación de la Troika',
  other: 'Encuentro de la red',
} as const;

export function meeting(rng: Random, seq: number, known: Known): Doc {
  const kind = weighted(rng, [['technical', 20], ['assembly', 10], ['working-group', 45], ['coordination', 20], ['other', 5]] as const);
  const year = rng.pick(known.years);
  const date = partial(rng, year);
  const g = rng.pick(known.groups);
  const format = weighted(rng, [['virtual', 5], ['in-person', 3], ['hybrid', 2]] as const);
  const place = rng.pick(V.PLACES);
  const attendees = rng.sample(known.organizations, rng.int(3, 14));
  const c = context(rng, year, attendees, kind === 'working-group' ? [g, ...attendees.slice(0, 2)] : attendees.slice(0, 3));
  // A title names the month only when the date knows it.
  const month = /^\d{4}-(\d{2})/.exec(date)?.[1];
  const when = month ? `${V.MONTHS[Number(month) - 1]} de ${year}` : String(year);
  const title = kind === 'working-group' ? `Reunión del ${nameOf(g)} – ${when}` : `${MEETING_KINDS[kind]} ${year}`;
  const stem = kind === 'working-group' ? `reunion-${g.id}` : toId(MEETING_KINDS[kind]);
  const data = {
    title,
    date,
    ...(rng.chance(0.1) ? { date_approximate: true, uncertainty: 'La fecha es inferida: el acta no está fechada.' } : {}),
    kind,
    ...(rng.chance(0.9) ? { format } : {}),
    ...(format !== 'virtual' ? { place: { city: place.city, country: place.country, online: format === 'hybrid' } } : rng.chance(0.5) ? { place: { online: true } } : {}),
    attendees: ids(attendees),
    summary: `${title}: se revisaron los avances sobre ${c.topic} y se acordaron los próximos pasos de la red.`,
    agenda: rng.sample(V.TOPICS, rng.int(3, 7)).map((t) => `Avances sobre ${t}`),
    decisions: Array.from({ length: rng.int(0, 4) }, () => fill(rng.pick(V.DECISIONS), c)),
    action_items: actionItems(rng, c, attendees, rng.int(1, 5), year),
  };
  return { collection: 'meetings', id: `${stem}-${toId(date)}-${seq}`, data, body: body(c, ['Apertura', 'Contexto regional', 'Avances de los grupos', 'Retos', 'Acuerdos', 'Cierre']) };
}

export function update(rng: Random, seq: number, known: Known): Doc {
  const g = rng.pick(known.groups);
  const m = rng.chance(0.7) ? rng.pick(known.meetings) : undefined;
  const date = m ? String(m.data['date']) : partial(rng, rng.pick(known.years));
  const year = Number(date.slice(0, 4));
  const members = known.organizations.filter((o) => (g.data['members'] as string[]).includes(o.id));
  const c = context(rng, year, members, m ? [g, m] : [g]);
  const data = {
    title: `Avance del ${nameOf(g)} (${date})`,
    group: g.id,
    date,
    ...(m ? { meeting: m.id } : {}),
    summary: `El grupo informa sobre ${c.topic}: ${paragraph(c, 1).replace(/\s*Más detalles en.*$/, '')}`,
    next_steps: actionItems(rng, c, members, rng.int(1, 4), year),
  };
  return { collection: 'updates', id: `avance-${g.id}-${toId(date)}-${seq}`, data, body: body(c, ['Integrantes', 'Avances', 'Dificultades', 'En agenda', 'Indicadores']) };
}

export function event(rng: Random, seq: number, known: Known): Doc {
  const series = rng.pick(V.EVENT_SERIES);
  const year = rng.pick(known.years);
  const place = series.place !== undefined ? V.PLACES[series.place]! : rng.pick(V.PLACES);
  const start = day(rng, year);
  const end = rng.chance(0.7) ? addDays(start, rng.int(1, 4)) : undefined;
  const participants = rng.sample(known.organizations, rng.int(0, 8));
  const groups = rng.sample(known.groups, rng.int(0, 3));
  const c = context(rng, year, participants, [...groups, ...participants.slice(0, 2)]);
  const title = `${series.title} ${year}`;
  const data = {
    title,
    start,
    ...(end ? { end } : {}),
    place: { city: place.city, country: place.country, online: rng.chance(0.15) },
    time_zone: place.zone,
    organizer: series.organizer,
    organizers: ids(rng.chance(0.3) ? rng.sample(known.organizations, rng.int(1, 2)) : []),
    kind: series.kind,
    ...(rng.chance(0.5) ? { website: `https://eventos.example.org/${toId(title)}` } : {}),
    summary: `${title}, en ${place.city}. La red llevó la voz de la sociedad civil sobre ${c.topic}.`,
    activities: Array.from({ length: rng.int(1, 4) }, () => ({ text: fill(rng.pick(V.ACTIVITIES), c), children: rng.chance(0.3) })),
    sessions: end && rng.chance(0.4) ? [{ title: 'Foro de la sociedad civil', start, end: addDays(start, 1) }] : [],
    groups: ids(groups),
    participants: ids(participants),
  };
  return { collection: 'events', id: `${toId(title)}-${seq}`, data, body: body(c, ['Contexto', 'Lo que hizo el MMI-LAC', 'Participación de la niñez', 'Resultados', 'Seguimiento']) };
}

export function position(rng: Random, seq: number, known: Known): Doc {
  const topic = rng.pick(V.TOPICS);
  const year = rng.pick(known.years);
  const authors = rng.sample(known.organizations, rng.int(0, 4));
  const groups = rng.sample(known.groups, rng.int(0, 2));
  const status = weighted(rng, [['published', 60], ['in-preparation', 25], ['draft', 15]] as const);
  const c: Context = { ...context(rng, year, authors, [...groups, ...authors.slice(0, 2)]), topic };
  const title = `${rng.pick(V.POSITION_KINDS)} ${topic}`;
  const place = rng.pick(V.PLACES);
  const data = {
    title,
    date: partial(rng, year),
    status,
    authors: ids(authors),
    groups: ids(groups),
    ...(rng.chance(0.4) ? { place: { city: place.city, country: place.country, online: false } } : {}),
    ...(status === 'published' ? { url: `https://www.movimientoporlainfancia.org/posicionamientos/${toId(title)}-${year}` } : {}),
    summary: `La red fija su posición sobre ${topic} y pide a los Estados de la región medidas concretas para proteger a la niñez.`,
    ...(rng.chance(0.6) ? { objective: `Que los gobiernos de la región incluyan ${topic} en sus planes nacionales de niñez.` } : {}),
    dissemination: rng.sample(V.DISSEMINATION, rng.int(0, 3)),
  };
  return { collection: 'positions', id: `${toId(title)}-${year}-${seq}`, data, body: body(c, ['Antecedentes', 'Lo que pedimos', 'Recomendaciones a los Estados', 'Compromisos de la red']) };
}
