/** Back-references, action items and ordering over plain values. */
import { describe, expect, it } from 'vitest';
import { type ActionRow, backReferences, type Edge, groupRows, newestFirst, sortActions } from '../src/lib/network.ts';

const org = (id: string) => ({ collection: 'organizations' as const, id });
const group = (id: string) => ({ collection: 'groups' as const, id });
const event = (id: string) => ({ collection: 'events' as const, id });

describe('backReferences', () => {
  const edges: Edge[] = [
    { from: group('migraciones'), to: org('unicef'), role: 'member' },
    { from: group('familia'), to: org('unicef'), role: 'member' },
    { from: group('familia'), to: org('unicef'), role: 'member' },
    { from: event('quito'), to: org('unicef'), role: 'participant' },
    { from: group('familia'), to: org('lumos'), role: 'member' },
  ];

  it('lists an organisation in two groups and one event exactly once each', () => {
    const unicef = backReferences(edges).get('organizations/unicef')!;
    expect(unicef.get('member')).toEqual([group('migraciones'), group('familia')]);
    expect(unicef.get('participant')).toEqual([event('quito')]);
    expect(unicef.get('author')).toBeUndefined();
  });

  it('knows nothing points at an entry nobody references', () => {
    expect(backReferences(edges).get('organizations/educo')).toBeUndefined();
  });
});

describe('action items', () => {
  const row = (text: string, status: ActionRow['status'], date: string, due?: string): ActionRow => ({
    text,
    status,
    date,
    due,
    owners: [],
    source: { collection: 'meetings', id: 'm' },
  });

  it('puts open items first, then the earliest due, then the newest source', () => {
    const sorted = sortActions([
      row('hecha', 'done', '2020-06-01'),
      row('sin plazo', 'pending', '2020-06-01'),
      row('plazo julio', 'pending', '2019-01-01', '2020-07'),
      row('en curso', 'in-progress', '2020-06-01'),
      row('sin plazo, antigua', 'pending', '2019-01-01'),
    ]);
    expect(sorted.map((r) => r.text)).toEqual(['plazo julio', 'sin plazo', 'sin plazo, antigua', 'en curso', 'hecha']);
  });

  it('groups rows under every key they have', () => {
    const rows = [
      { text: 'a', owners: ['unicef', 'lumos'] },
      { text: 'b', owners: ['lumos'] },
    ];
    const byOwner = groupRows(rows, (r) => r.owners);
    expect([...byOwner.keys()]).toEqual(['unicef', 'lumos']);
    expect(byOwner.get('lumos')!.map((r) => r.text)).toEqual(['a', 'b']);
  });
});

it('orders newest first with a stable tie-break by title', () => {
  const items = [
    { t: 'Beta', d: '2020-Q2' },
    { t: 'Alfa', d: '2020-Q2' },
    { t: 'Gamma', d: '2016-12' },
    { t: 'Delta', d: '2020-01-20' },
  ];
  expect(newestFirst(items, (i) => i.d, (i) => i.t).map((i) => i.t)).toEqual(['Alfa', 'Beta', 'Delta', 'Gamma']);
});
