/**
 * `npm run check`: each mistake an editor can make comes back as one Spanish
 * line naming the file, the line and the field, and the command exits 1.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../src/checks/content.ts';
import { formatProblem } from '../src/checks/report.ts';
import { VALID } from './helpers/corpus.ts';
import { PROJECT } from './helpers/site.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A content folder with the valid corpus, changed by `files` (a `null` deletes). */
function corpus(files: Record<string, string | Uint8Array | null> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'bitacora-check-'));
  roots.push(root);
  for (const [path, text] of Object.entries({ ...VALID, ...files })) {
    if (text === null) continue;
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const lines = (root: string) => checkContent(root).map(formatProblem);

describe('the valid corpus', () => {
  it('has no problem', () => {
    expect(lines(corpus())).toEqual([]);
  });
});

describe('each mistake, one line with file, line and field', () => {
  it('a reference to a missing organisation, with a suggestion', () => {
    const root = corpus({
      'content/groups/familia.md': VALID['content/groups/familia.md']!.replace('  - unicef', '  - UNICEF-'),
    });
    expect(lines(root)).toEqual([
      'content/groups/familia.md:6:5  members.1  No existe la organización «UNICEF-» (content/organizations/UNICEF-.md) — ¿quiso decir «unicef»?',
    ]);
  });

  it('a reference to a missing group in another collection', () => {
    const root = corpus({ 'content/updates/familia-2020.md': VALID['content/updates/familia-2020.md']!.replace('group: familia', 'group: migraciones') });
    expect(lines(root)).toEqual([
      'content/updates/familia-2020.md:3:1  group  No existe el grupo de trabajo «migraciones» (content/groups/migraciones.md) — escriba el nombre de un archivo de content/groups/ sin la extensión; si aún no existe, créelo con npm run new -- grupos "Nombre"',
    ]);
  });

  it('a reference to a document whose file was renamed, with its new id from Git, however unlike the old', () => {
    const root = corpus({ 'content/positions/castigo.md': `${VALID['content/positions/castigo.md']!}\nVer [el grupo](/grupos/familia/).\n` });
    const git = (...args: string[]) =>
      spawnSync('git', ['-c', 'user.name=Secretaría', '-c', 'user.email=s@example.org', ...args], { cwd: root, encoding: 'utf8' });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'contenido');
    git('mv', 'content/groups/familia.md', 'content/groups/vivir-en-familia.md');
    git('commit', '-qm', 'nombre más claro');
    const found = lines(root).filter((line) => line.includes('familia'));
    expect(found.length).toBeGreaterThanOrEqual(3);
    for (const line of found) expect(line).toMatch(/ — su archivo se renombró a content\/groups\/vivir-en-familia\.md \(lo dice Git\): escriba «(vivir-en-familia|\/grupos\/vivir-en-familia\/)»$/);
    expect(found).toContain(
      'content/updates/familia-2020.md:3:1  group  No existe el grupo de trabajo «familia» (content/groups/familia.md) — su archivo se renombró a content/groups/vivir-en-familia.md (lo dice Git): escriba «vivir-en-familia»',
    );
    expect(found.some((line) => line.includes('«/grupos/vivir-en-familia/»'))).toBe(true);
  });

  it('a reference written as the name of what it means: its id', () => {
    const root = corpus({ 'content/events/quito.md': VALID['content/events/quito.md']!.replace('participants: [unicef]', 'participants: [Fondo de las Naciones Unidas para la Infancia, Lumos Foundation]') });
    expect(lines(root)).toEqual([
      'content/events/quito.md:15:16  participants.0  No existe la organización «Fondo de las Naciones Unidas para la Infancia» (content/organizations/Fondo de las Naciones Unidas para la Infancia.md) — ¿quiso decir «unicef»? Escriba el id (el nombre de su archivo), no el nombre',
      // Close enough to its id already: the plain did-you-mean.
      'content/events/quito.md:15:63  participants.1  No existe la organización «Lumos Foundation» (content/organizations/Lumos Foundation.md) — ¿quiso decir «lumos»?',
    ]);
  });

  it('an unknown key, with the field meant', () => {
    const root = corpus({ 'content/positions/castigo.md': VALID['content/positions/castigo.md']!.replace('status:', 'estatus:') });
    expect(lines(root)).toEqual([
      'content/positions/castigo.md:4:1  estatus  Campo desconocido «estatus» — ¿quiso decir «status»?',
    ]);
  });

  it('a field written in Spanish, answered with the field it means', () => {
    const root = corpus({
      'content/organizations/lumos.md': VALID['content/organizations/lumos.md']!.replace('kind: civil-society', 'tipo: civil-society').replace('summary:', 'resumen:'),
    });
    // One message per mistake: the missing «kind» and «summary» that the renaming causes are not repeated.
    expect(lines(root)).toEqual([
      'content/organizations/lumos.md:4:1  tipo  Campo desconocido «tipo» — ¿quiso decir «kind»?',
      'content/organizations/lumos.md:6:1  resumen  Campo desconocido «resumen» — ¿quiso decir «summary»?',
    ]);
  });

  it('an unknown key inside an action item', () => {
    const root = corpus({ 'content/meetings/reunion.md': VALID['content/meetings/reunion.md']!.replace('owners: [unicef]', 'owner: [unicef]') });
    expect(lines(root)).toEqual(['content/meetings/reunion.md:9:5  action_items.0.owner  Campo desconocido «owner» — ¿quiso decir «owners»?']);
  });

  it('a value outside the allowed list, as the site shows it: the code it means', () => {
    const root = corpus({ 'content/organizations/lumos.md': VALID['content/organizations/lumos.md']!.replace('membership: ally', 'membership: aliada') });
    expect(lines(root)).toEqual([
      'content/organizations/lumos.md:5:1  membership  Valor no permitido «aliada» en «membership» — ¿quiso decir «ally»? Es el código de «Aliada»',
    ]);
  });

  it('a country by its name: its code', () => {
    const root = corpus({ 'content/events/quito.md': VALID['content/events/quito.md']!.replace('country: EC', 'country: Ecuador') });
    expect(lines(root)).toEqual(['content/events/quito.md:7:3  place.country  Valor no permitido «Ecuador» en «country» — ¿quiso decir «EC»? Es el código de «Ecuador»']);
  });

  it('a value nothing allowed is close to: the list', () => {
    const root = corpus({ 'content/organizations/lumos.md': VALID['content/organizations/lumos.md']!.replace('membership: ally', 'membership: donante') });
    expect(lines(root)).toEqual([
      'content/organizations/lumos.md:5:1  membership  Valor no permitido «donante» en «membership» — use uno de: member, observer, applicant, strategic-partner, ally, external',
    ]);
  });

  it('an impossible date', () => {
    const root = corpus({ 'content/events/quito.md': VALID['content/events/quito.md']!.replace('end: 2020-01-24', 'end: 2020-02-30') });
    expect(lines(root)).toEqual([
      'content/events/quito.md:4:1  end  La fecha «2020-02-30» no existe: febrero de 2020 tiene 29 días — corrija el día (de 01 a 29)',
    ]);
  });

  it('a date written as people write it: the date as the content writes it', () => {
    const root = corpus({
      'content/events/quito.md': VALID['content/events/quito.md']!.replace('start: 2020-01-20', 'start: 20/01/2020'),
      'content/updates/familia-2020.md': VALID['content/updates/familia-2020.md']!.replace('date: 2020-Q2', 'date: 2020-T2'),
      'content/positions/castigo.md': VALID['content/positions/castigo.md']!.replace(/^date: .*$/m, 'date: diciembre de 2016'),
    });
    expect(lines(root)).toEqual([
      'content/events/quito.md:3:1  start  Fecha escrita de otra forma: «20/01/2020» — ¿quiso decir «2020-01-20»? Se escribe AAAA-MM-DD: año, mes y día',
      'content/positions/castigo.md:3:1  date  Fecha escrita de otra forma: «diciembre de 2016» — ¿quiso decir «2016-12»? Se escribe AAAA-MM: año y mes',
      'content/updates/familia-2020.md:5:1  date  Fecha escrita de otra forma: «2020-T2» — ¿quiso decir «2020-Q2»? Se escribe AAAA-Qn: año y trimestre (Q1 a Q4)',
    ]);
  });

  it('yes or no in words, where true or false goes', () => {
    const root = corpus({ 'content/events/quito.md': VALID['content/events/quito.md']!.replace('children: true', 'children: sí') });
    expect(lines(root)).toEqual(['content/events/quito.md:13:5  activities.0.children  «children» debe ser true o false — ¿quiso decir «true»? Sí se escribe true y no, false']);
  });

  it('a time zone by its city, or misspelt: the IANA name', () => {
    const bogota = corpus({ 'content/events/quito.md': VALID['content/events/quito.md']!.replace('organizer: FMMD', 'time_zone: Guayaquil\norganizer: FMMD') });
    expect(lines(bogota)).toEqual(['content/events/quito.md:8:1  time_zone  Zona horaria desconocida: «Guayaquil» — ¿quiso decir «America/Guayaquil»?']);
    const typo = corpus({ 'content/events/quito.md': VALID['content/events/quito.md']!.replace('organizer: FMMD', 'time_zone: America/Guayaquill\norganizer: FMMD') });
    expect(lines(typo)).toEqual(['content/events/quito.md:8:1  time_zone  Zona horaria desconocida: «America/Guayaquill» — ¿quiso decir «America/Guayaquil»?']);
  });

  it('a time zone by the Spanish name of a city the IANA names otherwise', () => {
    const zone = (written: string) => lines(corpus({ 'content/events/quito.md': VALID['content/events/quito.md']!.replace('organizer: FMMD', `time_zone: ${written}\norganizer: FMMD`) }));
    expect(zone('Nueva York')).toEqual(['content/events/quito.md:8:1  time_zone  Zona horaria desconocida: «Nueva York» — ¿quiso decir «America/New_York»? Es la zona horaria de Nueva York']);
    expect(zone('Ginebra')).toEqual(['content/events/quito.md:8:1  time_zone  Zona horaria desconocida: «Ginebra» — ¿quiso decir «Europe/Zurich»? Es la zona horaria de Ginebra']);
    expect(zone('Quito')).toEqual(['content/events/quito.md:8:1  time_zone  Zona horaria desconocida: «Quito» — ¿quiso decir «America/Guayaquil»? Es la zona horaria de Quito']);
  });

  it('an end before the start', () => {
    const root = corpus({ 'content/events/quito.md': VALID['content/events/quito.md']!.replace('end: 2020-01-24', 'end: 2020-01-02') });
    expect(lines(root)).toEqual([
      'content/events/quito.md:4:1  end  La fecha de fin (end) es anterior a la de inicio (start) — revise ambas fechas',
    ]);
  });

  it('a missing required field points at the start of the frontmatter', () => {
    const root = corpus({ 'content/organizations/lumos.md': VALID['content/organizations/lumos.md']!.replace(/summary: .*\n/, '') });
    expect(lines(root)).toEqual([
      'content/organizations/lumos.md:2:1  summary  Falta el campo obligatorio «summary» — añada una línea «summary: …» al encabezado',
    ]);
  });

  it('an unquoted colon in a value', () => {
    const root = corpus({ 'content/organizations/lumos.md': VALID['content/organizations/lumos.md']!.replace('name: Lumos Foundation', 'name: Lumos: Foundation') });
    expect(lines(root)).toEqual([
      'content/organizations/lumos.md:2:7  name  Un valor contiene «:» seguido de espacio sin comillas — ponga el valor entre comillas: name: "Lumos: Foundation"',
    ]);
  });

  it('a repeated field, with the line that already has it', () => {
    const root = corpus({ 'content/organizations/lumos.md': VALID['content/organizations/lumos.md']!.replace('kind: civil-society', 'kind: civil-society\nkind: network') });
    expect(lines(root)).toEqual(['content/organizations/lumos.md:5:1  kind  Campo «kind» repetido: ya está en la línea 4 — deje una sola línea con ese campo']);
  });
});

describe('a header that does not parse: one line, at the mistake, with the fix', () => {
  const event = VALID['content/events/quito.md']!;
  const broken = (from: string | RegExp, to: string) => lines(corpus({ 'content/events/quito.md': event.replace(from, to) }));

  it('a tab as indentation, however many lines follow it', () => {
    expect(broken('  city: Quito', '\tcity: Quito')).toEqual([
      'content/events/quito.md:6:1  city  Hay un tabulador como sangría — use espacios, nunca tabuladores, para la sangría',
    ]);
  });

  it('no space after a colon or after a list dash', () => {
    expect(broken('kind: summit', 'kind:summit')).toEqual(['content/events/quito.md:9:5  kind  Falta un espacio después de «:» en «kind:summit» — escriba «kind: summit»']);
    expect(broken('  - text: Foro', '  -text: Foro')).toEqual([
      'content/events/quito.md:12:3  text  Falta un espacio después del guion «-» de la lista — escriba «- text: Foro de jóvenes»',
    ]);
  });

  it('an unclosed quote, at the line where it opens', () => {
    expect(broken(/title: (.*)/, 'title: "$1')).toEqual([
      'content/events/quito.md:2:8  title  Comillas sin cerrar: el valor empieza con " y no termina con otra — cierre las comillas (") al final del valor, en la misma línea',
    ]);
  });

  it('a field indented too far or not enough, against the one it should line up with', () => {
    expect(broken('  country: EC', '    country: EC')).toEqual([
      'content/events/quito.md:7:5  country  Sangría incorrecta: «country» empieza en la columna 5, y «city» (línea 6) en la 3 — los campos de un mismo grupo van alineados: empiezan en la misma columna',
    ]);
    expect(broken('  country: EC', ' country: EC')).toEqual([
      'content/events/quito.md:7:2  country  Sangría incorrecta: «country» empieza en la columna 2, y «city» (línea 6) en la 3 — los campos de un mismo grupo van alineados: empiezan en la misma columna',
    ]);
  });

  it('a value YAML reads otherwise: quotes, brackets, «@» and «#» at its start', () => {
    expect(broken('organizer: FMMD', 'organizer: "FMMD" y OIM')).toEqual([
      `content/events/quito.md:8:19  organizer  El valor empieza con comillas y sigue después de cerrarlas: "FMMD" y OIM — ponga todo el valor entre comillas: organizer: '"FMMD" y OIM'`,
    ]);
    expect(broken('organizer: FMMD', 'organizer: [FMMD] Quito')).toEqual([
      'content/events/quito.md:8:19  organizer  Un valor que empieza por «[» se lee como una lista — ponga el valor entre comillas: organizer: "[FMMD] Quito"',
    ]);
    expect(broken('organizer: FMMD', 'organizer: @FMMD')).toEqual([
      'content/events/quito.md:8:12  organizer  Un valor no puede empezar por «@» sin comillas — ponga el valor entre comillas: organizer: "@FMMD"',
    ]);
    expect(broken('organizer: FMMD', 'organizer: #FMMD')).toEqual([
      'content/events/quito.md:8:1  organizer  El valor #FMMD empieza por «#», y lo que sigue a «#» se lee como un comentario: el campo queda vacío — ponga el valor entre comillas: organizer: "#FMMD"',
    ]);
  });
});

describe('YAML read as the build reads it', () => {
  const event = VALID['content/events/quito.md']!;

  it('with the very function Astro calls, not a copy of it', () => {
    const ours = createRequire(import.meta.url).resolve('@astrojs/internal-helpers/frontmatter');
    const astros = createRequire(join(PROJECT, 'node_modules/astro/package.json')).resolve('@astrojs/internal-helpers/frontmatter');
    expect(ours).toBe(astros);
  });

  it('spaces after the opening or closing ---, which Astro reads and publishes, are accepted', () => {
    const spaced = event.replace(/^---\n/, '--- \n').replace(/\n---\n/, '\n---\t\n');
    expect(lines(corpus({ 'content/events/quito.md': spaced }))).toEqual([]);
  });

  it('a comment after a code, a date, an id, a yes or a quoted text cuts nothing, and is left alone', () => {
    const commented = event
      .replace('start: 2020-01-20', 'start: 2020-01-20 # primer día')
      .replace('  country: EC', '  country: EC  # Ecuador')
      .replace('organizer: FMMD', 'organizer: "FMMD" # siglas')
      .replace('kind: summit', 'kind: summit  # tipo')
      .replace('    children: true', '    children: true # con niñas y niños')
      .replace('groups: [familia]', 'groups: [familia] # grupo')
      .replace('participants: [unicef]', 'participants:\n  - unicef # miembro');
    expect(lines(corpus({ 'content/events/quito.md': commented }))).toEqual([]);
  });
});

describe('more mistakes, one line each', () => {
  it('a start date written otherwise is not also said to come after the end', () => {
    const root = corpus({ 'content/events/quito.md': VALID['content/events/quito.md']!.replace('start: 2020-01-20', 'start: 20 de enero de 2020') });
    expect(lines(root)).toEqual([
      'content/events/quito.md:3:1  start  Fecha escrita de otra forma: «20 de enero de 2020» — ¿quiso decir «2020-01-20»? Se escribe AAAA-MM-DD: año, mes y día',
    ]);
  });


  it('a file without frontmatter and an empty file', () => {
    const root = corpus({ 'content/organizations/lumos.md': 'Solo texto.\n', 'content/organizations/vacia.md': '' });
    expect(lines(root)).toEqual([
      'content/organizations/lumos.md:1:1  (archivo)  Falta el encabezado (frontmatter) entre dos líneas --- — empiece el archivo con una línea ---, los campos, y otra línea --- (npm run new crea uno válido)',
      'content/organizations/vacia.md:1:1  (archivo)  El archivo está vacío — escriba su encabezado entre líneas --- o use npm run new',
    ]);
  });

  it('a file that is not UTF-8', () => {
    const latin1 = Uint8Array.from(Buffer.from(VALID['content/organizations/lumos.md']!.replace('niñas', 'ni\u00f1as'), 'latin1'));
    const root = corpus({ 'content/organizations/lumos.md': latin1 });
    expect(lines(root)[0]).toMatch(/^content\/organizations\/lumos\.md:6:1 {2}\(archivo\) {2}El archivo no está en UTF-8/);
  });

  it('names that cannot be ids, case twins and ignored extensions', () => {
    const root = corpus({ 'content/organizations/Reunión Técnica.md': VALID['content/organizations/lumos.md']!, 'content/organizations/acta.MD': 'x', 'content/organizations/lumos.mdx': VALID['content/organizations/lumos.md']! });
    expect(lines(root)).toEqual([
      'content/organizations/acta.MD  (archivo)  Extensión «.MD» no reconocida: el sitio ignoraría este archivo — renómbrelo a acta.md',
      'content/organizations/lumos.mdx  (archivo)  Identificador repetido: «lumos.md» y «lumos.mdx» serían la misma página — deje uno solo o cambie el nombre de uno de los dos',
      'content/organizations/Reunión Técnica.md  (archivo)  El nombre del archivo «Reunión Técnica.md» no sirve como identificador — use minúsculas sin tildes y guiones: reunion-tecnica.md',
    ]);
  });

  it('reports every problem in every file at once', () => {
    const root = corpus({
      'content/organizations/lumos.md': VALID['content/organizations/lumos.md']!.replace('membership: ally', 'membership: aliada'),
      'content/groups/familia.md': VALID['content/groups/familia.md']!.replace('status: active', 'status: activo').replace('  - unicef', '  - unicf'),
    });
    expect(lines(root).map((l) => l.split('  ')[0])).toEqual([
      'content/groups/familia.md:3:1',
      'content/groups/familia.md:6:5',
      'content/organizations/lumos.md:5:1',
    ]);
  });

  it('ignores files starting with an underscore (drafts; a folder\'s template is checked in tests/new.test.ts)', () => {
    expect(lines(corpus({ 'content/organizations/_borrador.md': 'name: [' }))).toEqual([]);
  });
});

describe('npm run check', () => {
  const check = (cwd: string, env: Record<string, string> = {}) =>
    spawnSync(join(PROJECT, 'node_modules/.bin/node'), [join(PROJECT, 'scripts/check.ts')], { cwd, encoding: 'utf8', env: { ...process.env, CI: '', ...env } });

  it('exits 0 on good content and 1 with a count on bad content', () => {
    expect(check(corpus()).status).toBe(0);
    const bad = check(corpus({ 'content/positions/castigo.md': VALID['content/positions/castigo.md']!.replace('groups: [familia]', 'groups: [violencia]') }));
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('content/positions/castigo.md:5:10  groups.0  No existe el grupo de trabajo «violencia»');
    expect(bad.stdout).toContain('1 problema en 1 archivo.');
  });

  it('prints GitHub annotations under CI', () => {
    const bad = check(corpus({ 'content/positions/castigo.md': VALID['content/positions/castigo.md']!.replace('status: published', 'status: publicado') }), { CI: 'true' });
    expect(bad.stdout).toContain('::error file=content/positions/castigo.md,line=4,col=1,title=status::Valor no permitido «publicado»');
  });
});
