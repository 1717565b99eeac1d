// Secrets and service accounts runs use, converted to the typed references (lib/convert/credentials.ts):
// exact code for each kind the typed API states, the name as written where it cannot, and the
// round trip through synth (the annotations the references leave say the same again).
import { describe, expect, it } from 'vitest';
import { convert } from '../../lib/convert';
import { compile, projectDir, synth } from '../support/converted';

const secret = (name: string, type: string | undefined, keys: string[], annotations?: Record<string, string>) => ({
  apiVersion: 'v1', kind: 'Secret', metadata: { name, ...(annotations ? { annotations } : {}) }, ...(type ? { type } : {}),
  data: Object.fromEntries(keys.map((k) => [k, 'eA=='])),
});
const account = (name: string, secrets: string[], imagePullSecrets: string[] = []) => ({
  apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name }, secrets: secrets.map((n) => ({ name: n })),
  ...(imagePullSecrets.length ? { imagePullSecrets: imagePullSecrets.map((n) => ({ name: n })) } : {}),
});
const taskRun = (serviceAccountName: string, workspaces: unknown[] = []) => ({
  apiVersion: 'tekton.dev/v1', kind: 'TaskRun', metadata: { generateName: 'use-' },
  spec: { serviceAccountName, taskRef: { name: 'build' }, ...(workspaces.length ? { workspaces } : {}) },
});
const typedLines = (code: string) => code.split('\n').map((l) => l.trim()).filter((l) => /fromSecretName|fromServiceAccountName|serviceAccount:|WorkspaceBinding\.secret/.test(l));

describe('convert: typed Secrets and service accounts', () => {
  const docs = [
    secret('deploy-key', 'kubernetes.io/ssh-auth', ['ssh-privatekey', 'known_hosts'], { 'tekton.dev/git-0': 'GitHub.com' }),
    secret('git-token', 'kubernetes.io/basic-auth', ['username', 'password'], { 'tekton.dev/git-0': 'https://gitlab.example.com' }),
    secret('registry', 'kubernetes.io/dockerconfigjson', ['.dockerconfigjson'], { 'tekton.dev/docker-0': 'https://ghcr.io' }),
    secret('settings', undefined, ['token', 'url']),
    account('builder', ['deploy-key', 'git-token'], ['registry']),
    taskRun('builder', [{ name: 'settings', secret: { secretName: 'settings' } }]),
  ];

  it('writes each Secret of a known type as its typed reference, and the account with what it lists', () => {
    expect(typedLines(convert(docs).code)).toEqual([
      "const settingsSecret = OpaqueSecret.fromSecretName(this, 'settings-secret', 'settings', { keys: ['token', 'url'] });",
      "const deployKey = GitSshSecret.fromSecretName(this, 'deploy-key-secret', 'deploy-key', { host: 'github.com' });",
      "const gitTokenSecret = GitBasicAuthSecret.fromSecretName(this, 'git-token-secret', 'git-token', { host: 'gitlab.example.com' });",
      "const registrySecret = DockerConfigSecret.fromSecretName(this, 'registry-secret', 'registry', { registries: ['ghcr.io'] });",
      "const builderAccount = PipelineServiceAccount.fromServiceAccountName(this, 'builder-account', 'builder', { secrets: [deployKey, gitTokenSecret], imagePullSecrets: [registrySecret] });",
      "workspaces: { settings: WorkspaceBinding.secret(settingsSecret) },",
      'serviceAccount: builderAccount,',
    ]);
  });

  it('declares an account it knows nothing of as holding nothing, and keeps a name Kubernetes refuses as written', () => {
    expect(typedLines(convert([taskRun('default'), taskRun('Not_A_Name')]).code)).toEqual([
      "const defaultAccount = PipelineServiceAccount.fromServiceAccountName(this, 'default-account', 'default');",
      "new TaskRun(this, 'use', { generateName: 'use-', taskRef: TaskRef.named('build'), serviceAccount: defaultAccount });",
      "new TaskRun(this, 'use-2', { generateName: 'use-', taskRef: TaskRef.named('build'), serviceAccount: 'Not_A_Name' });",
    ]);
  });

  it('keeps names where the typed references cannot state the Secret: no host, two hosts, no registry, an account listing such a Secret', () => {
    const code = convert([
      secret('no-host', 'kubernetes.io/ssh-auth', ['ssh-privatekey']),
      secret('two-hosts', 'kubernetes.io/basic-auth', ['username', 'password'], { 'tekton.dev/git-0': 'a.example', 'tekton.dev/git-1': 'b.example' }),
      secret('no-registry', 'kubernetes.io/dockerconfigjson', ['.dockerconfigjson']),
      account('robot', ['no-host']),
      taskRun('robot', [{ name: 'a', secret: { secretName: 'two-hosts' } }, { name: 'b', secret: { secretName: 'no-registry' } }, { name: 'c', secret: { secretName: 'elsewhere' } }]),
    ]).code;
    expect(typedLines(code)).toEqual([
      "a: WorkspaceBinding.secret('two-hosts'),",
      "b: WorkspaceBinding.secret('no-registry'),",
      "c: WorkspaceBinding.secret('elsewhere'),",
      "serviceAccount: 'robot',",
    ]);
  });

  it('synthesizes the run with the typed facts, and converts that back to the same module', () => {
    const dir = projectDir();
    const docsWithTask = [{ apiVersion: 'tekton.dev/v1', kind: 'Task', metadata: { name: 'build' }, spec: { workspaces: [{ name: 'settings' }], steps: [{ name: 'run', image: 'alpine', script: 'true' }] } }, ...docs];
    const first = convert(docsWithTask, { chartName: 'CredsChart' });
    expect(compile(dir, new Map([['creds.ts', first.code]]))).toBe('');
    const out = synth(dir, 'creds.ts', 'CredsChart') as Array<Record<string, any>>;
    const run = out.find((d) => d.kind === 'TaskRun')!;
    expect(run.spec.serviceAccountName).toBe('builder');
    expect(JSON.parse(run.metadata.annotations['cdk8s-tekton.io/service-accounts'])).toEqual({ builder: { secrets: ['deploy-key', 'git-token'], imagePullSecrets: ['registry'] } });
    expect(JSON.parse(run.metadata.annotations['cdk8s-tekton.io/secrets']).map((f: { name: string; type: string }) => `${f.name} ${f.type}`)).toEqual([
      'deploy-key kubernetes.io/ssh-auth', 'git-token kubernetes.io/basic-auth', 'registry kubernetes.io/dockerconfigjson', 'settings Opaque',
    ]);
    // Without the Secret and ServiceAccount documents, the run's annotations alone give the same typed code.
    const runOnly = out.filter((d) => d.kind !== 'Secret' && d.kind !== 'ServiceAccount');
    expect(typedLines(convert(runOnly, { chartName: 'CredsChart' }).code)).toEqual(typedLines(first.code));
    expect(convert(out, { chartName: 'CredsChart' }).code).toBe(first.code);
  });
});
