// `cdk8s-tekton validate` on documents the API server would refuse before Tekton's webhook sees
// them (a kind or version it does not serve, a document that does not fit the CRD's schema), and
// on tekton.dev/v1beta1 documents, which are checked against their schema only and not counted
// as valid.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve(__dirname, '../../bin/cdk8s-tekton.js');

function run(files: Record<string, string>, ...args: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'cdk8s-tekton-kinds-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const r = spawnSync(process.execPath, [BIN, 'validate', ...Object.keys(files), ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const task = (apiVersion: string, kind = 'Task', step = '') => `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: build\nspec:\n  steps:\n    - name: run\n      image: alpine:3.20\n${step}`;

describe('validate: kinds, versions and shapes', () => {
  it('says a tekton.dev/v1beta1 Task is checked against its schema only, and does not count it as valid', () => {
    expect(run({ 'old.yaml': task('tekton.dev/v1beta1'), 'new.yaml': task('tekton.dev/v1').replace('build', 'test') })).toEqual({
      code: 0,
      stdout:
        'old.yaml:1: warning: Task "build": apiVersion: only the schema of tekton.dev/v1beta1 Task documents is checked, not the webhook\'s rules, which this validator knows for tekton.dev/v1 (got "tekton.dev/v1beta1"). Fix: convert it to tekton.dev/v1 (Tekton serves both versions; v1beta1 is deprecated) to have it checked fully\n' +
        'ok: 1 documents in 2 files are valid, 1 only partly checked (1 warning)\n',
      stderr: '',
    });
  });

  it('fails a v1beta1 document of the wrong shape, and a kind that does not exist', () => {
    const r = run({ 'old.yaml': task('tekton.dev/v1beta1', 'Task', '      script: 99\n'), 'typo.yaml': task('tekton.dev/v1', 'Taks') });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      'old.yaml:9: Task "build": spec.steps[0].script: the tekton.dev/v1beta1 Task schema requires a string here (got 99). Fix: quote it: "99"\n' +
        'typo.yaml:2: Taks "build": kind: there is no kind "Taks" in tekton.dev; kinds: CustomRun, Pipeline, PipelineRun, StepAction, Task, TaskRun (got "Taks"). Fix: use "Task" (kinds are case-sensitive)\n' +
        '2 problems in 2 of 2 files\n',
    );
  });

  it('reports shape problems in JSON with their rule', () => {
    const r = run({ 't.yaml': task('tekton.dev/v1', 'Task', '      volumeMounts: oops\n') }, '--format', 'json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).problems).toEqual([
      {
        file: 't.yaml',
        line: 9,
        resource: 'Task "build"',
        field: 'spec.steps[0].volumeMounts',
        value: 'oops',
        message: 'the tekton.dev/v1 Task schema requires a list here',
        fix: 'write a list, one "- item" per line',
        rule: 'schema.type',
        severity: 'error',
      },
    ]);
  });
});
