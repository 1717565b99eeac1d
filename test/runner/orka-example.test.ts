// examples/orka-ios: synthesizes to the committed YAML, writes the runner image's build context
// into the app's output directory, and passes the validator and tekton-lint. Plus the
// OrkaMacBuild options the example does not show.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Chart, Yaml } from 'cdk8s';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { OrkaIosChart } from '../../examples/orka-ios/app';
import { OrkaBuildScript, OrkaCluster, OrkaMacBuild, synthWarnings, validateManifests } from '../../lib';
import { REPO } from './harness';

const EXPECTED = join(REPO, 'examples', 'orka-ios', 'expected.k8s.yaml');

function synth(): { yaml: string; outdir: string } {
  const outdir = mkdtempSync(join(tmpdir(), 'orka-ios-'));
  const app = new App({ outdir });
  const chart = new OrkaIosChart(app);
  app.synth();
  return { yaml: Yaml.stringify(...chart.toJson()), outdir };
}

describe('example orka-ios', () => {
  const { yaml, outdir } = synth();
  if (process.env.UPDATE_EXPECTED === '1') writeFileSync(EXPECTED, yaml);
  const docs = parseAllDocuments(yaml).map((d) => d.toJSON() as { kind: string; metadata: { name: string }; spec?: unknown });

  it('synthesizes exactly the committed YAML, the same every time', () => {
    expect(yaml).toBe(readFileSync(EXPECTED, 'utf8'));
    expect(synth().yaml).toBe(yaml);
  });

  it('emits the runner image context next to the manifests; its runner runs with plain node', () => {
    expect(readdirSync(join(outdir, 'orka-runner-image')).sort()).toEqual(['Dockerfile', 'orka-runner.js']);
    const empty = mkdtempSync(join(tmpdir(), 'orka-empty-'));
    const help = spawnSync(process.execPath, [join(outdir, 'orka-runner-image', 'orka-runner.js'), '--help'], { cwd: empty, env: { PATH: process.env.PATH }, encoding: 'utf8' });
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toMatch(/^usage: cdk8s-tekton orka-runner\n/);
  });

  it('wires each build step to the runner and the secrets, as a non-root step', () => {
    const tasks = docs.filter((d) => d.kind === 'Task' && d.metadata.name.startsWith('ios-build'));
    expect(tasks.map((t) => t.metadata.name)).toEqual(['ios-build', 'ios-build-legacy']);
    for (const task of tasks) {
      const [step] = (task.spec as { steps: { name: string; command: string[]; env: { name: string; value: string }[]; securityContext: unknown }[] }).steps;
      expect(step.name).toBe('orka-build');
      expect(step.command).toEqual(['node', '/opt/orka-runner/orka-runner.js']);
      expect(step.securityContext).toMatchObject({ runAsNonRoot: true, allowPrivilegeEscalation: false });
      const env = Object.fromEntries(step.env.map((e) => [e.name, e.value]));
      expect(env.ORKA_RESULTS_DIR).toBe('/tekton/results');
      expect(env.ORKA_TOKEN_FILE ?? env.ORKA_CREDENTIALS_DIR).toMatch(/^\/var\/run\/orka\//);
    }
    // No secret value is written into the manifests, only secret names and mount paths.
    expect(yaml).not.toMatch(/password:\s*\S+@|BEGIN [A-Z ]*PRIVATE KEY/);
  });

  it('pins each VM image\'s host key and uses https, so synth has no warning for its builds', () => {
    const app = new App({ outdir: mkdtempSync(join(tmpdir(), 'orka-ios-warn-')) });
    new OrkaIosChart(app);
    expect(synthWarnings(app).filter((w) => w.includes('OrkaMacBuild'))).toEqual([]);
  });

  it('passes the validator at the default feature level', () => {
    expect(validateManifests(docs.map((manifest, i) => ({ manifest, source: `orka-ios#${i}` })))).toEqual([]);
  });

  it('passes @ibm/tekton-lint with zero errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'orka-ios-lint-'));
    const file = join(dir, 'orka-ios.yaml');
    writeFileSync(file, yaml);
    let out: string;
    try {
      out = execFileSync(join(REPO, 'node_modules/.bin/tekton-lint'), ['--format', 'json', file], { cwd: dir, encoding: 'utf8' });
    } catch (e) {
      out = (e as { stdout: string }).stdout;
    }
    const problems = JSON.parse(out.slice(out.indexOf('['))) as Array<{ level: string; message: string; rule: string }>;
    expect(problems.filter((p) => p.level === 'error')).toEqual([]);
  });
});

describe('OrkaMacBuild options', () => {
  const make = (ssh: Record<string, unknown>, cluster = OrkaCluster.v3({ url: 'https://orka.example', tokenSecret: 'orka-token' })): { env: Record<string, string>; warnings: string[] } => {
    const app = new App({ outdir: mkdtempSync(join(tmpdir(), 'orka-construct-')) });
    const chart = new Chart(app, 'c');
    new OrkaMacBuild(chart, 'b', {
      cluster,
      runnerImage: 'ghcr.io/acme/orka-runner:0.1.0',
      vmImage: 'sonoma',
      ssh: { keySecret: 'vm-key', ...ssh },
      buildScript: OrkaBuildScript.inline('true\n'),
    });
    const task = chart.toJson().find((d) => d.kind === 'Task') as { spec: { steps: { env: { name: string; value: string }[] }[] } };
    return { env: Object.fromEntries(task.spec.steps[0].env.map((e) => [e.name, e.value])), warnings: synthWarnings(app) };
  };

  const UNVERIFIED = '[c/b] warning: OrkaMacBuild: ssh has neither knownHostsSecret nor hostKeyFingerprints, so the runner accepts whatever host key the VM presents (pinned only for the rest of the build), and a machine posing as the VM would receive the SSH credentials. Pin the image\'s host key: ssh: { hostKeyFingerprints: [\'SHA256:...\'] } (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the image; the runner logs the fingerprint it saw).';

  it('warns at synth when the VM host key is not verified, and not once a fingerprint or known_hosts secret is given', () => {
    expect(make({}).warnings).toEqual([UNVERIFIED]);
    expect(make({ hostKeyFingerprints: ['SHA256:Ytt8vqVUbsn3CJ29yC0jrFx/8kA3W+PGdF7qZc0mQ0I'] }).warnings).toEqual([]);
    expect(make({ knownHostsSecret: 'kh' }).warnings).toEqual([]);
  });

  it('warns at synth when the Orka URL is plain http, naming what would travel in the clear', () => {
    const pinned = { knownHostsSecret: 'kh' };
    expect(make(pinned, OrkaCluster.v3({ url: 'http://10.221.188.20', tokenSecret: 'orka-token' })).warnings).toEqual([
      '[c/b] warning: OrkaMacBuild: cluster url "http://10.221.188.20" is plain http, so the service-account token would be readable on the network path (a bearer token goes with every request). Use the cluster\'s https:// endpoint.',
    ]);
    expect(make(pinned, OrkaCluster.v2({ url: 'http://10.221.188.20', credentialsSecret: 'creds' })).warnings).toEqual([
      '[c/b] warning: OrkaMacBuild: cluster url "http://10.221.188.20" is plain http, so the Orka password and the token it gets would be readable on the network path (a bearer token goes with every request). Use the cluster\'s https:// endpoint.',
    ]);
    expect(make(pinned, OrkaCluster.v2({ url: 'https://10.221.188.20', credentialsSecret: 'creds' })).warnings).toEqual([]);
  });

  it('passes host key fingerprints and a known_hosts secret to the runner; by default neither (pin on first use)', () => {
    const fp = 'SHA256:Ytt8vqVUbsn3CJ29yC0jrFx/8kA3W+PGdF7qZc0mQ0I';
    expect(make({ hostKeyFingerprints: [fp, fp.replace('Y', 'Z')], knownHostsSecret: 'kh' }).env).toMatchObject({
      ORKA_SSH_HOST_FINGERPRINT: `${fp},${fp.replace('Y', 'Z')}`,
      ORKA_SSH_KNOWN_HOSTS_FILE: '/var/run/orka/known-hosts/known_hosts',
    });
    const { env } = make({});
    expect(env.ORKA_SSH_HOST_FINGERPRINT).toBeUndefined();
    expect(env.ORKA_SSH_KNOWN_HOSTS_FILE).toBeUndefined();
  });

  it('rejects a fingerprint in another format at synth time, saying how to get the right one', () => {
    expect(() => make({ hostKeyFingerprints: ['MD5:aa:bb'] })).toThrow('OrkaMacBuild: host key fingerprint "MD5:aa:bb" is not of the form SHA256:<43 base64 characters>. Print it with ssh-keygen -lf <host key .pub file>.');
  });
});
