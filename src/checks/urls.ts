/**
 * Addresses an editor may link to from a document: web pages, e-mail,
 * phone numbers and the site's own pages. `javascript:` and `vbscript:` run
 * code when clicked; `data:` can carry a whole page or program. Browsers
 * decode entities and drop tabs, newlines and spaces before reading the
 * scheme (`java&#x09;script:` still runs), so the check does too. Pure.
 */

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

const NAMED_ENTITIES: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', sol: '/', amp: '&', num: '#' };

/** The address as a browser reads it for its scheme. */
export function normaliseUrl(url: string): string {
  return url
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&([a-z]+);/gi, (whole, name: string) => NAMED_ENTITIES[name.toLowerCase()] ?? whole)
    // eslint-disable-next-line no-control-regex -- browsers drop control characters and spaces before reading a scheme
    .replace(/[\u0000-\u0020\u007f]/g, '')
    .toLowerCase();
}

/** The scheme of an address (`https`, `javascript`), or undefined for a path on this site. */
export function schemeOf(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/.exec(normaliseUrl(url))?.[1];
}

/** Why an address must not be published, or undefined when it is harmless. */
export function unsafeUrl(url: string): { message: string; hint: string } | undefined {
  const scheme = schemeOf(url);
  if (scheme === undefined || SAFE_SCHEMES.has(scheme)) return undefined;
  if (scheme === 'javascript' || scheme === 'vbscript') {
    return { message: `Dirección «${scheme}:»: ejecutaría un programa en el navegador de quien la pulse`, hint: 'use una dirección que empiece por https://' };
  }
  if (scheme === 'data') {
    return { message: 'Dirección «data:»: puede contener una página o un programa entero', hint: 'enlace a un archivo publicado, con una dirección https:// o una ruta del sitio' };
  }
  return { message: `Tipo de dirección «${scheme}:» no admitido`, hint: 'use https://, mailto: o tel:, o una ruta del sitio' };
}
