import { execFileSync, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSecrets, secretsFolders } from '../support/secrets-cli';

const ROOT = resolve(__dirname, '../..');
const run = runSecrets;
const folder = secretsFolders('cdk8s-tekton-secrets-');
const file = (name: string, text: string): string => folder({ [name]: text });

describe('cdk8s-tekton secrets', () => {
  it('prints the commands for the loyalty-build example, through the command line', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/cdk8s-tekton.js'), 'secrets', 'examples/loyalty-build/expected.k8s.yaml'], { cwd: ROOT, encoding: 'utf8' });
    expect({ code: r.status, err: r.stderr }).toEqual({ code: 0, err: '' });
    expect(r.stdout).toBe(`# Secrets referenced by examples/loyalty-build/expected.k8s.yaml: run these once per cluster. Replace each <...> with the real file or value;
# no secret material is in the manifests.

# ghcr-push: registry credentials for ghcr.io (kubernetes.io/dockerconfigjson)
kubectl create secret docker-registry ghcr-push --docker-server=ghcr.io --docker-username=<username> --docker-password=<token>

# loyalty-deploy-key: git SSH key for github.com (kubernetes.io/ssh-auth)
#   known_hosts: ssh-keyscan github.com > known_hosts, then compare the keys with the host's published fingerprints
kubectl create secret generic loyalty-deploy-key --type=kubernetes.io/ssh-auth --from-file=ssh-privatekey=<path/to/private-key> --from-file=known_hosts=<path/to/known_hosts>
kubectl annotate secret loyalty-deploy-key tekton.dev/git-0=github.com
`);
  });

  it('lists the webhook secret an EventListener\'s interceptor reads (the loyalty-system example, in namespace ci)', async () => {
    const r = await run([join(ROOT, 'examples/loyalty-system/expected.k8s.yaml')]);
    expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
    expect(r.out.split('\n').slice(6, 9)).toEqual([
      '# github-webhook: Opaque Secret with keys token',
      'kubectl create secret generic github-webhook -n ci --from-file=token=<path/to/token>',
      '',
    ]);
  });

  it('namespaces, basic auth, several registries, Docker Hub, opaque secrets, and Secrets the manifests define', async () => {
    const facts = (list: unknown[]) => `'${JSON.stringify(list)}'`;
    const dir = file('app.yaml', `apiVersion: v1
kind: ServiceAccount
metadata:
  name: ci
  namespace: builds
  annotations:
    cdk8s-tekton.io/secrets: ${facts([
      { name: 'git-token', type: 'kubernetes.io/basic-auth', keys: ['username', 'password'], hosts: ['git.example.com'] },
      { name: 'registries', type: 'kubernetes.io/dockerconfigjson', keys: ['.dockerconfigjson'], registries: ['ghcr.io', 'registry.example.com:5000'] },
      { name: 'hub', type: 'kubernetes.io/dockerconfigjson', keys: ['.dockerconfigjson'], registries: ['docker.io'] },
      { name: 'mirror-key', type: 'kubernetes.io/ssh-auth', keys: ['ssh-privatekey', 'known_hosts'], hosts: ['git.example.com:2222'] },
    ])}
---
apiVersion: tekton.dev/v1
kind: TaskRun
metadata:
  name: hook
  annotations:
    cdk8s-tekton.io/secrets: ${facts([{ name: 'webhook', type: 'Opaque', keys: ['secretToken'] }, { name: 'defined', type: 'Opaque', keys: ['a'] }])}
spec:
  taskRef:
    name: x
---
apiVersion: v1
kind: Secret
metadata:
  name: defined
type: Opaque
stringData:
  a: b
`);
    const r = await run([dir]);
    expect(r).toEqual({ code: 0, err: '', out: `# Secrets referenced by ${dir}: run these once per cluster. Replace each <...> with the real file or value;
# no secret material is in the manifests.

# defined: defined in the manifests; kubectl apply creates it

# webhook: Opaque Secret with keys secretToken
kubectl create secret generic webhook --from-file=secretToken=<path/to/secretToken>

# git-token: git user name and token for git.example.com (kubernetes.io/basic-auth)
kubectl create secret generic git-token -n builds --type=kubernetes.io/basic-auth --from-literal=username=<username> --from-file=password=<path/to/token>
kubectl annotate secret git-token -n builds tekton.dev/git-0=https://git.example.com

# hub: registry credentials for docker.io (kubernetes.io/dockerconfigjson)
kubectl create secret docker-registry hub -n builds --docker-server=https://index.docker.io/v1/ --docker-username=<username> --docker-password=<token>

# mirror-key: git SSH key for git.example.com:2222 (kubernetes.io/ssh-auth)
#   known_hosts: ssh-keyscan -p 2222 git.example.com > known_hosts, then compare the keys with the host's published fingerprints
kubectl create secret generic mirror-key -n builds --type=kubernetes.io/ssh-auth --from-file=ssh-privatekey=<path/to/private-key> --from-file=known_hosts=<path/to/known_hosts>
kubectl annotate secret mirror-key -n builds tekton.dev/git-0=git.example.com:2222

# registries: registry credentials for ghcr.io, registry.example.com:5000 (kubernetes.io/dockerconfigjson)
#   config.json: \`docker login\` to each registry, then use the config.json it wrote (~/.docker/config.json) with auths for all of them
kubectl create secret generic registries -n builds --type=kubernetes.io/dockerconfigjson --from-file=.dockerconfigjson=<path/to/config.json>
` });
  });

  it('refuses a name or namespace Kubernetes would not accept, rather than print a command for it', async () => {
    // Hand-written YAML can carry any text in the annotation and namespace. Such a Secret could not
    // exist, so no command is printed for it (quoting, the second line of defence, is tested with
    // hostile hosts and registries in secrets-hostile.test.ts).
    const name = "o'brien $(touch pwned)";
    const facts = JSON.stringify([
      { name, type: 'Opaque', keys: ['token'] },
      { name: 'git token', type: 'kubernetes.io/basic-auth', keys: ['username', 'password'], hosts: ['git.example.com'] },
    ]);
    const dir = file('app.yaml', `apiVersion: v1
kind: ServiceAccount
metadata:
  name: ci
  namespace: "team a;b"
  annotations:
    cdk8s-tekton.io/secrets: '${facts.replace(/'/g, "''")}'
`);
    const r = await run([dir]);
    expect({ code: r.code, out: r.out, err: r.err }).toEqual({
      code: 1,
      out: '',
      err: 'cdk8s-tekton secrets: refused a Secret referenced by ServiceAccount "ci": name is "git token", which Kubernetes does not accept (allowed: lowercase letters, digits, "-" and ".", at most 253 characters); nothing is printed for it. Fix: correct it in the manifests (they would not apply either)\n',
    });
  });

  it('says when nothing is referenced; usage and read errors have their exit codes', async () => {
    const empty = file('a.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n');
    expect((await run([empty])).out.split('\n').slice(2)).toEqual(['', '# none: no credential is referenced', '']);
    const missing = await run([join(empty, 'nope')]);
    expect({ code: missing.code, first: missing.err.split('\n')[0] }).toEqual({ code: 2, first: `cdk8s-tekton secrets: ${join(empty, 'nope')}: no such file or directory` });
    const broken = file('b.yaml', 'a: [\n');
    const bad = await run([broken]);
    expect(bad.code).toBe(1);
    expect(bad.err).toBe(`cdk8s-tekton secrets: ${join(broken, 'b.yaml')}:2: malformed YAML: Flow sequence in block collection must be sufficiently indented and end with a ]. Fix: correct the YAML syntax at that line\n`);
  });

  it('reads its files as validate does: a FIFO is refused without blocking, an alias bomb is refused', async () => {
    const dir = file('ok.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n');
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    const fifo = await run([join(dir, 'pipe.yaml')]);
    expect({ code: fifo.code, err: fifo.err }).toEqual({ code: 1, err: `cdk8s-tekton secrets: ${join(dir, 'pipe.yaml')}: is a FIFO; only regular files are read. Fix: save the YAML to a file and pass that file\n` });
    const levels = Array.from({ length: 9 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(10).fill(`*l${i}`).join(', ')}]`);
    const bomb = file('bomb.yaml', ['l0: &l0 [x, x, x, x, x, x, x, x, x, x]', ...levels].join('\n'));
    const refused = await run([join(bomb, 'bomb.yaml')]);
    expect(refused.code).toBe(1);
    expect(refused.err).toBe(`cdk8s-tekton secrets: ${join(bomb, 'bomb.yaml')}:1: YAML aliases expand this document far beyond its size (excessive aliasing, as the Kubernetes decoder calls it). Fix: write the repeated parts out, or use fewer nested aliases\n`);
  });
});
