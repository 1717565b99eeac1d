import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { ParamType, Pipeline, PipelineRun, script, Task, when, WorkspaceBinding } from '../../lib';

/**
 * A diamond: `version` fans out to a matrix of builds and to unit tests (guarded by a when
 * expression); `publish` joins them; `notify` always runs last and reports the aggregate status.
 */
export class DiamondChart extends Chart {
  public constructor(scope: Construct, id = 'diamond') {
    super(scope, id);

    const version = new Task(this, 'compute-version');
    const src = version.addWorkspace('source');
    const semver = version.addResult('version');
    version.addStep({
      name: 'describe',
      image: 'mirror.gcr.io/alpine/git:2.45.2',
      workingDir: src.path,
      script: script`#!/bin/sh
git describe --tags --always | tr -d '\\n' > ${semver.path}`,
    });

    const build = new Task(this, 'build');
    const buildVersion = build.addParam('version');
    const platform = build.addParam('platform', { default: 'linux/amd64', description: 'GOOS/GOARCH to build for.' });
    const buildSrc = build.addWorkspace('source');
    const artifact = build.addResult('artifact');
    build.addStep({
      name: 'compile',
      image: 'mirror.gcr.io/golang:1.23',
      workingDir: buildSrc.path,
      env: { CGO_ENABLED: '0' },
      computeResources: { requests: { cpu: '500m', memory: '512Mi' }, limits: { memory: '1Gi' } },
      script: script`#!/bin/sh
GOOS="$(echo ${platform} | cut -d/ -f1)" GOARCH="$(echo ${platform} | cut -d/ -f2)" \\
  go build -ldflags "-X main.version=${buildVersion}" -o "bin/app-$(echo ${platform} | tr / -)" ./...
printf 'bin/app-%s' "$(echo ${platform} | tr / -)" > ${artifact.path}
`,
    });

    const unitTest = new Task(this, 'unit-test');
    const testSrc = unitTest.addWorkspace('source', { readOnly: true });
    unitTest.addStep({ name: 'test', image: 'mirror.gcr.io/golang:1.23', workingDir: testSrc.path, script: '#!/bin/sh\ngo test ./...\n' });

    const publish = new Task(this, 'publish');
    const pubVersion = publish.addParam('version');
    const pubSrc = publish.addWorkspace('source');
    publish.addStep({
      name: 'publish',
      image: 'mirror.gcr.io/alpine:3.20',
      workingDir: pubSrc.path,
      script: script`#!/bin/sh
echo "publishing version ${pubVersion}:" bin/*
`,
    });

    const notify = new Task(this, 'notify');
    const status = notify.addParam('status');
    notify.addStep({ name: 'notify', image: 'mirror.gcr.io/alpine:3.20', script: script`#!/bin/sh
echo "pipeline finished: ${status}"
` });

    const pipeline = new Pipeline(this, 'diamond', { description: 'Version, matrix build and tests in parallel, then publish.' });
    const shared = pipeline.addWorkspace('shared');
    const runTests = pipeline.addParam('run-tests', { type: ParamType.STRING, default: 'true' });
    const platforms = pipeline.addParam('platforms', { type: ParamType.ARRAY, default: ['linux/amd64', 'linux/arm64'] });

    const v = pipeline.addTask('version', { task: version, workspaces: { source: shared } });
    const builds = pipeline.addTask('build', {
      task: build,
      params: { version: v.result('version') },
      matrix: { params: { platform: platforms.all } },
      workspaces: { source: shared },
    });
    pipeline.addTask('unit-test', {
      task: unitTest,
      workspaces: { source: shared },
      when: [when(runTests).in('true')],
    }).runAfter(v);
    pipeline.addTask('publish', {
      task: publish,
      params: { version: v.result('version') },
      workspaces: { source: shared },
      retries: 2,
      timeout: '10m',
    }).runAfter(builds, 'unit-test');
    pipeline.addFinally('notify', { task: notify, params: { status: '$(tasks.status)' } });
    pipeline.addResult('version', v.result('version'));

    // A fixed name: a run to create once by hand. CI would give it generateName (README, "CI recipe").
    new PipelineRun(this, 'diamond-run', {
      name: 'diamond-run',
      pipeline,
      params: { 'run-tests': 'true' },
      workspaces: { shared: WorkspaceBinding.volumeClaimTemplate({ storage: '1Gi' }) },
      timeouts: { pipeline: '1h', tasks: '45m', finally: '10m' },
      podTemplate: { securityContext: { runAsNonRoot: true, runAsUser: 65532 } },
    });
  }
}
