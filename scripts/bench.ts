/**
 * `npm run bench [-- --docs N] [--rounds R] [--keep] [--json FILE]`
 *
 * Generates N documents (default 1,000), builds them with the project's
 * production build and with a minimal Astro site (the floor), interleaved,
 * in a temporary folder, and prints what it costs: time, memory, bytes, the
 * first search, a rebuild and how fast `npm run dev` shows an edit (each the
 * floor's too), and both Markdown safety paths. Never touches content/ or
 * dist/. A benchmark, not a test: nothing here fails on a number.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { editOne, generate, plan, validate } from './bench/corpus.ts';
import { devReflection } from './bench/dev.ts';
import { floorPath } from './bench/floor.ts';
import { HAS_GNU_TIME, measure } from './bench/measure.ts';
import { analyse } from './bench/output.ts';
import { type Build, check, floor, production } from './bench/phases.ts';
import { probeSearch } from './bench/search-probe.ts';
import { buildCommand, buildEnv, clean, makeWorkspace, PROJECT } from './bench/sites.ts';
import { medianBuild, render, type Results } from './bench/table.ts';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});
const docs = Number(values.docs);
const rounds = Number(values.rounds);
if (!Number.isInteger(docs) || !Number.isInteger(rounds) || rounds < 1) throw new Error('uso: npm run bench -- --docs N --rounds R');

const say = (text: string) => process.stderr.write(`bench · ${text}\n`);
const seconds = (b: Build) => `${b.total.wall.toFixed(1)} s`;

const corpus = generate(docs);
validate(corpus);
const site = makeWorkspace(corpus);
say(`${docs} documents valid; sites in ${join(site.real, '..')}`);
try {
  const checked = await check(site.real);
  say(`check ${checked.wall.toFixed(1)} s`);

  // Interleaved, so a neighbour's load on the machine falls on both sides alike. Each round's
  // rebuild follows its own cold build: one edit, then the production build again, warm. The
  // floor gets the same edit and is built again too: what plain Astro's own rebuild costs.
  const runs: Record<'real' | 'rebuild' | 'floor' | 'floorRebuild' | 'unified', Build[]> = { real: [], rebuild: [], floor: [], floorRebuild: [], unified: [] };
  for (let round = 1; round <= rounds; round++) {
    clean(site.real);
    runs.real.push(await production(site.real));
    const edited = editOne(corpus, site.real, round);
    runs.rebuild.push(await production(site.real));
    say(`round ${round}/${rounds}: rebuild after editing ${edited}: ${seconds(runs.rebuild.at(-1)!)}`);
    clean(site.floor);
    runs.unified.push(await floor(site.floor, 'unified'));
    // Default last, so the floor's output analysed below is the default processor's.
    clean(site.floor);
    runs.floor.push(await floor(site.floor, 'default'));
    editOne(corpus, site.floor, round);
    runs.floorRebuild.push(await floor(site.floor, 'default'));
    say(`round ${round}/${rounds}: real ${seconds(runs.real.at(-1)!)}, floor ${seconds(runs.floor.at(-1)!)} (rebuilt ${seconds(runs.floorRebuild.at(-1)!)}), floor with unified ${seconds(runs.unified.at(-1)!)}`);
  }
  const realOut = analyse(join(site.real, 'dist'), /^(organizaciones|grupos|avances|reuniones|eventos|posicionamientos)\/[^/]+\/index\.html$/);
  const floorOut = analyse(join(site.floor, 'dist'), /^(organizations|groups|updates|meetings|events|positions)\/[^/]+\/index\.html$/);
  const realSearch = await probeSearch(join(site.real, 'dist'));
  const floorSearch = await probeSearch(join(site.floor, 'dist'));

  const parsed = await measure(['node', join(import.meta.dirname, 'bench/markdown-parse.ts'), join(site.real, 'content')], site.real, buildEnv());
  const parse = JSON.parse(parsed.output.trim().split('\n').pop() ?? '{}') as { remark?: { ms: number }; satteri?: { ms: number } };

  // Last, so the dev server's own content sync never warms or cools a build. The floor's dev
  // server, on the same file, is what plain Astro costs for the same edit.
  const meetings = corpus.filter((d) => d.collection === 'meetings');
  const devDoc = meetings[1] ?? meetings[0]!;
  const dev = await devReflection(site.real, devDoc);
  say(`dev: edit reflected in ${dev.median.toFixed(2)} s (median of ${dev.samples.length})`);
  const floorDev = await devReflection(site.floor, devDoc, floorPath(devDoc));
  say(`dev, floor: edit reflected in ${floorDev.median.toFixed(2)} s`);

  const results: Results = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${cpus().length} cores (${cpus()[0]?.model.trim() ?? '?'}), ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}${HAS_GNU_TIME ? '' : ', no GNU time: CPU sampled from /proc only'}`,
    command: `npm run bench -- --docs ${docs} --rounds ${rounds}`,
    buildCommand: buildCommand(site.real)[2]!,
    commit: git(['rev-parse', '--short', 'HEAD']) + (git(['status', '--porcelain', '--', 'src', 'scripts', 'astro.config.mjs', 'package.json']) ? ' + uncommitted changes' : ''),
    docs,
    plan: plan(docs),
    rounds,
    check: checked,
    real: medianBuild(runs.real),
    floor: medianBuild(runs.floor),
    unified: medianBuild(runs.unified),
    realOut,
    floorOut,
    realSearch,
    floorSearch,
    parseMs: { remark: parse.remark?.ms ?? NaN, satteri: parse.satteri?.ms },
    checkParsesBodies: checkParsesBodies(),
    rebuild: { ...medianBuild(runs.rebuild), reused: runs.rebuild.at(-1)!.reused },
    floorRebuild: medianBuild(runs.floorRebuild),
    dev,
    floorDev,
  };
  console.log(render(results));
  if (values.json) writeFileSync(values.json, JSON.stringify(results, null, 2));
} finally {
  if (values.keep) say(`kept ${join(site.real, '..')}`);
  else site.remove();
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: PROJECT, encoding: 'utf8' }).trim();
  } catch {
    return '?';
  }
}

/** Whether the content check reads Markdown bodies with Sätteri (path a′), judged from its source. */
function checkParsesBodies(): boolean {
  const dir = join(PROJECT, 'src/checks');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .some((name) => /from ['"]satteri['"]/.test(readFileSync(join(dir, name), 'utf8')));
}
