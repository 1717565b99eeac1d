// Suggestions ("did you mean ...") offer a name at most two edits away. isNear tells strings whose
// lengths differ by more than two apart without computing the distance; these rows pin where the
// answer changes, directly and through a misspelled API group.
import { describe, expect, it } from 'vitest';
import { formatProblem, validateManifests } from '../../lib';
import { editDistance, isNear } from '../../lib/validate/kinds';

describe('isNear', () => {
  it.each([
    ['tekton.dev', 'tekton.dev', true],
    ['tekton.dev', 'tekon.dev', true],
    ['tekton.dev', 'tekton.devxx', true],
    ['tekton.dev', 'tekton.devxxx', false],
    ['tekton.dev', 'tek.dev', false],
    ['tekton.dev', '', false],
    ['', 'ab', true],
    ['', 'abc', false],
    ['Task', 'tsak', false],
    ['task', 'tsak', true],
  ])('%j and %j: %s', (a, b, near) => {
    expect(isNear(a, b)).toBe(near);
    expect(isNear(b, a)).toBe(near);
    expect(isNear(a, b)).toBe(editDistance(a, b) <= 2);
  });
});

describe('a misspelled API group', () => {
  const task = (apiVersion: string) => ({ apiVersion, kind: 'Task', metadata: { name: 'build' }, spec: { steps: [{ name: 'run', image: 'alpine:3.20', script: 'true' }] } });
  const lines = (apiVersion: string) => validateManifests([{ manifest: task(apiVersion), source: 'm0' }]).map(formatProblem);

  it('two letters away is reported with the group it is near', () => {
    expect(lines('tekton.devxx/v1')).toEqual(['Task "build": apiVersion: there is no API group "tekton.devxx"; it is one or two letters away from tekton.dev, so this document would not be checked at all (got "tekton.devxx/v1"). Fix: set apiVersion to tekton.dev/v1']);
  });

  it('three letters away is another group, read and not checked', () => {
    expect(lines('tekton.devxxx/v1')).toEqual([]);
  });
});
