// The catalog Tasks keep the interfaces of the Tekton catalog's git-clone 0.10, kaniko 0.7 and buildah 0.9:
// the tables below are transcribed from the catalog (issue 9), independently of lib/.
import { ApiObject, Chart, Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { BuildahTask, GitCloneTask, KanikoTask } from '../../lib';
import { hubTask, knownHubTasks } from '../../lib/facts/hub-tasks';

type Row = [name: string, type: 'string' | 'array', defaultValue: string | string[] | undefined];

const GIT_CLONE_PARAMS: Row[] = [
  ['url', 'string', undefined], ['revision', 'string', ''], ['refspec', 'string', ''], ['submodules', 'string', 'true'],
  ['depth', 'string', '1'], ['sslVerify', 'string', 'true'], ['crtFileName', 'string', 'ca-bundle.crt'], ['subdirectory', 'string', ''],
  ['sparseCheckoutDirectories', 'string', ''], ['deleteExisting', 'string', 'true'], ['httpProxy', 'string', ''], ['httpsProxy', 'string', ''],
  ['noProxy', 'string', ''], ['verbose', 'string', 'true'], ['gitInitImage', 'string', 'ghcr.io/tektoncd-catalog/git-clone:v1.1.0'],
  ['userHome', 'string', '/home/git'],
];
const KANIKO_PARAMS: Row[] = [
  ['IMAGE', 'string', undefined], ['DOCKERFILE', 'string', './Dockerfile'], ['CONTEXT', 'string', './'], ['EXTRA_ARGS', 'array', []],
  ['BUILDER_IMAGE', 'string', 'gcr.io/kaniko-project/executor:v1.5.1@sha256:c6166717f7fe0b7da44908c986137ecfeab21f31ec3992f6e128fff8a94be8a5'],
  ['WRITER_IMAGE', 'string', 'docker.io/library/bash:5.1.4@sha256:c523c636b722339f41b6a431b44588ab2f762c5de5ec3bd7964420ff982fb1d9'],
];

function interfaceOf(spec: any): { params: Row[]; workspaces: Array<[string, boolean]>; results: string[] } {
  return {
    params: spec.params.map((p: any) => [p.name, p.type, p.default]),
    workspaces: spec.workspaces.map((w: any) => [w.name, w.optional === true]),
    results: spec.results.map((r: any) => r.name),
  };
}

describe('catalog Tasks', () => {
  const chart = new Chart(Testing.app(), 'c');
  const gitClone = ApiObject.of(new GitCloneTask(chart, 'git-clone')).toJson();
  const kaniko = ApiObject.of(new KanikoTask(chart, 'kaniko')).toJson();

  it('GitCloneTask has git-clone 0.10\'s params, workspaces and results', () => {
    expect(gitClone.metadata.name).toBe('git-clone');
    expect(interfaceOf(gitClone.spec)).toEqual({
      params: GIT_CLONE_PARAMS,
      workspaces: [['output', false], ['ssh-directory', true], ['basic-auth', true], ['ssl-ca-directory', true]],
      results: ['commit', 'url', 'committer-date'],
    });
  });

  it('KanikoTask has kaniko 0.7\'s params, workspaces and results; dockerconfig is mounted at /kaniko/.docker', () => {
    expect(kaniko.metadata.name).toBe('kaniko');
    expect(interfaceOf(kaniko.spec)).toEqual({ params: KANIKO_PARAMS, workspaces: [['source', false], ['dockerconfig', true]], results: ['IMAGE_DIGEST', 'IMAGE_URL'] });
    expect(kaniko.spec.workspaces[1].mountPath).toBe('/kaniko/.docker');
  });

  it('git-clone runs as non-root; both mark their git URL / image params and credential workspaces', () => {
    expect(gitClone.spec.steps.map((s: any) => s.securityContext)).toEqual([{ runAsNonRoot: true, runAsUser: 65532 }]);
    expect(gitClone.metadata.annotations).toEqual({
      'cdk8s-tekton.io/param-roles': '{"url":"git-url"}',
      'cdk8s-tekton.io/workspace-secrets': '{"ssh-directory":"kubernetes.io/ssh-auth"}',
    });
    expect(kaniko.metadata.annotations).toEqual({
      'cdk8s-tekton.io/param-roles': '{"IMAGE":"image"}',
      'cdk8s-tekton.io/workspace-secrets': '{"dockerconfig":"kubernetes.io/dockerconfigjson"}',
    });
  });

  it('their step scripts hold no Tekton variable: every value comes in through env', () => {
    for (const task of [gitClone, kaniko]) {
      for (const step of task.spec.steps) expect(step.script ?? '').not.toMatch(/\$\((params|workspaces|results|context)\b/);
    }
  });
});

// buildah 0.9 as the catalog has it (task/buildah/0.9/buildah.yaml), transcribed independently of lib/.
const BUILDAH_PARAMS: Row[] = [
  ['IMAGE', 'string', undefined], ['BUILDER_IMAGE', 'string', 'quay.io/buildah/stable:v1'], ['STORAGE_DRIVER', 'string', 'overlay'],
  ['DOCKERFILE', 'string', './Dockerfile'], ['CONTEXT', 'string', '.'], ['TLSVERIFY', 'string', 'true'], ['FORMAT', 'string', 'oci'],
  ['BUILD_EXTRA_ARGS', 'string', ''], ['PUSH_EXTRA_ARGS', 'string', ''], ['SKIP_PUSH', 'string', 'false'], ['BUILD_ARGS', 'array', ['']],
];

describe('BuildahTask', () => {
  const buildah = ApiObject.of(new BuildahTask(new Chart(Testing.app(), 'c'), 'buildah')).toJson();

  it('has buildah 0.9\'s params, workspaces and results, and its param names as data', () => {
    expect(buildah.metadata.name).toBe('buildah');
    expect(buildah.metadata.labels).toEqual({ 'app.kubernetes.io/version': '0.9' });
    expect(interfaceOf(buildah.spec)).toEqual({ params: BUILDAH_PARAMS, workspaces: [['source', false], ['sslcertdir', true], ['dockerconfig', true]], results: ['IMAGE_DIGEST', 'IMAGE_URL'] });
    expect(BuildahTask.PARAM_NAMES).toEqual(BUILDAH_PARAMS.map(([name]) => name));
    expect(KanikoTask.PARAM_NAMES).toEqual(KANIKO_PARAMS.map(([name]) => name));
    expect(GitCloneTask.PARAM_NAMES).toEqual(GIT_CLONE_PARAMS.map(([name]) => name));
  });

  it('runs privileged with its image store on an emptyDir, as the catalog\'s does, and says which registry credentials it reads', () => {
    const step = buildah.spec.steps[0];
    expect(step.securityContext).toEqual({ privileged: true });
    expect(step.volumeMounts).toEqual([{ name: 'varlibcontainers', mountPath: '/var/lib/containers' }]);
    expect(buildah.spec.volumes).toEqual([{ name: 'varlibcontainers', emptyDir: {} }]);
    expect(step.args).toEqual(['$(params.BUILD_ARGS[*])']);
    expect(step.script).not.toMatch(/\$\((params|workspaces|results|context)\b/);
    expect(buildah.metadata.annotations).toEqual({
      'cdk8s-tekton.io/param-roles': '{"IMAGE":"image"}',
      'cdk8s-tekton.io/workspace-secrets': '{"dockerconfig":"kubernetes.io/dockerconfigjson"}',
      'cdk8s-tekton.io/registry-auth': 'workspace-else-account',
    });
  });
});

describe('hub interfaces of the versions users pin', () => {
  it('git-clone 0.9 is 0.10 with the older git-init image; kaniko 0.6 has no WRITER_IMAGE; buildah 0.8 is 0.9\'s interface', () => {
    expect(hubTask('git-clone', '0.9')!.params.map((p) => [p.name, p.default])).toEqual(GIT_CLONE_PARAMS.map(([name, , d]) => [name, name === 'gitInitImage' ? 'ghcr.io/tektoncd/github.com/tektoncd/pipeline/cmd/git-init:v0.40.2' : d]));
    expect(hubTask('kaniko', '0.6')!.params.map((p) => p.name)).toEqual(['IMAGE', 'DOCKERFILE', 'CONTEXT', 'EXTRA_ARGS', 'BUILDER_IMAGE']);
    expect(hubTask('buildah', '0.8')!.params).toEqual(hubTask('buildah', '0.9')!.params);
    expect(knownHubTasks()).toEqual(['git-clone 0.9', 'git-clone 0.10', 'kaniko 0.6', 'kaniko 0.7', 'buildah 0.8', 'buildah 0.9']);
  });
});
