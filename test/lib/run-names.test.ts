// Runs and the CI recipe (README, "CI recipe"): CI applies the definitions with `kubectl apply` on
// every build and creates the runs with `kubectl create`. A run named after its construct id can
// be started only once that way, so synth warns about it; generateName or an explicit name do not.
import { App, Chart, Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { Pipeline, PipelineRun, synthWarnings, Task, TaskRun } from '../../lib';

function app() {
  const a = Testing.app();
  const ci = new Chart(a, 'ci');
  const task = new Task(ci, 'test');
  task.addStep({ name: 'test', image: 'node:22', script: 'npm test' });
  const pipeline = new Pipeline(ci, 'ci');
  pipeline.addTask('test', { task });
  return { a, ci, task, pipeline, runs: new Chart(a, 'ci-runs') };
}

const warning = (kind: string, name: string, path: string) => `[${path}] warning: ${kind} "${name}": metadata.name: a run with a fixed name can be started only once by CI: on the next build \`kubectl apply -f dist/\` finds it (an unchanged run is not run again, and Tekton refuses a changed spec once a run has started) and \`kubectl create\` fails with AlreadyExists (got "${name}", the construct id). Fix: set generateName: '${name}-' and put the run in a chart of its own that CI creates with \`kubectl create -f\` while it applies the other charts with \`kubectl apply -f\` (README, "CI recipe"); or set name: '${name}' for a run you create once by hand`;

function manifests(a: App) {
  return a.charts.map((c) => c.toJson().map((m) => `${m.kind} ${m.metadata.name ?? `generateName=${m.metadata.generateName}`}`));
}

describe('run names and the CI recipe', () => {
  it('a run named after its construct id, in the chart CI applies: a synth warning with the recipe', () => {
    const { a, ci, task, pipeline } = app();
    new PipelineRun(ci, 'ci-run', { pipeline });
    new TaskRun(ci, 'test-run', { task });
    expect(synthWarnings(a)).toEqual([warning('PipelineRun', 'ci-run', 'ci/ci-run'), warning('TaskRun', 'test-run', 'ci/test-run')]);
  });

  it('the fix applied: generateName, in a chart of its own; the definitions chart holds no run', () => {
    const { a, pipeline, runs } = app();
    new PipelineRun(runs, 'ci-run', { pipeline, generateName: 'ci-run-' });
    expect(synthWarnings(a)).toEqual([]);
    expect(manifests(a)).toEqual([['Task test', 'Pipeline ci'], ['PipelineRun generateName=ci-run-']]);
  });

  it('an explicit name is taken as meant: no warning', () => {
    const { a, ci, pipeline } = app();
    new PipelineRun(ci, 'ci-run', { pipeline, name: 'ci-run' });
    expect(synthWarnings(a)).toEqual([]);
    expect(manifests(a)).toEqual([['Task test', 'Pipeline ci', 'PipelineRun ci-run'], []]);
  });
});
