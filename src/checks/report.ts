/**
 * Problems as text: one line each, `file:line:col  field  what — how`, then
 * a count. Under CI, also GitHub's annotation format, so each problem shows
 * on the changed line of the pull request.
 */
import type { Problem } from './problem.ts';

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}:${p.column}` : p.file;
  return `${where}  ${p.field || '(archivo)'}  ${p.message} — ${p.hint}`;
}

export function formatReport(problems: readonly Problem[]): string {
  if (problems.length === 0) return 'Contenido revisado: ningún problema.';
  const files = new Set(problems.map((p) => p.file)).size;
  const lines = problems.map(formatProblem);
  lines.push('', `${problems.length} ${problems.length === 1 ? 'problema' : 'problemas'} en ${files} ${files === 1 ? 'archivo' : 'archivos'}.`);
  return lines.join('\n');
}

/** GitHub Actions workflow commands (`::error file=…,line=…::…`). */
export function formatAnnotations(problems: readonly Problem[]): string {
  return problems
    .map((p) => `::error file=${escapeProperty(p.file)},line=${Math.max(p.line, 1)},col=${Math.max(p.column, 1)},title=${escapeProperty(p.field || 'archivo')}::${escapeData(`${p.message} — ${p.hint}`)}`)
    .join('\n');
}

function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(',', '%2C').replaceAll(':', '%3A');
}
