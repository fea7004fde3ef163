/**
 * Indexes a built site with Pagefind's Node API, the way the search
 * integration does inside the build. The bench runs it as its own process
 * (`node pagefind-index.ts <dist>`) when the build did not index, so the
 * search phase is still measured.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';

const dir = process.argv[2];
if (!dir) throw new Error('uso: node pagefind-index.ts <carpeta de salida>');
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: dir });
// A wrong folder gives page_count 0 and no error: that is a failure too.
if (added.errors.length || added.page_count === 0) throw new Error(`Pagefind: ${added.page_count} páginas; ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(JSON.stringify({ pages: added.page_count }));
