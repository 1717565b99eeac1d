// `npm run mutate [-- stryker options]`: runs StrykerJS (stryker.config.mjs) and then
// scripts/mutate-report.mjs, which merges the run into mutation-results.json and rewrites
// MUTATION.md. `npm run mutate -- --mutate lib/triggers/path-filter.ts` (or MUTATE=… npm run mutate)
// runs one module and leaves the other modules' figures as they were. `npm run mutate -- --report-only`
// only rewrites MUTATION.md (after editing mutation-reasons.json).
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { writeReport } from './mutate-report.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// --mutate goes to stryker.config.mjs through MUTATE, which also picks the test files for those modules.
const args = [];
const env = { ...process.env, CDK8S_CHECK_UPGRADE: 'false' };
for (let i = 2; i < process.argv.length; i++) {
  if (process.argv[i] === '--mutate' || process.argv[i] === '-m') env.MUTATE = process.argv[++i];
  else args.push(process.argv[i]);
}

if (args.includes('--report-only')) {
  writeReport(root);
} else {
  const stryker = join(dirname(createRequire(import.meta.url).resolve('@stryker-mutator/core/package.json')), 'bin', 'stryker.js');
  const loadBefore = loadavg();
  const started = Date.now();
  const run = spawnSync(process.execPath, [stryker, 'run', 'stryker.config.mjs', ...args], {
    cwd: root,
    stdio: 'inherit',
    env,
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  // A failed run leaves no report of its own: the previous figures must not be taken for this run's.
  if (run.status !== 0) {
    process.stderr.write(`mutate: stryker exited with ${run.status ?? run.signal}; MUTATION.md left as it was\n`);
    process.exit(run.status ?? 1);
  }
  // The config names the report after MUTATE; importing it here with the same env gives the same name.
  process.env.MUTATE = env.MUTATE ?? '';
  if (!env.MUTATE) delete process.env.MUTATE;
  const { REPORT } = await import('../stryker.config.mjs');
  writeReport(root, { report: REPORT, seconds, loadBefore, loadAfter: loadavg(), args: env.MUTATE ? ['--mutate', env.MUTATE, ...args] : args });
}
