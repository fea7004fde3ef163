/**
 * Time zones by their IANA names (`America/Bogota`), as this Node's ICU
 * knows them. An event's zone goes into its calendar file, where a name no
 * calendar knows is silently ignored, so a typo is worth catching.
 */
import { closest, toId } from './suggest.ts';

/**
 * Answers already given: asking ICU costs a formatter (a quarter of a
 * millisecond), every event names one of a few zones, and the schema asks
 * once per event on every build.
 */
const known = new Map<string, boolean>();

/** Whether `name` is a zone ICU knows, its old aliases included (`America/Buenos_Aires`). */
export function isTimeZone(name: string): boolean {
  let answer = known.get(name);
  if (answer === undefined) {
    answer = name.includes('/') && formats(name);
    known.set(name, answer);
  }
  return answer;
}

function formats(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Cities where the network's meetings and advocacy events take place whose
 * zone the IANA names otherwise: in English (New York), after another city
 * (Geneva keeps Zurich's time, Quito Guayaquil's, Brasília São Paulo's) or
 * after the country. By their Spanish names, as an editor writes them.
 */
const CITY_ZONES: Record<string, string> = {
  'nueva-york': 'America/New_York',
  washington: 'America/New_York',
  ginebra: 'Europe/Zurich',
  'ciudad-de-mexico': 'America/Mexico_City',
  'ciudad-de-guatemala': 'America/Guatemala',
  'ciudad-de-panama': 'America/Panama',
  'san-jose': 'America/Costa_Rica',
  'san-salvador': 'America/El_Salvador',
  quito: 'America/Guayaquil',
  brasilia: 'America/Sao_Paulo',
  'puerto-principe': 'America/Port-au-Prince',
  'la-habana': 'America/Havana',
  'san-juan': 'America/Puerto_Rico',
  'puerto-espana': 'America/Port_of_Spain',
  viena: 'Europe/Vienna',
  londres: 'Europe/London',
  bruselas: 'Europe/Brussels',
};

/** The zone `written` means: a city («Bogota», «Nueva York») or a near miss of a full name. */
export function meantTimeZone(written: string): string | undefined {
  const zones = Intl.supportedValuesOf('timeZone');
  const wanted = toId(written);
  const named = CITY_ZONES[wanted];
  if (named) return named;
  const byCity = zones.filter((zone) => toId(zone.split('/').at(-1)!) === wanted);
  if (byCity.length === 1) return byCity[0];
  const byName = new Map(zones.map((zone) => [toId(zone), zone]));
  const near = wanted.includes('-') ? closest(wanted, [...byName.keys()]) : undefined;
  return near ? byName.get(near) : undefined;
}
