import { Chart, Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { configureValidation, Pipeline, StepAction, StepActionRef, Task, TaskDefinition, TaskRef, when, WorkspaceBinding } from '../../lib';

function chart(): Chart {
  const app = Testing.app();
  configureValidation(app, { enabled: false });
  return new Chart(app, 'test');
}

describe('pipeline task dependencies', () => {
  it('come from runAfter and from the results and status a task uses', () => {
    const p = new Pipeline(chart(), 'p');
    const a = p.addTask('a', { taskRef: TaskRef.named('t') });
    const b = p.addTask('b', { taskRef: TaskRef.named('t') });
    const c = p.addTask('c', { taskRef: TaskRef.named('t'), params: { x: a.result('out') }, when: [when(b.result('ok')).in('true')] });
    const d = p.addTask('d', { taskRef: TaskRef.named('t'), matrix: { params: { y: [c.result('v').at(0)] } } }).runAfter(b);
    expect(c.dependencies).toEqual(['a', 'b']);
    expect(d.dependencies).toEqual(['b', 'c']);
    expect(a.dependencies).toEqual([]);
  });
});

describe('steps, sidecars, step templates and volumes', () => {
  it('render every container field the Task needs', () => {
    const c = chart();
    const t = new Task(c, 't', {
      stepTemplate: { env: { LOG: 'debug' }, securityContext: { runAsNonRoot: true } },
      volumes: [{ name: 'cache', emptyDir: {} }],
    });
    t.addSidecar({ name: 'docker', image: 'docker:dind', securityContext: { privileged: true } });
    t.addStep({
      name: 'build', image: 'golang', command: ['go'], args: ['build'], onError: 'continue', timeout: '5m',
      computeResources: { requests: { cpu: '1' } }, volumeMounts: [{ name: 'cache', mountPath: '/cache' }],
      stdoutConfig: { path: '/tmp/out' },
    });
    expect(Testing.synth(c)[0].spec).toEqual({
      stepTemplate: { env: [{ name: 'LOG', value: 'debug' }], securityContext: { runAsNonRoot: true } },
      volumes: [{ name: 'cache', emptyDir: {} }],
      sidecars: [{ name: 'docker', image: 'docker:dind', securityContext: { privileged: true } }],
      steps: [{
        name: 'build', image: 'golang', command: ['go'], args: ['build'], onError: 'continue', timeout: '5m',
        computeResources: { requests: { cpu: '1' } }, volumeMounts: [{ name: 'cache', mountPath: '/cache' }],
        stdoutConfig: { path: '/tmp/out' },
      }],
    });
  });

  it('refuses the reserved sidecar name', () => {
    expect(() => new Task(chart(), 's').addSidecar({ name: 'tekton-log-results', image: 'x' })).toThrow('Task "s": sidecar "tekton-log-results": the name is reserved by Tekton for its results sidecar. Choose another name.');
  });
});

describe('StepAction', () => {
  it('is referenced from a step with params', () => {
    const c = chart();
    const action = new StepAction(c, 'git-clone-action', { image: 'alpine/git', env: { URL: '$(params.url)' }, script: 'git clone "$URL"' });
    action.addParam('url');
    const t = new Task(c, 'uses-action');
    t.addStep({ name: 'clone', ref: action, params: { url: 'https://x/y.git' } });
    t.addStep({ name: 'remote', ref: StepActionRef.git({ url: 'https://g/r.git', pathInRepo: 'a.yaml' }) });
    const [actionDoc, taskDoc] = Testing.synth(c);
    expect(actionDoc).toEqual({
      apiVersion: 'tekton.dev/v1beta1', kind: 'StepAction', metadata: { name: 'git-clone-action' },
      spec: { image: 'alpine/git', env: [{ name: 'URL', value: '$(params.url)' }], script: 'git clone "$URL"', params: [{ name: 'url', type: 'string' }] },
    });
    expect(taskDoc.spec.steps).toEqual([
      { name: 'clone', ref: { name: 'git-clone-action' }, params: [{ name: 'url', value: 'https://x/y.git' }] },
      { name: 'remote', ref: { resolver: 'git', params: [{ name: 'url', value: 'https://g/r.git' }, { name: 'pathInRepo', value: 'a.yaml' }] } },
    ]);
  });

  it('refuses param references in its script', () => {
    expect(() => new StepAction(chart(), 'bad', { image: 'x', script: 'echo $(params.x)' })).toThrow('StepAction "bad": a StepAction script may not reference params. Use the script tag (script`...${param}...`), which passes them as env vars.');
  });

  it('refuses a ref step that also sets an image', () => {
    const c = chart();
    const action = new StepAction(c, 'a', { image: 'x', script: 'true' });
    expect(() => new Task(c, 't').addStep({ name: 's', ref: action, image: 'y' })).toThrow('Task "t": step "s": a step with ref takes image from its StepAction; remove image or drop ref.');
  });
});

describe('inline specs and workspace bindings', () => {
  it('embed a TaskDefinition as taskSpec and render every binding kind', () => {
    const c = chart();
    const inline = new TaskDefinition();
    inline.addStep({ image: 'alpine', script: 'true' });
    const p = new Pipeline(c, 'p');
    p.addTask('inline', { taskSpec: inline, when: [when.cel("'$(params.branch)' == 'main'")] });
    expect(Testing.synth(c)[0].spec.tasks[0]).toEqual({ name: 'inline', taskSpec: { steps: [{ name: 'step-1', image: 'alpine', script: 'true' }] }, when: [{ cel: "'$(params.branch)' == 'main'" }] });
    expect([
      WorkspaceBinding.emptyDir({ medium: 'Memory' }).toSpec('a'),
      WorkspaceBinding.secret('creds').toSpec('b'),
      WorkspaceBinding.configMap('cfg').toSpec('c'),
      WorkspaceBinding.projected([{ secret: { name: 's' } }, { configMap: { name: 'm' } }]).toSpec('d'),
      WorkspaceBinding.csi({ driver: 'secrets-store.csi.k8s.io', readOnly: true, volumeAttributes: { secretProviderClass: 'vault' } }).toSpec('e'),
    ]).toEqual([
      { name: 'a', emptyDir: { medium: 'Memory' } },
      { name: 'b', secret: { secretName: 'creds' } },
      { name: 'c', configMap: { name: 'cfg' } },
      { name: 'd', projected: { sources: [{ secret: { name: 's' } }, { configMap: { name: 'm' } }] } },
      { name: 'e', csi: { driver: 'secrets-store.csi.k8s.io', readOnly: true, volumeAttributes: { secretProviderClass: 'vault' } } },
    ]);
  });
});
