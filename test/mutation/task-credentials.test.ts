// TaskCredentials (lib/credentials/task-credentials.ts) as the Task's synthesized annotations show
// it: one set of marks per Task, params and workspaces named or passed, each mark kept in name
// order whatever order it was made in, a name the Task does not declare refused, and the
// registry-auth mark.
import { Chart, Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { Task, TaskCredentials } from '../../lib';

function task(): { chart: Chart; t: Task } {
  const chart = new Chart(Testing.app(), 'c');
  const t = new Task(chart, 'build', { steps: [{ name: 's', image: 'alpine', script: 'true' }] });
  return { chart, t };
}

const annotations = (chart: Chart) => Testing.synth(chart)[0].metadata.annotations;

describe('TaskCredentials', () => {
  it('writes no annotation for a Task left unmarked', () => {
    const { chart, t } = task();
    t.addParam('url');
    TaskCredentials.of(t);
    expect(annotations(chart)).toBeUndefined();
  });

  it('keeps one set of marks per Task, so marks made through two calls of of() add up', () => {
    const { chart, t } = task();
    const other = new Task(chart, 'other', { steps: [{ name: 's', image: 'alpine', script: 'true' }] });
    t.addParam('url');
    const image = t.addParam('image');
    other.addParam('z');
    expect(TaskCredentials.of(t)).toBe(TaskCredentials.of(t));
    expect(TaskCredentials.of(t)).not.toBe(TaskCredentials.of(other));
    TaskCredentials.of(t).gitUrl('url');
    TaskCredentials.of(t).image(image);
    TaskCredentials.of(other).image('z');
    const [first, second] = Testing.synth(chart);
    expect(first.metadata.annotations).toEqual({ 'cdk8s-tekton.io/param-roles': '{"image":"image","url":"git-url"}' });
    expect(second.metadata.annotations).toEqual({ 'cdk8s-tekton.io/param-roles': '{"z":"image"}' });
  });

  it('sorts the marks by name, takes params and workspaces by name or as objects, and the last mark of a name wins', () => {
    const { chart, t } = task();
    const zeta = t.addParam('zeta');
    t.addParam('alpha');
    t.addParam('mid');
    const docker = t.addWorkspace('docker');
    t.addWorkspace('aa-ssh');
    const marks = TaskCredentials.of(t).image(zeta).gitUrl('alpha').gitUrl('mid').image('mid').dockerConfig(docker).sshDirectory('aa-ssh');
    expect(marks).toBe(TaskCredentials.of(t));
    expect(annotations(chart)).toEqual({
      'cdk8s-tekton.io/param-roles': '{"alpha":"git-url","mid":"image","zeta":"image"}',
      'cdk8s-tekton.io/workspace-secrets': '{"aa-ssh":"kubernetes.io/ssh-auth","docker":"kubernetes.io/dockerconfigjson"}',
    });
  });

  it('records which registry credentials the tool reads', () => {
    const { chart, t } = task();
    expect(TaskCredentials.of(t).registryAuth('workspace-else-account')).toBe(TaskCredentials.of(t));
    expect(annotations(chart)).toEqual({ 'cdk8s-tekton.io/registry-auth': 'workspace-else-account' });
  });

  it('refuses a param or workspace the Task does not declare, with what it declares', () => {
    const { t } = task();
    t.addParam('url');
    const chart2 = new Chart(Testing.app(), 'd');
    const elsewhere = new Task(chart2, 'elsewhere', { steps: [{ name: 's', image: 'alpine', script: 'true' }] });
    const foreign = elsewhere.addParam('image');
    const foreignWs = elsewhere.addWorkspace('cache');
    const marks = TaskCredentials.of(t);
    expect(() => marks.gitUrl('repo')).toThrow(new Error('Task "build": no param named "repo"; declared: url. Declare it with addParam() or use a declared name.'));
    expect(() => marks.image(foreign)).toThrow(new Error('Task "build": no param named "image"; declared: url. Declare it with addParam() or use a declared name.'));
    expect(() => marks.sshDirectory('ssh')).toThrow(new Error('Task "build": no workspace named "ssh"; declared: (none). Declare it with addWorkspace() or use a declared name.'));
    expect(() => marks.dockerConfig(foreignWs)).toThrow(new Error('Task "build": no workspace named "cache"; declared: (none). Declare it with addWorkspace() or use a declared name.'));
  });
});
