import { App, Chart } from 'cdk8s';
import { Construct } from 'constructs';
import {
  DockerConfigSecret, EventListener, GitCloneTask, GitHubInterceptor, GitHubPush, GitSshSecret, BuildahTask,
  OpaqueSecret, onlyWhenChanged, Pipeline, PipelineServiceAccount, TriggerBinding, TriggerTemplate, WorkspaceBinding,
} from '../../lib';

/** The monorepo scenario end to end: a push to main that touches services/loyalty/ builds and pushes the image. */
export class LoyaltySystemChart extends Chart {
  public constructor(scope: Construct, id = 'loyalty-system') {
    // The listener's RBAC names the namespace it runs in, so the chart says which one (synth fails without).
    super(scope, id, { namespace: 'ci' });

    // Secrets that already exist in the cluster, referenced by name: the SDK never holds their values.
    const deployKey = GitSshSecret.fromSecretName(this, 'deploy-key', 'loyalty-deploy-key', { host: 'github.com' });
    const ghcr = DockerConfigSecret.fromSecretName(this, 'ghcr', 'ghcr-push', { registries: ['ghcr.io'] });
    const webhook = OpaqueSecret.fromSecretName(this, 'webhook', 'github-webhook', { keys: ['token'] });
    const builder = new PipelineServiceAccount(this, 'builder', { secrets: [deployKey, ghcr] });

    const gitClone = new GitCloneTask(this, 'git-clone');
    const buildah = new BuildahTask(this, 'buildah');

    const pipeline = new Pipeline(this, 'loyalty-build');
    const source = pipeline.addWorkspace('source');
    const sshCreds = pipeline.addWorkspace('ssh-creds');
    const dockerConfig = pipeline.addWorkspace('docker-config');
    const repoUrl = pipeline.addParam('repo-url', { description: 'SSH URL of the monorepo' });
    const revision = pipeline.addParam('revision', { description: 'the pushed commit' });
    const clone = pipeline.addTask('clone', {
      task: gitClone, params: { url: repoUrl, revision }, workspaces: { output: source, 'ssh-directory': sshCreds },
    });
    pipeline.addTask('build', {
      task: buildah,
      params: { IMAGE: `ghcr.io/acme/loyalty:${clone.result('commit')}`, CONTEXT: 'services/loyalty', DOCKERFILE: 'services/loyalty/Dockerfile' },
      workspaces: { source, dockerconfig: dockerConfig },
    });

    // One template param per pipeline param (repo-url, revision), passed to a PipelineRun per event.
    const template = TriggerTemplate.fromPipeline(this, 'loyalty-build-on-push', pipeline, {
      serviceAccount: builder,
      workspaces: {
        source: WorkspaceBinding.volumeClaimTemplate({ storage: '1Gi' }),
        'ssh-creds': WorkspaceBinding.sshDirectory(deployKey),
        'docker-config': WorkspaceBinding.dockerConfig(ghcr),
      },
    });
    const push = new TriggerBinding(this, 'github-push', {
      params: { 'repo-url': GitHubPush.sshUrl, revision: GitHubPush.commitSha },
    });

    new EventListener(this, 'loyalty-listener', {
      triggers: [{
        name: 'loyalty-push',
        interceptors: [
          new GitHubInterceptor({ secret: webhook.keyRef('token'), eventTypes: ['push'] }),
          onlyWhenChanged(['services/loyalty/'], { branches: ['main'] }),
        ],
        bindings: [push],
        template,
      }],
      ingress: { host: 'hooks.acme.example', tlsSecretName: 'hooks-acme-tls' },
    });
  }
}

if (require.main === module) {
  const app = new App();
  new LoyaltySystemChart(app);
  app.synth();
}
