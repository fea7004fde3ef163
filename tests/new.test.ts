/**
 * `npm run new`: a new document for every collection, named from its title,
 * with every required field and Spanish comments. `npm run check` then
 * lists exactly the guides left to replace («Escriba aquí…», the date, an
 * update's group), and passes once they are; the document builds. It never overwrites.
 *
 * Each collection's `_plantilla.md` is the same text for an editor who
 * starts a document in the Git host's web editor, by copying it.
 *
 * `npm run new -- traduccion <pt|en> <colección>/<id>` starts a translation
 * the same way: the original's texts quoted in comments, a guide the check
 * refuses where each translated text goes, and one line in Spanish for
 * each reason it cannot.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCheck } from '../src/checks/cli.ts';
import { COLLECTIONS } from '../src/schemas/shared.ts';
import { template, TEMPLATE_FILE, templateStart } from '../src/checks/new-document.ts';
import { corpusRoot, removeCorpusRoots } from './fixtures/corpus-root.ts';
import { makeSite, PROJECT } from './helpers/site.ts';

afterAll(removeCorpusRoots);

const TITLE = 'Foro: Niñez y Adolescencia en Panamá — 2025 «edición especial»';
const ID = 'foro-ninez-y-adolescencia-en-panama-2025-edicion-especial';

function npmNew(cwd: string, ...args: string[]) {
  const result = spawnSync(join(PROJECT, 'node_modules/.bin/node'), [join(PROJECT, 'scripts/new.ts'), ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The document once its editor has replaced every guide with real text. */
function written(text: string): string {
  return text.replace(/Escriba aquí[^"\n]*/g, 'Texto de la redacción.');
}

/** The collection as an editor may name it: the folder, or the section of the site. */
const NAMES = { organizations: 'organizaciones', groups: 'groups', updates: 'avances', meetings: 'meetings', events: 'eventos', positions: 'posicionamientos' } as const;

describe('npm run new', () => {
  const root = corpusRoot();

  for (const collection of COLLECTIONS) {
    it(`writes a ${collection} document whose check lists only what is left to write`, () => {
      const result = npmNew(root, NAMES[collection], TITLE);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(`Creado content/${collection}/${ID}.md`);
      const text = readFileSync(join(root, 'content', collection, `${ID}.md`), 'utf8');
      expect(text).toMatch(/^---\n# /);
      expect(text).toContain(`${collection === 'organizations' || collection === 'groups' ? 'name' : 'title'}: "Foro: Niñez y Adolescencia en Panamá — 2025 «edición especial»"`);
      // No date and no group stand in for the editor's: a wrong one would pass every check.
      if (collection !== 'organizations' && collection !== 'groups') expect(text).toMatch(/^(date|start): AAAA-MM-DD$/m);
      // (The group this title names, written by the groups test above, or none yet.)
      if (collection === 'updates') expect(text).toMatch(new RegExp(`^group: (id-del-grupo|${ID})$`, 'm'));
      // Every field line is explained by a comment in Spanish just above it.
      const lines = text.split('\n');
      for (const [i, line] of lines.entries()) {
        if (/^[a-z_]+:/.test(line)) expect(lines[i - 1], line).toMatch(/^\s*#|^\s+/);
      }
      // The guides are valid text, but publishing one would publish «Escriba aquí…»: the check lists each, and nothing else.
      const left = runCheck(root, {});
      expect(left.exitCode).toBe(1);
      const problems = left.output.split('\n').filter((line) => line.startsWith('content/'));
      const dates = text.match(/^(date|start): AAAA-MM-DD$/gm) ?? [];
      expect(problems.length).toBe(text.split('Escriba aquí').length - 1 + dates.length + (text.includes('group: id-del-grupo') ? 1 : 0));
      for (const line of problems) expect(line).toMatch(new RegExp(`^content/${collection}/${ID}\\.md:\\d+:\\d+  \\S+  (Falta escribir|No existe el grupo de trabajo «id-del-grupo»)`));
      writeFileSync(join(root, 'content', collection, `${ID}.md`), written(text).replaceAll('AAAA-MM-DD', '2025-03-14').replace('group: id-del-grupo', 'group: familia'));
      expect(runCheck(root, {})).toEqual({ output: 'Contenido revisado: ningún problema.', exitCode: 0 });
    });
  }

  it('gives an update the group its title names', () => {
    const result = npmNew(root, 'avances', 'Avance del grupo Familia, primer trimestre de 2026');
    expect(result.status).toBe(0);
    const path = join(root, 'content/updates/avance-del-grupo-familia-primer-trimestre-de-2026.md');
    expect(readFileSync(path, 'utf8')).toMatch(/^group: familia$/m);
    rmSync(path);
  });

  it('takes no id from a template: «Plantilla» is a title like any other', () => {
    writeFileSync(join(root, 'content/positions', TEMPLATE_FILE), template('positions', templateStart('positions')));
    const result = npmNew(root, 'posicionamientos', 'Plantilla');
    expect(result.stderr).toBe('');
    expect(readFileSync(join(root, 'content/positions/plantilla.md'), 'utf8')).toContain('title: "Plantilla"');
    rmSync(join(root, 'content/positions/plantilla.md'));
    rmSync(join(root, 'content/positions', TEMPLATE_FILE));
  });

  it('refuses to overwrite, in any spelling of the same title', () => {
    const path = join(root, 'content/events', `${ID}.md`);
    const before = readFileSync(path, 'utf8');
    const again = npmNew(root, 'eventos', 'foro: niñez y adolescencia en panama 2025, edición especial');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`Ya existe content/events/${ID}.md: no se sobrescribe.`);
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('says which collections exist when the name is wrong', () => {
    const result = npmNew(root, 'evento', 'Algo');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Colección desconocida «evento»: ¿quiso decir «eventos»?');
  });

  it('explains its usage when the title is missing', () => {
    const result = npmNew(root, 'eventos');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Uso: npm run new -- <colección> "<título>"');
  });

  it('will not start an update when there is no group for it to belong to', () => {
    const empty = corpusRoot({});
    rmSync(join(empty, 'content/groups'), { recursive: true });
    rmSync(join(empty, 'content/updates'), { recursive: true });
    rmSync(join(empty, 'content/events'), { recursive: true });
    rmSync(join(empty, 'content/positions'), { recursive: true });
    const result = npmNew(empty, 'avances', 'Avance');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('cree primero el grupo');
  });

  it('what it writes builds into pages', () => {
    const site = makeSite();
    try {
      for (const collection of COLLECTIONS) {
        for (const [path, text] of Object.entries({ [`content/${collection}/${ID}.md`]: readFileSync(join(root, 'content', collection, `${ID}.md`), 'utf8') })) site.write(path, text);
      }
      for (const file of ['organizations/unicef.md', 'organizations/lumos.md', 'groups/familia.md', 'meetings/reunion.md', 'updates/familia-2020.md', 'events/quito.md', 'positions/castigo.md']) {
        site.write(`content/${file}`, readFileSync(join(root, 'content', file), 'utf8'));
      }
      const result = site.build();
      expect(result.status, result.output).toBe(0);
      expect(site.page(`/eventos/${ID}/`)).toContain('Foro: Niñez y Adolescencia en Panamá');
      expect(site.page(`/posicionamientos/${ID}/`)).toContain('Borrador');
    } finally {
      site.remove();
    }
  });
});

describe('the templates an editor copies (content/<collection>/_plantilla.md)', () => {
  it('are what a new document holds, with guides for the title, the date and the group', () => {
    for (const collection of COLLECTIONS) {
      const committed = readFileSync(join(PROJECT, 'content', collection, TEMPLATE_FILE), 'utf8');
      // When this fails, what `npm run new` writes changed: run `npm run new -- --plantillas` and commit the templates.
      expect(committed, `content/${collection}/${TEMPLATE_FILE}`).toBe(template(collection, templateStart(collection)));
      expect(committed).toContain(`archivo nuevo de content/${collection}/`);
    }
  });

  it('edited in place, the check says the text would not be published and where to save it', () => {
    const root = corpusRoot();
    for (const collection of COLLECTIONS) writeFileSync(join(root, 'content', collection, TEMPLATE_FILE), template(collection, templateStart(collection)));
    expect(runCheck(root, {})).toEqual({ output: 'Contenido revisado: ningún problema.', exitCode: 0 });
    const path = join(root, 'content/events', TEMPLATE_FILE);
    writeFileSync(path, readFileSync(path, 'utf8').replace('Escriba aquí el título', 'Foro Regional de Niñez 2025'));
    const { output, exitCode } = runCheck(root, {});
    expect(exitCode).toBe(1);
    expect(output.split('\n')[0]).toBe(
      'content/events/_plantilla.md  (archivo)  La plantilla está cambiada, y lo que se escriba en ella no se publica: los archivos que empiezan por «_» se ignoran — guarde su texto como un documento nuevo, content/events/foro-regional-de-ninez-2025.md, y devuelva la plantilla a su texto de antes (en GitHub: «History», o npm run new -- --plantillas)',
    );
  });

  for (const collection of COLLECTIONS) {
    it(`copied as a new ${collection} document, the check lists what is left to write, and passes once it is written`, () => {
      const root = corpusRoot();
      const path = join(root, 'content', collection, 'nuevo-documento.md');
      const text = readFileSync(join(PROJECT, 'content', collection, TEMPLATE_FILE), 'utf8');
      writeFileSync(path, text);
      const left = runCheck(root, {});
      expect(left.exitCode).toBe(1);
      const problems = left.output.split('\n').filter((line) => line.startsWith('content/'));
      const dates = text.match(/^(date|start): AAAA-MM-DD$/gm) ?? [];
      const group = collection === 'updates' ? 1 : 0;
      expect(problems.length, left.output).toBe(text.split('Escriba aquí').length - 1 + dates.length + group);
      for (const line of problems) {
        expect(line).toMatch(new RegExp(`^content/${collection}/nuevo-documento\\.md:\\d+:\\d+  \\S+  (Falta escribir|No existe el grupo de trabajo «id-del-grupo»)`));
      }
      if (dates.length) expect(left.output).toContain('Falta escribir la fecha: aún dice «AAAA-MM-DD» — escriba la de la fuente');
      writeFileSync(path, written(text).replaceAll('AAAA-MM-DD', '2025-03-14').replace('group: id-del-grupo', 'group: familia'));
      expect(runCheck(root, {})).toEqual({ output: 'Contenido revisado: ningún problema.', exitCode: 0 });
    });
  }
});

describe('npm run new -- traduccion', () => {
  /** A temporary copy of the site with its real content. */
  function siteCopy(): string {
    const root = corpusRoot();
    rmSync(join(root, 'content'), { recursive: true });
    cpSync(join(PROJECT, 'content'), join(root, 'content'), { recursive: true });
    return root;
  }

  /** The lines `npm run check` prints for problems, one per problem. */
  const problemLines = (root: string) => runCheck(root, {}).output.split('\n').filter((line) => line.startsWith('content/'));

  it('starts a translation of a real original: its texts quoted in comments, a guide the check refuses for each, accepted once translated', () => {
    const root = siteCopy();
    const path = join(root, 'content/translations/pt/groups/migraciones.md');
    rmSync(path);
    const result = npmNew(root, 'traduccion', 'pt', 'grupos/migraciones');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Creado content/translations/pt/groups/migraciones.md\n');
    expect(result.stdout).toContain('npm run check');

    const text = readFileSync(path, 'utf8');
    const original = parse(readFileSync(join(root, 'content/groups/migraciones.md'), 'utf8').split(/^---$/m)[1]!) as Record<string, string>;
    expect(original.uncertainty).toBeTruthy();
    const lines = text.split('\n');
    expect(lines[0]).toBe('---');
    expect(lines[1]).toBe(`# Traducción al portugués de content/groups/migraciones.md («${original.name}»). Lleva solo lo que se traduce: fechas, organizaciones y demás datos se leen del original.`);
    // The original's texts, in comments: what to translate, without opening another file.
    const quoted = lines.filter((line) => line.startsWith('#   ')).map((line) => line.slice(4)).join(' ');
    for (const field of ['name', 'summary', 'uncertainty']) expect(quoted).toContain(`«${original[field]}»`);
    // …and never as a value: untranslated text must not pass the check.
    const header = lines.slice(1, lines.lastIndexOf('---'));
    expect(header.filter((line) => !line.startsWith('#'))).toEqual([
      'title: "Escriba aquí el nombre en portugués"',
      'summary: "Escriba aquí el resumen en portugués"',
      'uncertainty: "Escriba aquí el aviso en portugués"',
    ]);
    for (const [i, line] of lines.entries()) if (/^[a-z_]+:/.test(line)) expect(lines[i - 1], line).toMatch(/^#/);
    expect(text).toContain('\n# translated_by: ');
    expect(text.endsWith('---\n\nEscriba aquí el texto de content/groups/migraciones.md en portugués.\n')).toBe(true);

    const problems = problemLines(root);
    expect(problems.map((line) => line.split('  ').slice(1, 2)[0])).toEqual(['title', 'summary', 'uncertainty', '(texto)']);
    for (const line of problems) {
      expect(line).toMatch(/^content\/translations\/pt\/groups\/migraciones\.md:\d+:\d+ {2}\S+ {2}Falta escribir .* — cámbielo por su traducción$/);
    }
    writeFileSync(path, text.replace(/Escriba aquí[^"\n]*/g, 'Texto traduzido.'));
    expect(runCheck(root, {})).toEqual({ output: 'Contenido revisado: ningún problema.', exitCode: 0 });
  });

  it('takes «traducción» with its accent and the original\'s path; no notice and no text when the original has none', () => {
    const root = corpusRoot();
    const result = npmNew(root, 'traducción', 'en', 'content/groups/familia.md');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Creado content/translations/en/groups/familia.md\n');
    const path = join(root, 'content/translations/en/groups/familia.md');
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('#   «Grupo Derecho a vivir en Familia»\ntitle: "Escriba aquí el nombre en inglés"\n');
    expect(text).not.toMatch(/^uncertainty:/m);
    expect(text).toMatch(/^# content\/groups\/familia\.md no tiene texto después de su cabecera.*\n---\n$/m);
    expect(problemLines(root).map((line) => line.split('  ')[1])).toEqual(['title', 'summary']);
    writeFileSync(path, text.replace(/Escriba aquí[^"\n]*/g, 'Translated text.'));
    expect(runCheck(root, {})).toEqual({ output: 'Contenido revisado: ningún problema.', exitCode: 0 });
  });

  const refusals: [string, string[], string][] = [
    ['a language it does not translate into', ['fr', 'grupos/familia'], 'Lengua desconocida «fr»: se traduce al portugués (pt) o al inglés (en).'],
    ['Spanish, the originals\' own', ['es', 'grupos/familia'], 'Los documentos ya están en español: una traducción es al portugués (pt) o al inglés (en).'],
    ['a collection that does not exist', ['en', 'grupo/familia'], 'Colección desconocida «grupo»: ¿quiso decir «grupos»? Use una de: organizaciones (organizations), grupos (groups), avances (updates), reuniones (meetings), eventos (events), posicionamientos (positions).'],
    ['an original that does not exist', ['en', 'groups/famila'], 'No existe el grupo de trabajo «famila» (content/groups/famila.md): ¿quiso decir «familia»?'],
    ['an original in another collection', ['pt', 'grupos/unicef'], 'No existe el grupo de trabajo «unicef» (content/groups/unicef.md): «unicef» está en content/organizations/; tradúzcalo con npm run new -- traduccion pt organizaciones/unicef'],
    ['no original named', ['en'], 'Uso: npm run new -- traduccion <pt|en> <colección>/<id>   (p. ej. npm run new -- traduccion en grupos/migraciones)'],
  ];
  for (const [what, args, message] of refusals) {
    it(`refuses ${what}, in one line, and writes nothing`, () => {
      const root = corpusRoot();
      const result = npmNew(root, 'traduccion', ...args);
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(`${message}\n`);
      expect(existsSync(join(root, 'content/translations'))).toBe(false);
    });
  }

  it('never overwrites a translation, and says where it is', () => {
    const root = corpusRoot();
    const path = join(root, 'content/translations/pt/groups/familia.md');
    expect(npmNew(root, 'traduccion', 'pt', 'groups/familia').status).toBe(0);
    writeFileSync(path, '---\ntitle: Grupo Família\nsummary: Cuidado alternativo.\n---\n');
    const again = npmNew(root, 'traduccion', 'pt', 'grupos/familia');
    expect(again.status).toBe(1);
    expect(again.stderr).toBe('Ya existe content/translations/pt/groups/familia.md: no se sobrescribe. Edite ese archivo.\n');
    expect(readFileSync(path, 'utf8')).toBe('---\ntitle: Grupo Família\nsummary: Cuidado alternativo.\n---\n');
  });

  it('is in the usage `npm run new` explains', () => {
    expect(npmNew(corpusRoot(), 'eventos').stderr).toContain('npm run new -- traduccion <pt|en> <colección>/<id>');
  });
});
