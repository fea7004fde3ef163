/**
 * The archive's words, fetched the first time a search finds nothing, and
 * what a query most likely meant (lib/spelling.ts). Imported on demand, so a
 * search that finds something downloads none of it.
 */
import { speller } from '../../lib/spelling.ts';

let loading: Promise<(query: string) => string | undefined> | undefined;

/** The query meant, or undefined; a failed download is tried again at the next search that finds nothing. */
export async function meantQuery(wordsUrl: string, query: string): Promise<string | undefined> {
  loading ??= fetch(wordsUrl)
    .then((response) => (response.ok ? (response.json() as Promise<string[]>) : Promise.reject(new Error(`${wordsUrl}: ${response.status}`))))
    .then(speller);
  try {
    return (await loading)(query);
  } catch (error) {
    loading = undefined;
    throw error;
  }
}
