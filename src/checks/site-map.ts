/**
 * Every address the built site will answer, known before building: the
 * documents (by collection and id, in each language they have a page in),
 * the pages under `src/pages/` in every language of the interface, the
 * directory's filter pages and the files in `public/`. A link written in a
 * document is checked against this, so an editor learns about a broken link
 * at its line, not from a reader.
 *
 * Route parameters are filled from the same rules the pages' getStaticPaths
 * use (src/lib/paths.ts: languages, filters), not from a second copy of
 * them. Where a value cannot be known before the build (how many pages a
 * list of action items takes: that needs every document's items and the
 * day), any value is let through: the build checks every internal link of
 * its output anyway (built-links.ts), and a working link must never be
 * called broken. `tests/build.test.ts` fails if a built page is missing here.
 * Node-only (reads the two folders).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import es from '../i18n/es.json' with { type: 'json' };
import type { Ref } from '../lib/network.ts';
import { filterPages, KIND_SLUGS, localePath, MEMBERSHIP_SLUGS, pageLocales, SECTIONS, splitLocale } from '../lib/paths.ts';
import { closest, toId } from '../lib/suggest.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/shared.ts';
import { INTERFACE_LANGUAGES, type TranslationLanguage } from '../schemas/translations.ts';
import { deleteInvisible, type Hidden, invisibleCharacter, invisibleIn } from './invisible.ts';

export const COLLECTION_NAMES_ES: Record<CollectionName, string> = {
  organizations: 'la organización',
  groups: 'el grupo de trabajo',
  updates: 'el avance',
  meetings: 'la reunión',
  events: 'el evento',
  positions: 'el posicionamiento',
};

/** The languages an entry is translated into, as a Spanish sentence names them: «al portugués». */
export const LANGUAGE_NAMES_ES: Record<TranslationLanguage, string> = { pt: 'portugués', en: 'inglés' };

/** A route with a parameter, such as `/eventos/[id].ics`. */
interface DynamicRoute {
  pattern: RegExp;
  /** The collection whose ids fill the parameter, when the route lives in its section. */
  collection?: CollectionName | undefined;
  /** The language of a document's page: it exists only if the document has that version. */
  locale?: string | undefined;
}

/** What the organisations say about themselves that decides which directory filter pages exist. */
export interface OrganizationFacets {
  kind: string;
  membership: string;
}

export interface SiteMap {
  ids: ReadonlyMap<CollectionName, ReadonlySet<string>>;
  /** What organisations and groups are called (name and acronym, as ids are made: `toId`), for a reference written as a name. */
  names?: ReadonlyMap<CollectionName, ReadonlyMap<string, string>> | undefined;
  /** The translations, as `en/meetings/some-id`: each is a page of its own. */
  translations?: ReadonlySet<string> | undefined;
  /** Pages and endpoints known one by one: `/`, `/pt/acciones/`, `/organizaciones/tipo/red/`, `/feed.xml`. */
  pages: ReadonlySet<string>;
  dynamic: readonly DynamicRoute[];
  /** Files copied from public/: `/favicon.svg`. */
  files: ReadonlySet<string>;
  /** Where a document that is not there went, if Git saw its file renamed (git-renames.ts). */
  renamed?: ((ref: Ref) => Ref | undefined) | undefined;
}

export interface SiteFacts {
  names?: SiteMap['names'];
  translations?: ReadonlySet<string> | undefined;
  /** Every organisation's kind and relation, for the directory's filter pages. */
  organizations?: readonly OrganizationFacets[] | undefined;
  renamed?: SiteMap['renamed'];
}

const PAGE_EXTENSIONS = /\.(astro|md|mdx|html)$/;
const ENDPOINT_EXTENSIONS = /\.(ts|js|mjs)$/;
/** `[...lang]` first: the page in every language of the interface, Spanish at the root (src/data `localePaths`). */
const LANGUAGE = /^\/\[\.\.\.lang\]/;
/** `[...pagina]` last: a long list's first page at its own address, the next at `pagina/2/`… (src/lib/pagination.ts). */
const LIST_PAGES = /\[\.\.\.pagina\]\/$/;
/** `[filtro]/[valor]`: the directory's filter pages (src/lib/paths.ts `filterPages`). */
const FILTERS = '[filtro]/[valor]';
const PARAMETER = /\[[^\]]+\]/g;

export function siteMap(root: string, ids: ReadonlyMap<CollectionName, ReadonlySet<string>>, facts: SiteFacts = {}): SiteMap {
  const pages = new Set<string>();
  const dynamic: DynamicRoute[] = [];
  const filters = filterPages(facts.organizations ?? [], (o) => o);
  for (const file of walk(join(root, 'src/pages'))) {
    const route = routeOf(file);
    if (!route) continue;
    const localized = LANGUAGE.test(route);
    const form = route.replace(LANGUAGE, '');
    for (const locale of localized ? INTERFACE_LANGUAGES : ['es']) {
      const at = (path: string) => localePath(path, locale);
      if (!form.includes('[')) {
        pages.add(at(form));
      } else if (form.includes(FILTERS)) {
        for (const filter of filters) pages.add(at(form.replace(FILTERS, `${filter.facet}/${filter.slug}`)));
      } else if (LIST_PAGES.test(form) && !form.replace(LIST_PAGES, '').includes('[')) {
        // How many pages a list takes is not known here: any page after the first is let through.
        const list = form.replace(LIST_PAGES, '');
        pages.add(at(list));
        dynamic.push({ pattern: new RegExp(`^${escape(at(list))}pagina/(?:[2-9]|[1-9]\\d+)/$`) });
      } else {
        const parameters = form.match(PARAMETER) ?? [];
        const section = form.split('/')[1];
        // A document's page or calendar: one parameter, in its collection's section.
        const collection = parameters.length === 1 && !parameters[0].startsWith('[...') ? COLLECTIONS.find((c) => SECTIONS[c] === section) : undefined;
        // Any other parameter takes values the check cannot know: any segment (or segments, for `[...x]`) is let through.
        dynamic.push({ pattern: patternOf(at(form)), collection, locale: localized ? locale : undefined });
      }
    }
  }
  const files = new Set(walk(join(root, 'public')).map((file) => `/${file}`));
  return { ids, pages, dynamic, files, names: facts.names, translations: facts.translations, renamed: facts.renamed };
}

/** The languages a document has a page in, from the same rule the pages use. */
export function versionsOf(site: Pick<SiteMap, 'translations'>, collection: CollectionName, id: string): string[] {
  return pageLocales(collection, INTERFACE_LANGUAGES, (locale) => site.translations?.has(`${locale}/${collection}/${id}`) ?? false);
}

/** `eventos/[id].ics.ts` → `/eventos/[id].ics`; `grupos/index.astro` → `/grupos/`; private `_x` files → undefined. */
function routeOf(file: string): string | undefined {
  if (file.split('/').some((part) => part.startsWith('_'))) return undefined;
  // The old addresses of renamed documents only send readers on: a link in the record names the address a document has now.
  if (file === '[...moved].astro') return undefined;
  // Astro writes the not-found page as a file of its own, whatever the output format.
  if (/^404\.(astro|md|mdx|html)$/.test(file)) return '/404.html';
  if (PAGE_EXTENSIONS.test(file)) {
    const path = file.replace(PAGE_EXTENSIONS, '').replace(/(^|\/)index$/, '');
    return path ? `/${path}/` : '/';
  }
  if (ENDPOINT_EXTENSIONS.test(file)) return `/${file.replace(ENDPOINT_EXTENSIONS, '')}`;
  return undefined;
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  const visit = (folder: string) => {
    for (const name of readdirSync(folder)) {
      if (name.startsWith('.')) continue;
      const path = join(folder, name);
      if (statSync(path).isDirectory()) visit(path);
      else found.push(relative(dir, path).replaceAll('\\', '/'));
    }
  };
  visit(dir);
  return found;
}

/** `/eventos/[id].ics` → /^\/eventos\/([^/]+)\.ics$/; a rest parameter `[...x]/` stands for any segments, or none. */
function patternOf(path: string): RegExp {
  const parts = path.split(/(\[\.\.\.[^\]]+\]\/?|\[[^\]]+\])/);
  return new RegExp(`^${parts.map((part, i) => (i % 2 === 0 ? escape(part) : part.startsWith('[...') ? '(?:.+/)?' : '([^/]+)')).join('')}$`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether the site has a page or file at `path` (a site path without the base), and if not, what to say. */
export function findPage(site: SiteMap, path: string): { message: string; hint: string } | undefined {
  if (site.pages.has(path) || site.files.has(path)) return undefined;
  const { locale, path: bare } = splitLocale(path, INTERFACE_LANGUAGES);
  const entry = /^\/([^/]+)\/([^/]+)\/?$/.exec(bare);
  const collection = entry && COLLECTIONS.find((c) => SECTIONS[c] === entry[1]);
  if (entry && collection && !entry[2]!.includes('.')) {
    const id = entry[2]!;
    if (!site.ids.get(collection)?.has(id)) return missingEntry(site, collection, id, (guess) => localePath(`/${entry[1]}/${guess}/`, locale));
    if (!path.endsWith('/')) return { message: `Al enlace «${path}» le falta la barra final`, hint: `escriba ${path}/` };
    return inLanguage(site, collection, id, locale);
  }
  for (const route of site.dynamic) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    if (!route.collection) return undefined;
    const id = match[1]!;
    if (site.ids.get(route.collection)?.has(id) && (!route.locale || !inLanguage(site, route.collection, id, route.locale))) return undefined;
  }
  if (!path.endsWith('/') && (site.pages.has(`${path}/`))) return { message: `Al enlace «${path}» le falta la barra final`, hint: `escriba ${path}/` };
  const english = COLLECTIONS.find((c) => path.startsWith(`/${c}/`));
  if (english) {
    const spanish = path.replace(`/${english}/`, `/${SECTIONS[english]}/`);
    return { message: `El enlace «${path}» usa el nombre de la carpeta, no el de la sección del sitio`, hint: `escriba ${spanish}${spanish.endsWith('/') ? '' : '/'}` };
  }
  const unfilled = emptyFilter(bare, locale);
  if (unfilled) return unfilled;
  const byKey = new Map([...site.pages].map((page) => [toId(page), page]));
  const guess = closest(path, byKey.keys());
  return {
    message: `El enlace interno «${path}» no lleva a ninguna página del sitio`,
    hint: guess ? `¿quiso decir «${byKey.get(guess)}»?` : 'revise la dirección: copie la de la página en el sitio publicado',
  };
}

/**
 * A filter of the directory (`/organizaciones/tipo/gobierno/`) is built only
 * for a kind or relation some organisation has (src/lib/paths.ts
 * `filterPages`): one that is not built is written right and only empty. No
 * guess, then: the nearest page is another filter, and other organisations.
 * `path`: a site path without its language prefix.
 */
function emptyFilter(path: string, locale: string): { message: string; hint: string } | undefined {
  const match = /^\/([^/]+)\/(tipo|relacion)\/([^/]+)\/$/.exec(path);
  if (!match || match[1] !== SECTIONS.organizations) return undefined;
  const [, section, facet, slug] = match;
  const [field, slugs, which] = facet === 'tipo' ? (['kind', KIND_SLUGS, 'de tipo'] as const) : (['membership', MEMBERSHIP_SLUGS, 'con la relación'] as const);
  const value = Object.entries(slugs).find(([, other]) => other === slug)?.[0];
  if (!value) return undefined;
  return {
    message: `No hay en el directorio organizaciones ${which} «${LABELS[`${field}.${value}`] ?? value}» (${field}: ${value}): la página «${localePath(path, locale)}» no existe`,
    hint: `enlace al directorio, ${localePath(`/${section}/`, locale)}, o quite el enlace: la página se publica cuando alguna organización tenga ${field}: ${value}`,
  };
}

/** What the site calls kinds and relations (i18n/es.json), for a message about their filter pages. */
const LABELS = es as Record<string, string>;

/** A document's page in Portuguese or English exists only when the document is translated (src/lib/paths.ts `pageLocales`). */
function inLanguage(site: SiteMap, collection: CollectionName, id: string, locale: string): { message: string; hint: string } | undefined {
  if (versionsOf(site, collection, id).includes(locale)) return undefined;
  const page = localePath(`/${SECTIONS[collection]}/${id}/`, locale);
  return {
    message: `No hay traducción al ${LANGUAGE_NAMES_ES[locale as TranslationLanguage] ?? locale} de ${COLLECTION_NAMES_ES[collection]} «${id}»: la página «${page}» no existe`,
    hint: `enlace a la página en español, /${SECTIONS[collection]}/${id}/, o traduzca el documento en content/translations/${locale}/${collection}/${id}.md`,
  };
}

/** What separates two ids written as one value: «unicef; lumos», «unicef / lumos». (Not «y»: names have it.) */
const SEPARATOR = /[;,/|]/;

/** «el grupo de trabajo» → «un grupo de trabajo». */
const indefinite = (collection: CollectionName) => COLLECTION_NAMES_ES[collection].replace(/^el /, 'un ').replace(/^la /, 'una ');

/**
 * "No existe el grupo de trabajo «x»", with the id the editor probably meant:
 * a near miss of an id, or the id of the document called that (editors
 * write «UNICEF» or «Instituto Interamericano del Niño» where the id goes).
 * Before guessing, what is certain: two ids written as one («unicef; lumos»),
 * or the id of a document of another kind (a group where an organisation
 * goes). When nothing is close, no guess: how to write or create the id.
 */
export function missingEntry(site: Pick<SiteMap, 'ids' | 'names' | 'renamed'>, collection: CollectionName, id: string, show: (guess: string) => string = (g) => g): { message: string; hint: string } {
  const hidden = invisibleIn(id);
  if (hidden) return withInvisible(site, collection, hidden, show);
  const message = `No existe ${COLLECTION_NAMES_ES[collection]} «${id}» (content/${collection}/${id}.md)`;
  const several = id.split(SEPARATOR).map((part) => part.trim()).filter(Boolean);
  // Only when a part is an id or a name: a name may hold a comma too.
  const parts = several.map((part) => closest(part, site.ids.get(collection) ?? []) ?? calledSo(site.names?.get(collection), part));
  if (several.length > 1 && parts.some(Boolean)) {
    const ids = [...new Set(parts.map((found, i) => found ?? toId(several[i]!)))];
    return { message, hint: `separe los ids con comas, [${ids.join(', ')}], o escriba uno por línea con «- »` };
  }
  const other = COLLECTIONS.find((c) => c !== collection && site.ids.get(c)?.has(id));
  if (other) {
    return { message, hint: `«${id}» es ${indefinite(other)} (content/${other}/${id}.md), no ${indefinite(collection)}: aquí van ids de content/${collection}/` };
  }
  const moved = site.renamed?.({ collection, id });
  if (moved?.collection === collection && site.ids.get(collection)?.has(moved.id)) {
    return { message, hint: `su archivo se renombró a content/${collection}/${moved.id}.md (lo dice Git): escriba «${show(moved.id)}»` };
  }
  const guess = closest(id, site.ids.get(collection) ?? []);
  const named = guess ? undefined : calledSo(site.names?.get(collection), id);
  return {
    message,
    hint: guess
      ? `¿quiso decir «${show(guess)}»?`
      : named
        ? `¿quiso decir «${show(named)}»? Escriba el id (el nombre de su archivo), no el nombre`
        : `escriba el nombre de un archivo de content/${collection}/ sin la extensión; si aún no existe, créelo con npm run new -- ${SECTIONS[collection]} "Nombre"`,
  };
}

/**
 * «unicef» followed by a non-breaking space pasted from a web page: quoted
 * back, it reads «unicef » beside «¿quiso decir «unicef»?», the same word
 * twice. Say what is there that cannot be seen, where, and to delete it.
 */
function withInvisible(site: Pick<SiteMap, 'ids' | 'names' | 'renamed'>, collection: CollectionName, hidden: Hidden, show: (guess: string) => string): { message: string; hint: string } {
  const what = invisibleCharacter(hidden);
  const fix = deleteInvisible(hidden);
  if (site.ids.get(collection)?.has(hidden.visible)) {
    return { message: `Hay ${what} ${hidden.where === 'dentro' ? 'dentro de' : `${hidden.where} de`} «${hidden.visible}»`, hint: fix };
  }
  const missing = missingEntry(site, collection, hidden.visible, show);
  return { message: `${missing.message}, y lleva ${what}`, hint: `${fix}; después, ${missing.hint}` };
}

/** The id of the one document whose name is `written`, or begins with it (the first words of a long name). */
function calledSo(names: ReadonlyMap<string, string> | undefined, written: string): string | undefined {
  const wanted = toId(written);
  if (!names || wanted.length < 3) return undefined;
  const exact = names.get(wanted);
  if (exact) return exact;
  const ids = new Set([...names].filter(([name]) => name.startsWith(`${wanted}-`)).map(([, id]) => id));
  return ids.size === 1 ? [...ids][0] : undefined;
}
