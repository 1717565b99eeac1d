import { App, Chart } from 'cdk8s';
import {
  BuildahTask, DockerConfigSecret, GitCloneTask, GitSshSecret, Pipeline, PipelineRun,
  PipelineServiceAccount, WorkspaceBinding,
} from '../../lib';

const app = new App();
const chart = new Chart(app, 'loyalty');

// Secrets that already exist in the cluster: referenced by name, typed, never holding material.
const deployKey = GitSshSecret.fromSecretName(chart, 'deploy-key', 'loyalty-deploy-key', { host: 'github.com' });
const ghcr = DockerConfigSecret.fromSecretName(chart, 'ghcr', 'ghcr-push', { registries: ['ghcr.io'] });
const builder = new PipelineServiceAccount(chart, 'builder', { secrets: [deployKey, ghcr] });

const gitClone = new GitCloneTask(chart, 'git-clone'); // Task "git-clone": the catalog's git-clone 0.10 interface
const buildah = new BuildahTask(chart, 'buildah');      // Task "buildah": the catalog's buildah 0.9 interface

const pipeline = new Pipeline(chart, 'loyalty-build');
const source = pipeline.addWorkspace('source');
const sshCreds = pipeline.addWorkspace('ssh-creds');
const dockerConfig = pipeline.addWorkspace('docker-config');
const repoUrl = pipeline.addParam('repo-url');
const revision = pipeline.addParam('revision');
const clone = pipeline.addTask('clone', {
  task: gitClone, params: { url: repoUrl, revision }, workspaces: { output: source, 'ssh-directory': sshCreds },
});
pipeline.addTask('build', {
  task: buildah,
  params: { IMAGE: `ghcr.io/acme/loyalty:${clone.result('commit')}`, CONTEXT: 'services/loyalty', DOCKERFILE: 'services/loyalty/Dockerfile' },
  workspaces: { source, dockerconfig: dockerConfig },
});

// The run goes in a chart of its own, created anew on every CI build (kubectl create -f
// dist/loyalty-run.k8s.yaml) while the definitions are applied (kubectl apply -f dist/loyalty.k8s.yaml).
const runs = new Chart(app, 'loyalty-run');
new PipelineRun(runs, 'loyalty-run', {
  generateName: 'loyalty-run-',
  pipeline,
  serviceAccount: builder,
  params: { 'repo-url': 'git@github.com:acme/mono.git', revision: 'main' },
  workspaces: {
    source: WorkspaceBinding.volumeClaimTemplate({ storage: '1Gi' }),
    'ssh-creds': WorkspaceBinding.sshDirectory(deployKey),
    'docker-config': WorkspaceBinding.dockerConfig(ghcr),
  },
});
app.synth();
