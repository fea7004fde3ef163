/**
 * A Git history for the real site's copy: one commit per document, dated in
 * the document's year, as editors would have added them. The build reads
 * `git log` over content/ for "last changed" dates; without a repository
 * that step would cost nothing and the bench would flatter the build.
 * Written with `git fast-import`, which makes thousands of commits in a
 * fraction of a second.
 */
import { execFileSync } from 'node:child_process';
import { pathOf, serialize } from './corpus.ts';
import type { Doc } from './documents.ts';

export function commitCorpus(docs: readonly Doc[], root: string): void {
  const git = (args: string[], input?: Buffer) => execFileSync('git', args, { cwd: root, input, stdio: ['pipe', 'ignore', 'inherit'] });
  git(['init', '-q', '-b', 'main']);
  const chunks: Buffer[] = [];
  const data = (text: string | Buffer) => {
    const bytes = Buffer.from(text);
    chunks.push(Buffer.from(`data ${bytes.length}\n`), bytes, Buffer.from('\n'));
  };
  docs.forEach((doc, i) => {
    const year = Number(/\b(20\d\d)\b/.exec(JSON.stringify(doc.data))?.[1] ?? 2020);
    // Seconds since the epoch, one hour apart within the document's year.
    const when = Date.UTC(year, 0, 1) / 1000 + (i % 8000) * 3600;
    chunks.push(Buffer.from(`commit refs/heads/main\ncommitter Secretaría MMI-LAC <secretaria@example.org> ${when} +0000\n`));
    data(`Añade ${pathOf(doc)}`);
    chunks.push(Buffer.from(`M 100644 inline ${pathOf(doc)}\n`));
    data(serialize(doc));
  });
  git(['fast-import', '--quiet'], Buffer.concat(chunks));
  // The files are already in the work tree; bring the index in line so Git sees a clean checkout.
  git(['reset', '-q']);
}
