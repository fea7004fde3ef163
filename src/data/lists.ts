/**
 * The site's long lists, each cut into pages (src/lib/pagination.ts): the
 * open and done action items, and the updates, meetings, positions and past
 * events of the section indexes. Their pages and the sitemap both read them
 * here, so they always agree on how many pages a list has.
 */
import { LOCALES } from '../i18n/index.ts';
import { compareDates, isPast } from '../lib/dates.ts';
import { type Page, pageParam, pagePath, pagesOf } from '../lib/pagination.ts';
import type { ActionRow } from '../lib/network.ts';
import { type Entry, langParam, network } from './index.ts';

// Late and upcoming are judged against the day the site was built, the only "today" a static page has.
const today = () => new Date().toISOString().slice(0, 10);

export const LISTS = {
  /** Pending, then in progress, soonest due first (the network's order). */
  openActions: { path: '/acciones/', rows: async () => (await network()).actions.filter((a) => a.status !== 'done') },
  /** Newest report first. */
  doneActions: {
    path: '/acciones/hechas/',
    rows: async () => (await network()).actions.filter((a) => a.status === 'done').sort((a, b) => compareDates(b.date, a.date)),
  },
  updates: { path: '/avances/', rows: async () => (await network()).updates },
  meetings: { path: '/reuniones/', rows: async () => (await network()).meetings },
  positions: { path: '/posicionamientos/', rows: async () => (await network()).positions },
  /** Upcoming events are few and all on the first page, above these. */
  pastEvents: { path: '/eventos/', rows: async () => (await network()).events.filter((e) => isPast(e.data.start, e.data.end, today())) },
} satisfies Record<string, { path: string; rows: () => Promise<readonly unknown[]> }>;

/** Soonest first; not cut into pages: the first page of events shows them all. */
export async function upcomingEvents() {
  return (await network()).events.filter((e) => !isPast(e.data.start, e.data.end, today())).sort((a, b) => compareDates(a.data.start, b.data.start));
}

export type ListName = keyof typeof LISTS;
export type RowOf<L extends ListName> = Awaited<ReturnType<(typeof LISTS)[L]['rows']>>[number];

/**
 * Every page of a list in every language of the interface: a
 * `[...lang]/…/[...pagina].astro`'s paths. A page of action items also
 * carries the documents that record them: it shows nothing of theirs but
 * fields every key holds whole, and with documents in its props an
 * incremental build keys it and copies it when none changed, instead of
 * rendering it every time (src/integrations/incremental-pages.ts).
 */
export async function listPaths<L extends ListName>(
  name: L,
): Promise<{ params: { lang: string | undefined; pagina: string | undefined }; props: { page: Page<RowOf<L>>; sources: Entry[] } }[]> {
  const data = await network();
  const pages = pagesOf((await LISTS[name].rows()) as RowOf<L>[]).map((page) => ({
    page,
    sources: [...new Set(page.rows.flatMap((row) => (isAction(row) ? [data.get(row.source.collection, row.source.id)] : [])))],
  }));
  return LOCALES.flatMap((locale) => pages.map((props) => ({ params: { lang: langParam(locale), pagina: pageParam(props.page.number) }, props })));
}

const isAction = (row: unknown): row is ActionRow => typeof row === 'object' && row !== null && 'source' in row && 'status' in row;

/** The site path of every page of every list, without language: for the sitemap. */
export async function listPages(): Promise<string[]> {
  const lists = await Promise.all(
    Object.values(LISTS).map(async (list: { path: string; rows: () => Promise<readonly unknown[]> }) =>
      pagesOf(await list.rows()).map((page) => pagePath(list.path, page.number)),
    ),
  );
  return lists.flat();
}
