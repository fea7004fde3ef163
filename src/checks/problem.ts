/** One thing wrong in one file, as an editor needs to read it. */
export interface Problem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line in the file (0 when the whole file is concerned). */
  line: number;
  /** 1-based column. */
  column: number;
  /** The frontmatter field concerned, as a dotted path (`next_steps.0.owners.1`), or '' for the file. */
  field: string;
  /** What is wrong, in Spanish. */
  message: string;
  /** How to fix it, in Spanish. */
  hint: string;
}

export function byPosition(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}
