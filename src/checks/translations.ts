/**
 * The files under `content/translations/<lang>/<collection>/<id>.md`: where
 * each one is says what it translates, so the check makes sure that place
 * exists (a language the site speaks, a collection, an original with that
 * id) before the file is validated like any other document, with the
 * translation schema. Node-only.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { closest, toId } from '../lib/suggest.ts';
import { COLLECTIONS, type CollectionName, ID_PATTERN } from '../schemas/shared.ts';
import { TRANSLATION_LANGUAGES } from '../schemas/translations.ts';
import type { Problem } from './problem.ts';
import { missingEntry, type SiteMap } from './site-map.ts';

export interface TranslationFile {
  /** The original's collection. */
  collection: CollectionName;
  /** `<lang>/<id>`: unique among translations, and what messages name. */
  id: string;
  extension: '.md';
  /** Project-relative path. */
  path: string;
  bytes: Uint8Array;
}

const FOLDER = 'content/translations';

const list = (folder: string): string[] => {
  try {
    return readdirSync(folder).filter((name) => !name.startsWith('.') && !name.startsWith('_')).sort();
  } catch {
    return [];
  }
};

/** Every translation file whose place is right; a problem for each one whose place is not. */
export function readTranslations(root: string, site: Pick<SiteMap, 'ids' | 'names'>, problems: Problem[]): TranslationFile[] {
  const files: TranslationFile[] = [];
  const problem = (file: string, message: string, hint: string) => problems.push({ file, line: 0, column: 0, field: '', message, hint });
  for (const lang of list(join(root, FOLDER))) {
    const langPath = `${FOLDER}/${lang}`;
    if (lang === 'README.md') continue;
    if (!statSync(join(root, langPath)).isDirectory() || !(TRANSLATION_LANGUAGES as readonly string[]).includes(lang)) {
      problem(langPath, `«${lang}» no es una lengua a la que se traduzca`, `las traducciones van en ${TRANSLATION_LANGUAGES.map((l) => `${FOLDER}/${l}/`).join(' o ')}`);
      continue;
    }
    for (const folder of list(join(root, langPath))) {
      const folderPath = `${langPath}/${folder}`;
      const collection = COLLECTIONS.find((c) => c === folder);
      if (!collection || !statSync(join(root, folderPath)).isDirectory()) {
        const guess = closest(folder, COLLECTIONS);
        problem(folderPath, `«${folder}» no es una colección`, guess ? `¿quiso decir ${langPath}/${guess}/?` : `use la carpeta del original: ${COLLECTIONS.join(', ')}`);
        continue;
      }
      for (const name of list(join(root, folderPath))) {
        const path = `${folderPath}/${name}`;
        const stem = name.replace(/\.[^.]*$/, '');
        if (!name.endsWith('.md')) {
          problem(path, 'Una traducción es un archivo .md', `renómbrelo a ${toId(stem)}.md (las traducciones no admiten .mdx)`);
          continue;
        }
        if (!ID_PATTERN.test(stem)) {
          problem(path, `El nombre del archivo «${name}» no sirve como identificador`, `use el mismo nombre que el original: ${toId(stem)}.md`);
          continue;
        }
        if (!site.ids.get(collection)?.has(stem)) {
          const { message, hint } = missingEntry(site, collection, stem);
          problem(path, `Traducción sin original: ${message.charAt(0).toLowerCase()}${message.slice(1)}`, hint);
          continue;
        }
        files.push({ collection, id: `${lang}/${stem}`, extension: '.md', path, bytes: readFileSync(join(root, path)) });
      }
    }
  }
  return files;
}
