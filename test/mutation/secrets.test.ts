// `cdk8s-tekton secrets` where test/cli/secrets.test.ts does not look: help and usage, an
// unreadable entry under a folder, SSH keys without known_hosts and with several hosts, a typed
// Secret that is not Opaque, references in several documents (the first wins, a Secret defined in
// another namespace does not count), and the order of the commands. Each output is exact.
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSecrets, secretsFolders } from '../support/secrets-cli';

const run = runSecrets;

const folder = secretsFolders('cdk8s-tekton-secrets-m-');

const facts = (list: unknown[]) => `'${JSON.stringify(list).replace(/'/g, "''")}'`;
const account = (name: string, list: unknown[], namespace?: string) =>
  `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ${name}\n${namespace ? `  namespace: ${namespace}\n` : ''}  annotations:\n    cdk8s-tekton.io/secrets: ${facts(list)}\n`;
const HEAD = (paths: string) => `# Secrets referenced by ${paths}: run these once per cluster. Replace each <...> with the real file or value;\n# no secret material is in the manifests.\n`;

describe('cdk8s-tekton secrets: command line', () => {
  it('prints its help on --help (exit 0), and the help after a usage error (exit 2)', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.err).toBe('');
    expect(help.out.split('\n')[0]).toBe('usage: cdk8s-tekton secrets <files|dirs...>');
    expect(help.out).toContain('2 on usage errors.\n');
    expect(await run([])).toEqual({ code: 2, out: '', err: `cdk8s-tekton secrets: no files or directories given\n\n${help.out}` });
  });

  it('stops at an unreadable entry under a folder, with its fix (exit 1)', async () => {
    const dir = folder({ 'a.yaml': account('ci', [{ name: 'tok', type: 'Opaque', keys: ['t'] }]) });
    symlinkSync(join(dir, 'missing.yaml'), join(dir, 'b.yaml'));
    expect(await run([dir])).toEqual({
      code: 1,
      out: '',
      err: `cdk8s-tekton secrets: ${join(dir, 'b.yaml')}: cannot read: dangling symbolic link (its target does not exist); skipped. Fix: remove the link or point it at an existing file\n`,
    });
  });
});

describe('cdk8s-tekton secrets: the commands', () => {
  it('SSH keys: no keyscan line without known_hosts, one annotation per host, a port only when given', async () => {
    const dir = folder({
      'a.yaml': account('ci', [
        { name: 'deploy', type: 'kubernetes.io/ssh-auth', keys: ['ssh-privatekey'], hosts: ['github.com', 'git.example.com'] },
        { name: 'mirror', type: 'kubernetes.io/ssh-auth', keys: ['ssh-privatekey', 'known_hosts'], hosts: ['a.example', 'b.example:2022'] },
        { name: 'plain', type: 'kubernetes.io/basic-auth', keys: ['username', 'password'], hosts: ['x.example', 'y.example'] },
      ]),
    });
    const r = await run([join(dir, 'a.yaml')]);
    expect(r).toEqual({
      code: 0,
      err: '',
      out: `${HEAD(join(dir, 'a.yaml'))}
# deploy: git SSH key for github.com, git.example.com (kubernetes.io/ssh-auth)
kubectl create secret generic deploy --type=kubernetes.io/ssh-auth --from-file=ssh-privatekey=<path/to/private-key>
kubectl annotate secret deploy tekton.dev/git-0=github.com tekton.dev/git-1=git.example.com

# mirror: git SSH key for a.example, b.example:2022 (kubernetes.io/ssh-auth)
#   known_hosts: ssh-keyscan a.example; ssh-keyscan -p 2022 b.example > known_hosts, then compare the keys with the host's published fingerprints
kubectl create secret generic mirror --type=kubernetes.io/ssh-auth --from-file=ssh-privatekey=<path/to/private-key> --from-file=known_hosts=<path/to/known_hosts>
kubectl annotate secret mirror tekton.dev/git-0=a.example tekton.dev/git-1=b.example:2022

# plain: git user name and token for x.example, y.example (kubernetes.io/basic-auth)
kubectl create secret generic plain --type=kubernetes.io/basic-auth --from-literal=username=<username> --from-file=password=<path/to/token>
kubectl annotate secret plain tekton.dev/git-0=https://x.example tekton.dev/git-1=https://y.example
`,
    });
  });

  it('a typed Secret that is not Opaque keeps its --type; no hosts means no annotate line', async () => {
    const dir = folder({
      'a.yaml': account('ci', [
        { name: 'tls', type: 'kubernetes.io/tls', keys: ['tls.crt', 'tls.key'] },
        { name: 'bare', type: 'kubernetes.io/basic-auth', keys: ['username', 'password'] },
      ]),
    });
    expect((await run([dir])).out.split('\n').slice(2).join('\n')).toBe(`
# bare: git user name and token for  (kubernetes.io/basic-auth)
kubectl create secret generic bare --type=kubernetes.io/basic-auth --from-literal=username=<username> --from-file=password=<path/to/token>

# tls: kubernetes.io/tls Secret with keys tls.crt, tls.key
kubectl create secret generic tls --type=kubernetes.io/tls --from-file=tls.crt=<path/to/tls.crt> --from-file=tls.key=<path/to/tls.key>
`);
  });

  it('lists a Secret once (the first reference wins), sorted by namespace then name; one defined in another namespace is still listed', async () => {
    const dir = folder({
      'a.yaml': [
        account('first', [{ name: 'tok', type: 'Opaque', keys: ['first'] }, { name: 'zed', type: 'Opaque', keys: ['z'] }]),
        account('second', [{ name: 'tok', type: 'Opaque', keys: ['second'] }, { name: 'abc', type: 'Opaque', keys: ['a'] }]),
        account('third', [{ name: 'tok', type: 'Opaque', keys: ['other-namespace'] }], 'zz'),
        account('fourth', [{ name: 'tok', type: 'Opaque', keys: ['aa'] }], 'aa'),
        'apiVersion: v1\nkind: Secret\nmetadata:\n  name: zed\n  namespace: elsewhere\n',
        'apiVersion: v1\nkind: Secret\nmetadata:\n  name: unused\n',
        'apiVersion: v2\nkind: Secret\nmetadata:\n  name: abc\n',
        'just text\n',
      ].join('---\n'),
    });
    expect((await run([dir])).out.split('\n').slice(2).join('\n')).toBe(`
# abc: Opaque Secret with keys a
kubectl create secret generic abc --from-file=a=<path/to/a>

# tok: Opaque Secret with keys first
kubectl create secret generic tok --from-file=first=<path/to/first>

# zed: Opaque Secret with keys z
kubectl create secret generic zed --from-file=z=<path/to/z>

# tok: Opaque Secret with keys aa
kubectl create secret generic tok -n aa --from-file=aa=<path/to/aa>

# tok: Opaque Secret with keys other-namespace
kubectl create secret generic tok -n zz --from-file=other-namespace=<path/to/other-namespace>
`);
  });

  it('names the document that references a refused Secret by its generateName', async () => {
    const dir = folder({
      'a.yaml': `apiVersion: tekton.dev/v1\nkind: TaskRun\nmetadata:\n  generateName: build-\n  annotations:\n    cdk8s-tekton.io/secrets: ${facts([{ name: 'Bad_Name', type: 'Opaque', keys: ['k'] }])}\nspec:\n  taskRef:\n    name: x\n`,
    });
    const r = await run([dir]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      'cdk8s-tekton secrets: refused a Secret referenced by TaskRun "build-": name is "Bad_Name", which Kubernetes does not accept (allowed: lowercase letters, digits, "-" and ".", at most 253 characters); nothing is printed for it. Fix: correct it in the manifests (they would not apply either)\n',
    );
  });
});

describe('cdk8s-tekton secrets: edges the first mutation run found', () => {
  it('names every path it read in the heading, and says nothing of "none" when every Secret is defined', async () => {
    const a = folder({ 'a.yaml': account('ci', [{ name: 'tok', type: 'Opaque', keys: ['t'] }, { name: 'key', type: 'Opaque', keys: ['k'] }]) });
    const b = folder({ 'b.yaml': 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: tok\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: key\n' });
    expect(await run([a, b])).toEqual({
      code: 0,
      err: '',
      out: `${HEAD(`${a} ${b}`)}\n# key: defined in the manifests; kubectl apply creates it\n\n# tok: defined in the manifests; kubectl apply creates it\n`,
    });
  });

  it('counts only a named v1 Secret as defined, and reads a namespace only when it is text', async () => {
    const dir = folder({
      'a.yaml': [
        account('ci', [{ name: 'cm', type: 'Opaque', keys: ['k'] }, { name: 'undefined', type: 'Opaque', keys: ['u'] }]),
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n',
        'apiVersion: v1\nkind: Secret\nmetadata:\n  generateName: s-\n',
        'apiVersion: v1\nkind: List\n',
        `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: numeric\n  namespace: 5\n  annotations:\n    cdk8s-tekton.io/secrets: ${facts([{ name: 'num', type: 'Opaque', keys: ['n'] }])}\n`,
      ].join('---\n'),
    });
    expect((await run([dir])).out.split('\n').slice(2).join('\n')).toBe(`
# cm: Opaque Secret with keys k
kubectl create secret generic cm --from-file=k=<path/to/k>

# num: Opaque Secret with keys n
kubectl create secret generic num --from-file=n=<path/to/n>

# undefined: Opaque Secret with keys u
kubectl create secret generic undefined --from-file=u=<path/to/u>
`);
  });

  it('a registry Secret with no registries named, and an Orka runner Secret with what it is for', async () => {
    const orka = `apiVersion: tekton.dev/v1
kind: Task
metadata:
  name: mac
spec:
  volumes:
    - name: tok
      secret:
        secretName: orka-token
  steps:
    - name: build
      image: runner
      volumeMounts:
        - name: tok
          mountPath: /secrets/tok
      env:
        - name: ORKA_TOKEN_FILE
          value: /secrets/tok/token
`;
    const dir = folder({ 'a.yaml': `${account('ci', [{ name: 'reg', type: 'kubernetes.io/dockerconfigjson', keys: ['.dockerconfigjson'] }])}---\n${orka}` });
    expect((await run([dir])).out.split('\n').slice(2).join('\n')).toBe(`
# orka-token: Orka service-account token (orka3 serviceaccount token <name>), read by ORKA_TOKEN_FILE with keys token
kubectl create secret generic orka-token --from-file=token=<path/to/token>

# reg: registry credentials for  (kubernetes.io/dockerconfigjson)
#   config.json: \`docker login\` to each registry, then use the config.json it wrote (~/.docker/config.json) with auths for all of them
kubectl create secret generic reg --type=kubernetes.io/dockerconfigjson --from-file=.dockerconfigjson=<path/to/config.json>
`);
  });

  it('sorts forty Secrets given in reverse order', async () => {
    const names = Array.from({ length: 40 }, (_, i) => `s${String(i).padStart(2, '0')}`);
    const dir = folder({ 'a.yaml': account('ci', [...names].reverse().map((name) => ({ name, type: 'Opaque', keys: ['k'] }))) });
    const out = (await run([dir])).out;
    expect(out.split('\n').filter((l) => l.startsWith('# s')).map((l) => l.slice(2, 5))).toEqual(names);
  });
});
