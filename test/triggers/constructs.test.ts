import { ApiObject, Chart, JsonPatch, Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import {
  BitbucketInterceptor, CelInterceptor, ClusterTriggerBinding, Event, EventListener, GitHubInterceptor, GitHubPush, GitLabInterceptor,
  GitLabPush, OpaqueSecret, ParamType, Pipeline, Task, TaskRef, configureValidation, Trigger, TriggerBinding, TriggerTemplate, WorkspaceBinding, synthWarnings,
} from '../../lib';

function setup() {
  const chart = new Chart(Testing.app(), 'c');
  const task = new Task(chart, 'build');
  const url = task.addParam('url');
  const src = task.addWorkspace('src');
  task.addStep({ name: 'build', image: 'alpine', workingDir: src.path, command: ['echo', url] });
  const pipeline = new Pipeline(chart, 'ci');
  const purl = pipeline.addParam('url', { description: 'clone URL' });
  pipeline.addParam('revision', { default: 'main' });
  pipeline.addParam('flags', { type: ParamType.ARRAY, default: ['-v'] });
  const shared = pipeline.addWorkspace('shared');
  pipeline.addTask('build', { task, params: { url: purl }, workspaces: { src: shared } });
  return { chart, pipeline };
}

const byKind = (chart: Chart, kind: string) => Testing.synth(chart).filter((o: any) => o.kind === kind);

describe('TriggerTemplate', () => {
  it('fromPipeline: string params become template params passed to a PipelineRun that is not an object of the chart', () => {
    const { chart, pipeline } = setup();
    TriggerTemplate.fromPipeline(chart, 'ci-on-push', pipeline, { workspaces: { shared: WorkspaceBinding.emptyDir() } });
    expect(byKind(chart, 'PipelineRun')).toEqual([]);
    expect(byKind(chart, 'TriggerTemplate')).toEqual([{
      apiVersion: 'triggers.tekton.dev/v1beta1',
      kind: 'TriggerTemplate',
      metadata: { name: 'ci-on-push' },
      spec: {
        params: [{ name: 'url', description: 'clone URL' }, { name: 'revision', default: 'main' }],
        resourcetemplates: [{
          apiVersion: 'tekton.dev/v1',
          kind: 'PipelineRun',
          metadata: { generateName: 'ci-' },
          spec: {
            pipelineRef: { name: 'ci' },
            params: [{ name: 'url', value: '$(tt.params.url)' }, { name: 'revision', value: '$(tt.params.revision)' }],
            workspaces: [{ name: 'shared', emptyDir: {} }],
          },
        }],
      },
    }]);
  });

  it('fromPipeline: a required non-string param needs a value', () => {
    const { chart, pipeline } = setup();
    pipeline.addParam('targets', { type: ParamType.ARRAY });
    expect(() => TriggerTemplate.fromPipeline(chart, 't', pipeline)).toThrow('[c/t] param "targets" of Pipeline "ci" is an array, and template params are strings. Pass a value for it in run.params, or give it a default.');
    expect(() => TriggerTemplate.fromPipeline(chart, 't2', pipeline, { params: { targets: ['all'] }, workspaces: { shared: WorkspaceBinding.emptyDir() } })).not.toThrow();
  });

  it('template params are references usable in any string; runs take JSON patches through ApiObject.of', () => {
    const { chart, pipeline } = setup();
    const template = new TriggerTemplate(chart, 'manual');
    const sha = template.addParam('sha', { description: 'commit' });
    const run = template.addPipelineRun('run', { pipeline, params: { url: `https://git.example/${sha}.git` }, workspaces: { shared: WorkspaceBinding.emptyDir() }, labels: { commit: template.param('sha').toString() } });
    ApiObject.of(run).addJsonPatch(JsonPatch.add('/metadata/annotations', { note: 'patched' }));
    expect(ApiObject.of(template).kind).toBe('TriggerTemplate');
    expect(byKind(chart, 'TriggerTemplate')[0].spec.resourcetemplates[0].metadata).toEqual({ generateName: 'run-', labels: { commit: '$(tt.params.sha)' }, annotations: { note: 'patched' } });
    expect(byKind(chart, 'TriggerTemplate')[0].spec.resourcetemplates[0].spec.params).toEqual([{ name: 'url', value: 'https://git.example/$(tt.params.sha).git' }]);
    expect(() => template.param('nope')).toThrow('[c/manual] TriggerTemplate "manual" has no param "nope"; declared: sha. Declare it with addParam.');
    expect(() => template.addParam('sha')).toThrow('[c/manual] template param "sha" is declared twice. Give each param a unique name.');
  });

  it('takes TaskRuns and plain objects as resource templates', () => {
    const { chart } = setup();
    const template = new TriggerTemplate(chart, 'notify', { params: { message: { default: 'pushed' } } });
    template.addTaskRun('say', { taskRef: TaskRef.named('build'), params: { url: template.param('message') }, workspaces: { src: WorkspaceBinding.emptyDir() } });
    template.addResource({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { generateName: 'last-push-' }, data: { message: '$(tt.params.message)' } });
    expect(byKind(chart, 'TriggerTemplate')[0].spec).toEqual({
      params: [{ name: 'message', default: 'pushed' }],
      resourcetemplates: [
        { apiVersion: 'tekton.dev/v1', kind: 'TaskRun', metadata: { generateName: 'say-' }, spec: { taskRef: { name: 'build' }, params: [{ name: 'url', value: '$(tt.params.message)' }], workspaces: [{ name: 'src', emptyDir: {} }] } },
        { apiVersion: 'v1', kind: 'ConfigMap', metadata: { generateName: 'last-push-' }, data: { message: '$(tt.params.message)' } },
      ],
    });
  });

  it('a template\'s PipelineRun that misses a workspace fails synth with the template\'s path', () => {
    const { chart, pipeline } = setup();
    TriggerTemplate.fromPipeline(chart, 'broken', pipeline);
    expect(() => Testing.synth(chart)).toThrow('[c/broken] TriggerTemplate "broken": spec.resourcetemplates[0].spec.workspaces: Pipeline "ci" requires workspace "shared", which is not bound. Fix: add a binding named "shared" to spec.workspaces, or mark the workspace optional');
  });
});

describe('bindings and triggers', () => {
  it('TriggerBinding and ClusterTriggerBinding render typed event paths and raw expressions', () => {
    const { chart } = setup();
    new TriggerBinding(chart, 'gh', { params: { url: GitHubPush.cloneUrl, revision: GitHubPush.commitSha, event: Event.header('X-GitHub-Event'), files: Event.extensions('changed_files') } });
    new ClusterTriggerBinding(chart, 'gl', { params: { url: GitLabPush.sshUrl, id: Event.eventId, fixed: 'text' } });
    expect(byKind(chart, 'TriggerBinding')[0].spec.params).toEqual([
      { name: 'url', value: '$(body.repository.clone_url)' },
      { name: 'revision', value: '$(body.after)' },
      { name: 'event', value: '$(header.X-GitHub-Event)' },
      { name: 'files', value: '$(extensions.changed_files)' },
    ]);
    expect(byKind(chart, 'ClusterTriggerBinding')[0]).toEqual({
      apiVersion: 'triggers.tekton.dev/v1beta1',
      kind: 'ClusterTriggerBinding',
      metadata: { name: 'gl' },
      spec: { params: [{ name: 'url', value: '$(body.project.git_ssh_url)' }, { name: 'id', value: '$(context.eventID)' }, { name: 'fixed', value: 'text' }] },
    });
  });

  it('a binding param the template lacks is a synth warning; a param two bindings give is an error at once', () => {
    const { chart, pipeline } = setup();
    const template = TriggerTemplate.fromPipeline(chart, 't', pipeline, { workspaces: { shared: WorkspaceBinding.emptyDir() } });
    const a = new TriggerBinding(chart, 'a', { params: { url: GitHubPush.cloneUrl, branch: GitHubPush.ref } });
    const b = new TriggerBinding(chart, 'b', { params: { url: GitHubPush.sshUrl } });
    const el = new EventListener(chart, 'el', { namespace: 'ci', triggers: [{ name: 'push', template, bindings: [a] }] });
    Testing.synth(chart);
    expect(synthWarnings(chart)).toEqual([
      '[c/el/Resource] warning: EventListener "el": spec.triggers[0].bindings[0]: TriggerBinding "a" provides param "branch", which TriggerTemplate "t" does not declare, so its value is dropped; the template\'s params: url, revision (got "branch"). Fix: rename the binding param to one of the template\'s params, declare "branch" in the template, or remove it from the binding',
    ]);
    expect(() => el.addTrigger({ name: 'twice', template, bindings: [a, b] })).toThrow('[c/el] trigger "twice": param "url" is provided by both binding "a" and binding "b"; Triggers rejects every event then. Provide it in one binding only.');
    expect(() => el.addTrigger({ name: 'push', template })).toThrow('[c/el] EventListener "el" already has a trigger named "push". Give each trigger a unique name.');
  });

  it('a param given inline and by a binding is an error at once, on a listener trigger and on a Trigger object', () => {
    const { chart, pipeline } = setup();
    const template = TriggerTemplate.fromPipeline(chart, 't', pipeline, { workspaces: { shared: WorkspaceBinding.emptyDir() } });
    const push = new TriggerBinding(chart, 'push', { params: { url: GitHubPush.cloneUrl, revision: GitHubPush.commitSha } });
    const el = new EventListener(chart, 'el', { namespace: 'ci' });
    expect(() => el.addTrigger({ name: 'both', template, bindings: [push], params: { revision: GitHubPush.ref } })).toThrow(
      '[c/el] trigger "both": param "revision" is given inline and by binding "push". Provide it once.',
    );
    // A chart of its own: the refused Trigger stays in its chart's tree.
    const other = setup();
    const otherTemplate = TriggerTemplate.fromPipeline(other.chart, 't', other.pipeline, { workspaces: { shared: WorkspaceBinding.emptyDir() } });
    const otherPush = new TriggerBinding(other.chart, 'push', { params: { url: GitHubPush.cloneUrl } });
    expect(() => new Trigger(other.chart, 'both', { template: otherTemplate, bindings: [otherPush], params: { url: GitHubPush.sshUrl } })).toThrow(
      '[c/both] Trigger: param "url" is given inline and by binding "push". Provide it once.',
    );
    // Either way alone is fine: the binding by reference, the inline param by value.
    el.addTrigger({ name: 'split', template, bindings: [new TriggerBinding(chart, 'url-only', { params: { url: GitHubPush.cloneUrl } })], params: { revision: GitHubPush.commitSha } });
    expect(byKind(chart, 'EventListener')[0].spec.triggers[0].bindings).toEqual([{ ref: 'url-only' }, { name: 'revision', value: '$(body.after)' }]);
  });

  it('a Trigger object, referenced from a listener', () => {
    const { chart, pipeline } = setup();
    const template = TriggerTemplate.fromPipeline(chart, 't', pipeline, { workspaces: { shared: WorkspaceBinding.emptyDir() } });
    const trigger = new Trigger(chart, 'on-push', { template, params: { url: GitHubPush.cloneUrl }, interceptors: [new CelInterceptor({ filter: "body.ref == 'refs/heads/main'" })], serviceAccount: 'runner' });
    new EventListener(chart, 'el', { serviceAccount: 'existing' }).addTriggerRef(trigger);
    expect(byKind(chart, 'Trigger')[0].spec).toEqual({
      bindings: [{ name: 'url', value: '$(body.repository.clone_url)' }],
      template: { ref: 't' },
      interceptors: [{ ref: { name: 'cel' }, params: [{ name: 'filter', value: "body.ref == 'refs/heads/main'" }] }],
      serviceAccountName: 'runner',
    });
    expect(byKind(chart, 'EventListener')[0].spec).toEqual({ serviceAccountName: 'existing', triggers: [{ name: 'on-push', triggerRef: 'on-push' }] });
    expect(byKind(chart, 'ServiceAccount')).toEqual([]);
  });
});

describe('interceptors', () => {
  it('render the core interceptors with a typed webhook secret', () => {
    const { chart } = setup();
    const hook = OpaqueSecret.fromSecretName(chart, 'hook', 'webhook', { keys: ['token'] });
    expect(new GitHubInterceptor({ secret: hook.keyRef('token'), eventTypes: ['push', 'pull_request'], addChangedFiles: true }).renderInterceptors()).toEqual([{
      ref: { name: 'github' },
      params: [
        { name: 'secretRef', value: { secretName: 'webhook', secretKey: 'token' } },
        { name: 'eventTypes', value: ['push', 'pull_request'] },
        { name: 'addChangedFiles', value: { enabled: true } },
      ],
    }]);
    expect(new GitLabInterceptor({ secret: hook.keyRef('token'), eventTypes: ['Push Hook'], name: 'gitlab-check' }).renderInterceptors()).toEqual([{
      name: 'gitlab-check',
      ref: { name: 'gitlab' },
      params: [{ name: 'secretRef', value: { secretName: 'webhook', secretKey: 'token' } }, { name: 'eventTypes', value: ['Push Hook'] }],
    }]);
    expect(new BitbucketInterceptor().renderInterceptors()).toEqual([{ ref: { name: 'bitbucket' } }]);
    expect(new CelInterceptor({ overlays: { short: 'body.after.truncate(7)' } }).renderInterceptors()).toEqual([{
      ref: { name: 'cel' },
      params: [{ name: 'overlays', value: [{ key: 'short', expression: 'body.after.truncate(7)' }] }],
    }]);
  });

  it('reject local mistakes at once', () => {
    expect(() => new CelInterceptor({ filter: "body.ref == 'main' &&" })).toThrow('CelInterceptor: the filter "body.ref == \'main\' &&" is not valid CEL: Unexpected token: EOF. Correct the expression.');
    expect(() => new CelInterceptor({})).toThrow('CelInterceptor: give a filter, overlays, or both.');
    expect(() => new GitHubInterceptor({ eventTypes: [] })).toThrow('GitHubInterceptor: eventTypes is empty, so no event would pass. List the event types to accept, or leave eventTypes out to accept all.');
  });
});

describe('EventListener', () => {
  it('gets its own service account, the Triggers RBAC bindings and an Ingress to el-<name>:8080', () => {
    const chart = new Chart(Testing.app(), 'c', { namespace: 'ci' });
    configureValidation(chart, { externalRefs: ['existing-template'] });
    const el = new EventListener(chart, 'hooks', { triggers: [{ name: 'push', template: 'existing-template' }], ingress: { host: 'hooks.example.com', ingressClassName: 'nginx', tlsSecretName: 'hooks-tls' } });
    expect(ApiObject.of(el).kind).toBe('EventListener');
    expect(Testing.synth(chart)).toEqual([
      { apiVersion: 'triggers.tekton.dev/v1beta1', kind: 'EventListener', metadata: { name: 'hooks', namespace: 'ci' }, spec: { serviceAccountName: 'el-hooks', triggers: [{ name: 'push', template: { ref: 'existing-template' } }] } },
      { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'el-hooks', namespace: 'ci' } },
      {
        apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: { name: 'el-hooks', namespace: 'ci' },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'tekton-triggers-eventlistener-roles' },
        subjects: [{ kind: 'ServiceAccount', name: 'el-hooks', namespace: 'ci' }],
      },
      {
        apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding', metadata: { name: 'el-hooks-ci' },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'tekton-triggers-eventlistener-clusterroles' },
        subjects: [{ kind: 'ServiceAccount', name: 'el-hooks', namespace: 'ci' }],
      },
      {
        apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'el-hooks', namespace: 'ci' },
        spec: {
          ingressClassName: 'nginx',
          tls: [{ hosts: ['hooks.example.com'], secretName: 'hooks-tls' }],
          rules: [{ host: 'hooks.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'el-hooks', port: { number: 8080 } } } }] } }],
        },
      },
    ]);
  });

  it('rejects a name longer than 60 characters', () => {
    const chart = new Chart(Testing.app(), 'c');
    expect(() => new EventListener(chart, 'l', { name: 'a'.repeat(61) })).toThrow(`[c/l] EventListener name "${'a'.repeat(61)}" has 61 characters; at most 60 are allowed (Triggers names its Service "el-<name>"). Set a shorter name prop.`);
  });
});
