// The findings of issue 14, each made as the user made it on the monorepo scenario (clone over SSH,
// build, push to ghcr.io), with the exact message; then the message's fix applied, which passes.
// That the fixes work with the real tools is proven in registry.test.ts (buildah, a registry) and
// mappings.test.ts (git over a real sshd, both routes).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Chart, Yaml } from 'cdk8s';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BuildahTask, DockerConfigSecret, GitCloneTask, GitSshSecret, KanikoTask, Pipeline, PipelineRun, PipelineServiceAccount, Task, TaskRef,
  WorkspaceBinding,
} from '../../lib';
import { main as validate } from '../../lib/cli/validate';
import { manifests, manifestsUnchecked, Program, synthErrors } from './synth';

const RUN = '[loyalty/loyalty-run] PipelineRun "loyalty-run": ';
const temp: string[] = [];
afterAll(() => {
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
});

/** `cdk8s-tekton validate [--strict]` on the program's YAML (synthesized without validation): exit code and output. */
async function validateCli(program: Program, strict: boolean): Promise<{ code: number; out: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'findings-'));
  temp.push(dir);
  writeFileSync(join(dir, 'loyalty.k8s.yaml'), Yaml.stringify(...manifestsUnchecked(program)));
  let out = '';
  const code = await validate([...(strict ? ['--strict'] : []), join(dir, 'loyalty.k8s.yaml')], (s) => (out += s), (s) => (out += s));
  return { code, out };
}

type Workspaces = Record<string, ReturnType<Pipeline['addWorkspace']>>;

interface Setup {
  /** How the run gets its credentials. */
  readonly account?: (chart: Chart, secrets: { deployKey: GitSshSecret; ghcr: DockerConfigSecret }) => PipelineServiceAccount | { readonly name: string } | string;
  readonly sshWorkspace?: boolean;
  readonly dockerWorkspace?: boolean;
  readonly builder?: 'kaniko' | 'buildah';
  readonly buildParams?: Record<string, string>;
}

/** The loyalty pipeline: clone over SSH, build and push to ghcr.io; `setup` says what the user wrote. */
function loyalty(setup: Setup): Program {
  return (chart) => {
    const deployKey = GitSshSecret.fromSecretName(chart, 'deploy-key', 'loyalty-deploy-key', { host: 'github.com' });
    const ghcr = DockerConfigSecret.fromSecretName(chart, 'ghcr', 'ghcr-push', { registries: ['ghcr.io'] });
    const gitClone = new GitCloneTask(chart, 'git-clone');
    const build = setup.builder === 'buildah' ? new BuildahTask(chart, 'buildah') : new KanikoTask(chart, 'kaniko');
    const pipeline = new Pipeline(chart, 'loyalty-build');
    const source = pipeline.addWorkspace('source');
    // A workspace the user does not bind is not declared either (as the user wrote the mistake).
    const sshCreds: Workspaces = setup.sshWorkspace ? { 'ssh-directory': pipeline.addWorkspace('ssh-creds') } : {};
    const dockerConfig: Workspaces = setup.dockerWorkspace ? { dockerconfig: pipeline.addWorkspace('docker-config') } : {};
    const clone = pipeline.addTask('clone', { task: gitClone, params: { url: pipeline.addParam('repo-url') }, workspaces: { output: source, ...sshCreds } });
    pipeline.addTask('build', {
      task: build,
      params: { IMAGE: `ghcr.io/acme/loyalty:${clone.result('commit')}`, CONTEXT: 'services/loyalty', ...(setup.buildParams ?? { DOCKERFILE: 'services/loyalty/Dockerfile' }) },
      workspaces: { source, ...dockerConfig },
    });
    new PipelineRun(chart, 'loyalty-run', {
      pipeline,
      serviceAccount: setup.account?.(chart, { deployKey, ghcr }),
      params: { 'repo-url': 'git@github.com:acme/mono.git' },
      workspaces: {
        source: WorkspaceBinding.volumeClaimTemplate({ storage: '1Gi' }),
        ...(setup.sshWorkspace ? { 'ssh-creds': WorkspaceBinding.sshDirectory(deployKey) } : {}),
        ...(setup.dockerWorkspace ? { 'docker-config': WorkspaceBinding.dockerConfig(ghcr) } : {}),
      },
    });
  };
}

const NO_REGISTRY_CREDENTIAL = `${RUN}spec.pipelineRef: pipeline task "build" (Task "kaniko") pushes ghcr.io/acme/loyalty:$(tasks.clone.results.commit) to registry ghcr.io, but no DockerConfigSecret for ghcr.io reaches it: its workspaces bring none, and ServiceAccount "default" is not among the documents (got "ghcr.io/acme/loyalty:$(tasks.clone.results.commit)"). Fix: bind a DockerConfigSecret with registries: ['ghcr.io'] to its dockerconfig workspace (WorkspaceBinding.dockerConfig(secret)): that is the only place it reads; or fix the registry of the image`;
const NO_KEY = `${RUN}spec.params[0].value: pipeline task "clone" (Task "git-clone") clones git@github.com:acme/mono.git over SSH, but no kubernetes.io/ssh-auth credential for github.com reaches it: its workspaces bring none, and ServiceAccount "default" is not among the documents (got "git@github.com:acme/mono.git"). Fix: bind a GitSshSecret for github.com to its ssh-directory workspace: WorkspaceBinding.sshDirectory(GitSshSecret.fromSecretName(scope, id, name, { host: 'github.com' })); or, if ServiceAccount "default" exists in the cluster and lists one, declare it: serviceAccount: PipelineServiceAccount.fromServiceAccountName(scope, id, 'default', { secrets: [GitSshSecret.fromSecretName(scope, id, name, { host: 'github.com' })] }) (in YAML: add the ServiceAccount and its Secrets to the files validated); or fix the host of the URL`;

describe('finding 1: no credential at all, with the default service account', () => {
  it('a Kaniko push to ghcr.io with no Docker secret fails synth; the fix (the dockerconfig workspace) passes', () => {
    expect(synthErrors(loyalty({ sshWorkspace: true }))).toEqual([NO_REGISTRY_CREDENTIAL]);
    expect(synthErrors(loyalty({ sshWorkspace: true, dockerWorkspace: true }))).toEqual([]);
  });

  it('a clone of git@github.com with no key fails synth; both fixes pass: the workspace, or declaring what the existing account holds', () => {
    expect(synthErrors(loyalty({ dockerWorkspace: true }))).toEqual([NO_KEY]);
    expect(synthErrors(loyalty({ dockerWorkspace: true, sshWorkspace: true }))).toEqual([]);
    const declared = loyalty({ dockerWorkspace: true, account: (chart, { deployKey }) => PipelineServiceAccount.fromServiceAccountName(chart, 'default-sa', 'default', { secrets: [deployKey] }) });
    expect(synthErrors(declared)).toEqual([]);
    // An existing account emits nothing; the run records what it is declared to hold, so `validate` knows it too.
    const docs = manifests(declared);
    expect(docs.filter((d) => d.kind === 'ServiceAccount')).toEqual([]);
    const run = docs.find((d) => d.kind === 'PipelineRun')!;
    expect(run.spec.taskRunTemplate).toEqual({ serviceAccountName: 'default' });
    expect(run.metadata.annotations['cdk8s-tekton.io/service-accounts']).toBe('{"default":{"secrets":["loyalty-deploy-key"],"imagePullSecrets":[]}}');
  });

  it('validate on the YAML: a warning, since the cluster may hold the account; an error with --strict', async () => {
    const mistake = loyalty({ dockerWorkspace: true });
    const plain = await validateCli(mistake, false);
    expect(plain.code).toBe(0);
    expect(plain.out).toContain(`warning: ${NO_KEY.slice('[loyalty/loyalty-run] '.length)}`);
    expect((await validateCli(mistake, true)).code).toBe(1);
    const fixed = await validateCli(loyalty({ dockerWorkspace: true, account: (chart, { deployKey }) => PipelineServiceAccount.fromServiceAccountName(chart, 'default-sa', 'default', { secrets: [deployKey] }) }), true);
    expect(fixed.code).toBe(0);
  });
});

describe('finding 2: the suggested fix must work', () => {
  const accountRoute = (builder: 'kaniko' | 'buildah') => loyalty({ builder, sshWorkspace: true, account: (chart, { ghcr }) => new PipelineServiceAccount(chart, 'builder', { secrets: [ghcr] }) });

  it('the registry secret on the service account, the dockerconfig workspace dropped: Kaniko never reads it, and synth says so', () => {
    expect(synthErrors(accountRoute('kaniko'))).toEqual([
      `${RUN}spec.pipelineRef: pipeline task "build" (Task "kaniko") pushes ghcr.io/acme/loyalty:$(tasks.clone.results.commit) to registry ghcr.io, but no DockerConfigSecret for ghcr.io reaches it: its workspaces bring none, and ServiceAccount "builder" lists Secret "ghcr-push" (for ghcr.io), which the task does not read: it reads only /kaniko/.docker/config.json (its step sets DOCKER_CONFIG=/kaniko/.docker), while Tekton copies the account's registry credentials to $HOME/.docker/config.json (got "ghcr.io/acme/loyalty:$(tasks.clone.results.commit)"). Fix: bind a DockerConfigSecret with registries: ['ghcr.io'] to its dockerconfig workspace (WorkspaceBinding.dockerConfig(secret)): that is the only place it reads; or fix the registry of the image`,
    ]);
  });

  it('the fix passes: the workspace for Kaniko; buildah reads the account\'s credentials (registry.test.ts pushes that way)', () => {
    expect(synthErrors(loyalty({ sshWorkspace: true, dockerWorkspace: true, account: (chart, { ghcr }) => new PipelineServiceAccount(chart, 'builder', { secrets: [ghcr] }) }))).toEqual([]);
    expect(synthErrors(accountRoute('buildah'))).toEqual([]);
  });
});

describe('finding 3: misspelled params fail synth with the nearest declared name', () => {
  const DOCKER_FILE = loyalty({ sshWorkspace: true, dockerWorkspace: true, buildParams: { DOCKER_FILE: 'services/loyalty/Dockerfile' } });

  it('DOCKER_FILE for DOCKERFILE on the Kaniko task, and the fix', () => {
    expect(synthErrors(DOCKER_FILE)).toEqual([
      '[loyalty/loyalty-build] Pipeline "loyalty-build": spec.tasks[1].params[2].name: Task "kaniko" declares no param "DOCKER_FILE"; did you mean "DOCKERFILE"? Its params: IMAGE, DOCKERFILE, CONTEXT, EXTRA_ARGS, BUILDER_IMAGE, WRITER_IMAGE. Tekton ignores an undeclared param, so "DOCKERFILE" keeps its default (got "DOCKER_FILE"). Fix: rename "DOCKER_FILE" to "DOCKERFILE"',
    ]);
    expect(synthErrors(loyalty({ sshWorkspace: true, dockerWorkspace: true, buildParams: { DOCKERFILE: 'services/loyalty/Dockerfile' } }))).toEqual([]);
  });

  it('validate on the YAML warns (Tekton accepts extra params), and --strict fails', async () => {
    const plain = await validateCli(DOCKER_FILE, false);
    expect(plain.code).toBe(0);
    expect(plain.out).toContain('warning: Pipeline "loyalty-build": spec.tasks[1].params[2].name: Task "kaniko" declares no param "DOCKER_FILE"; did you mean "DOCKERFILE"?');
    expect((await validateCli(DOCKER_FILE, true)).code).toBe(1);
  });

  it('a misspelled optional param of the user\'s own Task, and the fix', () => {
    const program = (name: string): Program => (chart) => {
      const test = new Task(chart, 'unit-test');
      test.addParam('target', { default: 'all' });
      test.addStep({ name: 'test', image: 'node:22', script: 'npm test' });
      new Pipeline(chart, 'loyalty-build').addTask('test', { task: test, params: { [name]: 'loyalty' } });
    };
    expect(synthErrors(program('traget'))).toEqual([
      '[loyalty/loyalty-build] Pipeline "loyalty-build": spec.tasks[0].params[0].name: Task "unit-test" declares no param "traget"; did you mean "target"? Its params: target. Tekton ignores an undeclared param, so "target" keeps its default (got "traget"). Fix: rename "traget" to "target"',
    ]);
    expect(synthErrors(program('target'))).toEqual([]);
  });

  it('TaskRef.hub(\'git-clone\', \'0.9\'), the README\'s version, is checked too, and the fix', () => {
    const program = (name: string): Program => (chart) => {
      const pipeline = new Pipeline(chart, 'loyalty-build');
      const source = pipeline.addWorkspace('source');
      pipeline.addTask('clone', { taskRef: TaskRef.hub('git-clone', '0.9'), params: { url: 'https://github.com/acme/mono.git', [name]: 'main' }, workspaces: { output: source } });
    };
    expect(synthErrors(program('revison'))).toEqual([
      '[loyalty/loyalty-build] Pipeline "loyalty-build": spec.tasks[0].params[1].name: hub task git-clone 0.9 declares no param "revison"; did you mean "revision"? Its params: url, revision, refspec, submodules, depth, sslVerify, crtFileName, subdirectory, sparseCheckoutDirectories, deleteExisting, httpProxy, httpsProxy, noProxy, verbose, gitInitImage, userHome. Tekton ignores an undeclared param, so "revision" keeps its default (got "revison"). Fix: rename "revison" to "revision"',
    ]);
    expect(synthErrors(program('revision'))).toEqual([]);
  });
});

describe('Tekton\'s quirk: several SSH keys for one host on one account', () => {
  it('fails synth with the per-task workspace fix, which passes', () => {
    const program = (workspace: boolean): Program => (chart) => {
      const deployKey = GitSshSecret.fromSecretName(chart, 'deploy-key', 'loyalty-deploy-key', { host: 'github.com' });
      const otherKey = GitSshSecret.fromSecretName(chart, 'other-key', 'payments-deploy-key', { host: 'github.com' });
      const builder = new PipelineServiceAccount(chart, 'builder', { secrets: [otherKey, deployKey] });
      const pipeline = new Pipeline(chart, 'loyalty-build');
      const source = pipeline.addWorkspace('source');
      const sshCreds: Workspaces = workspace ? { 'ssh-directory': pipeline.addWorkspace('ssh-creds') } : {};
      pipeline.addTask('clone', { task: new GitCloneTask(chart, 'git-clone'), params: { url: 'git@github.com:acme/loyalty.git' }, workspaces: { output: source, ...sshCreds } });
      new PipelineRun(chart, 'loyalty-run', {
        pipeline, serviceAccount: builder,
        workspaces: { source: WorkspaceBinding.emptyDir(), ...(workspace ? { 'ssh-creds': WorkspaceBinding.sshDirectory(deployKey) } : {}) },
      });
    };
    expect(synthErrors(program(false))).toEqual([
      `${RUN}spec.pipelineRef: pipeline task "clone" (Task "git-clone") clones git@github.com:acme/loyalty.git over SSH with the keys of ServiceAccount "builder", which lists 2 SSH keys for github.com (Secrets "payments-deploy-key", "loyalty-deploy-key"); Tekton puts them all in one Host github.com entry and ssh uses the first key the server accepts, so the clone may run as another repository's key and be refused (got "git@github.com:acme/loyalty.git"). Fix: give this task its own key: bind the Secret for this repository to its ssh-directory workspace with WorkspaceBinding.sshDirectory(secret) (one workspace binding per key), and keep one SSH key per host on the account`,
    ]);
    expect(synthErrors(program(true))).toEqual([]);
  });
});
