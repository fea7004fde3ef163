/**
 * Time zones by their IANA names (`America/Bogota`), as this Node's ICU
 * knows them. An event's zone goes into its calendar file, where a name no
 * calendar knows is silently ignored, so a typo is worth catching.
 */
import { closest, toId } from './suggest.ts';

/** Whether `name` is a zone ICU knows, its old aliases included (`America/Buenos_Aires`). */
export function isTimeZone(name: string): boolean {
  if (!name.includes('/')) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The zone `written` means: a city on its own («Bogota», «Ciudad de Mexico» is not one) or a near miss of a full name. */
export function meantTimeZone(written: string): string | undefined {
  const zones = Intl.supportedValuesOf('timeZone');
  const wanted = toId(written);
  const byCity = zones.filter((zone) => toId(zone.split('/').at(-1)!) === wanted);
  if (byCity.length === 1) return byCity[0];
  const byName = new Map(zones.map((zone) => [toId(zone), zone]));
  const near = wanted.includes('-') ? closest(wanted, [...byName.keys()]) : undefined;
  return near ? byName.get(near) : undefined;
}
