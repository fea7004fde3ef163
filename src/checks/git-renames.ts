/**
 * Where a document that is not there went, when Git saw its file renamed:
 * after a rename, every reference to the old id is a mistake, and an old id
 * often looks nothing like the new one («ods» → «grupo-ods»), so a guess by
 * spelling finds nothing. Git's record says it for certain. Node-only.
 *
 * Read on first use only: a check with no missing id never starts Git. It is
 * not part of the check cache's key: it only words a hint, and a rename
 * changes the ids, which re-checks every document anyway.
 */
import { execFileSync } from 'node:child_process';
import { type Ref, refKey } from '../lib/network.ts';
import { movedDocuments, renamesIn } from '../lib/renames.ts';

/** A lookup from a document's old name to its name now, over the committed history of `root`; none without Git. */
export function renamedIn(root: string): (ref: Ref) => Ref | undefined {
  let moved: Map<string, Ref> | undefined;
  return (ref) => {
    moved ??= new Map(movedDocuments(renamesIn(renameLog(root))).map(({ from, to }) => [refKey(from), to]));
    return moved.get(refKey(ref));
  };
}

function renameLog(root: string): string {
  try {
    return execFileSync('git', ['-c', 'core.quotePath=false', 'log', '--format=', '--name-status', '-M', '--diff-filter=R', '--', 'content'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return ''; // not a Git repository, or no Git: no renames to tell
  }
}
