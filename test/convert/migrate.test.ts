// Old manifests: each migration Tekton's own conversion makes, and each PipelineResource message,
// through the real command.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../lib/convert/migrate';

const ROOT = resolve(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'cdk8s-tekton.js');

function run(yaml: string, ...args: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'cdk8s-tekton-migrate-'));
  writeFileSync(join(dir, 'old.yaml'), yaml);
  const r = spawnSync(process.execPath, [BIN, 'convert', 'old.yaml', '-o', 'out.ts', ...args], { cwd: dir, encoding: 'utf8' });
  let code = '';
  try {
    code = readFileSync(join(dir, 'out.ts'), 'utf8');
  } catch {
    code = '';
  }
  return { status: r.status, stderr: r.stderr, code };
}

describe('migrate: tekton.dev/v1beta1 to v1, as the conversion webhook does', () => {
  it('moves a PipelineRun\'s serviceAccountName, podTemplate and timeout into taskRunTemplate and timeouts', () => {
    const { docs, notes } = migrate([{
      apiVersion: 'tekton.dev/v1beta1', kind: 'PipelineRun', metadata: { name: 'r' },
      spec: { pipelineRef: { name: 'p' }, serviceAccountName: 'sa', podTemplate: { nodeSelector: { a: 'b' } }, timeout: '1h',
        serviceAccountNames: [{ taskName: 't', serviceAccountName: 'other' }],
        taskRunSpecs: [{ pipelineTaskName: 'u', taskServiceAccountName: 'x', taskPodTemplate: { hostNetwork: true } }] },
    }]);
    expect(docs).toEqual([{
      apiVersion: 'tekton.dev/v1', kind: 'PipelineRun', metadata: { name: 'r' },
      spec: { pipelineRef: { name: 'p' }, taskRunTemplate: { serviceAccountName: 'sa', podTemplate: { nodeSelector: { a: 'b' } } }, timeouts: { pipeline: '1h' },
        taskRunSpecs: [{ pipelineTaskName: 'u', serviceAccountName: 'x', podTemplate: { hostNetwork: true } }, { pipelineTaskName: 't', serviceAccountName: 'other' }] },
    }]);
    expect(notes).toEqual([[
      'tekton.dev/v1beta1 became tekton.dev/v1',
      'spec.serviceAccountName became spec.taskRunTemplate.serviceAccountName',
      'spec.podTemplate became spec.taskRunTemplate.podTemplate',
      'spec.timeout became spec.timeouts.pipeline',
      'spec.serviceAccountNames became taskRunSpecs[].serviceAccountName',
      'spec.taskRunSpecs[0].taskServiceAccountName became serviceAccountName',
      'spec.taskRunSpecs[0].taskPodTemplate became podTemplate',
    ]]);
  });

  it('renames step, sidecar and step template resources to computeResources, and TaskRun overrides to specs', () => {
    const res = { requests: { cpu: '1' } };
    const { docs, notes } = migrate([{
      apiVersion: 'tekton.dev/v1beta1', kind: 'TaskRun', metadata: { name: 'r' },
      spec: { stepOverrides: [{ name: 's', resources: res }], taskSpec: { stepTemplate: { resources: res }, steps: [{ name: 's', image: 'i', resources: res }], sidecars: [{ name: 'c', image: 'i', resources: res }] } },
    }]);
    expect(docs[0].spec).toEqual({ stepSpecs: [{ name: 's', resources: res }], taskSpec: { stepTemplate: { computeResources: res }, steps: [{ name: 's', image: 'i', computeResources: res }], sidecars: [{ name: 'c', image: 'i', computeResources: res }] } });
    expect(notes[0]).toEqual([
      'tekton.dev/v1beta1 became tekton.dev/v1',
      'spec.taskSpec.steps[0].resources became computeResources',
      'spec.taskSpec.sidecars[0].resources became computeResources',
      'spec.taskSpec.stepTemplate.resources became computeResources',
      'spec.stepOverrides became spec.stepSpecs',
    ]);
  });

  it('turns a ClusterTask ref into the cluster resolver and a bundle ref into the bundles resolver', () => {
    const { docs, notes } = migrate([{
      apiVersion: 'tekton.dev/v1beta1', kind: 'Pipeline', metadata: { name: 'p' },
      spec: { tasks: [{ name: 'a', taskRef: { name: 'lint', kind: 'ClusterTask' } }, { name: 'b', taskRef: { name: 'scan', bundle: 'ghcr.io/acme/t:1' } }] },
    }]);
    expect((docs[0].spec as any).tasks).toEqual([
      { name: 'a', taskRef: { resolver: 'cluster', params: [{ name: 'kind', value: 'task' }, { name: 'name', value: 'lint' }] } },
      { name: 'b', taskRef: { resolver: 'bundles', params: [{ name: 'bundle', value: 'ghcr.io/acme/t:1' }, { name: 'name', value: 'scan' }, { name: 'kind', value: 'task' }] } },
    ]);
    expect(notes[0].slice(1)).toEqual([
      'spec.tasks[0].taskRef to ClusterTask "lint" became the cluster resolver: ClusterTask was removed from Tekton (deprecated in v0.41, gone in v1.0); refer to the Task through the cluster resolver (resolver: cluster, params kind: task, name, namespace), and make the ClusterTask a Task in a namespace the resolver may read',
      'spec.tasks[1].taskRef.bundle became the bundles resolver (bundle, name, kind params), as tekton.dev/v1 has no bundle field',
    ]);
  });

  it('writes old Triggers interceptors in the ref: form', () => {
    const { docs, notes } = migrate([{
      apiVersion: 'triggers.tekton.dev/v1beta1', kind: 'EventListener', metadata: { name: 'el' },
      spec: { triggers: [{ name: 't', interceptors: [{ github: { secretRef: { secretName: 's', secretKey: 'k' }, eventTypes: ['push'] } }, { cel: { filter: 'true' } }] }] },
    }]);
    expect((docs[0].spec as any).triggers[0].interceptors).toEqual([
      { ref: { name: 'github' }, params: [{ name: 'secretRef', value: { secretName: 's', secretKey: 'k' } }, { name: 'eventTypes', value: ['push'] }] },
      { ref: { name: 'cel' }, params: [{ name: 'filter', value: 'true' }] },
    ]);
    expect(notes[0]).toEqual([
      'spec.triggers[0].interceptors[0]: the "github:" interceptor became ref: {name: github} with params secretRef, eventTypes, the form Triggers reads since v0.13',
      'spec.triggers[0].interceptors[1]: the "cel:" interceptor became ref: {name: cel} with params filter, the form Triggers reads since v0.13',
    ]);
  });
});

describe('cdk8s-tekton convert on old manifests', () => {
  it('writes each migration as a comment above the object', () => {
    const r = run(`apiVersion: tekton.dev/v1beta1
kind: TaskRun
metadata:
  name: build
spec:
  taskRef:
    name: golang-build
    kind: ClusterTask
`);
    expect(r.stderr).toBe('converted 1 object from 1 file into out.ts: 2 migrations, 0 escape hatches (marked // convert:)\n');
    expect(r.status).toBe(0);
    expect(r.code).toContain(`    // migrated: tekton.dev/v1beta1 became tekton.dev/v1
    // migrated: spec.taskRef to ClusterTask "golang-build" became the cluster resolver: ClusterTask
    // was removed from Tekton (deprecated in v0.41, gone in v1.0); refer to the Task through the
    // cluster resolver (resolver: cluster, params kind: task, name, namespace), and make the
    // ClusterTask a Task in a namespace the resolver may read
    new TaskRun(this, 'build', { taskRef: TaskRef.cluster('golang-build') });
`);
  });

  const RESOURCES: Array<[string, string]> = [
    ['git', 'Use the git-clone catalog task (GitCloneTask, or TaskRef.hub(\'git-clone\', \'0.10\')) writing into a workspace that later tasks share.'],
    ['image', 'Use a Task result (addResult(\'digest\')) that the image-building task writes and later tasks read.'],
    ['storage', 'Use a workspace (for files shared between tasks), or the gcs-upload / gcs-download catalog tasks for a bucket.'],
    ['cluster', 'Use the kubeconfig-creator catalog task, writing a kubeconfig into a workspace.'],
    ['pullRequest', 'Use the pull-request catalog task, with a workspace for the pull request\'s files.'],
    ['cloudEvent', 'Use the cloudevent catalog task, run as a finally task.'],
  ];

  it.each(RESOURCES)('stops on a PipelineResource of type %s, naming what replaces it', (type, replacement) => {
    const r = run(`apiVersion: tekton.dev/v1alpha1
kind: PipelineResource
metadata:
  name: my-${type.toLowerCase()}
spec:
  type: ${type}
`);
    expect(r.stderr).toBe(`cdk8s-tekton convert: PipelineResource "my-${type.toLowerCase()}" (type ${type}) cannot be converted: PipelineResources were removed in Tekton v0.46. ${replacement}\ncdk8s-tekton convert: nothing written (1 PipelineResource to replace first)\n`);
    expect(r.status).toBe(1);
    expect(r.code).toBe('');
  });

  it('stops on the resources a v1beta1 Task declares', () => {
    const r = run(`apiVersion: tekton.dev/v1beta1
kind: Task
metadata:
  name: build
spec:
  resources:
    inputs:
      - name: source
        type: git
    outputs:
      - name: image
        type: image
  steps:
    - image: alpine
`);
    expect(r.stderr).toBe(`cdk8s-tekton convert: Task "build": PipelineResource "source" (type git) cannot be converted: PipelineResources were removed in Tekton v0.46. ${RESOURCES[0][1]}
cdk8s-tekton convert: Task "build": PipelineResource "image" (type image) cannot be converted: PipelineResources were removed in Tekton v0.46. ${RESOURCES[1][1]}
cdk8s-tekton convert: nothing written (2 PipelineResources to replace first)
`);
    expect(r.status).toBe(1);
  });
});
