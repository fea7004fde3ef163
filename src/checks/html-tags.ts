/**
 * Raw HTML an editor typed into a document, judged tag by tag. Astro's
 * default Markdown processor copies raw HTML into the page unchanged, so
 * what is not refused here reaches readers' browsers. The rule is an
 * allowlist: a few text-level tags with a few harmless attributes pass;
 * everything else is refused with the reason an editor can understand.
 * Pure functions over strings.
 */
import { unsafeUrl } from './urls.ts';

export interface Attribute {
  name: string;
  value?: string | undefined;
  /** Offset of the attribute's name in the scanned text. */
  offset: number;
}

export interface Tag {
  /** `tag` for an opening or closing element, `comment` for `<!-- -->`, `other` for `<!…>` and `<?…>`. */
  kind: 'tag' | 'comment' | 'other';
  /** Element name as written (case kept, so MDX components stay recognisable). */
  name: string;
  closing: boolean;
  attributes: Attribute[];
  /** Offset of the `<` in the scanned text. */
  offset: number;
}

export interface Finding {
  /** Offset in the scanned text. */
  offset: number;
  message: string;
  hint: string;
}

const START = /<(!--|[!?]|\/?[A-Za-z][^\s/>]*)/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|(\{[^}]*\}|[^\s>]*)))?/y;

/** Every tag, comment and declaration in `html`, in order. */
export function scanTags(html: string): Tag[] {
  const tags: Tag[] = [];
  for (const match of html.matchAll(START)) {
    const offset = match.index;
    const head = match[1] ?? '';
    if (head === '!--') tags.push({ kind: 'comment', name: '!--', closing: false, attributes: [], offset });
    else if (head === '!' || head === '?') tags.push({ kind: 'other', name: head, closing: false, attributes: [], offset });
    else {
      const closing = head.startsWith('/');
      tags.push({ kind: 'tag', name: closing ? head.slice(1) : head, closing, attributes: closing ? [] : attributes(html, offset + match[0].length), offset });
    }
  }
  return tags;
}

function attributes(html: string, from: number): Attribute[] {
  const found: Attribute[] = [];
  let at = from;
  while (at < html.length) {
    // Browsers treat "/" between attributes as a separator: <img/onerror=…>.
    while (at < html.length && /[\s/]/.test(html[at]!)) at++;
    if (at >= html.length || html[at] === '>') break;
    ATTRIBUTE.lastIndex = at;
    const match = ATTRIBUTE.exec(html);
    if (!match) {
      at++;
      continue;
    }
    found.push({ name: match[1]!, value: match[2] ?? match[3] ?? match[4], offset: at });
    at = ATTRIBUTE.lastIndex;
  }
  return found;
}

/** Text-level tags an editor may use where Markdown has no syntax for it. */
const ALLOWED_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'blockquote', 'br', 'caption', 'cite', 'code', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em',
  'figcaption', 'figure', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 'rp', 'rt', 'ruby',
  's', 'samp', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u',
  'ul', 'var', 'wbr',
]);

/** Attributes that only describe text. `id`, `name`, `class` and `data-*` are left out: they can clobber the page's own scripts or search metadata. */
const ALLOWED_ATTRIBUTES = new Set([
  'href', 'title', 'lang', 'dir', 'cite', 'datetime', 'colspan', 'rowspan', 'scope', 'headers', 'abbr', 'open', 'start', 'reversed', 'value',
]);

const URL_ATTRIBUTES = new Set(['href', 'src', 'cite', 'action', 'formaction', 'poster', 'background', 'srcset', 'xlink:href', 'data', 'codebase']);

const REMOVE = 'bórrelo: el texto de los documentos se escribe en Markdown';

const TAG_REASONS: Record<string, string> = {
  script: 'ejecutaría un programa en el navegador de quien lee',
  style: 'cambiaría el aspecto del sitio, y la política de seguridad del sitio lo bloquea',
  iframe: 'incrustaría otra página dentro del sitio',
  frame: 'incrustaría otra página dentro del sitio',
  frameset: 'incrustaría otra página dentro del sitio',
  object: 'incrustaría un programa o un documento externo',
  embed: 'incrustaría un programa o un documento externo',
  applet: 'incrustaría un programa',
  form: 'pediría datos a quien lee y los enviaría a otro sitio',
  input: 'pediría datos a quien lee',
  button: 'pediría datos a quien lee',
  textarea: 'pediría datos a quien lee',
  select: 'pediría datos a quien lee',
  base: 'cambiaría el destino de todos los enlaces de la página',
  meta: 'cambiaría el comportamiento de la página',
  link: 'cargaría archivos de otro sitio',
  svg: 'puede contener programas',
  math: 'puede ocultar programas',
  template: 'puede ocultar programas',
  img: 'las imágenes van en el campo images del encabezado, con su texto alternativo y su consentimiento',
  video: 'cargaría contenido de otro sitio',
  audio: 'cargaría contenido de otro sitio',
};

export interface TagOptions {
  /** MDX components the document imports: `<Cita>` is allowed when imported. */
  components?: ReadonlySet<string>;
}

/** What is wrong with one tag, if anything. */
export function judgeTag(tag: Tag, options: TagOptions = {}): Finding[] {
  const at = tag.offset;
  if (tag.kind === 'comment') {
    return [{
      offset: at,
      message: 'Comentario HTML <!-- … -->: no se ve en la página, pero se publica en su código y cualquiera puede leerlo',
      hint: 'bórrelo; guarde las notas internas fuera de content/ o en un borrador cuyo nombre empiece por _',
    }];
  }
  if (tag.kind === 'other') return [{ offset: at, message: 'Declaración HTML <! o <? no permitida en el texto', hint: REMOVE }];
  if (tag.closing) return [];
  const name = tag.name.toLowerCase();
  const component = /^[A-Z]/.test(tag.name);
  if (component) {
    if (options.components?.has(tag.name)) return attributeFindings(tag, true);
    return [{
      offset: at,
      message: `El componente <${tag.name}> no está importado: la página fallaría al publicarse`,
      hint: options.components ? `añada al principio: import ${tag.name} from '../../src/components/${tag.name}.astro'` : REMOVE,
    }];
  }
  const reason = TAG_REASONS[name];
  if (reason) {
    const hint = name === 'img' ? 'quite la etiqueta <img> y declare la imagen en images:' : EMBEDS.has(name) ? (linkInstead(tag) ?? REMOVE) : REMOVE;
    return [{ offset: at, message: `HTML no permitido: <${name}> ${reason}`, hint }];
  }
  if (!ALLOWED_TAGS.has(name)) {
    return [{ offset: at, message: `Etiqueta HTML <${name}> no admitida en el texto`, hint: 'use Markdown (## títulos, **negrita**, listas con «- », [enlaces](https://…))' }];
  }
  return attributeFindings(tag, false);
}

/** Elements that show another page or file inside this one: what an editor pastes from a video site's «Embed». */
const EMBEDS = new Set(['iframe', 'frame', 'embed', 'object']);

/**
 * What an embedded page becomes in Markdown: a link to it. A YouTube or
 * Vimeo player's address is turned into the video's own page, which is
 * what a reader on a phone opens in the app anyway.
 */
function linkInstead(tag: Tag): string | undefined {
  const src = tag.attributes.find((a) => ['src', 'data'].includes(a.name.toLowerCase()))?.value?.trim();
  if (!src || !/^https?:\/\//i.test(src)) return undefined;
  const youtube = /^https?:\/\/(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/([\w-]+)/i.exec(src)?.[1];
  if (youtube) return `ponga en su lugar un enlace al video: [Ver el video](https://www.youtube.com/watch?v=${youtube})`;
  const vimeo = /^https?:\/\/player\.vimeo\.com\/video\/(\d+)/i.exec(src)?.[1];
  if (vimeo) return `ponga en su lugar un enlace al video: [Ver el video](https://vimeo.com/${vimeo})`;
  return `ponga en su lugar un enlace: [texto del enlace](${src})`;
}

function attributeFindings(tag: Tag, component: boolean): Finding[] {
  const findings: Finding[] = [];
  for (const attribute of tag.attributes) {
    const name = attribute.name.toLowerCase();
    const at = attribute.offset;
    if (name.startsWith('on')) {
      findings.push({ offset: at, message: `El atributo «${attribute.name}» ejecutaría un programa en el navegador de quien lee`, hint: 'bórrelo' });
    } else if (name === 'style') {
      findings.push({ offset: at, message: 'El atributo style no está permitido: la política de seguridad del sitio lo bloquea', hint: 'bórrelo; el aspecto lo da el sitio' });
    } else if (URL_ATTRIBUTES.has(name) && attribute.value !== undefined && unsafeUrl(attribute.value)) {
      findings.push({ offset: at, ...unsafeUrl(attribute.value)! });
    } else if (!component && !ALLOWED_ATTRIBUTES.has(name)) {
      // A component's own props are its business; its {expressions} are checked by the MDX rule.
      findings.push({ offset: at, message: `Atributo «${attribute.name}» no admitido en <${tag.name.toLowerCase()}>`, hint: 'bórrelo; para enlaces use [texto](https://…)' });
    }
  }
  return findings;
}
