// Section 10: `npm run synth` of a project made by `cdk8s-tekton init`, as its user runs it (the
// cdk8s CLI, the app command of its cdk8s.yaml, the app), against the same project whose app was
// compiled with tsc first and runs as `node main.js`. The package comes from `npm pack` of this
// repository (build/ as `npm run bench` built it), installed from npm's cache.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Section } from './run';
import { commandMs, fmt, ratio } from './stats';
import { goal } from './goals';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

export function initSection(root: string, runs: number): Section {
  const work = mkdtempSync(join(tmpdir(), 'cdk8s-tekton-bench-init-'));
  const env = { ...process.env, CDK8S_CHECK_UPGRADE: 'false' };
  try {
    execFileSync(NPM, ['pack', '--ignore-scripts', '--pack-destination', work, '--loglevel=error'], { cwd: root, env, stdio: 'pipe' });
    const tarball = join(work, readdirSync(work).find((f) => f.endsWith('.tgz'))!);
    const project = join(work, 'shop-ci');
    mkdirSync(project);
    execFileSync(process.execPath, [join(root, 'bin', 'cdk8s-tekton.js'), 'init', '--dependency', tarball], { cwd: project, env, stdio: 'pipe' });
    execFileSync(NPM, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: project, env, stdio: 'pipe' });
    execFileSync(NPM, ['run', 'compile'], { cwd: project, env, stdio: 'pipe' });
    const apps = [
      { app: 'node -r cdk8s-tekton/register main.ts', label: 'as init writes it' },
      { app: 'npx ts-node main.ts', label: "the cdk8s template's app command" },
      { app: 'node main.js', label: 'precompiled baseline: tsc, then node' },
    ];
    const times = apps.map(() => [] as number[]);
    for (let i = 0; i < runs; i++) {
      apps.forEach(({ app }, k) => {
        writeFileSync(join(project, 'cdk8s.yaml'), `language: typescript\napp: ${app}\n`);
        times[k].push(commandMs(NPM, ['run', 'synth'], 1, { cwd: project, env }));
      });
    }
    const ms = times.map((t) => [...t].sort((a, b) => a - b)[Math.floor(t.length / 2)]);
    const base = ms[ms.length - 1];
    return {
      title: '10. `npm run synth` of a project made by `cdk8s-tekton init`',
      about: `A project written by \`cdk8s-tekton init --dependency <tarball of this repository>\` and installed with npm; each run is a fresh \`npm run synth\` (npm, the cdk8s CLI, the app command, the app: a Task, a Pipeline and a PipelineRun). The three app commands take turns (cdk8s.yaml rewritten before each run); the baseline runs \`node main.js\` after \`npm run compile\` (tsc). Type errors are caught by the project's \`npm test\` (ts-node), not by the app command init writes. Median of ${runs} runs each.`,
      headers: ['app command', 'wall ms', 'ratio to JS'],
      rows: apps.map(({ app, label }, k) => [`\`${app}\` (${label})`, fmt(ms[k]), ratio(ms[k], base)]),
      verdicts: [`npm run synth with init's app command / precompiled JS = ${ratio(ms[0], base)} (goal <= 1.3): ${goal({ goal: 'section 10, `npm run synth` of an init project <= 1.3 x the precompiled JS', before: '~2.3 (npx ts-node main.ts)', after: `${ratio(ms[0], base)} (${fmt(ms[0])} against ${fmt(base)} ms; ${fmt(Math.min(...times[0]))}–${fmt(Math.max(...times[0]))})`, met: ms[0] / base <= 1.3 })}`],
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
