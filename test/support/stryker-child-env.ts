// Loaded only under StrykerJS (vitest.stryker.config.mts). Stryker activates a mutant in the test
// worker; code it instruments reads __STRYKER_ACTIVE_MUTANT__ when it starts in another process, so
// copying the active mutant there makes the CLI tests (which run bin/cdk8s-tekton.js on the sandbox's
// instrumented build/) test the same mutant as the in-process tests. Without an active mutant (the
// dry run) the variable is removed, so a child runs the original code.
import { beforeAll, beforeEach } from 'vitest';

interface StrykerNamespace {
  activeMutant?: string;
}

function mirror(): void {
  const ns = (globalThis as Record<string, unknown>).__stryker__ as StrykerNamespace | undefined;
  if (ns?.activeMutant === undefined) delete process.env.__STRYKER_ACTIVE_MUTANT__;
  else process.env.__STRYKER_ACTIVE_MUTANT__ = String(ns.activeMutant);
}

beforeAll(mirror);
beforeEach(mirror);
