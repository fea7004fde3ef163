/** The schemas accept what editors should write and refuse what they should not. */
import { describe, expect, it } from 'vitest';
import { idReference, schemas } from '../src/schemas/index.ts';

const s = schemas(idReference);

const organization = {
  name: 'Instituto Interamericano del Niño, la Niña y Adolescentes',
  acronym: 'IIN-OEA',
  kind: 'inter-governmental',
  membership: 'member',
  summary: 'Organismo especializado de la OEA.',
};

const event = {
  title: 'Foro',
  start: '2019-10-29',
  end: '2019-10-31',
  place: { city: 'Cartagena', country: 'CO' },
  organizer: 'IIN-OEA',
  kind: 'congress',
  summary: 'Un congreso.',
  activities: [{ text: 'Organización del foro de la sociedad civil' }],
};

describe('organizations', () => {
  it('accepts a complete organisation and fills defaults', () => {
    const parsed = s.organizations.parse(organization);
    expect(parsed.aliases).toEqual([]);
    expect(parsed.countries).toEqual([]);
  });

  it('refuses an unknown key instead of dropping it', () => {
    const result = s.organizations.safeParse({ ...organization, nmae: 'x' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['nmae'] });
  });

  it('refuses a membership outside the list', () => {
    const result = s.organizations.safeParse({ ...organization, membership: 'socio' });
    expect(result.error?.issues[0]?.path).toEqual(['membership']);
  });

  it('refuses an unknown country code and a web address without http', () => {
    const result = s.organizations.safeParse({ ...organization, countries: ['XX'], website: 'www.iin.oea.org' });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['website', 'countries.0']);
  });
});

describe('dates', () => {
  it('keeps a date at the precision the source gives', () => {
    for (const date of ['2020', 2020, '2020-Q2', '2020-04', '2020-04-15', new Date('2020-04-15')]) {
      expect(s.positions.safeParse({ title: 'x', date, status: 'draft', summary: 'x' }).success).toBe(true);
    }
    const parsed = s.positions.parse({ title: 'x', date: new Date('2016-12-01'), status: 'published', summary: 'x' });
    expect(parsed.date).toBe('2016-12-01');
  });

  it('refuses dates that do not exist', () => {
    for (const date of ['2025-02-30', '2020-13', '2020-Q5', '20-04-01', 'abril 2020']) {
      const result = s.positions.safeParse({ title: 'x', date, status: 'draft', summary: 'x' });
      expect(result.success, String(date)).toBe(false);
    }
  });

  it('refuses an event that ends before it starts', () => {
    const result = s.events.safeParse({ ...event, end: '2019-10-20' });
    expect(result.error?.issues[0]?.path).toEqual(['end']);
  });

  it('accepts an event whose end is a coarser date in the same month', () => {
    expect(s.events.safeParse({ ...event, end: '2019-10' }).success).toBe(true);
  });
});

describe('references and action items', () => {
  it('keeps references as ids for the checker', () => {
    const group = s.groups.parse({ name: 'Grupo', status: 'active', members: ['unicef', 'lumos'], summary: 'x' });
    expect(group.members).toEqual(['unicef', 'lumos']);
    expect(group.coordinators).toEqual([]);
  });

  it('defaults an action item to pending with no owners', () => {
    const update = s.updates.parse({
      title: 'Avance',
      group: 'migraciones',
      date: '2020-Q2',
      summary: 'x',
      next_steps: [{ text: 'Elaborar contenidos' }],
    });
    expect(update.next_steps[0]).toEqual({ text: 'Elaborar contenidos', owners: [], status: 'pending' });
  });

  it('refuses an unknown action status and an unknown key inside an action item', () => {
    const result = s.meetings.safeParse({
      title: 'R',
      date: '2020',
      kind: 'technical',
      summary: 'x',
      action_items: [{ text: 'a', status: 'hecho', owner: 'unicef' }],
    });
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['action_items.0', 'action_items.0.status']);
  });

  it('requires at least one activity for an event', () => {
    expect(s.events.safeParse({ ...event, activities: [] }).success).toBe(false);
  });
});
