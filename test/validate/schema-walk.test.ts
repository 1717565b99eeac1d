// The schema walk (what the API server checks against the CRD's schema) reports in the same order
// however a document orders its keys: fields are visited in sorted order, and unknown fields are
// reported in the document's order before the fields under them. An object whose keys are out of
// order is first walked as if they were not: what that pass found is taken back, not repeated.
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

  it('reports the same lines at every level whatever the order of keys, with problems found before a key out of order taken back once', () => {
    // Problems at three levels (spec, a step, its env entry), unknown fields at two, each object's
    // keys reversed: the walk meets a problem before it sees that the keys are out of order.
    const env = { name: 'E', value: 5, valueFrom: 'x', zeta: 1 };
    const step = { name: 'run', image: 'alpine:3.20', args: 'x', env: [env], zz: true };
    const spec = { description: 7, steps: [step], workspaces: 'w', zz: 1 };
    const reversed = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).reverse());
    const doc = (s: object) => ({ apiVersion: 'tekton.dev/v1beta1', kind: 'Task', metadata: { name: 't' }, spec: s });
    const sorted = lines(doc({ ...spec, steps: [{ ...step, env: [env] }] }));
    expect(sorted).toEqual([
      'warning: Task "t": spec.zz: the tekton.dev/v1beta1 Task schema has no field "zz" here, so the API server drops it (kubectl apply refuses it by default). Fix: remove it; fields here: description, displayName, params, resources, results, sidecars, stepTemplate, steps, volumes, workspaces',
      'Task "t": spec.description: the tekton.dev/v1beta1 Task schema requires a string here (got 7). Fix: quote it: "7"',
      'warning: Task "t": spec.steps[0].zz: the tekton.dev/v1beta1 Task schema has no field "zz" here, so the API server drops it (kubectl apply refuses it by default). Fix: remove it; fields here: args, command, displayName, env, envFrom, image, imagePullPolicy, lifecycle, livenessProbe, name, onError, params, ports, readinessProbe, ref, resources, results, script, securityContext, startupProbe, ...',
      'Task "t": spec.steps[0].args: the tekton.dev/v1beta1 Task schema requires a list here (got "x"). Fix: write a list, e.g. ["x"] or one "- item" per line',
      'warning: Task "t": spec.steps[0].env[0].zeta: the tekton.dev/v1beta1 Task schema has no field "zeta" here, so the API server drops it (kubectl apply refuses it by default). Fix: remove it; fields here: name, value, valueFrom',
      'Task "t": spec.steps[0].env[0].value: the tekton.dev/v1beta1 Task schema requires a string here (got 5). Fix: quote it: "5"',
      'Task "t": spec.steps[0].env[0].valueFrom: the tekton.dev/v1beta1 Task schema requires a mapping (field: value) here (got "x"). Fix: write a mapping of fields, one "field: value" per line',
      'Task "t": spec.workspaces: the tekton.dev/v1beta1 Task schema requires a list here (got "w"). Fix: write a list, one "- item" per line',
    ]);
    expect(lines(doc(reversed({ ...spec, steps: [reversed({ ...step, env: [reversed(env)] })] })))).toEqual(sorted);
  });
});
