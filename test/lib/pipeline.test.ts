import { Chart, Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { configureValidation, ParamType, Pipeline, PipelineRun, PipelineRef, Task, TaskRef, TaskDefinition, when, WorkspaceBinding } from '../../lib';

function chart(): Chart {
  const app = Testing.app();
  configureValidation(app, { enabled: false });
  return new Chart(app, 'test');
}

describe('Pipeline', () => {
  it('wires params, workspaces, result references, when, matrix, finally and results', () => {
    const c = chart();
    const build = new Task(c, 'build', { steps: [{ image: 'alpine', script: 'true' }] });
    const p = new Pipeline(c, 'ci');
    const shared = p.addWorkspace('shared');
    const url = p.addParam('repo-url');
    const oses = p.addParam('oses', { type: ParamType.ARRAY, default: ['linux', 'darwin'] });
    const clone = p.addTask('clone', { taskRef: TaskRef.hub('git-clone', '0.9'), params: { url }, workspaces: { output: shared } });
    const compile = p.addTask('compile', {
      task: build,
      params: { commit: clone.result('commit') },
      matrix: { params: { os: oses.all }, include: [{ name: 'arm', params: { os: 'linux', arch: 'arm64' } }] },
      workspaces: { source: shared.subPath('src') },
      when: [when(url).notIn('')],
      retries: 1,
      timeout: '15m',
    });
    p.addTask('report', { task: build }).runAfter(compile);
    p.addFinally('notify', { taskRef: TaskRef.named('notify'), params: { status: compile.status } });
    p.addResult('commit', clone.result('commit'));
    expect(Testing.synth(c)[1].spec).toEqual({
      params: [{ name: 'repo-url', type: 'string' }, { name: 'oses', type: 'array', default: ['linux', 'darwin'] }],
      workspaces: [{ name: 'shared' }],
      results: [{ name: 'commit', value: '$(tasks.clone.results.commit)' }],
      tasks: [
        {
          name: 'clone',
          taskRef: { resolver: 'hub', params: [{ name: 'kind', value: 'task' }, { name: 'name', value: 'git-clone' }, { name: 'version', value: '0.9' }] },
          params: [{ name: 'url', value: '$(params.repo-url)' }],
          workspaces: [{ name: 'output', workspace: 'shared' }],
        },
        {
          name: 'compile',
          taskRef: { name: 'build' },
          params: [{ name: 'commit', value: '$(tasks.clone.results.commit)' }],
          matrix: {
            params: [{ name: 'os', value: '$(params.oses[*])' }],
            include: [{ name: 'arm', params: [{ name: 'os', value: 'linux' }, { name: 'arch', value: 'arm64' }] }],
          },
          workspaces: [{ name: 'source', workspace: 'shared', subPath: 'src' }],
          when: [{ input: '$(params.repo-url)', operator: 'notin', values: [''] }],
          retries: 1,
          timeout: '15m',
        },
        { name: 'report', taskRef: { name: 'build' }, runAfter: ['compile'] },
      ],
      finally: [{ name: 'notify', taskRef: { name: 'notify' }, params: [{ name: 'status', value: '$(tasks.compile.status)' }] }],
    });
  });

  it('takes the order from the runAfter prop as from the runAfter() method, and from both at once without duplicates', () => {
    const c = chart();
    const p = new Pipeline(c, 'ci');
    const lint = p.addTask('lint', { taskRef: TaskRef.named('lint') });
    const unit = p.addTask('unit', { taskRef: TaskRef.named('unit') });
    p.addTask('by-prop', { taskRef: TaskRef.named('x'), runAfter: [lint, 'unit'] });
    p.addTask('by-method', { taskRef: TaskRef.named('x') }).runAfter(lint, 'unit');
    p.addTask('by-both', { taskRef: TaskRef.named('x'), runAfter: [lint] }).runAfter(lint, unit);
    expect(Testing.synth(c)[0].spec.tasks.map((t: { name: string; runAfter?: string[] }) => [t.name, t.runAfter])).toEqual([
      ['lint', undefined],
      ['unit', undefined],
      ['by-prop', ['lint', 'unit']],
      ['by-method', ['lint', 'unit']],
      ['by-both', ['lint', 'unit']],
    ]);
  });

  it('refuses to wait for a finally task, through the runAfter prop as through the method', () => {
    const p = new Pipeline(chart(), 'p');
    const notify = p.addFinally('notify', { taskRef: TaskRef.named('notify') });
    const message = 'task "late": cannot run after finally task "notify". Only regular tasks can be waited for.';
    expect(() => p.addTask('late', { taskRef: TaskRef.named('x'), runAfter: [notify] })).toThrow(message);
    expect(() => p.addTask('late', { taskRef: TaskRef.named('x') }).runAfter(notify)).toThrow(message);
  });

  it('rejects a task name used twice across tasks and finally', () => {
    const p = new Pipeline(chart(), 'p');
    p.addTask('a', { taskRef: TaskRef.named('x') });
    expect(() => p.addFinally('a', { taskRef: TaskRef.named('x') })).toThrow('Pipeline "p": task "a" is declared twice (task names are unique across tasks and finally). Rename one of them.');
  });

  it('rejects a pipeline task with two sources or none', () => {
    const p = new Pipeline(chart(), 'p');
    expect(() => p.addTask('a', { taskRef: TaskRef.named('x'), taskSpec: new TaskDefinition() })).toThrow('Pipeline "p": task "a": set exactly one of task, taskRef, taskSpec, pipeline, pipelineRef, pipelineSpec (got taskRef, taskSpec).');
    expect(() => p.addTask('b', {})).toThrow('Pipeline "p": task "b": set exactly one of task, taskRef, taskSpec, pipeline, pipelineRef, pipelineSpec (got none).');
  });

  it('rejects onError continue with retries, and runAfter on finally tasks', () => {
    const p = new Pipeline(chart(), 'p');
    expect(() => p.addTask('a', { taskRef: TaskRef.named('x'), onError: 'continue', retries: 2 })).toThrow('Pipeline "p": task "a": onError "continue" cannot be combined with retries (2). Drop the retries or let the task fail the pipeline.');
    expect(() => p.addFinally('f', { taskRef: TaskRef.named('x'), runAfter: ['a'] })).toThrow('Pipeline "p": finally task "f": finally tasks cannot use runAfter; they all run after the tasks. Remove runAfter.');
  });
});

describe('refs', () => {
  it('renders every resolver with its params', () => {
    expect(TaskRef.git({ url: 'https://g/r.git', revision: 'main', pathInRepo: 't.yaml' }).toSpec()).toEqual({
      resolver: 'git', params: [{ name: 'url', value: 'https://g/r.git' }, { name: 'revision', value: 'main' }, { name: 'pathInRepo', value: 't.yaml' }],
    });
    expect(TaskRef.bundle({ bundle: 'ghcr.io/x/y:1', name: 'build' }).toSpec()).toEqual({
      resolver: 'bundles', params: [{ name: 'bundle', value: 'ghcr.io/x/y:1' }, { name: 'name', value: 'build' }, { name: 'kind', value: 'task' }],
    });
    expect(PipelineRef.cluster('release', 'ci').toSpec()).toEqual({
      resolver: 'cluster', params: [{ name: 'kind', value: 'pipeline' }, { name: 'name', value: 'release' }, { name: 'namespace', value: 'ci' }],
    });
    expect(TaskRef.http('https://x/t.yaml', { httpUsername: 'bot', httpPasswordSecret: 'token' }).toSpec()).toEqual({
      resolver: 'http', params: [{ name: 'url', value: 'https://x/t.yaml' }, { name: 'http-username', value: 'bot' }, { name: 'http-password-secret', value: 'token' }],
    });
    expect(() => TaskRef.git({ pathInRepo: 'x' })).toThrow('git resolver: give either url (anonymous clone) or repo and org (SCM API), not both and not neither.');
  });
});

describe('PipelineRun', () => {
  it('renders the service account as taskRunTemplate and timeouts as Go durations', () => {
    const c = chart();
    const p = new Pipeline(c, 'ci');
    p.addWorkspace('shared');
    new PipelineRun(c, 'ci-run', {
      pipeline: p,
      params: { 'repo-url': 'git@github.com:acme/shop.git' },
      workspaces: { shared: WorkspaceBinding.volumeClaimTemplate({ storage: '1Gi' }) },
      serviceAccount: { name: 'ci-bot' },
      timeouts: { pipeline: '1h', tasks: '50m' },
    });
    expect(Testing.synth(c)[1].spec).toEqual({
      pipelineRef: { name: 'ci' },
      params: [{ name: 'repo-url', value: 'git@github.com:acme/shop.git' }],
      workspaces: [{ name: 'shared', volumeClaimTemplate: { spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } } }],
      taskRunTemplate: { serviceAccountName: 'ci-bot' },
      timeouts: { pipeline: '1h', tasks: '50m' },
    });
  });
});
