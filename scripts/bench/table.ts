/**
 * The bench's report: Markdown tables, so a run can be pasted into
 * REPORT.md as printed. The real build beside the floor, the ratio, the
 * issue's target and whether it holds.
 */
import type { Plan } from './corpus.ts';
import type { DevReflection } from './dev.ts';
import type { Output } from './output.ts';
import { median } from './output.ts';
import type { Build, Phase } from './phases.ts';
import type { SearchCost } from './search-probe.ts';

export interface Results {
  date: string;
  machine: string;
  command: string;
  buildCommand: string;
  commit: string;
  docs: number;
  plan: Plan;
  rounds: number;
  check: Phase;
  real: Build;
  floor: Build;
  /** The floor rendering with `unified({})`. */
  unified: Build;
  realOut: Output;
  floorOut: Output;
  realSearch: SearchCost | undefined;
  floorSearch: SearchCost | undefined;
  /** Milliseconds to parse every body once: remark + remark-gfm (the check's parser), Sätteri (the renderer's). */
  parseMs: { remark: number; satteri?: number | undefined };
  /** True when the content check already parses bodies (its cost is then inside the check and the build). */
  checkParsesBodies: boolean;
  rebuild: Build;
  /** The floor built again after the same edit, warm: plain Astro's own rebuild. */
  floorRebuild: Build;
  /** `npm run dev`: from saving an edited document to the page showing it. */
  dev: DevReflection;
  /** The same edit on the floor's dev server. */
  floorDev: DevReflection;
}

/** The median of each figure over rounds. */
export function medianBuild(builds: readonly Build[]): Build {
  const m = (pick: (b: Build) => number | undefined) => {
    const values = builds.map(pick).filter((v): v is number => v !== undefined);
    return values.length === builds.length ? median(values) : undefined;
  };
  const phase = (pick: (b: Build) => Phase | undefined): Phase | undefined => {
    const wall = m((b) => pick(b)?.wall);
    return wall === undefined ? undefined : { wall, cpu: m((b) => pick(b)?.cpu) };
  };
  return {
    total: { wall: m((b) => b.total.wall)!, cpu: m((b) => b.total.cpu), peakRss: m((b) => b.total.peakRss)! },
    astro: phase((b) => b.astro),
    index: phase((b) => b.index),
    indexedBy: builds[0]!.indexedBy,
  };
}

const s = (seconds: number | undefined) => (seconds === undefined ? '–' : `${seconds.toFixed(1)} s`);
const phase = (p: Phase | undefined) => (p ? `${s(p.wall)} / ${s(p.cpu)}` : '–');
const kb = (bytes: number | undefined) => (bytes === undefined || Number.isNaN(bytes) ? '–' : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
const gib = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
const x = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || !b ? '–' : `${(a / b).toFixed(2)}×`);
const mark = (holds: boolean | undefined) => (holds === undefined ? '–' : holds ? 'yes' : '**no**');
/** Wall and CPU ratios: wall is what an editor waits for, CPU what the work costs when the machine is shared. */
const xx = (a: Phase | undefined, b: Phase | undefined) => (a && b ? `${x(a.wall, b.wall)} / ${x(a.cpu, b.cpu)}` : '–');

export function render(r: Results): string {
  const { real, floor, realOut, floorOut } = r;
  const perDoc = (b: Build) => `${((b.total.wall / r.docs) * 1000).toFixed(1)} ms`;
  const indexNote = { build: 'in the build', bench: 'run by the bench after the build', none: 'none' }[real.indexedBy];
  const firstSearch = r.realSearch?.queryBytes;
  const atScale = (bytes: number | undefined) => (r.docs >= 4000 && bytes !== undefined ? mark(bytes < 150 * 1024) : '–');
  const rows: string[][] = [
    ['pages written', String(realOut.pages), String(floorOut.pages), '', '', ''],
    ['check (`npm run check`), wall / CPU', phase(r.check), '–', '', '', ''],
    ['Astro build (with its content check), wall / CPU', phase(real.astro), phase(floor.astro), xx(real.astro, floor.astro), '', ''],
    [`search index (${indexNote}): the step after the last page, wall / CPU of Pagefind`, phase(real.index), phase(floor.index), xx(real.index, floor.index), '', ''],
    ['**build + index**, wall / CPU', phase(real.total), phase(floor.total), xx(real.total, floor.total), '≤ 1.3×', mark(real.total.wall <= 1.3 * floor.total.wall)],
    ['per document (wall)', perDoc(real), perDoc(floor), '', 'flat from 1,000 to 4,000', ''],
    ['pages/s', (realOut.pages / real.total.wall).toFixed(0), (floorOut.pages / floor.total.wall).toFixed(0), '', '', ''],
    ['**peak RSS** (process tree)', gib(real.total.peakRss), gib(floor.total.peakRss), x(real.total.peakRss, floor.total.peakRss), '≤ 1.5×', mark(real.total.peakRss <= 1.5 * floor.total.peakRss)],
    ['output, all files', kb(realOut.totalBytes), kb(floorOut.totalBytes), x(realOut.totalBytes, floorOut.totalBytes), '', ''],
    ['**median HTML**, content page', kb(realOut.medianHtml), kb(floorOut.medianHtml), x(realOut.medianHtml, floorOut.medianHtml), '≤ 2×', mark(realOut.medianHtml <= 2 * floorOut.medianHtml)],
    ['median HTML gzipped, content page (what a reader downloads)', kb(realOut.medianHtmlGz), kb(floorOut.medianHtmlGz), x(realOut.medianHtmlGz, floorOut.medianHtmlGz), '', ''],
    ['median record alone, content page (the `data-pagefind-body` element: no head, header or footer)', kb(realOut.medianRecord), kb(floorOut.medianRecord), x(realOut.medianRecord, floorOut.medianRecord), '', ''],
    ['largest page', `${kb(realOut.largestPage.bytes)} \`${realOut.largestPage.path}\``, `${kb(floorOut.largestPage.bytes)}`, '', '', ''],
    ['**CSS per page**, gzipped (largest)', kb(realOut.maxCssGz), kb(floorOut.maxCssGz), '', '≤ 10 KB', mark(realOut.maxCssGz <= 10 * 1024)],
    ['**JS before search**, content page (gz)', kb(realOut.maxContentJsGz), kb(floorOut.maxContentJsGz), '', '0', mark(realOut.maxContentJsGz === 0)],
    ['search index', kb(realOut.indexBytes), kb(floorOut.indexBytes), x(realOut.indexBytes, floorOut.indexBytes), '', ''],
    [`**first search** «migración», Pagefind API: query + 5 results`, kb(firstSearch), kb(r.floorSearch?.queryBytes), x(firstSearch, r.floorSearch?.queryBytes), '< 150 KB at 4,000', atScale(firstSearch)],
    ['**first search** as a reader does it: header box → /buscar/ (page, UI, filters, results)', r.realSearch?.pageBytes === undefined ? 'no /buscar/ page' : kb(r.realSearch.pageBytes), '–', '', '< 150 KB at 4,000', atScale(r.realSearch?.pageBytes)],
    [
      '**rebuild** after editing one document (each round: cold build, edit, build again)',
      phase(r.rebuild.total),
      phase(r.floorRebuild.total),
      `${x(r.rebuild.total.wall, real.total.wall)} of cold${reusedNote(r.rebuild)}; floor ${x(r.floorRebuild.total.wall, floor.total.wall)} of its cold`,
      '≤ 0.5× cold',
      mark(r.rebuild.total.wall <= 0.5 * real.total.wall),
    ],
    ['**dev: edit reflected** (summary and body of one page, saved → shown)', devCell(r.dev), devCell(r.floorDev), x(r.dev.median, r.floorDev.median), '< 1 s', mark(r.dev.median < 1)],
    ['dev: server ready / first request of that page', `${s(r.dev.startup)} / ${s(r.dev.firstPage)}`, `${s(r.floorDev.startup)} / ${s(r.floorDev.firstPage)}`, '', '', ''],
  ];
  const floorMs = floor.total.wall;
  const remarkS = r.parseMs.remark / 1000;
  const satteriS = r.parseMs.satteri === undefined ? undefined : r.parseMs.satteri / 1000;
  // Which path the content check takes today: it parses bodies with Sätteri (a′), or did with remark (a).
  const today = r.checkParsesBodies ? '; what the check does today' : '';
  const markdown = [
    ['default processor (what the floor runs)', s(floorMs), '1.00×'],
    [`(a) default processor + a remark/remark-gfm parse of every body (${s(remarkS)} alone)`, s(floorMs + remarkS), x(floorMs + remarkS, floorMs)],
    ...(satteriS === undefined ? [] : [[`(a′) default processor + a Sätteri \`markdownToMdast\` parse of every body (${s(satteriS)} alone; same mdast${today})`, s(floorMs + satteriS), x(floorMs + satteriS, floorMs)]]),
    ['(b) `unified({})` (stands for unified + remark-gfm + rehype-raw + rehype-sanitize, not installed)', s(r.unified.total.wall), x(r.unified.total.wall, floorMs)],
  ];
  const counts = Object.entries(r.plan).map(([c, n]) => `${c} ${n}`).join(', ');
  return [
    `## ${r.docs.toLocaleString('en')} documents`,
    '',
    `${r.date} · ${r.machine} · \`${r.command}\` · commit ${r.commit}`,
    `Production build: \`${r.buildCommand}\`; search index ${indexNote}. Corpus: ${counts}. Medians of ${r.rounds} interleaved round${r.rounds > 1 ? 's' : ''} (real, floor with unified, floor), clean builds; the real site and the floor each rebuilt after one edit.`,
    '',
    table(['', 'Bitácora', 'floor', 'ratio', 'target', 'holds'], rows),
    '',
    'Markdown safety, both paths, floor site (build + index, wall):',
    '',
    table(['path', 'wall', 'vs default'], markdown),
    '',
    realOut.pagesWithJs.length ? `Pages with JavaScript: ${realOut.pagesWithJs.slice(0, 5).join(', ')}${realOut.pagesWithJs.length > 5 ? ' …' : ''}` : 'No page loads JavaScript before search.',
    '',
  ].join('\n');
}

/** `, 1005 of 1014 document pages copied` when the build says how many pages it reused. */
function reusedNote(build: Build): string {
  return build.reused ? `, ${build.reused.pages} of ${build.reused.of} document pages copied` : '';
}

/** The median first, then how many edits and their spread: `0.42 s (5 edits, 0.31–0.66 s)`. */
function devCell(dev: DevReflection): string {
  const shown = dev.samples.filter(Number.isFinite);
  const never = dev.samples.length - shown.length;
  const spread = shown.length ? `${Math.min(...shown).toFixed(2)}–${Math.max(...shown).toFixed(2)} s` : '';
  const median = Number.isFinite(dev.median) ? `${dev.median.toFixed(2)} s` : 'never shown';
  return `${median} (${dev.samples.length} edits${spread ? `, ${spread}` : ''}${never ? `, ${never} never shown` : ''})`;
}

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}
