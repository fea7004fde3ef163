/**
 * Schema pieces shared by several collections: ids, references, partial
 * dates, places, action items. Imports only `astro/zod` and pure helpers, so
 * the checker, the scripts and the tests use exactly what the build uses.
 */
import { z } from 'astro/zod';
import { COUNTRY_CODES } from '../lib/countries.ts';
import { parsePartialDate } from '../lib/dates.ts';

export const COLLECTIONS = ['organizations', 'groups', 'updates', 'meetings', 'events', 'positions'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/**
 * Builds the schema of a reference to another collection. The build passes
 * Astro's `reference()`; the checker and tests pass {@link idReference}, which
 * keeps the id as a string so the checker can look it up and say which is
 * missing.
 */
export type ReferenceFactory<R extends z.ZodType = z.ZodType> = (collection: CollectionName) => R;

/** A reference as a plain id: what `npm run check` and the tests validate with. */
export const idReference: ReferenceFactory<z.ZodString> = () => z.string().min(1);

/** File names are ids: lower case, digits and hyphens, no accents. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A date at the precision the source gives: `2019-07-09`, `2019-07`,
 * `2020-Q2` or `2020`. YAML turns an unquoted `2019-07-09` into a Date and an
 * unquoted `2020` into a number; both are accepted and kept as text.
 */
export const partialDate = z
  .union([z.string(), z.number().int(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)))
  .refine((text) => parsePartialDate(text) !== undefined, {
    message: 'Fecha no válida: use AAAA-MM-DD, AAAA-MM, AAAA-Tn (trimestre, p. ej. 2020-Q2) o AAAA, con una fecha que exista',
  });

/** A country as its ISO 3166-1 alpha-2 code (`CO`, `EC`, `US`). */
export const country = z.enum(COUNTRY_CODES, {
  error: 'Código de país desconocido: use el código ISO de dos letras en mayúsculas (CO, EC, US…)',
});

/** Where something happened. Leave out what the source does not say. */
export const place = z.strictObject({
  /** Venue or building, e.g. "Sede de la CEPAL". */
  venue: z.string().optional(),
  /** City, in Spanish. */
  city: z.string().optional(),
  /** Country code. */
  country: country.optional(),
  /** True when it happened (also) online. */
  online: z.boolean().default(false),
});

export const ACTION_STATUSES = ['pending', 'in-progress', 'done'] as const;

/** An action item: an "En agenda" line of a report, with who does it and by when. */
export const actionItem = <R extends z.ZodType>(ref: ReferenceFactory<R>) =>
  z.strictObject({
    /** What has to be done, as one sentence. */
    text: z.string().min(1),
    /** Organisations responsible; empty when the source does not say. */
    owners: z.array(ref('organizations')).default([]),
    /** When it is due, at the precision known. */
    due: partialDate.optional(),
    /** pending, in-progress or done. */
    status: z.enum(ACTION_STATUSES).default('pending'),
  });

/** A web address, http or https only. */
export const webUrl = z.url({ protocol: /^https?$/, error: 'Dirección web no válida: debe empezar por https:// o http://' });

/**
 * What is not confirmed about an entry, shown to readers as a notice. Facts
 * that are only inferred from the sources are said to be so here, never
 * presented as certain.
 */
export const uncertainty = z.string().optional();
