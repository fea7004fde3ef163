/**
 * What search files each document under, computed from fixtures parsed by
 * the real schemas, with references shaped as Astro's reference() gives them.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type Key, t } from '../src/i18n/index.ts';
import { dateLocale, shownDate } from '../src/lib/search-dates.ts';
import { type Naming, organizationLabel, type Searchable, searchRecord, UNDATED } from '../src/lib/search-facets.ts';
import { schemas } from '../src/schemas/index.ts';
import type { CollectionName } from '../src/schemas/shared.ts';
import { VALID } from './helpers/corpus.ts';

const s = schemas((collection: CollectionName) => z.string().transform((id) => ({ collection, id })));

/** The corpus file for a collection and id, parsed as the build would. */
function entry(collection: CollectionName, id: string): Searchable {
  const text = VALID[`content/${collection}/${id}.md`];
  if (!text) throw new Error(`no fixture ${collection}/${id}`);
  const frontmatter = parse(text.split('---')[1] ?? '') as unknown;
  return { collection, data: s[collection].parse(frontmatter) } as Searchable;
}

const naming: Naming = {
  name(collection, id) {
    const found = entry(collection, id);
    if (found.collection === 'organizations') return organizationLabel(found.data);
    if (found.collection === 'groups') return found.data.name;
    throw new Error('not a name');
  },
  label: (key) => t(key as Key),
};

describe('searchRecord', () => {
  it('files an event under its kind, groups, organisations, year and country, with its real dates', () => {
    expect(searchRecord(entry('events', 'quito'), naming)).toEqual({
      filters: {
        tipo: ['Evento'],
        grupo: ['Grupo Derecho a vivir en Familia'],
        org: ['Fondo de las Naciones Unidas para la Infancia (UNICEF)'],
        anio: ['2020'],
        pais: ['Ecuador'],
      },
      meta: { title: 'Foro Mundial sobre Migración y Desarrollo', kind: 'Evento · Cumbre', date: '2020-01-20/2020-01-24' },
      sortDate: '2020-01-20',
    });
  });

  it('files a meeting under the organisations that own its actions, and says when its date is inferred', () => {
    const record = searchRecord(entry('meetings', 'reunion'), naming);
    expect(record.filters).toMatchObject({ tipo: ['Reunión'], org: ['Fondo de las Naciones Unidas para la Infancia (UNICEF)'], anio: ['2020'], pais: [] });
    expect(record.meta).toEqual({ title: 'Informe a la reunión de técnicos', kind: 'Reunión · Reunión de técnicos', date: '~2020-Q2' });
    expect(record.sortDate).toBe('2020-04-01');
  });

  it('files a group under itself and each of its organisations, once each', () => {
    const record = searchRecord(entry('groups', 'familia'), naming);
    expect(record.filters.grupo).toEqual(['Grupo Derecho a vivir en Familia']);
    expect(record.filters.org).toEqual(['Lumos Foundation (Lumos)', 'Fondo de las Naciones Unidas para la Infancia (UNICEF)']);
    expect(record.meta).toEqual({ title: 'Grupo Derecho a vivir en Familia', kind: 'Grupo de trabajo · Activo' });
  });

  it('gives undated documents a date before every real one, so newest first lists them last', () => {
    const record = searchRecord(entry('organizations', 'unicef'), naming);
    expect(record.sortDate).toBe(UNDATED);
    expect(record.meta).not.toHaveProperty('date');
    expect(record.filters).toEqual({ tipo: ['Organización'], grupo: [], org: ['Fondo de las Naciones Unidas para la Infancia (UNICEF)'], anio: [], pais: [] });
  });

  it('files an update under its group and a position under its groups, year and status', () => {
    expect(searchRecord(entry('updates', 'familia-2020'), naming).filters).toMatchObject({ tipo: ['Avance'], grupo: ['Grupo Derecho a vivir en Familia'], anio: ['2020'] });
    const position = searchRecord(entry('positions', 'castigo'), naming);
    expect(position.filters).toMatchObject({ tipo: ['Posicionamiento'], grupo: ['Grupo Derecho a vivir en Familia'], anio: ['2016'] });
    expect(position.meta).toMatchObject({ kind: 'Posicionamiento · Publicado', date: '2016-12' });
  });
});

describe('a result’s date', () => {
  it('is kept as data and written in the search page’s language, as the pages write it', () => {
    expect(shownDate('2020-01-20/2020-01-24', 'es')).toBe('20 al 24 de enero de 2020');
    expect(shownDate('2020-01-20/2020-01-24', 'en')).toBe('January 20\u2009–\u200924, 2020');
    expect(shownDate('~2020-Q2', 'es')).toBe('hacia el segundo trimestre de 2020');
    expect(shownDate('~2020-Q2', 'pt')).toBe('por volta do 2º trimestre de 2020');
    expect(shownDate('2016-12', 'en')).toBe('December 2016');
  });

  it('shows anything else as it is, and writes Spanish where it has no words for the language', () => {
    expect(shownDate('9 de agosto de 2024', 'en')).toBe('9 de agosto de 2024');
    expect(shownDate('2020-13', 'en')).toBe('2020-13');
    expect(dateLocale('pt-BR')).toBe('pt');
    expect(dateLocale('fr')).toBe('es');
  });
});
