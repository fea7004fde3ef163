/** Late and stalled commitments, detected against a fixed build date. */
import { describe, expect, it } from 'vitest';
import { isOverdue, markCarriedOver } from '../src/lib/actions.ts';
import type { ActionRow } from '../src/lib/network.ts';

const row = (over: Partial<ActionRow>): ActionRow => ({
  text: 'Elaborar contenidos',
  owners: [],
  status: 'pending',
  source: { collection: 'updates', id: 'a' },
  date: '2020-Q2',
  group: 'familia',
  ...over,
});

describe('isOverdue', () => {
  const today = '2020-08-15';
  it('flags an open item past its due day, month or quarter', () => {
    expect(isOverdue(row({ due: '2020-08-14' }), today)).toBe(true);
    expect(isOverdue(row({ due: '2020-07' }), today)).toBe(true);
    expect(isOverdue(row({ due: '2020-Q2', status: 'in-progress' }), today)).toBe(true);
  });
  it('does not flag items due later this month, done items or items without a due date', () => {
    expect(isOverdue(row({ due: '2020-08' }), today)).toBe(false);
    expect(isOverdue(row({ due: '2020-08-15' }), today)).toBe(false);
    expect(isOverdue(row({ due: '2020-01', status: 'done' }), today)).toBe(false);
    expect(isOverdue(row({}), today)).toBe(false);
  });
});

describe('markCarriedOver', () => {
  it('marks an item repeated unchanged in a later update of the same group', () => {
    const first = row({ text: 'Elaborar contenidos comunicacionales.', source: { collection: 'updates', id: 'q2' }, date: '2020-Q2' });
    const again = row({ text: 'elaborar contenidos comunicacionales', source: { collection: 'updates', id: 'q3' }, date: '2020-Q3' });
    const [a, b] = markCarriedOver([again, first]);
    expect(a!.carriedFrom).toEqual({ collection: 'updates', id: 'q2' });
    expect(b!.carriedFrom).toBeUndefined();
  });
  it('does not mark an item whose status moved, or one in another group', () => {
    const first = row({ source: { collection: 'updates', id: 'q2' }, date: '2020-Q2' });
    const moved = row({ status: 'in-progress', source: { collection: 'updates', id: 'q3' }, date: '2020-Q3' });
    const other = row({ group: 'migraciones', source: { collection: 'updates', id: 'm3' }, date: '2020-Q3' });
    expect(markCarriedOver([first, moved, other]).map((r) => r.carriedFrom)).toEqual([undefined, undefined, undefined]);
  });
});
