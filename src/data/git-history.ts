/**
 * What Git knows about the content, read once per build with a single
 * `git log` over content/ (one process, not one per page: the archive grows
 * to thousands of files): when each file last changed, and which files were
 * renamed (src/lib/renames.ts). Node-only; both are empty where there is no
 * Git history (a tarball, a shallow CI clone), and pages then simply omit
 * the date. A shallow clone counts as none: its first commit would date
 * every file.
 *
 * Git starts as soon as this module is loaded, which in a build is before
 * the first page renders: its second or so at 4,000 files runs beside
 * Astro's own work instead of stopping the rendering while it waits.
 */
import { execFile } from 'node:child_process';
import { type Rename, renamesIn } from '../lib/renames.ts';

interface History {
  dates: Map<string, string>;
  renames: Rename[];
}

const history: Promise<History> = read();

/** Last commit date (`YYYY-MM-DD`) per file path relative to the project root. */
export async function lastChanged(): Promise<Map<string, string>> {
  return (await history).dates;
}

/** Every file renamed under content/, oldest first. */
export async function renames(): Promise<Rename[]> {
  return (await history).renames;
}

function read(): Promise<History> {
  return new Promise((resolve) => {
    const none = { dates: new Map<string, string>(), renames: [] };
    // A shallow clone's oldest commit seems to add every file at once: every page would say it changed that day,
    // and the feed would announce the whole archive again on each deploy. No date is better than a wrong one.
    execFile('git', ['rev-parse', '--is-shallow-repository'], { encoding: 'utf8' }, (shallowError, shallow) => {
      if (shallowError || shallow.trim() !== 'false') return resolve(none);
      execFile(
        'git',
        // Paths unquoted, so a name with an accent reads as it is written; renames found as renames.
        ['-c', 'core.quotePath=false', 'log', '--format=@%cs', '--name-status', '-M', '--', 'content'],
        { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
        (error, log) => {
          if (error) return resolve(none);
          const dates = new Map<string, string>();
          let current = '';
          for (const line of log.split('\n')) {
            if (line.startsWith('@')) current = line.slice(1);
            // `M\tpath`, `A\tpath`, `D\tpath`, or `R097\told\tnew`: every path named was touched by this commit.
            else for (const path of line.split('\t').slice(1)) if (!dates.has(path)) dates.set(path, current);
          }
          resolve({ dates, renames: renamesIn(log) });
        },
      );
    });
  });
}
