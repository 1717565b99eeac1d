// Durations are read as Go's time.ParseDuration reads them, micro signs included: U+00B5 (MICRO
// SIGN) and U+03BC (GREEK SMALL LETTER MU) both mean microseconds. The source writes them as
// escapes so the bundles stay ASCII; these rows use the characters themselves.
import { describe, expect, it } from 'vitest';
import { formatProblem, validateManifests } from '../../lib';

const stepWithTimeout = (timeout: string) => ({
  apiVersion: 'tekton.dev/v1',
  kind: 'Task',
  metadata: { name: 't' },
  spec: { steps: [{ name: 'run', image: 'alpine:3.20', script: 'true', timeout }] },
});
const lines = (timeout: string) => validateManifests([{ manifest: stepWithTimeout(timeout), source: 'm0' }]).map(formatProblem);

describe('durations', () => {
  it.each(['1.5\u00b5s', '2\u03bcs', '1h30m', '90s', '1m500\u00b5s', '0'])('takes %j as a duration', (timeout) => {
    expect(lines(timeout)).toEqual([]);
  });

  it.each(['-3\u00b5s', '-1\u03bcs'])('reads %j as a negative duration', (timeout) => {
    expect(lines(timeout)).toEqual([`Task "t": spec.steps[0].timeout: timeout may not be negative (got ${JSON.stringify(timeout)}). Fix: use a positive duration, or 0s for none`]);
  });

  it.each(['1.5xs', '2\u00b5', '5 s', '\u00b5s'])('refuses %j, which is not a duration', (timeout) => {
    expect(lines(timeout)).toEqual([`Task "t": spec.steps[0].timeout: timeout is not a duration (got ${JSON.stringify(timeout)}). Fix: write a duration such as 10m or 1h30m`]);
  });
});
