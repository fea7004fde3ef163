/**
 * The `images` of a document: the file must be in public/ and be the size
 * the page declares (so the page does not jump while it loads), its text
 * alternative must describe it, and a photo of children needs a consent that
 * has not expired. GPS data in image files is the job of exif-gps.ts, which
 * reads every image, used or not.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { closest } from '../../lib/suggest.ts';
import { readImage } from '../image-bytes.ts';
import type { Problem } from '../problem.ts';
import { locate } from '../source-file.ts';
import { consentProblems } from './consent.ts';
import type { DocumentRule } from './rule.ts';

interface ImageData {
  src: string;
  alt: string;
  width: number;
  height: number;
  shows_children: boolean;
  consent?: { date: string; expires: string };
}

/** Texts that name a file or a kind of thing instead of saying what is in the picture. */
const NOT_A_DESCRIPTION = /\.(jpe?g|png|gif|webp)$|^(img|dsc|dscn|pxl|foto|fotograf[ií]a|imagen|image|photo|picture)?[\s_-]*\d*$/i;

export const images: DocumentRule = ({ source, data }, { root, site, today }) => {
  const list = (data?.['images'] ?? []) as ImageData[];
  const problems: Problem[] = [];
  list.forEach((image, i) => {
    const at = (key: string) => ({ file: source.path, ...locate(source, ['images', i, key]), field: `images.${i}.${key}` });
    const file = join(root, 'public', image.src);
    if (!existsSync(file)) {
      const guess = closest(image.src, [...site.files].filter((f) => /\.(jpe?g|png)$/.test(f)));
      problems.push({ ...at('src'), message: `La imagen «${image.src}» no está en public/`, hint: guess ? `¿quiso decir «${guess}»?` : `guarde el archivo en public${image.src}` });
    } else {
      const facts = readImage(readFileSync(file));
      if (!facts) problems.push({ ...at('src'), message: `«${image.src}» no es una imagen JPEG ni PNG`, hint: 'expórtela de nuevo como .jpg o .png' });
      else if (facts.width !== image.width || facts.height !== image.height) {
        problems.push({
          ...at('width'),
          message: `La imagen mide ${facts.width} × ${facts.height} píxeles, no ${image.width} × ${image.height}`,
          hint: `escriba width: ${facts.width} y height: ${facts.height}`,
        });
      }
    }
    if (NOT_A_DESCRIPTION.test(image.alt.trim())) {
      problems.push({ ...at('alt'), message: `El texto alternativo «${image.alt}» no describe la imagen`, hint: 'diga en una frase qué se ve, p. ej. «Adolescentes presentan sus propuestas en el foro»' });
    }
    if (image.shows_children) problems.push(...consentProblems(source, ['images', i, 'consent'], image.consent, today, 'de esta imagen'));
  });
  return problems;
};
