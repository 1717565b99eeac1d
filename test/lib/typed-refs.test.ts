// The reference props take ITask, IPipeline and IStepAction, told apart by their `kind`, and the
// catalog tasks carry their param, workspace and result names in their type. tsc checks this file
// (`npm test` runs `tsc --noEmit` first): each `@ts-expect-error` line must fail to compile, or tsc
// reports the directive as unused. The functions holding them are never called; the `it` blocks
// run the accepted forms and check what they synthesize.
import { Chart, Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import {
  configureValidation, EventListener, GitCloneTask, KanikoTask, Pipeline, PipelineRef, PipelineRun, StepAction, StepActionRef, Task, TaskRef, TaskRun,
} from '../../lib';

function chart(): Chart {
  const app = Testing.app();
  configureValidation(app, { enabled: false });
  return new Chart(app, 'test');
}

export function wrongConstructsDoNotCompile(c: Chart): void {
  const task = new Task(c, 'task');
  const pipeline = new Pipeline(c, 'pipeline');
  const other = new Pipeline(c, 'other');
  const listener = new EventListener(c, 'listener');
  const action = new StepAction(c, 'action', { image: 'alpine' });
  // @ts-expect-error a Pipeline is not a Task
  pipeline.addTask('a', { task: other });
  // @ts-expect-error an EventListener is not a Task
  pipeline.addTask('b', { task: listener });
  // @ts-expect-error a StepAction is not a Task
  pipeline.addFinally('c', { task: action });
  // @ts-expect-error a Task is not a Pipeline
  pipeline.addTask('d', { pipeline: task });
  // @ts-expect-error a Task is not a Pipeline
  new PipelineRun(c, 'run', { pipeline: task });
  // @ts-expect-error a Pipeline is not a Task
  new TaskRun(c, 'task-run', { task: pipeline });
  // @ts-expect-error a Task is not a StepAction
  task.addStep({ ref: task });
  // @ts-expect-error a Pipeline is not a Task
  TaskRef.fromTask(pipeline);
  // @ts-expect-error a Task is not a Pipeline
  PipelineRef.fromPipeline(task);
  // @ts-expect-error a Pipeline is not a StepAction
  StepActionRef.fromStepAction(pipeline);
}

export function catalogNamesAreChecked(c: Chart): void {
  const kaniko = new KanikoTask(c, 'kaniko');
  const clone = new GitCloneTask(c, 'clone');
  const p = new Pipeline(c, 'p');
  // @ts-expect-error KanikoTask's param is DOCKERFILE
  p.addTask('build', { task: kaniko, params: { IMAGE: 'x', DOCKER_FILE: 'Dockerfile' } });
  // @ts-expect-error GitCloneTask's workspace is ssh-directory
  p.addTask('fetch', { task: clone, workspaces: { output: 'shared', 'ssh-dir': 'ssh' } });
  // @ts-expect-error KanikoTask has no result DIGEST
  p.addTask('push', { task: kaniko }).result('DIGEST');
  // @ts-expect-error KanikoTask has no param DOCKER_FILE
  kaniko.param('DOCKER_FILE');
  // @ts-expect-error GitCloneTask has no workspace source
  clone.workspace('source');
  // @ts-expect-error GitCloneTask has no result sha
  clone.result('sha');
}

describe('typed references', () => {
  it('a catalog task takes its own names, a Task of the app takes any, and refs take any', () => {
    const c = chart();
    const kaniko = new KanikoTask(c, 'kaniko');
    const clone = new GitCloneTask(c, 'git-clone');
    const mine = new Task(c, 'mine');
    const p = new Pipeline(c, 'ci');
    const shared = p.addWorkspace('shared');
    const fetch = p.addTask('fetch', { task: clone, params: { url: 'https://example.com/r.git' }, workspaces: { output: shared } });
    const build = p.addTask('build', { task: kaniko, params: { IMAGE: 'ghcr.io/acme/app', DOCKERFILE: 'Dockerfile' }, workspaces: { source: shared } });
    p.addTask('mine', { task: mine, params: { anything: build.result('IMAGE_DIGEST'), commit: fetch.result('commit') } });
    p.addTask('hub', { taskRef: TaskRef.hub('kaniko', '0.7'), params: { ANY_NAME: 'x' } });
    expect(Testing.synth(c).find((d) => d.kind === 'Pipeline').spec.tasks).toEqual([
      { name: 'fetch', taskRef: { name: 'git-clone' }, params: [{ name: 'url', value: 'https://example.com/r.git' }], workspaces: [{ name: 'output', workspace: 'shared' }] },
      {
        name: 'build',
        taskRef: { name: 'kaniko' },
        params: [{ name: 'IMAGE', value: 'ghcr.io/acme/app' }, { name: 'DOCKERFILE', value: 'Dockerfile' }],
        workspaces: [{ name: 'source', workspace: 'shared' }],
      },
      {
        name: 'mine',
        taskRef: { name: 'mine' },
        params: [{ name: 'anything', value: '$(tasks.build.results.IMAGE_DIGEST)' }, { name: 'commit', value: '$(tasks.fetch.results.commit)' }],
      },
      {
        name: 'hub',
        taskRef: { resolver: 'hub', params: [{ name: 'kind', value: 'task' }, { name: 'name', value: 'kaniko' }, { name: 'version', value: '0.7' }] },
        params: [{ name: 'ANY_NAME', value: 'x' }],
      },
    ]);
  });

  it('each construct carries its kind', () => {
    const c = chart();
    expect([new Task(c, 't').kind, new KanikoTask(c, 'k').kind, new Pipeline(c, 'p').kind, new StepAction(c, 's', { image: 'alpine' }).kind])
      .toEqual(['Task', 'Task', 'Pipeline', 'StepAction']);
  });
});
