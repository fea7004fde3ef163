/**
 * The site's long lists, each cut into pages (src/lib/pagination.ts): the
 * open and done action items, and the updates, meetings, positions and past
 * events of the section indexes. Their pages and the sitemap both read them
 * here, so they always agree on how many pages a list has, and each list is
 * worked out once per build, however many pages ask for it.
 */
import { LOCALES } from '../i18n/index.ts';
import { compareDates, isPast } from '../lib/dates.ts';
import type { ActionRow } from '../lib/network.ts';
import { type Page, pageParam, pagePath, pagesOf } from '../lib/pagination.ts';
import { type Entry, langParam, type Network, network } from './index.ts';

interface List<T> {
  path: string;
  rows(data: Network): T[];
  /**
   * The documents a page's rows come from, when the rows are not documents
   * themselves. A page carries them in its props: an incremental build keys
   * a page by the documents in its props, and copies it when none changed
   * instead of rendering it every time (src/integrations/incremental-pages.ts).
   */
  sources?(rows: T[], data: Network): Entry[];
}
const list = <T>(definition: List<T>): List<T> => definition;

// Late and upcoming are judged against the day the site was built, the only "today" a static page has.
const today = () => new Date().toISOString().slice(0, 10);
/** The meetings and updates that record action items: those pages show nothing of theirs but fields every key holds whole. */
const recordedIn = (rows: ActionRow[], data: Network) => [...new Set(rows.map((row) => data.get(row.source.collection, row.source.id)))];

export const LISTS = {
  /** Pending, then in progress, soonest due first (the network's order). */
  openActions: list({ path: '/acciones/', rows: (data) => data.actions.filter((a) => a.status !== 'done'), sources: recordedIn }),
  /** Newest report first. */
  doneActions: list({
    path: '/acciones/hechas/',
    rows: (data) => data.actions.filter((a) => a.status === 'done').sort((a, b) => compareDates(b.date, a.date)),
    sources: recordedIn,
  }),
  updates: list({ path: '/avances/', rows: (data) => data.updates }),
  meetings: list({ path: '/reuniones/', rows: (data) => data.meetings }),
  positions: list({ path: '/posicionamientos/', rows: (data) => data.positions }),
  /** Upcoming events are few and all on the first page, above these. */
  pastEvents: list({ path: '/eventos/', rows: (data) => data.events.filter((e) => isPast(e.data.start, e.data.end, today())) }),
};

export type ListName = keyof typeof LISTS;
export type RowOf<L extends ListName> = ReturnType<(typeof LISTS)[L]['rows']>[number];

/** Each loaded network's lists, worked out on first use (a new network in `astro dev` after an edit starts afresh). */
const worked = new WeakMap<Network, Map<ListName, unknown[]>>();

/** A list's rows, in the order its pages show them. */
export async function listRows<L extends ListName>(name: L): Promise<RowOf<L>[]> {
  const data = await network();
  let lists = worked.get(data);
  if (!lists) worked.set(data, (lists = new Map<ListName, unknown[]>()));
  if (!lists.has(name)) lists.set(name, (LISTS[name] as List<unknown>).rows(data));
  return lists.get(name) as RowOf<L>[];
}

/** Soonest first; not cut into pages: the first page of events shows them all. */
export async function upcomingEvents() {
  return (await network()).events.filter((e) => !isPast(e.data.start, e.data.end, today())).sort((a, b) => compareDates(a.data.start, b.data.start));
}

/** Every page of a list in every language of the interface: a `[...lang]/…/[...pagina].astro`'s paths. */
export async function listPaths<L extends ListName>(
  name: L,
): Promise<{ params: { lang: string | undefined; pagina: string | undefined }; props: { page: Page<RowOf<L>>; sources: Entry[] } }[]> {
  const data = await network();
  const definition = LISTS[name] as List<RowOf<L>>;
  const pages = pagesOf(await listRows(name)).map((page) => ({ page, sources: definition.sources?.(page.rows, data) ?? [] }));
  return LOCALES.flatMap((locale) => pages.map((props) => ({ params: { lang: langParam(locale), pagina: pageParam(props.page.number) }, props })));
}

/** The site path of every page of every list, without language: for the sitemap. */
export async function listPages(): Promise<string[]> {
  const names = Object.keys(LISTS) as ListName[];
  const lists = await Promise.all(names.map(async (name) => pagesOf(await listRows(name)).map((page) => pagePath(LISTS[name].path, page.number))));
  return lists.flat();
}
