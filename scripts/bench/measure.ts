/**
 * Runs one phase as a child process and measures it from outside: wall time,
 * CPU time of the whole process tree, and the tree's peak resident memory.
 *
 * CPU comes from GNU time (`/usr/bin/time`), which reads the kernel's
 * accounting of every waited-for descendant (Pagefind's binary included).
 * Memory is sampled from /proc, summing every process under the child: GNU
 * time's maximum is per process, and a build holds Astro and Pagefind in
 * memory at the same time.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Run {
  /** Seconds from start to exit. */
  wall: number;
  /** User + system CPU seconds of the tree; undefined without GNU time. */
  cpu: number | undefined;
  /** Bytes: the largest sum of resident memory over the tree, sampled every 100 ms. */
  peakRss: number;
  status: number | null;
  /** stdout and stderr, interleaved. */
  output: string;
}

const GNU_TIME = '/usr/bin/time';
export const HAS_GNU_TIME = existsSync(GNU_TIME);

export async function measure(command: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-time-'));
  const timeFile = join(scratch, 'time');
  const argv = HAS_GNU_TIME ? [GNU_TIME, '-f', '%U %S', '-o', timeFile, ...command] : [...command];
  const started = performance.now();
  const child = spawn(argv[0]!, argv.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  let peakRss = 0;
  const sample = () => {
    if (child.pid !== undefined) peakRss = Math.max(peakRss, treeRss(child.pid));
  };
  const timer = setInterval(sample, 100);
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  clearInterval(timer);
  const wall = (performance.now() - started) / 1000;
  let cpu: number | undefined;
  if (HAS_GNU_TIME && existsSync(timeFile)) {
    // On failure GNU time writes "Command exited with non-zero status" first; the figures are the last line.
    const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '';
    const [user, system] = last.split(' ').map(Number);
    if (Number.isFinite(user) && Number.isFinite(system)) cpu = user! + system!;
  }
  rmSync(scratch, { recursive: true, force: true });
  return { wall, cpu, peakRss, status, output };
}

/** Resident bytes of `root` and every process below it, right now. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    if (!stat) continue;
    // The command name is in parentheses and may hold spaces: fields start after the last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const list = children.get(ppid) ?? [];
    list.push(Number(name));
    children.set(ppid, list);
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    const kb = /VmRSS:\s+(\d+) kB/.exec(read(`/proc/${pid}/status`) ?? '')?.[1];
    total += Number(kb ?? 0) * 1024;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** A /proc file, or undefined when the process has already gone. */
function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
