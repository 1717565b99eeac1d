// How the credential rules see each task a run executes (lib/validate/run-credentials.ts), on YAML
// documents through validateManifests: where a git URL comes from (run params in each spelling of
// a reference, pipeline defaults, the Task's own default) and which field a finding names; which
// workspace binding and which service account reach the task (the run's, the template's, a
// per-task override); tasks in finally, inline taskSpecs, pipelines by name, TriggerTemplates.
import { describe, expect, it } from 'vitest';
import { validateManifests } from '../../lib';

type Manifest = Record<string, any>;

/** A Task whose param `url` is a git URL and whose workspace `ssh` takes an SSH key. */
function cloneTask(name = 'clone', defaultUrl?: string): Manifest {
  return {
    apiVersion: 'tekton.dev/v1',
    kind: 'Task',
    metadata: { name, annotations: { 'cdk8s-tekton.io/param-roles': '{"url":"git-url"}', 'cdk8s-tekton.io/workspace-secrets': '{"ssh":"kubernetes.io/ssh-auth"}' } },
    spec: {
      params: [{ name: 'url', ...(defaultUrl === undefined ? {} : { default: defaultUrl }) }],
      workspaces: [{ name: 'ssh', optional: true }],
      steps: [{ name: 'clone', image: 'alpine', script: 'true' }],
    },
  };
}

/** A Task with no credential roles: the rules have nothing to check in it. */
const PLAIN: Manifest = { apiVersion: 'tekton.dev/v1', kind: 'Task', metadata: { name: 'plain' }, spec: { params: [{ name: 'url' }], steps: [{ name: 's', image: 'alpine', script: 'true' }] } };

const basicSecret = (name: string, host: string): Manifest => ({ apiVersion: 'v1', kind: 'Secret', metadata: { name, annotations: { 'tekton.dev/git-0': `https://${host}` } }, type: 'kubernetes.io/basic-auth', stringData: { username: 'u', password: 'p' } });
const sshSecret = (name: string, host: string): Manifest => ({ apiVersion: 'v1', kind: 'Secret', metadata: { name, annotations: { 'tekton.dev/git-0': host } }, type: 'kubernetes.io/ssh-auth', stringData: { 'ssh-privatekey': 'k' } });
const account = (name: string, ...secrets: string[]): Manifest => ({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name }, secrets: secrets.map((s) => ({ name: s })) });

/** The credential findings: severity, document, field, the URL and the account the message names. */
function findings(...manifests: Manifest[]): string[] {
  return validateManifests(manifests.map((manifest, i) => ({ manifest, source: `f.yaml#${i}` })))
    .filter((p) => p.rule.startsWith('credentials.'))
    .map((p) => {
      const label = /^(.*?) (?:clones|needs|expects)/.exec(p.message)?.[1];
      const accountName = /ServiceAccount "([^"]+)"/.exec(p.message)?.[1];
      return `${p.severity ?? 'error'} ${p.resource} ${p.field} ${p.rule} [${label}] ${p.value ?? ''} ${accountName ?? ''}`.trimEnd();
    });
}

const taskRun = (spec: Manifest, name = 'tr'): Manifest => ({ apiVersion: 'tekton.dev/v1', kind: 'TaskRun', metadata: { name }, spec });
const pipelineRun = (spec: Manifest, name = 'pr'): Manifest => ({ apiVersion: 'tekton.dev/v1', kind: 'PipelineRun', metadata: { name }, spec });

describe('TaskRun', () => {
  it('checks the URL the run gives, at the field of that param, as the run\'s account', () => {
    const run = taskRun({ taskRef: { name: 'clone' }, serviceAccountName: 'builder', params: [{ name: 'list', value: ['a'] }, { name: 'other', value: 'a' }, { name: 'url', value: 'git@github.com:acme/app.git' }] });
    expect(findings(cloneTask(), run)).toEqual(['warning TaskRun "tr" spec.params[2].value credentials.git-host [Task "clone"] git@github.com:acme/app.git builder']);
  });

  it('checks the Task\'s default when the run gives no URL, at spec.taskRef, as the default account', () => {
    const run = taskRun({ taskRef: { name: 'clone' }, params: [{ name: 'url', value: ['git@github.com:a.git'] }] });
    expect(findings(cloneTask('clone', 'git@gitlab.com:acme/app.git'), run)).toEqual(['warning TaskRun "tr" spec.taskRef credentials.git-host [Task "clone"] git@gitlab.com:acme/app.git default']);
  });

  it('does not put the run\'s params into a Task default', () => {
    const run = taskRun({ taskRef: { name: 'clone' }, params: [{ name: 'host', value: 'github.com' }] });
    expect(findings(cloneTask('clone', 'git@$(params.host):a.git'), run)).toEqual([]);
  });

  it('names the binding of a workspace by its index, and the account field when another account has the key', () => {
    const run = taskRun({ taskRef: { name: 'clone' }, params: [{ name: 'url', value: 'git@github.com:a/b.git' }], workspaces: [{ name: 'cache', emptyDir: {} }, { name: 'other', emptyDir: {} }, { name: 'ssh', secret: { secretName: 'basic' } }] });
    expect(findings(cloneTask(), basicSecret('basic', 'github.com'), run)).toEqual([
      'error TaskRun "tr" spec.workspaces[2] credentials.workspace-kind [workspace "ssh" of Task "clone"] basic',
      'error TaskRun "tr" spec.params[0].value credentials.git-scheme [Task "clone"] git@github.com:a/b.git',
    ]);
    const other = taskRun({ taskRef: { name: 'clone' }, params: [{ name: 'url', value: 'git@github.com:a/b.git' }] });
    expect(findings(cloneTask(), sshSecret('key', 'github.com'), account('deployer', 'key'), account('default'), other)).toEqual([
      'error TaskRun "tr" spec.serviceAccountName credentials.service-account-not-used [Task "clone"] default deployer',
    ]);
  });

  it('checks nothing for a run without a taskRef, of an unknown Task, or of a Task without roles', () => {
    const url = [{ name: 'url', value: 'git@github.com:a/b.git' }];
    expect(findings(cloneTask(), PLAIN, taskRun({ taskSpec: cloneTask().spec, params: url }), taskRun({ taskRef: { name: 'missing' }, params: url }, 'b'), taskRun({ taskRef: { name: 'plain' }, params: url }, 'c'))).toEqual([]);
  });
});

describe('PipelineRun', () => {
  const uses = (url: unknown, extra: Manifest = {}) => ({ name: 'fetch', taskRef: { name: 'clone' }, ...(url === undefined ? {} : { params: [{ name: 'other', value: 'a' }, { name: 'url', value: url }] }), ...extra });

  it('substitutes run params in each spelling, and names the field of the first value it put in', () => {
    const run = (url: string) => pipelineRun({
      params: [{ name: 'host', value: 'github.com' }, { name: 'list', value: ['a'] }, { name: 'repo-path', value: 'acme/app.git' }, { name: 'n', value: ['3'] }],
      pipelineSpec: { tasks: [uses(url)] },
    });
    expect(findings(cloneTask(), run('git@$(params.host):$(params.repo-path)'))).toEqual(['warning PipelineRun "pr" spec.params[0].value credentials.git-host [pipeline task "fetch" (Task "clone")] git@github.com:acme/app.git default']);
    expect(findings(cloneTask(), run('git@gitlab.com:$(params["repo-path"])'))).toEqual(['warning PipelineRun "pr" spec.params[2].value credentials.git-host [pipeline task "fetch" (Task "clone")] git@gitlab.com:acme/app.git default']);
    expect(findings(cloneTask(), run("git@$(params['host']):x.git"))).toEqual(['warning PipelineRun "pr" spec.params[0].value credentials.git-host [pipeline task "fetch" (Task "clone")] git@github.com:x.git default']);
    // A reference to a param the run does not give (or gives as a list) stays as it is: no host to check.
    expect(findings(cloneTask(), run('git@$(params.n):x.git'), run('git@$(params.nope):x.git'))).toEqual([]);
  });

  it('takes a pipeline default when the run does not set the param, at the pipeline\'s field', () => {
    const spec = (params: Manifest[]) => ({ params, pipelineSpec: { params: [{ name: 'repo', default: 'git@github.com:a.git' }, { name: 'n', type: 'array', default: ['1'] }], tasks: [uses('$(params.repo)')] } });
    expect(findings(cloneTask(), pipelineRun(spec([])))).toEqual(['warning PipelineRun "pr" spec.pipelineSpec credentials.git-host [pipeline task "fetch" (Task "clone")] git@github.com:a.git default']);
    expect(findings(cloneTask(), pipelineRun(spec([{ name: 'repo', value: 'git@gitlab.com:b.git' }])))).toEqual(['warning PipelineRun "pr" spec.params[0].value credentials.git-host [pipeline task "fetch" (Task "clone")] git@gitlab.com:b.git default']);
  });

  it('takes the Task\'s default when the pipeline task gives no URL, substituted with the run\'s params', () => {
    const run = pipelineRun({ params: [{ name: 'host', value: 'github.com' }], pipelineRef: { name: 'build' } });
    const pipeline = { apiVersion: 'tekton.dev/v1', kind: 'Pipeline', metadata: { name: 'build' }, spec: { tasks: [uses(undefined)] } };
    expect(findings(cloneTask('clone', 'git@$(params.host):a.git'), pipeline, run)).toEqual(['warning PipelineRun "pr" spec.params[0].value credentials.git-host [pipeline task "fetch" (Task "clone")] git@github.com:a.git default']);
    expect(findings(cloneTask('clone', 'git@github.com:a.git'), pipeline, run)).toEqual(['warning PipelineRun "pr" spec.pipelineRef credentials.git-host [pipeline task "fetch" (Task "clone")] git@github.com:a.git default']);
  });

  it('checks nothing for a pipeline it does not have: resolved, unknown, or not given', () => {
    const pipeline = { apiVersion: 'tekton.dev/v1', kind: 'Pipeline', metadata: { name: 'build' }, spec: { tasks: [uses('git@github.com:a.git')] } };
    expect(findings(cloneTask(), pipeline, pipelineRun({ pipelineRef: { name: 'build', resolver: 'git' } }), pipelineRun({ pipelineRef: { name: 'other' } }, 'b'), pipelineRun({ pipelineRef: 'build' }, 'c'), pipelineRun({}, 'd'))).toEqual([]);
  });

  it('runs each task as its override, else the template\'s account, else default; finally tasks too', () => {
    const run = pipelineRun({
      taskRunTemplate: { serviceAccountName: 'runner' },
      taskRunSpecs: [{ pipelineTaskName: 'fetch', podTemplate: {} }, { pipelineTaskName: 'absent', serviceAccountName: 'other' }, { pipelineTaskName: 'second', serviceAccountName: 'special' }],
      pipelineSpec: { tasks: [uses('git@github.com:a.git'), uses('git@github.com:b.git', { name: 'second' })], finally: [uses('git@github.com:c.git', { name: 'last' })] },
    });
    expect(findings(cloneTask(), sshSecret('key', 'github.com'), account('keeper', 'key'), run)).toEqual([
      'error PipelineRun "pr" spec.taskRunTemplate.serviceAccountName credentials.service-account-not-used [pipeline task "fetch" (Task "clone")] runner keeper',
      'error PipelineRun "pr" spec.taskRunSpecs[2].serviceAccountName credentials.service-account-not-used [pipeline task "second" (Task "clone")] special keeper',
      'error PipelineRun "pr" spec.taskRunTemplate.serviceAccountName credentials.service-account-not-used [pipeline task "last" (Task "clone")] runner keeper',
    ]);
    const plain = pipelineRun({ taskRunTemplate: { podTemplate: {} }, pipelineSpec: { tasks: [uses('git@github.com:a.git')] } });
    expect(findings(cloneTask(), sshSecret('key', 'github.com'), account('keeper', 'key'), plain)).toEqual([
      'error PipelineRun "pr" spec.taskRunTemplate.serviceAccountName credentials.service-account-not-used [pipeline task "fetch" (Task "clone")] default keeper',
    ]);
  });

  it('passes the run\'s workspace bindings to the task through its pipeline workspace names', () => {
    const run = (taskWorkspaces: unknown[]) => pipelineRun({
      workspaces: [{ name: 'cache', emptyDir: {} }, { name: 'keys', secret: { secretName: 'basic' } }],
      pipelineSpec: { tasks: [uses('git@github.com:a.git', { workspaces: taskWorkspaces })] },
    });
    expect(findings(cloneTask(), basicSecret('basic', 'github.com'), run([{ name: 'other', workspace: 'cache' }, { name: 'ssh', workspace: 'keys' }]))).toEqual([
      'error PipelineRun "pr" spec.workspaces[1] credentials.workspace-kind [workspace "ssh" of pipeline task "fetch" (Task "clone")] basic',
      'error PipelineRun "pr" spec.pipelineSpec credentials.git-scheme [pipeline task "fetch" (Task "clone")] git@github.com:a.git',
    ]);
    // Bound to a run workspace that does not exist: the Secret does not reach the task.
    const unbound = ['warning PipelineRun "pr" spec.pipelineSpec credentials.git-host [pipeline task "fetch" (Task "clone")] git@github.com:a.git default'];
    expect(findings(cloneTask(), basicSecret('basic', 'github.com'), run([{ name: 'ssh', workspace: 'none' }]))).toEqual(unbound);
  });

  it('reads the roles of an inline taskSpec from its own annotations', () => {
    const inline = { name: 'inline', taskSpec: { metadata: { annotations: cloneTask().metadata.annotations }, params: [{ name: 'url' }], steps: [{ name: 's', image: 'alpine', script: 'true' }] }, params: [{ name: 'url', value: 'git@github.com:a.git' }] };
    const bare = { name: 'bare', taskSpec: { params: [{ name: 'url' }], steps: [{ name: 's', image: 'alpine', script: 'true' }] }, params: [{ name: 'url', value: 'git@github.com:a.git' }] };
    expect(findings(pipelineRun({ pipelineSpec: { tasks: [inline, bare] } }))).toEqual(['warning PipelineRun "pr" spec.pipelineSpec credentials.git-host [pipeline task "inline" (its taskSpec)] git@github.com:a.git default']);
  });
});

describe('TriggerTemplate', () => {
  it('checks the runs it creates, each at its own resource template, and only tekton.dev/v1 runs', () => {
    const url = [{ name: 'url', value: 'git@github.com:a.git' }];
    const template = {
      apiVersion: 'triggers.tekton.dev/v1beta1',
      kind: 'TriggerTemplate',
      metadata: { name: 'tt' },
      spec: {
        resourcetemplates: [
          'x',
          { apiVersion: 'tekton.dev/v1beta1', kind: 'TaskRun', spec: { taskRef: { name: 'clone' }, params: url } },
          { apiVersion: 'tekton.dev/v1', kind: 'TaskRun', spec: { taskRef: { name: 'clone' }, params: url } },
          { apiVersion: 'tekton.dev/v1', kind: 'PipelineRun', spec: { pipelineSpec: { tasks: [{ name: 'p', taskRef: { name: 'clone' }, params: url }] } } },
          { apiVersion: 'tekton.dev/v1', kind: 'Pipeline', spec: { tasks: [{ name: 'p', taskRef: { name: 'clone' }, params: url }] } },
        ],
      },
    };
    expect(findings(cloneTask(), template)).toEqual([
      'warning TriggerTemplate "tt" spec.resourcetemplates[2].spec.params[0].value credentials.git-host [Task "clone"] git@github.com:a.git default',
      'warning TriggerTemplate "tt" spec.resourcetemplates[3].spec.pipelineSpec credentials.git-host [pipeline task "p" (Task "clone")] git@github.com:a.git default',
    ]);
  });
});

describe('runs inside a TriggerTemplate, whose entries the schema does not check', () => {
  const url = { name: 'url', value: 'git@github.com:a.git' };
  const template = (...resourcetemplates: Manifest[]) => ({ apiVersion: 'triggers.tekton.dev/v1beta1', kind: 'TriggerTemplate', metadata: { name: 'tt' }, spec: { resourcetemplates } });
  const rt = (kind: string, spec: Manifest) => ({ apiVersion: 'tekton.dev/v1', kind, metadata: { generateName: 'x-' }, spec });
  const warning = (at: string, label: string) => `warning TriggerTemplate "tt" spec.resourcetemplates[0].spec${at} credentials.git-host [${label}] git@github.com:a.git default`;

  it('skips entries that are not mappings, and tasks without a name', () => {
    const pipelineRun = rt('PipelineRun', {
      params: [null, { name: 'h', value: 'github.com' }],
      workspaces: [null],
      taskRunSpecs: [null],
      pipelineSpec: {
        params: [null],
        tasks: [null, { taskRef: { name: 'clone' }, params: [url] }, { name: 'c', taskRef: { name: 'clone' }, params: [null, { name: 'url', value: 'git@$(params.h):a.git' }], workspaces: [null] }],
      },
    });
    expect(findings(cloneTask(), template(pipelineRun))).toEqual([warning('.params[1].value', 'pipeline task "c" (Task "clone")')]);
    expect(findings(cloneTask(), template(rt('TaskRun', { taskRef: { name: 'clone' }, params: [null, url], workspaces: [null] })))).toEqual([warning('.params[1].value', 'Task "clone"')]);
  });

  it('lets no Secret reach a task through a binding without a name', () => {
    const taskRunSpec = { taskRef: { name: 'clone' }, params: [url], workspaces: [{ secret: { secretName: 'key' } }] };
    expect(findings(cloneTask(), sshSecret('key', 'github.com'), template(rt('TaskRun', taskRunSpec)))).toEqual([warning('.params[0].value', 'Task "clone"')]);
    const pipelineRunSpec = { workspaces: [{ name: 'keys', secret: { secretName: 'key' } }], pipelineSpec: { tasks: [{ name: 'c', taskRef: { name: 'clone' }, params: [url], workspaces: [{ workspace: 'keys' }] }] } };
    expect(findings(cloneTask(), sshSecret('key', 'github.com'), template(rt('PipelineRun', pipelineRunSpec)))).toEqual([warning('.pipelineSpec', 'pipeline task "c" (Task "clone")')]);
  });

  it('takes only a text default of a pipeline param into a URL', () => {
    const spec = { pipelineSpec: { params: [{ name: 'h', type: 'array', default: ['github.com'] }], tasks: [{ name: 'c', taskRef: { name: 'clone' }, params: [{ name: 'url', value: 'git@$(params.h):a.git' }] }] } };
    expect(findings(cloneTask(), template(rt('PipelineRun', spec)))).toEqual([]);
  });

  it('checks a resource template as the run its kind says, not by the fields it has', () => {
    const both = { taskRef: { name: 'clone' }, params: [url], pipelineSpec: { tasks: [{ name: 'c', taskRef: { name: 'clone' }, params: [url] }] } };
    expect(findings(cloneTask(), template(rt('Pipeline', both)))).toEqual([]);
  });
});

describe('Tasks with only some credential roles', () => {
  it('checks a Task that marks only a git URL, and one that marks only a workspace', () => {
    const urlOnly = { ...cloneTask('url-only'), metadata: { name: 'url-only', annotations: { 'cdk8s-tekton.io/param-roles': '{"url":"git-url"}' } } };
    const wsOnly = { ...cloneTask('ws-only'), metadata: { name: 'ws-only', annotations: { 'cdk8s-tekton.io/workspace-secrets': '{"ssh":"kubernetes.io/ssh-auth"}' } } };
    expect(findings(urlOnly, taskRun({ taskRef: { name: 'url-only' }, params: [{ name: 'url', value: 'git@github.com:a.git' }] }))).toEqual(['warning TaskRun "tr" spec.params[0].value credentials.git-host [Task "url-only"] git@github.com:a.git default']);
    expect(findings(urlOnly, pipelineRun({ pipelineSpec: { tasks: [{ name: 'c', taskRef: { name: 'url-only' }, params: [{ name: 'url', value: 'git@github.com:a.git' }] }] } }))).toEqual(['warning PipelineRun "pr" spec.pipelineSpec credentials.git-host [pipeline task "c" (Task "url-only")] git@github.com:a.git default']);
    expect(findings(wsOnly, basicSecret('basic', 'github.com'), pipelineRun({ workspaces: [{ name: 'k', secret: { secretName: 'basic' } }], pipelineSpec: { tasks: [{ name: 'c', taskRef: { name: 'ws-only' }, workspaces: [{ name: 'ssh', workspace: 'k' }] }] } }))).toEqual([
      'error PipelineRun "pr" spec.workspaces[0] credentials.workspace-kind [workspace "ssh" of pipeline task "c" (Task "ws-only")] basic',
    ]);
  });
});
