/**
 * No published image may say where it was taken. Every JPEG and PNG under
 * content/ and public/ is read, used by a document or not: anything in
 * public/ is published, referenced or not.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readImage } from '../image-bytes.ts';
import type { Problem } from '../problem.ts';
import type { ProjectRule } from './rule.ts';

const IMAGE = /\.(jpe?g|png)$/i;

export const exifGps: ProjectRule = ({ root }) => {
  const problems: Problem[] = [];
  for (const folder of ['content', 'public']) {
    for (const file of images(join(root, folder))) {
      if (!readImage(readFileSync(file))?.gps) continue;
      problems.push({
        file: relative(root, file).replaceAll('\\', '/'),
        line: 0,
        column: 0,
        field: '',
        message: 'La imagen guarda la ubicación GPS donde se tomó: publicada, diría dónde estaban las personas de la foto',
        hint: 'quite la ubicación antes de subirla (p. ej. exiftool -gps:all= -xmp:all= archivo.jpg, o «quitar ubicación» al compartir la foto desde el teléfono)',
      });
    }
  }
  return problems;
};

function images(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return images(path);
    return IMAGE.test(name) ? [path] : [];
  });
}
