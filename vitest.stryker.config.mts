// The vitest config StrykerJS runs (stryker.config.mjs): the project's own, plus a setup file that
// passes the active mutant on to child processes.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.mts';

export default mergeConfig(base, defineConfig({ test: { setupFiles: ['test/support/stryker-child-env.ts'] } }));
