// The Secret references (lib/credentials/secrets.ts) at the edges test/credentials/secrets.test.ts
// does not reach: hosts checked at both ends and lowercased, registries normalised and merged,
// each kind's facts and layouts, each wrong layout's message, the known_hosts warning without a
// port, and keys copied when the reference is made.
import { Chart, Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { DockerConfigSecret, GitBasicAuthSecret, GitSshSecret, OpaqueSecret, SecretKeyRef, synthWarnings } from '../../lib';

const chart = () => new Chart(Testing.app(), 'c');
const hostError = (path: string, label: string, host: string, example: string) =>
  new Error(`[${path}] ${label}: host "${host}" is not a host name; give the bare host the credential is for, such as "${example}" (with ":port" for a non-standard port), without scheme, user or path.`);

describe('GitSshSecret', () => {
  it('lowercases the host and lays out the key and known_hosts, or the key alone', () => {
    const c = chart();
    const key = GitSshSecret.fromSecretName(c, 'key', 'deploy-key', { host: 'Git.Example.com:2222' });
    const bare = GitSshSecret.fromSecretName(c, 'bare', 'bare-key', { host: 'github.com', knownHosts: false });
    expect({ host: key.host, facts: key.facts, items: key.itemsFor('ssh-directory') }).toEqual({
      host: 'git.example.com:2222',
      facts: { name: 'deploy-key', type: 'kubernetes.io/ssh-auth', keys: ['ssh-privatekey', 'known_hosts'], hosts: ['git.example.com:2222'] },
      items: [{ key: 'ssh-privatekey', path: 'id_rsa' }, { key: 'known_hosts', path: 'known_hosts' }],
    });
    expect({ facts: bare.facts, items: bare.itemsFor('ssh-directory') }).toEqual({
      facts: { name: 'bare-key', type: 'kubernetes.io/ssh-auth', keys: ['ssh-privatekey'], hosts: ['github.com'] },
      items: [{ key: 'ssh-privatekey', path: 'id_rsa' }],
    });
  });

  it('warns without a port option for a host on the standard port, and not at all with known_hosts', () => {
    const c = chart();
    GitSshSecret.fromSecretName(c, 'key', 'deploy-key', { host: 'GitHub.com', knownHosts: false });
    GitSshSecret.fromSecretName(c, 'checked', 'checked-key', { host: 'gitlab.com', knownHosts: true });
    expect(synthWarnings(c)).toEqual([
      '[c/key] warning: GitSshSecret "deploy-key" has no known_hosts (knownHosts: false), so the host key of github.com will not be verified and a machine in the middle could serve the clone. Fix: run `ssh-keyscan github.com > known_hosts`, compare the keys with the fingerprints github.com publishes, add the file to the Secret as key known_hosts, and remove knownHosts: false.',
    ]);
  });

  it('refuses a host with anything before or after the name and port', () => {
    const c = chart();
    for (const [i, host] of ['https://github.com', 'github.com/acme', 'github.com:', 'github.com:22/x', 'git hub.com', ''].entries()) {
      expect(() => GitSshSecret.fromSecretName(c, `k${i}`, 'k', { host })).toThrow(hostError(`c/k${i}`, 'GitSshSecret "k"', host, 'github.com'));
    }
  });

  it('cannot be laid out as a Docker config', () => {
    const c = chart();
    const key = GitSshSecret.fromSecretName(c, 'key', 'deploy-key', { host: 'github.com' });
    expect(() => key.itemsFor('docker-config')).toThrow(new Error('[c/key] GitSshSecret "deploy-key" is a kubernetes.io/ssh-auth Secret and cannot be laid out as a Docker config.json. Bind a DockerConfigSecret there with WorkspaceBinding.dockerConfig(dockerConfigSecret), and this Secret where its kind is expected.'));
  });
});

describe('GitBasicAuthSecret', () => {
  it('lowercases the host, knows its keys, and has no workspace layout', () => {
    const c = chart();
    const token = GitBasicAuthSecret.fromSecretName(c, 'token', 'git-token', { host: 'GitLab.com' });
    expect({ host: token.host, facts: token.facts }).toEqual({ host: 'gitlab.com', facts: { name: 'git-token', type: 'kubernetes.io/basic-auth', keys: ['username', 'password'], hosts: ['gitlab.com'] } });
    expect(() => token.itemsFor('docker-config')).toThrow(new Error('[c/token] GitBasicAuthSecret "git-token" is a kubernetes.io/basic-auth Secret and cannot be laid out as a Docker config.json. Bind a DockerConfigSecret there with WorkspaceBinding.dockerConfig(dockerConfigSecret), and this Secret where its kind is expected.'));
    expect(() => token.itemsFor('ssh-directory')).toThrow(new Error('[c/token] GitBasicAuthSecret "git-token" is a kubernetes.io/basic-auth Secret and cannot be laid out as an .ssh directory. Bind a GitSshSecret there with WorkspaceBinding.sshDirectory(gitSshSecret), and this Secret where its kind is expected.'));
    expect(() => GitBasicAuthSecret.fromSecretName(c, 'bad', 'b', { host: 'user@gitlab.com' })).toThrow(hostError('c/bad', 'GitBasicAuthSecret "b"', 'user@gitlab.com', 'github.com'));
  });
});

describe('DockerConfigSecret', () => {
  it('keeps each registry once, as Docker looks it up: no scheme or path, lowercase, docker.io for Docker Hub', () => {
    const c = chart();
    const push = DockerConfigSecret.fromSecretName(c, 'push', 'push', { registries: ['https://GHCR.io/v2/', 'ghcr.io', 'http://registry.local:5000/path', 'index.docker.io', 'docker.io', 'https://index.docker.io/v1/'] });
    expect({ registries: push.registries, facts: push.facts, items: push.itemsFor('docker-config') }).toEqual({
      registries: ['ghcr.io', 'registry.local:5000', 'docker.io'],
      facts: { name: 'push', type: 'kubernetes.io/dockerconfigjson', keys: ['.dockerconfigjson'], registries: ['ghcr.io', 'registry.local:5000', 'docker.io'] },
      items: [{ key: '.dockerconfigjson', path: 'config.json' }],
    });
  });

  it('refuses a registry that is not a host, naming ghcr.io as the example', () => {
    const c = chart();
    expect(() => DockerConfigSecret.fromSecretName(c, 'r', 'r', { registries: ['ghcr.io', 'user@ghcr.io'] })).toThrow(hostError('c/r', 'DockerConfigSecret "r"', 'user@ghcr.io', 'ghcr.io'));
    expect(() => DockerConfigSecret.fromSecretName(c, 's', 's', { registries: ['ftp://ghcr.io'] })).toThrow(hostError('c/s', 'DockerConfigSecret "s"', 'ftp://ghcr.io', 'ghcr.io'));
    // A scheme is taken off only at the start.
    expect(() => DockerConfigSecret.fromSecretName(c, 't', 't', { registries: ['xhttps://ghcr.io'] })).toThrow(hostError('c/t', 'DockerConfigSecret "t"', 'xhttps://ghcr.io', 'ghcr.io'));
  });

  it('cannot be laid out as an .ssh directory', () => {
    const c = chart();
    const push = DockerConfigSecret.fromSecretName(c, 'push', 'push', { registries: ['ghcr.io'] });
    expect(() => push.itemsFor('ssh-directory')).toThrow(new Error('[c/push] DockerConfigSecret "push" is a kubernetes.io/dockerconfigjson Secret and cannot be laid out as an .ssh directory. Bind a GitSshSecret there with WorkspaceBinding.sshDirectory(gitSshSecret), and this Secret where its kind is expected.'));
  });
});

describe('OpaqueSecret and SecretKeyRef', () => {
  it('keeps a copy of its keys, and gives key references that carry its facts', () => {
    const c = chart();
    const keys = ['token', 'user'];
    const hook = OpaqueSecret.fromSecretName(c, 'hook', 'webhook', { keys });
    keys.push('late');
    expect(hook.facts).toEqual({ name: 'webhook', type: 'Opaque', keys: ['token', 'user'] });
    const ref = hook.keyRef('user');
    expect({ secretName: ref.secretName, key: ref.key, facts: ref.facts, env: ref.toEnvSource() }).toEqual({ secretName: 'webhook', key: 'user', facts: hook.facts, env: { secretKeyRef: { name: 'webhook', key: 'user' } } });
    expect(() => hook.keyRef('late')).toThrow(new Error('[c/hook] OpaqueSecret "webhook" has no key "late"; keys: token, user. Use one of them, or add it to keys.'));
    expect(() => hook.itemsFor('docker-config')).toThrow(new Error('[c/hook] OpaqueSecret "webhook" is a Opaque Secret and cannot be laid out as a Docker config.json. Bind a DockerConfigSecret there with WorkspaceBinding.dockerConfig(dockerConfigSecret), and this Secret where its kind is expected.'));
  });

  it('refuses an empty key list and an invalid name', () => {
    const c = chart();
    expect(() => OpaqueSecret.fromSecretName(c, 'none', 'none', { keys: [] })).toThrow(new Error('[c/none] OpaqueSecret "none": keys is empty; list the keys the Secret holds, e.g. { keys: [\'token\'] }.'));
    expect(() => OpaqueSecret.fromSecretName(c, 'bad', 'Bad', { keys: ['k'] })).toThrow(new Error('[c/bad] Secret name "Bad" is invalid: use lowercase letters, digits, "-" and ".", starting and ending with a letter or digit, at most 63 characters. Set the name prop or rename the construct id.'));
  });

  it('a key reference made by hand has no facts', () => {
    const ref = new SecretKeyRef('s', 'k');
    expect({ facts: ref.facts, env: ref.toEnvSource() }).toEqual({ facts: undefined, env: { secretKeyRef: { name: 's', key: 'k' } } });
  });
});
