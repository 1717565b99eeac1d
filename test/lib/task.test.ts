import { ApiObject, App, Chart, JsonPatch, Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { configureValidation, ParamType, script, Task, TaskRun, WorkspaceBinding } from '../../lib';

function chart(): Chart {
  const app = Testing.app();
  configureValidation(app, { enabled: false });
  return new Chart(app, 'test');
}

describe('Task', () => {
  it('renders params, results, workspaces and steps, named after the construct id without a hash', () => {
    const c = chart();
    const task = new Task(c, 'unit-test', { description: 'run unit tests' });
    const src = task.addWorkspace('source');
    const target = task.addParam('target', { type: ParamType.STRING, default: 'all' });
    const report = task.addResult('report');
    task.addStep({ name: 'test', image: 'node:22', workingDir: src.path, script: script`npm test -- ${target} > ${report.path}` });
    expect(Testing.synth(c)).toEqual([{
      apiVersion: 'tekton.dev/v1',
      kind: 'Task',
      metadata: { name: 'unit-test' },
      spec: {
        description: 'run unit tests',
        params: [{ name: 'target', type: 'string', default: 'all' }],
        results: [{ name: 'report', type: 'string' }],
        workspaces: [{ name: 'source' }],
        steps: [{
          name: 'test',
          image: 'node:22',
          workingDir: '$(workspaces.source.path)',
          script: 'npm test -- "${PARAMS_TARGET}" > "${RESULTS_REPORT_PATH}"',
          env: [{ name: 'PARAMS_TARGET', value: '$(params.target)' }, { name: 'RESULTS_REPORT_PATH', value: '$(results.report.path)' }],
        }],
      },
    }]);
  });

  it('keeps its L1 object at id Resource, reachable by ApiObject.of, and JSON patches apply', () => {
    const c = chart();
    const task = new Task(c, 'patched', { steps: [{ image: 'alpine', script: 'true', computeResources: { limits: { cpu: '1' } } }] });
    expect(task.node.findChild('Resource')).toBe(ApiObject.of(task));
    ApiObject.of(task).addJsonPatch(JsonPatch.add('/spec/steps/0/imagePullPolicy', 'Always'));
    expect(Testing.synth(c)[0].spec.steps[0]).toEqual({ name: 'step-1', image: 'alpine', script: 'true', imagePullPolicy: 'Always', computeResources: { limits: { cpu: '1' } } });
  });

  it('names unnamed steps step-1, step-2, ... so the CRD schema (which requires a name) accepts them', () => {
    const c = chart();
    const task = new Task(c, 't');
    task.addStep({ image: 'a', script: 'true' });
    task.addStep({ image: 'b', script: 'true' });
    expect(Testing.synth(c)[0].spec.steps.map((s: { name: string }) => s.name)).toEqual(['step-1', 'step-2']);
  });

  it('rejects a duplicate param at once, naming the task and the fix', () => {
    const task = new Task(chart(), 'dup');
    task.addParam('x');
    expect(() => task.addParam('x')).toThrow('Task "dup": param "x" is declared twice. Give each param a unique name.');
  });

  it('rejects an invalid metadata name with the construct path', () => {
    expect(() => new Task(chart(), 'Bad_Name')).toThrow('[test/Bad_Name] Task name "Bad_Name" is invalid: use lowercase letters, digits, "-" and ".", starting and ending with a letter or digit, at most 63 characters. Set the name prop or rename the construct id.');
  });

  it('says which names exist when a lookup misses', () => {
    const task = new Task(chart(), 'look');
    task.addResult('digest');
    expect(() => task.result('digets')).toThrow('Task "look": no result named "digets"; declared: digest. Declare it with addResult() or use a declared name.');
  });

  it('rejects a step with both script and command, and params without ref', () => {
    const task = new Task(chart(), 'steps');
    expect(() => task.addStep({ name: 's', image: 'a', script: 'x', command: ['y'] })).toThrow('Task "steps": step "s": script and command cannot both be set. Put the command in the script, or drop the script.');
    expect(() => task.addStep({ name: 'p', image: 'a', params: { a: 'b' } })).toThrow('Task "steps": step "p": params are only for steps that use a StepAction ref. Remove params or set ref.');
  });

  it('checks a param default against its type and enum', () => {
    const task = new Task(chart(), 'params');
    expect(() => task.addParam('list', { type: ParamType.ARRAY, default: 'x' })).toThrow('Task "params": param "list": default is a string but the param type is array. Give a default of type array or change the type.');
    expect(() => task.addParam('mode', { enum: ['a', 'b'], default: 'c' })).toThrow('Task "params": param "mode": default "c" is not one of the enum values "a", "b". Use one of them as the default.');
    expect(() => task.addParam('obj', { type: ParamType.OBJECT })).toThrow('Task "params": param "obj": object params must declare properties. Add properties: [\'key\', ...].');
  });

  it('gives typed references for array elements and object keys', () => {
    const task = new Task(chart(), 'refs');
    const arr = task.addParam('flags', { type: ParamType.ARRAY });
    const obj = task.addParam('repo', { properties: ['url', 'branch'] });
    expect(`${arr.all} ${arr.at(1)} ${obj.key('url')}`).toBe('$(params.flags[*]) $(params.flags[1]) $(params.repo.url)');
    expect(() => obj.key('commit')).toThrow('Task "refs" param "repo" (object): key "commit" is not a declared property; declared: url, branch. Add it to properties or use one of those.');
    expect(() => arr.key('x')).toThrow('Task "refs" param "flags" (array): key() is only for object params. Use the param itself for a string value.');
  });
});

describe('TaskRun', () => {
  it('references its task by name and renders bindings, timeout and generateName', () => {
    const c = chart();
    const task = new Task(c, 'build', { steps: [{ image: 'alpine', script: 'true' }] });
    new TaskRun(c, 'build-run', {
      task,
      generateName: 'build-run-',
      serviceAccount: 'builder',
      params: { flags: ['-v', '-x'] },
      timeout: '10m',
      workspaces: { cache: WorkspaceBinding.persistentVolumeClaim('cache').withSubPath('go') },
    });
    expect(Testing.synth(c)[1]).toEqual({
      apiVersion: 'tekton.dev/v1',
      kind: 'TaskRun',
      metadata: { generateName: 'build-run-' },
      spec: {
        taskRef: { name: 'build' },
        params: [{ name: 'flags', value: ['-v', '-x'] }],
        serviceAccountName: 'builder',
        timeout: '10m',
        workspaces: [{ name: 'cache', persistentVolumeClaim: { claimName: 'cache' }, subPath: 'go' }],
      },
    });
  });

  it('needs exactly one of task, taskRef and taskSpec', () => {
    expect(() => new TaskRun(chart(), 'none', {})).toThrow('[test/none] TaskRun: set exactly one of task, taskRef, taskSpec (got none).');
  });
});

describe('synth output', () => {
  it('is byte-identical across runs', () => {
    const build = () => {
      const app = new App();
      configureValidation(app, { enabled: false });
      const c = new Chart(app, 'c');
      const t = new Task(c, 't');
      t.addParam('b');
      t.addParam('a');
      t.addStep({ image: 'x', env: { Z: '1', A: '2' }, script: 'true' });
      return JSON.stringify(c.toJson());
    };
    expect(build()).toBe(build());
  });
});
