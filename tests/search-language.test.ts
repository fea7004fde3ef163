/** Which of the index's languages a search page reads, whatever the interface's language. */
import { describe, expect, it } from 'vitest';
import { type IndexLanguages, languagePlan, pagefindPick } from '../src/lib/search-language.ts';

describe('the index languages a search page reads', () => {
  const spanish: IndexLanguages = { es: { page_count: 4000 } };
  const three: IndexLanguages = { es: { page_count: 4000 }, pt: { page_count: 120 }, en: { page_count: 80 } };

  it('replays Pagefind’s choice: the exact tag, its primary subtag, else the largest index', () => {
    expect(pagefindPick('es', spanish)).toBe('es');
    expect(pagefindPick('PT-BR', three)).toBe('pt');
    expect(pagefindPick('pt', spanish)).toBe('es');
    expect(pagefindPick('fr', three)).toBe('es');
    expect(pagefindPick('es', {})).toBeUndefined();
  });

  it('reads the Spanish documents from every page, and the page language’s own index when it has one, each once', () => {
    expect(languagePlan('es', 'es', three)).toEqual({ primary: 'es', merge: [] });
    // Only Spanish documents: Pagefind opens the Spanish index for a Portuguese page by itself.
    expect(languagePlan('pt', 'es', spanish)).toEqual({ primary: 'es', merge: [] });
    expect(languagePlan('en', 'es', spanish)).toEqual({ primary: 'es', merge: [] });
    // Translated documents: Pagefind opens the page's own index, and the Spanish one is merged.
    expect(languagePlan('pt', 'es', three)).toEqual({ primary: 'pt', merge: ['es'] });
    expect(languagePlan('en-GB', 'es', three)).toEqual({ primary: 'en', merge: ['es'] });
    // No index for the page's language: the Spanish one only, never another language's.
    expect(languagePlan('en', 'es', { es: { page_count: 10 }, pt: { page_count: 2 } })).toEqual({ primary: 'es', merge: [] });
  });
});
