/**
 * What search files a document under, read from its schema's fields: the
 * filter values (kind, group, organisation, year, country), the date it is
 * listed by and the metadata a result shows. The build writes these into each document's
 * page (SearchMeta.astro) and Pagefind reads them from there, so the filters
 * always hold exactly the values the content has, never a hand-kept list.
 *
 * Pure: references arrive as `{ id }` and are named through `name`, labels
 * through `label` (the site's t()), so tests can run it on parsed fixtures.
 */
import { countryName } from './countries.ts';
import { startOf, yearOf } from './dates.ts';
import { dateMeta } from './search-dates.ts';
import type { FilterKey } from './search-state.ts';

interface Ref {
  id: string;
}
interface Place {
  country?: string | undefined;
}
interface ActionItem {
  owners: readonly Ref[];
}

/** The fields search reads, per collection; Astro's entries and the schemas' output both fit. */
export type Searchable =
  | {
      collection: 'organizations';
      data: { name: string; acronym?: string | undefined; membership: string; countries: readonly string[] };
    }
  | {
      collection: 'groups';
      data: { name: string; status: string; coordinators: readonly Ref[]; members: readonly Ref[] };
    }
  | {
      collection: 'updates';
      data: { title: string; group: Ref; date: string; date_approximate: boolean; next_steps: readonly ActionItem[] };
    }
  | {
      collection: 'meetings';
      data: {
        title: string;
        kind: string;
        date: string;
        date_approximate: boolean;
        place?: Place | undefined;
        attendees: readonly Ref[];
        action_items: readonly ActionItem[];
      };
    }
  | {
      collection: 'events';
      data: {
        title: string;
        kind: string;
        start: string;
        end?: string | undefined;
        place: Place;
        organizers: readonly Ref[];
        participants: readonly Ref[];
        groups: readonly Ref[];
      };
    }
  | {
      collection: 'positions';
      data: {
        title: string;
        status: string;
        date: string;
        date_approximate: boolean;
        place?: Place | undefined;
        authors: readonly Ref[];
        groups: readonly Ref[];
      };
    };

export interface SearchRecord {
  /** Values per filter, each list without repeats; an empty list means the filter does not apply. */
  filters: Record<FilterKey, string[]>;
  /** What a result shows besides the excerpt. `date` is a dateMeta value (lib/search-dates.ts), absent for undated documents. */
  meta: { title: string; kind: string; date?: string };
  /**
   * The day the document is listed by, `YYYY-MM-DD` ({@link UNDATED} when it
   * has none). The index step hands pages to Pagefind newest first by it, and
   * "newest first" is that order (lib/search-order.ts): no Pagefind sort key,
   * which would add a list of every page to what each first search downloads.
   */
  sortDate: string;
}

export interface Naming {
  /** The display name of a referenced organisation or group. */
  name: (collection: 'organizations' | 'groups', id: string) => string;
  /** A UI string by its key (the site's t()). */
  label: (key: string) => string;
}

/** The date of documents with none: before every real date, so "newest first" lists them last. */
export const UNDATED = '0000-00-00';

/** An organisation as filters and links name it: "Name (ACRONYM)". */
export function organizationLabel(data: { name: string; acronym?: string | undefined }): string {
  return data.acronym && data.acronym !== data.name ? `${data.name} (${data.acronym})` : data.name;
}

/**
 * The day a document is listed by in "newest first": its date, an event's
 * start, {@link UNDATED} for organisations and groups. The index step also
 * reads it from the document's props, to render pages in the order it
 * indexes them (integrations/search-index.ts).
 */
export function listedDate(entry: Searchable): string {
  switch (entry.collection) {
    case 'organizations':
    case 'groups':
      return UNDATED;
    case 'events':
      return startOf(entry.data.start);
    default:
      return startOf(entry.data.date);
  }
}

/**
 * The groups of UI strings a record's kind is worded with (`one.events`,
 * `eventKind.summit`…), in Spanish in the index: a search page in another
 * language carries its own words for each (pages/[...lang]/buscar/).
 */
export const KIND_LABELS = ['one', 'membership', 'groupStatus', 'meetingKind', 'eventKind', 'positionStatus'] as const;

export function searchRecord(entry: Searchable, naming: Naming): SearchRecord {
  const { label } = naming;
  const orgs = (refs: readonly Ref[]) => refs.map((r) => naming.name('organizations', r.id));
  const groups = (refs: readonly Ref[]) => refs.map((r) => naming.name('groups', r.id));
  const owners = (items: readonly ActionItem[]) => orgs(items.flatMap((a) => a.owners));
  const country = (place: Place | undefined) => (place?.country ? [countryName(place.country)] : []);
  const years = (...dates: (string | undefined)[]) =>
    dates.flatMap((d) => (d && yearOf(d) !== undefined ? [String(yearOf(d))] : []));

  const one = label(`one.${entry.collection}`);
  const kind = (detail: string) => `${one} · ${detail}`;

  let title: string;
  let detail: string | undefined;
  let dated: string | undefined;
  let filters: Omit<Record<FilterKey, string[]>, 'tipo'>;

  switch (entry.collection) {
    case 'organizations': {
      const d = entry.data;
      title = organizationLabel(d);
      detail = label(`membership.${d.membership}`);
      filters = { grupo: [], org: [title], anio: [], pais: d.countries.map((code) => countryName(code)) };
      break;
    }
    case 'groups': {
      const d = entry.data;
      title = d.name;
      detail = label(`groupStatus.${d.status}`);
      filters = { grupo: [d.name], org: orgs([...d.coordinators, ...d.members]), anio: [], pais: [] };
      break;
    }
    case 'updates': {
      const d = entry.data;
      title = d.title;
      detail = naming.name('groups', d.group.id);
      dated = dateMeta(d.date, { approximate: d.date_approximate });
      filters = { grupo: groups([d.group]), org: owners(d.next_steps), anio: years(d.date), pais: [] };
      break;
    }
    case 'meetings': {
      const d = entry.data;
      title = d.title;
      detail = label(`meetingKind.${d.kind}`);
      dated = dateMeta(d.date, { approximate: d.date_approximate });
      filters = {
        grupo: [],
        org: [...orgs(d.attendees), ...owners(d.action_items)],
        anio: years(d.date),
        pais: country(d.place),
      };
      break;
    }
    case 'events': {
      const d = entry.data;
      title = d.title;
      detail = label(`eventKind.${d.kind}`);
      dated = dateMeta(d.start, { end: d.end });
      filters = {
        grupo: groups(d.groups),
        org: orgs([...d.organizers, ...d.participants]),
        anio: years(d.start, d.end),
        pais: country(d.place),
      };
      break;
    }
    case 'positions': {
      const d = entry.data;
      title = d.title;
      detail = label(`positionStatus.${d.status}`);
      dated = dateMeta(d.date, { approximate: d.date_approximate });
      filters = { grupo: groups(d.groups), org: orgs(d.authors), anio: years(d.date), pais: country(d.place) };
      break;
    }
  }

  const unique = (values: string[]) => [...new Set(values.filter(Boolean))];
  return {
    filters: {
      tipo: [one],
      grupo: unique(filters.grupo),
      org: unique(filters.org),
      anio: unique(filters.anio),
      pais: unique(filters.pais),
    },
    meta: { title, kind: detail ? kind(detail) : one, ...(dated ? { date: dated } : {}) },
    sortDate: listedDate(entry),
  };
}

