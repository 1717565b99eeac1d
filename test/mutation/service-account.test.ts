// PipelineServiceAccount (lib/credentials/service-account.ts) by its synthesized YAML and what it
// declares: the metadata props (copied, not shared), lists that appear only when they hold
// something, a Secret listed once however often it is added, the facts annotation over both
// lists, names checked with the construct path, and accounts that exist outside the app.
import { Chart, Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { DockerConfigSecret, GitBasicAuthSecret, GitSshSecret, PipelineServiceAccount } from '../../lib';

const chart = () => new Chart(Testing.app(), 'c');
const NAME_RULE = 'is invalid: use lowercase letters, digits, "-" and ".", starting and ending with a letter or digit, at most 63 characters. Set the name prop or rename the construct id.';

describe('PipelineServiceAccount', () => {
  it('emits a bare ServiceAccount named after its id when given nothing', () => {
    const c = chart();
    const sa = new PipelineServiceAccount(c, 'runner');
    expect({ name: sa.name, secretNames: sa.secretNames, yaml: Testing.synth(c) }).toEqual({
      name: 'runner',
      secretNames: [],
      yaml: [{ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'runner' } }],
    });
  });

  it('writes name, namespace, labels and annotations as given, copied when it is made', () => {
    const c = chart();
    const labels: Record<string, string> = { team: 'a' };
    const annotations: Record<string, string> = { note: 'n' };
    new PipelineServiceAccount(c, 'id', { name: 'builder', namespace: 'ci', labels, annotations });
    labels.late = 'x';
    annotations.late = 'x';
    expect(Testing.synth(c)).toEqual([{ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'builder', namespace: 'ci', labels: { team: 'a' }, annotations: { note: 'n' } } }]);
  });

  it('lists each Secret once in the order first added, and records the facts of both lists once each, by name', () => {
    const c = chart();
    const key = GitSshSecret.fromSecretName(c, 'key', 'z-key', { host: 'github.com' });
    const token = GitBasicAuthSecret.fromSecretName(c, 'token', 'a-token', { host: 'gitlab.com' });
    const pull = DockerConfigSecret.fromSecretName(c, 'pull', 'm-pull', { registries: ['ghcr.io'] });
    const sa = new PipelineServiceAccount(c, 'builder', { secrets: [key], imagePullSecrets: [pull] });
    sa.addSecret(token);
    sa.addSecret(key);
    sa.addSecret(pull);
    sa.addImagePullSecret(pull);
    expect(sa.secretNames).toEqual(['z-key', 'a-token', 'm-pull']);
    expect(Testing.synth(c)).toEqual([{
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: {
        name: 'builder',
        annotations: {
          'cdk8s-tekton.io/secrets': '[{"name":"a-token","type":"kubernetes.io/basic-auth","keys":["username","password"],"hosts":["gitlab.com"]},{"name":"m-pull","type":"kubernetes.io/dockerconfigjson","keys":[".dockerconfigjson"],"registries":["ghcr.io"]},{"name":"z-key","type":"kubernetes.io/ssh-auth","keys":["ssh-privatekey","known_hosts"],"hosts":["github.com"]}]',
        },
      },
      secrets: [{ name: 'z-key' }, { name: 'a-token' }, { name: 'm-pull' }],
      imagePullSecrets: [{ name: 'm-pull' }],
    }]);
  });

  it('lists only pull secrets when it has no others', () => {
    const c = chart();
    const pull = DockerConfigSecret.fromSecretName(c, 'pull', 'pull', { registries: ['ghcr.io'] });
    new PipelineServiceAccount(c, 'puller', { imagePullSecrets: [pull] });
    const [sa] = Testing.synth(c);
    expect({ secrets: sa.secrets, imagePullSecrets: sa.imagePullSecrets }).toEqual({ secrets: undefined, imagePullSecrets: [{ name: 'pull' }] });
  });

  it('refuses an invalid name, from the prop or the id, naming the construct path', () => {
    const c = chart();
    expect(() => new PipelineServiceAccount(c, 'ok', { name: 'Builder' })).toThrow(new Error(`[c/ok] ServiceAccount name "Builder" ${NAME_RULE}`));
    expect(() => new PipelineServiceAccount(c, 'Bad_Id')).toThrow(new Error(`[c/Bad_Id] ServiceAccount name "Bad_Id" ${NAME_RULE}`));
  });
});

describe('PipelineServiceAccount.fromServiceAccountName', () => {
  it('declares what an existing account holds, emitting nothing', () => {
    const c = chart();
    const key = GitSshSecret.fromSecretName(c, 'key', 'deploy-key', { host: 'github.com' });
    const pull = DockerConfigSecret.fromSecretName(c, 'pull', 'pull', { registries: ['ghcr.io'] });
    const existing = PipelineServiceAccount.fromServiceAccountName(c, 'existing', 'pipeline', { secrets: [key], imagePullSecrets: [pull] });
    expect(existing).toEqual({ name: 'pipeline', declared: { secrets: [key.facts], imagePullSecrets: [pull.facts] } });
    expect(PipelineServiceAccount.fromServiceAccountName(c, 'bare', 'default')).toEqual({ name: 'default', declared: { secrets: [], imagePullSecrets: [] } });
    expect(Testing.synth(c)).toEqual([]);
  });

  it('takes its id in the tree, so the same id twice is refused, and checks the name with the path', () => {
    const c = chart();
    PipelineServiceAccount.fromServiceAccountName(c, 'existing', 'pipeline');
    expect(() => PipelineServiceAccount.fromServiceAccountName(c, 'existing', 'other')).toThrow(/There is already a Construct with name 'existing' in Chart \[c\]/);
    expect(() => PipelineServiceAccount.fromServiceAccountName(c, 'acct', 'Not.Valid')).toThrow(new Error(`[c/acct] ServiceAccount name "Not.Valid" ${NAME_RULE}`));
  });
});
