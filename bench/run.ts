// `npm run bench`: measures synth, validation and the Orka runner against baselines measured in
// the same run, prints the tables and writes BENCHMARKS.md. Not part of `npm test`.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Shape } from './pipelines';
import { sshReadySection } from './ssh-ready';
import { commandMs, fmt, median, ratio, sh, timeRotating } from './stats';
import { freshSection, startupSection } from './fresh-sections';
import { tenTaskSection } from './ten-task-section';
import { scriptTagSection } from './script-tag';
import { transferSection } from './transfer';
import { initSection } from './init-section';
import { goal, goalsSection } from './goals';
import { corpusMissing, TEKTON_CORPUS } from '../test/support/corpus-dir';

export interface Section {
  readonly title: string;
  readonly about: string;
  readonly headers: string[];
  readonly rows: string[][];
  readonly verdicts: string[];
}

const ROOT = resolve(__dirname, '..');
const TS_NODE = [require.resolve('ts-node/register/transpile-only')];
const QUICK = process.env.BENCH_QUICK === '1';
/** `BENCH_ONLY=4,5` runs only those sections (printed; BENCHMARKS.md is written by full runs only). */
const ONLY = process.env.BENCH_ONLY?.split(',').map((s) => Number(s.trim())).filter((n) => n > 0);

// The SDK is loaded on first use, so sections 4 and 5 (the runner) also run on their own.
const pipelines = (): typeof import('./pipelines') => require('./pipelines') as typeof import('./pipelines');
const sdkSynth = (n: number, shape: Shape, validate = true): string => pipelines().sdkSynth(n, shape, validate);
const floorSynth = (n: number, shape: Shape): string => pipelines().floorSynth(n, shape);

function peakRssMb(mode: 'sdk' | 'floor', n: number, shape: Shape): number {
  const out = execFileSync(process.execPath, ['-r', ...TS_NODE, join(__dirname, 'memory.ts'), mode, String(n), shape], { cwd: ROOT, encoding: 'utf8' });
  return Number(out.trim());
}

function synthScaling(): Section {
  const rows: string[][] = [];
  const verdicts: string[] = [];
  const at = new Map<string, { sdk: number; floor: number }>();
  for (const shape of ['chain', 'fan'] as Shape[]) {
    for (const n of [10, 100, 1000, 3000]) {
      if (sdkSynth(n, shape) !== floorSynth(n, shape)) throw new Error(`bench: SDK and floor YAML differ for ${shape} N=${n}; the comparison would be unfair`);
      const runs = QUICK ? 3 : n >= 1000 ? 7 : 15;
      const [sdk, floor] = timeRotating([() => sdkSynth(n, shape), () => floorSynth(n, shape)], runs);
      at.set(`${shape}-${n}`, { sdk: sdk.cpu, floor: floor.cpu });
      const mem = n === 3000 ? peakRssMb('sdk', n, shape) : undefined;
      const memFloor = n === 3000 ? peakRssMb('floor', n, shape) : undefined;
      rows.push([shape, String(n), withCpu(sdk), withCpu(floor), `${ratio(sdk.wall, floor.wall)} (CPU ${ratio(sdk.cpu, floor.cpu)})`, '', mem === undefined ? '' : `${mem.toFixed(0)} (floor ${memFloor!.toFixed(0)})`]);
      if (n === 1000) {
        verdicts.push(`${shape}: SDK/floor at N=1000 = ${ratio(sdk.cpu, floor.cpu)} in CPU time (${ratio(sdk.wall, floor.wall)} in wall time) (goal <= 2.0): ${sdk.cpu / floor.cpu <= 2 ? 'met' : 'NOT met'}`);
        const before = WARM_BEFORE[shape as 'chain' | 'fan'];
        verdicts.push(`${shape}: no worse than when issue 16 was filed (${before.toFixed(2)} at N=1000 in CPU time, 10 % allowed for noise): ${goal({ goal: `section 1, ${shape} N=1000, SDK/floor in CPU time (warm, in-process): no worse`, before: before.toFixed(2), after: ratio(sdk.cpu, floor.cpu), met: sdk.cpu / floor.cpu <= before * 1.1 })}`);
      }
      if (n === 3000) {
        const before = at.get(`${shape}-1000`)!;
        const growth = sdk.cpu / before.sdk;
        verdicts.push(`${shape}: time(3000)/time(1000) = ${growth.toFixed(2)} in CPU time, the floor's ${(floor.cpu / before.floor).toFixed(2)} (goal <= 3.3): ${growth <= 3.3 ? 'met' : 'NOT met'}`);
        verdicts.push(`${shape}: peak RSS at N=3000 = ${mem!.toFixed(0)} MB (goal <= 300): ${mem! <= 300 ? 'met' : 'NOT met'}`);
      }
    }
  }
  verdicts.push(...distinctScaling(rows));
  return {
    title: '1. Synth scaling',
    about: 'SDK = build the constructs, validate every object at synth, write YAML (`Yaml.stringify` of `chart.toJson()`, which writes the manifests of Tekton constructs with the SDK\'s quick writer, lib/yaml-fast-write.ts, as a user\'s program gets them). Floor = the same manifests built as plain objects and serialized by cdk8s\'s own writer (`Yaml.stringify` hands documents that no Tekton construct rendered to it); the bench checks both YAML texts are identical first. Median ms, SDK and floor interleaved in one process in a rotating order (for distinct, with the SDK with validation off as a third), wall time with the CPU time of the process beside it. The verdicts are judged on CPU time: the work is on one thread here, and on a machine whose cores other processes share, wall time includes waiting for a core. Validation share = (SDK - SDK with validation off) / SDK, in CPU time. Peak RSS measured in a fresh child process per figure. Shapes: chain and fan are N pipeline tasks running one shared Task; distinct is N Tasks, each with its own param, workspace, result and step, in a binary-tree DAG (task i uses the result of task (i-1)/2).',
    headers: ['shape', 'tasks', 'SDK ms', 'floor ms', 'SDK/floor', 'validation share', 'peak RSS MB'],
    rows,
    verdicts,
  };
}

/** Section 1's SDK/floor at N=1000 in CPU time when issue 16 was filed (BENCHMARKS.md of 2026-12-06, before its work). */
const WARM_BEFORE = { chain: 1.36, fan: 1.23, distinct: 1.32 };

const withCpu = (t: { wall: number; cpu: number }): string => `${fmt(t.wall)} (CPU ${fmt(t.cpu)})`;

/** The distinct shape's rows of section 1; returns its verdicts. */
function distinctScaling(rows: string[][]): string[] {
  const verdicts: string[] = [];
  const at = new Map<number, { sdk: number; floor: number }>();
  for (const n of [100, 1000, 3000]) {
    if (sdkSynth(n, 'distinct') !== floorSynth(n, 'distinct')) throw new Error(`bench: SDK and floor YAML differ for distinct N=${n}; the comparison would be unfair`);
    const runs = QUICK ? 3 : n >= 1000 ? 7 : 15;
    const [sdk, floor, off] = timeRotating([() => sdkSynth(n, 'distinct'), () => floorSynth(n, 'distinct'), () => sdkSynth(n, 'distinct', false)], runs);
    at.set(n, { sdk: sdk.cpu, floor: floor.cpu });
    const share = Math.max(0, (sdk.cpu - off.cpu) / sdk.cpu);
    const mem = n === 3000 ? peakRssMb('sdk', n, 'distinct') : undefined;
    const memFloor = n === 3000 ? peakRssMb('floor', n, 'distinct') : undefined;
    rows.push(['distinct', String(n), withCpu(sdk), withCpu(floor), `${ratio(sdk.wall, floor.wall)} (CPU ${ratio(sdk.cpu, floor.cpu)})`, `${(share * 100).toFixed(0)} %`, mem === undefined ? '' : `${mem.toFixed(0)} (floor ${memFloor!.toFixed(0)})`]);
    if (n === 1000) {
      verdicts.push(`distinct: SDK/floor at N=1000 = ${ratio(sdk.cpu, floor.cpu)} in CPU time (${ratio(sdk.wall, floor.wall)} in wall time) (goal <= 1.3): ${sdk.cpu / floor.cpu <= 1.3 ? 'met' : 'NOT met'}`);
      verdicts.push(`distinct: no worse than when issue 16 was filed (${WARM_BEFORE.distinct.toFixed(2)}, 10 % allowed for noise): ${goal({ goal: 'section 1, distinct N=1000, SDK/floor in CPU time (warm, in-process): no worse', before: WARM_BEFORE.distinct.toFixed(2), after: ratio(sdk.cpu, floor.cpu), met: sdk.cpu / floor.cpu <= WARM_BEFORE.distinct * 1.1 })}`);
    }
    if (n === 3000) {
      const growth = sdk.cpu / at.get(1000)!.sdk;
      verdicts.push(`distinct: time(3000)/time(1000) = ${growth.toFixed(2)} in CPU time, the floor's ${(floor.cpu / at.get(1000)!.floor).toFixed(2)} (goal <= 3.1): ${growth <= 3.1 ? 'met' : 'NOT met'}`);
      verdicts.push(`distinct: validation's share of synth at N=3000 = ${(share * 100).toFixed(0)} % of CPU time (goal <= 15 %): ${share <= 0.15 ? 'met' : 'NOT met'}`);
    }
  }
  return verdicts;
}

function validation(): Section {
  const cli = [join(ROOT, 'bin/cdk8s-tekton.js')];
  const missing = corpusMissing('examples/v1');
  if (missing !== undefined) throw new Error(`section 2 validates Tekton's examples: ${missing}`);
  const examples = join(TEKTON_CORPUS, 'examples/v1');
  // Each file on its own: the examples are unrelated and reuse names such as "print-data".
  const flags = ['--each-file', '--api-fields', 'alpha', '--enable-param-enum', '--enable-cel-in-when', '--enable-artifacts', '--default-taskrun-workspace-binding'];
  const dir = mkdtempSync(join(tmpdir(), 'cdk8s-tekton-bench-'));
  const big = join(dir, 'pipeline-5000.yaml');
  writeFileSync(big, floorSynth(5000, 'fan'));
  const runs = QUICK ? 3 : 21;
  // The three commands take turns, so the baseline and the validations share the machine's noise.
  const times = timeRotating(
    [[...cli, '--help'], [...cli, 'validate', ...flags, examples], [...cli, 'validate', big]].map((args) => () => commandMs(process.execPath, args, 1)),
    runs,
  );
  const [baseline, all, five] = times.map((t) => t.wall);
  const spread = times.map((t) => `${fmt(t.wall)} (${fmt(t.wallMin)}–${fmt(t.wallMax)})`);
  return {
    title: '2. Validation (`cdk8s-tekton validate`, one process, wall time)',
    about: `Baseline: \`cdk8s-tekton --help\` (node start-up and the CLI entry, no validation). Each figure is a fresh process; the three commands take turns in a rotating order, ${runs} rounds after one warm-up round, and each figure is the median of its ${runs} (fastest–slowest).`,
    headers: ['input', 'wall ms', 'baseline ms', 'ratio'],
    rows: [
      ['152 official examples (alpha level, all flags)', spread[1], spread[0], ratio(all, baseline)],
      ['one Pipeline of 5000 tasks (+ Task, PipelineRun)', spread[2], spread[0], ratio(five, baseline)],
    ],
    verdicts: [
      `152 examples: ${fmt(all)} ms (goal < 1000): ${all < 1000 ? 'met' : 'NOT met'}`,
      `152 examples: ${ratio(all, baseline)} x --help (goal <= 3): ${goal({ goal: 'section 2, `validate` of the 152 examples <= 3 x `--help`', before: '5.3 x', after: `${ratio(all, baseline)} x (${fmt(all)} against ${fmt(baseline)} ms)`, met: all / baseline <= 3 })}`,
      `5000 tasks: ${fmt(five)} ms (goal < 1000): ${five < 1000 ? 'met' : 'NOT met'}`,
    ],
  };
}

/**
 * The same app precompiled to JS: lib/, examples/ and runner/ copied to a temporary directory with
 * every .ts file compiled next to itself (so __dirname-relative files such as build.sh still
 * resolve), node_modules linked. Returns the directory.
 */
let precompiled: string | undefined;
function precompiledCopy(): string {
  if (precompiled !== undefined) return precompiled;
  const esbuild: typeof import('esbuild') = require('esbuild');
  const out = mkdtempSync(join(tmpdir(), 'cdk8s-tekton-js-'));
  for (const dir of ['lib', 'examples', 'runner', 'bench', 'bin']) cpSync(join(ROOT, dir), join(out, dir), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(out, 'node_modules'));
  // The compiled lib/orka/image-context.js copies the runner bundle from two folders up, where the
  // package layout keeps it (build/orka-runner.js beside build/lib/): the copy's root here.
  const bundle = join(ROOT, 'build', 'orka-runner.js');
  if (!existsSync(bundle)) throw new Error(`bench: ${bundle} does not exist; run "npm run build" first (npm run bench does)`);
  cpSync(bundle, join(out, 'orka-runner.js'));
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (file.endsWith('.ts')) writeFileSync(file.replace(/\.ts$/, '.js'), esbuild.transformSync(readFileSync(file, 'utf8'), { loader: 'ts', format: 'cjs', target: 'node20' }).code);
    }
  };
  walk(join(out, 'lib'));
  walk(join(out, 'examples'));
  walk(join(out, 'bench'));
  precompiled = out;
  return out;
}

function coldSynth(): Section {
  const js = precompiledCopy();
  const out = mkdtempSync(join(tmpdir(), 'cdk8s-tekton-synth-'));
  const configured = /^app:\s*(.+)$/m.exec(readFileSync(join(ROOT, 'cdk8s.yaml'), 'utf8'))![1].trim();
  const cdk8s = join(ROOT, 'node_modules/.bin/cdk8s');
  const env = { ...process.env, CDK8S_CHECK_UPGRADE: 'false' };
  const candidates = [...new Set([configured, 'node -r ./scripts/register-ts.cjs examples/main.ts', 'npx ts-node --transpile-only examples/main.ts', 'node -r ts-node/register/transpile-only examples/main.ts'])];
  const all = [...candidates.map((app) => ({ app, cwd: ROOT })), { app: 'node examples/main.js', cwd: js }];
  const times = all.map(() => [] as number[]);
  const runs = QUICK ? 2 : 5;
  for (let i = 0; i < runs; i++) {
    all.forEach(({ app, cwd }, k) => times[k].push(commandMs(cdk8s, ['synth', '--app', app, '--output', join(out, String(k))], 1, { cwd, env })));
  }
  const ms = times.map(median);
  const base = ms[ms.length - 1];
  return {
    title: '3. `cdk8s synth` of all examples, cold',
    about: 'Each run is a fresh `cdk8s synth` process (the CLI, the app, validation, YAML, the Orka runner bundle); the commands take turns so they share the machine\'s noise. Baseline: the same app precompiled to JS (every .ts compiled next to itself in a copy of the repository) run by node. The first row is the app command in cdk8s.yaml.',
    headers: ['app command', 'wall ms', 'ratio to JS'],
    rows: all.map(({ app }, k) => [`\`${app}\`${k === 0 ? ' (cdk8s.yaml)' : k === all.length - 1 ? ' (precompiled baseline)' : ''}`, fmt(ms[k]), ratio(ms[k], base)]),
    verdicts: [`cdk8s.yaml app / precompiled JS = ${ratio(ms[0], base)} (goal <= 1.3): ${ms[0] / base <= 1.3 ? 'met' : 'NOT met'}`],
  };
}

function runnerTransfers(): Promise<Section> {
  return transferSection({ runs: Number(process.env.BENCH_TRANSFER_RUNS ?? (QUICK ? 2 : 5)) });
}

function sshReady(): Promise<Section> {
  return sshReadySection({ runs: QUICK ? 5 : 11 });
}

function markdown(sections: Section[], facts: string[]): string {
  const lines = ['# Benchmarks', '', 'Produced by `npm run bench` (bench/run.ts). Every figure is a median of repeated runs, next to a baseline measured in the same run.', '', '## Machine', '', ...facts.map((f) => `- ${f}`), ''];
  for (const s of sections) {
    lines.push(`## ${s.title}`, '', s.about, '', `| ${s.headers.join(' | ')} |`, `|${s.headers.map(() => '---').join('|')}|`);
    for (const r of s.rows) lines.push(`| ${r.join(' | ')} |`);
    lines.push('', ...s.verdicts.map((v) => `- ${v}`), '');
  }
  return lines.join('\n');
}

/** Where BENCHMARKS.md keeps notes written by hand (such as a before/after comparison); a full run keeps them. */
const NOTES = '\n## Notes\n';

function keptNotes(): string {
  const file = join(ROOT, 'BENCHMARKS.md');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const at = text.indexOf(NOTES);
  return at < 0 ? '' : text.slice(at);
}

export async function main(extra: Array<() => Section | Promise<Section>> = []): Promise<void> {
  const facts = [
    `date: ${new Date().toISOString()}`,
    `node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
    `kernel: ${sh('uname -sr')}`,
    `command: npm run bench${QUICK ? ' (BENCH_QUICK=1: fewer repetitions)' : ''}`,
  ];
  const load = (): string => loadavg().map((l) => l.toFixed(1)).join(' ');
  const loadAtStart = load();
  const sections: Section[] = [];
  const fresh = (): Section => freshSection(precompiledCopy(), join(ROOT, 'build', 'lib'), QUICK ? 3 : 9);
  const startup = (): Section => startupSection(precompiledCopy(), join(ROOT, 'build', 'lib'), QUICK ? 5 : 11);
  const tenTask = (): Section => tenTaskSection(precompiledCopy(), join(ROOT, 'build', 'lib'), QUICK ? 5 : 11);
  const scriptTag = (): Section => scriptTagSection(precompiledCopy(), join(ROOT, 'build', 'lib'), QUICK ? 7 : 21);
  const initProject = (): Section => initSection(ROOT, QUICK ? 3 : 7);
  const all = [synthScaling, validation, coldSynth, runnerTransfers, sshReady, fresh, startup, tenTask, scriptTag, initProject, ...extra];
  const print = (s: Section): void => console.log(`\n${s.title}\n${[s.headers, ...s.rows].map((r) => r.join('\t')).join('\n')}\n${s.verdicts.join('\n')}`);
  for (const [i, run] of all.entries()) {
    if (ONLY !== undefined && ONLY.length > 0 && !ONLY.includes(i + 1)) continue;
    const s = await run();
    sections.push(s);
    print(s);
  }
  const summary = goalsSection();
  if (summary) print(summary);
  facts.push(`load average (1, 5, 15 min) at start: ${loadAtStart}; at end: ${load()} (other processes on the machine share its ${cpus().length} cores)`);
  if (sections.length === all.length) {
    writeFileSync(join(ROOT, 'BENCHMARKS.md'), markdown(summary ? [...sections, summary] : sections, facts) + keptNotes());
    console.log('\nwrote BENCHMARKS.md');
  } else {
    const partial = join(mkdtempSync(join(tmpdir(), 'cdk8s-tekton-bench-')), 'BENCHMARKS.md');
    writeFileSync(partial, markdown(summary ? [...sections, summary] : sections, [...facts, `sections: ${process.env.BENCH_ONLY}`]));
    console.log(`\nBENCH_ONLY=${process.env.BENCH_ONLY}: BENCHMARKS.md left as it is; these sections written to ${partial}`);
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
