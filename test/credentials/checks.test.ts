// Each credential mistake of issue 9, made as a user would make it: a whole construct program,
// synthesized, failing with its own message. The same YAML given to the validator fails the same
// way (the facts travel in the manifests' annotations).
import { App, Chart, Testing, Yaml } from 'cdk8s';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  BuildahTask, configureValidation, DockerConfigSecret, formatProblem, GitBasicAuthSecret, GitCloneTask, GitSshSecret, KanikoTask, Pipeline, PipelineRun,
  PipelineServiceAccount, Task, TaskCredentials, TaskRef, TaskRun, TriggerTemplate, validateManifests, WorkspaceBinding,
} from '../../lib';

type Program = (chart: Chart) => void;

function build(program: Program, validate = true): App {
  const app = Testing.app();
  if (!validate) configureValidation(app, { enabled: false });
  program(new Chart(app, 'loyalty'));
  return app;
}

/** The error lines synth fails with (without the "Validation failed" header). */
function synthErrors(program: Program): string[] {
  try {
    build(program).synth();
  } catch (e) {
    return (e as Error).message.split('\n').slice(1).map((l) => l.trim());
  }
  return [];
}

/** The same program's YAML (synthesized without validation) through the validator, as `cdk8s-tekton validate` reads it. */
function validateErrors(program: Program): string[] {
  const app = build(program, false);
  const yaml = Yaml.stringify(...app.charts[0].toJson());
  const docs = parseAllDocuments(yaml).map((d) => d.toJSON());
  return validateManifests(docs.map((manifest, i) => ({ manifest, source: `loyalty.k8s.yaml#${i}` }))).map(formatProblem);
}

const RUN = '[loyalty/loyalty-run] ';

const wrongHost: Program = (chart) => {
  const deployKey = GitSshSecret.fromSecretName(chart, 'deploy-key', 'loyalty-deploy-key', { host: 'gitlab.com' });
  const gitClone = new GitCloneTask(chart, 'git-clone');
  const pipeline = new Pipeline(chart, 'loyalty-build');
  const source = pipeline.addWorkspace('source');
  const sshCreds = pipeline.addWorkspace('ssh-creds');
  const repoUrl = pipeline.addParam('repo-url');
  pipeline.addTask('clone', { task: gitClone, params: { url: repoUrl }, workspaces: { output: source, 'ssh-directory': sshCreds } });
  new PipelineRun(chart, 'loyalty-run', {
    pipeline,
    params: { 'repo-url': 'git@github.com:acme/mono.git' },
    workspaces: { source: WorkspaceBinding.emptyDir(), 'ssh-creds': WorkspaceBinding.sshDirectory(deployKey) },
  });
};

const sshUrlWithToken: Program = (chart) => {
  const token = GitBasicAuthSecret.fromSecretName(chart, 'token', 'github-token', { host: 'github.com' });
  const builder = new PipelineServiceAccount(chart, 'builder', { secrets: [token] });
  const gitClone = new GitCloneTask(chart, 'git-clone');
  const pipeline = new Pipeline(chart, 'loyalty-build');
  const source = pipeline.addWorkspace('source');
  const repoUrl = pipeline.addParam('repo-url');
  pipeline.addTask('clone', { task: gitClone, params: { url: repoUrl }, workspaces: { output: source } });
  new PipelineRun(chart, 'loyalty-run', {
    pipeline, serviceAccount: builder, params: { 'repo-url': 'ssh://git@github.com/acme/mono.git' }, workspaces: { source: WorkspaceBinding.emptyDir() },
  });
};

const httpsUrlWithKey: Program = (chart) => {
  const deployKey = GitSshSecret.fromSecretName(chart, 'deploy-key', 'loyalty-deploy-key', { host: 'github.com' });
  const gitClone = new GitCloneTask(chart, 'git-clone');
  const pipeline = new Pipeline(chart, 'loyalty-build');
  const source = pipeline.addWorkspace('source');
  const sshCreds = pipeline.addWorkspace('ssh-creds');
  const repoUrl = pipeline.addParam('repo-url', { default: 'https://github.com/acme/mono.git' });
  pipeline.addTask('clone', { task: gitClone, params: { url: repoUrl }, workspaces: { output: source, 'ssh-directory': sshCreds } });
  new PipelineRun(chart, 'loyalty-run', {
    pipeline, workspaces: { source: WorkspaceBinding.emptyDir(), 'ssh-creds': WorkspaceBinding.sshDirectory(deployKey) },
  });
};

const imageOnDockerHub: Program = (chart) => {
  const ghcr = DockerConfigSecret.fromSecretName(chart, 'ghcr', 'ghcr-push', { registries: ['ghcr.io'] });
  const kaniko = new KanikoTask(chart, 'kaniko');
  const pipeline = new Pipeline(chart, 'loyalty-build');
  const source = pipeline.addWorkspace('source');
  const dockerConfig = pipeline.addWorkspace('docker-config');
  pipeline.addTask('build', { task: kaniko, params: { IMAGE: 'acme/loyalty:1.0' }, workspaces: { source, dockerconfig: dockerConfig } });
  new PipelineRun(chart, 'loyalty-run', {
    pipeline, workspaces: { source: WorkspaceBinding.emptyDir(), 'docker-config': WorkspaceBinding.dockerConfig(ghcr) },
  });
};

const emptyImage: Program = (chart) => {
  const ghcr = DockerConfigSecret.fromSecretName(chart, 'ghcr', 'ghcr-push', { registries: ['ghcr.io'] });
  const kaniko = new KanikoTask(chart, 'kaniko');
  const pipeline = new Pipeline(chart, 'loyalty-build');
  const source = pipeline.addWorkspace('source');
  const dockerConfig = pipeline.addWorkspace('docker-config');
  const image = pipeline.addParam('image', { default: '' });
  pipeline.addTask('build', { task: kaniko, params: { IMAGE: image }, workspaces: { source, dockerconfig: dockerConfig } });
  new PipelineRun(chart, 'loyalty-run', {
    pipeline, workspaces: { source: WorkspaceBinding.emptyDir(), 'docker-config': WorkspaceBinding.dockerConfig(ghcr) },
  });
};

const accountNotUsed: Program = (chart) => {
  const deployKey = GitSshSecret.fromSecretName(chart, 'deploy-key', 'loyalty-deploy-key', { host: 'github.com' });
  new PipelineServiceAccount(chart, 'builder', { secrets: [deployKey] });
  const gitClone = new GitCloneTask(chart, 'git-clone');
  const pipeline = new Pipeline(chart, 'loyalty-build');
  const source = pipeline.addWorkspace('source');
  const repoUrl = pipeline.addParam('repo-url');
  pipeline.addTask('clone', { task: gitClone, params: { url: repoUrl }, workspaces: { output: source } });
  new PipelineRun(chart, 'loyalty-run', { pipeline, params: { 'repo-url': 'git@github.com:acme/mono.git' }, workspaces: { source: WorkspaceBinding.emptyDir() } });
};

const swappedWorkspaces: Program = (chart) => {
  const deployKey = GitSshSecret.fromSecretName(chart, 'deploy-key', 'loyalty-deploy-key', { host: 'github.com' });
  const ghcr = DockerConfigSecret.fromSecretName(chart, 'ghcr', 'ghcr-push', { registries: ['ghcr.io'] });
  const gitClone = new GitCloneTask(chart, 'git-clone');
  const kaniko = new KanikoTask(chart, 'kaniko');
  const pipeline = new Pipeline(chart, 'loyalty-build');
  const source = pipeline.addWorkspace('source');
  const sshCreds = pipeline.addWorkspace('ssh-creds');
  const dockerConfig = pipeline.addWorkspace('docker-config');
  const repoUrl = pipeline.addParam('repo-url');
  const clone = pipeline.addTask('clone', { task: gitClone, params: { url: repoUrl }, workspaces: { output: source, 'ssh-directory': dockerConfig } });
  pipeline.addTask('build', { task: kaniko, params: { IMAGE: `ghcr.io/acme/loyalty:${clone.result('commit')}` }, workspaces: { source, dockerconfig: sshCreds } });
  new PipelineRun(chart, 'loyalty-run', {
    pipeline,
    params: { 'repo-url': 'git@github.com:acme/mono.git' },
    workspaces: { source: WorkspaceBinding.emptyDir(), 'ssh-creds': WorkspaceBinding.sshDirectory(deployKey), 'docker-config': WorkspaceBinding.dockerConfig(ghcr) },
  });
};

const keyUnderWrongName: Program = (chart) => {
  const deployKey = GitSshSecret.fromSecretName(chart, 'deploy-key', 'loyalty-deploy-key', { host: 'github.com' });
  const gitClone = new GitCloneTask(chart, 'git-clone');
  const pipeline = new Pipeline(chart, 'loyalty-build');
  const source = pipeline.addWorkspace('source');
  const sshCreds = pipeline.addWorkspace('ssh-creds');
  const repoUrl = pipeline.addParam('repo-url');
  pipeline.addTask('clone', { task: gitClone, params: { url: repoUrl }, workspaces: { output: source, 'ssh-directory': sshCreds } });
  new PipelineRun(chart, 'loyalty-run', {
    pipeline,
    params: { 'repo-url': 'git@github.com:acme/mono.git' },
    workspaces: { source: WorkspaceBinding.emptyDir(), 'ssh-creds': WorkspaceBinding.secret(deployKey) },
  });
};

const configWhereKanikoDoesNotLook: Program = (chart) => {
  const ghcr = DockerConfigSecret.fromSecretName(chart, 'ghcr', 'ghcr-push', { registries: ['ghcr.io'] });
  const kaniko = new KanikoTask(chart, 'kaniko');
  new TaskRun(chart, 'loyalty-run', {
    task: kaniko,
    params: { IMAGE: 'ghcr.io/acme/loyalty:1.0' },
    workspaces: { source: WorkspaceBinding.emptyDir(), dockerconfig: WorkspaceBinding.secret(ghcr, { items: [{ key: '.dockerconfigjson', path: '.docker/config.json' }] }) },
  });
};

const ownTaskPrivateRegistry: Program = (chart) => {
  const ghcr = DockerConfigSecret.fromSecretName(chart, 'ghcr', 'ghcr-push', { registries: ['ghcr.io'] });
  const builder = new PipelineServiceAccount(chart, 'builder', { secrets: [ghcr] });
  const publish = new Task(chart, 'publish');
  const image = publish.addParam('image');
  publish.addStep({ name: 'push', image: 'gcr.io/go-containerregistry/crane:v0.20.2', args: ['copy', 'ghcr.io/acme/loyalty:latest', image] });
  TaskCredentials.of(publish).image(image);
  new TaskRun(chart, 'loyalty-run', { task: publish, serviceAccount: builder, params: { image: 'registry.example.com:5000/acme/loyalty:1.0' } });
};

const WRONG_HOST = `${RUN}PipelineRun "loyalty-run": spec.params[0].value: pipeline task "clone" (Task "git-clone") clones git@github.com:acme/mono.git over SSH, but no kubernetes.io/ssh-auth credential for github.com reaches it: its workspaces bring Secret "loyalty-deploy-key" (for gitlab.com), and ServiceAccount "default" is not among the documents (got "git@github.com:acme/mono.git"). Fix: bind a GitSshSecret for github.com to its ssh-directory workspace: WorkspaceBinding.sshDirectory(GitSshSecret.fromSecretName(scope, id, name, { host: 'github.com' })); or, if ServiceAccount "default" exists in the cluster and lists one, declare it: serviceAccount: PipelineServiceAccount.fromServiceAccountName(scope, id, 'default', { secrets: [GitSshSecret.fromSecretName(scope, id, name, { host: 'github.com' })] }) (in YAML: add the ServiceAccount and its Secrets to the files validated); or fix the host of the URL`;
const SSH_URL_WITH_TOKEN = `${RUN}PipelineRun "loyalty-run": spec.params[0].value: pipeline task "clone" (Task "git-clone") clones ssh://git@github.com/acme/mono.git over SSH, but the only credential for github.com that reaches it is Secret "github-token" (kubernetes.io/basic-auth: a user name and token), which ssh cannot use (got "ssh://git@github.com/acme/mono.git"). Fix: clone https://github.com/acme/mono.git instead, which uses that Secret, or give the task an SSH key for github.com: WorkspaceBinding.sshDirectory(GitSshSecret.fromSecretName(scope, id, name, { host: 'github.com' })) on its ssh-directory workspace`;
const HTTPS_URL_WITH_KEY = `${RUN}PipelineRun "loyalty-run": spec.pipelineRef: pipeline task "clone" (Task "git-clone") clones https://github.com/acme/mono.git over https, but the only credential for github.com that reaches it is Secret "loyalty-deploy-key" (kubernetes.io/ssh-auth: an SSH key), which git over https cannot use (got "https://github.com/acme/mono.git"). Fix: clone git@github.com:acme/mono.git instead, which uses that key, or give the task a GitBasicAuthSecret for github.com through the run's service account`;
const IMAGE_ON_DOCKER_HUB = `${RUN}PipelineRun "loyalty-run": spec.pipelineRef: pipeline task "build" (Task "kaniko") pushes acme/loyalty:1.0 to registry docker.io, but no DockerConfigSecret for docker.io reaches it: its workspaces bring Secret "ghcr-push" (for ghcr.io), and ServiceAccount "default" is not among the documents (got "acme/loyalty:1.0"). Fix: bind a DockerConfigSecret with registries: ['docker.io'] to its dockerconfig workspace (WorkspaceBinding.dockerConfig(secret)): that is the only place it reads; or fix the registry of the image`;
const ACCOUNT_NOT_USED = `${RUN}PipelineRun "loyalty-run": spec.taskRunTemplate.serviceAccountName: pipeline task "clone" (Task "git-clone") needs a kubernetes.io/ssh-auth credential for github.com to clone git@github.com:acme/mono.git; ServiceAccount "builder" lists one (Secret "loyalty-deploy-key"), but the run uses ServiceAccount "default" (got "default"). Fix: run as "builder" (the run's serviceAccount prop; spec.taskRunTemplate.serviceAccountName in YAML), or list Secret "loyalty-deploy-key" on ServiceAccount "default"`;
const SWAPPED = [
  `${RUN}PipelineRun "loyalty-run": spec.workspaces[2]: workspace "ssh-directory" of pipeline task "clone" (Task "git-clone") expects an SSH key (GitSshSecret), type kubernetes.io/ssh-auth, but it is bound to Secret "ghcr-push" of type kubernetes.io/dockerconfigjson (got "ghcr-push"). Fix: bind a kubernetes.io/ssh-auth Secret there with WorkspaceBinding.sshDirectory(gitSshSecret), and Secret "ghcr-push" to the workspace that takes its kind`,
  `${RUN}PipelineRun "loyalty-run": spec.workspaces[1]: workspace "dockerconfig" of pipeline task "build" (Task "kaniko") expects a registry config (DockerConfigSecret), type kubernetes.io/dockerconfigjson, but it is bound to Secret "loyalty-deploy-key" of type kubernetes.io/ssh-auth (got "loyalty-deploy-key"). Fix: bind a kubernetes.io/dockerconfigjson Secret there with WorkspaceBinding.dockerConfig(dockerConfigSecret), and Secret "loyalty-deploy-key" to the workspace that takes its kind`,
];
const KEY_UNDER_WRONG_NAME = `${RUN}PipelineRun "loyalty-run": spec.workspaces[1]: the binding of workspace "ssh-directory" of pipeline task "clone" (Task "git-clone") lays Secret "loyalty-deploy-key" out as ssh-privatekey, known_hosts, without a private key file named id_* (such as id_rsa), which is what the clone hands to ssh (got ["ssh-privatekey","known_hosts"]). Fix: bind it with WorkspaceBinding.sshDirectory(gitSshSecret), which maps the keys to the right file names`;
const CONFIG_ELSEWHERE = `${RUN}TaskRun "loyalty-run": spec.workspaces[1]: the binding of workspace "dockerconfig" of Task "kaniko" lays Secret "ghcr-push" out as .docker/config.json, without config.json, the only file Kaniko and buildah read there (got [".docker/config.json"]). Fix: bind it with WorkspaceBinding.dockerConfig(dockerConfigSecret), which maps the keys to the right file names`;
const OWN_TASK = `${RUN}TaskRun "loyalty-run": spec.params[0].value: Task "publish" pushes registry.example.com:5000/acme/loyalty:1.0 to registry registry.example.com:5000, but no DockerConfigSecret for registry.example.com:5000 reaches it: its workspaces bring none, and ServiceAccount "builder" lists Secret "ghcr-push" (for ghcr.io) (got "registry.example.com:5000/acme/loyalty:1.0"). Fix: give the task a DockerConfigSecret with registries: ['registry.example.com:5000'], or list one on the run's service account; or fix the registry of the image`;

describe('credential checks at synth, each mistake as a user makes it', () => {
  it('the git URL\'s host has no credential reaching the task that clones it', () => {
    expect(synthErrors(wrongHost)).toEqual([WRONG_HOST]);
  });

  it('an ssh:// URL with only a basic-auth credential for its host', () => {
    expect(synthErrors(sshUrlWithToken)).toEqual([SSH_URL_WITH_TOKEN]);
  });

  it('an https:// URL (a pipeline param default) with only an SSH key for its host', () => {
    expect(synthErrors(httpsUrlWithKey)).toEqual([HTTPS_URL_WITH_KEY]);
  });

  it('an image without a host is on docker.io, for which no DockerConfigSecret reaches the task', () => {
    expect(synthErrors(imageOnDockerHub)).toEqual([IMAGE_ON_DOCKER_HUB]);
  });

  it('an empty image is reported as empty, not as an image on docker.io', () => {
    expect(synthErrors(emptyImage)).toEqual([
      `${RUN}PipelineRun "loyalty-run": spec.pipelineRef: pipeline task "build" (Task "kaniko") pushes an empty image reference: there is no image to push and no registry to log in to (got ""). Fix: set the image param to the reference to push, registry/repository:tag (for example ghcr.io/acme/app:1.0)`,
    ]);
  });

  it('a registry with a port, pushed by the user\'s own Task marked with TaskCredentials', () => {
    expect(synthErrors(ownTaskPrivateRegistry)).toEqual([OWN_TASK]);
  });

  it('the credential is listed on a service account that the run does not use', () => {
    expect(synthErrors(accountNotUsed)).toEqual([ACCOUNT_NOT_USED]);
  });

  it('an SSH secret bound where a Docker config is expected, and the reverse', () => {
    expect(synthErrors(swappedWorkspaces)).toEqual(SWAPPED);
  });

  it('the private key under a name that ssh is never given', () => {
    expect(synthErrors(keyUnderWrongName)).toEqual([KEY_UNDER_WRONG_NAME]);
  });

  it('a registry config mounted where Kaniko does not look', () => {
    expect(synthErrors(configWhereKanikoDoesNotLook)).toEqual([CONFIG_ELSEWHERE]);
  });

  it('validate on the YAML finds the same problems as synth', () => {
    const programs = [wrongHost, sshUrlWithToken, httpsUrlWithKey, imageOnDockerHub, ownTaskPrivateRegistry, accountNotUsed, swappedWorkspaces, keyUnderWrongName, configWhereKanikoDoesNotLook];
    for (const program of programs) {
      // On YAML files an account that is not among them may exist in the cluster: a warning there, an error at synth.
      expect(validateErrors(program)).toEqual(synthErrors(program).map((line) => line.replace(/^\[[^\]]+\] /, '')).map((line) => (line.includes('is not among the documents') ? `warning: ${line}` : line)));
    }
  });
});

describe('Tekton\'s own credential path: Secrets on the run\'s service account', () => {
  const accountOnly: Program = (chart) => {
    const deployKey = GitSshSecret.fromSecretName(chart, 'deploy-key', 'loyalty-deploy-key', { host: 'github.com' });
    const ghcr = DockerConfigSecret.fromSecretName(chart, 'ghcr', 'ghcr-push', { registries: ['ghcr.io'] });
    const builder = new PipelineServiceAccount(chart, 'builder', { secrets: [deployKey, ghcr], imagePullSecrets: [ghcr] });
    const gitClone = new GitCloneTask(chart, 'git-clone');
    const buildah = new BuildahTask(chart, 'buildah');
    const pipeline = new Pipeline(chart, 'loyalty-build');
    const source = pipeline.addWorkspace('source');
    const clone = pipeline.addTask('clone', { task: gitClone, params: { url: 'git@github.com:acme/mono.git' }, workspaces: { output: source } });
    pipeline.addTask('build', { task: buildah, params: { IMAGE: `ghcr.io/acme/loyalty:${clone.result('commit')}` }, workspaces: { source } });
    new PipelineRun(chart, 'loyalty-run', { pipeline, serviceAccount: builder, workspaces: { source: WorkspaceBinding.emptyDir() } });
  };

  function withSecrets(secrets: object[]): string[] {
    const docs = [...build(accountOnly, false).charts[0].toJson(), ...secrets];
    return validateManifests(docs.map((manifest: unknown, i: number) => ({ manifest, source: `#${i}` }))).map(formatProblem);
  }

  it('synth accepts credentials that reach the tasks only through the service account (git-clone and buildah with its dockerconfig workspace unbound)', () => {
    expect(synthErrors(accountOnly)).toEqual([]);
  });

  it('validate with the real Secrets: an annotated SSH key passes; without tekton.dev/git-0 Tekton ignores it, and the message says so', () => {
    const key = (annotations: Record<string, string>) => ({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'loyalty-deploy-key', annotations }, type: 'kubernetes.io/ssh-auth', data: { 'ssh-privatekey': 'AAAA', known_hosts: 'AAAA' } });
    const ghcr = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'ghcr-push' }, type: 'kubernetes.io/dockerconfigjson', data: { '.dockerconfigjson': Buffer.from(JSON.stringify({ auths: { 'https://ghcr.io': { auth: 'eDp5' } } })).toString('base64') } };
    expect(withSecrets([key({ 'tekton.dev/git-0': 'github.com' }), ghcr])).toEqual([]);
    expect(withSecrets([key({}), ghcr])).toEqual([
      'PipelineRun "loyalty-run": spec.pipelineRef: pipeline task "clone" (Task "git-clone") clones git@github.com:acme/mono.git over SSH, but no kubernetes.io/ssh-auth credential for github.com reaches it: its workspaces bring none, and ServiceAccount "builder" lists Secret "loyalty-deploy-key" (for no host: it has no tekton.dev/git-N annotation) (got "git@github.com:acme/mono.git"). Fix: bind a GitSshSecret for github.com to its ssh-directory workspace: WorkspaceBinding.sshDirectory(GitSshSecret.fromSecretName(scope, id, name, { host: \'github.com\' })), or list one on the run\'s service account; or fix the host of the URL',
    ]);
  });

  it('a DockerConfigSecret only in imagePullSecrets pulls step images but does not reach the steps', () => {
    expect(synthErrors((chart) => {
      const ghcr = DockerConfigSecret.fromSecretName(chart, 'ghcr', 'ghcr-push', { registries: ['ghcr.io'] });
      const builder = new PipelineServiceAccount(chart, 'builder', { imagePullSecrets: [ghcr] });
      new TaskRun(chart, 'loyalty-run', { task: new BuildahTask(chart, 'buildah'), serviceAccount: builder, params: { IMAGE: 'ghcr.io/acme/loyalty:1.0' }, workspaces: { source: WorkspaceBinding.emptyDir() } });
    })).toEqual([
      `${RUN}TaskRun "loyalty-run": spec.params[0].value: Task "buildah" pushes ghcr.io/acme/loyalty:1.0 to registry ghcr.io, but no DockerConfigSecret for ghcr.io reaches it: its workspaces bring none, and ServiceAccount "builder" lists none (Secret "ghcr-push" is in its imagePullSecrets, which the kubelet uses to pull step images; steps only get the secrets list) (got "ghcr.io/acme/loyalty:1.0"). Fix: bind a DockerConfigSecret with registries: ['ghcr.io'] to its dockerconfig workspace (WorkspaceBinding.dockerConfig(secret)), or list one on the run's service account; or fix the registry of the image`,
    ]);
  });

  it('validate reads the registries of a real dockerconfigjson Secret from its config.json', () => {
    const key = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'loyalty-deploy-key', annotations: { 'tekton.dev/git-0': 'github.com' } }, type: 'kubernetes.io/ssh-auth', data: { 'ssh-privatekey': 'AAAA' } };
    const quay = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'ghcr-push' }, type: 'kubernetes.io/dockerconfigjson', stringData: { '.dockerconfigjson': JSON.stringify({ auths: { 'quay.io': { auth: 'eDp5' } } }) } };
    expect(withSecrets([key, quay])).toEqual([
      'PipelineRun "loyalty-run": spec.pipelineRef: pipeline task "build" (Task "buildah") pushes ghcr.io/acme/loyalty:$(tasks.clone.results.commit) to registry ghcr.io, but no DockerConfigSecret for ghcr.io reaches it: its workspaces bring none, and ServiceAccount "builder" lists Secret "ghcr-push" (for quay.io) (got "ghcr.io/acme/loyalty:$(tasks.clone.results.commit)"). Fix: bind a DockerConfigSecret with registries: [\'ghcr.io\'] to its dockerconfig workspace (WorkspaceBinding.dockerConfig(secret)), or list one on the run\'s service account; or fix the registry of the image',
    ]);
  });
});

describe('hub refs to catalog tasks are checked against their interface', () => {
  it('a misspelled workspace and param, and the missing required param, list the real names', () => {
    const errors = synthErrors((chart) => {
      const pipeline = new Pipeline(chart, 'loyalty-build');
      const source = pipeline.addWorkspace('source');
      const sshCreds = pipeline.addWorkspace('ssh-creds');
      pipeline.addTask('clone', { taskRef: TaskRef.hub('git-clone', '0.10'), params: { URL: 'git@github.com:acme/mono.git' }, workspaces: { output: source, 'ssh-dir': sshCreds } });
    });
    expect(errors).toEqual([
      '[loyalty/loyalty-build] Pipeline "loyalty-build": spec.tasks[0].params: hub task git-clone 0.10 requires param "url" (string, no default), which is not given. Fix: add {name: url, value: ...} to spec.tasks[0].params, or give the param a default',
      '[loyalty/loyalty-build] Pipeline "loyalty-build": spec.tasks[0].params[0].name: hub task git-clone 0.10 declares no param "URL"; did you mean "url"? Its params: url, revision, refspec, submodules, depth, sslVerify, crtFileName, subdirectory, sparseCheckoutDirectories, deleteExisting, httpProxy, httpsProxy, noProxy, verbose, gitInitImage, userHome. Tekton ignores an undeclared param, so "url" is not given (got "URL"). Fix: rename "URL" to "url"',
      '[loyalty/loyalty-build] Pipeline "loyalty-build": spec.tasks[0].workspaces[1].name: hub task git-clone 0.10 declares no workspace "ssh-dir"; declared: output, ssh-directory, basic-auth, ssl-ca-directory (got "ssh-dir"). Fix: bind one of the declared workspaces, or declare this one',
    ]);
  });

  it('kaniko 0.7 and buildah 0.9 from the hub, in a TaskRun and a Pipeline', () => {
    const errors = synthErrors((chart) => {
      new TaskRun(chart, 'kaniko-run', { taskRef: TaskRef.hub('kaniko', '0.7'), params: { image: 'ghcr.io/acme/x' }, workspaces: { source: WorkspaceBinding.emptyDir() } });
      const pipeline = new Pipeline(chart, 'p');
      pipeline.addTask('build', { taskRef: TaskRef.hub('buildah', '0.9'), params: { IMAGE: 'ghcr.io/acme/x', BUILD_ARGS: ['A=1'] } });
    });
    expect(errors).toEqual([
      '[loyalty/kaniko-run] TaskRun "kaniko-run": spec.params: hub task kaniko 0.7 requires param "IMAGE" (string, no default), which is not given. Fix: add {name: IMAGE, value: ...} to spec.params, or give the param a default',
      '[loyalty/kaniko-run] TaskRun "kaniko-run": spec.params[0].name: hub task kaniko 0.7 declares no param "image"; did you mean "IMAGE"? Its params: IMAGE, DOCKERFILE, CONTEXT, EXTRA_ARGS, BUILDER_IMAGE, WRITER_IMAGE. Tekton ignores an undeclared param, so "IMAGE" is not given (got "image"). Fix: rename "image" to "IMAGE"',
      '[loyalty/p] Pipeline "p": spec.tasks[0].workspaces: hub task buildah 0.9 requires workspace "source", which is not bound. Fix: add a binding named "source" to spec.tasks[0].workspaces, or mark the workspace optional',
    ]);
  });

  it('the credential checks apply to hub refs too', () => {
    expect(synthErrors((chart) => {
      const ghcr = DockerConfigSecret.fromSecretName(chart, 'ghcr', 'ghcr-push', { registries: ['ghcr.io'] });
      const pipeline = new Pipeline(chart, 'loyalty-build');
      const source = pipeline.addWorkspace('source');
      const dockerConfig = pipeline.addWorkspace('docker-config');
      pipeline.addTask('build', { taskRef: TaskRef.hub('buildah', '0.9'), params: { IMAGE: 'quay.io/acme/loyalty:1.0' }, workspaces: { source, dockerconfig: dockerConfig } });
      new PipelineRun(chart, 'loyalty-run', { pipeline, workspaces: { source: WorkspaceBinding.emptyDir(), 'docker-config': WorkspaceBinding.dockerConfig(ghcr) } });
    })).toEqual([
      `${RUN}PipelineRun "loyalty-run": spec.pipelineRef: pipeline task "build" (hub task buildah 0.9) pushes quay.io/acme/loyalty:1.0 to registry quay.io, but no DockerConfigSecret for quay.io reaches it: its workspaces bring Secret "ghcr-push" (for ghcr.io), and ServiceAccount "default" is not among the documents (got "quay.io/acme/loyalty:1.0"). Fix: bind a DockerConfigSecret with registries: ['quay.io'] to its dockerconfig workspace (WorkspaceBinding.dockerConfig(secret)) (one config.json can hold several registries), or leave that workspace unbound and list one on the run's service account (PipelineServiceAccount.fromServiceAccountName(scope, id, 'default', { secrets: [DockerConfigSecret.fromSecretName(scope, id, name, { registries: ['quay.io'] })] }) for an existing one); or fix the registry of the image`,
    ]);
  });

  it('hub tasks the SDK has no data for stay unchecked', () => {
    expect(synthErrors((chart) => {
      const pipeline = new Pipeline(chart, 'p');
      pipeline.addTask('clone', { taskRef: TaskRef.hub('git-clone', '0.8'), params: { URL: 'x' } });
    })).toEqual([]);
  });
});

describe('the runs a TriggerTemplate creates are checked too', () => {
  it('an SSH secret bound to the dockerconfig workspace in TriggerTemplate.fromPipeline', () => {
    expect(synthErrors((chart) => {
      const deployKey = GitSshSecret.fromSecretName(chart, 'deploy-key', 'loyalty-deploy-key', { host: 'github.com' });
      const kaniko = new KanikoTask(chart, 'kaniko');
      const pipeline = new Pipeline(chart, 'loyalty-build');
      const source = pipeline.addWorkspace('source');
      const dockerConfig = pipeline.addWorkspace('docker-config');
      const revision = pipeline.addParam('revision');
      pipeline.addTask('build', { task: kaniko, params: { IMAGE: `ghcr.io/acme/loyalty:${revision}` }, workspaces: { source, dockerconfig: dockerConfig } });
      TriggerTemplate.fromPipeline(chart, 'on-push', pipeline, {
        workspaces: { source: WorkspaceBinding.volumeClaimTemplate({ storage: '1Gi' }), 'docker-config': WorkspaceBinding.sshDirectory(deployKey) },
      });
    })).toEqual([
      '[loyalty/on-push] TriggerTemplate "on-push": spec.resourcetemplates[0].spec.workspaces[1]: workspace "dockerconfig" of pipeline task "build" (Task "kaniko") expects a registry config (DockerConfigSecret), type kubernetes.io/dockerconfigjson, but it is bound to Secret "loyalty-deploy-key" of type kubernetes.io/ssh-auth (got "loyalty-deploy-key"). Fix: bind a kubernetes.io/dockerconfigjson Secret there with WorkspaceBinding.dockerConfig(dockerConfigSecret), and Secret "loyalty-deploy-key" to the workspace that takes its kind',
    ]);
  });
});

describe('what a run may need and what it may not', () => {
  it('an https clone with no credential at all is a public repository; a push as an account the app does not know is not', () => {
    expect(synthErrors((chart) => {
      const gitClone = new GitCloneTask(chart, 'git-clone');
      const kaniko = new KanikoTask(chart, 'kaniko');
      const pipeline = new Pipeline(chart, 'loyalty-build');
      const source = pipeline.addWorkspace('source');
      const clone = pipeline.addTask('clone', { task: gitClone, params: { url: 'https://github.com/acme/public.git' }, workspaces: { output: source } });
      pipeline.addTask('build', { task: kaniko, params: { IMAGE: `ghcr.io/acme/loyalty:${clone.result('commit')}` }, workspaces: { source } });
      new PipelineRun(chart, 'loyalty-run', { pipeline, serviceAccount: 'ci-bot', workspaces: { source: WorkspaceBinding.emptyDir() } });
    })).toEqual([
      `${RUN}PipelineRun "loyalty-run": spec.pipelineRef: pipeline task "build" (Task "kaniko") pushes ghcr.io/acme/loyalty:$(tasks.clone.results.commit) to registry ghcr.io, but no DockerConfigSecret for ghcr.io reaches it: its workspaces bring none, and ServiceAccount "ci-bot" is not among the documents (got "ghcr.io/acme/loyalty:$(tasks.clone.results.commit)"). Fix: bind a DockerConfigSecret with registries: ['ghcr.io'] to its dockerconfig workspace (WorkspaceBinding.dockerConfig(secret)): that is the only place it reads; or fix the registry of the image`,
    ]);
  });

  it('a Secret document overrides the annotation: a real Secret of the wrong type is reported by validate', () => {
    const app = build(wrongHost, false);
    const docs = app.charts[0].toJson();
    docs.push({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'loyalty-deploy-key' }, type: 'Opaque', data: { 'ssh-privatekey': 'AAAA' } });
    const messages = validateManifests(docs.map((manifest: unknown, i: number) => ({ manifest, source: `#${i}` }))).map(formatProblem);
    expect(messages).toEqual([
      'PipelineRun "loyalty-run": spec.workspaces[1]: workspace "ssh-directory" of pipeline task "clone" (Task "git-clone") expects an SSH key (GitSshSecret), type kubernetes.io/ssh-auth, but it is bound to Secret "loyalty-deploy-key" of type Opaque (got "loyalty-deploy-key"). Fix: bind a kubernetes.io/ssh-auth Secret there with WorkspaceBinding.sshDirectory(gitSshSecret), and Secret "loyalty-deploy-key" to the workspace that takes its kind',
    ]);
  });
});
