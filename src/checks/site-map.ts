/**
 * Every address the built site will answer, known before building: the
 * documents (by collection and id), the pages under `src/pages/` and the
 * files in `public/`. A link written in a document is checked against this,
 * so an editor learns about a broken link at its line, not from a reader.
 * Node-only (reads the two folders).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SECTIONS } from '../lib/paths.ts';
import { closest, toId } from '../lib/suggest.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/shared.ts';

export const COLLECTION_NAMES_ES: Record<CollectionName, string> = {
  organizations: 'la organización',
  groups: 'el grupo de trabajo',
  updates: 'el avance',
  meetings: 'la reunión',
  events: 'el evento',
  positions: 'el posicionamiento',
};

/** A route with a parameter, such as `/eventos/[id].ics`. */
interface DynamicRoute {
  pattern: RegExp;
  /** The collection whose ids fill the parameter, when the route lives in its section. */
  collection?: CollectionName | undefined;
}

export interface SiteMap {
  ids: ReadonlyMap<CollectionName, ReadonlySet<string>>;
  /** What organisations and groups are called (name and acronym, as ids are made: `toId`), for a reference written as a name. */
  names?: ReadonlyMap<CollectionName, ReadonlyMap<string, string>> | undefined;
  /** Pages and endpoints without parameters: `/`, `/acciones/`, `/feed.xml`. */
  pages: ReadonlySet<string>;
  dynamic: readonly DynamicRoute[];
  /** Files copied from public/: `/favicon.svg`. */
  files: ReadonlySet<string>;
}

const PAGE_EXTENSIONS = /\.(astro|md|mdx|html)$/;
const ENDPOINT_EXTENSIONS = /\.(ts|js|mjs)$/;
const REST = /\[\.\.\.[^\]]+\]/;
const REST_SEGMENT = /\/\[\.\.\.[^\]]+\](?=\/)/g;

export function siteMap(root: string, ids: ReadonlyMap<CollectionName, ReadonlySet<string>>, names?: SiteMap['names']): SiteMap {
  const pages = new Set<string>();
  const dynamic: DynamicRoute[] = [];
  for (const file of walk(join(root, 'src/pages'))) {
    const route = routeOf(file);
    if (!route) continue;
    // A rest parameter (`[...lang]`) may stand for no segment at all, and
    // that is the only form known here: its other values come from
    // getStaticPaths, which the check does not run, and "any segments" would
    // let every link through. So `/[...lang]/acciones/` answers `/acciones/`,
    // and a link to `/en/acciones/` is reported.
    const form = route.replaceAll(REST_SEGMENT, '');
    if (REST.test(form)) continue;
    if (!form.includes('[')) {
      pages.add(form);
      continue;
    }
    const section = form.split('/')[1];
    const collection = COLLECTIONS.find((c) => SECTIONS[c] === section);
    const pattern = new RegExp(`^${form.split(/\[[^\]]+\]/).map(escape).join('([^/]+)')}$`);
    dynamic.push({ pattern, collection });
  }
  const files = new Set(walk(join(root, 'public')).map((file) => `/${file}`));
  return { ids, pages, dynamic, files, names };
}

/** `eventos/[id].ics.ts` → `/eventos/[id].ics`; `grupos/index.astro` → `/grupos/`; private `_x` files → undefined. */
function routeOf(file: string): string | undefined {
  if (file.split('/').some((part) => part.startsWith('_'))) return undefined;
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

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether the site has a page or file at `path` (a site path without the base), and if not, what to say. */
export function findPage(site: SiteMap, path: string): { message: string; hint: string } | undefined {
  if (site.pages.has(path) || site.files.has(path)) return undefined;
  const entry = /^\/([^/]+)\/([^/]+)\/?$/.exec(path);
  const collection = entry && COLLECTIONS.find((c) => SECTIONS[c] === entry[1]);
  if (entry && collection && !entry[2]!.includes('.')) {
    const id = entry[2]!;
    if (!site.ids.get(collection)?.has(id)) return missingEntry(site, collection, id, (guess) => `/${entry[1]}/${guess}/`);
    return path.endsWith('/') ? undefined : { message: `Al enlace «${path}» le falta la barra final`, hint: `escriba ${path}/` };
  }
  for (const route of site.dynamic) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    if (!route.collection || site.ids.get(route.collection)?.has(match[1]!)) return undefined;
  }
  if (!path.endsWith('/') && (site.pages.has(`${path}/`))) return { message: `Al enlace «${path}» le falta la barra final`, hint: `escriba ${path}/` };
  const english = COLLECTIONS.find((c) => path.startsWith(`/${c}/`));
  if (english) {
    const spanish = path.replace(`/${english}/`, `/${SECTIONS[english]}/`);
    return { message: `El enlace «${path}» usa el nombre de la carpeta, no el de la sección del sitio`, hint: `escriba ${spanish}${spanish.endsWith('/') ? '' : '/'}` };
  }
  const byKey = new Map([...site.pages].map((page) => [toId(page), page]));
  const guess = closest(path, byKey.keys());
  return {
    message: `El enlace interno «${path}» no lleva a ninguna página del sitio`,
    hint: guess ? `¿quiso decir «${byKey.get(guess)}»?` : 'revise la dirección: copie la de la página en el sitio publicado',
  };
}

/**
 * "No existe el grupo de trabajo «x»", with the id the editor probably meant:
 * a near miss of an id, or the id of the document called that (editors
 * write «UNICEF» or «Instituto Interamericano del Niño» where the id goes).
 */
export function missingEntry(site: SiteMap, collection: CollectionName, id: string, show: (guess: string) => string = (g) => g): { message: string; hint: string } {
  const guess = closest(id, site.ids.get(collection) ?? []);
  const named = guess ? undefined : calledSo(site.names?.get(collection), id);
  return {
    message: `No existe ${COLLECTION_NAMES_ES[collection]} «${id}» (content/${collection}/${id}.md)`,
    hint: guess
      ? `¿quiso decir «${show(guess)}»?`
      : named
        ? `¿quiso decir «${show(named)}»? Escriba el id (el nombre de su archivo), no el nombre`
        : `escriba el nombre de un archivo de content/${collection}/ sin la extensión; si aún no existe, créelo con npm run new -- ${SECTIONS[collection]} "Nombre"`,
  };
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
