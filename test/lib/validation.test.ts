import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { App, Chart, Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { configureValidation, ParamType, Pipeline, PipelineRun, Task, TaskRef, WorkspaceBinding } from '../../lib';

/** Mistakes that no single construct can see: they only show when the app is validated as a whole. */
function brokenChart(app: App): Chart {
  const chart = new Chart(app, 'ci');
  const build = new Task(chart, 'build');
  build.addParam('image');
  build.addWorkspace('source');
  build.addStep({ name: 'build', image: 'gcr.io/kaniko-project/executor:v1.23.2', args: ['--destination', build.param('image')] });
  const pipeline = new Pipeline(chart, 'release');
  const shared = pipeline.addWorkspace('shared');
  const oses = pipeline.addParam('oses', { type: ParamType.ARRAY, default: ['linux', 'darwin'] });
  pipeline.addTask('build', { task: build, workspaces: { source: shared }, matrix: { params: { os: oses.all } } });
  pipeline.addTask('notify', { taskRef: TaskRef.named('notify') });
  new PipelineRun(chart, 'release-run', { pipeline, workspaces: { scratch: WorkspaceBinding.emptyDir() } });
  return chart;
}

const ALL_PROBLEMS = [
  'Validation failed with the following errors:',
  '  [ci/release] Pipeline "release": spec.tasks[1].taskRef.name: Task "notify" is not among the documents validated together; Tasks there: build (got "notify"). Fix: define it in this app, fix the name, or declare that it exists in the cluster: configureValidation(app, { externalRefs: [\'notify\'] })',
  '  [ci/release] Pipeline "release": spec.tasks[0].matrix: matrix is a beta feature, and enable-api-fields is "stable". Fix: set enable-api-fields to "beta" (the default) in the cluster\'s feature-flags ConfigMap and validate with configureValidation(app, { apiFields: \'beta\' }), or remove matrix',
  '  [ci/release] Pipeline "release": spec.tasks[0].params: Task "build" requires param "image" (string, no default), which is not given. Fix: add {name: image, value: ...} to spec.tasks[0].params, or give the param a default',
  '  [ci/release-run] PipelineRun "release-run": spec.workspaces[0].name: Pipeline "release" declares no workspace "scratch"; declared: shared (got "scratch"). Fix: bind one of the declared workspaces, or declare this one',
  '  [ci/release-run] PipelineRun "release-run": spec.workspaces: Pipeline "release" requires workspace "shared", which is not bound. Fix: add a binding named "shared" to spec.workspaces, or mark the workspace optional',
].join('\n');

describe('validation at synth', () => {
  it('fails synth with every problem at once, each with construct path, field, value and fix', () => {
    const app = Testing.app();
    configureValidation(app, { apiFields: 'stable' });
    brokenChart(app);
    expect(() => app.synth()).toThrow(ALL_PROBLEMS);
  });

  it('takes the feature level and external names from configureValidation', () => {
    const app = Testing.app();
    configureValidation(app, { apiFields: 'beta', externalRefs: ['notify'] });
    brokenChart(app);
    expect(() => app.synth()).toThrow(
      [
        'Validation failed with the following errors:',
        '  [ci/release] Pipeline "release": spec.tasks[0].params: Task "build" requires param "image" (string, no default), which is not given. Fix: add {name: image, value: ...} to spec.tasks[0].params, or give the param a default',
        '  [ci/release-run] PipelineRun "release-run": spec.workspaces[0].name: Pipeline "release" declares no workspace "scratch"; declared: shared (got "scratch"). Fix: bind one of the declared workspaces, or declare this one',
        '  [ci/release-run] PipelineRun "release-run": spec.workspaces: Pipeline "release" requires workspace "shared", which is not bound. Fix: add a binding named "shared" to spec.workspaces, or mark the workspace optional',
      ].join('\n'),
    );
  });

  it('can be turned off', () => {
    const app = Testing.app();
    configureValidation(app, { enabled: false });
    brokenChart(app);
    expect(() => app.synth()).not.toThrow();
  });

  it('fails `cdk8s synth` itself with a non-zero exit and the problem list', () => {
    const root = resolve(__dirname, '../..');
    // Inside the repository (build/ is git-ignored) so that the app resolves cdk8s from node_modules.
    mkdirSync(join(root, 'build'), { recursive: true });
    const dir = mkdtempSync(join(root, 'build', 'synth-test-'));
    const appFile = join(dir, 'main.ts');
    writeFileSync(
      appFile,
      `import { App, Chart } from 'cdk8s';\nimport { Task, TaskRun } from '../../lib';\nconst app = new App();\nconst chart = new Chart(app, 'ci');\nconst t = new Task(chart, 'hello');\nt.addParam('who');\nt.addStep({ name: 'hi', image: 'alpine', script: 'echo hi' });\nnew TaskRun(chart, 'hello-run', { name: 'hello-run', task: t });\napp.synth();\n`,
    );
    let failure: { status: number; stderr: string } | undefined;
    try {
      execFileSync(join(root, 'node_modules/.bin/cdk8s'), ['synth', '--app', `node -r ts-node/register/transpile-only ${appFile}`, '--output', join(dir, 'dist')], {
        cwd: root,
        env: { ...process.env, CDK8S_CHECK_UPGRADE: 'false' },
        stdio: 'pipe',
      });
    } catch (e) {
      const err = e as { status: number; stderr: Buffer };
      failure = { status: err.status, stderr: err.stderr.toString() };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(failure?.status).not.toBe(0);
    expect(failure?.stderr).toContain(
      '[ci/hello-run] TaskRun "hello-run": spec.params: Task "hello" requires param "who" (string, no default), which is not given. Fix: add {name: who, value: ...} to spec.params, or give the param a default',
    );
  });

  it('prints each synth warning once, on stderr, and still writes the output', () => {
    const root = resolve(__dirname, '../..');
    mkdirSync(join(root, 'build'), { recursive: true });
    const dir = mkdtempSync(join(root, 'build', 'synth-warning-'));
    const appFile = join(dir, 'main.ts');
    writeFileSync(
      appFile,
      `import { App, Chart } from 'cdk8s';\nimport { Task, warnAtSynth } from '../../lib';\nconst app = new App({ outdir: ${JSON.stringify(join(dir, 'dist'))} });\nfor (const id of ['a', 'b']) new Task(new Chart(app, id), 'hello', { name: 'hello-' + id }).addStep({ name: 'hi', image: 'alpine', script: 'echo hi' });\nwarnAtSynth(app.node.findChild('a').node.findChild('hello'), 'something risky');\napp.synth();\n`,
    );
    try {
      const r = spawnSync(process.execPath, ['-r', join(root, 'scripts/register-ts.cjs'), appFile], { cwd: root, encoding: 'utf8' });
      expect({ status: r.status, stderr: r.stderr, files: readdirSync(join(dir, 'dist')).sort() }).toEqual({ status: 0, stderr: '[a/hello] warning: something risky\n', files: ['a.k8s.yaml', 'b.k8s.yaml'] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
