// The schema walk (what the API server checks against the CRD's schema) reports in the same order
// however a document orders its keys: fields are visited in sorted order, and unknown fields are
// reported in the document's order before the fields under them.
import { describe, expect, it } from 'vitest';
import { formatProblem, validateManifests } from '../../lib';

const lines = (manifest: unknown) => validateManifests([{ manifest, source: 'm0' }]).map(formatProblem);

// A v1beta1 Task is checked against its schema only, so every line below is the schema walk's.
const STEP = { name: 'run', image: 'alpine:3.20', script: 99, workingDir: ['/src'], args: 'x', imagez: 'typo', env: 'E' };

describe('the schema walk', () => {
  it('reports a step\'s problems in field order, whatever the order of its keys', () => {
    const expected = [
      'warning: Task "t": spec.steps[0].imagez: the tekton.dev/v1beta1 Task schema has no field "imagez" here, so the API server drops it (kubectl apply refuses it by default). Fix: rename it to image',
      'Task "t": spec.steps[0].args: the tekton.dev/v1beta1 Task schema requires a list here (got "x"). Fix: write a list, e.g. ["x"] or one "- item" per line',
      'Task "t": spec.steps[0].env: the tekton.dev/v1beta1 Task schema requires a list here (got "E"). Fix: write a list, one "- item" per line',
      'Task "t": spec.steps[0].script: the tekton.dev/v1beta1 Task schema requires a string here (got 99). Fix: quote it: "99"',
      'Task "t": spec.steps[0].workingDir: the tekton.dev/v1beta1 Task schema requires a string here (got ["/src"]). Fix: write a single string',
    ];
    const forwards = Object.fromEntries(Object.entries(STEP));
    const backwards = Object.fromEntries(Object.entries(STEP).reverse());
    const doc = (step: object) => ({ apiVersion: 'tekton.dev/v1beta1', kind: 'Task', metadata: { name: 't' }, spec: { steps: [step] } });
    expect(lines(doc(forwards))).toEqual(expected);
    expect(lines(doc(backwards))).toEqual(expected);
  });
});
