// The realistic 10-task program of the bench (issue 16): clone, lint, unit and integration tests,
// scan, build, image build and push, deploy, smoke test and a report in finally; params, a shared
// workspace, results passed on; a Pipeline and its PipelineRun. Written as a user writes it, with
// the script tag on all 10 scripts; with TEN_TASK_TAG=off the same scripts are written out by hand
// (the env vars the tag would add, declared on the step), so the YAML is byte-identical and the
// difference is the tag's own cost. Run as `node ten-task.js <outdir>` from a precompiled copy.
import { App, Chart } from 'cdk8s';
import type { Reference, Script } from '../../lib';

// The library as the bench gives it (CDK8S_TEKTON_LIB: the package's build/lib, what users install),
// else the sources next to this file.
const sdk: typeof import('../../lib') = require(process.env.CDK8S_TEKTON_LIB ?? '../../lib');
const { Pipeline, PipelineRun, script, Task, WorkspaceBinding } = sdk;
type Task = InstanceType<typeof Task>;
/** The env var the script tag gives a reference (`params.url` -> `PARAMS_URL`). */
const envNameFor = (ref: Reference): string => ref.expression.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '').toUpperCase();

const useTag = process.env.TEN_TASK_TAG !== 'off';
const IMAGE = 'mirror.gcr.io/alpine:3.20';

/** One step's script: through the tag, or the same text with the env vars written by hand. */
function body(parts: TemplateStringsArray, ...values: Reference[]): { script: Script | string; env?: Record<string, string> } {
  if (useTag) return { script: script(parts, ...values) };
  const env: Record<string, string> = {};
  let text = parts[0];
  values.forEach((v, i) => {
    const name = envNameFor(v);
    env[name] = v.toString();
    text += `"\${${name}}"${parts[i + 1]}`;
  });
  return { script: text, env };
}

const app = new App({ outdir: process.argv[2] ?? 'dist' });
const chart = new Chart(app, 'ten-task');

function task(name: string, build: (t: Task) => { script: Script | string; env?: Record<string, string> }): Task {
  const t = new Task(chart, name);
  const { script: s, env } = build(t);
  t.addStep({ name: 'run', image: IMAGE, script: s, ...(env ? { env } : {}) });
  return t;
}

const clone = task('clone', (t) => {
  const url = t.addParam('url');
  const revision = t.addParam('revision', { default: 'main' });
  const out = t.addWorkspace('output');
  const commit = t.addResult('commit');
  return body`git clone ${url} ${out.path}/src && cd ${out.path}/src && git checkout ${revision} && git rev-parse HEAD | tr -d '\\n' > ${commit.path}`;
});
const lint = task('lint', (t) => {
  const src = t.addWorkspace('source');
  return body`cd ${src.path}/src && npm ci && npm run lint`;
});
const unit = task('unit-test', (t) => {
  const src = t.addWorkspace('source');
  const report = t.addResult('report');
  return body`cd ${src.path}/src && npm test -- --reporter=json > ${report.path}`;
});
const integration = task('integration-test', (t) => {
  const src = t.addWorkspace('source');
  const db = t.addParam('database-url');
  return body`cd ${src.path}/src && DATABASE_URL=${db} npm run test:integration`;
});
const scan = task('scan', (t) => {
  const src = t.addWorkspace('source');
  const severity = t.addParam('severity', { default: 'HIGH,CRITICAL' });
  return body`trivy fs --severity ${severity} --exit-code 1 ${src.path}/src`;
});
const build = task('build', (t) => {
  const src = t.addWorkspace('source');
  const commit = t.addParam('commit');
  const artifact = t.addResult('artifact');
  return body`cd ${src.path}/src && npm run build -- --define VERSION=${commit} && echo dist/app.tgz > ${artifact.path}`;
});
const image = task('image', (t) => {
  const src = t.addWorkspace('source');
  const ref = t.addParam('image');
  const digest = t.addResult('digest');
  return body`cd ${src.path}/src && buildah bud -t ${ref} . && buildah push --digestfile ${digest.path} ${ref}`;
});
const deploy = task('deploy', (t) => {
  const ref = t.addParam('image');
  const digest = t.addParam('digest');
  const env = t.addParam('environment', { default: 'staging' });
  return body`kubectl -n ${env} set image deployment/app app=${ref}@${digest}`;
});
const smoke = task('smoke-test', (t) => {
  const url = t.addParam('url');
  return body`curl --fail --retry 5 ${url}/healthz`;
});
const report = task('report', (t) => {
  const status = t.addParam('status');
  const commit = t.addParam('commit');
  return body`echo pipeline for ${commit} finished: ${status}`;
});

const pipeline = new Pipeline(chart, 'ci');
const shared = pipeline.addWorkspace('shared');
const repo = pipeline.addParam('repo-url');
const imageRef = pipeline.addParam('image', { default: 'ghcr.io/acme/app:latest' });
const c = pipeline.addTask('clone', { task: clone, params: { url: repo }, workspaces: { output: shared } });
const l = pipeline.addTask('lint', { task: lint, workspaces: { source: shared } }).runAfter(c);
const u = pipeline.addTask('unit-test', { task: unit, workspaces: { source: shared } }).runAfter(c);
const it = pipeline.addTask('integration-test', { task: integration, params: { 'database-url': 'postgres://db:5432/test' }, workspaces: { source: shared } }).runAfter(c);
const s = pipeline.addTask('scan', { task: scan, workspaces: { source: shared } }).runAfter(c);
const b = pipeline.addTask('build', { task: build, params: { commit: c.result('commit') }, workspaces: { source: shared } }).runAfter(l, u, it, s);
const i = pipeline.addTask('image', { task: image, params: { image: imageRef }, workspaces: { source: shared } }).runAfter(b);
const d = pipeline.addTask('deploy', { task: deploy, params: { image: imageRef, digest: i.result('digest') } });
pipeline.addTask('smoke-test', { task: smoke, params: { url: 'https://staging.acme.example' } }).runAfter(d);
pipeline.addFinally('report', { task: report, params: { status: '$(tasks.status)', commit: c.result('commit') } });

// One file for the bench to compare, so the run keeps a fixed name, given explicitly (no synth
// warning); a CI project puts it in a chart of its own with generateName (README, "CI recipe").
new PipelineRun(chart, 'ci-run', {
  name: 'ci-run',
  pipeline,
  params: { 'repo-url': 'https://github.com/acme/app.git' },
  workspaces: { shared: WorkspaceBinding.volumeClaimTemplate({ storage: '1Gi' }) },
});

app.synth();
// The bench measures how long the process lives after this line.
process.stderr.write(`last-statement ${Date.now()}\n`);
