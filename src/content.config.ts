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

// retainBody: false: pages render each body from Astro's rendered HTML and
// never read the raw Markdown, and keeping it made the content store (which
// `astro dev` rewrites and reloads on every save) half as large again.
const files = (name: CollectionName) => glob({ base: `./content/${name}`, pattern: ['[^_]*.md', '[^_]*.mdx'], retainBody: false });

export const collections = {
  organizations: defineCollection({ loader: files('organizations'), schema: schema.organizations }),
  groups: defineCollection({ loader: files('groups'), schema: schema.groups }),
  updates: defineCollection({ loader: files('updates'), schema: schema.updates }),
  meetings: defineCollection({ loader: files('meetings'), schema: schema.meetings }),
  events: defineCollection({ loader: files('events'), schema: schema.events }),
  positions: defineCollection({ loader: files('positions'), schema: schema.positions }),
  // Markdown only: MDX runs code, and a translation has no reason to.
  translations: defineCollection({
    loader: glob({ base: './content/translations', pattern: ['*/*/[^_]*.md'], retainBody: false }),
    schema: translationSchema,
  }),
};
