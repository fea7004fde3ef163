/**
 * When each content file last changed, from Git, read once per build with a
 * single `git log` over content/ (one process, not one per page: the archive
 * grows to thousands of files). Node-only; returns an empty map where there
 * is no Git history (a tarball, a shallow CI clone), and pages then simply
 * omit the date.
 */
import { execFileSync } from 'node:child_process';

let history: Map<string, string> | undefined;

/** Last commit date (`YYYY-MM-DD`) per file path relative to the project root. */
export function lastChanged(): Map<string, string> {
  history ??= read();
  return history;
}

function read(): Map<string, string> {
  const dates = new Map<string, string>();
  let log: string;
  try {
    log = execFileSync('git', ['log', '--format=@%cs', '--name-only', '--no-renames', '--', 'content'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return dates;
  }
  let current = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) current = line.slice(1);
    else if (line && !dates.has(line)) dates.set(line, current);
  }
  return dates;
}
