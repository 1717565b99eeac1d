import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/validate';
import { describeWithCorpus } from '../support/corpus';

const BIN = resolve(__dirname, '../../bin/cdk8s-tekton.js');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, 'validate', ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const TASK = `apiVersion: tekton.dev/v1
kind: Task
metadata:
  name: build
spec:
  params:
    - name: image
  steps:
    - name: build
      image: $(params.image)
      script: echo building
`;

const RUN_MISSING_PARAM = `# a run that forgets the param
apiVersion: tekton.dev/v1
kind: TaskRun
metadata:
  name: build-run
spec:
  taskRef:
    name: build
`;

/** The warning `validate` prints for `$(params.<param>)` in the script at `where`. */
function SCRIPT_WARNING(where: string, param: string): string {
  const name = `PARAMS_${param.toUpperCase()}`;
  return `warning: ${where}: $(params.${param}) is substituted into the script text before the shell reads it, so a value such as "$(touch x)" or "; rm -rf /" runs as shell code (got "$(params.${param})"). Fix: pass it as an env var and read the variable in the script: env: [{name: ${name}, value: "$(params.${param})"}] and "\${${name}}" in the script (the cdk8s-tekton script tag does this for you)`;
}

function workdir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cdk8s-tekton-cli-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('cdk8s-tekton validate', () => {
  it('exits 0 on valid files and says how many documents it checked', () => {
    const dir = workdir({ 'task.yaml': TASK });
    expect(run(['task.yaml'], dir)).toEqual({ code: 0, stdout: 'ok: 1 documents in 1 files are valid\n', stderr: '' });
  });

  it('checks documents across files and directories together, naming file and line', () => {
    const dir = workdir({ 'tekton/task.yaml': TASK, 'tekton/runs/run.yml': `---\n${RUN_MISSING_PARAM}`, 'tekton/notes.txt': 'not yaml: [' });
    const r = run(['tekton'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      'tekton/runs/run.yml:7: TaskRun "build-run": spec.params: Task "build" requires param "image" (string, no default), which is not given. Fix: add {name: image, value: ...} to spec.params, or give the param a default\n' +
        '1 problem in 1 of 2 files\n',
    );
  });

  it('reports a run whose Task is in no file, unless it is declared external', () => {
    const dir = workdir({ 'run.yaml': RUN_MISSING_PARAM });
    const r = run(['run.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'run.yaml:8: TaskRun "build-run": spec.taskRef.name: Task "build" is not among the documents validated together; Tasks there: none (got "build"). Fix: pass the file that defines it too, fix the name, or declare that it exists in the cluster: --external build',
    );
    expect(run(['run.yaml', '--external', 'build'], dir)).toMatchObject({ code: 0 });
    expect(run(['run.yaml', '--allow-external-refs'], dir)).toMatchObject({ code: 0 });
  });

  it('reports malformed YAML with its line and still checks the other files', () => {
    const dir = workdir({ 'a.yaml': 'apiVersion: tekton.dev/v1\nkind: Task\nmetadata:\n  name: x\n  labels: [\n', 'b.yaml': `${TASK}---\n${RUN_MISSING_PARAM}` });
    const r = run(['a.yaml', 'b.yaml'], dir);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^a\.yaml:6: malformed YAML: .+\. Fix: correct the YAML syntax at that line$/);
    expect(lines.slice(1)).toEqual([
      'b.yaml:18: TaskRun "build-run": spec.params: Task "build" requires param "image" (string, no default), which is not given. Fix: add {name: image, value: ...} to spec.params, or give the param a default',
      '2 problems in 2 of 2 files',
    ]);
  });

  it('writes JSON with --format json', () => {
    const dir = workdir({ 'tekton.yaml': `${TASK}---\n${RUN_MISSING_PARAM}` });
    const r = run(['--format', 'json', 'tekton.yaml'], dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      valid: false,
      files: 1,
      documents: 2,
      partlyChecked: 0,
      notChecked: 0,
      problems: [
        {
          file: 'tekton.yaml',
          line: 18,
          resource: 'TaskRun "build-run"',
          field: 'spec.params',
          message: 'Task "build" requires param "image" (string, no default), which is not given',
          fix: 'add {name: image, value: ...} to spec.params, or give the param a default',
          rule: 'param.missing',
          severity: 'error',
        },
      ],
    });
  });

  it('applies the feature level given with --api-fields and the flags', () => {
    const matrix = `apiVersion: tekton.dev/v1
kind: Pipeline
metadata:
  name: fan
spec:
  tasks:
    - name: t
      matrix:
        params:
          - name: os
            value: [linux, mac]
      taskSpec:
        params:
          - name: os
        steps:
          - name: s
            image: alpine
            script: echo $(params.os)
`;
    const dir = workdir({ 'p.yaml': matrix });
    expect(run(['p.yaml'], dir).code).toBe(0);
    const r = run(['p.yaml', '--api-fields=stable'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      'p.yaml:8: Pipeline "fan": spec.tasks[0].matrix: matrix is a beta feature, and enable-api-fields is "stable". Fix: set enable-api-fields to "beta" (the default) in the cluster\'s feature-flags ConfigMap and validate with --api-fields beta, or remove matrix\n' +
        `p.yaml:18: ${SCRIPT_WARNING('Pipeline "fan": spec.tasks[0].taskSpec.steps[0].script', 'os')}\n` +
        '1 problem in 1 of 1 files (1 warning)\n',
    );
  });


  it.each([
    [[], 'no files or directories given'],
    [['--bogus', 'x.yaml'], 'unknown option --bogus'],
    [['--api-fields', 'gamma', 'x.yaml'], '--api-fields must be stable, beta or alpha, not "gamma"'],
    [['--format'], '--format needs a value'],
    [['missing.yaml'], 'missing.yaml: no such file or directory'],
    [['--disable-inline-spec', 'task', 'x.yaml'], '--disable-inline-spec takes pipeline, pipelinerun and taskrun, not "task"'],
  ])('exits 2 on a usage error: %j', (args, message) => {
    const r = run(args, workdir({ 'x.yaml': TASK }));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(`cdk8s-tekton validate: ${message}`);
    expect(r.stderr).toContain('usage: cdk8s-tekton validate <files|dirs...> [options]');
  });

  it('prints its help with every option and exit code', () => {
    const r = run(['--help'], __dirname);
    expect(r.code).toBe(0);
    for (const flag of ['--format', '--api-fields', '--enable-param-enum', '--enable-cel-in-when', '--enable-artifacts', '--enable-concise-resolver-syntax', '--disable-inline-spec', '--max-matrix-combinations', '--forbidden-env', '--external', '--allow-external-refs', '--each-file']) {
      expect(r.stdout).toContain(flag);
    }
    expect(r.stdout).toContain('exit codes: 0 all valid (warnings allowed), 1 an error was found (malformed YAML included; with\n--strict, a warning too), 2 usage error');
  });

  it('prints a param reference in a script as a warning and exits 0; --strict makes it fail', () => {
    const task = TASK.replace('script: echo building', 'script: echo $(params.image)');
    const dir = workdir({ 'task.yaml': task });
    const warning = `task.yaml:11: ${SCRIPT_WARNING('Task "build": spec.steps[0].script', 'image')}\n`;
    expect(run(['task.yaml'], dir)).toEqual({ code: 0, stdout: `${warning}ok: 1 documents in 1 files are valid (1 warning)\n`, stderr: '' });
    expect(run(['task.yaml', '--strict'], dir)).toEqual({ code: 1, stdout: `${warning}1 problem in 1 of 1 files (1 warning among them, --strict)\n`, stderr: '' });
    expect(JSON.parse(run(['task.yaml', '--format', 'json'], dir).stdout).problems).toEqual([
      {
        file: 'task.yaml',
        line: 11,
        resource: 'Task "build"',
        field: 'spec.steps[0].script',
        value: '$(params.image)',
        message: '$(params.image) is substituted into the script text before the shell reads it, so a value such as "$(touch x)" or "; rm -rf /" runs as shell code',
        fix: 'pass it as an env var and read the variable in the script: env: [{name: PARAMS_IMAGE, value: "$(params.image)"}] and "${PARAMS_IMAGE}" in the script (the cdk8s-tekton script tag does this for you)',
        rule: 'script.tekton-reference',
        severity: 'warning',
      },
    ]);
  });

  it('does not warn about the variables Tekton itself controls in a script', () => {
    const task = TASK.replace('script: echo building', 'script: cd $(workspaces.src.path) && echo $(context.taskRun.name) > $(results.out.path)').replace('  steps:', '  workspaces:\n    - name: src\n  results:\n    - name: out\n  steps:');
    expect(run(['task.yaml'], workdir({ 'task.yaml': task }))).toEqual({ code: 0, stdout: 'ok: 1 documents in 1 files are valid\n', stderr: '' });
  });
});

describeWithCorpus('cdk8s-tekton validate on the Tekton examples', 'examples/v1', (examples) => {
  it('accepts all 152 official examples, each file on its own, at alpha with every flag', () => {
    const r = run([examples, '--each-file', '--api-fields', 'alpha', '--enable-param-enum', '--enable-cel-in-when', '--enable-artifacts', '--default-taskrun-workspace-binding'], __dirname);
    const lines = r.stdout.trimEnd().split('\n');
    expect({ code: r.code, stderr: r.stderr, last: lines.pop() }).toEqual({ code: 0, stderr: '', last: 'ok: 270 documents in 152 files are valid, 55 not checked (not a Tekton or Triggers kind) (122 warnings)' });
    // 120 references in script text, and 2 in the code a command runs with sh -c (script.command-reference).
    expect(lines.filter((l) => !/^\S+\.yaml:\d+: warning: .*\.(script: \$\((params|tasks|steps)[.[][^)]*\) is substituted into the script text|args: \$\((params|tasks)[.[][^)]*\) is substituted into the code that (sh|bash) runs)/.test(l))).toEqual([]);
    expect(lines).toHaveLength(122);
    // Each warning names a file that holds the reference it quotes, at a line the file has.
    for (const line of lines) {
      const [, file, at, got] = /^(\S+\.yaml):(\d+): warning: .* \(got "(.*)"\)\. Fix: /.exec(line) ?? [];
      const text = readFileSync(resolve(__dirname, file), 'utf8');
      expect({ line, quoted: text.includes(got), inside: Number(at) <= text.split('\n').length }).toEqual({ line, quoted: true, inside: true });
    }
  });

  it('--each-file reports a problem against the file and line that hold it, after files of several documents', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cdk8s-tekton-each-'));
    const copy = (from: string, to: string, extra = '') => writeFileSync(join(dir, to), readFileSync(join(examples, from), 'utf8') + extra);
    copy('pipelineruns/mapping-workspaces.yaml', 'a.yaml');
    copy('pipelineruns/optional-workspaces.yaml', 'b.yaml');
    // Its fifth document; the first four are the corpus file's own.
    copy('pipelineruns/4808-regression.yaml', 'c.yaml', '---\napiVersion: tekton.dev/v1\nkind: Task\nmetadata:\n  name: broken\nspec:\n  steps:\n    - name: s\n      image: alpine\n      args: ["$(params.missing)"]\n');
    const out: string[] = [];
    const code = await main([dir, '--each-file', '--format', 'json'], (s) => out.push(s), (s) => out.push(s));
    const report = JSON.parse(out.join('')) as { problems: Array<{ file: string; line: number; message: string; severity: string }> };
    expect({ code, problems: report.problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line}: ${p.message}`) }).toEqual({
      code: 1,
      problems: [`${join(dir, 'c.yaml')}:105: $(params.missing) refers to param "missing", which is not declared; declared: none`],
    });
  });
});
