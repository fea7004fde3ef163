/**
 * The real content, built by the real build: each page type shows what a
 * reader needs, every reference is a link, nothing points nowhere, no page
 * ships JavaScript, and the deck's every item is on the site.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenLinks, htmlFiles } from '../src/checks/built-links.ts';
import { projectSiteMap } from '../src/checks/content.ts';
import { findPage } from '../src/checks/site-map.ts';
import { TEMPLATE_FILE } from '../src/checks/new-document.ts';
import { EVERY_CONSTRUCT_FILES } from './fixtures/every-construct.ts';
import { linksOf, textOf } from './helpers/html.ts';
import { makeSite, PROJECT, type Site } from './helpers/site.ts';

let site: Site;
let output = '';

/** A footnote at the end of a document's body, as an editor writes one. */
const FOOTNOTED = ['content/groups/migraciones.md', 'content/translations/pt/groups/migraciones.md', 'content/translations/en/groups/migraciones.md'];

beforeAll(() => {
  site = makeSite({ withContent: true });
  for (const path of FOOTNOTED) site.write(path, `${readFileSync(join(site.root, path), 'utf8')}\nFuente.[^1]\n\n[^1]: Informe de 2020.\n`);
  // Everything an editor may write in a body, so the checks over every page (valid HTML, links) cover it too.
  for (const [path, text] of Object.entries(EVERY_CONSTRUCT_FILES)) site.write(path, text);
  const result = site.build();
  output = result.output;
  expect(result.status, output).toBe(0);
});
afterAll(() => site?.remove());

const page = (path: string) => site.page(path);
const text = (path: string) => textOf(page(path));
/** A `_headers` file's rules: a path (`*` for any characters) and the headers under it. */
function hostRules(text: string): { path: string; headers: Record<string, string> }[] {
  const rules: { path: string; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: {} });
    else {
      const [name = '', ...value] = line.trim().split(': ');
      rules.at(-1)!.headers[name] = value.join(': ');
    }
  }
  return rules;
}

/** The headers a host sends for a request path: every matching rule's, as Netlify and Cloudflare Pages merge them. */
function headersFor(rules: ReturnType<typeof hostRules>, path: string): Record<string, string> {
  const matches = (rule: string) => new RegExp(`^${rule.split('*').map((part) => part.replace(/[.?+^$()[\]{}|\\]/g, '\\$&')).join('.*')}$`).test(path);
  return Object.assign({}, ...rules.filter((rule) => matches(rule.path)).map((rule) => rule.headers)) as Record<string, string>;
}

/** The collection's documents: not its drafts and templates, whose names begin with `_`. */
const ids = (collection: string) =>
  readdirSync(join(PROJECT, 'content', collection))
    .filter((f) => /^[^_.].*\.mdx?$/.test(f))
    .map((f) => f.replace(/\.mdx?$/, ''));

describe('pages', () => {
  it('writes a page for every document, every index, actions and 404', () => {
    for (const [collection, section] of [
      ['organizations', 'organizaciones'],
      ['groups', 'grupos'],
      ['updates', 'avances'],
      ['meetings', 'reuniones'],
      ['events', 'eventos'],
      ['positions', 'posicionamientos'],
    ] as const) {
      expect(page(`/${section}/`)).toContain('<h1');
      for (const id of ids(collection)) expect(page(`/${section}/${id}/`)).toContain('<h1');
    }
    expect(text('/acciones/')).toContain('Acciones');
    expect(readFileSync(join(site.root, 'dist/404.html'), 'utf8')).toContain('Página no encontrada');
  });

  it('publishes no template: each folder has one, and no page says «Escriba aquí»', () => {
    for (const collection of ['organizations', 'groups', 'updates', 'meetings', 'events', 'positions']) {
      expect(readFileSync(join(PROJECT, 'content', collection, TEMPLATE_FILE), 'utf8')).toContain('Escriba aquí');
    }
    const published = readdirSync(join(site.root, 'dist'), { recursive: true, encoding: 'utf8' });
    expect(published.filter((path) => path.includes('plantilla'))).toEqual([]);
    for (const path of published.filter((p) => /\.(html|xml|ics|json)$/.test(p))) {
      expect(readFileSync(join(site.root, 'dist', path), 'utf8'), path).not.toContain('Escriba aquí');
    }
  });

  it('the migration group links all eleven organisations the deck names', () => {
    const links = linksOf(page('/grupos/migraciones/'));
    const members = ['childfund', 'ecpat', 'fmsi', 'iin-oea', 'plan-international', 'ria', 'save-the-children', 'sica', 'tearfund', 'unicef', 'world-vision'];
    for (const id of members) expect(links).toContain(`/organizaciones/${id}/`);
    expect(text('/grupos/migraciones/')).toContain('Integrantes (11)');
    // In the order of the names shown, as a reader looks one up: «Fondo de las Naciones Unidas…» among the F.
    const names = [...page('/grupos/migraciones/').matchAll(/<li><a href="\/organizaciones\/[^"]+\/"[^>]*>([^<]+)<\/a><\/li>/g)].map((m) => m[1]!).slice(0, 11);
    expect(names).toEqual([...names].sort(new Intl.Collator('es').compare));
    expect(names.indexOf('Fondo de las Naciones Unidas para la Infancia (UNICEF)')).toBeLessThan(names.indexOf('Plan International'));
    // A group with no event offers no calendar to subscribe to: calendar programs refuse an empty one.
    expect(linksOf(page('/grupos/migraciones/'))).toContain('/grupos/migraciones.ics');
    expect(linksOf(page('/grupos/violencia/'))).not.toContain('/grupos/violencia.ics');
    // Related events are dated as their own pages date them: every day.
    expect(text('/grupos/migraciones/')).toContain('12.ª Cumbre del Foro Mundial sobre Migración y Desarrollo · 20 al 24 de enero de 2020');
    // Its status is dated by its newest document, the 2020 report, so a reader years later sees how old it is.
    expect(text('/grupos/migraciones/')).toContain('Activo · último registro: segundo trimestre de 2020 Fecha aproximada');
  });

  it('an organisation lists what points back at it: groups, events, positions, actions', () => {
    const iin = page('/organizaciones/iin-oea/');
    for (const group of ['derecho-a-vivir-en-familia', 'migraciones', 'violencia']) expect(linksOf(iin)).toContain(`/grupos/${group}/`);
    expect(linksOf(iin)).toContain('/eventos/congreso-panamericano-2019/');
    expect(linksOf(iin)).toContain('/posicionamientos/posicionamiento-contexto-sociopolitico/');
    expect(textOf(iin)).toContain('Acciones a su cargo');
    // An applicant that nothing points at shows its request, flagged approximate, and no related section.
    const educo = text('/organizaciones/educo/');
    expect(educo).toContain('Solicitud de incorporación');
    expect(educo).toContain('Fecha aproximada');
    expect(educo).not.toContain('Relacionado');
  });

  it('the directory narrows by relation and by kind with plain links', () => {
    const links = linksOf(page('/organizaciones/'));
    expect(links).toEqual(expect.arrayContaining(['/organizaciones/relacion/solicitud/', '/organizaciones/tipo/basada-en-fe/']));
    const applicants = page('/organizaciones/relacion/solicitud/');
    expect(textOf(applicants)).toContain('4 organizaciones');
    for (const id of ['arigatou', 'plataforma-nnapes', 'fondo-cristiano-canadiense', 'educo']) expect(linksOf(applicants)).toContain(`/organizaciones/${id}/`);
    expect(linksOf(applicants)).not.toContain('/organizaciones/unicef/');
    expect(applicants).toMatch(/<a href="\/organizaciones\/relacion\/solicitud\/" aria-current="page">/);
  });

  it('a meeting shows its approximate date, agenda, unknowns and its action item with owners', () => {
    const html = page('/reuniones/informe-reunion-tecnicos-2020/');
    const t = textOf(html);
    expect(t).toContain('segundo trimestre de 2020');
    expect(t).toContain('Fecha aproximada');
    expect(t).toContain('Formato No consta en el registro.');
    expect(t).toContain('Preparar el documento de posicionamiento');
    expect(linksOf(html)).toEqual(expect.arrayContaining(['/organizaciones/iin-oea/', '/organizaciones/world-vision/']));
    // The updates presented at the meeting point back at it.
    for (const id of ids('updates')) expect(linksOf(html)).toContain(`/avances/${id}/`);
  });

  it('an event shows its real dates, place, what the network did and children taking part', () => {
    const t = text('/eventos/foro-politico-alto-nivel-2019/');
    expect(t).toContain('9 al 18 de julio de 2019');
    expect(t).toContain('Nueva York');
    expect(t).toContain('NNA señala las actividades con participación de niñas, niños y adolescentes');
    // What the network did is said once, in its list; the organiser once, as a link when it is in the directory.
    expect(t.match(/Representante Especial/g)).toHaveLength(2);
    expect(text('/eventos/congreso-panamericano-2019/')).toMatch(/Organiza Instituto Interamericano del Niño, la Niña y Adolescentes \(IIN-OEA\) Organizaciones participantes/);
    expect(linksOf(page('/eventos/congreso-panamericano-2019/'))).toContain('/organizaciones/iin-oea/');
    expect(text('/eventos/foro-mundial-migracion-desarrollo-2020/')).toContain('20 al 24 de enero de 2020');
    // Every recorded event is over by now: none upcoming, the past ones newest year first.
    expect(text('/eventos/')).toMatch(/Próximos eventos No hay eventos próximos registrados.*Eventos anteriores, por año 2020 .*2019 /);
  });

  it('positions show status and the published text link', () => {
    const html = page('/posicionamientos/prohibir-castigo-fisico-y-humillante/');
    expect(textOf(html)).toContain('Publicado');
    expect(linksOf(html)).toContain('http://www.movimientoporlainfancia.org/posicionamiento-del-mmilac-prohibir-todas-las-formas-de-castigo-fisico-y-humillante/');
    expect(text('/posicionamientos/posicionamiento-contexto-sociopolitico/')).toContain('En preparación');
  });

  it('/acciones/ lists every open item in full, tallies them by group and owner, and keeps done items a click away', () => {
    const t = text('/acciones/');
    expect(t).toContain('Pendiente (3)');
    expect(t).toContain('Elaborar contenidos comunicacionales');
    expect(t).toContain('Evaluar');
    expect(linksOf(page('/acciones/'))).toContain('/avances/familia-2020-t2/');
    // A status is the one its source gives, as of that source's date, which each item shows.
    expect(t).toContain('Origen: Avance del Grupo Derecho a vivir en Familia , hacia el segundo trimestre de 2020');
    // Open items by group and by owner, as tables of name, open and overdue: the family group's two, the network's one owned by two organisations.
    expect(t).toMatch(/Por grupo de trabajo Nombre Abiertas Vencidas Grupo Derecho a vivir en Familia 2 \d+ .*Acuerdos generales de la red 1 \d+ /);
    const byOwner = t.slice(t.indexOf('Por responsable'));
    expect(byOwner).toMatch(/Instituto Interamericano[^0-9]*\) 1 \d+ /);
    expect(byOwner).toMatch(/Sin responsable registrado 2 \d+ /);
    // Each name leads to the page that lists that group's or organisation's items.
    expect(linksOf(page('/acciones/'))).toContain('/grupos/derecho-a-vivir-en-familia/');
    expect(page('/acciones/hechas/')).toContain('<h1>Acciones hechas</h1>');
  });
});

describe('the whole site', () => {
  it('ships JavaScript only on the search pages, one bundled module, and declares each page language', () => {
    const dist = join(site.root, 'dist');
    const searches = ['buscar', 'pt/buscar', 'en/buscar'].map((path) => join(dist, path, 'index.html'));
    const files = htmlFiles(dist);
    for (const search of searches) expect(files).toContain(search);
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const scripts = html.match(/<script\b[^>]*>/gi) ?? [];
      if (searches.includes(file)) expect(scripts, file).toEqual([expect.stringMatching(/^<script type="module" src="\/_astro\/[^"]+\.js">$/)]);
      else expect(scripts, file).toEqual([]);
      const lang = /^\/(pt|en)\//.exec(file.slice(dist.length))?.[1] ?? 'es';
      expect(html, file).toContain(`<html lang="${lang}">`);
    }
  });

  it('every page is valid HTML', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      // Official names of organisations and events are long; shortening the title would misname them.
      rules: { 'long-title': 'off' },
    });
    const messages: string[] = [];
    for (const file of htmlFiles(join(site.root, 'dist'))) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const m of result.messages) messages.push(`${file.slice(site.root.length)}:${m.line} ${m.ruleId} ${m.message}`);
      }
    }
    expect(messages).toEqual([]);
  });

  it('separates the words of neighbouring elements, as search excerpts and a copy read them', () => {
    // A browser shows «Pendiente» and «Responsables» apart (a flex row with gaps); the text has them glued unless a space is written.
    const glued = /[^\s>](?:<\/(?:span|a|time|strong|em|b|i|abbr|code|small|data|label)>)+(?:<(?:span|a|time|strong|em|b|i|abbr|code|small|label)\b[^>]*>)+[^\s<]/g;
    const found = htmlFiles(join(site.root, 'dist')).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(glued)].map((m) => `${file.slice(site.root.length)}: ${m[0]}`));
    expect(found).toEqual([]);
  });

  it('has no broken internal link', () => {
    expect(brokenLinks(join(site.root, 'dist'), '/', 'https://bitacora.example.org')).toEqual([]);
  });

  // The content check judges a link in a body against its own map of the site (src/checks/site-map.ts);
  // a page it does not know is one an editor cannot link to, though readers can open it.
  it("knows, before building, every page and feed the build writes", () => {
    const dist = join(site.root, 'dist');
    const map = projectSiteMap(site.root);
    const written = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((item) => (item.isDirectory() ? written(join(dir, item.name)) : [join(dir, item.name)]));
    const paths = written(dist)
      .map((file) => `/${relative(dist, file).replaceAll('\\', '/')}`)
      // Astro's bundles, Pagefind's index and the host's headers are no page to link to.
      .filter((path) => !/^\/(_astro|pagefind)\/|^\/_headers$/.test(path))
      .map((path) => path.replace(/(^|\/)index\.html$/, '$1'));
    expect(paths.length).toBeGreaterThan(100);
    expect(paths.filter((path) => findPage(map, path) !== undefined)).toEqual([]);
  });

  it('carries every item of the deck', () => {
    const all = htmlFiles(join(site.root, 'dist'))
      .map((f) => textOf(readFileSync(f, 'utf8')))
      .join('\n')
      .toLowerCase();
    const deck = [
      'situación regional', 'retos a la interna de las organizaciones', 'cambio de formato', 'afectaciones en la agenda de incidencia',
      'avances del movimiento', 'comunicaciones enviadas', 'socios estratégicos',
      'misiones oficiales', 'representante especial', 'evento paralelo', 'red regional de niñas, niños, adolescentes y jóvenes',
      'foro de la sociedad civil', 'panelistas y expertos', 'foro panamericano de niñas, niños y adolescentes',
      'foro de jóvenes', 'día de la sociedad civil',
      'llamado a la acción', 'vinculante', 'institucionalización en la primera infancia', 'día de debate general',
      'comunicaciones periódicas', 'centroamérica', 'sudamérica', 'proceso de quito', 'protocolo transfronterizo', 'niñez migrante venezolana',
      'mapeo regional', 'castigo físico y humillante', 'eliminación de todas las formas de violencia',
      'de forma transversal',
      'conflictos sociopolíticos de gran violencia', 'movimientos anti-derechos', 'debilitamiento de las redes de sociedad civil',
      'fijar una posición del mmi-lac a través de mensajes comunes', 'identificar espacios estratégicos', 'organizaciones basadas en fe',
      'capítulos nacionales', 'no duplicar esfuerzos', 'continuidad al trabajo de incidencia',
      'arigatou', 'plataforma nnapes', 'fondo cristiano canadiense para la infancia', 'educo',
    ];
    const missing = deck.filter((phrase) => !all.includes(phrase));
    expect(missing).toEqual([]);
  });
});

describe('under a sub-path', () => {
  let sub: Site;
  beforeAll(() => {
    sub = makeSite({ withContent: true });
    const result = sub.build({ base: '/bitacora/' });
    expect(result.status, result.output).toBe(0);
  });
  afterAll(() => sub?.remove());

  it('every internal link carries the base and leads to a page', () => {
    const dist = join(sub.root, 'dist');
    expect(brokenLinks(dist, '/bitacora/', 'https://bitacora.example.org')).toEqual([]);
    const links = linksOf(sub.page('/grupos/migraciones/'));
    expect(links).toContain('/bitacora/organizaciones/unicef/');
    expect(links.filter((l) => l.startsWith('/') && !l.startsWith('/bitacora/'))).toEqual([]);
  });

  it('robots.txt and _headers name the paths under the base', () => {
    expect(readFileSync(join(sub.root, 'dist/robots.txt'), 'utf8')).toContain('Sitemap: https://bitacora.example.org/bitacora/sitemap.xml\n');
    const rules = hostRules(readFileSync(join(sub.root, 'dist/_headers'), 'utf8'));
    expect(rules.map((rule) => rule.path)).toEqual(['/bitacora/*', '/bitacora/_astro/*']);
  });
});

describe('a broken commit', () => {
  let bad: Site;
  beforeAll(() => {
    bad = makeSite({ withContent: true });
    expect(bad.build().status).toBe(0);
  });
  afterAll(() => bad?.remove());

  it('a reference to a missing entry fails the build naming file, field and id, and keeps the last site', () => {
    const before = bad.page('/grupos/violencia/');
    const file = readFileSync(join(bad.root, 'content/groups/violencia.md'), 'utf8');
    bad.write('content/groups/violencia.md', file.replace('  - icmec', '  - icmek'));
    const result = bad.build();
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/content\/groups\/violencia\.md:\d+:\d+ {2}members\.\d+ {2}No existe la organización «icmek».*¿quiso decir «icmec»\?/);
    expect(bad.page('/grupos/violencia/')).toBe(before);
    bad.write('content/groups/violencia.md', file);
  });

  it('an unknown key fails the build naming file and field', () => {
    const file = readFileSync(join(bad.root, 'content/events/congreso-panamericano-2019.md'), 'utf8');
    bad.write('content/events/congreso-panamericano-2019.md', file.replace('kind: congress', 'kind: congress\ncity: Cartagena'));
    const result = bad.build();
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/content\/events\/congreso-panamericano-2019\.md:\d+:1 {2}city {2}Campo desconocido «city»/);
    bad.write('content/events/congreso-panamericano-2019.md', file);
  });
});

describe('following the network', () => {
  it('each event offers its calendar file, and the events index a subscribable calendar of all', () => {
    expect(linksOf(page('/eventos/foro-politico-alto-nivel-2019/'))).toContain('/eventos/foro-politico-alto-nivel-2019.ics');
    expect(linksOf(page('/eventos/'))).toContain('/eventos/calendario.ics');
    const all = readFileSync(join(site.root, 'dist/eventos/calendario.ics'), 'utf8');
    expect(all.match(/BEGIN:VEVENT/g)).toHaveLength(ids('events').length);
    expect(all).toContain('DTSTART;VALUE=DATE:20190709\r\nDTEND;VALUE=DATE:20190719');
    const migration = readFileSync(join(site.root, 'dist/grupos/migraciones.ics'), 'utf8');
    expect(migration).toContain('X-BITACORA-TZID:America/Guayaquil');
  });

  it('an Atom feed lists reports, updates, events and positions, announced on every page', () => {
    const feed = readFileSync(join(site.root, 'dist/feed.xml'), 'utf8');
    for (const path of ['/reuniones/informe-reunion-tecnicos-2020/', '/avances/violencia-2020-t2/', '/eventos/congreso-panamericano-2019/', '/posicionamientos/prohibir-castigo-fisico-y-humillante/']) {
      expect(feed).toContain(`<link href="https://bitacora.example.org${path}"/>`);
    }
    expect(page('/')).toContain('type="application/atom+xml"');
  });

  it('each working group has a feed of its own, linked and announced on its page', () => {
    const feed = readFileSync(join(site.root, 'dist/grupos/migraciones.xml'), 'utf8');
    expect(feed).toContain('<title>MMI-LAC: Grupo Migraciones</title>');
    // Its update and the summit it took part in, newest first; nothing about other groups.
    const links = [...feed.matchAll(/<entry>[\s\S]*?<link href="https:\/\/bitacora\.example\.org([^"]+)"\/>/g)].map((m) => m[1]);
    expect(links.slice(0, 2)).toEqual(['/avances/migraciones-2020-t2/', '/eventos/foro-mundial-migracion-desarrollo-2020/']);
    expect(links).not.toContain('/avances/violencia-2020-t2/');
    expect(linksOf(page('/grupos/migraciones/'))).toContain('/grupos/migraciones.xml');
    expect(page('/en/grupos/migraciones/')).toContain(`<link rel="alternate" type="application/atom+xml" title="Migration Working Group · What's new (Atom)" href="/grupos/migraciones.xml">`);
  });

  it('event pages carry schema.org Event data, every page a link preview', () => {
    const html = page('/eventos/foro-mundial-migracion-desarrollo-2020/');
    expect(html).toContain('itemtype="https://schema.org/Event"');
    expect(html).toContain('<meta itemprop="startDate" content="2020-01-20">');
    expect(html).toContain('<meta itemprop="endDate" content="2020-01-24">');
    expect(html).toContain('<meta itemprop="addressLocality" content="Quito">');
    expect(html).toContain('<meta property="og:type" content="article">');
    expect(html).toMatch(/<meta property="og:description" content="[^"]{40,}">/);
    expect(page('/')).toContain('<meta property="og:url" content="https://bitacora.example.org/">');
  });

  it('robots.txt points crawlers at the sitemap', () => {
    expect(readFileSync(join(site.root, 'dist/robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://bitacora.example.org/sitemap.xml\n');
  });

  it('hosts that read _headers keep Astro\'s hashed files a year, and forbid framing on every page', () => {
    const rules = hostRules(readFileSync(join(site.root, 'dist/_headers'), 'utf8'));
    const assets = readdirSync(join(site.root, 'dist/_astro'));
    expect(assets.some((file) => file.endsWith('.css'))).toBe(true);
    for (const file of assets) expect(headersFor(rules, `/_astro/${file}`)['Cache-Control']).toBe('public, max-age=31536000, immutable');
    // Pages and Pagefind's files are asked for again: they change under the same name.
    for (const path of ['/', '/grupos/migraciones/', '/pagefind/pagefind.js', '/feed.xml']) expect(headersFor(rules, path)['Cache-Control']).toBeUndefined();
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)">/.exec(page('/grupos/migraciones/'))![1];
    expect(headersFor(rules, '/grupos/migraciones/')['Content-Security-Policy']).toBe(`${policy}; frame-ancestors 'none'`);
    expect(headersFor(rules, '/buscar/')['X-Content-Type-Options']).toBe('nosniff');
    // The README's rules for Nginx send the same policy.
    expect(readFileSync(join(PROJECT, 'README.md'), 'utf8')).toContain(`add_header Content-Security-Policy "${policy}; frame-ancestors 'none'" always;`);
  });

  it('the sitemap lists every page', () => {
    const sitemap = readFileSync(join(site.root, 'dist/sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>https:\/\/bitacora\.example\.org([^<]*)<\/loc>/g)].map((m) => m[1]);
    const pages = htmlFiles(join(site.root, 'dist'))
      .map((f) => f.slice(join(site.root, 'dist').length).replace(/index\.html$/, ''))
      .filter((p) => p !== '/404.html' && !/^(\/pt|\/en)?\/buscar\/$/.test(p));
    expect([...locs].sort()).toEqual([...pages].sort());
  });
});

describe('reading comfort', () => {
  let tracked: Site;
  beforeAll(() => {
    tracked = makeSite({ withContent: true });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: tracked.root, env: { ...process.env, GIT_AUTHOR_DATE: '2024-03-05T12:00:00Z', GIT_COMMITTER_DATE: '2024-03-05T12:00:00Z' } });
    git('init', '-q');
    git('-c', 'user.name=Editora', '-c', 'user.email=editora@example.org', 'add', 'content');
    git('-c', 'user.name=Editora', '-c', 'user.email=editora@example.org', 'commit', '-qm', 'contenido');
    const result = tracked.build({ env: { EDIT_URL: 'https://git.example.org/mmi-lac/bitacora/edit/main/' } });
    expect(result.status, result.output).toBe(0);
  });
  afterAll(() => tracked?.remove());

  it('each document says when its file last changed in Git and links to edit it', () => {
    const html = tracked.page('/grupos/migraciones/');
    expect(textOf(html)).toContain('Última actualización: 5 de marzo de 2024');
    expect(linksOf(html)).toContain('https://git.example.org/mmi-lac/bitacora/edit/main/content/groups/migraciones.md');
  });

  it('without Git history or an edit address, pages simply leave both out', () => {
    expect(text('/grupos/migraciones/')).not.toContain('Última actualización');
    expect(text('/grupos/migraciones/')).not.toContain('Editar esta página');
  });
});

describe('languages', () => {
  const alternates = (html: string) =>
    Object.fromEntries([...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m): [string, string] => [m[1] ?? '', m[2] ?? '']));
  const SITE = 'https://bitacora.example.org';

  it('the interface reads in Portuguese and English under /pt/ and /en/, every label translated', () => {
    const pt = page('/pt/');
    expect(pt).toContain('<html lang="pt">');
    expect(textOf(pt)).toContain('Pular para o conteúdo');
    expect(textOf(pt)).toMatch(/Reuniões .*Organizações .*Ações/);
    const en = page('/en/organizaciones/');
    expect(en).toContain('<html lang="en">');
    expect(textOf(en)).toContain('Skip to content');
    expect(textOf(en)).not.toMatch(/Organizaciones miembro|Saltar al contenido/);
  });

  it('index pages name their three versions with hreflang, Spanish as the default, and a switcher links them', () => {
    const html = page('/pt/grupos/');
    expect(alternates(html)).toEqual({
      es: `${SITE}/grupos/`,
      pt: `${SITE}/pt/grupos/`,
      en: `${SITE}/en/grupos/`,
      'x-default': `${SITE}/grupos/`,
    });
    const links = linksOf(html);
    for (const path of ['/grupos/', '/pt/grupos/', '/en/grupos/']) expect(links).toContain(path);
    expect(html).toMatch(/<a href="\/en\/grupos\/" hreflang="en" lang="en">English<\/a>/);
    expect(html).toMatch(/<a href="\/pt\/grupos\/" hreflang="pt" lang="pt" aria-current="true">Português<\/a>/);
  });

  it('a Spanish-only document has one version, says so in Portuguese and English, and the switcher leads to their index', () => {
    const html = page('/reuniones/informe-reunion-tecnicos-2020/');
    expect(alternates(html)).toEqual({});
    expect(html).toContain('<span lang="pt">Este documento só está disponível em espanhol.');
    expect(html).toContain('<span lang="en">This document is only available in Spanish.');
    expect(linksOf(html)).toContain('/pt/reuniones/');
    expect(existsSync(join(site.root, 'dist/pt/reuniones/informe-reunion-tecnicos-2020/index.html'))).toBe(false);
  });

  it('an organisation in Portuguese: Portuguese labels, the Spanish text marked as such and not indexed twice', () => {
    const html = page('/pt/organizaciones/unicef/');
    expect(textOf(html)).toContain('Relação com a rede');
    expect(textOf(html)).toContain('O texto desta página está em espanhol');
    expect(html).toMatch(/<h1 lang="es">Fondo de las Naciones Unidas para la Infancia \(UNICEF\)<\/h1>/);
    expect(html).not.toContain('data-pagefind-body');
    expect(page('/organizaciones/unicef/')).toContain('data-pagefind-body');
    // Its groups: the one translated into Portuguese by its Portuguese name, the other in Spanish, marked.
    expect(html).toContain('<a href="/pt/grupos/migraciones/">Grupo Migrações</a>');
    expect(html).toContain('<a href="/pt/grupos/derecho-a-vivir-en-familia/" lang="es">Grupo Derecho a vivir en Familia</a>');
  });

  it('a translated entry shows its translation, links to the original, and is indexed in its language', () => {
    const html = page('/en/grupos/migraciones/');
    expect(html).toContain('<h1>Migration Working Group</h1>');
    expect(textOf(html)).toContain('The group keeps in regular contact');
    expect(textOf(html)).toContain('Translation of the Spanish original: Grupo Migraciones');
    expect(html).toContain('data-pagefind-body');
    expect(alternates(page('/grupos/migraciones/')).en).toBe(`${SITE}/en/grupos/migraciones/`);
    const entry = JSON.parse(readFileSync(join(site.root, 'dist/pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages.en?.page_count).toBe(1);
    expect(entry.languages.pt?.page_count).toBe(1);
  });

  it('dates and numbers are written the reader\'s way', () => {
    expect(textOf(page('/en/grupos/migraciones/'))).toContain('January 20 – 24, 2020');
    expect(textOf(page('/pt/grupos/migraciones/'))).toContain('20 – 24 de janeiro de 2020');
    expect(textOf(page('/pt/grupos/migraciones/'))).toContain('2º trimestre de 2020');
    expect(textOf(page('/grupos/migraciones/'))).toContain('20 al 24 de enero de 2020');
  });

  it('footnotes are announced and linked back in the language of the text they belong to', () => {
    const notes = (path: string) => {
      const html = page(path);
      return { heading: /<h2 class="sr-only" id="footnote-label">([^<]*)<\/h2>/.exec(html)?.[1], back: /data-footnote-backref="" aria-label="([^"]*)"/.exec(html)?.[1] };
    };
    expect(notes('/grupos/migraciones/')).toEqual({ heading: 'Notas', back: 'Volver a la referencia 1' });
    expect(notes('/pt/grupos/migraciones/')).toEqual({ heading: 'Notas', back: 'Voltar à referência 1' });
    expect(notes('/en/grupos/migraciones/')).toEqual({ heading: 'Notes', back: 'Back to reference 1' });
    // The heading is for screen readers: the stylesheet every page links hides it.
    const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(page('/grupos/migraciones/'))?.[1] ?? '';
    expect(readFileSync(join(site.root, 'dist', stylesheet), 'utf8')).toMatch(/\.sr-only\{[^}]*clip-path:inset\(50%\)/);
  });

  it('the page for an unknown address speaks all three languages', () => {
    const html = page('/404.html');
    expect(html).toContain('<section lang="pt"');
    expect(html).toContain('<section lang="en"');
    expect(linksOf(html)).toEqual(expect.arrayContaining(['/', '/pt/', '/en/']));
  });
});
