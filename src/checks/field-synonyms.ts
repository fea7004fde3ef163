/**
 * Field names are English (the content model's), but editors think in
 * Spanish and often write `fecha:` or `lugar:`. An unknown key that is the
 * Spanish word for a field gets that field as its fix.
 */
import { toId } from '../lib/suggest.ts';

const SPANISH: Record<string, string> = {
  titulo: 'title',
  nombre: 'name',
  siglas: 'acronym',
  acronimo: 'acronym',
  alias: 'aliases',
  tipo: 'kind',
  clase: 'kind',
  membresia: 'membership',
  afiliacion: 'membership',
  relacion: 'membership',
  web: 'website',
  sitio: 'website',
  sitio_web: 'website',
  paises: 'countries',
  pais: 'country',
  ciudad: 'city',
  sede: 'venue',
  lugar: 'place',
  ambito: 'scope',
  solicitud: 'requested',
  resumen: 'summary',
  descripcion: 'summary',
  estado: 'status',
  coordinadores: 'coordinators',
  coordinacion: 'coordinators',
  miembros: 'members',
  integrantes: 'members',
  temas: 'topics',
  grupo: 'group',
  grupos: 'groups',
  fecha: 'date',
  reunion: 'meeting',
  proximos_pasos: 'next_steps',
  en_agenda: 'next_steps',
  formato: 'format',
  asistentes: 'attendees',
  agenda: 'agenda',
  decisiones: 'decisions',
  acuerdos: 'decisions',
  acciones: 'action_items',
  inicio: 'start',
  fin: 'end',
  zona_horaria: 'time_zone',
  organizador: 'organizer',
  organiza: 'organizer',
  organizadores: 'organizers',
  actividades: 'activities',
  sesiones: 'sessions',
  programa: 'sessions',
  participantes: 'participants',
  autores: 'authors',
  autoria: 'authors',
  enlace: 'url',
  objetivo: 'objective',
  difusion: 'dissemination',
  imagenes: 'images',
  ninos: 'children',
  incertidumbre: 'uncertainty',
  texto: 'text',
  responsables: 'owners',
  responsable: 'owners',
  plazo: 'due',
  en_linea: 'online',
  virtual: 'online',
};

/**
 * One field under two names: an organisation's or a group's `name` is its
 * translation's `title` (translations have no `name`), and an editor who
 * copies the original's header into a translation, or writes `title:` in a
 * group, means the other.
 */
const SAME_AS: Record<string, string> = { name: 'title', title: 'name' };

/** The field a Spanish key (or the other name of a field) means, if it is one of `known`. */
export function fieldForSpanish(key: string, known: readonly string[]): string | undefined {
  const written = toId(key).replaceAll('-', '_');
  const field = SPANISH[written] ?? written;
  const other = SAME_AS[field];
  if (known.includes(field)) return field;
  return other && known.includes(other) ? other : undefined;
}
