/**
 * The frontmatter as the build reads it. Astro does not read YAML the way
 * source-file.ts does: for `.md` and `.mdx` alike it calls
 * `parseFrontmatter` from `@astrojs/internal-helpers` (pinned in
 * package.json at the version Astro itself uses), which is js-yaml's
 * default schema. That turns an unquoted `2019-07-09` into a Date, reads
 * `0b101` and `-0x1` as numbers, merges `<<` keys and refuses a few things
 * our reader lets through (an alias to nothing, bad `!!binary`). The check
 * validates this reading too, so it never passes a document the build
 * refuses. The function is Astro's own, not a copy: an upgrade that changes
 * it changes what the check sees.
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';

export type AstroReading = { data: unknown } | { error: { line: number; column: number; reason: string } };

/** `text`: the whole file, as Astro gets it. */
export function readAsAstro(text: string): AstroReading {
  try {
    return { data: parseFrontmatter(text, { frontmatter: 'preserve' }).frontmatter };
  } catch (error) {
    const { mark, reason } = error as { mark?: { line?: number; column?: number }; reason?: string };
    // js-yaml counts from 0 the lines of what follows the opening `---`, so its line 1 is the file's line 2.
    return { error: { line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1, reason: reason ?? String(error) } };
  }
}
