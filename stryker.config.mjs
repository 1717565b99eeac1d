// StrykerJS configuration for `npm run mutate` (scripts/mutate.mjs), which writes MUTATION.md.
// Not part of `npm test` or CI: a full run takes far longer than the suite. The default scope is the
// modules that guard users (issue 20); `npm run mutate -- --mutate lib/triggers/path-filter.ts` or
// MUTATE=lib/triggers/path-filter.ts npm run mutate runs one of them.
import { writeFileSync } from 'node:fs';

// Each guarded module with the test files that mirror it. A mutant runs only the tests of these
// files that reached it; limiting the files matters most for static mutants (code that runs while a
// module loads, such as a table), which otherwise rerun every test that imports lib/.
const GUARDS = {
  // Only the tests that check the tag's exact text, in process, are in scope for lib/shell and
  // lib/script.ts: test/lib/script.test.ts and test/mutation/shell-*.test.ts (the latter also run
  // what the tag writes under real shells). The tests that spawn hundreds of shells stay out (all stay
  // in npm test): script-shell (713 runs), script-attack, and the generated-script tests
  // script-random and script-corpus, each one test that reaches nearly every line of the tag. Most
  // mutants of variables.ts and commands.ts are static (their tables load with the module) and run
  // every test in scope; with those files in, one such run took over 90 s on this shared machine, past
  // Stryker's timeout, so a surviving mutant was counted as timed out (detected).
  'lib/shell/*.ts': ['test/lib/script.test.ts', 'test/mutation/shell-*.test.ts'],
  'lib/script.ts': ['test/lib/script.test.ts', 'test/mutation/shell-*.test.ts'],
  'lib/triggers/path-filter.ts': ['test/triggers/path-filter.test.ts'],
  // lib/credentials/index.ts only re-exports. test/credentials/mappings.test.ts (a real sshd) and
  // registry.test.ts (buildah, a registry) build these constructs too, but spend seconds per test
  // proving the tools take what the constructs lay out; the YAML and facts they rely on are
  // asserted exactly by the files kept here, which take milliseconds.
  'lib/credentials/secrets.ts': ['test/credentials/secrets.test.ts', 'test/mutation/credential-secrets.test.ts'],
  'lib/credentials/service-account.ts': ['test/credentials/secrets.test.ts', 'test/mutation/service-account.test.ts'],
  'lib/credentials/task-credentials.ts': ['test/mutation/task-credentials.test.ts'],
  // The same two are left out of the rules' tests; checks.test.ts and findings.test.ts make each
  // credential mistake through synth and validate. test/validate/invalid.test.ts is out: none of
  // its 281 fixtures expects a credentials finding, yet each of its tests reaches the code that
  // indexes every document, so it would rerun for most mutants and tell none apart.
  'lib/validate/credentials.ts': ['test/credentials/checks.test.ts', 'test/credentials/findings.test.ts', 'test/mutation/run-credentials.test.ts', 'test/mutation/credential-rules.test.ts'],
  'lib/validate/run-credentials.ts': ['test/credentials/checks.test.ts', 'test/credentials/findings.test.ts', 'test/mutation/run-credentials.test.ts'],
  'lib/validate/script.ts': ['test/lib/script.test.ts', 'test/validate/invalid.test.ts', 'test/mutation/validate-script.test.ts'],
  'lib/simulate/interceptors.ts': ['test/simulate/interceptors.test.ts', 'test/triggers/simulate.test.ts', 'test/mutation/interceptors.test.ts'],
  'lib/cli/secrets.ts': ['test/cli/secrets.test.ts', 'test/cli/secrets-hostile.test.ts', 'test/mutation/secrets.test.ts'],
  // Its own file calls every export in-process on real files, links, FIFOs, sockets and devices.
  // test/cli/validate-input.test.ts and validate.test.ts run the CLI in child processes (coverage
  // Stryker does not count) and repeat the 64 MiB reads of the size cap through the whole validator.
  'lib/cli/validate-read.ts': ['test/mutation/validate-read.test.ts'],
  // Its own file calls SafeTree and the name checks directly on real folders, files and links.
  // test/runner/hostile-transfer.test.ts and transfer.test.ts reach it through downloads from a
  // real sshd, seconds per test, and each would rerun for every mutant of the write path.
  'runner/orka/safe-write.ts': ['test/mutation/safe-write.test.ts'],
  'runner/orka/log.ts': ['test/runner/units.test.ts', 'test/mutation/log.test.ts'],
  // hostile-transfer.test.ts is out for the same reason; the hostile archives it sends are parsed
  // in-process by test/mutation/tar.test.ts.
  'runner/orka/tar.ts': ['test/runner/tar.test.ts', 'test/mutation/tar.test.ts'],
};

/** The modules of this run (MUTATE, comma-separated; set by scripts/mutate.mjs from --mutate) and their test files. */
function scope() {
  const mutate = process.env.MUTATE ? process.env.MUTATE.split(',') : Object.keys(GUARDS);
  const tests = new Set();
  for (const file of mutate) {
    const key = Object.keys(GUARDS).find((glob) => glob === file || (glob.endsWith('/*.ts') && file.startsWith(glob.slice(0, -4)) && !file.slice(glob.length - 4).includes('/')));
    // A module outside the table has no chosen tests: all of them run (slow, but never vacuous).
    if (key === undefined) return { mutate, testFiles: [] };
    for (const t of GUARDS[key]) tests.add(t);
  }
  return { mutate, testFiles: [...tests] };
}

const { mutate, testFiles } = scope();

/**
 * The tsconfig the type checker loads: the modules of this run and what they import. The checker
 * rechecks every file of its project that depends on a mutated file, so with all of lib/ and
 * runner/ (tsconfig.stryker.json) a mutant of a module that much of lib/ imports cost seconds of
 * checking on this machine; the modules' own files are where a mutant's type error shows. The
 * file is written here (ignored by git) because Stryker copies the project, this file included,
 * into its sandbox after reading this config.
 */
function checkerProject() {
  if (!process.env.MUTATE) return 'tsconfig.stryker.json';
  const file = '.stryker-tsconfig.json';
  writeFileSync(file, `${JSON.stringify({ extends: './tsconfig.stryker.json', include: mutate }, null, 2)}\n`);
  return file;
}

/** The report of this run; one per scope, so runs of different modules can go on side by side. */
export const REPORT = `reports/mutation/${process.env.MUTATE ? process.env.MUTATE.replace(/[^\w.-]+/g, '_') : 'all'}.json`;

export default {
  $schema: './node_modules/@stryker-mutator/core/schema/stryker-schema.json',
  mutate,
  testFiles,
  testRunner: 'vitest',
  // The Stryker variant of the vitest config hands the active mutant to child processes (the CLI
  // tests run bin/cdk8s-tekton.js), which plain vitest has no reason to do.
  vitest: { configFile: 'vitest.stryker.config.mts', related: true },
  // Each mutant runs only the tests that reached it in the dry run; the rest of the suite is skipped.
  coverageAnalysis: 'perTest',
  // Mutants that do not type-check are dropped before any test runs. MUTATE_TYPECHECK=0 turns it off.
  checkers: process.env.MUTATE_TYPECHECK === '0' ? [] : ['typescript'],
  tsconfigFile: checkerProject(),
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  // The CLI and runner-bundle tests run build/, so the sandbox compiles its instrumented sources once.
  buildCommand: 'node scripts/build.mjs',
  ignorePatterns: ['build', 'dist', 'coverage', 'reports', '.cache', '.bench-tmp', '.scratch', 'docs/api', 'MUTATION.md'],
  // Two cores shared with other work: one test runner and one checker.
  concurrency: 1,
  checkerNodeArgs: [],
  timeoutMS: 10_000,
  timeoutFactor: 2,
  reporters: ['json', 'progress'],
  jsonReporter: { fileName: REPORT },
  // `npm run mutate -- --mutate <file> --incremental` after adding tests reruns only the mutants
  // whose code or covering tests changed since the last run of that scope, and reuses the rest.
  incrementalFile: REPORT.replace(/\.json$/, '.incremental.json'),
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
