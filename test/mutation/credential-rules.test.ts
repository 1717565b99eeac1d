// What the credential rules know across documents (lib/validate/credentials.ts), seen through
// validateManifests on YAML documents: Secret documents over the facts annotations, in either
// order; accounts as documents or declared on runs, and which wins; the documents inside a
// TriggerTemplate; hub tasks; the env and annotation that say which registry config a tool
// reads; the accounts offered when another one holds the credential; how a binding lays a Secret out.
import { describe, expect, it } from 'vitest';
import { validateManifests } from '../../lib';

type Manifest = Record<string, any>;
const STEPS = [{ name: 's', image: 'alpine', script: 'true' }];

/** A Task whose param `url` is a git URL, `image` an image it pushes; workspace `ssh` takes an SSH key, `docker` a registry config. */
function task(name: string, extra: { annotations?: Record<string, string>; steps?: unknown[]; stepTemplate?: unknown } = {}): Manifest {
  return {
    apiVersion: 'tekton.dev/v1',
    kind: 'Task',
    metadata: { name, annotations: { 'cdk8s-tekton.io/param-roles': '{"url":"git-url","image":"image"}', 'cdk8s-tekton.io/workspace-secrets': '{"ssh":"kubernetes.io/ssh-auth","docker":"kubernetes.io/dockerconfigjson"}', ...extra.annotations } },
    spec: { params: [{ name: 'url' }, { name: 'image' }], workspaces: [{ name: 'ssh', optional: true }, { name: 'docker', optional: true }], steps: extra.steps ?? STEPS, ...(extra.stepTemplate ? { stepTemplate: extra.stepTemplate } : {}) },
  };
}
const secret = (name: string, type: string, annotations: Record<string, string>, stringData: Record<string, string> = { k: 'v' }): Manifest => ({ apiVersion: 'v1', kind: 'Secret', metadata: { name, annotations }, type, stringData });
const sshKey = (name: string, host: string) => secret(name, 'kubernetes.io/ssh-auth', { 'tekton.dev/git-0': host }, { 'ssh-privatekey': 'k' });
const dockerConfig = (name: string, registry: string) => secret(name, 'kubernetes.io/dockerconfigjson', {}, { '.dockerconfigjson': JSON.stringify({ auths: { [registry]: {} } }) });
const account = (name: string, secrets: unknown[], pull: unknown[] = []): Manifest => ({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name }, secrets, imagePullSecrets: pull });
const taskRun = (name: string, spec: Manifest, annotations?: Record<string, string>): Manifest => ({ apiVersion: 'tekton.dev/v1', kind: 'TaskRun', metadata: { name, ...(annotations ? { annotations } : {}) }, spec });
const run = (params: Record<string, string>, more: Manifest = {}) => ({ taskRef: { name: 'clone' }, params: Object.entries(params).map(([name, value]) => ({ name, value })), ...more });

/** The credential findings: severity, document, field, rule and message. */
function findings(...manifests: Manifest[]): string[] {
  return validateManifests(manifests.map((manifest, i) => ({ manifest, source: `f.yaml#${i}` })))
    .filter((p) => p.rule.startsWith('credentials.'))
    .map((p) => `${p.severity ?? 'error'} ${p.resource} ${p.field} ${p.rule}: ${p.message}`);
}

const CLONE = (account: string) => taskRun('r', run({ url: 'git@github.com:a.git' }, { serviceAccountName: account }));
const PUSH = (account: string, more: Manifest = {}) => taskRun('r', run({ image: 'ghcr.io/acme/app:1' }, { serviceAccountName: account, ...more }));
const NO_KEY = (known: string) => `TaskRun "r" spec.params[0].value credentials.git-host: Task "clone" clones git@github.com:a.git over SSH, but no kubernetes.io/ssh-auth credential for github.com reaches it: its workspaces bring none, and ServiceAccount "sa" ${known}`;
/** A run elsewhere whose annotation says Secret "key" is a basic-auth token. */
const BASIC_FACTS = taskRun('x', { taskRef: { name: 'plain' } }, { 'cdk8s-tekton.io/secrets': '[{"name":"key","type":"kubernetes.io/basic-auth","keys":[],"hosts":["github.com"]}]' });
const PLAIN = { apiVersion: 'tekton.dev/v1', kind: 'Task', metadata: { name: 'plain' }, spec: { steps: STEPS } };

describe('Secrets', () => {
  it('takes a Secret\'s facts from its document over any annotation, whichever comes first', () => {
    const sa = account('sa', [{ name: 'key' }]);
    expect(findings(PLAIN, task('clone'), CLONE('sa'), sa, BASIC_FACTS)).toEqual([
      'error TaskRun "r" spec.params[0].value credentials.git-scheme: Task "clone" clones git@github.com:a.git over SSH, but the only credential for github.com that reaches it is Secret "key" (kubernetes.io/basic-auth: a user name and token), which ssh cannot use',
    ]);
    expect(findings(sshKey('key', 'github.com'), PLAIN, task('clone'), CLONE('sa'), sa, BASIC_FACTS)).toEqual([]);
    expect(findings(BASIC_FACTS, PLAIN, task('clone'), CLONE('sa'), sa, sshKey('key', 'github.com'))).toEqual([]);
  });

  it('knows the Secrets and accounts inside a TriggerTemplate\'s resource templates', () => {
    const template = (annotations: Record<string, string>) => ({
      apiVersion: 'triggers.tekton.dev/v1beta1',
      kind: 'TriggerTemplate',
      metadata: { name: 'tt' },
      spec: { resourcetemplates: [{ apiVersion: 'tekton.dev/v1', kind: 'TaskRun', metadata: { generateName: 'x-', annotations }, spec: { taskRef: { name: 'plain' } } }] },
    });
    const declares = { 'cdk8s-tekton.io/service-accounts': '{"sa":{"secrets":["key"]}}' };
    expect(findings(sshKey('key', 'github.com'), PLAIN, task('clone'), CLONE('sa'), template(declares))).toEqual([]);
    expect(findings(PLAIN, task('clone'), CLONE('sa'), template({ ...declares, 'cdk8s-tekton.io/secrets': '[{"name":"key","type":"kubernetes.io/ssh-auth","keys":[],"hosts":["github.com"]}]' }))).toEqual([]);
    expect(findings(PLAIN, task('clone'), CLONE('sa'), template({}))).toEqual([`warning ${NO_KEY('is not among the documents')}`]);
  });
});

describe('service accounts', () => {
  it('reads the names an account document lists, skipping entries without one', () => {
    expect(findings(sshKey('key', 'github.com'), task('clone'), CLONE('sa'), account('sa', ['key', {}, { name: 7 }]))).toEqual([`error ${NO_KEY('lists none')}`]);
    expect(findings(sshKey('key', 'github.com'), task('clone'), CLONE('sa'), account('sa', [{}, { name: 'key' }]))).toEqual([]);
  });

  it('takes an account a run declares, ignoring a declaration that is not JSON or not a mapping', () => {
    const declared = (text: string) => taskRun('d', { taskRef: { name: 'plain' } }, { 'cdk8s-tekton.io/service-accounts': text });
    expect(findings(sshKey('key', 'github.com'), PLAIN, task('clone'), CLONE('sa'), declared('{"sa":{"secrets":["key"]}}'))).toEqual([]);
    expect(findings(sshKey('key', 'github.com'), PLAIN, task('clone'), CLONE('sa'), declared('{"sa":'))).toEqual([`warning ${NO_KEY('is not among the documents')}`]);
    expect(findings(sshKey('key', 'github.com'), PLAIN, task('clone'), CLONE('sa'), declared('["sa"]'))).toEqual([`warning ${NO_KEY('is not among the documents')}`]);
    expect(findings(sshKey('key', 'github.com'), PLAIN, task('clone'), CLONE('sa'), declared('{"sa":["key"]}'))).toEqual([`warning ${NO_KEY('is not among the documents')}`]);
    expect(findings(sshKey('key', 'github.com'), PLAIN, task('clone'), CLONE('sa'), declared('{"sa":{"secrets":[7,"key"]}}'))).toEqual([]);
    expect(findings(sshKey('key', 'github.com'), PLAIN, task('clone'), CLONE('sa'), declared('{"sa":{"secrets":"key"}}'))).toEqual([`error ${NO_KEY('lists none')}`]);
  });

  it('takes an account document over a declaration of the same name', () => {
    const declared = taskRun('d', { taskRef: { name: 'plain' } }, { 'cdk8s-tekton.io/service-accounts': '{"sa":{"secrets":["key"]}}' });
    expect(findings(sshKey('key', 'github.com'), PLAIN, task('clone'), account('sa', []), CLONE('sa'), declared)).toEqual([`error ${NO_KEY('lists none')}`]);
    expect(findings(sshKey('key', 'github.com'), PLAIN, task('clone'), CLONE('sa'), declared, account('sa', []))).toEqual([`error ${NO_KEY('lists none')}`]);
  });

  it('names the first other account that lists a credential the run needs', () => {
    const other = (name: string, target: string) => `error TaskRun "r" spec.serviceAccountName credentials.service-account-not-used: Task "clone" needs a ${target}; ServiceAccount "${name}" lists one (Secret "${target.startsWith('registry') ? 'push' : 'key'}"), but the run uses ServiceAccount "sa"`;
    expect(findings(dockerConfig('push', 'ghcr.io'), task('clone'), account('sa', []), account('pusher', [{ name: 'push' }]), account('later', [{ name: 'push' }]), PUSH('sa'))).toEqual([other('pusher', 'registry credential for ghcr.io to push ghcr.io/acme/app:1')]);
    // Declared accounts come before the documents; the run's own (declared with the key, but its
    // document lists none) is passed over, and an account listing two keys counts once.
    const declares = taskRun('d', { taskRef: { name: 'plain' } }, { 'cdk8s-tekton.io/service-accounts': '{"sa":{"secrets":["key","key2"]}}' });
    expect(findings(sshKey('key', 'github.com'), sshKey('key2', 'github.com'), PLAIN, task('clone'), account('sa', []), account('keeper', [{ name: 'key' }]), declares, CLONE('sa'))).toEqual([other('keeper', 'kubernetes.io/ssh-auth credential for github.com to clone git@github.com:a.git')]);
    // An Opaque Secret serves no need.
    expect(findings(secret('key', 'Opaque', { 'tekton.dev/git-0': 'github.com' }), task('clone'), account('sa', []), account('keeper', [{ name: 'key' }]), CLONE('sa'))).toEqual([`error ${NO_KEY('lists none')}`]);
  });

  it('says when the registry credential is only among the image pull secrets', () => {
    expect(findings(dockerConfig('push', 'ghcr.io'), task('clone'), account('sa', [], [{}, { name: 'push' }]), PUSH('sa'))).toEqual([
      'error TaskRun "r" spec.params[0].value credentials.registry: Task "clone" pushes ghcr.io/acme/app:1 to registry ghcr.io, but no DockerConfigSecret for ghcr.io reaches it: its workspaces bring none, and ServiceAccount "sa" lists none (Secret "push" is in its imagePullSecrets, which the kubelet uses to pull step images; steps only get the secrets list)',
    ]);
  });
});

describe('which registry config a tool reads', () => {
  const unread = (label: string, why: string, ws = '') => `error TaskRun "r" spec.params[0].value credentials.registry: ${label} pushes ghcr.io/acme/app:1 to registry ghcr.io, but no DockerConfigSecret for ghcr.io reaches it: its workspaces bring ${ws || 'none'}, and ServiceAccount "sa" lists Secret "push" (for ghcr.io), which the task does not read: ${why}`;
  const copied = ', while Tekton copies the account\'s registry credentials to $HOME/.docker/config.json';
  const env = (e: unknown[]) => task('clone', { steps: [{ name: 's', image: 'alpine', script: 'true', env: e }] });

  it('reads only the file a step\'s literal DOCKER_CONFIG or REGISTRY_AUTH_FILE names, in a step or the step template', () => {
    const sa = account('sa', [{ name: 'push' }]);
    expect(findings(dockerConfig('push', 'ghcr.io'), env([{ name: 'X', value: 'y' }, { name: 'DOCKER_CONFIG', value: '/cfg/' }]), sa, PUSH('sa'))).toEqual([unread('Task "clone"', `it reads only /cfg/config.json (its step sets DOCKER_CONFIG=/cfg/)${copied}`)]);
    expect(findings(dockerConfig('push', 'ghcr.io'), task('clone', { stepTemplate: { env: [{ name: 'REGISTRY_AUTH_FILE', value: '/a/auth.json' }] } }), sa, PUSH('sa'))).toEqual([unread('Task "clone"', `it reads only /a/auth.json (its step sets REGISTRY_AUTH_FILE=/a/auth.json)${copied}`)]);
    // A value Tekton fills in, or one taken from elsewhere, says nothing of where the tool reads.
    expect(findings(dockerConfig('push', 'ghcr.io'), env([{ name: 'DOCKER_CONFIG', value: '$(workspaces.docker.path)' }]), sa, PUSH('sa'))).toEqual([]);
    expect(findings(dockerConfig('push', 'ghcr.io'), env([{ name: 'DOCKER_CONFIG', valueFrom: { configMapKeyRef: { name: 'c', key: 'k' } } }]), sa, PUSH('sa'))).toEqual([]);
    expect(findings(dockerConfig('push', 'ghcr.io'), env([{ name: 'HOME', value: '/cfg' }]), sa, PUSH('sa'))).toEqual([]);
  });

  it('takes the registry-auth annotation when it is one of the two known values', () => {
    const sa = account('sa', [{ name: 'push' }]);
    const marked = (auth: string) => task('clone', { annotations: { 'cdk8s-tekton.io/registry-auth': auth } });
    expect(findings(dockerConfig('push', 'ghcr.io'), marked('workspace-only'), sa, PUSH('sa'))).toEqual([unread('Task "clone"', `it reads only its docker workspace${copied}`)]);
    expect(findings(dockerConfig('push', 'ghcr.io'), marked('sometimes'), sa, PUSH('sa'))).toEqual([]);
    expect(findings(dockerConfig('push', 'ghcr.io'), marked('workspace-else-account'), sa, PUSH('sa'))).toEqual([]);
    const bound = { workspaces: [{ name: 'docker', secret: { secretName: 'other', items: [{ key: '.dockerconfigjson', path: 'config.json' }] } }] };
    expect(findings(dockerConfig('push', 'ghcr.io'), dockerConfig('other', 'quay.io'), marked('workspace-else-account'), sa, PUSH('sa', bound))).toEqual([
      unread('Task "clone"', 'its docker workspace is bound, so it reads only that config.json (DOCKER_CONFIG is set to the workspace), not the account\'s credentials in $HOME/.docker', 'Secret "other" (for quay.io)'),
    ]);
  });

  it('knows the hub tasks: kaniko reads only its workspace, git-clone takes a URL', () => {
    const hub = (name: string, version: string, params: Manifest[]) => taskRun('r', { taskRef: { resolver: 'hub', params: [{ name: 'name', value: name }, { name: 'version', value: version }] }, params, serviceAccountName: 'sa' });
    expect(findings(dockerConfig('push', 'ghcr.io'), account('sa', [{ name: 'push' }]), hub('kaniko', '0.6', [{ name: 'IMAGE', value: 'ghcr.io/acme/app:1' }]))).toEqual([
      unread('hub task kaniko 0.6', `it reads only /kaniko/.docker/config.json (its step sets DOCKER_CONFIG=/kaniko/.docker)${copied}`),
    ]);
    expect(findings(account('sa', []), hub('git-clone', '0.9', [{ name: 'url', value: 'git@github.com:a.git' }]))).toEqual([
      'error TaskRun "r" spec.params[0].value credentials.git-host: hub task git-clone 0.9 clones git@github.com:a.git over SSH, but no kubernetes.io/ssh-auth credential for github.com reaches it: its workspaces bring none, and ServiceAccount "sa" lists none',
    ]);
    expect(findings(account('sa', []), hub('git-clone', '0.1', [{ name: 'url', value: 'git@github.com:a.git' }]))).toEqual([]);
  });
});

describe('how a binding lays a Secret out', () => {
  const clone = (binding: Manifest) => taskRun('r', run({ url: 'git@github.com:a.git' }, { workspaces: [{ name: 'ssh', ...binding }] }));
  const noIdFile = (files: string) => `error TaskRun "r" spec.workspaces[0] credentials.workspace-files: the binding of workspace "ssh" of Task "clone" lays Secret "key" out as ${files}, without a private key file named id_* (such as id_rsa), which is what the clone hands to ssh`;

  it('takes the files from the items, else from the Secret\'s keys', () => {
    expect(findings(sshKey('key', 'github.com'), task('clone'), clone({ secret: { secretName: 'key', items: [{ key: 'ssh-privatekey', path: 'key' }, { key: 'x', path: 'id_rsa.pub' }] } }))).toEqual([noIdFile('key, id_rsa.pub')]);
    expect(findings(sshKey('key', 'github.com'), task('clone'), clone({ secret: { secretName: 'key' } }))).toEqual([noIdFile('ssh-privatekey')]);
    expect(findings(sshKey('key', 'github.com'), task('clone'), clone({ secret: { secretName: 'key', items: [{ key: 'ssh-privatekey', path: 'id_ed25519' }] } }))).toEqual([]);
  });

  it('finds the Secrets of a projected binding, and cannot know its files', () => {
    const projected = (sources: unknown[]) => clone({ projected: { sources } });
    expect(findings(sshKey('key', 'github.com'), task('clone'), projected([{ configMap: { name: 'c' } }, { secret: { name: 'key' } }]))).toEqual([]);
    expect(findings(secret('basic', 'kubernetes.io/basic-auth', { 'tekton.dev/git-0': 'https://github.com' }), task('clone'), projected([{ secret: { name: 'basic' } }]))).toEqual([
      'error TaskRun "r" spec.workspaces[0] credentials.workspace-kind: workspace "ssh" of Task "clone" expects an SSH key (GitSshSecret), type kubernetes.io/ssh-auth, but it is bound to Secret "basic" of type kubernetes.io/basic-auth',
      'error TaskRun "r" spec.params[0].value credentials.git-scheme: Task "clone" clones git@github.com:a.git over SSH, but the only credential for github.com that reaches it is Secret "basic" (kubernetes.io/basic-auth: a user name and token), which ssh cannot use',
    ]);
  });
});

describe('which documents count', () => {
  const v1 = (kind: string, name: string, extra: Manifest = {}) => ({ apiVersion: 'v1', kind, metadata: { name }, ...extra });

  it('takes a Secret or ServiceAccount only as v1, and an account only of that kind', () => {
    const otherSecret = { ...sshKey('key', 'github.com'), apiVersion: 'example.com/v1' };
    expect(findings(otherSecret, task('clone'), account('sa', [{ name: 'key' }]), CLONE('sa'))).toEqual([`error ${NO_KEY('lists none')}`]);
    expect(findings(sshKey('key', 'github.com'), task('clone'), { ...account('sa', [{ name: 'key' }]), apiVersion: 'example.com/v1' }, CLONE('sa'))).toEqual([`warning ${NO_KEY('is not among the documents')}`]);
    expect(findings(sshKey('key', 'github.com'), task('clone'), v1('ConfigMap', 'sa', { data: {} }), CLONE('sa'))).toEqual([`warning ${NO_KEY('is not among the documents')}`]);
  });

  it('takes a Task or Pipeline only as tekton.dev/v1 and of that kind', () => {
    const url = [{ name: 'url', value: 'git@github.com:a.git' }];
    expect(findings({ ...task('clone'), apiVersion: 'tekton.dev/v1beta1' }, taskRun('r', { taskRef: { name: 'clone' }, params: url }))).toEqual([]);
    const pipeline = (apiVersion: string, kind: string) => ({ apiVersion, kind, metadata: { name: 'build' }, spec: { tasks: [{ name: 'c', taskRef: { name: 'clone' }, params: url }] } });
    const run = { apiVersion: 'tekton.dev/v1', kind: 'PipelineRun', metadata: { name: 'pr' }, spec: { pipelineRef: { name: 'build' } } };
    expect(findings(task('clone'), pipeline('tekton.dev/v1', 'Pipeline'), run)).toEqual([
      'warning PipelineRun "pr" spec.pipelineRef credentials.git-host: pipeline task "c" (Task "clone") clones git@github.com:a.git over SSH, but no kubernetes.io/ssh-auth credential for github.com reaches it: its workspaces bring none, and ServiceAccount "default" is not among the documents',
    ]);
    expect(findings(task('clone'), pipeline('tekton.dev/v1beta1', 'Pipeline'), run)).toEqual([]);
    expect(findings(task('clone'), pipeline('tekton.dev/v1', 'PipelineTemplate'), run)).toEqual([]);
  });

  it('looks inside the resource templates of a TriggerTemplate only, skipping entries that are not mappings', () => {
    const holder = (kind: string) => ({ apiVersion: 'triggers.tekton.dev/v1beta1', kind, metadata: { name: 'h' }, spec: { resourcetemplates: [null, sshKey('key', 'github.com')] } });
    expect(findings(holder('TriggerTemplate'), task('clone'), account('sa', [{ name: 'key' }]), CLONE('sa'))).toEqual([]);
    expect(findings(holder('TriggerBinding'), task('clone'), account('sa', [{ name: 'key' }]), CLONE('sa'))).toEqual([`error ${NO_KEY('lists none')}`]);
  });

  it('reads a Task\'s params past an entry that is not a mapping', () => {
    const withNull = task('clone');
    withNull.spec.params = [null, { name: 'url', default: 'git@github.com:a.git' }];
    expect(findings(withNull, taskRun('r', { taskRef: { name: 'clone' } }))).toEqual([
      'warning TaskRun "r" spec.taskRef credentials.git-host: Task "clone" clones git@github.com:a.git over SSH, but no kubernetes.io/ssh-auth credential for github.com reaches it: its workspaces bring none, and ServiceAccount "default" is not among the documents',
    ]);
  });

  it('takes a hub ref by its resolver even when it also has a name', () => {
    const ref = { name: 'clone', resolver: 'hub', params: [{ name: 'name', value: 'git-clone' }, { name: 'version', value: '0.9' }] };
    expect(findings(task('clone'), account('sa', []), taskRun('r', { taskRef: ref, params: [{ name: 'url', value: 'git@github.com:a.git' }], serviceAccountName: 'sa' }))).toEqual([
      'error TaskRun "r" spec.params[0].value credentials.git-host: hub task git-clone 0.9 clones git@github.com:a.git over SSH, but no kubernetes.io/ssh-auth credential for github.com reaches it: its workspaces bring none, and ServiceAccount "sa" lists none',
    ]);
  });
});

describe('registry credentials offered by other accounts', () => {
  const withRegistry = (type: string) => secret('cred', type, { 'tekton.dev/docker-0': 'https://ghcr.io' });
  const offered = 'error TaskRun "r" spec.serviceAccountName credentials.service-account-not-used: Task "clone" needs a registry credential for ghcr.io to push ghcr.io/acme/app:1; ServiceAccount "other" lists one (Secret "cred"), but the run uses ServiceAccount "sa"';
  const missing = 'error TaskRun "r" spec.params[0].value credentials.registry: Task "clone" pushes ghcr.io/acme/app:1 to registry ghcr.io, but no DockerConfigSecret for ghcr.io reaches it: its workspaces bring none, and ServiceAccount "sa" lists none';

  it('counts basic-auth and dockerconfigjson Secrets with registries, not Opaque ones', () => {
    expect(findings(withRegistry('kubernetes.io/basic-auth'), task('clone'), account('sa', []), account('other', [{ name: 'cred' }]), PUSH('sa'))).toEqual([offered]);
    expect(findings(withRegistry('kubernetes.io/dockerconfigjson'), task('clone'), account('sa', []), account('other', [{ name: 'cred' }]), PUSH('sa'))).toEqual([offered]);
    expect(findings(withRegistry('Opaque'), task('clone'), account('sa', []), account('other', [{ name: 'cred' }]), PUSH('sa'))).toEqual([missing]);
  });
});

describe('bindings the schema does not check (in a TriggerTemplate)', () => {
  const template = (binding: Manifest) => ({
    apiVersion: 'triggers.tekton.dev/v1beta1',
    kind: 'TriggerTemplate',
    metadata: { name: 'tt' },
    spec: { resourcetemplates: [{ apiVersion: 'tekton.dev/v1', kind: 'TaskRun', metadata: { generateName: 'x-' }, spec: { taskRef: { name: 'clone' }, params: [{ name: 'url', value: 'git@github.com:a.git' }], workspaces: [{ name: 'ssh', ...binding }] } }] },
  });

  it('takes a projected binding\'s Secrets when its secret source has no name', () => {
    const basic = secret('basic', 'kubernetes.io/basic-auth', { 'tekton.dev/git-0': 'https://github.com' });
    expect(findings(basic, task('clone'), template({ secret: {}, projected: { sources: [{ secret: { name: 'basic' } }] } })).map((f) => f.split(':')[0])).toEqual([
      'error TriggerTemplate "tt" spec.resourcetemplates[0].spec.workspaces[0] credentials.workspace-kind',
      'error TriggerTemplate "tt" spec.resourcetemplates[0].spec.params[0].value credentials.git-scheme',
    ]);
  });

  it('shows an item that is not a mapping as an empty file name', () => {
    expect(findings(sshKey('key', 'github.com'), task('clone'), template({ secret: { secretName: 'key', items: [null, { key: 'ssh-privatekey', path: 'key' }] } }))).toEqual([
      'error TriggerTemplate "tt" spec.resourcetemplates[0].spec.workspaces[0] credentials.workspace-files: the binding of workspace "ssh" of Task "clone" lays Secret "key" out as , key, without a private key file named id_* (such as id_rsa), which is what the clone hands to ssh',
    ]);
  });

  it('does not check the files of a Secret whose keys are not known', () => {
    const keyless = secret('key', 'kubernetes.io/ssh-auth', { 'tekton.dev/git-0': 'github.com' }, {});
    expect(findings(keyless, task('clone'), taskRun('r', run({ url: 'git@github.com:a.git' }, { workspaces: [{ name: 'ssh', secret: { secretName: 'key' } }] })))).toEqual([]);
  });
});
