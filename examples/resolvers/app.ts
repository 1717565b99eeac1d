import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { context, Pipeline, PipelineRun, TaskRef, WorkspaceBinding } from '../../lib';

/** Tasks that live elsewhere: Tekton Hub, a git repository, an OCI bundle, the cluster and a URL. */
export class ResolversChart extends Chart {
  public constructor(scope: Construct, id = 'resolvers') {
    super(scope, id);

    const pipeline = new Pipeline(this, 'remote-tasks', { description: 'Clone, lint and build with tasks resolved at run time.' });
    const repoUrl = pipeline.addParam('repo-url', { description: 'Repository to build.' });
    const revision = pipeline.addParam('revision', { default: 'main' });
    const source = pipeline.addWorkspace('source');

    const clone = pipeline.addTask('clone', {
      taskRef: TaskRef.hub('git-clone', '0.9'),
      params: { url: repoUrl, revision },
      workspaces: { output: source },
    });
    pipeline.addTask('lint', {
      taskRef: TaskRef.git({ url: 'https://github.com/tektoncd/catalog.git', revision: 'main', pathInRepo: 'task/golangci-lint/0.2/golangci-lint.yaml' }),
      params: { package: 'github.com/acme/shop' },
      workspaces: { source },
    }).runAfter(clone);
    pipeline.addTask('build', {
      taskRef: TaskRef.bundle({ bundle: 'ghcr.io/tektoncd/catalog/upstream/tasks/golang-build:0.3', name: 'golang-build' }),
      params: { package: 'github.com/acme/shop', 'packages': './...' },
      workspaces: { source },
    }).runAfter(clone);
    pipeline.addTask('label', {
      taskRef: TaskRef.cluster('shared-labeler', 'tekton-tasks'),
      params: { run: context.pipelineRun.name },
    }).runAfter(clone);
    pipeline.addFinally('report', {
      taskRef: TaskRef.http('https://raw.githubusercontent.com/tektoncd/catalog/main/task/send-to-webhook-slack/0.1/send-to-webhook-slack.yaml'),
      params: { 'webhook-secret': 'slack-webhook', message: 'build finished: $(tasks.status)' },
    });

    // A fixed name: a run to create once by hand. CI would give it generateName (README, "CI recipe").
    new PipelineRun(this, 'remote-tasks-run', {
      name: 'remote-tasks-run',
      pipeline,
      params: { 'repo-url': 'https://github.com/acme/shop.git' },
      workspaces: { source: WorkspaceBinding.volumeClaimTemplate({ storage: '1Gi' }) },
    });
  }
}
