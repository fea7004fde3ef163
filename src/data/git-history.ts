/**
 * When each content file last changed, from Git, read once per build with a
 * single `git log` over content/ (one process, not one per page: the archive
 * grows to thousands of files). Node-only; the map is empty where there is
 * no Git history (a tarball, a shallow CI clone), and pages then simply omit
 * the date. A shallow clone counts as none: its first commit would date
 * every file.
 *
 * Git starts as soon as this module is loaded, which in a build is before
 * the first page renders: its second or so at 4,000 files runs beside
 * Astro's own work instead of stopping the rendering while it waits.
 */
import { execFile } from 'node:child_process';

const history: Promise<Map<string, string>> = read();

/** Last commit date (`YYYY-MM-DD`) per file path relative to the project root. */
export function lastChanged(): Promise<Map<string, string>> {
  return history;
}

function read(): Promise<Map<string, string>> {
  return new Promise((resolve) => {
    const none = new Map<string, string>();
    // A shallow clone's oldest commit seems to add every file at once: every page would say it changed that day,
    // and the feed would announce the whole archive again on each deploy. No date is better than a wrong one.
    execFile('git', ['rev-parse', '--is-shallow-repository'], { encoding: 'utf8' }, (shallowError, shallow) => {
      if (shallowError || shallow.trim() !== 'false') return resolve(none);
      execFile(
        'git',
        ['log', '--format=@%cs', '--name-only', '--no-renames', '--', 'content'],
        { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
        (error, log) => {
          if (error) return resolve(none);
          const dates = new Map<string, string>();
          let current = '';
          for (const line of log.split('\n')) {
            if (line.startsWith('@')) current = line.slice(1);
            else if (line && !dates.has(line)) dates.set(line, current);
          }
          resolve(dates);
        },
      );
    });
  });
}
