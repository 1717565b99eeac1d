// Attacks on `cdk8s-tekton validate` through what it prints and how it decodes: the output goes to
// a terminal or a CI log, and "valid" must mean what the cluster will accept.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve(__dirname, '../../bin/cdk8s-tekton.js');

function validate(yaml: string, ...flags: string[]): { code: number | null; stdout: string; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cdk8s-tekton-hostile-'));
  writeFileSync(join(dir, 't.yaml'), yaml);
  const r = spawnSync(process.execPath, [BIN, 'validate', 't.yaml', ...flags], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const task = (name: string, extra = '') => `apiVersion: tekton.dev/v1
kind: Task
metadata:
  name: ${name}
spec:
${extra}  steps:
    - name: s
      image: alpine
      script: echo hi
`;

describe('validate: what it prints cannot drive the terminal', () => {
  it('escapes ESC, CSI and other controls from names and values, in text and in JSON', () => {
    const r = validate(task('"a\\e]0;pwned\\a\\x9b2J"', '  description: 7\n'));
    expect(r.stdout).toBe('t.yaml:6: Task "a\\u001b]0;pwned\\u0007\\x9B2J": spec.description: the tekton.dev/v1 Task schema requires a string here (got 7). Fix: quote it: "7"\n1 problem in 1 of 1 files\n');
    const json = validate(task('"a\\x9b2J"', '  description: 7\n'), '--format', 'json');
    expect(json.stdout).toContain('"resource": "Task \\"a\\u009B2J\\""');
    expect(/[\x00-\x08\x0B-\x1F\x7F-\x9F]/.test(r.stdout + json.stdout)).toBe(false);
  });
});

describe('validate: YAML decoded as the cluster decodes it (YAML 1.1)', () => {
  it('reports an unquoted yes where a string belongs as the boolean the cluster sees', () => {
    expect(validate(task('t', '  description: yes\n'))).toEqual({
      code: 1,
      stderr: '',
      stdout: 't.yaml:6: Task "t": spec.description: the tekton.dev/v1 Task schema requires a string here (got true). Fix: quote the value: kubectl and the API server read YAML 1.1, where unquoted yes, no, on, off, y, n, true and false are booleans\n1 problem in 1 of 1 files\n',
    });
  });

  it('reads an unquoted date as the string the cluster sees, and octal 010 as 8', () => {
    const r = validate(task('t', '  params:\n    - name: day\n      default: 2024-01-01\n  stepTemplate:\n    env:\n      - name: X\n        value: 010\n'));
    expect(r.stdout).toBe('t.yaml:12: Task "t": spec.stepTemplate.env[0].value: the tekton.dev/v1 Task schema requires a string here (got 8). Fix: quote it: "8"\n1 problem in 1 of 1 files\n');
  });
});

describe('validate: documents it does not check are counted, not called valid', () => {
  it('says how many plain Kubernetes documents were read but not checked', () => {
    const r = validate(`${task('t')}---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: r}\n`);
    expect(r).toEqual({ code: 0, stderr: '', stdout: 'ok: 1 documents in 1 files are valid, 2 not checked (not a Tekton or Triggers kind)\n' });
  });
});

describe('validate: durations read as Go time.ParseDuration reads them', () => {
  const run = (name: string, timeout: string) => `apiVersion: tekton.dev/v1\nkind: TaskRun\nmetadata: {name: ${name}}\nspec:\n  timeout: ${timeout}\n  taskSpec:\n    steps: [{name: s, image: alpine, script: echo}]\n`;

  it('refuses a duration beyond int64 nanoseconds and accepts both micro signs', () => {
    expect(validate(`${run('a', '3000000h')}---\n${run('b', '5\u03bcs')}---\n${run('c', '5\u00b5s')}`)).toEqual({
      code: 1,
      stderr: '',
      stdout: 't.yaml:5: TaskRun "a": spec.timeout: not a duration (got "3000000h"). Fix: write a duration such as 30m, 1h or 1h30m (0s for none)\n1 problem in 1 of 1 files\n',
    });
  });
});
