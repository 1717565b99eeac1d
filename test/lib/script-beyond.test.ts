// Script safety beyond the tag: template params of a TriggerTemplate (filled from the webhook
// body), a step command that runs code given as an argument (sh -c), and the path of a workspace
// whose mountPath holds a reference. The SDK refuses each in text, `validate` warns, and each
// hazard is shown to run a value when the text is run after Tekton's substitution.
import { Chart, Testing } from 'cdk8s';
import { afterAll, describe, expect, it } from 'vitest';
import { script, Task, TaskDefinition, TriggerTemplate, validateManifests } from '../../lib';
import { cleanUp, HOSTILE, runText, SHELLS } from './script-harness';

afterAll(cleanUp);

describe('$(tt.params.x), filled from the webhook body', () => {
  it('is refused in the text of a step script inside a TriggerTemplate run', () => {
    const template = new TriggerTemplate(new Chart(Testing.app(), 'c'), 'tt');
    template.addParam('branch');
    expect(() => new TaskDefinition({ steps: [{ name: 's', image: 'alpine', script: 'git checkout $(tt.params.branch)' }] })).toThrow(
      `taskSpec: step "s": script: $(tt.params.branch) is in the script text, where Tekton substitutes its value before the shell reads it, so a value such as "$(touch x)" runs as shell code. Interpolate the reference object itself in the script tag, not a string built from it: script\`url="https://x/\${ref}"; curl "$url"\` passes it as env var TT_PARAMS_BRANCH and reads "\${TT_PARAMS_BRANCH}". Or set env: { TT_PARAMS_BRANCH: '$(tt.params.branch)' } on the step and write "\${TT_PARAMS_BRANCH}" in the script. Script.unsafeRaw(text) keeps the text as written, for trusted values only.`,
    );
  });

  it('is carried by the script tag as an env var of the run, and a hostile body value stays data', () => {
    const chart = new Chart(Testing.app(), 'c');
    const template = new TriggerTemplate(chart, 'tt');
    const branch = template.addParam('branch');
    template.addTaskRun('run', { taskSpec: new TaskDefinition({ steps: [{ name: 's', image: 'alpine', script: script`printf '%s' ${branch} > out` }] }) });
    const [doc] = Testing.synth(chart);
    const step = doc.spec.resourcetemplates[0].spec.taskSpec.steps[0];
    expect(step).toEqual({ name: 's', image: 'alpine', script: `printf '%s' "\${TT_PARAMS_BRANCH}" > out`, env: [{ name: 'TT_PARAMS_BRANCH', value: '$(tt.params.branch)' }] });
    // Triggers substitutes $(tt.params.branch) in the whole resource template, the env value included.
    for (const shell of SHELLS) expect(runText(shell, step.script, { TT_PARAMS_BRANCH: HOSTILE })).toMatchObject({ pwned: false, out: HOSTILE });
  });

  it('written into the script text, runs the body value as code', () => {
    expect(SHELLS.filter((shell) => runText(shell, `git checkout ${'$(touch PWNED)'} 2> /dev/null`, {}).pwned)).toEqual(SHELLS);
  });

  it('gets a warning from validate in a TriggerTemplate run (script.tekton-reference)', () => {
    const manifest = {
      apiVersion: 'triggers.tekton.dev/v1beta1',
      kind: 'TriggerTemplate',
      metadata: { name: 'tt' },
      spec: {
        params: [{ name: 'branch' }],
        resourcetemplates: [{ apiVersion: 'tekton.dev/v1', kind: 'TaskRun', metadata: { generateName: 'run-' }, spec: { taskSpec: { steps: [{ name: 's', image: 'alpine', script: 'git checkout $(tt.params.branch)' }] } } }],
      },
    };
    const problems = validateManifests([{ manifest, source: 'tt.yaml' }]).filter((p) => p.rule.startsWith('script.'));
    expect(problems.map((p) => [p.severity, p.rule, p.field, p.value])).toEqual([['warning', 'script.tekton-reference', 'spec.resourcetemplates[0].spec.taskSpec.steps[0].script', '$(tt.params.branch)']]);
  });
});

describe('a step command that runs code given as an argument', () => {
  const MESSAGE = `Task "t": step "s": command: $(params.p) is in the code that sh runs (its -c or -e argument), where Tekton substitutes its value before sh reads it, so a value such as "$(touch x)" runs as code. Use script with the script tag instead of command (script\`...\${ref}...\`), or set env: { PARAMS_P: '$(params.p)' } on the step and read "\${PARAMS_P}" in the code.`;

  it.each([
    ['[sh, -c] with the code in args', { command: ['sh', '-c'], args: ['echo $(params.p)'] }, MESSAGE],
    ['[/bin/sh, -ec, code]', { command: ['/bin/sh', '-ec', 'echo $(params.p)'] }, MESSAGE],
    ['[bash, -c] after env', { command: ['env', 'bash', '-c'], args: ['echo $(params.p)'] }, MESSAGE.replace(/that sh runs/, 'that bash runs').replace(/before sh reads/, 'before bash reads')],
    ['[python3, -c]', { command: ['python3', '-c'], args: ['print("$(params.p)")'] }, MESSAGE.replace(/that sh runs/, 'that python3 runs').replace(/before sh reads/, 'before python3 reads')],
  ])('is refused by the SDK: %s', (_name, fields, message) => {
    const task = new Task(new Chart(Testing.app(), 'c'), 't');
    task.addParam('p');
    expect(() => task.addStep({ name: 's', image: 'alpine', ...fields })).toThrow(message);
  });

  it('keeps a reference that is only data: a program that runs no code, or args after the code', () => {
    const task = new Task(new Chart(Testing.app(), 'c'), 't');
    task.addParam('p');
    expect(() => task.addStep({ name: 'a', image: 'alpine', command: ['echo'], args: ['$(params.p)'] })).not.toThrow();
    expect(() => task.addStep({ name: 'b', image: 'alpine', command: ['sh', 'run.sh'], args: ['$(params.p)'] })).not.toThrow();
  });

  it('runs the value as code after Tekton substitutes it', () => {
    expect(SHELLS.filter((shell) => runText(shell, `sh -c "echo ${'$(touch PWNED)'}"`, {}).pwned)).toEqual(SHELLS);
  });

  it('gets a warning from validate (script.command-reference)', () => {
    const manifest = { apiVersion: 'tekton.dev/v1', kind: 'Task', metadata: { name: 't' }, spec: { params: [{ name: 'p' }], steps: [{ name: 's', image: 'alpine', command: ['sh', '-c'], args: ['echo $(params.p)'] }] } };
    const problems = validateManifests([{ manifest, source: 't.yaml' }]).filter((p) => p.rule.startsWith('script.'));
    expect(problems.map((p) => [p.severity, p.rule, p.field, p.value, p.message])).toEqual([
      ['warning', 'script.command-reference', 'spec.steps[0].args', '$(params.p)', '$(params.p) is substituted into the code that sh runs (its -c or -e argument) before it reads it, so a value such as "$(touch x)" runs as code'],
    ]);
  });
});

describe('$(workspaces.x.path) when the mountPath holds a reference', () => {
  it('is refused by the SDK in a plain step script', () => {
    const task = new Task(new Chart(Testing.app(), 'c'), 't');
    task.addParam('y');
    task.addWorkspace('src', { mountPath: '/ws/$(params.y)' });
    expect(() => task.addStep({ name: 's', image: 'alpine', script: 'cd $(workspaces.src.path)' })).toThrow(
      'Task "t": step "s": script: $(workspaces.src.path) is in the script text, and the workspace\'s mountPath holds a reference, so the path carries that value into the text before the shell reads it. Interpolate the workspace\'s path in the script tag (script`cd ${ws.path}`), which reads it from env var WORKSPACES_SRC_PATH, or give the workspace a fixed mountPath.',
    );
  });

  it('is allowed with a fixed mountPath, and through the script tag', () => {
    const task = new Task(new Chart(Testing.app(), 'c'), 't');
    task.addParam('y');
    task.addWorkspace('fixed', { mountPath: '/ws/fixed' });
    const ws = task.addWorkspace('src', { mountPath: '/ws/$(params.y)' });
    expect(() => task.addStep({ name: 'a', image: 'alpine', script: 'cd $(workspaces.fixed.path)' })).not.toThrow();
    expect(task.addStep({ name: 'b', image: 'alpine', script: script`cd ${ws.path}` }).toSpec().script).toBe('cd "${WORKSPACES_SRC_PATH}"');
  });

  it('gets a warning from validate', () => {
    const manifest = { apiVersion: 'tekton.dev/v1', kind: 'Task', metadata: { name: 't' }, spec: { params: [{ name: 'y' }], workspaces: [{ name: 'src', mountPath: '/ws/$(params.y)' }], steps: [{ name: 's', image: 'alpine', script: 'cd $(workspaces.src.path)' }] } };
    const problems = validateManifests([{ manifest, source: 't.yaml' }]).filter((p) => p.rule.startsWith('script.'));
    expect(problems.map((p) => [p.severity, p.rule, p.field, p.value])).toEqual([['warning', 'script.tekton-reference', 'spec.steps[0].script', '$(workspaces.src.path)']]);
  });
});
