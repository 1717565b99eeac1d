// The floor of the synth benchmarks: the manifests the SDK should produce, built as plain objects
// and serialized by the same YAML library (no constructs, no validation). Imports no SDK code, so
// a floor process loads only cdk8s's YAML writer.
import { Yaml } from 'cdk8s';

/**
 * chain and fan: N pipeline tasks sharing one Task. distinct: N Tasks, each with its own param,
 * workspace, result and step, in a binary-tree DAG (task i consumes the result of task (i-1)/2).
 */
export type Shape = 'chain' | 'fan' | 'distinct';

/** Name of task i and the task whose result it consumes (undefined for the roots). */
export function plan(n: number, shape: Shape): Array<{ name: string; from?: string; after?: string[] }> {
  const name = (i: number) => `t-${i}`;
  const tasks: Array<{ name: string; from?: string; after?: string[] }> = [];
  for (let i = 0; i < n; i++) {
    if (shape === 'distinct') tasks.push({ name: name(i), from: i ? name((i - 1) >> 1) : undefined });
    else if (shape === 'chain') tasks.push({ name: name(i), from: i ? name(i - 1) : undefined });
    else if (i === 0) tasks.push({ name: name(0) });
    else if (i < n - 1) tasks.push({ name: name(i), from: name(0) });
    else tasks.push({ name: name(i), from: name(1), after: Array.from({ length: Math.max(0, n - 2) }, (_, k) => name(k + 1)) });
  }
  return tasks;
}

/** Name of the Task construct pipeline task `name` runs, for the distinct shape. */
export const taskFor = (shape: Shape, name: string): string => (shape === 'distinct' ? `task-${name.slice(2)}` : 'step');

/** The floor's manifests: what the SDK should produce, as plain objects. */
export function floorObjects(n: number, shape: Shape): unknown[] {
  const steps = plan(n, shape);
  const task = (name: string) => ({
    apiVersion: 'tekton.dev/v1', kind: 'Task', metadata: { name },
    spec: {
      params: [{ default: '', name: 'input', type: 'string' }],
      results: [{ name: 'out', type: 'string' }],
      steps: [{
        env: [{ name: 'PARAMS_INPUT', value: '$(params.input)' }, { name: 'RESULTS_OUT_PATH', value: '$(results.out.path)' }],
        image: 'mirror.gcr.io/alpine:3.20', name: 'run', script: 'echo "${PARAMS_INPUT}" | tee "${RESULTS_OUT_PATH}"', workingDir: '$(workspaces.source.path)',
      }],
      workspaces: [{ name: 'source' }],
    },
  });
  const tasks = steps.map((t) => ({
    name: t.name,
    params: [{ name: 'input', value: t.from ? `$(tasks.${t.from}.results.out)` : '$(params.seed)' }],
    ...(t.after ? { runAfter: t.after } : {}),
    taskRef: { name: taskFor(shape, t.name) },
    workspaces: [{ name: 'source', workspace: 'shared' }],
  }));
  const pipeline = {
    apiVersion: 'tekton.dev/v1', kind: 'Pipeline', metadata: { name: 'big' },
    spec: { params: [{ default: 'x', name: 'seed', type: 'string' }], tasks, workspaces: [{ name: 'shared' }] },
  };
  const run = {
    apiVersion: 'tekton.dev/v1', kind: 'PipelineRun', metadata: { name: 'big-run' },
    spec: { pipelineRef: { name: 'big' }, workspaces: [{ emptyDir: {}, name: 'shared' }] },
  };
  const taskDocs = (shape === 'distinct' ? steps : steps.slice(0, 1)).map((t) => task(taskFor(shape, t.name)));
  return [...taskDocs, pipeline, run];
}

/** The floor: the same manifests as plain objects, serialized by the same YAML library. */
export function floorSynth(n: number, shape: Shape): string {
  return Yaml.stringify(...floorObjects(n, shape));
}
