/**
 * Loaders and wiring only: each collection reads `content/<collection>/`,
 * skipping files whose name starts with `_` (drafts and templates), and is
 * validated by its schema from `src/schemas/`. Translations live in
 * `content/translations/<lang>/<collection>/` (src/schemas/translations.ts).
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { type CollectionName, schemas } from './schemas/index.ts';
import { translationSchema } from './schemas/translations.ts';

const schema = schemas(reference);

// retainBody: false: pages never read the raw Markdown, and keeping it made
// the content store (which `astro dev` rewrites and reloads whole on every
// save) half as large again.
// deferRender in `astro dev` only: bodies are rendered when a page asks for
// one instead of kept in the store, which shrinks it from 4.7 to 1 MB at
// 1,000 documents (19 to 3.8 MB at 4,000), and an edit shows in 0.9 s
// instead of 1.5 s (2 s instead of 4.6 s at 4,000). The same processor
// renders the same HTML either way; builds keep rendering once, up front,
// where Astro's cache can reuse it.
const LOADER = { retainBody: false, deferRender: import.meta.env.DEV };
const files = (name: CollectionName) => glob({ base: `./content/${name}`, pattern: ['[^_]*.md', '[^_]*.mdx'], ...LOADER });

export const collections = {
  organizations: defineCollection({ loader: files('organizations'), schema: schema.organizations }),
  groups: defineCollection({ loader: files('groups'), schema: schema.groups }),
  updates: defineCollection({ loader: files('updates'), schema: schema.updates }),
  meetings: defineCollection({ loader: files('meetings'), schema: schema.meetings }),
  events: defineCollection({ loader: files('events'), schema: schema.events }),
  positions: defineCollection({ loader: files('positions'), schema: schema.positions }),
  // Markdown only: MDX runs code, and a translation has no reason to.
  translations: defineCollection({
    loader: glob({ base: './content/translations', pattern: ['*/*/[^_]*.md'], ...LOADER }),
    schema: translationSchema,
  }),
};
