// Section 8: the realistic 10-task program (bench/programs/ten-task.ts) as users run it, a fresh
// `node app.js` of compiled JavaScript, against the floor process (cdk8s loaded, the same objects
// written with Yaml.save) and against the same program without the script tag.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Section } from './run';
import { warmCompileCache } from './fresh-sections';
import { goal } from './goals';
import { fmt, median, ratio } from './stats';

interface Run {
  readonly wallMs: number;
  /** From the program's last statement to the end of the process, as the parent sees it. */
  readonly exitMs: number;
  readonly rssMb: number;
  readonly yaml: string;
}

const TIME = '/usr/bin/time';
/** The library the program loads: the package's build/lib (set by tenTaskSection). */
let LIB = '';

/** One fresh process; peak RSS from GNU time (the whole life of the process, exit included). */
function once(js: string, program: string, env: NodeJS.ProcessEnv): Run {
  env = { CDK8S_TEKTON_LIB: LIB, ...env };
  const out = mkdtempSync(join(tmpdir(), 'cdk8s-tekton-ten-'));
  const t = process.hrtime.bigint();
  const r = spawnSync(TIME, ['-f', 'peak-rss-kb %M', process.execPath, join(js, program), out], { cwd: js, env: { ...process.env, ...env, CDK8S_CHECK_UPGRADE: 'false' }, encoding: 'utf8' });
  const end = Date.now();
  const wallMs = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`node ${program} exited ${r.status}: ${r.stderr}`);
  const last = /last-statement (\d+)/.exec(r.stderr);
  const rss = /peak-rss-kb (\d+)/.exec(r.stderr);
  if (!last || !rss) throw new Error(`bench: node ${program} did not report its last statement and peak RSS: ${r.stderr}`);
  const files = readdirSync(out).filter((f) => f.endsWith('.yaml'));
  const yaml = files.map((f) => readFileSync(join(out, f), 'utf8')).join('');
  rmSync(out, { recursive: true });
  return { wallMs, exitMs: end - Number(last[1]), rssMb: Number(rss[1]) / 1024, yaml };
}

/** The floor program: loads cdk8s and writes `objects` with Yaml.save, as the SDK's App does. */
function writeFloor(js: string, objects: unknown[]): string {
  const file = join(js, 'bench', 'programs', 'ten-task-floor.js');
  writeFileSync(file, `'use strict';
const { Yaml } = require('cdk8s');
const path = require('node:path');
Yaml.save(path.join(process.argv[2], 'ten-task.k8s.yaml'), ${JSON.stringify(objects)});
process.stderr.write('last-statement ' + Date.now() + '\\n');
`);
  return 'bench/programs/ten-task-floor.js';
}

export function tenTaskSection(js: string, lib: string, runs: number): Section {
  if (!existsSync(TIME)) throw new Error(`section 8 reads each process's peak RSS with GNU time: ${TIME} is missing (Debian package "time")`);
  LIB = lib;
  warmCompileCache(js, lib);
  const sdkProgram = 'bench/programs/ten-task.js';
  const first = once(js, sdkProgram, {});
  const floorProgram = writeFloor(js, parseAll(first.yaml));
  const configs = {
    sdk: () => once(js, sdkProgram, {}),
    'sdk, compile cache off': () => once(js, sdkProgram, { NODE_DISABLE_COMPILE_CACHE: '1' }),
    'sdk without the tag': () => once(js, sdkProgram, { TEN_TASK_TAG: 'off' }),
    floor: () => once(js, floorProgram, {}),
  };
  const keys = Object.keys(configs) as Array<keyof typeof configs>;
  const all = new Map(keys.map((k) => [k, [] as Run[]]));
  for (let i = 0; i < runs; i++) {
    for (let j = 0; j < keys.length; j++) {
      const k = keys[(i + j) % keys.length];
      all.get(k)!.push(configs[k]());
    }
  }
  for (const k of keys) {
    if (all.get(k)![0].yaml !== first.yaml) throw new Error(`bench: "${k}" wrote different YAML from the SDK program; the comparison would be unfair`);
  }
  const m = Object.fromEntries(keys.map((k) => {
    const list = all.get(k)!;
    const pick = (f: (r: Run) => number) => ({ med: median(list.map(f)), min: Math.min(...list.map(f)), max: Math.max(...list.map(f)) });
    return [k, { wall: pick((r) => r.wallMs), exit: pick((r) => r.exitMs), rss: pick((r) => r.rssMb) }];
  })) as Record<keyof typeof configs, Record<'wall' | 'exit' | 'rss', { med: number; min: number; max: number }>>;
  const range = (x: { med: number; min: number; max: number }, f = fmt) => `${f(x.med)} (${f(x.min)}–${f(x.max)})`;
  const mb = (v: number) => v.toFixed(0);
  const sdk = m.sdk;
  const floor = m.floor;
  const noTag = m['sdk without the tag'];
  const tagCost = sdk.wall.med - noTag.wall.med;
  return {
    title: '8. The realistic 10-task program, fresh processes',
    about: `\`node app.js\` of bench/programs/ten-task.ts compiled to JavaScript (the precompiled copy of section 3): 10 Tasks with the script tag on each of their 10 scripts, a Pipeline with params, a shared workspace and results passed on, and its PipelineRun; \`app.synth()\` writes one file. The package loads its bundles through its compile cache, written before the first of these processes by one run of the same program (a user's first synth); "sdk, compile cache off" runs with NODE_DISABLE_COMPILE_CACHE=1, as that first run does. "sdk without the tag" is the same program with the env vars the tag adds written out by hand (same YAML, the tag's parser never loaded). Floor = a process that loads cdk8s and writes the same objects with \`Yaml.save\`; the bench checks all three write byte-identical YAML. Wall = the whole process as spawned; exit = from the program's last statement to the end of the process; peak RSS from GNU time. Median (min–max) of ${runs} processes each, taking turns in a rotating order.`,
    headers: ['program', 'wall ms', 'exit after last statement ms', 'peak RSS MB', 'wall / floor', 'RSS / floor'],
    rows: keys.map((k) => [k, range(m[k].wall), range(m[k].exit), range(m[k].rss, mb), ratio(m[k].wall.med, floor.wall.med), ratio(m[k].rss.med, floor.rss.med)]),
    verdicts: [
      `wall = ${ratio(sdk.wall.med, floor.wall.med)} x the floor's (goal <= 1.15): ${goal({ goal: 'section 8, the 10-task program: wall / floor <= 1.15', before: '726 ms against a ~126 ms floor (~5.8)', after: `${ratio(sdk.wall.med, floor.wall.med)}: ${range(sdk.wall)} against ${range(floor.wall)} ms`, met: sdk.wall.med / floor.wall.med <= 1.15 })}`,
      `peak RSS = ${ratio(sdk.rss.med, floor.rss.med)} x the floor's (goal <= 1.15): ${goal({ goal: 'section 8, the 10-task program: peak RSS / floor <= 1.15', before: '115 against 55 MB (2.1)', after: `${ratio(sdk.rss.med, floor.rss.med)}: ${range(sdk.rss, mb)} against ${range(floor.rss, mb)} MB`, met: sdk.rss.med / floor.rss.med <= 1.15 })}`,
      `the process ends ${fmt(sdk.exit.med)} ms after its last statement (goal <= 30 ms): ${goal({ goal: 'section 8, the 10-task program ends <= 30 ms after its last statement', before: '~480 ms', after: `${range(sdk.exit)} ms`, met: sdk.exit.med <= 30 })}`,
      `the script tag on 10 scripts adds ${fmt(tagCost)} ms to the fresh process (goal <= 20 ms): ${tagCost <= 20 ? 'met' : 'NOT met'}`,
    ],
  };
}

function parseAll(text: string): unknown[] {
  const { parseAllDocuments } = require('yaml') as typeof import('yaml');
  return parseAllDocuments(text).map((d) => d.toJSON());
}
