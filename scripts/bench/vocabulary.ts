/**
 * Word banks for the generated corpus: the Spanish the network's reports are
 * written in (accents, ñ, long institutional names), so that Pagefind's
 * Spanish stemming, index size and page weight are those of the real thing.
 */
import type { CountryCode } from '../../src/lib/countries.ts';

/** Countries of the region where members work, with a city and its IANA zone. */
export const PLACES: readonly { country: CountryCode; city: string; zone: string }[] = [
  { country: 'CO', city: 'Bogotá', zone: 'America/Bogota' },
  { country: 'CO', city: 'Cartagena de Indias', zone: 'America/Bogota' },
  { country: 'EC', city: 'Quito', zone: 'America/Guayaquil' },
  { country: 'PE', city: 'Lima', zone: 'America/Lima' },
  { country: 'BO', city: 'La Paz', zone: 'America/La_Paz' },
  { country: 'CL', city: 'Santiago de Chile', zone: 'America/Santiago' },
  { country: 'AR', city: 'Buenos Aires', zone: 'America/Argentina/Buenos_Aires' },
  { country: 'UY', city: 'Montevideo', zone: 'America/Montevideo' },
  { country: 'PY', city: 'Asunción', zone: 'America/Asuncion' },
  { country: 'BR', city: 'Brasilia', zone: 'America/Sao_Paulo' },
  { country: 'MX', city: 'Ciudad de México', zone: 'America/Mexico_City' },
  { country: 'GT', city: 'Ciudad de Guatemala', zone: 'America/Guatemala' },
  { country: 'SV', city: 'San Salvador', zone: 'America/El_Salvador' },
  { country: 'HN', city: 'Tegucigalpa', zone: 'America/Tegucigalpa' },
  { country: 'NI', city: 'Managua', zone: 'America/Managua' },
  { country: 'CR', city: 'San José', zone: 'America/Costa_Rica' },
  { country: 'PA', city: 'Ciudad de Panamá', zone: 'America/Panama' },
  { country: 'DO', city: 'Santo Domingo', zone: 'America/Santo_Domingo' },
  { country: 'CU', city: 'La Habana', zone: 'America/Havana' },
  { country: 'HT', city: 'Puerto Príncipe', zone: 'America/Port-au-Prince' },
  { country: 'JM', city: 'Kingston', zone: 'America/Jamaica' },
  { country: 'VE', city: 'Caracas', zone: 'America/Caracas' },
  { country: 'US', city: 'Nueva York', zone: 'America/New_York' },
  { country: 'CH', city: 'Ginebra', zone: 'Europe/Zurich' },
];

/** Working-group themes; a group is "Grupo <theme>". */
export const THEMES = [
  'Migraciones', 'Violencia', 'Derecho a vivir en Familia', 'ODS', 'Primera Infancia', 'Participación Infantil',
  'Educación', 'Trabajo Infantil', 'Justicia Juvenil', 'Salud Mental', 'Cambio Climático', 'Protección en Línea',
  'Niñez Indígena y Afrodescendiente', 'Discapacidad', 'Emergencias Humanitarias', 'Financiamiento para la Niñez',
  'Comunicaciones', 'Registro de Nacimiento', 'Matrimonio Infantil', 'Explotación Sexual', 'Nutrición',
  'Desaparición de Niñas y Niños', 'Castigo Físico', 'Adolescencia', 'Sistemas de Protección',
] as const;

export const REGIONS = ['Andino', 'Caribe', 'Centroamérica', 'Cono Sur', 'México'] as const;

/** Topics as readers would search for them. */
export const TOPICS = [
  'niñez migrante', 'niñez no acompañada', 'castigo físico y humillante', 'cuidado alternativo', 'institucionalización',
  'primera infancia', 'participación de niñas, niños y adolescentes', 'violencia sexual', 'trabajo infantil',
  'explotación sexual en línea', 'justicia juvenil restaurativa', 'salud mental adolescente', 'educación inclusiva',
  'registro de nacimiento', 'apatridia', 'matrimonio infantil y uniones tempranas', 'desnutrición crónica',
  'cambio climático y niñez', 'protección en emergencias', 'inversión pública en niñez', 'Agenda 2030',
  'Convención sobre los Derechos del Niño', 'Observación General n.º 26', 'protocolo transfronterizo',
  'reunificación familiar', 'acogimiento familiar', 'embarazo adolescente', 'deserción escolar', 'crianza positiva',
  'sistemas nacionales de protección', 'niñez indígena', 'niñez afrodescendiente', 'discapacidad', 'acoso escolar',
] as const;

export const ORG_HEADS = ['Fundación', 'Asociación', 'Corporación', 'Instituto', 'Observatorio', 'Coalición', 'Centro', 'Red', 'Colectivo', 'Movimiento'] as const;
export const ORG_MIDDLES = [
  'por los Derechos de la Niñez', 'para la Protección de la Infancia', 'de Estudios sobre Adolescencia', 'Niñez y Futuro',
  'Acción por la Infancia', 'Semillas de Esperanza', 'Manos Unidas por la Niñez', 'de Defensa de Niñas y Niños',
  'Caminos de Inclusión', 'Voces de la Niñez', 'Crecer con Derechos', 'Infancia sin Violencia', 'Horizonte Andino',
  'Puentes para la Niñez Migrante', 'Tejiendo Familias', 'de Investigación en Políticas de Niñez',
] as const;

export const FUNDERS = ['Unión Europea', 'UNICEF', 'la Cooperación Española', 'la Agencia Sueca de Cooperación', 'fondos propios de las organizaciones miembro', 'el Fondo Canadiense para Iniciativas Locales'] as const;

export const BODIES = [
  'el Comité de los Derechos del Niño', 'la Comisión Interamericana de Derechos Humanos', 'la CEPAL', 'el IIN-OEA',
  'la Relatoría sobre los Derechos de la Niñez de la CIDH', 'la Representante Especial sobre la Violencia contra los Niños',
  'el Consejo de Derechos Humanos', 'el Mercosur', 'el SICA', 'la Comunidad Andina', 'los ministerios de desarrollo social',
  'las defensorías del pueblo', 'los parlamentos nacionales', 'los consejos nacionales de niñez',
] as const;

export const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'] as const;

/** Sentences with slots: {topic}, {place}, {country}, {org}, {body}, {year}, {n}, {pct}, {funder}. */
export const SENTENCES = [
  'La red presentó ante {body} un informe sobre {topic} en {country}, con datos recogidos por las organizaciones miembro durante {year}.',
  'El grupo revisó los avances del plan de trabajo y acordó priorizar {topic} en los próximos meses.',
  '{org} compartió la experiencia de su programa en {place}, donde {n} familias recibieron acompañamiento.',
  'Se señaló que la falta de datos desagregados por edad, sexo y origen étnico dificulta el seguimiento de {topic}.',
  'Las organizaciones coincidieron en que la participación de niñas, niños y adolescentes debe ser real y no simbólica.',
  'Se propuso elaborar una nota técnica sobre {topic}, que será revisada por el grupo antes de su difusión.',
  'La secretaría informó que el financiamiento de {funder} permitirá sostener las actividades hasta finales de {year}.',
  'En {country}, la reforma del código de niñez abrió una oportunidad de incidencia que el grupo seguirá de cerca.',
  'Se acordó pedir una audiencia ante {body} para exponer la situación de {topic} en la región.',
  'El informe destaca que {pct} de cada cien adolescentes encuestados dijeron no conocer sus derechos.',
  'La reunión recordó que la Convención sobre los Derechos del Niño obliga a los Estados a considerar el interés superior del niño.',
  '{org} y otras organizaciones del grupo prepararon una guía práctica sobre {topic} para equipos de terreno.',
  'Se identificaron tres riesgos: la reducción de la cooperación, el cierre del espacio cívico y el aumento de la violencia.',
  'El intercambio con {body} permitió conocer las prioridades del próximo periodo de sesiones.',
  'La campaña regional sobre {topic} llegó a {n} mil personas en redes sociales, según el informe de comunicaciones.',
  'Se valoró el trabajo conjunto con las redes nacionales, que facilitó la recolección de información en {place}.',
  'Quedó pendiente definir quién coordinará la sistematización de las experiencias sobre {topic}.',
  'La niñez migrante que atraviesa {country} enfrenta riesgos de separación familiar, detención y explotación.',
  'El grupo insistió en que ninguna medida de protección debe implicar la privación de libertad de niñas y niños.',
  'Se recomendó a los Estados aumentar la inversión pública en niñez y hacerla visible en los presupuestos.',
  'Las consultas con adolescentes de {place} mostraron preocupación por la salud mental y el acoso escolar.',
  'La próxima reunión revisará el borrador del posicionamiento y la estrategia de difusión acordada.',
  'Se solicitó a las organizaciones basadas en la fe identificar líneas de trabajo comunes con el resto de la red.',
  'El balance del año muestra avances en {topic}, aunque la respuesta de los gobiernos sigue siendo desigual.',
  'Según {org}, en {year} se registraron más de {n} casos atendidos por su línea de orientación.',
  'La delegación del MMI-LAC se reunió con representantes de {body} para dar seguimiento a las recomendaciones.',
  'Se subrayó la importancia de un lenguaje claro y accesible en todos los materiales dirigidos a la niñez.',
  'El acompañamiento psicosocial y el acceso a la educación fueron los temas más mencionados por las familias.',
] as const;

export const DECISIONS = [
  'Aprobar el plan de trabajo del grupo para el próximo año.',
  'Encargar a la secretaría la actualización del directorio de organizaciones miembro.',
  'Preparar un posicionamiento común sobre {topic}.',
  'Realizar la próxima reunión de técnicos en formato virtual.',
  'Crear una comisión para revisar las solicitudes de incorporación.',
  'Participar en el próximo periodo de sesiones de {body}.',
  'Difundir el informe regional sobre {topic} en las redes de cada organización.',
  'Mantener la coordinación rotativa de la Troika por dos años más.',
] as const;

export const ACTIONS = [
  'Enviar a la secretaría los datos nacionales sobre {topic}.',
  'Elaborar el borrador de la nota técnica sobre {topic}.',
  'Coordinar la participación de adolescentes en el foro regional.',
  'Revisar la estrategia de difusión del posicionamiento.',
  'Solicitar una reunión con {body}.',
  'Sistematizar las experiencias de las organizaciones en {country}.',
  'Actualizar el mapeo de actores que trabajan en {topic}.',
  'Preparar la presentación del grupo para la asamblea.',
  'Traducir al portugués y al inglés el resumen del informe.',
  'Proponer fechas para el taller virtual sobre {topic}.',
] as const;

export const ACTIVITIES = [
  'Intervención de la red en el panel sobre {topic}.',
  'Organización de un evento paralelo con {org} sobre {topic}.',
  'Reunión bilateral con representantes de {body}.',
  'Presentación de la declaración de la sociedad civil sobre {topic}.',
  'Acompañamiento a la delegación de adolescentes en el foro juvenil.',
  'Distribución del informe regional entre las delegaciones de los Estados.',
] as const;

export const EVENT_SERIES: readonly { title: string; kind: 'un-forum' | 'regional-forum' | 'congress' | 'summit' | 'side-event' | 'other'; organizer: string; place?: number }[] = [
  { title: 'Foro de los Países de América Latina y el Caribe sobre el Desarrollo Sostenible', kind: 'regional-forum', organizer: 'Comisión Económica para América Latina y el Caribe (CEPAL)', place: 5 },
  { title: 'Foro Político de Alto Nivel sobre el Desarrollo Sostenible', kind: 'un-forum', organizer: 'Consejo Económico y Social de las Naciones Unidas', place: 22 },
  { title: 'Congreso Panamericano del Niño, la Niña y Adolescentes', kind: 'congress', organizer: 'Instituto Interamericano del Niño, la Niña y Adolescentes (IIN-OEA)' },
  { title: 'Cumbre del Foro Mundial sobre Migración y Desarrollo', kind: 'summit', organizer: 'Foro Mundial sobre Migración y Desarrollo' },
  { title: 'Día de Debate General del Comité de los Derechos del Niño', kind: 'un-forum', organizer: 'Comité de los Derechos del Niño de las Naciones Unidas', place: 23 },
  { title: 'Conferencia Regional sobre Población y Desarrollo', kind: 'regional-forum', organizer: 'CEPAL y UNFPA' },
  { title: 'Periodo de sesiones de la Comisión Interamericana de Derechos Humanos', kind: 'other', organizer: 'Comisión Interamericana de Derechos Humanos' },
  { title: 'Encuentro Regional de Niñas, Niños y Adolescentes', kind: 'regional-forum', organizer: 'Red de organizaciones de la sociedad civil' },
  { title: 'Evento paralelo sobre niñez en la Asamblea General de la OEA', kind: 'side-event', organizer: 'Organización de los Estados Americanos' },
];

export const POSITION_KINDS = ['Posicionamiento del MMI-LAC sobre', 'Declaración de la sociedad civil sobre', 'Llamado a la acción:', 'Carta abierta a los Estados de la región sobre'] as const;

export const DISSEMINATION = [
  'Publicación en el sitio web y en las redes sociales de las organizaciones miembro.',
  'Envío a las cancillerías y a los ministerios responsables de niñez.',
  'Presentación en el próximo foro regional.',
  'Versión amigable para niñas, niños y adolescentes.',
  'Traducción al portugués, al inglés y al francés.',
] as const;
