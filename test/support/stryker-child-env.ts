// Loaded only under StrykerJS (vitest.stryker.config.mts), after Stryker's own setup file.
//
// 1. Static mutants. When the tests are filtered (stryker.config.mjs names the test files of each
//    module), Stryker 9.6.1 activates every mutant in a beforeAll hook, after the test file has
//    imported the module under test. A mutant in code that runs while the module loads (a constant,
//    a table, a regular expression at module level) was therefore never active, and survived
//    however well it was tested. Activating the mutant here, before the test file is imported,
//    applies it; each run starts a new worker, so no module keeps a mutant from an earlier run.
// 2. Child processes. Code Stryker instruments reads __STRYKER_ACTIVE_MUTANT__ when it starts in
//    another process, so copying the active mutant there makes the CLI tests (which run
//    bin/cdk8s-tekton.js on the sandbox's instrumented build/) test the same mutant as the
//    in-process tests. Without an active mutant (the dry run) the variable is removed, so a child
//    runs the original code.
import { beforeAll, beforeEach, inject } from 'vitest';

interface StrykerNamespace {
  activeMutant?: string;
}

const provided = inject as unknown as (key: string) => unknown;
const namespace = (globalThis as Record<string, unknown>).__stryker__ as StrykerNamespace | undefined;
if (namespace && provided('mode') === 'mutant') namespace.activeMutant = String(provided('activeMutant'));

function mirror(): void {
  const ns = (globalThis as Record<string, unknown>).__stryker__ as StrykerNamespace | undefined;
  if (ns?.activeMutant === undefined) delete process.env.__STRYKER_ACTIVE_MUTANT__;
  else process.env.__STRYKER_ACTIVE_MUTANT__ = String(ns.activeMutant);
}

beforeAll(mirror);
beforeEach(mirror);
