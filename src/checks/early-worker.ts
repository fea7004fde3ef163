/** The worker thread early.ts starts: runs the content check and posts its problems back. */
import { parentPort, workerData } from 'node:worker_threads';
import { type CheckOptions, checkContent } from './content.ts';

const { root, options } = workerData as { root: string; options: CheckOptions };
parentPort!.postMessage(checkContent(root, options));
