// Pipelines of N tasks for the synth benchmarks, built with the SDK; bench/floor.ts builds the
// plain objects the SDK should produce.
import { App, Chart, Yaml } from 'cdk8s';
import { plan, Shape, taskFor } from './floor';

// Fresh-process sections give the package's bundled entry (CDK8S_TEKTON_LIB: build/lib, what users
// install); in-process sections load the sources.
const sdk: typeof import('../lib') = require(process.env.CDK8S_TEKTON_LIB ?? '../lib');
const { configureValidation, ParamType, Pipeline, PipelineRun, script, Task, WorkspaceBinding } = sdk;
type Task = InstanceType<typeof Task>;
type Pipeline = InstanceType<typeof Pipeline>;

export { floorObjects, floorSynth } from './floor';
export type { Shape } from './floor';

function stepTask(chart: Chart, id: string): Task {
  const task = new Task(chart, id);
  const input = task.addParam('input', { type: ParamType.STRING, default: '' });
  const src = task.addWorkspace('source');
  const out = task.addResult('out');
  task.addStep({ name: 'run', image: 'mirror.gcr.io/alpine:3.20', workingDir: src.path, script: script`echo ${input} | tee ${out.path}` });
  return task;
}

/** The SDK's app: constructs only; `app.synth()` validates (unless `validate` is false) and writes. */
export function sdkApp(n: number, shape: Shape, validate = true, outdir = '/dev/null'): App {
  const app = new App({ outdir });
  const chart = new Chart(app, 'bench');
  if (!validate) configureValidation(chart, { enabled: false });
  const steps = plan(n, shape);
  const tasks = new Map<string, Task>();
  for (const t of shape === 'distinct' ? steps : steps.slice(0, 1)) tasks.set(taskFor(shape, t.name), stepTask(chart, taskFor(shape, t.name)));
  const pipeline = new Pipeline(chart, 'big');
  const ws = pipeline.addWorkspace('shared');
  const seed = pipeline.addParam('seed', { default: 'x' });
  const added = new Map<string, ReturnType<Pipeline['addTask']>>();
  for (const t of steps) {
    const pt = pipeline.addTask(t.name, {
      task: tasks.get(taskFor(shape, t.name))!,
      params: { input: t.from ? added.get(t.from)!.result('out') : seed },
      workspaces: { source: ws },
      runAfter: t.after,
    });
    added.set(t.name, pt);
  }
  new PipelineRun(chart, 'big-run', { name: 'big-run', pipeline, workspaces: { shared: WorkspaceBinding.emptyDir() } });
  return app;
}

/** Synthesizes with the SDK: constructs, synth-time validation (unless `validate` is false), YAML. Returns the YAML. */
export function sdkSynth(n: number, shape: Shape, validate = true): string {
  const chart = sdkApp(n, shape, validate).node.findChild('bench') as Chart;
  return Yaml.stringify(...chart.toJson());
}

