import { Chart, Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { configureValidation, Param, Pipeline, StepAction, Task, TaskRef, when } from '../../lib';

function chart(): Chart {
  const app = Testing.app();
  configureValidation(app, { enabled: false });
  return new Chart(app, 'test');
}

const manifest = {
  apiVersion: 'tekton.dev/v1',
  kind: 'Pipeline',
  metadata: { name: 'imported' },
  spec: {
    params: [{ name: 'cfg', type: 'object', properties: { mode: { type: 'string' } }, 'x-unknown': 1 }],
    workspaces: [{ name: 'src', optional: 'yes' }],
    tasks: [
      { name: 'build', taskRef: { name: 'build' }, runAfter: ['prepare'], when: [{ input: 'a', operator: 'in', values: ['a'] }] },
      { name: 'prepare', taskSpec: { steps: [{ image: 'alpine', script: 'true' }] } },
    ],
  },
};

describe('imported YAML behind the model interfaces', () => {
  it('keeps each imported declaration as written, unknown fields and wrong types included', () => {
    const p = Pipeline.fromManifest(chart(), 'p', manifest);
    expect(p.param('cfg').toSpec()).toEqual(manifest.spec.params[0]);
    expect(p.workspace('src').toSpec()).toEqual({ name: 'src', optional: 'yes' });
    expect(p.task('build').toSpec()).toEqual(manifest.spec.tasks[0]);
  });

  it('checks references to an imported param against what it declares', () => {
    const cfg = Pipeline.fromManifest(chart(), 'p', manifest).param('cfg');
    expect(String(cfg.key('mode'))).toBe('$(params.cfg.mode)');
    expect(() => cfg.key('other')).toThrow('Pipeline "imported" param "cfg" (object): key "other" is not a declared property; declared: mode. Add it to properties or use one of those.');
    expect(() => cfg.at(0)).toThrow('Pipeline "imported" param "cfg" (object): at() is only for array params. Use the param itself for a string value.');
  });

  it('appends what runAfter and when add to an imported pipeline task to the lists it was written with', () => {
    const p = Pipeline.fromManifest(chart(), 'p', manifest);
    const extra = p.addTask('lint', { taskRef: TaskRef.named('lint') });
    p.task('build').runAfter(extra, 'prepare').when(when('b').notIn('c'));
    expect(p.task('build').toSpec()).toEqual({
      name: 'build',
      taskRef: { name: 'build' },
      runAfter: ['prepare', 'lint'],
      when: [{ input: 'a', operator: 'in', values: ['a'] }, { input: 'b', operator: 'notin', values: ['c'] }],
    });
    expect(p.task('build').dependencies).toEqual(['prepare', 'lint']);
  });

  it('renders an imported inline taskSpec through the model', () => {
    const p = Pipeline.fromManifest(chart(), 'p', manifest);
    expect(p.task('prepare').toSpec()).toEqual({ name: 'prepare', taskSpec: { steps: [{ image: 'alpine', script: 'true' }] } });
  });

  it('names an imported StepAction by its kind in messages, and a declared param has the model class', () => {
    const c = chart();
    const action = StepAction.fromManifest(c, 'a', { apiVersion: 'tekton.dev/v1beta1', kind: 'StepAction', metadata: { name: 'act' }, spec: { image: 'alpine', params: [{ name: 'list', type: 'array' }] } });
    expect(() => action.param('list').key('k')).toThrow('StepAction "act" param "list" (array): key() is only for object params. Use the param itself for a string value.');
    expect(action.addParam('more')).toBeInstanceOf(Param);
    const task = Task.fromManifest(c, 't', { apiVersion: 'tekton.dev/v1', kind: 'Task', metadata: { name: 't' }, spec: { results: [{ name: 'out', type: 'array' }], steps: [{ image: 'alpine' }] } });
    expect(task.result('out').type).toBe('array');
    expect(String(task.result('out').path)).toBe('$(results.out.path)');
  });
});
