/** The worker thread `npm run build` checks the built site's links in (scripts/build.ts): runs brokenLinks and posts the result. */
import { parentPort, workerData } from 'node:worker_threads';
import { brokenLinks } from './built-links.ts';

const { dir, base, site } = workerData as { dir: string; base: string; site: string | undefined };
parentPort!.postMessage(brokenLinks(dir, base, site));
