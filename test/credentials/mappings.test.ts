// Proves the workspace mappings for real. SSH: the GitCloneTask's own step script, with its env
// filled in the way Tekton substitutes it, clones a bare repository over SSH from a real OpenSSH
// sshd on 127.0.0.1, with the ssh-directory workspace laid out exactly as the kubelet mounts the
// Secret with WorkspaceBinding.sshDirectory's items. Docker config: the config.json that
// WorkspaceBinding.dockerConfig lays out is read by docker-py's auth module (Docker's published
// Python SDK), which finds the registry's auth.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiObject, Chart, Testing } from 'cdk8s';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DockerConfigSecret, GitCloneTask, GitSshSecret, KanikoTask, WorkspaceBinding } from '../../lib';
import { registryOfImage } from '../../lib/facts/credentials';
import { opensshAvailable, Sshd, startSshd } from '../runner/sshd';
import { mountSecret, SecretVolumeSource } from './layout';

const temp: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temp.push(dir);
  return dir;
}

/** The clone step of GitCloneTask as synthesized. */
function cloneStep(): { script: string; env: Array<{ name: string; value: string }>; params: Array<{ name: string; default?: string }> } {
  const chart = new Chart(Testing.app(), 'c');
  const spec = ApiObject.of(new GitCloneTask(chart, 'git-clone')).toJson().spec;
  return { script: spec.steps[0].script, env: spec.steps[0].env, params: spec.params };
}

interface CloneRun {
  readonly status: number | null;
  readonly stderr: string;
  readonly output: string;
  readonly results: string;
}

/** Runs the step as Tekton would: params (defaults + given), workspaces, results and credentials.path substituted into the env. */
function runClone(given: Record<string, string>, sshDirectory?: string, credentialsPath = tempDir('tekton-creds-')): CloneRun {
  const step = cloneStep();
  const params = new Map(step.params.map((p) => [p.name, p.default ?? '']));
  for (const [k, v] of Object.entries(given)) params.set(k, v);
  const home = tempDir('git-home-');
  params.set('userHome', home);
  const output = tempDir('git-output-');
  const results = tempDir('git-results-');
  const workspaces: Record<string, string | undefined> = { output, 'ssh-directory': sshDirectory, 'basic-auth': undefined, 'ssl-ca-directory': undefined };
  const env: Record<string, string> = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: tempDir('pod-home-') };
  for (const { name, value } of step.env) {
    env[name] = value
      .replace(/\$\(params\.([\w-]+)\)/g, (_, p) => params.get(p)!)
      .replace(/\$\(workspaces\.([\w-]+)\.path\)/g, (_, w) => workspaces[w] ?? `/workspace/${w}`)
      .replace(/\$\(workspaces\.([\w-]+)\.bound\)/g, (_, w) => String(workspaces[w] !== undefined))
      .replace(/\$\(results\.([\w-]+)\.path\)/g, (_, r) => join(results, r))
      .replace('$(credentials.path)', credentialsPath);
  }
  expect(Object.values(env).filter((v) => v.includes('$('))).toEqual([]);
  const scriptFile = join(tempDir('git-script-'), 'script.sh');
  writeFileSync(scriptFile, step.script);
  const run = spawnSync('sh', [scriptFile], { env, encoding: 'utf8', timeout: 30_000 });
  return { status: run.status, stderr: run.stderr, output, results };
}

describe.skipIf(!opensshAvailable())('GitCloneTask clones over SSH with the ssh-directory laid out by WorkspaceBinding.sshDirectory (needs OpenSSH\'s sshd)', () => {
  let sshd: Sshd;
  let repo: string;
  let head: string;
  let url: string;

  beforeAll(async () => {
    sshd = await startSshd();
    const root = tempDir('git-server-');
    repo = join(root, 'mono.git');
    execFileSync('git', ['init', '-q', '--bare', '-b', 'main', repo]);
    const work = join(root, 'work');
    mkdirSync(join(work, 'services', 'loyalty'), { recursive: true });
    writeFileSync(join(work, 'services', 'loyalty', 'Dockerfile'), 'FROM scratch\n');
    const git = (...args: string[]) => execFileSync('git', ['-C', work, ...args], { encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } });
    execFileSync('git', ['init', '-q', '-b', 'main', work]);
    git('add', '.');
    git('commit', '-q', '-m', 'loyalty');
    git('push', '-q', repo, 'main');
    head = git('rev-parse', 'HEAD').trim();
    url = `ssh://${sshd.user}@127.0.0.1:${sshd.port}${repo}`;
  });

  afterAll(async () => {
    await sshd?.stop();
    for (const dir of temp) rmSync(dir, { recursive: true, force: true });
  });

  function secretFor(options: { knownHosts?: boolean } = {}): { binding: SecretVolumeSource; data: Record<string, string> } {
    const chart = new Chart(Testing.app(), 'c');
    const key = GitSshSecret.fromSecretName(chart, 'key', 'loyalty-deploy-key', { host: `127.0.0.1:${sshd.port}`, ...options });
    const binding = WorkspaceBinding.sshDirectory(key).toSpec('ssh-creds').secret as SecretVolumeSource;
    return { binding, data: { 'ssh-privatekey': sshd.clientKey, known_hosts: `${sshd.knownHostsLine}\n` } };
  }

  it('clones the revision, verifying the host key from known_hosts, and writes the results', () => {
    const { binding, data } = secretFor();
    const run = runClone({ url, revision: 'main' }, mountSecret(binding, data));
    expect({ status: run.status, stderr: run.status === 0 ? '' : run.stderr }).toEqual({ status: 0, stderr: '' });
    expect(readFileSync(join(run.output, 'services', 'loyalty', 'Dockerfile'), 'utf8')).toBe('FROM scratch\n');
    expect(readFileSync(join(run.results, 'commit'), 'utf8')).toBe(head);
    expect(readFileSync(join(run.results, 'url'), 'utf8')).toBe(url);
    expect(readFileSync(join(run.results, 'committer-date'), 'utf8')).toMatch(/^\d{10}$/);
  });

  it('fails the host key check when known_hosts holds another key', () => {
    const { binding, data } = secretFor();
    const other = join(tempDir('other-key-'), 'k');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', other]);
    const wrong = `[127.0.0.1]:${sshd.port} ${readFileSync(`${other}.pub`, 'utf8').split(' ').slice(0, 2).join(' ')}\n`;
    const run = runClone({ url }, mountSecret(binding, { ...data, known_hosts: wrong }));
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('Host key verification failed.');
  });

  it('with knownHosts: false the mapping has no known_hosts and the clone accepts the host key (what synth warns about)', () => {
    const { binding, data } = secretFor({ knownHosts: false });
    expect(binding.items).toEqual([{ key: 'ssh-privatekey', path: 'id_rsa' }]);
    const run = runClone({ url }, mountSecret(binding, { 'ssh-privatekey': data['ssh-privatekey'] }));
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('git-clone: no known_hosts for ssh; host keys are accepted without verification');
  });

  it('Tekton\'s own path: the .ssh that credential initialisation writes for a Secret on the service account is used', () => {
    // What Tekton writes into $(credentials.path) for an ssh-auth Secret annotated tekton.dev/git-0:
    // id_<secret>, a config entry per host (with Port for a custom port) and the known_hosts.
    const creds = tempDir('tekton-creds-');
    const ssh = join(creds, '.ssh');
    mkdirSync(ssh);
    writeFileSync(join(ssh, 'id_loyalty-deploy-key'), sshd.clientKey, { mode: 0o600 });
    writeFileSync(join(ssh, 'config'), `Host 127.0.0.1\n    HostName 127.0.0.1\n    Port ${sshd.port}\n    IdentityFile ${join(ssh, 'id_loyalty-deploy-key')}\n`);
    writeFileSync(join(ssh, 'known_hosts'), `${sshd.knownHostsLine}\n`);
    const run = runClone({ url }, undefined, creds);
    expect({ status: run.status, stderr: run.status === 0 ? '' : run.stderr }).toEqual({ status: 0, stderr: '' });
    expect(readFileSync(join(run.results, 'commit'), 'utf8')).toBe(head);
  });

  it('Tekton\'s quirk: two keys for one host on the account, the other repository\'s first: ssh authenticates with it and the forge refuses the repository', () => {
    // The server accepts a second key as a forge accepts another repository's deploy key: the login
    // succeeds, and the repository is refused. Tekton lists both keys under one Host entry, in the
    // order of the account's secrets.
    const other = join(tempDir('payments-key-'), 'id');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', other]);
    const authorized = join(sshd.dir, 'authorized_keys');
    const before = readFileSync(authorized, 'utf8');
    writeFileSync(authorized, `${before}command="echo 'ERROR: Repository not found.' >&2; exit 1",restrict ${readFileSync(`${other}.pub`, 'utf8')}`);
    try {
      const creds = tempDir('tekton-creds-');
      const ssh = join(creds, '.ssh');
      mkdirSync(ssh);
      writeFileSync(join(ssh, 'id_payments-deploy-key'), readFileSync(other, 'utf8'), { mode: 0o600 });
      writeFileSync(join(ssh, 'id_loyalty-deploy-key'), sshd.clientKey, { mode: 0o600 });
      writeFileSync(join(ssh, 'config'), `Host 127.0.0.1\n    HostName 127.0.0.1\n    Port ${sshd.port}\n    IdentityFile ${join(ssh, 'id_payments-deploy-key')}\n    IdentityFile ${join(ssh, 'id_loyalty-deploy-key')}\n`);
      writeFileSync(join(ssh, 'known_hosts'), `${sshd.knownHostsLine}\n`);
      const quirk = runClone({ url }, undefined, creds);
      expect(quirk.status).not.toBe(0);
      expect(quirk.stderr).toContain('ERROR: Repository not found.');
      // The fix of credentials.ssh-keys-one-host: this repository's key on the task's own workspace.
      const { binding, data } = secretFor();
      const fixed = runClone({ url }, mountSecret(binding, data), creds);
      expect({ status: fixed.status, stderr: fixed.status === 0 ? '' : fixed.stderr }).toEqual({ status: 0, stderr: '' });
    } finally {
      writeFileSync(authorized, before);
    }
  });

  it('the Secret mounted without the mapping (keys as file names) is not a key ssh is given: the clone is refused', () => {
    const { data } = secretFor();
    const run = runClone({ url }, mountSecret({ secretName: 'loyalty-deploy-key' }, data));
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('Permission denied (publickey)');
  });
});

const DOCKER_PY = spawnSync('python3', ['-c', 'import docker.auth'], { encoding: 'utf8' }).status === 0;

/** docker-py's answer: the registry it resolves an image to, and the auth it finds in `<dir>/config.json`. */
function dockerPyAuth(configDir: string, image: string): { registry: string; auth: Record<string, string> | null } {
  const code = [
    'import json, sys, docker.auth as a',
    'registry, _ = a.resolve_repository_name(sys.argv[2])',
    'config = a.load_config(config_path=sys.argv[1] + "/config.json")',
    'found = a.resolve_authconfig(config, registry)',
    'print(json.dumps({"registry": registry, "auth": found and {k: found[k] for k in ("username", "password") if k in found}}))',
  ].join('\n');
  return JSON.parse(execFileSync('python3', ['-c', code, configDir, image], { encoding: 'utf8' }));
}

describe.skipIf(!DOCKER_PY)('WorkspaceBinding.dockerConfig lays out a config.json that Docker\'s reader finds the registry auth in (needs python3 with the docker package)', () => {
  afterAll(() => {
    for (const dir of temp) rmSync(dir, { recursive: true, force: true });
  });

  const auth = (user: string, password: string) => ({ auth: Buffer.from(`${user}:${password}`).toString('base64') });
  // What `kubectl create secret docker-registry` writes, and a config.json from `docker login` to Docker Hub.
  const dockerconfigjson = JSON.stringify({
    auths: {
      'ghcr.io': { username: 'acme-bot', password: 'ghcr-token', ...auth('acme-bot', 'ghcr-token') },
      'https://index.docker.io/v1/': auth('acme', 'hub-token'),
      'registry.example.com:5000': auth('ci', 'private-token'),
    },
  });

  it('the KanikoTask mounts the dockerconfig workspace at /kaniko/.docker and Kaniko reads DOCKER_CONFIG=/kaniko/.docker', () => {
    const chart = new Chart(Testing.app(), 'c');
    const spec = ApiObject.of(new KanikoTask(chart, 'kaniko')).toJson().spec;
    expect(spec.workspaces.find((w: { name: string }) => w.name === 'dockerconfig').mountPath).toBe('/kaniko/.docker');
    expect(spec.steps[0].env).toEqual([{ name: 'DOCKER_CONFIG', value: '/kaniko/.docker' }]);
  });

  it.each([
    ['ghcr.io/acme/loyalty:abc123', 'ghcr.io', { username: 'acme-bot', password: 'ghcr-token' }],
    ['acme/loyalty:1.0', 'docker.io', { username: 'acme', password: 'hub-token' }],
    ['docker.io/library/bash:5.1.4', 'docker.io', { username: 'acme', password: 'hub-token' }],
    ['registry.example.com:5000/acme/loyalty', 'registry.example.com:5000', { username: 'ci', password: 'private-token' }],
  ])('%s: the auth of %s is found where the mapping puts config.json', (image, registry, expected) => {
    const chart = new Chart(Testing.app(), 'c');
    const secret = DockerConfigSecret.fromSecretName(chart, 'push', 'registry-push', { registries: ['ghcr.io', 'docker.io', 'registry.example.com:5000'] });
    const mount = mountSecret(WorkspaceBinding.dockerConfig(secret).toSpec('dockerconfig').secret as SecretVolumeSource, { '.dockerconfigjson': dockerconfigjson });
    temp.push(mount);
    expect(dockerPyAuth(mount, image)).toEqual({ registry, auth: expected });
    expect(registryOfImage(image)).toBe(registry);
    expect(secret.registries).toContain(registry);
  });

  it('the Secret mounted without the mapping leaves no config.json: Docker\'s reader finds nothing', () => {
    const mount = mountSecret({ secretName: 'registry-push' }, { '.dockerconfigjson': dockerconfigjson });
    temp.push(mount);
    expect(dockerPyAuth(mount, 'ghcr.io/acme/loyalty')).toEqual({ registry: 'ghcr.io', auth: null });
  });
});
