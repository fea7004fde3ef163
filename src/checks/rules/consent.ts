/**
 * Consent records are dated: one that has expired, or that is signed in the
 * future (a typo), no longer covers the photo or the name. Whether a record
 * is still valid depends on the day of the check, so this lives here rather
 * than in the schema. Shared by the image and named-children rules.
 */
import { formatDate } from '../../lib/dates.ts';
import type { Problem } from '../problem.ts';
import { locate, type SourceFile } from '../source-file.ts';

interface Consent {
  date?: unknown;
  expires?: unknown;
}

/** Problems with the consent at `path` (e.g. `['images', 0, 'consent']`), judged on `today`. */
export function consentProblems(source: SourceFile, path: (string | number)[], consent: Consent | undefined, today: string, what: string): Problem[] {
  if (!consent || typeof consent.date !== 'string' || typeof consent.expires !== 'string') return [];
  const at = (key: string) => ({ file: source.path, ...locate(source, [...path, key]), field: [...path, key].join('.') });
  if (consent.expires < today) {
    return [{
      ...at('expires'),
      message: `El consentimiento ${what} venció el ${formatDate(consent.expires)}`,
      hint: 'pida un consentimiento nuevo y actualice date y expires, o quite la imagen o el nombre',
    }];
  }
  if (consent.date > today) {
    return [{ ...at('date'), message: `La fecha de firma del consentimiento (${consent.date}) es posterior a hoy`, hint: 'escriba el día en que se firmó' }];
  }
  return [];
}
