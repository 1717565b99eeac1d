import { ApiObject, Chart, Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { DockerConfigSecret, GitBasicAuthSecret, GitSshSecret, OpaqueSecret, PipelineServiceAccount, synthWarnings, WorkspaceBinding } from '../../lib';

function chart(): Chart {
  return new Chart(Testing.app(), 'c');
}

describe('credential references', () => {
  it('PipelineServiceAccount lists secrets and image pull secrets, and records their facts (never material)', () => {
    const c = chart();
    const key = GitSshSecret.fromSecretName(c, 'key', 'deploy-key', { host: 'GitHub.com' });
    const ghcr = DockerConfigSecret.fromSecretName(c, 'ghcr', 'ghcr-push', { registries: ['https://ghcr.io', 'index.docker.io'] });
    const sa = new PipelineServiceAccount(c, 'builder', { secrets: [key, ghcr], imagePullSecrets: [ghcr] });
    expect(sa.name).toBe('builder');
    expect(ApiObject.of(sa).toJson()).toEqual({
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: {
        name: 'builder',
        annotations: {
          'cdk8s-tekton.io/secrets': '[{"name":"deploy-key","type":"kubernetes.io/ssh-auth","keys":["ssh-privatekey","known_hosts"],"hosts":["github.com"]},{"name":"ghcr-push","type":"kubernetes.io/dockerconfigjson","keys":[".dockerconfigjson"],"registries":["ghcr.io","docker.io"]}]',
        },
      },
      secrets: [{ name: 'deploy-key' }, { name: 'ghcr-push' }],
      imagePullSecrets: [{ name: 'ghcr-push' }],
    });
  });

  it('sshDirectory maps the private key to id_rsa and known_hosts to known_hosts; dockerConfig maps .dockerconfigjson to config.json', () => {
    const c = chart();
    const key = GitSshSecret.fromSecretName(c, 'key', 'deploy-key', { host: 'github.com' });
    const ghcr = DockerConfigSecret.fromSecretName(c, 'ghcr', 'ghcr-push', { registries: ['ghcr.io'] });
    expect(WorkspaceBinding.sshDirectory(key).toSpec('ssh')).toEqual({
      name: 'ssh', secret: { secretName: 'deploy-key', items: [{ key: 'ssh-privatekey', path: 'id_rsa' }, { key: 'known_hosts', path: 'known_hosts' }] },
    });
    expect(WorkspaceBinding.dockerConfig(ghcr).toSpec('dc')).toEqual({ name: 'dc', secret: { secretName: 'ghcr-push', items: [{ key: '.dockerconfigjson', path: 'config.json' }] } });
    expect(WorkspaceBinding.sshDirectory(GitSshSecret.fromSecretName(c, 'nokh', 'k2', { host: 'github.com', knownHosts: false })).toSpec('s')).toEqual({
      name: 's', secret: { secretName: 'k2', items: [{ key: 'ssh-privatekey', path: 'id_rsa' }] },
    });
  });

  it('a secret of another kind cannot be laid out as an .ssh directory or a Docker config', () => {
    const c = chart();
    const key = GitSshSecret.fromSecretName(c, 'key', 'deploy-key', { host: 'github.com' });
    const ghcr = DockerConfigSecret.fromSecretName(c, 'ghcr', 'ghcr-push', { registries: ['ghcr.io'] });
    expect(() => WorkspaceBinding.dockerConfig(key)).toThrow('[c/key] GitSshSecret "deploy-key" is a kubernetes.io/ssh-auth Secret and cannot be laid out as a Docker config.json. Bind a DockerConfigSecret there with WorkspaceBinding.dockerConfig(dockerConfigSecret), and this Secret where its kind is expected.');
    expect(() => WorkspaceBinding.sshDirectory(ghcr)).toThrow('[c/ghcr] DockerConfigSecret "ghcr-push" is a kubernetes.io/dockerconfigjson Secret and cannot be laid out as an .ssh directory. Bind a GitSshSecret there with WorkspaceBinding.sshDirectory(gitSshSecret), and this Secret where its kind is expected.');
    const basic = GitBasicAuthSecret.fromSecretName(c, 'basic', 'git-token', { host: 'github.com' });
    expect(() => WorkspaceBinding.sshDirectory(basic)).toThrow('[c/basic] GitBasicAuthSecret "git-token" is a kubernetes.io/basic-auth Secret and cannot be laid out as an .ssh directory.');
  });

  it('rejects a URL as host, an empty registry list and an invalid secret name', () => {
    const c = chart();
    expect(() => GitSshSecret.fromSecretName(c, 'a', 'k', { host: 'git@github.com' })).toThrow('[c/a] GitSshSecret "k": host "git@github.com" is not a host name; give the bare host the credential is for, such as "github.com" (with ":port" for a non-standard port), without scheme, user or path.');
    expect(() => DockerConfigSecret.fromSecretName(c, 'b', 'r', { registries: [] })).toThrow('[c/b] DockerConfigSecret "r": registries is empty; list the registries its config.json has auths for, e.g. { registries: [\'ghcr.io\'] }.');
    expect(() => GitSshSecret.fromSecretName(c, 'c', 'Deploy_Key', { host: 'github.com' })).toThrow('[c/c] Secret name "Deploy_Key" is invalid');
  });

  it('knownHosts: false warns at synth that host keys are not verified, and how to add them', () => {
    const c = chart();
    GitSshSecret.fromSecretName(c, 'key', 'deploy-key', { host: 'git.example.com:2222', knownHosts: false });
    expect(synthWarnings(c)).toEqual([
      '[c/key] warning: GitSshSecret "deploy-key" has no known_hosts (knownHosts: false), so the host key of git.example.com:2222 will not be verified and a machine in the middle could serve the clone. Fix: run `ssh-keyscan -p 2222 git.example.com > known_hosts`, compare the keys with the fingerprints git.example.com publishes, add the file to the Secret as key known_hosts, and remove knownHosts: false.',
    ]);
  });

  it('OpaqueSecret gives typed key references', () => {
    const c = chart();
    const hook = OpaqueSecret.fromSecretName(c, 'hook', 'github-webhook', { keys: ['secretToken'] });
    expect(hook.keyRef('secretToken').toEnvSource()).toEqual({ secretKeyRef: { name: 'github-webhook', key: 'secretToken' } });
    expect(hook.secretName).toBe('github-webhook');
    expect(() => hook.keyRef('token')).toThrow('[c/hook] OpaqueSecret "github-webhook" has no key "token"; keys: secretToken. Use one of them, or add it to keys.');
  });
});
