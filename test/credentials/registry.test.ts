// Proves the registry credential routes with the real tools: BuildahTask's own step script, run
// with the params, workspaces and service account of the TaskRun that synth emits (substituted as
// Tekton substitutes them), builds with buildah and pushes to a real registry (distribution v2,
// htpasswd auth) on 127.0.0.1. The workspace is laid out as the kubelet mounts the Secret with
// WorkspaceBinding.dockerConfig's items; the service-account route as Tekton's credential
// initialisation writes it (pkg/credentials/dockercreds: the auths of every dockerconfigjson Secret
// on the account merged into .docker/config.json, which the entrypoint copies into $HOME). Each
// case first asks synth what it claims, then checks the registry agrees. buildah runs as it does
// in its image: chroot isolation (BUILDAH_ISOLATION), and here the vfs driver in a temporary store.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildahTask, DockerConfigSecret, PipelineServiceAccount, TaskRun, WorkspaceBinding } from '../../lib';
import { mountSecret, SecretVolumeSource } from './layout';
import { missingRegistryTools, Registry, startRegistry } from './registry';
import { manifests, manifestsUnchecked, Program, synthErrors } from './synth';

const missing = missingRegistryTools();
// CI installs every tool (.ci/run): there a missing one fails the suite instead of skipping it.
const skip = missing.length > 0 && process.env.CI !== 'true';

const temp: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temp.push(dir);
  return dir;
}

interface StepRun {
  readonly status: number | null;
  readonly output: string;
  readonly results: string;
}

describe.skipIf(skip)(`BuildahTask against a real registry on 127.0.0.1 (needs ${['docker-registry', 'buildah', 'skopeo', 'htpasswd'].join(', ')}${missing.length ? `; missing: ${missing.join(', ')}` : ''})`, () => {
  let registry: Registry;
  let storageConf: string;
  /** Secret name -> its data, as the cluster holds it. */
  let secrets: Record<string, Record<string, string>>;

  beforeAll(async () => {
    registry = await startRegistry();
    const store = tempDir('buildah-store-');
    storageConf = join(store, 'storage.conf');
    writeFileSync(storageConf, `[storage]\ndriver = "vfs"\ngraphroot = "${join(store, 'graph')}"\nrunroot = "${join(store, 'run')}"\n`);
    secrets = {
      'loyalty-push': { '.dockerconfigjson': registry.dockerConfigJson },
      'ghcr-push': { '.dockerconfigjson': JSON.stringify({ auths: { 'ghcr.io': { auth: Buffer.from('acme-bot:ghcr-token').toString('base64') } } }) },
    };
  });

  afterAll(async () => {
    await registry?.stop();
    for (const dir of temp) rmSync(dir, { recursive: true, force: true });
  });

  const image = (tag: string) => `${registry.host}/acme/loyalty:${tag}`;
  // Params a cluster with a plain-http registry and no overlay support sets; the rest keep their defaults.
  const params = (tag: string) => ({ IMAGE: image(tag), TLSVERIFY: 'false', STORAGE_DRIVER: 'vfs' });

  /** Runs the build-and-push step of the TaskRun the program emits, in a pod where `dockerfile` is the source. */
  function runStep(docs: Array<Record<string, any>>, dockerfile: string): StepRun {
    const run = docs.find((d) => d.kind === 'TaskRun')!;
    const task = docs.find((d) => d.kind === 'Task' && d.metadata.name === run.spec.taskRef.name)!;
    const step = task.spec.steps[0];
    const values = new Map<string, string | string[]>(task.spec.params.map((p: any) => [p.name, p.default]));
    for (const p of run.spec.params ?? []) values.set(p.name, p.value);
    const source = tempDir('source-');
    writeFileSync(join(source, 'Dockerfile'), dockerfile);
    const workspaces: Record<string, string | undefined> = { source, dockerconfig: undefined, sslcertdir: undefined };
    for (const b of run.spec.workspaces ?? []) {
      if (b.secret) workspaces[b.name] = mountSecret(b.secret as SecretVolumeSource, secrets[b.secret.secretName]);
      temp.push(workspaces[b.name]!);
    }
    const home = tempDir('pod-home-');
    credentialInit(docs, run.spec.serviceAccountName ?? 'default', home);
    const results = tempDir('results-');
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, BUILDAH_ISOLATION: 'chroot', CONTAINERS_STORAGE_CONF: storageConf,
    };
    for (const { name, value } of step.env) {
      env[name] = value
        .replace(/\$\(params\.([\w-]+)\)/g, (_: string, p: string) => values.get(p) as string)
        .replace(/\$\(workspaces\.([\w-]+)\.path\)/g, (_: string, w: string) => workspaces[w] ?? `/workspace/${w}`)
        .replace(/\$\(workspaces\.([\w-]+)\.bound\)/g, (_: string, w: string) => String(workspaces[w] !== undefined))
        .replace(/\$\(results\.([\w-]+)\.path\)/g, (_: string, r: string) => join(results, r));
    }
    expect(Object.values(env).filter((v) => v.includes('$('))).toEqual([]);
    const args = step.args.flatMap((a: string) => (a === '$(params.BUILD_ARGS[*])' ? values.get('BUILD_ARGS') as string[] : [a]));
    const script = join(tempDir('script-'), 'script.sh');
    writeFileSync(script, step.script);
    const r = spawnSync('sh', [script, ...args], { cwd: source, env, encoding: 'utf8', timeout: 120_000 });
    return { status: r.status, output: `${r.stdout}${r.stderr}`, results };
  }

  /**
   * What Tekton's credential initialisation leaves in $HOME for the run's account: the auths of its
   * dockerconfigjson Secrets in .docker/config.json (mode 0600). An account the documents do not
   * hold gets nothing: this cluster has no credential on it.
   */
  function credentialInit(docs: Array<Record<string, any>>, account: string, home: string): void {
    const sa = docs.find((d) => d.kind === 'ServiceAccount' && d.metadata.name === account);
    const auths: Record<string, unknown> = {};
    for (const { name } of sa?.secrets ?? []) {
      const config = secrets[name]?.['.dockerconfigjson'];
      if (config) Object.assign(auths, JSON.parse(config).auths);
    }
    if (Object.keys(auths).length === 0) return;
    mkdirSync(join(home, '.docker'));
    writeFileSync(join(home, '.docker', 'config.json'), JSON.stringify({ auths }), { mode: 0o600 });
  }

  const RUN = '[loyalty/loyalty-run] TaskRun "loyalty-run": spec.params[0].value: Task "buildah" ';
  const SCRATCH = 'FROM scratch\nCOPY Dockerfile /Dockerfile\n';

  it('with no credential at all, synth fails with the fix, and the registry refuses the push', async () => {
    const noCredential: Program = (chart) => {
      new TaskRun(chart, 'loyalty-run', { task: new BuildahTask(chart, 'buildah'), params: params('none'), workspaces: { source: WorkspaceBinding.emptyDir() } });
    };
    const r = registry.host;
    expect(synthErrors(noCredential)).toEqual([
      `${RUN}pushes ${image('none')} to registry ${r}, but no DockerConfigSecret for ${r} reaches it: its workspaces bring none, and ServiceAccount "default" is not among the documents (got "${image('none')}"). Fix: bind a DockerConfigSecret with registries: ['${r}'] to its dockerconfig workspace (WorkspaceBinding.dockerConfig(secret)); or, if ServiceAccount "default" exists in the cluster and lists one, declare it: serviceAccount: PipelineServiceAccount.fromServiceAccountName(scope, id, 'default', { secrets: [DockerConfigSecret.fromSecretName(scope, id, name, { registries: ['${r}'] })] }) (in YAML: add the ServiceAccount and its Secrets to the files validated); or fix the registry of the image`,
    ]);
    const run = runStep(manifestsUnchecked(noCredential), SCRATCH);
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('authentication required');
    expect(await registry.has('acme/loyalty', 'none')).toBe(false);
  });

  it('the fix, the dockerconfig workspace bound with WorkspaceBinding.dockerConfig: synth passes and the image is pushed', async () => {
    const docs = manifests((chart) => {
      const push = DockerConfigSecret.fromSecretName(chart, 'push', 'loyalty-push', { registries: [registry.host] });
      new TaskRun(chart, 'loyalty-run', { task: new BuildahTask(chart, 'buildah'), params: params('ws'), workspaces: { source: WorkspaceBinding.emptyDir(), dockerconfig: WorkspaceBinding.dockerConfig(push) } });
    });
    const run = runStep(docs, SCRATCH);
    expect({ status: run.status, output: run.status === 0 ? '' : run.output }).toEqual({ status: 0, output: '' });
    expect(await registry.has('acme/loyalty', 'ws')).toBe(true);
    expect(readFileSync(join(run.results, 'IMAGE_DIGEST'), 'utf8')).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(readFileSync(join(run.results, 'IMAGE_URL'), 'utf8')).toBe(image('ws'));
  });

  it('the service-account route with the workspace unbound: synth passes, and buildah pushes with what Tekton copies to $HOME/.docker', async () => {
    const docs = manifests((chart) => {
      const push = DockerConfigSecret.fromSecretName(chart, 'push', 'loyalty-push', { registries: [registry.host] });
      const builder = new PipelineServiceAccount(chart, 'builder', { secrets: [push] });
      new TaskRun(chart, 'loyalty-run', { task: new BuildahTask(chart, 'buildah'), serviceAccount: builder, params: params('sa'), workspaces: { source: WorkspaceBinding.emptyDir() } });
    });
    const run = runStep(docs, SCRATCH);
    expect({ status: run.status, output: run.status === 0 ? '' : run.output }).toEqual({ status: 0, output: '' });
    expect(await registry.has('acme/loyalty', 'sa')).toBe(true);
  });

  it('the service-account route while the workspace holds another registry: synth fails, and buildah, reading only the workspace, is refused', async () => {
    const program: Program = (chart) => {
      const push = DockerConfigSecret.fromSecretName(chart, 'push', 'loyalty-push', { registries: [registry.host] });
      const ghcr = DockerConfigSecret.fromSecretName(chart, 'ghcr', 'ghcr-push', { registries: ['ghcr.io'] });
      const builder = new PipelineServiceAccount(chart, 'builder', { secrets: [push] });
      new TaskRun(chart, 'loyalty-run', { task: new BuildahTask(chart, 'buildah'), serviceAccount: builder, params: params('both'), workspaces: { source: WorkspaceBinding.emptyDir(), dockerconfig: WorkspaceBinding.dockerConfig(ghcr) } });
    };
    const r = registry.host;
    expect(synthErrors(program)).toEqual([
      `${RUN}pushes ${image('both')} to registry ${r}, but no DockerConfigSecret for ${r} reaches it: its workspaces bring Secret "ghcr-push" (for ghcr.io), and ServiceAccount "builder" lists Secret "loyalty-push" (for ${r}), which the task does not read: its dockerconfig workspace is bound, so it reads only that config.json (DOCKER_CONFIG is set to the workspace), not the account's credentials in $HOME/.docker (got "${image('both')}"). Fix: bind a DockerConfigSecret with registries: ['${r}'] to its dockerconfig workspace (WorkspaceBinding.dockerConfig(secret)) (one config.json can hold several registries), or leave that workspace unbound and list one on the run's service account; or fix the registry of the image`,
    ]);
    const run = runStep(manifestsUnchecked(program), SCRATCH);
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('authentication required');
    expect(await registry.has('acme/loyalty', 'both')).toBe(false);
  });

  it('a Dockerfile FROM a private image of the registry is pulled with the same credentials, and refused without them', async () => {
    const push = (tag: string, bind: boolean): Program => (chart) => {
      const secret = DockerConfigSecret.fromSecretName(chart, 'push', 'loyalty-push', { registries: [registry.host] });
      new TaskRun(chart, 'loyalty-run', {
        task: new BuildahTask(chart, 'buildah'), params: params(tag),
        workspaces: { source: WorkspaceBinding.emptyDir(), ...(bind ? { dockerconfig: WorkspaceBinding.dockerConfig(secret) } : {}) },
      });
    };
    expect(runStep(manifests(push('base', true)), SCRATCH).status).toBe(0);
    const fromPrivate = `FROM ${image('base')}\nCOPY Dockerfile /app.Dockerfile\n`;
    const withCredentials = runStep(manifests(push('app', true)), fromPrivate);
    expect({ status: withCredentials.status, output: withCredentials.status === 0 ? '' : withCredentials.output }).toEqual({ status: 0, output: '' });
    expect(await registry.has('acme/loyalty', 'app')).toBe(true);
    const without = runStep(manifestsUnchecked(push('app2', false)), fromPrivate);
    expect(without.status).not.toBe(0);
    expect(without.output).toContain('authentication required');
  });

  it('skopeo inspect with the run account\'s imagePullSecrets config reads the pushed image, as the kubelet pulls it; without, the registry refuses', () => {
    const docs = manifests((chart) => {
      const pull = DockerConfigSecret.fromSecretName(chart, 'pull', 'loyalty-push', { registries: [registry.host] });
      new PipelineServiceAccount(chart, 'runner', { imagePullSecrets: [pull] });
    });
    const sa = docs.find((d) => d.kind === 'ServiceAccount')!;
    expect(sa.imagePullSecrets).toEqual([{ name: 'loyalty-push' }]);
    const authfile = join(tempDir('kubelet-'), 'config.json');
    writeFileSync(authfile, secrets[sa.imagePullSecrets[0].name]['.dockerconfigjson']);
    const inspect = (args: string[]) => spawnSync('skopeo', ['inspect', '--tls-verify=false', ...args, `docker://${image('ws')}`], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: tempDir('kubelet-home-') } });
    const read = inspect(['--authfile', authfile]);
    expect({ status: read.status, stderr: read.status === 0 ? '' : read.stderr }).toEqual({ status: 0, stderr: '' });
    expect(JSON.parse(read.stdout).Name).toBe(`${registry.host}/acme/loyalty`);
    const refused = inspect([]);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('authentication required');
  });
});
