/** The archive's words, most frequent first: what /buscar/ loads when a search finds nothing, to search again for what was meant. */
import type { APIRoute } from 'astro';
import { archiveWords } from '../../data/vocabulary.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await archiveWords()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
