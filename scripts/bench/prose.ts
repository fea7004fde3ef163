/**
 * Markdown bodies as editors write them: headings, paragraphs, lists, a GFM
 * table, links to other documents and the odd footnote. Lengths vary the way
 * real reports do: 1–4 KB mostly (the seed record's documents are 1–5 KB),
 * one in eight several times longer.
 */
import { countryName } from '../../src/lib/countries.ts';
import type { Random } from './random.ts';
import { BODIES, FUNDERS, PLACES, SENTENCES, TOPICS } from './vocabulary.ts';

/** What a document's text may mention: its topic and the organisations it involves. */
export interface Context {
  rng: Random;
  topic: string;
  year: number;
  /** Names of organisations to mention. */
  orgs: readonly string[];
  /** Links this document's body may carry: [text, site path]. */
  links: readonly (readonly [string, string])[];
}

/** Fills `{slot}`s in a template from the context. */
export function fill(template: string, c: Context): string {
  const place = c.rng.pick(PLACES);
  const text = template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'topic':
        return c.rng.chance(0.6) ? c.topic : c.rng.pick(TOPICS);
      case 'place':
        return place.city;
      case 'country':
        return countryName(place.country);
      case 'org':
        return c.orgs.length ? c.rng.pick(c.orgs) : 'La secretaría';
      case 'body':
        return c.rng.pick(BODIES);
      case 'year':
        return String(c.year);
      case 'n':
        return String(c.rng.int(3, 480));
      case 'pct':
        return String(c.rng.int(5, 95));
      case 'funder':
        return c.rng.pick(FUNDERS);
      default:
        return slot;
    }
  });
  // Bodies are written with their article ("el SICA"): contract it as Spanish does.
  return text.replaceAll(' de el ', ' del ').replaceAll(' a el ', ' al ');
}

export function paragraph(c: Context, sentences = c.rng.int(2, 4)): string {
  const text = Array.from({ length: sentences }, () => fill(c.rng.pick(SENTENCES), c));
  if (c.links.length && c.rng.chance(0.35)) {
    const [label, path] = c.rng.pick(c.links);
    text.push(`Más detalles en [${label}](${path}).`);
  }
  return text.join(' ');
}

function list(c: Context): string {
  return Array.from({ length: c.rng.int(2, 6) }, () => `- ${fill(c.rng.pick(SENTENCES), c)}`).join('\n');
}

/**
 * A small GFM table, the kind editors paste from a spreadsheet. No column
 * alignment: the check refuses `:---` (it renders as a style attribute the
 * site's Content-Security-Policy blocks).
 */
function table(c: Context): string {
  const rows = c.rng.sample(PLACES, c.rng.int(3, 7)).map((p) => {
    const n = c.rng.int(2, 60);
    return `| ${countryName(p.country)} | ${n} | ${c.rng.int(0, n)} | ${fill(c.rng.pick(['Datos de {org}.', 'Sin información oficial.', 'Incluye {topic}.', 'Cifras preliminares.']), c)} |`;
  });
  return ['| País | Casos documentados | Con seguimiento | Observaciones |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** A body of titled sections; `headings` are the report's usual sections. */
export function body(c: Context, headings: readonly string[]): string {
  const parts: string[] = [paragraph(c)];
  // One report in eight is long (minutes with many points): real archives have a tail.
  const long = c.rng.chance(0.125);
  const sections = c.rng.sample(headings, long ? headings.length : c.rng.int(1, 3));
  let footnote = false;
  for (const heading of sections) {
    parts.push(`## ${heading}`);
    for (let i = long ? c.rng.int(2, 4) : 1; i > 0; i--) parts.push(paragraph(c));
    if (c.rng.chance(0.4)) parts.push(list(c));
    if (c.rng.chance(0.15)) parts.push(table(c));
    if (!footnote && c.rng.chance(0.1)) {
      parts.push(`${paragraph(c, 1)}[^1]`);
      footnote = true;
    }
  }
  if (footnote) parts.push(`[^1]: Dato tomado del informe de ${c.rng.pick(c.orgs.length ? c.orgs : ['la secretaría'])} de ${c.year}.`);
  return `${parts.join('\n\n')}\n`;
}
