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

/**
 * A list of references, each id once: a repeated member would be listed,
 * and counted, twice on the group's page («Integrantes (12)» for eleven).
 * The issue is at the repeat, with the index of the first (`params.first`),
 * for the check to name its line.
 */
export const references = <R extends z.ZodType>(ref: ReferenceFactory<R>, collection: CollectionName) =>
  z.array(ref(collection)).superRefine((items, ctx) => {
    // The check's references are ids; Astro's reference() gives { collection, id }.
    const ids = items.map((item) => (typeof item === 'string' ? item : (item as { id?: unknown } | null)?.id));
    ids.forEach((id, index) => {
      const first = ids.indexOf(id);
      if (typeof id !== 'string' || first === index) return;
      ctx.addIssue({ code: 'custom', path: [index], input: id, params: { first }, message: `«${id}» ya está en la lista: deje cada id una sola vez` });
    });
  });

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
    error: 'Fecha no válida: use AAAA-MM-DD, AAAA-MM, AAAA-Qn (trimestre, p. ej. 2020-Q2) o AAAA, con una fecha que exista',
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
    owners: references(ref, 'organizations').default([]),
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

/** A date to the day (`2024-05-10`), for records that are signed on a given day. */
export const dayDate = partialDate.refine((text) => {
  const date = parsePartialDate(text);
  // A date that is not one at all (`01/03/2026`) is partialDate's to tell, with the date it means: one message, not two.
  return date === undefined || date.precision === 'day';
}, {
  error: 'Fecha incompleta: escriba el día completo, AAAA-MM-DD',
});

/** Uses a guardian may authorise for a photo or a child's name. `web` is this site. */
export const CONSENT_SCOPES = ['web', 'social-media', 'print', 'press'] as const;

/**
 * The record that a child may appear: the signed consent of a parent or
 * guardian, the child's own assent, when, for what and until when. The signed
 * form itself is never published: `record` says where it is filed. Whether it
 * has expired depends on the day of the build, so the content check (not this
 * schema) compares `expires` with today.
 */
export const consent = z
  .strictObject({
    /** True when a parent or legal guardian signed the consent form. */
    guardian: z.boolean().refine((v) => v, {
      error: 'Sin el consentimiento firmado de la madre, el padre o la persona tutora no se publica: consiga la firma o quite la imagen o el nombre',
    }),
    /** True when the child was asked, in words they understand, and agreed. */
    assent: z.boolean().refine((v) => v, {
      error: 'Sin el asentimiento de la niña o el niño no se publica: pregúnteles o quite la imagen o el nombre',
    }),
    /** The day the consent was signed. */
    date: dayDate,
    /** Where it may be used: web (this site), social-media, print, press. */
    scope: z.array(z.enum(CONSENT_SCOPES)).min(1).refine((scopes) => scopes.includes('web'), {
      error: 'El consentimiento no cubre la web: publicar aquí exige que scope incluya web',
    }),
    /** The last day it is valid. */
    expires: dayDate,
    /** Where the signed form is filed (a reference, never the form itself). */
    record: z.string().min(1),
  })
  .refine((c) => c.expires > c.date, {
    error: 'La fecha de caducidad (expires) es anterior a la de la firma (date): revise ambas fechas',
    path: ['expires'],
  });

/** Where published images live: a path under `public/`, lower case, JPEG or PNG. */
export const IMAGE_PATH = /^\/[a-z0-9][a-z0-9/_-]*\.(?:jpe?g|png)$/;

/**
 * A photo or picture shown on the document's page. The file lives under
 * `public/` and is published as it is, so the content check reads it: its
 * size must match `width` and `height`, and it must carry no GPS location.
 */
export const image = z
  .strictObject({
    /** The file under public/, e.g. /imagenes/eventos/foro-2019.jpg. */
    src: z.string().regex(IMAGE_PATH, 'Ruta de imagen no válida: use /imagenes/…/nombre.jpg (o .png), en minúsculas, sin espacios ni tildes, con el archivo en public/'),
    /** What the image shows, for people who cannot see it. */
    alt: z.string().trim().min(1),
    /** Width in pixels, as in the file. */
    width: z.number().int().positive(),
    /** Height in pixels, as in the file. */
    height: z.number().int().positive(),
    /** A caption shown under the image. */
    caption: z.string().optional(),
    /** Who took it or owns it. */
    credit: z.string().optional(),
    /** True when any child or adolescent can be seen in it. Always say it, yes or no. */
    shows_children: z.boolean(),
    /** Required when shows_children is true. */
    consent: consent.optional(),
  })
  .refine((i) => !i.shows_children || i.consent !== undefined, {
    error: 'Falta el consentimiento (consent) de una imagen con niñas o niños: añada consent con guardian, assent, date, scope, expires y record, o quite la imagen',
    path: ['consent'],
  });

/** The images of a document, in the order they are shown. */
export const images = z.array(image).default([]);

/**
 * A child's given name as the record may print it: one word (a hyphenated
 * compound counts as one) and at most an initial, never a surname.
 */
export const FIRST_NAME = /^\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)?(?: \p{Lu}\.)?$/u;

/** A child or adolescent named in the document, with the consent to name them. */
export const namedChild = z.strictObject({
  /** Given name only: "Ana" or "Ana P.", never "Ana Pérez". */
  name: z.string().regex(FIRST_NAME, 'Nombre de niña o niño con apellido o mal escrito: escriba solo el nombre de pila, p. ej. «Ana» o «Ana P.», nunca el apellido'),
  consent,
});

/** Children named in the document's text; a name not listed here must not appear. */
export const namedChildren = z.array(namedChild).default([]);

/** An image as pages receive it. */
export type Image = z.output<typeof image>;
