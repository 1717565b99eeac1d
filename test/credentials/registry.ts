// A real container registry for the credential proofs: Debian's docker-registry (the
// distribution v2 registry) with htpasswd authentication, on 127.0.0.1 at a free port, with its
// config and storage in a temporary directory; stopped and removed by stop().
import { ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../runner/sshd';

const TOOLS = ['docker-registry', 'buildah', 'skopeo', 'htpasswd'];

/** The tools that are missing here (CI installs them all: .ci/run). */
export function missingRegistryTools(): string[] {
  return TOOLS.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
}

export interface Registry {
  /** `127.0.0.1:<port>`: the registry host as image references and config.json keys name it. */
  readonly host: string;
  readonly user: string;
  readonly password: string;
  /** A config.json as `kubectl create secret docker-registry` writes it, for this registry. */
  readonly dockerConfigJson: string;
  /** Whether the registry holds `repository:tag`, asked with the user's credentials. */
  has(repository: string, tag: string): Promise<boolean>;
  stop(): Promise<void>;
}

export async function startRegistry(): Promise<Registry> {
  const dir = mkdtempSync(join(tmpdir(), 'registry-'));
  const user = 'loyalty-ci';
  const password = `pw-${process.pid}-${Date.now()}`;
  writeFileSync(join(dir, 'htpasswd'), execFileSync('htpasswd', ['-Bbn', user, password], { encoding: 'utf8' }));
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  writeFileSync(join(dir, 'config.yml'), [
    'version: 0.1',
    'log:',
    '  level: error',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${join(dir, 'data')}`,
    'http:',
    `  addr: ${host}`,
    'auth:',
    '  htpasswd:',
    '    realm: loyalty',
    `    path: ${join(dir, 'htpasswd')}`,
    '',
  ].join('\n'));
  const child: ChildProcess = spawn('docker-registry', ['serve', join(dir, 'config.yml')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  const basic = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  // Ready when /v2/ answers; it must refuse an anonymous client (else nothing here proves auth).
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited with ${child.exitCode}: ${stderr}`);
    const status = await fetch(`http://${host}/v2/`).then((r) => r.status, () => 0);
    if (status === 401) break;
    if (status !== 0) throw new Error(`the registry answered ${status} to an anonymous client, not 401`);
    if (attempt === 100) throw new Error(`docker-registry did not listen on ${host}: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const auth = Buffer.from(`${user}:${password}`).toString('base64');
  return {
    host,
    user,
    password,
    dockerConfigJson: JSON.stringify({ auths: { [host]: { username: user, password, auth } } }),
    has: async (repository, tag) => {
      const r = await fetch(`http://${host}/v2/${repository}/manifests/${tag}`, {
        method: 'HEAD',
        headers: { authorization: basic, accept: 'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json' },
      });
      return r.status === 200;
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        await new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        });
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
