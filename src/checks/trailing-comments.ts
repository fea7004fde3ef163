/**
 * A value cut short by a comment. In YAML « #» starts a comment anywhere on
 * a line, so `title: Campaña #NiñezSinViolencia en Quito` publishes
 * «Campaña», and nothing fails: the rest is simply gone. The templates
 * (new-document.ts) write their guides on lines of their own, so a comment
 * after a value is far more often a hashtag or a number (`#2`) than a note.
 *
 * Only a field that would take the whole line as its text is reported
 * (`takesText`, asked of the schema): after `kind: other  # tipo` or
 * `group: migraciones # grupo` the comment cuts nothing an editor meant,
 * since no kind or id has a « #» in it, and those files stay valid. Quoted
 * values are left alone: the quotes already say where the value ends.
 */
import { Scalar, visit } from 'yaml';
import { pathOf, type SourceFile } from './source-file.ts';
import { quoted } from './yaml-lines.ts';

export interface CutValue {
  field: string;
  /** Where the comment starts: its «#». */
  line: number;
  column: number;
  message: string;
  hint: string;
}

/** `takesText(path, text)`: whether the field at `path` would accept `text` as its value. */
export function cutByComment(file: SourceFile, takesText: (path: readonly string[], text: string) => boolean): CutValue[] {
  const found: CutValue[] = [];
  if (!file.document) return found;
  visit(file.document, {
    Scalar(key, node, ancestors) {
      if (key === 'key' || node.type !== Scalar.PLAIN || typeof node.value !== 'string' || !node.range) return;
      const start = file.yamlOffset + node.range[0];
      const end = file.yamlOffset + node.range[1];
      const lineEnd = file.text.indexOf('\n', end);
      const rest = file.text.slice(end, lineEnd < 0 ? undefined : lineEnd).replace(/\r$/, '');
      const space = /^[ \t]+(?=#)/.exec(rest)?.[0];
      if (space === undefined) return;
      // A value that runs over several lines is meant as one line of text, as YAML folds it.
      const written = file.text.slice(start, end).replace(/\s*\n\s*/g, ' ') + rest;
      const field = pathOf([...ancestors, node]);
      if (!takesText(field.split('.'), written.trim())) return;
      const before = file.text.slice(0, end + space.length).split('\n');
      const keyLine = file.text.slice(0, start).split('\n').length;
      found.push({
        field,
        line: before.length,
        column: before.at(-1)!.length + 1,
        message: `« #» empieza un comentario y lo que sigue no se publicaría: se publicaría solo «${node.value}»`,
        hint: `ponga el valor entre comillas: ${quoted(file.text.split('\n')[keyLine - 1]!.replace(/\r$/, ''), written.trim())}; si lo que sigue es una nota, escríbala en una línea aparte`,
      });
    },
  });
  return found;
}
