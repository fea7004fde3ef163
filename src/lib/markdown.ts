/**
 * The Markdown processor: Astro's default (Sätteri, GFM built in), with the
 * words it writes around footnotes in the document's language. Left alone,
 * it writes them in English on every page: a «Footnotes» heading for screen
 * readers and «Back to reference 1» on each link back to the text, which a
 * Spanish voice reads as nonsense.
 *
 * A body is Spanish unless it is a translation's
 * (`content/translations/<lang>/…`), so Spanish is the processor's setting,
 * and a translation that has footnotes gets a plugin that puts its own
 * language's words in. Other documents pay nothing for it: the plugin is not
 * added to them.
 */
import { satteri } from '@astrojs/markdown-satteri';
import type { HastNode, HastPluginEntry, PluginFactoryContext } from 'satteri';
import { DEFAULT_LOCALE, type Locale, translator } from '../i18n/index.ts';
import { TRANSLATION_LANGUAGES } from '../schemas/translations.ts';

/** The footnotes' words in a locale; `{reference}` is left for the processor to fill in (1, 2, 1-2…). */
export function footnoteWords(locale: Locale): { label: string; backLabel: string } {
  const t = translator(locale);
  return { label: t('note.footnotes'), backLabel: t('note.footnoteBack') };
}

/** The language of a translation's file, from where it lives; undefined for a document. */
export function translationLanguage(file: URL | undefined): Locale | undefined {
  const match = file?.pathname.match(/\/content\/translations\/(\w+)\//);
  return TRANSLATION_LANGUAGES.find((lang) => lang === match?.[1]);
}

/** Rewrites the Spanish footnote words the processor wrote into `locale`'s. */
function footnotesIn(locale: Locale): HastPluginEntry {
  const { label, backLabel } = footnoteWords(locale);
  return {
    name: 'bitacora-footnotes',
    element: {
      filter: ['h2', 'a'],
      visit(node: Readonly<HastNode>, ctx) {
        if (node.type !== 'element') return;
        const { id, ariaLabel, dataFootnoteBackref } = node.properties ?? {};
        if (node.tagName === 'h2' && id === 'footnote-label') {
          ctx.replaceNode(node, { ...node, children: [{ type: 'text', value: label }] });
        } else if (dataFootnoteBackref !== undefined && typeof ariaLabel === 'string') {
          // The Spanish label ends with the reference as the processor numbered it ("2", "1-2").
          const reference = /\d+(?:-\d+)?$/.exec(ariaLabel)?.[0] ?? '';
          ctx.setProperty(node, 'ariaLabel', backLabel.replace('{reference}', reference));
        }
      },
    },
  };
}

/** A plugin factory: called once per file, it gives a plugin only to a translation with a footnote. */
function translatedFootnotes({ fileURL, source }: PluginFactoryContext): HastPluginEntry | null {
  const locale = translationLanguage(fileURL);
  return locale && source.includes('[^') ? footnotesIn(locale) : null;
}

export function markdownProcessor() {
  return satteri({
    features: { gfm: { footnotes: footnoteWords(DEFAULT_LOCALE) } },
    hastPlugins: [translatedFootnotes],
  });
}
