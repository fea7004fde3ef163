/**
 * `npm run dev` as an editor uses it: the dev server is running on the
 * bench's corpus, the editor has a document's page open, changes a sentence
 * of its summary and of its body, saves, and reloads. What is measured is
 * the time from the save to the first response that shows both changes,
 * polling the page one request after another (a reload every few tens of
 * milliseconds, faster than any person). Several edits, one after another,
 * median reported; the first request of the page (Vite compiling the route)
 * is reported apart, since it happens once per session.
 *
 * The dev server is started on a free port of 127.0.0.1 and stopped by its
 * own process id; the edited file is put back as it was.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { entryPath } from '../../src/lib/paths.ts';
import { pathOf, serialize } from './corpus.ts';
import type { Doc } from './documents.ts';
import { median } from './output.ts';
import { buildEnv } from './sites.ts';

export interface DevReflection {
  /** Seconds from saving the file to the first response showing the edit, one per edit. */
  samples: number[];
  /** Median of `samples`; Infinity when an edit was never shown within the timeout. */
  median: number;
  /** Seconds from the server being ready to the first response of the page (route compiled once). */
  firstPage: number;
  /** Seconds from starting `astro dev` to its "ready" line (content check and sync included). */
  startup: number;
  /** The page polled. */
  path: string;
}

/** Longest wait for one edit to show before it counts as never shown. */
const TIMEOUT_MS = 30_000;

/**
 * `path` is the page that shows `doc` on that site: the real site's by default;
 * the floor serves the same file at its own address.
 */
export async function devReflection(site: string, doc: Doc, path = entryPath(doc.collection, doc.id), edits = 5): Promise<DevReflection> {
  const port = await freePort();
  const file = join(site, pathOf(doc));
  const original = readFileSync(file);
  const url = `http://127.0.0.1:${port}${path}`;
  const started = performance.now();
  const server = await startDev(site, port);
  try {
    const startup = (performance.now() - started) / 1000;
    const asked = performance.now();
    const first = await fetchText(url);
    if (!first.ok) throw new Error(`bench: astro dev respondió ${first.status} para ${url}:\n${server.output().slice(-2000)}`);
    const firstPage = (performance.now() - asked) / 1000;
    const samples: number[] = [];
    for (let i = 1; i <= edits; i++) {
      const mark = `Revisión ${i} del banco ${Date.now().toString(36)}`;
      const edited: Doc = {
        ...doc,
        data: { ...doc.data, summary: `${String(doc.data['summary'])} ${mark} (resumen).` },
        body: `${doc.body}\n${mark} (cuerpo).\n`,
      };
      const saved = performance.now();
      writeFileSync(file, serialize(edited));
      samples.push(await waitFor(url, [`${mark} (resumen)`, `${mark} (cuerpo)`], saved, server));
      // Let the watcher settle before the next save, as a person's next edit would.
      await sleep(300);
    }
    return { samples, median: median(samples), firstPage, startup, path };
  } finally {
    writeFileSync(file, original);
    await server.stop();
  }
}

/** Seconds from `since` until the page holds every one of `texts`; Infinity after the timeout. */
async function waitFor(url: string, texts: string[], since: number, server: Dev): Promise<number> {
  while (performance.now() - since < TIMEOUT_MS) {
    if (server.exited()) throw new Error(`bench: astro dev terminó:\n${server.output().slice(-2000)}`);
    const { text } = await fetchText(url);
    const seen = performance.now();
    if (texts.every((t) => text.includes(escapeHtml(t)))) return (seen - since) / 1000;
    await sleep(20);
  }
  return Infinity;
}

async function fetchText(url: string): Promise<{ ok: boolean; status: number; text: string }> {
  try {
    const response = await fetch(url, { cache: 'no-store' });
    return { ok: response.ok, status: response.status, text: await response.text() };
  } catch (error) {
    return { ok: false, status: 0, text: String(error) };
  }
}

/** The page shows text HTML-escaped; the marks hold no `<`, `>` or `&`, but parentheses and accents stay as they are. */
function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

interface Dev {
  output(): string;
  exited(): boolean;
  stop(): Promise<void>;
}

/** `astro dev` on `port`, resolved once it prints its address; `stop()` ends that one process. */
async function startDev(site: string, port: number): Promise<Dev> {
  const child: ChildProcess = spawn('astro', ['dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: site,
    env: buildEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`127.0.0.1:${port}`)) resolve();
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`bench: astro dev terminó (código ${code}):\n${output.slice(-2000)}`)));
  });
  await ready;
  return {
    output: () => output,
    exited: () => child.exitCode !== null,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
