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

/** The field a Spanish key means, if it is one of `known`. */
export function fieldForSpanish(key: string, known: readonly string[]): string | undefined {
  const field = SPANISH[toId(key).replaceAll('-', '_')];
  return field && known.includes(field) ? field : undefined;
}
