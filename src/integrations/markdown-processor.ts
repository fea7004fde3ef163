/**
 * The Markdown processor: Astro's default (Sätteri, GFM built in), with what
 * it writes for GFM made fit for every reader. Left alone it writes:
 *
 * - footnotes with English words on every page: a «Footnotes» heading for
 *   screen readers and «Back to reference 1» on each link back to the text;
 * - a task list item's box as a disabled checkbox with no label, which axe
 *   refuses and a screen reader announces as an unnamed control;
 * - a table that, wider than a phone, scrolls inside itself (the stylesheet
 *   lets it, so the page does not) but cannot be reached with the keyboard
 *   to scroll it.
 *
 * A body's words are Spanish unless it is a translation's
 * (`content/translations/<lang>/…`). Each plugin is given only to a file
 * whose text has what it mends, so other documents pay nothing for it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { satteri } from '@astrojs/markdown-satteri';
import type { HastPluginEntry, PluginFactoryContext } from 'satteri';
import { DEFAULT_LOCALE, type Locale, LOCALES, translator } from '../i18n/index.ts';
import { translationTarget } from '../schemas/translations.ts';

/** The footnotes' words in a locale; `{reference}` is left for the processor to fill in (1, 2, 1-2…). */
function footnoteWords(locale: Locale): { label: string; backLabel: string } {
  const t = translator(locale);
  return { label: t('note.footnotes'), backLabel: t('note.footnoteBack') };
}

/** The language of a body's words, from where its file lives: a translation's, or Spanish. */
function bodyLanguage(file: URL | undefined): Locale {
  const [, translated] = file?.pathname.split('/content/translations/') ?? [];
  return (translated && translationTarget(translated.replace(/\.mdx?$/, ''))?.lang) || DEFAULT_LOCALE;
}

/** Rewrites the Spanish footnote words the processor wrote (its setting, below) into `locale`'s. */
function footnotesIn(locale: Locale): HastPluginEntry {
  const { label, backLabel } = footnoteWords(locale);
  return {
    name: 'bitacora-footnotes',
    element: {
      filter: ['h2', 'a'],
      visit(node, ctx) {
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

/**
 * A task's box as a drawn mark, its state said in words for screen readers:
 * «Hecha: Enviar el informe». Nothing on a page of the archive is a form
 * control a reader could use.
 */
function taskMarks(locale: Locale): HastPluginEntry {
  const t = translator(locale);
  return {
    name: 'bitacora-task-marks',
    element: {
      filter: ['input'],
      visit(node, ctx) {
        if (node.properties?.type !== 'checkbox') return;
        const done = node.properties.checked === true;
        ctx.replaceNode(node, [
          { type: 'element', tagName: 'span', properties: { className: done ? ['task-mark', 'is-done'] : ['task-mark'] }, children: [] },
          { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: `${t(done ? 'actionStatus.done' : 'actionStatus.pending')}:` }] },
        ]);
      },
    },
  };
}

/** A table takes the keyboard's focus, so that one wider than the screen can be scrolled without a mouse. */
const focusableTables: HastPluginEntry = {
  name: 'bitacora-focusable-tables',
  element: {
    filter: ['table'],
    visit(node, ctx) {
      ctx.setProperty(node, 'tabIndex', 0);
    },
  },
};

const TASK_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+\[[ xX]\]/m;

/** Called once per file: the plugins its text needs. */
function pluginsFor({ fileURL, source }: PluginFactoryContext): HastPluginEntry[] {
  const locale = bodyLanguage(fileURL);
  const plugins: HastPluginEntry[] = [];
  if (source.includes('|')) plugins.push(focusableTables);
  if (TASK_ITEM.test(source)) plugins.push(taskMarks(locale));
  if (locale !== DEFAULT_LOCALE && source.includes('[^')) plugins.push(footnotesIn(locale));
  return plugins;
}

/**
 * What the plugins write, as text: this file's code and the words it takes
 * from the interface strings. Astro keeps every body's HTML in its content
 * store from one build to the next and clears the store only when the JSON
 * of its config changes, and a function is not in that JSON: without this,
 * a new word or a mended plugin would reach only the bodies edited since.
 */
function revision(): string {
  const words = LOCALES.map((locale) => {
    const t = translator(locale);
    return [footnoteWords(locale), t('actionStatus.done'), t('actionStatus.pending')];
  });
  return createHash('sha256').update(readFileSync(new URL(import.meta.url))).update(JSON.stringify(words)).digest('hex').slice(0, 16);
}

export function markdownProcessor() {
  const processor = satteri({
    features: { gfm: { footnotes: footnoteWords(DEFAULT_LOCALE) } },
    hastPlugins: [pluginsFor],
  });
  // Read by nothing but Astro's digest of the config (see revision()); the processor ignores it.
  Object.assign(processor.options, { revision: revision() });
  return processor;
}
