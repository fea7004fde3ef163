/**
 * Runs a check in a worker thread, so it uses the second core while this
 * process does something else (loads Astro, waits for Pagefind). A worker
 * that cannot start, throws or exits without answering gives `undefined`:
 * no verdict, and the caller runs the check itself. Node-only.
 */
import { Worker } from 'node:worker_threads';

/** The first message `script` posts, or undefined if it never posts one. */
export function inWorker<T>(script: URL, workerData: unknown): Promise<T | undefined> {
  return new Promise((resolve) => {
    const worker = new Worker(script, { workerData });
    worker.once('message', (answer: T) => resolve(answer));
    worker.once('error', () => undefined); // its exit follows
    // After a message this changes nothing: a promise settles once.
    worker.once('exit', () => resolve(undefined));
  });
}
