/**
 * Zod issues in the words an editor needs: what is wrong and how to fix it,
 * in Spanish. Zod's own messages are English and name types ("expected
 * string, received undefined"); these name the field and the fix.
 */
import type { z } from 'astro/zod';
import { daysInMonth, formatDate, parsePartialDate, type Precision } from '../lib/dates.ts';
import { toId } from '../lib/suggest.ts';
import { meantTimeZone } from '../lib/time-zones.ts';
import { DATE_PRECISIONS, describeEmpty } from './empty-field.ts';
import { deleteInvisible, type Hidden, invisibleCharacter, invisibleIn } from './invisible.ts';
import { meantDate } from './meant-date.ts';
import { meantValue } from './meant-value.ts';

export interface Described {
  message: string;
  hint: string;
}

const TYPES: Record<string, string> = {
  string: 'un texto',
  number: 'un número',
  boolean: 'true o false',
  array: 'una lista (líneas que empiezan por «- »)',
  object: 'un grupo de campos con sangría',
  date: 'una fecha',
};

/** Yes and no in the words editors use, for fields that take true or false. */
const YES_NO: Record<string, 'true' | 'false'> = { si: 'true', verdadero: 'true', cierto: 'true', no: 'false', falso: 'false' };

/**
 * `fields`: the field names the schema accepts where the issue is (schema-keys.ts), in the
 * schema's order; for a record in a list, the first is the one to start it with (`- text: …`).
 * `accepts`: whether the schema would take another value there (empty-field.ts).
 */
export function describeIssue(issue: z.core.$ZodIssue, field: string, fields: readonly string[] = [], accepts: (value: unknown) => boolean = () => false): Described {
  const name = field.split('.').filter((part) => !/^\d+$/.test(part)).at(-1) ?? field;
  if (issue.input === undefined && issue.code !== 'custom') {
    return { message: `Falta el campo obligatorio «${name}»`, hint: `añada una línea «${name}: …» al encabezado` };
  }
  if (issue.input === null && issue.code !== 'custom') return describeEmpty(issue, name, accepts);
  const hidden = invisibleInValue(issue);
  if (hidden) {
    if (accepts(hidden.visible)) return invisibleOnly(hidden, issue.code === 'invalid_value' ? name : undefined);
    // Then what is wrong besides, as the value reads without it: «netwrk» is still no kind.
    const without = describeIssue({ ...issue, input: hidden.visible } as z.core.$ZodIssue, field, fields, accepts);
    return { message: `${without.message}; además, lleva ${invisibleCharacter(hidden)}`, hint: `${deleteInvisible(hidden)}; después, ${without.hint}` };
  }
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.expected === 'boolean' && typeof issue.input === 'string' && YES_NO[toId(issue.input)]) {
        return { message: `«${name}» debe ser true o false`, hint: `¿quiso decir «${YES_NO[toId(issue.input)]}»? Sí se escribe true y no, false` };
      }
      if (issue.expected === 'string' && Array.isArray(issue.input) && issue.input.length > 0 && typeof issue.input[0] === 'string') {
        // `group: [migraciones]` or `group:` with a `- migraciones` below it: one value, written as a list.
        const one = issue.input.length === 1;
        return {
          message: one ? `«${name}» es un solo valor, no una lista` : `«${name}» admite un solo valor, y hay ${issue.input.length}`,
          hint: `escríbalo en la misma línea, sin corchetes ni guion: ${name}: ${String(issue.input[0])}${one ? '' : ' (deje uno)'}`,
        };
      }
      const first = fields[0];
      if (issue.expected === 'object' && typeof issue.input === 'string' && /\.\d+$/.test(field) && first) {
        // `- Preparar el informe` where an action item is a record: the text is there, its field name is not.
        return {
          message: `Cada elemento de «${name}» es un grupo de campos, no un texto`,
          hint: `escriba «- ${first}: ${issue.input}» y, debajo, alineados con ${first}, los demás campos`,
        };
      }
      if (issue.expected === 'array' && typeof issue.input === 'string') {
        // `groups: violencia, ods`: the items are there, written as one text.
        const items = issue.input.split(/\s*[,;]\s*/).filter(Boolean);
        return { message: `«${name}» debe ser una lista, no un texto`, hint: `escríbala entre corchetes, separada por comas: ${name}: [${items.join(', ')}]` };
      }
      return { message: `«${name}» debe ser ${TYPES[issue.expected] ?? issue.expected}`, hint: 'corrija el valor de esa línea' };
    }
    case 'invalid_value': {
      const meant = meantValue(issue.input, issue.values);
      // The list only when no value is the likely one: for a country it is fifty codes long.
      return {
        message: `Valor no permitido ${quote(issue.input)} en «${name}»`,
        hint: meant
          ? `¿quiso decir «${meant.value}»?${meant.label ? ` Es el código de «${meant.label}»` : ''}`
          : `use uno de: ${issue.values.map(String).join(', ')}`,
      };
    }
    case 'invalid_union':
      return { message: `Valor no válido ${quote(issue.input)} en «${name}»`, hint: 'revise el formato de ese valor' };
    case 'too_small':
      if (issue.origin === 'array') {
        return { message: `«${name}» necesita al menos ${issue.minimum} elemento(s)`, hint: 'añada elementos a la lista, uno por línea con «- »' };
      }
      return { message: `«${name}» está vacío`, hint: 'escriba su valor o borre la línea si es opcional' };
    case 'invalid_format':
      if (issue.format === 'url') {
        return { message: `Dirección web no válida en «${name}»`, hint: 'escríbala completa, empezando por https://' };
      }
      if (issue.format === 'regex' && issue.message.includes(': ') && !issue.message.startsWith('Invalid')) return split(issue.message);
      return { message: `Formato no válido en «${name}»`, hint: issue.message };
    case 'custom': {
      if (isBadDate(issue)) {
        const date = stillTheFormat(issue.input) ?? otherDashes(issue.input) ?? impossibleDate(issue.input) ?? otherwiseWritten(issue.input);
        if (date) return date;
      }
      if (issue.message.startsWith('Zona horaria') && typeof issue.input === 'string') {
        const zone = meantTimeZone(issue.input);
        if (zone) {
          // «Ginebra» → Europe/Zurich: the name alone would look like a mistake.
          const otherName = !issue.input.includes('/') && toId(zone.split('/').at(-1)!) !== toId(issue.input);
          return { message: `Zona horaria desconocida: ${quote(issue.input)}`, hint: `¿quiso decir «${zone}»?${otherName ? ` Es la zona horaria de ${issue.input.trim()}` : ''}` };
        }
      }
      return split(issue.message);
    }
    default:
      return { message: `Valor no válido en «${name}»`, hint: issue.message };
  }
}

/** partialDate's issue (schemas/shared.ts): a date that is none. */
const isBadDate = (issue: z.core.$ZodIssue) => issue.code === 'custom' && issue.message.startsWith('Fecha no válida');

/**
 * The invisible character in a value of a list (`kind: net\u200Bwork`) or a
 * date (`2016-12\u200B-05`) that the schema refuses, which the message names:
 * quoted back, the value reads as the right one, or as a mistake without
 * it. The rule for invisible characters leaves it to this message
 * (content.ts `invisibleNamed`). Not when nothing else is there: there is
 * no value to point at, and that rule tells it.
 */
export function invisibleInValue(issue: z.core.$ZodIssue): Hidden | undefined {
  if (typeof issue.input !== 'string' || (issue.code !== 'invalid_value' && !isBadDate(issue))) return undefined;
  const hidden = invisibleIn(issue.input);
  return hidden?.visible ? hidden : undefined;
}

/**
 * A value that is right but for an invisible character, worded as an id's
 * (site-map.ts `withInvisible`): what is there, where, that without it the
 * value is valid, and how to delete it. `name`: the field of a list value;
 * none for a date, which says it is one.
 */
function invisibleOnly(hidden: Hidden, name: string | undefined): Described {
  const value = name === undefined ? `de la fecha «${hidden.visible}», que sin él es válida` : `del valor «${hidden.visible}» de «${name}», que sin él es válido`;
  return { message: `Hay ${invisibleCharacter(hidden)} ${hidden.where} ${value}`, hint: deleteInvisible(hidden) };
}

/** A schema's own Spanish message, written as `what: how`. */
function split(text: string): Described {
  const at = text.indexOf(': ');
  return at < 0 ? { message: text, hint: 'corrija ese valor' } : { message: text.slice(0, at), hint: text.slice(at + 2) };
}

/**
 * Says why a date that looks right does not exist. The YAML reader here keeps
 * dates as the text the editor wrote, so `2025-02-30` is judged as written;
 * Astro's own YAML reader would already have rolled it over to 2 March.
 */
function impossibleDate(input: unknown): Described | undefined {
  if (typeof input !== 'string') return undefined;
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(input.trim());
  if (!match) return undefined;
  const [, year = '', month = '', day] = match;
  if (Number(month) < 1 || Number(month) > 12) {
    return { message: `La fecha «${input}» no existe: no hay mes ${month}`, hint: 'el mes va de 01 a 12: AAAA-MM-DD' };
  }
  const days = daysInMonth(Number(year), Number(month));
  if (day === undefined || (Number(day) >= 1 && Number(day) <= days)) return undefined;
  return { message: `La fecha «${input}» no existe: ${formatDate(`${year}-${month}`)} tiene ${days} días`, hint: `corrija el día (de 01 a ${days})` };
}

/**
 * The format itself, `AAAA-MM-DD`, as a template (`_plantilla.md`) or the
 * editors' guide writes it: the date is still to be written, and the fix is
 * the source's date, not another spelling of the format.
 */
function stillTheFormat(input: unknown): Described | undefined {
  if (typeof input !== 'string' || !/^A{4}(-(MM|Qn)(-DD)?)?$/i.test(input.trim())) return undefined;
  return { message: `Falta escribir la fecha: aún dice ${quote(input)}`, hint: `escriba la de la fuente, con la precisión que dé: ${DATE_PRECISIONS}` };
}

/**
 * Dashes that look like the hyphen: Word turns «2020-01-20» into
 * «2020–01–20» (en dashes) as it is typed, and PDFs carry minus signs and
 * non-breaking hyphens. Quoted back, the date looks right; name the dash.
 */
const DASH = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/u;

function otherDashes(input: unknown): Described | undefined {
  if (typeof input !== 'string') return undefined;
  const dash = DASH.exec(input)?.[0];
  if (!dash) return undefined;
  const plain = input.replace(new RegExp(DASH.source, 'gu'), '-').trim();
  const meant = parsePartialDate(plain) ? plain : meantDate(plain);
  if (!meant) return undefined;
  return {
    message: `La fecha ${quote(input)} usa «${dash}» en lugar del guion «-»`,
    hint: `escriba ${meant}, con el guion del teclado (los procesadores de textos lo cambian al escribir o pegar)`,
  };
}

/** How each precision of date is written, for the editor. */
const WRITTEN_AS: Record<Precision, string> = {
  day: 'AAAA-MM-DD: año, mes y día',
  month: 'AAAA-MM: año y mes',
  quarter: 'AAAA-Qn: año y trimestre (Q1 a Q4)',
  year: 'AAAA: el año',
};

/** A date written as people write it (`29/10/2019`, `octubre de 2019`, `2020-T2`): the same date as the content writes it. */
function otherwiseWritten(input: unknown): Described | undefined {
  const meant = meantDate(input);
  if (!meant) return undefined;
  const form = WRITTEN_AS[parsePartialDate(meant)!.precision];
  return { message: `Fecha escrita de otra forma: ${quote(input)}`, hint: `¿quiso decir «${meant}»? Se escribe ${form}` };
}

function quote(value: unknown): string {
  return typeof value === 'string' ? `«${value}»` : JSON.stringify(value) ?? String(value);
}
