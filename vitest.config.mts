import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default in run mode is one worker fewer than the cores: one on a two-core CI machine.
    // Most suites wait on processes they start (the CLI, the runner, sshd, git), so two workers
    // take about 450 s where one takes about 560 s there.
    maxWorkers: 2,
    globalSetup: ['test/support/build.ts'],
  },
});
