// Many runs with faults injected at random steps (seeded: the seed is printed, and
// ORKA_RANDOM_SEED=<seed> replays a run). main() runs in-process to keep 50+ runs fast; signal
// handling is covered by the child-process tests in e2e.test.ts.
import { mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fault, FakeOrka, Route } from './fake-orka';
import { leakedSecrets, newSecrets, runInProcess, runnerLines, setupRun, startFake } from './harness';
import { freePort, startSshd, Sshd } from './sshd';
import { TcpProxy } from './tcp-proxy';
import { canMountTmpfs, mountTmpfs, Tmpfs } from './tmpfs';

/** At least 50 in CI; ORKA_RANDOM_RUNS=<n> for a longer soak. */
const RUNS = Number(process.env.ORKA_RANDOM_RUNS ?? 50);
const SEED = Number(process.env.ORKA_RANDOM_SEED ?? Math.floor(Math.random() * 2 ** 31));

/** mulberry32: small, seedable, good enough to pick faults. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Plan {
  readonly description: string;
  readonly expected: number;
  readonly version: '2' | '3';
  readonly apiVersion: string;
  readonly faults: Fault[];
  readonly env: Record<string, string>;
  readonly script: string;
  readonly artifacts: string;
  readonly fake?: { capacityCpu?: number; deployDelayMs?: number; namespaces?: string[]; forbiddenNamespaces?: string[] };
  readonly ssh?: 'closed' | 'drop-download' | 'drop-build' | 'late';
  /** A runner line the outcome must include. */
  readonly line?: RegExp;
  readonly badCredentials?: boolean;
  readonly buildExitCode?: number;
  /** A directory that must stay empty: where a hostile link or listing points. */
  readonly outside?: string;
  /** The output directory already holds `build -> outside` (a symlink a repository committed). */
  readonly outputSymlink?: boolean;
  /** The output directory is a 1 MiB tmpfs, too small for the artifact. */
  readonly smallDisk?: boolean;
  /** The VM's SFTP server adds `../../escape.ipa` to every listing of a `build` directory. */
  readonly hostileListing?: boolean;
}

const GOOD_SCRIPT = '#!/bin/sh\nset -e\nmkdir -p build\nhead -c 400000 /dev/urandom > build/App.ipa\necho built\n';

function plan(random: () => number): Plan {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const version = pick(['2', '3'] as const);
  const apiVersion = pick(['2.0.4', '2.1.0', '2.1.1', '2.4.0']);
  const base = { version, apiVersion, faults: [] as Fault[], env: {} as Record<string, string>, script: GOOD_SCRIPT, artifacts: 'build/*.ipa' };
  const transientRoutes: Route[] = version === '3' ? ['deploy', 'delete'] : ['health-check', 'token', 'create', 'deploy', 'purge', 'revoke'];
  const transient = (): Fault => {
    const on = pick(transientRoutes);
    const kind = pick(['500', '503', '429', 'drop', 'slow-502', 'applied-500']);
    const times = 1 + Math.floor(random() * 2);
    switch (kind) {
      case '429': return { on, status: 429, retryAfter: 0, times };
      case 'drop': return { on, drop: true, times };
      case 'slow-502': return { on, status: 502, delayMs: 50, times };
      case 'applied-500': return { on, status: 500, apply: true, times };
      default: return { on, status: Number(kind), times };
    }
  };
  const kind = pick([
    'ok', 'transient', 'transient', 'transient', 'build-fail', 'missing-artifact', 'drop-download', 'drop-build', 'bad-credentials', 'forbidden',
    'no-capacity', 'ssh-never', 'slow-deploy', 'persistent-5xx', 'ssh-late', 'build-timeout',
    'conflict-forever', 'oversized-body', 'disk-full', 'hostile-archive', 'workspace-symlink', 'hostile-listing',
  ]);
  const transfer = { ORKA_TRANSFER: pick(['tar', 'sftp', 'auto']) };
  const outside = (): string => mkdtempSync(path.join(os.tmpdir(), 'orka-outside-'));
  const extra = random() < 0.3 ? [transient()] : [];
  switch (kind) {
    case 'ok': return { ...base, description: 'no fault', expected: 0 };
    case 'transient': {
      const faults = [transient(), ...extra];
      return { ...base, faults, description: `transient ${JSON.stringify(faults)}`, expected: 0 };
    }
    case 'build-fail': {
      const code = 1 + Math.floor(random() * 120);
      return { ...base, faults: extra, script: `#!/bin/sh\nmkdir -p build\necho partial > build/App.ipa\nexit ${code}\n`, description: `build exits ${code}`, expected: 1, buildExitCode: code };
    }
    case 'missing-artifact': return { ...base, faults: extra, artifacts: 'build/*.ipa,never/*.zip', description: 'an artifact is missing', expected: 1, buildExitCode: 0 };
    case 'drop-download': return { ...base, faults: extra, ssh: 'drop-download', script: GOOD_SCRIPT.replace('400000', '3000000'), description: 'SSH dropped during the download', expected: 0 };
    case 'drop-build': return {
      ...base, faults: extra, ssh: 'drop-build', script: '#!/bin/sh\nseq 1 200000\n', artifacts: '', description: 'SSH dropped during the build', expected: 3,
      line: /^orka-runner: build: the SSH connection to the VM was lost during the build \(.+\); a build cannot be resumed: rerun it$/,
    };
    case 'bad-credentials': return { ...base, badCredentials: true, description: 'credentials rejected', expected: 2 };
    case 'forbidden': return version === '3'
      ? { ...base, env: { ORKA_NAMESPACE: 'team-ios' }, fake: { namespaces: ['orka-default', 'team-ios'], forbiddenNamespaces: ['team-ios'] }, description: 'namespace forbidden', expected: 2, line: /^orka-runner: deploy: Orka answered 403 Forbidden \(".+"\): the service account may not manage VMs in namespace "team-ios"; bind it a role there or change ORKA_NAMESPACE$/ }
      : { ...base, badCredentials: true, description: 'credentials rejected', expected: 2 };
    case 'no-capacity': return { ...base, fake: { capacityCpu: 0 }, env: { ORKA_DEPLOY_TIMEOUT: '0.3' }, description: 'no capacity', expected: 3 };
    case 'ssh-never': return { ...base, faults: extra, ssh: 'closed', env: { ORKA_SSH_TIMEOUT: '0.4' }, description: 'SSH never comes up', expected: 3 };
    case 'slow-deploy': return { ...base, faults: extra, fake: { deployDelayMs: 150 }, description: 'slow deploy', expected: 0 };
    case 'persistent-5xx': {
      const fault: Fault = { on: 'deploy', status: 500, apply: random() < 0.5, times: 100 };
      return { ...base, faults: [fault], env: { ORKA_RETRY_ATTEMPTS: '3' }, description: `deploy always fails ${JSON.stringify(fault)}`, expected: 3 };
    }
    case 'ssh-late': return { ...base, faults: extra, ssh: 'late', description: 'sshd comes up late', expected: 0 };
    case 'conflict-forever': return {
      ...base, faults: [{ on: version === '3' ? 'deploy' : 'create', status: 409, times: Number.MAX_SAFE_INTEGER }],
      // 2.x: a config name that exists is a refused create, reported at once; 3.x backs off and gives up.
      description: 'create answers 409 Conflict forever', expected: version === '3' ? 3 : 2,
    };
    case 'oversized-body': {
      const fault: Fault = { on: version === '3' ? 'deploy' : pick(['create', 'deploy'] as const), status: 500, apply: random() < 0.5, bodyBytes: 20_000_000 };
      return { ...base, faults: [fault], description: `an answer over 16 MiB ${JSON.stringify(fault)}`, expected: 0 };
    }
    case 'disk-full': return canMountTmpfs()
      ? { ...base, faults: extra, env: transfer, smallDisk: true, script: GOOD_SCRIPT.replace('400000', '3000000'), description: `output disk full (${transfer.ORKA_TRANSFER})`, expected: 3 }
      : { ...base, description: 'no fault (cannot mount a tmpfs for disk-full here)', expected: 0 };
    case 'hostile-archive': {
      const dir = outside();
      return {
        ...base, faults: extra, env: transfer, outside: dir, artifacts: 'build',
        script: `${GOOD_SCRIPT}ln -s '${dir}' build/link\n`, description: `an artifact links outside (${transfer.ORKA_TRANSFER})`, expected: 1,
        line: /^orka-runner: download: refusing the symlink "build\/link" -> ".+" from the VM: it points outside ORKA_OUTPUT_DIR; /,
      };
    }
    case 'workspace-symlink': return {
      ...base, faults: extra, env: transfer, outside: outside(), outputSymlink: true, description: `the output directory holds build -> outside (${transfer.ORKA_TRANSFER})`, expected: 1,
      line: /^orka-runner: download: refusing to write "build" from the VM: it resolves to .+, outside ORKA_OUTPUT_DIR/,
    };
    case 'hostile-listing': return {
      ...base, faults: extra, env: { ORKA_TRANSFER: 'sftp' }, hostileListing: true, artifacts: 'build',
      script: `${GOOD_SCRIPT}echo escaped > ../escape.ipa\n`, description: 'the SFTP server lists ../../escape.ipa', expected: 1,
      line: /^orka-runner: download: refusing the entry "..\/..\/escape.ipa" that the VM listed in "build"/,
    };
    default: return { ...base, faults: extra, script: '#!/bin/sh\nexec sleep 3\n', artifacts: '', env: { ORKA_BUILD_TIMEOUT: '0.3' }, description: 'build times out', expected: 1, buildExitCode: 124 };
  }
}

describe(`randomized runs (seed ${SEED})`, () => {
  let sshd: Sshd;
  let hostile: Sshd;
  beforeAll(async () => {
    process.stdout.write(`randomized runner suite: seed ${SEED} (replay with ORKA_RANDOM_SEED=${SEED})\n`);
    [sshd, hostile] = await Promise.all([startSshd(), startSshd({ fallback: true, readdirExtra: (dir) => (path.basename(dir) === 'build' ? ['../../escape.ipa'] : []) })]);
  });
  afterAll(async () => {
    await sshd.stop();
    await hostile.stop();
  });

  it(`${RUNS} runs with random faults: expected exit codes, zero VMs leaked, no secret in any output`, async () => {
    const random = prng(SEED);
    for (let i = 0; i < RUNS; i++) {
      const p = plan(random);
      const label = `run ${i} (seed ${SEED}): ${p.description}, Orka ${p.version === '2' ? p.apiVersion : '3'}`;
      const secrets = newSecrets();
      const server = p.hostileListing ? hostile : sshd;
      const fake: FakeOrka = await startFake(p.version, server, secrets, { apiVersion: p.apiVersion, ...p.fake });
      let disk: Tmpfs | undefined;
      const proxy = p.ssh === 'drop-download' || p.ssh === 'drop-build' ? await new TcpProxy(sshd).start() : undefined;
      let late: TcpProxy | undefined;
      try {
        for (const fault of p.faults) fake.inject(fault);
        if (p.ssh === 'closed') fake.ssh = { host: '127.0.0.1', port: await freePort() };
        if (proxy !== undefined) {
          fake.ssh = { host: '127.0.0.1', port: proxy.port };
          // The download moves 3 MB, the build prints 1.3 MB: either way the cut lands mid-step.
          proxy.dropAfter(p.ssh === 'drop-build' ? 600_000 : 1_000_000);
        }
        if (p.ssh === 'late') {
          const port = await freePort();
          fake.ssh = { host: '127.0.0.1', port };
          late = new TcpProxy(sshd);
          setTimeout(() => void late!.start(port), 300);
        }
        disk = p.smallDisk ? mountTmpfs(1 << 20) : undefined;
        const env = disk === undefined ? p.env : { ...p.env, ORKA_OUTPUT_DIR: disk.dir };
        const run = setupRun({ version: p.version, sshd: server, fake, secrets, script: p.script, artifacts: p.artifacts, env });
        if (p.outputSymlink) symlinkSync(p.outside!, path.join(run.outputDir, 'build'));
        if (p.badCredentials) {
          const file = p.version === '3' ? run.env.ORKA_TOKEN_FILE : path.join(run.env.ORKA_CREDENTIALS_DIR, 'password');
          require('node:fs').writeFileSync(file, `wrong-${secrets.licenseKey.slice(0, 8)}`);
        }
        const result = await runInProcess(run.env);
        const output = result.stdout + result.stderr;
        expect(result.code, `${label}\n${result.stderr}`).toBe(p.expected);
        expect(fake.vmCount(), `${label}: VMs leaked\n${result.stderr}`).toBe(0);
        expect(fake.configCount(), `${label}: configs leaked\n${result.stderr}`).toBe(0);
        expect(leakedSecrets(output, secrets, server.clientKey), label).toEqual([]);
        if (p.outside !== undefined) expect(readdirSync(p.outside), `${label}: written outside`).toEqual([]);
        if (p.hostileListing) expect(readdirSync(run.root).sort(), `${label}: written outside`).toEqual(['build.sh', 'output', 'results', 'secrets', 'vm', 'workspace']);
        for (const line of runnerLines(result.stderr)) expect(line, label).not.toMatch(/\bat .*\.ts:\d+/);
        if (p.line !== undefined) expect(runnerLines(result.stderr), label).toContainEqual(expect.stringMatching(p.line));
        if (p.buildExitCode !== undefined) {
          expect(readFileSync(path.join(run.resultsDir, 'build-exit-code'), 'utf8'), label).toBe(String(p.buildExitCode));
        }
        if (p.expected === 0) {
          expect(readFileSync(path.join(run.outputDir, 'build/App.ipa')).equals(readFileSync(path.join(run.remoteDir, 'workspace/build/App.ipa'))), label).toBe(true);
        }
      } finally {
        disk?.unmount();
        await proxy?.stop();
        await late?.stop();
        await fake.stop();
      }
    }
    // About 2 s a run on a quiet machine; a budget of 8 s a run leaves room for a loaded one (the
    // deadline only stops a hang, it measures nothing).
  }, Math.max(400_000, RUNS * 8000));
});
