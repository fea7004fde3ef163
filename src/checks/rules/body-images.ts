/**
 * Images written in a body (`![…](…)`) are refused: an image is published
 * only through the `images` field, where it has its text alternative, its
 * size and, when it shows children, their consent. A body image would have
 * none of those, and could become the search result's thumbnail.
 */
import type { Image, ImageReference } from 'mdast';
import { filePoint, nodesOf } from '../body.ts';
import type { Problem } from '../problem.ts';
import { BODY, type DocumentRule } from './rule.ts';

export const bodyImages: DocumentRule = ({ source, tree }) => {
  if (!tree) return [];
  return nodesOf<Image | ImageReference>(tree, ['image', 'imageReference']).map(({ position }): Problem => ({
    file: source.path,
    ...filePoint(source, position?.start),
    field: BODY,
    message: 'Imagen dentro del texto: las imágenes se publican solo desde el campo images del encabezado',
    hint: 'quite ![…](…) y declare la imagen en images: con src, alt, width, height y shows_children',
  }));
};
