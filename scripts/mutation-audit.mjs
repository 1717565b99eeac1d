// `npm run mutation-audit`: the 11 mutations the hand-run audit of issue 20 found the tests let
// through, each applied on its own to the working tree, with the test files that must now fail.
// Each file is restored afterwards (also when the run is stopped); the result goes to
// mutation-audit.json, which scripts/mutate-report.mjs prints in MUTATION.md. Run it on a clean
// working tree: it edits lib/ and runner/ for the length of one test run each.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** file, the exact text to change (it must occur once), its replacement, and the tests that must catch it. */
export const MUTATIONS = [
  {
    what: 'node loses -p: `node -p "${p}"` would run the value as JavaScript',
    file: 'lib/shell/commands.ts',
    from: "node: { flags: ['-e', '--eval', '-p', '--print'],",
    to: "node: { flags: ['-e', '--eval', '--print'],",
    tests: ['test/lib/script.test.ts'],
  },
  {
    what: 'secrets stops quoting the name',
    file: 'lib/cli/secrets.ts',
    from: 'const name = quote(facts.name);',
    to: 'const name = facts.name;',
    // The CLI refuses such a name before printing (so through it this change shows nothing);
    // commandsFor, the second line of defence, is called with one directly there.
    tests: ['test/cli/secrets-hostile.test.ts'],
  },
  {
    what: 'GitLab: a missing X-Gitlab-Token is not refused as missing',
    file: 'lib/simulate/interceptors.ts',
    from: "if (token === '') return { notes, stop: 'no X-GitLab-Token header set' };",
    to: '',
    tests: ['test/simulate/interceptors.test.ts'],
  },
  {
    what: 'the runner no longer masks the base64url form of a secret',
    file: 'runner/orka/log.ts',
    from: "forms.push(stable, stable.replace(/\\+/g, '-').replace(/\\//g, '_'));",
    to: 'forms.push(stable);',
    tests: ['test/runner/units.test.ts'],
  },
  {
    what: "the runner's minimum masked secret length off by one",
    file: 'runner/orka/log.ts',
    from: 'const MIN_SECRET_LENGTH = 4;',
    to: 'const MIN_SECRET_LENGTH = 5;',
    tests: ['test/runner/units.test.ts'],
  },
  {
    what: 'the runAfter: prop of a pipeline task ignored',
    file: 'lib/pipeline-task.ts',
    from: 'for (const t of props.runAfter ?? []) this.runAfter(t);',
    to: '',
    tests: ['test/lib/pipeline.test.ts'],
  },
  {
    what: 'a param given inline and by a binding no longer refused',
    file: 'lib/triggers/trigger.ts',
    from: 'if (seen.has(name)) throw new Error(',
    to: 'if (false) throw new Error(',
    tests: ['test/triggers/constructs.test.ts'],
  },
  {
    what: 'branch names with ~ ^ or a trailing / accepted by the path filter',
    file: 'lib/triggers/path-filter.ts',
    from: "/[\\s~^:?*[\\\\\\x00-\\x1f\\x7f]/.test(branch) || branch.startsWith('/') || branch.endsWith('/')",
    to: "/[\\s:?*[\\\\\\x00-\\x1f\\x7f]/.test(branch) || branch.startsWith('/')",
    tests: ['test/triggers/path-filter.test.ts'],
  },
  {
    what: 'the matrix combination limit off by one',
    file: 'lib/validate/pipeline.ts',
    from: 'if (combinations > d.settings.maxMatrixCombinations) {',
    to: 'if (combinations > d.settings.maxMatrixCombinations + 1) {',
    tests: ['test/validate/pipeline.test.ts'],
  },
  {
    what: "validate's file size cap off by one",
    file: 'lib/cli/validate-read.ts',
    from: 'if (stat.size > MAX_FILE_BYTES) return tooLarge;',
    to: 'if (stat.size > MAX_FILE_BYTES + 1) return tooLarge;',
    also: { from: 'if (length > MAX_FILE_BYTES) return tooLarge;', to: 'if (length > MAX_FILE_BYTES + 1) return tooLarge;' },
    tests: ['test/cli/validate-input.test.ts'],
  },
  {
    what: '--each-file reports problems against the wrong file',
    file: 'lib/cli/validate.ts',
    from: 'const offset = start;',
    to: 'const offset = 0;',
    tests: ['test/cli/validate.test.ts'],
  },
];

function replaceOnce(text, from, to, file) {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`mutation-audit: "${from}" must occur exactly once in ${file}; the audit is out of date`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

function run() {
  const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
  const results = [];
  for (const m of MUTATIONS) {
    const path = join(root, m.file);
    const original = readFileSync(path, 'utf8');
    let mutated = replaceOnce(original, m.from, m.to, m.file);
    if (m.also) mutated = replaceOnce(mutated, m.also.from, m.also.to, m.file);
    const restore = () => writeFileSync(path, original);
    process.once('SIGINT', restore);
    const started = Date.now();
    let r;
    try {
      writeFileSync(path, mutated);
      r = spawnSync(process.execPath, [vitest, 'run', ...m.tests], { cwd: root, encoding: 'utf8', env: { ...process.env, CDK8S_CHECK_UPGRADE: 'false', NO_COLOR: '1' } });
    } finally {
      restore();
      process.removeListener('SIGINT', restore);
    }
    // vitest may colour its summary even when asked not to.
    const failed = /Tests\s+(\d+) failed/.exec((r.stdout ?? '').replace(/\x1b\[[0-9;]*m/g, ''));
    const caught = r.status !== 0 && failed !== null;
    results.push({ what: m.what, file: m.file, tests: m.tests, caught, failedTests: failed ? Number(failed[1]) : 0, seconds: Math.round((Date.now() - started) / 1000) });
    process.stdout.write(`${caught ? 'caught' : 'MISSED'}  ${m.file}: ${m.what} (${failed ? failed[1] : 0} failing tests in ${m.tests.join(', ')})\n`);
  }
  writeFileSync(join(root, 'mutation-audit.json'), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2)}\n`);
  return results.every((r) => r.caught) ? 0 : 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(run());
