import { ApiObject, App, Chart, IResolver, JsonPatch, Lazy, ResolutionContext, Testing, Yaml } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { ParamType, Pipeline, PipelineRun, script, Task, TaskRun, WorkspaceBinding } from '../../lib';

/** Leaves every value as it is, but makes the app's resolvers differ from cdk8s's built-in ones. */
class NoopResolver implements IResolver {
  public resolve(): void {}
}

/** Replaces the string "alpine" wherever it occurs. */
class ImageResolver implements IResolver {
  public resolve(context: ResolutionContext): void {
    if (context.value === 'alpine') context.replaceValue('mirror.gcr.io/alpine');
  }
}

function build(app: App): Chart {
  const chart = new Chart(app, 'ci', { namespace: 'builds', labels: { team: 'shop' } });
  const task = new Task(chart, 'test', { description: 'runs tests', labels: { tier: 'ci' }, annotations: { 'a/b': 'c' } });
  const target = task.addParam('target', { type: ParamType.STRING, default: 'all' });
  const src = task.addWorkspace('source', { readOnly: true });
  const report = task.addResult('report');
  task.addStep({ name: 'test', image: 'alpine', workingDir: src.path, env: { Z: '1', A: '2' }, computeResources: { limits: { cpu: '1' } }, script: script`make ${target} > ${report.path}` });
  const pipeline = new Pipeline(chart, 'ci');
  const shared = pipeline.addWorkspace('shared');
  const first = pipeline.addTask('first', { task, params: { target: 'unit' }, workspaces: { source: shared } });
  pipeline.addTask('second', { task, params: { target: first.result('report') }, workspaces: { source: shared }, timeout: '5m' });
  new PipelineRun(chart, 'ci-run', { pipeline, workspaces: { shared: WorkspaceBinding.volumeClaimTemplate({ storage: '1Gi' }) } });
  new TaskRun(chart, 'test-run', { task, generateName: 'test-run-', workspaces: { source: WorkspaceBinding.emptyDir() } });
  return chart;
}

describe('rendering of Tekton objects', () => {
  it('is byte-identical to what cdk8s renders itself', () => {
    const fast = Yaml.stringify(...build(Testing.app()).toJson());
    const cdk8s = Yaml.stringify(...build(new App({ resolvers: [new NoopResolver()] })).toJson());
    expect(fast).toBe(cdk8s);
    expect(fast).toContain('namespace: builds');
    expect(fast).toContain('generateName: test-run-');
  });

  it('renders metadata as cdk8s does: empty fields dropped, keys sorted, a Lazy value resolved', () => {
    const metadata = (app: App) => {
      const chart = build(app);
      const meta = ApiObject.of(chart.node.findChild('test')).metadata;
      meta.addLabel('z-last', 'z');
      meta.addAnnotation('b/empty', '');
      meta.add('uid', 'abc');
      meta.add('emptyMap', {});
      meta.add('emptyList', []);
      meta.add('nested', { z: [1, {}, 'x'], a: { b: null, c: 'd' } });
      return { plain: chart.toJson()[0].metadata, app, chart };
    };
    const fast = metadata(Testing.app()).plain;
    const cdk8s = metadata(new App({ resolvers: [new NoopResolver()] })).plain;
    expect(fast).toEqual(cdk8s);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(cdk8s));
    expect(fast).toEqual({
      annotations: { 'a/b': 'c', 'b/empty': '' },
      labels: { team: 'shop', tier: 'ci', 'z-last': 'z' },
      name: 'test',
      namespace: 'builds',
      nested: { a: { c: 'd' }, z: [1, undefined, 'x'] },
      uid: 'abc',
    });
    // A Lazy is not plain JSON: the metadata goes through cdk8s's resolve.
    const chart = build(Testing.app());
    ApiObject.of(chart.node.findChild('test')).metadata.add('generation', Lazy.any({ produce: () => 7 }));
    expect(chart.toJson()[0].metadata.generation).toBe(7);
  });

  it('goes through the resolvers an app adds', () => {
    const [task] = build(new App({ resolvers: [new ImageResolver()] })).toJson();
    expect(task.spec.steps[0].image).toBe('mirror.gcr.io/alpine');
  });

  it('applies JSON patches', () => {
    const chart = build(Testing.app());
    ApiObject.of(chart.node.findChild('test')).addJsonPatch(JsonPatch.add('/spec/steps/0/imagePullPolicy', 'Always'));
    expect(Testing.synth(chart)[0].spec.steps[0].imagePullPolicy).toBe('Always');
  });

  it('shows a change made after a synth, in the same tick and in a later one', async () => {
    const chart = build(Testing.app());
    Testing.synth(chart);
    const task = chart.node.findChild('test') as Task;
    task.addStep({ name: 'lint', image: 'alpine', script: 'make lint' });
    expect(ApiObject.of(task).toJson().spec.steps.map((s: { name: string }) => s.name)).toEqual(['test', 'lint']);
    await Promise.resolve();
    task.addStep({ name: 'docs', image: 'alpine', script: 'make docs' });
    expect(ApiObject.of(task).toJson().spec.steps.map((s: { name: string }) => s.name)).toEqual(['test', 'lint', 'docs']);
  });

  it('shows a change made to another chart after one chart is synthesized', () => {
    const app = Testing.app();
    const first = build(app);
    const other = new Chart(app, 'other');
    const task = new Task(other, 'lint');
    task.addStep({ name: 'lint', image: 'alpine', script: 'make lint' });
    Testing.synth(first);
    task.addStep({ name: 'docs', image: 'alpine', script: 'make docs' });
    expect(ApiObject.of(task).toJson().spec.steps.map((s: { name: string }) => s.name)).toEqual(['lint', 'docs']);
    expect(Testing.synth(other)[0].spec.steps.map((s: { name: string }) => s.name)).toEqual(['lint', 'docs']);
  });

  it('is validated again when the app changed since the last synth', () => {
    const app = Testing.app();
    const chart = build(app);
    app.synth();
    (chart.node.findChild('test') as Task).addParam('required');
    expect(() => app.synth()).toThrow('[ci/ci] Pipeline "ci": spec.tasks[0].params: Task "test" requires param "required" (string, no default), which is not given.');
  });
});
