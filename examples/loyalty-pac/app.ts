import { App, Chart } from 'cdk8s';
import { Construct } from 'constructs';
import {
  DockerConfigSecret, BuildahTask, GitCloneTask, PacPath, PacPipelineRun, PacVariables, Pipeline, WorkspaceBinding,
} from '../../lib';

/**
 * The loyalty build as Pipelines-as-Code: one `.tekton/` PipelineRun that PaC starts on a push to
 * main touching services/loyalty/ (and nothing beside it, such as services/loyalty-v2/): clone
 * with the token PaC provides, build and push with buildah. Synthesize it into the repository's
 * `.tekton/` folder: `new App({ outdir: '.tekton' })`.
 */
export class LoyaltyPacChart extends Chart {
  public constructor(scope: Construct, id = 'loyalty-pac') {
    super(scope, id);

    // The Tasks and the Pipeline are embedded into the run, as PaC resolves them, so they are built
    // in a chart of their own that is never written out: .tekton/ holds the PipelineRun alone.
    const library = new Chart(new App(), 'loyalty-pipeline');
    const gitClone = new GitCloneTask(library, 'git-clone');
    const buildah = new BuildahTask(library, 'buildah');
    const pipeline = new Pipeline(library, 'loyalty-build');
    const source = pipeline.addWorkspace('source');
    const gitAuth = pipeline.addWorkspace('git-auth');
    const dockerConfig = pipeline.addWorkspace('docker-config');
    const repoUrl = pipeline.addParam('repo-url');
    const revision = pipeline.addParam('revision');
    const clone = pipeline.addTask('clone', {
      task: gitClone, params: { url: repoUrl, revision }, workspaces: { output: source, 'basic-auth': gitAuth },
    });
    pipeline.addTask('build', {
      task: buildah,
      params: { IMAGE: `ghcr.io/acme/loyalty:${clone.result('commit')}`, CONTEXT: 'services/loyalty', DOCKERFILE: 'services/loyalty/Dockerfile' },
      workspaces: { source, dockerconfig: dockerConfig },
    });

    const ghcr = DockerConfigSecret.fromSecretName(this, 'ghcr', 'ghcr-push', { registries: ['ghcr.io'] });
    new PacPipelineRun(this, 'loyalty-push', {
      pipeline,
      on: { events: ['push'], targetBranches: ['main'], pathsChanged: [PacPath.folder('services/loyalty/')] },
      maxKeepRuns: 5,
      cancelInProgress: true,
      params: { 'repo-url': PacVariables.repoUrl, revision: PacVariables.revision },
      workspaces: {
        source: WorkspaceBinding.volumeClaimTemplate({ storage: '1Gi' }),
        'git-auth': WorkspaceBinding.secret(PacVariables.gitAuthSecret),
        'docker-config': WorkspaceBinding.dockerConfig(ghcr),
      },
    });
  }
}
