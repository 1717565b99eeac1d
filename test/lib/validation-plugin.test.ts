// TektonValidation run by a real `cdk8s synth` as a cdk8s-cli validation plugin: the problems
// come out as the CLI's report, exit 2, and no stack trace (which App.synth's own validation,
// reporting by throwing, cannot avoid).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

const APP = `import { App, Chart } from 'cdk8s';
import { configureValidation, Task, TaskRef, TaskRun } from '../../lib';
const app = new App();
configureValidation(app, { enabled: false });
const chart = new Chart(app, 'ci');
const t = new Task(chart, 'hello');
t.addParam('who');
t.addStep({ name: 'hi', image: 'alpine', script: 'echo hi' });
new TaskRun(chart, 'hello-run', { name: 'hello-run', task: t });
new TaskRun(chart, 'lint-run', { name: 'lint-run', taskRef: TaskRef.named('lint') });
app.synth();
`;

// The plugin is loaded by the cdk8s CLI with a plain require(); the package's sources are TypeScript here.
const PLUGIN = `require('ts-node').register({ transpileOnly: true });
module.exports = require('../../lib/validation-plugin.ts');
`;

const CONFIG = `language: typescript
app: node -r ts-node/register/transpile-only main.ts
validations:
  - package: ./plugin.js
    class: TektonValidation
    version: 0.1.0
    properties:
      apiFields: beta
`;

describe('TektonValidation (cdk8s-cli validation plugin)', () => {
  it('fails `cdk8s synth` with exit 2 and the problem list, without a stack trace', () => {
    // Inside the repository (build/ is git-ignored) so that the app resolves cdk8s from node_modules.
    mkdirSync(join(ROOT, 'build'), { recursive: true });
    const dir = mkdtempSync(join(ROOT, 'build', 'plugin-test-'));
    writeFileSync(join(dir, 'main.ts'), APP);
    writeFileSync(join(dir, 'plugin.js'), PLUGIN);
    writeFileSync(join(dir, 'cdk8s.yaml'), CONFIG);
    let r;
    try {
      r = spawnSync(join(ROOT, 'node_modules/.bin/cdk8s'), ['synth'], { cwd: dir, env: { ...process.env, CDK8S_CHECK_UPGRADE: 'false' }, encoding: 'utf8', timeout: 120_000 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('Validation failed. See above reports for details\n');
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/^\s+at /m);
    const text = r.stdout.replace(/\x1b\[[0-9;]*m/g, '');
    for (const line of [
      'param.missing (1 occurrences)',
      '    - Construct Path: ci/hello-run/Resource',
      '    - Manifest Path: dist/ci.k8s.yaml',
      '    - Resource Name: hello-run',
      '      > spec.params',
      '  Recommendation: TaskRun "hello-run": spec.params: Task "hello" requires param "who" (string, no default), which is not given',
      '  How to fix: add {name: who, value: ...} to spec.params, or give the param a default',
      'ref.not-found (1 occurrences)',
      '    - Construct Path: ci/lint-run/Resource',
      '      > spec.taskRef.name',
      '  Recommendation: TaskRun "lint-run": spec.taskRef.name: Task "lint" is not among the documents validated together; Tasks there: hello (got "lint")',
      '  How to fix: define it in this app, fix the name, or declare that it exists in the cluster: externalRefs: [\'lint\'] under the properties of the TektonValidation entry in cdk8s.yaml',
    ]) {
      expect(text.split('\n')).toContain(line);
    }
  });
});
