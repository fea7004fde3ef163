/**
 * An Atom feed (RFC 4287) of new documents, for feed readers and for
 * partners' sites that re-publish the network's news. Pure.
 */
import { startOf } from './dates.ts';

export interface FeedItem {
  /** Absolute URL of the page. */
  url: string;
  /** The entry's id, which must never change: the URL the document was first published at. */
  id: string;
  title: string;
  /** A partial date; the feed needs a timestamp, so the first day it can mean is used. */
  date: string;
  /** The day its file last changed (`YYYY-MM-DD`, from Git), when known: a corrected report is news to feed readers too. */
  changed?: string | undefined;
  summary: string;
  /** The kind of document, e.g. "Reunión". */
  category: string;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const timestamp = (date: string) => `${startOf(date)}T00:00:00Z`;

/** When an entry last changed: its file's last commit, never before the document's own date. */
const updatedOf = (item: FeedItem) => [timestamp(item.date), item.changed ? timestamp(item.changed) : ''].sort().at(-1)!;

export function atomFeed(feed: { title: string; subtitle: string; url: string; self: string }, items: readonly FeedItem[]): string {
  const updated = items.length ? items.map(updatedOf).sort().at(-1) : '1970-01-01T00:00:00Z';
  const entries = items.map(
    (item) => `  <entry>
    <id>${escapeXml(item.id)}</id>
    <title>${escapeXml(item.title)}</title>
    <link href="${escapeXml(item.url)}"/>
    <published>${timestamp(item.date)}</published>
    <updated>${updatedOf(item)}</updated>
    <category term="${escapeXml(item.category)}"/>
    <summary>${escapeXml(item.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="es">
  <id>${escapeXml(feed.url)}</id>
  <title>${escapeXml(feed.title)}</title>
  <subtitle>${escapeXml(feed.subtitle)}</subtitle>
  <link href="${escapeXml(feed.url)}"/>
  <link rel="self" href="${escapeXml(feed.self)}"/>
  <author><name>MMI-LAC</name></author>
  <updated>${updated}</updated>
${entries.join('\n')}
</feed>
`;
}
