/**
 * Runs one phase as a child process and measures it from outside: wall time,
 * CPU time of the whole process tree, and the tree's peak resident memory.
 *
 * CPU comes from two sources, and the larger is kept. GNU time
 * (`/usr/bin/time`) reads the kernel's exact accounting, but only of
 * descendants that were waited for: Pagefind's binary is not (its Node API
 * kills it on close and nobody reaps it), so GNU time misses the whole search
 * index. The /proc sampler sees every process under the child every 100 ms
 * and sums each one's last-seen CPU; it misses only each process's last
 * moments and processes that live under 100 ms.
 * Memory is sampled from /proc too, summing the tree: GNU time's maximum is
 * per process, and a build holds Astro and Pagefind in memory at once.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Run {
  /** Seconds from start to exit. */
  wall: number;
  /** User + system CPU seconds of the tree. */
  cpu: number;
  /** CPU seconds of Pagefind's binary alone, wherever in the tree it ran: the search index's own cost. */
  pagefindCpu: number;
  /** Bytes: the largest sum of resident memory over the tree, sampled every 100 ms. */
  peakRss: number;
  status: number | null;
  /** stdout and stderr, interleaved. */
  output: string;
}

const GNU_TIME = '/usr/bin/time';
export const HAS_GNU_TIME = existsSync(GNU_TIME);
/** Clock ticks per second, the unit of CPU times in /proc/<pid>/stat. */
const TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) || 100;

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
  const cpuByPid = new Map<number, { command: string; seconds: number }>();
  const sample = () => {
    if (child.pid === undefined) return;
    const tree = sampleTree(child.pid);
    peakRss = Math.max(peakRss, tree.rss);
    for (const [pid, cpu] of tree.cpu) cpuByPid.set(pid, cpu);
  };
  const timer = setInterval(sample, 100);
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  clearInterval(timer);
  const wall = (performance.now() - started) / 1000;
  const sampled = [...cpuByPid.values()];
  let cpu = sampled.reduce((sum, p) => sum + p.seconds, 0);
  const pagefindCpu = sampled.filter((p) => p.command.startsWith('pagefind')).reduce((sum, p) => sum + p.seconds, 0);
  if (HAS_GNU_TIME && existsSync(timeFile)) {
    // On failure GNU time writes "Command exited with non-zero status" first; the figures are the last line.
    const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '';
    const [user, system] = last.split(' ').map(Number);
    if (Number.isFinite(user) && Number.isFinite(system)) cpu = Math.max(cpu, user! + system!);
  }
  rmSync(scratch, { recursive: true, force: true });
  return { wall, cpu, pagefindCpu, peakRss, status, output };
}

/** Resident bytes of `root` and every process below it, and each one's CPU seconds so far. */
function sampleTree(root: number): { rss: number; cpu: Map<number, { command: string; seconds: number }> } {
  const children = new Map<number, number[]>();
  const stats = new Map<number, { command: string; fields: string[] }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    if (!stat) continue;
    // The command name is in parentheses and may hold spaces: fields start after the last ')', at field 3.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ppid = Number(fields[1]);
    stats.set(Number(name), { command: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), fields });
    const list = children.get(ppid) ?? [];
    list.push(Number(name));
    children.set(ppid, list);
  }
  let rss = 0;
  const cpu = new Map<number, { command: string; seconds: number }>();
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    const kb = /VmRSS:\s+(\d+) kB/.exec(read(`/proc/${pid}/status`) ?? '')?.[1];
    rss += Number(kb ?? 0) * 1024;
    // utime and stime are fields 14 and 15 of stat, in clock ticks.
    const stat = stats.get(pid);
    if (stat) cpu.set(pid, { command: stat.command, seconds: (Number(stat.fields[11]) + Number(stat.fields[12])) / TICKS });
    stack.push(...(children.get(pid) ?? []));
  }
  return { rss, cpu };
}

/** A /proc file, or undefined when the process has already gone. */
function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
