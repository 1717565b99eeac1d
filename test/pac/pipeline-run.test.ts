// PacPipelineRun: the annotations it writes, the pipeline it embeds, and its mistakes caught at once.
import { ApiObject, App, Chart, Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { GitCloneTask, PacPath, PacPipelineRun, PacVariables, Pipeline, script, Task, WorkspaceBinding } from '../../lib';

function setup() {
  const chart = Testing.chart();
  const library = new Chart(new App(), 'library');
  const task = new Task(library, 'echo');
  const sha = task.addParam('sha');
  task.addStep({ name: 'echo', image: 'mirror.gcr.io/alpine:3.20', script: script`#!/bin/sh
echo ${sha}` });
  const pipeline = new Pipeline(library, 'p');
  const revision = pipeline.addParam('revision');
  pipeline.addTask('echo', { task, params: { sha: revision } });
  return { chart, pipeline, library };
}

describe('PacPipelineRun', () => {
  it('writes the triggers as PaC annotations and embeds the pipeline with its Task inlined', () => {
    const { chart, pipeline } = setup();
    const run = new PacPipelineRun(chart, 'pr', {
      pipeline,
      on: { events: ['pull_request'], targetBranches: ['main', 'release-*'], pathsChanged: [PacPath.folder('services/loyalty'), 'go.{mod,sum}'], pathsIgnored: [PacPath.file('services/loyalty/README.md')], labels: ['ok-to-test'] },
      maxKeepRuns: 3,
      params: { revision: PacVariables.revision },
    });
    const [manifest] = Testing.synth(chart);
    expect(ApiObject.of(run)).toBe(ApiObject.of(run));
    expect(manifest.metadata.annotations).toEqual({
      'pipelinesascode.tekton.dev/on-event': '[pull_request]',
      'pipelinesascode.tekton.dev/on-target-branch': '[main, release-*]',
      'pipelinesascode.tekton.dev/on-path-change': '[services/loyalty/**, go.{mod&#44;sum}]',
      'pipelinesascode.tekton.dev/on-path-change-ignore': '[services/loyalty/README.md]',
      'pipelinesascode.tekton.dev/on-label': '[ok-to-test]',
      'pipelinesascode.tekton.dev/max-keep-runs': '3',
    });
    expect(manifest.spec.params).toEqual([{ name: 'revision', value: '{{ revision }}' }]);
    expect(manifest.spec.pipelineSpec.tasks[0]).toEqual({
      name: 'echo',
      params: [{ name: 'sha', value: '$(params.revision)' }],
      taskSpec: {
        params: [{ name: 'sha', type: 'string' }],
        steps: [{ name: 'echo', image: 'mirror.gcr.io/alpine:3.20', env: [{ name: 'PARAMS_SHA', value: '$(params.sha)' }], script: '#!/bin/sh\necho "${PARAMS_SHA}"' }],
      },
    });
  });

  it('writes a CEL trigger alone, and PaC variables into script env vars', () => {
    const { chart, pipeline } = setup();
    new PacPipelineRun(chart, 'pr', { pipeline, on: { celExpression: 'event == "push" && "docs/**".pathChanged()' }, cancelInProgress: true, params: { revision: PacVariables.revision } });
    const [manifest] = Testing.synth(chart);
    expect(manifest.metadata.annotations).toEqual({ 'pipelinesascode.tekton.dev/on-cel-expression': 'event == "push" && "docs/**".pathChanged()', 'pipelinesascode.tekton.dev/cancel-in-progress': 'true' });
    expect(String(script`echo ${PacVariables.sourceBranch}`)).toBe('echo "${PAC_SOURCE_BRANCH}"');
  });

  it('marks {{ git_auth_secret }} as a basic-auth credential for the repository host', () => {
    const { chart, pipeline, library } = setup();
    const clone = new GitCloneTask(library, 'git-clone');
    pipeline.addWorkspace('auth');
    pipeline.addTask('clone', { task: clone, params: { url: PacVariables.repoUrl }, workspaces: { 'basic-auth': pipeline.workspace('auth'), output: pipeline.addWorkspace('src') } });
    new PacPipelineRun(chart, 'pr', { pipeline, on: { events: ['push'], targetBranches: ['main'] }, params: { revision: PacVariables.revision }, workspaces: { auth: WorkspaceBinding.secret(PacVariables.gitAuthSecret), src: WorkspaceBinding.emptyDir() } });
    const [manifest] = Testing.synth(chart);
    expect(JSON.parse(manifest.metadata.annotations['cdk8s-tekton.io/secrets'])).toEqual([{ name: '{{ git_auth_secret }}', type: 'kubernetes.io/basic-auth', keys: ['.git-credentials', '.gitconfig', 'git-provider-token'], hosts: ['{{ repo_url }}'] }]);
    expect(manifest.spec.workspaces[0]).toEqual({ name: 'auth', secret: { secretName: '{{ git_auth_secret }}' } });
  });

  const mistakes: Array<[string, Record<string, unknown>, string]> = [
    ['only events', { on: { events: ['push'] } }, 'PaC starts a run only when both on-event and on-target-branch match (or a CEL expression, or a comment); set both events and targetBranches, such as events: [\'push\'], targetBranches: [\'main\']'],
    ['CEL with the annotations it overrides', { on: { celExpression: 'true', events: ['push'], pathsChanged: ['a/**'] } }, 'celExpression makes PaC ignore events, pathsChanged; write those conditions in the CEL expression (event == "push", target_branch == "main", "services/loyalty/**".pathChanged()) or drop celExpression'],
    ['an unknown event', { on: { events: ['pull-request'], targetBranches: ['main'] } }, 'event "pull-request" is not one PaC matches; use push, pull_request, incoming'],
    ['an empty list', { on: { events: ['push'], targetBranches: [] } }, 'targetBranches is empty; PaC refuses an empty pipelinesascode.tekton.dev/on-target-branch. Give at least one, or leave it out'],
    ['a glob PaC cannot compile', { on: { events: ['push'], targetBranches: ['main'], pathsChanged: ['v[0-9a-z]/**'] } }, 'PacPath.glob: "v[0-9a-z]/**" is not a glob PaC can compile: a range [0-9] must be closed right after it ("]"), not followed by "a": gobwas/glob takes one range or one list of characters per [...]. Fix the pattern (gobwas/glob syntax: *, ?, [abc], [a-z], [!a-z], {a,b}, \\ escapes)'],
    ['maxKeepRuns 0', { on: { events: ['push'], targetBranches: ['main'] }, maxKeepRuns: 0 }, 'maxKeepRuns must be a whole number of at least 1, not 0'],
  ];
  it.each(mistakes)('refuses %s at once', (_, props, message) => {
    const { chart, pipeline } = setup();
    expect(() => new PacPipelineRun(chart, 'pr', { pipeline, ...props } as never)).toThrow(message.startsWith('PacPath.glob') ? message : `[test/pr] PacPipelineRun: ${message}`);
  });
});
