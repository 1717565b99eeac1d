// Attacks on `cdk8s-tekton secrets`: YAML written by someone else, whose printed commands a user
// pastes into a shell. The printed text is run under bash with a fake kubectl (a real script on
// PATH that records its arguments), so each test proves exactly what would run.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commandsFor, main } from '../../lib/cli/secrets';

const ROOT = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'cdk8s-tekton-secrets-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const bin = join(dir, 'bin');
mkdirSync(bin);
// Each call appends its argument count and arguments, NUL-separated: what kubectl would receive.
writeFileSync(join(bin, 'kubectl'), '#!/bin/sh\nprintf \'%s\\0\' "$#" "$@" >> "$KUBECTL_LOG"\n');
writeFileSync(join(bin, 'ssh-keyscan'), '#!/bin/sh\nprintf \'%s\\0\' "$#" ssh-keyscan "$@" >> "$KUBECTL_LOG"\n');
chmodSync(join(bin, 'kubectl'), 0o755);
chmodSync(join(bin, 'ssh-keyscan'), 0o755);

async function secrets(yaml: string): Promise<{ code: number; out: string; err: string }> {
  const file = join(mkdtempSync(join(dir, 'case-')), 'app.yaml');
  writeFileSync(file, yaml);
  let out = '';
  let err = '';
  const code = await main([file], (s) => (out += s), (s) => (err += s));
  return { code, out: out.split('\n').slice(2).join('\n'), err: err.replace(file, 'app.yaml') };
}

/** Runs the printed text under bash, placeholders filled in as the user would; returns each kubectl call's argv. */
function pasted(text: string): string[][] {
  const log = join(mkdtempSync(join(dir, 'run-')), 'argv');
  writeFileSync(log, '');
  const script = text.replace(/<([^<>\n]+)>/g, (_, what: string) => `/secrets/${what.replace(/[^a-z.-]/gi, '_')}`);
  // stdin closed: bash reads ~/.bashrc when its stdin looks like a remote shell's socket.
  const r = spawnSync('bash', ['-c', script], { env: { PATH: `${bin}:/usr/bin:/bin`, KUBECTL_LOG: log }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
  const fields = readFileSync(log, 'utf8').split('\0').slice(0, -1);
  const calls: string[][] = [];
  for (let i = 0; i < fields.length; i += Number(fields[i]) + 1) calls.push(fields.slice(i + 1, i + 1 + Number(fields[i])));
  return calls;
}

const account = (facts: unknown[], namespace?: string) => `apiVersion: v1
kind: ServiceAccount
metadata:
  name: ci
${namespace === undefined ? '' : `  namespace: ${JSON.stringify(namespace)}\n`}  annotations:
    cdk8s-tekton.io/secrets: ${JSON.stringify(JSON.stringify(facts))}
`;

describe('secrets: hostile YAML gives commands that do what they say, or a refusal naming the field', () => {
  it.each([
    ['a newline and a command in the name', { name: 'x\nrm -rf ~', type: 'Opaque', keys: ['k'] }, 'name is "x\\nrm -rf ~"'],
    ['a command substitution in a key', { name: 'x', type: 'Opaque', keys: ['$(touch pwned)'] }, 'keys[0] is "$(touch pwned)"'],
    ['a quote and a semicolon in the type', { name: 'x', type: "Opaque'; touch pwned; '", keys: ['k'] }, 'type is "Opaque\'; touch pwned; \'"'],
    ['a newline in a git host', { name: 'x', type: 'kubernetes.io/ssh-auth', keys: ['ssh-privatekey', 'known_hosts'], hosts: ['github.com\ntouch pwned'] }, 'hosts[0] is "github.com\\ntouch pwned"'],
    ['a backtick in a registry', { name: 'x', type: 'kubernetes.io/dockerconfigjson', keys: ['.dockerconfigjson'], registries: ['ghcr.io`touch pwned`'] }, 'registries[0] is "ghcr.io`touch pwned`"'],
    ['an escape sequence in the name', { name: 'x\u001b]0;owned\u0007', type: 'Opaque', keys: ['k'] }, 'name is "x\\u001b]0;owned\\u0007"'],
  ])('refuses %s', async (_, facts, field) => {
    const r = await secrets(account([facts]));
    expect({ code: r.code, err: r.err }).toEqual({
      code: 1,
      err: `cdk8s-tekton secrets: refused a Secret referenced by ServiceAccount "ci": ${field}, which Kubernetes does not accept (${
        field.startsWith('name') ? 'allowed: lowercase letters, digits, "-" and ".", at most 253 characters' : field.startsWith('keys') ? 'allowed: letters, digits, "-", "_" and "."' : field.startsWith('type') ? 'allowed: a Secret type such as Opaque or kubernetes.io/ssh-auth' : field.startsWith('hosts') ? 'allowed: a host name with an optional :port' : 'allowed: a registry host with an optional :port'
      }); nothing is printed for it. Fix: correct it in the manifests (they would not apply either)\n`,
    });
  });

  it('refuses a namespace that is not a namespace name', async () => {
    const r = await secrets(account([{ name: 'x', type: 'Opaque', keys: ['k'] }], 'ci\n; touch pwned'));
    expect(r.err).toBe('cdk8s-tekton secrets: refused a Secret referenced by ServiceAccount "ci": metadata.namespace is "ci\\n; touch pwned", which Kubernetes does not accept (allowed: lowercase letters, digits and "-", at most 63 characters); nothing is printed for it. Fix: correct it in the manifests (they would not apply either)\n');
  });

  it('quotes every field of a command even when it was not checked first (the second line of defence)', () => {
    // main refuses such a name before printing; commandsFor must still not let it become code.
    const name = 'x $(echo injected) `id` ;y';
    const calls = pasted(commandsFor({ facts: { name, type: 'Opaque', keys: ['token'] }, namespace: 'ci $(id)', from: 'Task "t"' }).join('\n'));
    expect(calls).toEqual([['create', 'secret', 'generic', name, '-n', 'ci $(id)', '--from-file=token=/secrets/path_to_token']]);
  });

  it('runs exactly the kubectl calls it prints, every field one argument, for each kind of secret', async () => {
    const r = await secrets(
      account(
        [
          { name: 'git-key', type: 'kubernetes.io/ssh-auth', keys: ['ssh-privatekey', 'known_hosts'], hosts: ['github.com', 'git.example.com:2222'] },
          { name: 'git-token', type: 'kubernetes.io/basic-auth', keys: ['username', 'password'], hosts: ['gitlab.com'] },
          { name: 'one-registry', type: 'kubernetes.io/dockerconfigjson', keys: ['.dockerconfigjson'], registries: ['registry.example.com:5000'] },
          { name: 'webhook', type: 'example.com/token', keys: ['token_1.key'] },
        ],
        'team-a',
      ),
    );
    expect(r.code).toBe(0);
    expect(pasted(r.out)).toEqual([
      ['create', 'secret', 'generic', 'git-key', '-n', 'team-a', '--type=kubernetes.io/ssh-auth', '--from-file=ssh-privatekey=/secrets/path_to_private-key', '--from-file=known_hosts=/secrets/path_to_known_hosts'],
      ['annotate', 'secret', 'git-key', '-n', 'team-a', 'tekton.dev/git-0=github.com', 'tekton.dev/git-1=git.example.com:2222'],
      ['create', 'secret', 'generic', 'git-token', '-n', 'team-a', '--type=kubernetes.io/basic-auth', '--from-literal=username=/secrets/username', '--from-file=password=/secrets/path_to_token'],
      ['annotate', 'secret', 'git-token', '-n', 'team-a', 'tekton.dev/git-0=https://gitlab.com'],
      ['create', 'secret', 'docker-registry', 'one-registry', '-n', 'team-a', '--docker-server=registry.example.com:5000', '--docker-username=/secrets/username', '--docker-password=/secrets/token'],
      ['create', 'secret', 'generic', 'webhook', '-n', 'team-a', '--type=example.com/token', '--from-file=token_1.key=/secrets/path_to_token__.key'],
    ]);
  });
});

describe('secrets: the Orka secrets an OrkaMacBuild mounts', () => {
  it('lists the token and VM SSH secrets of the orka-ios example with their key names, and the commands run as printed', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/cdk8s-tekton.js'), 'secrets', 'examples/orka-ios/expected.k8s.yaml'], { cwd: ROOT, encoding: 'utf8' });
    expect({ code: r.status, err: r.stderr }).toEqual({ code: 0, err: '' });
    expect(r.stdout.split('\n').slice(2).join('\n')).toBe(`
# orka-token: Orka service-account token (orka3 serviceaccount token <name>), read by ORKA_TOKEN_FILE with keys token
kubectl create secret generic orka-token --from-file=token=<path/to/token>

# orka-vm-password: SSH password the runner logs in to the Orka VM with, read by ORKA_SSH_PASSWORD_FILE with keys password
kubectl create secret generic orka-vm-password --from-file=password=<path/to/password>

# orka-vm-ssh: SSH private key the runner logs in to the Orka VM with, read by ORKA_SSH_KEY_FILE with keys ssh-privatekey
kubectl create secret generic orka-vm-ssh --from-file=ssh-privatekey=<path/to/ssh-privatekey>

# tekton-orka-creds: Orka 2 user credentials, read by ORKA_CREDENTIALS_DIR with keys email, password, licenseKey
kubectl create secret generic tekton-orka-creds --from-file=email=<path/to/email> --from-file=password=<path/to/password> --from-file=licenseKey=<path/to/licenseKey>
`);
    expect(pasted(r.stdout).map((argv) => argv.slice(3).join(' '))).toEqual([
      'orka-token --from-file=token=/secrets/path_to_token',
      'orka-vm-password --from-file=password=/secrets/path_to_password',
      'orka-vm-ssh --from-file=ssh-privatekey=/secrets/path_to_ssh-privatekey',
      'tekton-orka-creds --from-file=email=/secrets/path_to_email --from-file=password=/secrets/path_to_password --from-file=licenseKey=/secrets/path_to_licenseKey',
    ]);
  });
});
