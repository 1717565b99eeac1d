// Benchmark sections that run each figure in fresh node processes from a precompiled copy of the
// repository (compiled JavaScript, as the published package is): the distinct shape as a user's
// program runs it, and loading the library.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Section } from './run';
import { goal } from './goals';
import { fmt, median, ratio } from './stats';

interface Figures {
  readonly wallMs: number;
  readonly [key: string]: number;
}

/** Runs `node args` in `cwd` and returns the JSON it prints (unless `json` is false), with its wall time. */
export function child(cwd: string, args: string[], json = true, env: NodeJS.ProcessEnv = {}): Figures {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  const wallMs = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ...(json ? JSON.parse(r.stdout) : {}), wallMs };
}

/** `runs` rounds of every configuration, the order rotating each round; medians of each figure, and `<figure>Min` / `<figure>Max`. */
export function rounds<K extends string>(keys: readonly K[], runs: number, run: (key: K) => Figures): Record<K, Record<string, number>> {
  const all = new Map<K, Figures[]>(keys.map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (let j = 0; j < keys.length; j++) {
      const key = keys[(i + j) % keys.length];
      all.get(key)!.push(run(key));
    }
  }
  const out = {} as Record<K, Record<string, number>>;
  for (const [key, list] of all) {
    out[key] = Object.fromEntries(Object.keys(list[0]).flatMap((f) => {
      const values = list.map((x) => x[f]);
      return [[f, median(values)], [`${f}Min`, Math.min(...values)], [`${f}Max`, Math.max(...values)]];
    }));
  }
  return out;
}

const MODES = ['sdk', 'sdk-no-validation', 'floor', 'floor-quick'] as const;

/**
 * The package's compile cache (lib/compile-cache.ts) as a user has it from their second synth on:
 * written by one run of the 10-task program when `lib` has none yet (npm run build empties it).
 */
export function warmCompileCache(js: string, lib: string): void {
  if (existsSync(join(lib, '.cache')) && readdirSync(join(lib, '.cache')).length > 0) return;
  const out = mkdtempSync(join(tmpdir(), 'cdk8s-tekton-warm-'));
  child(js, [join(js, 'bench/programs/ten-task.js'), out], false, { CDK8S_TEKTON_LIB: lib, CDK8S_CHECK_UPGRADE: 'false' });
  rmSync(out, { recursive: true });
}

export function freshSection(js: string, lib: string, runs: number): Section {
  warmCompileCache(js, lib);
  const rows: string[][] = [];
  const verdicts: string[] = [];
  const synthAt = new Map<number, { sdk: number; floor: number }>();
  const out = mkdtempSync(join(tmpdir(), 'cdk8s-tekton-fresh-'));
  // Every size and mode takes its turn in each round, so the figures of N=1000 and N=3000 (whose
  // ratio the growth goal compares with the floor's) are taken under the same load, not minutes apart.
  const sizes = [100, 1000, 3000] as const;
  const keys = sizes.flatMap((n) => MODES.map((mode) => `${mode} ${n}` as const));
  const written = new Map<string, string>();
  const all = rounds(keys, runs, (key) => {
    const [mode, n] = key.split(' ');
    const dir = mkdtempSync(join(out, `${mode}-${n}-`));
    const figures = child(js, [join(js, 'bench/fresh.js'), mode, n, 'distinct', dir], true, { CDK8S_TEKTON_LIB: lib });
    written.set(key, readFileSync(join(dir, 'bench.k8s.yaml'), 'utf8'));
    rmSync(dir, { recursive: true });
    return figures;
  });
  for (const n of sizes) {
    const m = Object.fromEntries(MODES.map((mode) => [mode, all[`${mode} ${n}`]])) as Record<(typeof MODES)[number], Record<string, number>>;
    for (const other of ['floor', 'floor-quick']) {
      if (written.get(`sdk ${n}`) !== written.get(`${other} ${n}`)) throw new Error(`bench: the SDK and the ${other} mode wrote different YAML for distinct N=${n}; the comparison would be unfair`);
    }
    const sdk = m.sdk.synthMs;
    const floor = m.floor.synthMs;
    const share = Math.max(0, (sdk - m['sdk-no-validation'].synthMs) / sdk);
    synthAt.set(n, { sdk, floor });
    const both = (k: (typeof MODES)[number], f: 'require' | 'synth') => `${fmt(m[k][`${f}Ms`])} (CPU ${fmt(m[k][`${f}CpuMs`])})`;
    const range = (k: (typeof MODES)[number]) => `${fmt(m[k].synthMs)} (${fmt(m[k].synthMsMin)}–${fmt(m[k].synthMsMax)}; CPU ${fmt(m[k].synthCpuMs)})`;
    rows.push([String(n), both('sdk', 'require'), range('sdk'), range('sdk-no-validation'), both('floor', 'require'), range('floor'), `${ratio(sdk, floor)} (CPU ${ratio(m.sdk.synthCpuMs, m.floor.synthCpuMs)})`, range('floor-quick'), ratio(sdk, m['floor-quick'].synthMs), `${(share * 100).toFixed(0)} %`, m.sdk.rssMb.toFixed(0), m.floor.rssMb.toFixed(0), ratio(m.sdk.rssMb, m.floor.rssMb)]);
    if (n === 100) continue;
    const limit = n === 1000 ? 1.3 : 1.4;
    const against = `${fmt(sdk)} (${fmt(m.sdk.synthMsMin)}–${fmt(m.sdk.synthMsMax)}) against ${fmt(floor)} (${fmt(m.floor.synthMsMin)}–${fmt(m.floor.synthMsMax)}) ms`;
    verdicts.push(`SDK/floor at N=${n} = ${ratio(sdk, floor)} (CPU time ${ratio(m.sdk.synthCpuMs, m.floor.synthCpuMs)}) (goal <= ${limit}): ${goal({ goal: `section 6, distinct Tasks, fresh, validation on: synth/floor at N=${n} <= ${limit}`, before: n === 1000 ? '1.78' : '2.17', after: `${ratio(sdk, floor)}: ${against}`, met: sdk / floor <= limit })}`);
    verdicts.push(`validation's share of synth at N=${n} = ${(share * 100).toFixed(0)} % (goal <= 10 %): ${goal({ goal: `section 6, validation's share of synth at N=${n} <= 10 %`, before: n === 1000 ? '18 %' : '22 %', after: `${(share * 100).toFixed(0)} % (${fmt(m['sdk-no-validation'].synthMs)} ms with validation off)`, met: share <= 0.1 })}`);
    const rss = m.sdk.rssMb / m.floor.rssMb;
    verdicts.push(`peak RSS at N=${n} = ${m.sdk.rssMb.toFixed(0)} MB, ${rss.toFixed(2)} x the floor's ${m.floor.rssMb.toFixed(0)} MB (goal <= 1.2 x): ${goal({ goal: `section 6, peak RSS / floor's at N=${n} <= 1.2`, before: n === 1000 ? 'not measured' : '1.32', after: `${rss.toFixed(2)} (${m.sdk.rssMb.toFixed(0)} against ${m.floor.rssMb.toFixed(0)} MB)`, met: rss <= 1.2 })}`);
    verdicts.push(`the library's own work at N=${n}: SDK / quick floor = ${ratio(sdk, m['floor-quick'].synthMs)} (${fmt(m['floor-quick'].synthMs)} ms; no goal: the issue's floor is cdk8s's writer)`);
    if (n === 3000) {
      const growth = sdk / synthAt.get(1000)!.sdk;
      const floorGrowth = floor / synthAt.get(1000)!.floor;
      verdicts.push(`time(3000)/time(1000) = ${growth.toFixed(2)}, the floor's ${floorGrowth.toFixed(2)} (goal: within 10 % of the floor's): ${goal({ goal: 'section 6, t(3000)/t(1000) within 10 % of the floor\'s own', before: 'not measured', after: `${growth.toFixed(2)} against the floor's ${floorGrowth.toFixed(2)}`, met: growth <= floorGrowth * 1.1 })}`);
    }
  }
  rmSync(out, { recursive: true });
  return {
    title: '6. Distinct Tasks, fresh processes',
    about: `The distinct shape (section 1) as a user's program runs it: each figure is a fresh node process running compiled JavaScript (the program precompiled, as in section 3) that loads the library as users install it, the package's entry build/lib/index.js (the bundled library) with its compile cache written (require ms, timed apart), then builds the constructs and calls \`app.synth()\` (validation, rendering, YAML, one file written: synth ms). Floor = a process that loads cdk8s and writes the same objects with \`Yaml.save\`; the bench checks both files are identical. The SDK's synth writes its YAML with its quick writer (lib/yaml-fast-write.ts: the text cdk8s's \`Yaml.stringify\` gives, in one walk), so the floor's writer is slower than the SDK's; quick floor = the same objects written by that quick writer, which shows the library's own work (constructs, rendering, validation) against the same writer. Neither floor loads the SDK's bundles. Median of ${runs} processes per figure; the twelve configurations (four modes at three sizes) take turns in a rotating order, one process each per round, so every size is measured under the same load. Every time is given as wall ms with the process's CPU ms (user + system, all threads) beside it; the verdicts are judged on wall time, as a user waits for it. CPU time also counts the JIT compiler's and the GC's background threads, which a fresh process running much distinct code keeps busy; on a machine whose cores other processes share, wall time includes waiting for a core. Validation share = (SDK - SDK with validation off) / SDK. Peak RSS = the process's VmHWM (its own peak; getrusage's maxRSS would include the bench process's).`,
    headers: ['tasks', 'SDK require ms', 'SDK synth ms', 'validation off ms', 'floor require ms', 'floor ms', 'SDK/floor', 'quick floor ms', 'SDK/quick floor', 'validation share', 'SDK peak RSS MB', 'floor peak RSS MB', 'RSS/floor'],
    rows,
    verdicts,
  };
}

const INSTALLED = "require('cdk8s-tekton') as installed: the package entry build/lib/index.js (bundled)";
const PER_FILE = "require('cdk8s-tekton'), lib/ compiled file by file (the precompiled copy)";
const AFTER = "require('cdk8s-tekton') as installed, after require('cdk8s') in the same process";
const AFTER_NO_CACHE = `${AFTER}, NODE_DISABLE_COMPILE_CACHE=1`;
const TARGETS = { 'node -e 0 (bare node)': '', "require('cdk8s')": 'cdk8s', [PER_FILE]: 'lib', [INSTALLED]: 'build', [AFTER]: 'build', [AFTER_NO_CACHE]: 'build' } as const;
type Target = keyof typeof TARGETS;

/** `build`: the repository's build/lib/ (`npm run build`, what the package ships). */
export function startupSection(js: string, build: string, runs: number): Section {
  warmCompileCache(js, build);
  const keys = [...Object.keys(TARGETS), 'cdk8s-tekton --help'] as Array<Target | 'cdk8s-tekton --help'>;
  const module = (key: Target) => (TARGETS[key] === 'lib' ? join(js, 'lib') : TARGETS[key] === 'build' ? build : TARGETS[key]);
  const m = rounds(keys, runs, (key) =>
    key === 'cdk8s-tekton --help'
      ? { ...child(join(build, '..', '..'), ['bin/cdk8s-tekton.js', '--help'], false), requireMs: NaN, requireCpuMs: NaN, rssMb: NaN, modules: NaN }
      : child(js, [join(js, 'bench/startup.js'), module(key), ...(key === AFTER || key === AFTER_NO_CACHE ? ['after-cdk8s'] : [])], true, key === AFTER_NO_CACHE ? { NODE_DISABLE_COMPILE_CACHE: '1' } : {}),
  );
  const sdk = m[PER_FILE];
  const built = m[INSTALLED];
  const after = m[AFTER];
  const bare = m['node -e 0 (bare node)'];
  const cdk8s = m["require('cdk8s')"];
  const show = (v: number, f: (x: number) => string) => (Number.isNaN(v) ? '' : f(v));
  return {
    title: '7. Start-up',
    about: `Fresh node processes from the precompiled copy of the repository (compiled JavaScript). The row users get loads the package's entry, build/lib/index.js (\`npm run build\`: the library bundled by esbuild; its validation engine, its shell parser, and the Orka, catalog, Triggers and Pipelines-as-Code constructs in files of their own loaded on first use); another loads lib/ compiled file by file, for comparison. require ms = time of the require call in the process (CPU ms: the CPU time the process used meanwhile); wall ms = the whole process as spawned; RSS = the process's peak. Median of ${runs} of each, taking turns. The package loads its bundles through its compile cache (lib/compile-cache.ts), written before this section by one run of the 10-task program as a user's first synth writes it; the last row but one turns it off. The rows "after require('cdk8s') in the same process" time only the library's require, in a process that loaded cdk8s first. The verdict on time is judged on that row's wall time; its CPU time also counts background threads (the JIT compiler). cdk8s-plus-27 is only used for types, so it is not loaded.`,
    headers: ['what', 'require ms', 'require CPU ms', 'wall ms', 'peak RSS MB', 'modules loaded'],
    rows: keys.map((k) => [k, show(m[k].requireMs, fmt), show(m[k].requireCpuMs, fmt), fmt(m[k].wallMs), show(m[k].rssMb, (x) => x.toFixed(0)), show(m[k].modules, (x) => String(x))]),
    verdicts: [
      `require('cdk8s-tekton') = ${fmt(sdk.requireMs)} ms median (CPU ${fmt(sdk.requireCpuMs)} ms), of which require('cdk8s') alone takes ${fmt(cdk8s.requireMs)} ms (CPU ${fmt(cdk8s.requireCpuMs)} ms) (goal <= 60 ms): ${sdk.requireMs <= 60 ? 'met' : 'NOT met'}`,
      `peak RSS after require('cdk8s-tekton') = ${sdk.rssMb.toFixed(0)} MB; bare node ${bare.rssMb.toFixed(0)} MB (goal <= 60 MB): ${sdk.rssMb <= 60 ? 'met' : 'NOT met'}`,
      `require('cdk8s-tekton') as installed = ${fmt(built.requireMs)} ms median (CPU ${fmt(built.requireCpuMs)} ms), peak RSS ${built.rssMb.toFixed(0)} MB, against bare node's ${fmt(bare.wallMs)} ms wall and ${bare.rssMb.toFixed(0)} MB (goal <= 60 ms, <= 60 MB): ${built.requireMs <= 60 && built.rssMb <= 60 ? 'met' : 'NOT met'}`,
      `require('cdk8s-tekton') as installed, beyond require('cdk8s'), timed in the process that has loaded cdk8s: ${fmt(after.requireMs)} ms (${fmt(after.requireMsMin)}–${fmt(after.requireMsMax)}; ${fmt(m[AFTER_NO_CACHE].requireMs)} ms with the compile cache off) and ${(after.rssMb - cdk8s.rssMb).toFixed(1)} MB of peak RSS; as the difference of the two rows' medians, ${fmt(built.requireMs - cdk8s.requireMs)} ms (goal <= 12 ms and <= 3 MB): ${goal({ goal: "section 7, require('cdk8s-tekton') beyond require('cdk8s'): <= 12 ms and <= 3 MB", before: '24.7 ms', after: `${fmt(after.requireMs)} ms (${fmt(after.requireMsMin)}–${fmt(after.requireMsMax)}) in the same process, ${(after.rssMb - cdk8s.rssMb).toFixed(1)} MB`, met: after.requireMs <= 12 && after.rssMb - cdk8s.rssMb <= 3 })}`,
    ],
  };
}
