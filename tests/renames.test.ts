/**
 * Following renamed documents through Git's record of renames, so that
 * every address a published document had leads to where it is now.
 */
import { describe, expect, it } from 'vitest';
import { documentOf, firstNames, movedDocuments, type Rename, renamesIn } from '../src/lib/renames.ts';

const moves = (renames: Rename[]) =>
  Object.fromEntries(movedDocuments(renames).map(({ from, to }) => [`${from.collection}/${from.id}`, `${to.collection}/${to.id}`]));
const r = (from: string, to: string): Rename => ({ from: `content/${from}`, to: `content/${to}` });

describe('renamesIn', () => {
  it('reads the renames of a `git log --name-status -M`, oldest first', () => {
    const log = [
      '@2025-06-01',
      '',
      'R100\tcontent/groups/b.md\tcontent/groups/c.md',
      'M\tcontent/groups/otro.md',
      '@2024-03-05',
      '',
      'R087\tcontent/groups/a.md\tcontent/groups/b.md',
      'A\tcontent/groups/nuevo.md',
      'D\tcontent/groups/viejo.md',
    ].join('\n');
    expect(renamesIn(log)).toEqual([r('groups/a.md', 'groups/b.md'), r('groups/b.md', 'groups/c.md')]);
  });
});

describe('documentOf', () => {
  it('knows a document by its file, and nothing else as one', () => {
    expect(documentOf('content/groups/migraciones.md')).toEqual({ collection: 'groups', id: 'migraciones' });
    expect(documentOf('content/meetings/acta-2020.mdx')).toEqual({ collection: 'meetings', id: 'acta-2020' });
    for (const other of ['content/groups/_plantilla.md', 'content/translations/en/groups/migraciones.md', 'content/README.md', 'content/otra/x.md', 'public/x.md']) {
      expect(documentOf(other)).toBeUndefined();
    }
  });
});

describe('movedDocuments', () => {
  it('sends every old name to the last one', () => {
    expect(moves([r('groups/a.md', 'groups/b.md'), r('groups/b.md', 'groups/c.md')])).toEqual({ 'groups/a': 'groups/c', 'groups/b': 'groups/c' });
  });

  it('follows a document into another collection', () => {
    expect(moves([r('meetings/foro.md', 'events/foro.md')])).toEqual({ 'meetings/foro': 'events/foro' });
  });

  it('moves nothing from a name the document has again', () => {
    expect(moves([r('events/a.md', 'events/b.md'), r('events/b.md', 'events/a.md')])).toEqual({ 'events/b': 'events/a' });
  });

  it('moves nothing when only the extension changed', () => {
    expect(moves([r('meetings/acta.md', 'meetings/acta.mdx')])).toEqual({});
  });

  it('moves nothing to a draft, nor from one', () => {
    expect(moves([r('positions/a.md', 'positions/b.md'), r('positions/b.md', 'positions/_b.md')])).toEqual({});
    expect(moves([r('positions/_borrador.md', 'positions/publicado.md')])).toEqual({});
  });

  it('lets a new document take an old name', () => {
    // a became b; later another file was renamed to a: a is a document again, and b still leads to nothing older.
    expect(moves([r('groups/a.md', 'groups/b.md'), r('groups/x.md', 'groups/a.md')])).toEqual({ 'groups/x': 'groups/a' });
  });
});

describe('firstNames', () => {
  const firsts = (renames: Rename[], current: string[]) =>
    Object.fromEntries([...firstNames(renames, new Set(current))].map(([key, first]) => [key, `${first.collection}/${first.id}`]));

  it('gives a renamed document the name it was first published under', () => {
    expect(firsts([r('events/a.md', 'events/b.md'), r('events/b.md', 'meetings/c.md')], ['meetings/c'])).toEqual({ 'meetings/c': 'events/a' });
  });

  it('gives nothing to a document back under its first name, or never renamed', () => {
    expect(firsts([r('events/a.md', 'events/b.md'), r('events/b.md', 'events/a.md')], ['events/a', 'events/z'])).toEqual({});
  });

  it('gives nothing whose first name another document has now, or that two documents started from', () => {
    // b started as a; a new file took the name a.
    expect(firsts([r('groups/a.md', 'groups/b.md')], ['groups/a', 'groups/b'])).toEqual({});
    // b started as a; later a new a was renamed to c: both started from a.
    expect(firsts([r('groups/a.md', 'groups/b.md'), r('groups/a.md', 'groups/c.md')], ['groups/b', 'groups/c'])).toEqual({});
  });

  it('starts again after a spell as a draft', () => {
    expect(firsts([r('positions/a.md', 'positions/_a.md'), r('positions/_a.md', 'positions/b.md')], ['positions/b'])).toEqual({});
  });
});
