// Vitest global setup: the CLI tests run bin/cdk8s-tekton.js, which runs the compiled build/ (and
// the runner bundle in it). `npm test` builds first (pretest); this rebuilds when a single test
// file is run after a source changed, so no test ever runs stale JavaScript.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const REPO = resolve(__dirname, '../..');
const SOURCES = ['lib', 'runner', 'scripts/build.mjs', 'scripts/bundle-runner.mjs', 'tsconfig.json', 'tsconfig.build.json', 'package.json'];
const STAMP = join(REPO, 'build', 'orka-runner.js');

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

export default function setup(): void {
  // build.mjs writes the runner bundle last, so its time is when the whole build finished.
  if (existsSync(STAMP) && statSync(STAMP).mtimeMs >= Math.max(...SOURCES.map((s) => newest(join(REPO, s))))) return;
  execFileSync(process.execPath, [join(REPO, 'scripts', 'build.mjs')], { cwd: REPO, stdio: 'inherit' });
}
