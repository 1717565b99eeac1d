// The runner as a real process (the bundle the task image ships) against faults that once escaped
// its error handling or leaked: an Orka that answers 409 forever or with a huge body, a full or
// read-only local disk, a runner bug, a DELETE that always fails, secrets in error bodies, names
// that could forge a result line, and settings that expose credentials.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeOrka } from './fake-orka';
import {
  ChildRun, leakedSecrets, newSecrets, runChild, runnerBundle, runnerLines, RunResult, RunSetup, Secrets, setupRun, startFake, warningLines,
} from './harness';
import { startSshd, Sshd } from './sshd';
import { canMountTmpfs, mountTmpfs, Tmpfs } from './tmpfs';

let sshd: Sshd;
let bundle: string;
let fake: FakeOrka | undefined;
let secrets: Secrets;
const mounts: Tmpfs[] = [];

beforeAll(async () => {
  [sshd, bundle] = await Promise.all([startSshd(), runnerBundle()]);
});
afterAll(async () => {
  await sshd.stop();
});
afterEach(async () => {
  for (const m of mounts.splice(0)) m.unmount();
  if (fake === undefined) return;
  expect(fake.vmCount()).toBe(0);
  await fake.stop();
  fake = undefined;
});

async function begin(options: Partial<Parameters<typeof setupRun>[0]> = {}): Promise<RunSetup> {
  secrets = newSecrets();
  fake = await startFake('3', sshd, secrets);
  return setupRun({ version: '3', sshd, fake, secrets, script: '#!/bin/sh\ntrue\n', artifacts: '', ...options });
}

/** The bundled runner; killed with SIGKILL after `limitMs` so a regression shows as a failed case, not a hung suite. */
function runner(env: Record<string, string>, limitMs = 30_000, preload?: string): ChildRun {
  const run = runChild(env, preload === undefined ? [bundle] : ['--require', preload, bundle]);
  const timer = setTimeout(() => run.child.kill('SIGKILL'), limitMs);
  void run.result.then(() => clearTimeout(timer));
  return run;
}

function checkOutput(result: RunResult): void {
  expect(leakedSecrets(result.stdout + result.stderr, secrets, sshd.clientKey)).toEqual([]);
  for (const line of runnerLines(result.stderr)) expect(line).not.toMatch(/^\s+at |\bat .*\.(js|ts):\d+/);
}

function tmpfs(bytes: number): Tmpfs {
  const m = mountTmpfs(bytes)!;
  mounts.push(m);
  return m;
}

const needsMount = canMountTmpfs() ? it : it.skip;
if (!canMountTmpfs()) process.stdout.write('faults.test.ts: cannot mount a tmpfs here (needs root); the disk-full and read-only cases are skipped\n');

describe('orka-runner under faults', () => {
  it('v3: a deploy answered 409 Conflict forever stops with exit 3 after a bounded number of requests, deleting nothing', async () => {
    const run = await begin();
    fake!.inject({ on: 'deploy', status: 409, times: Number.MAX_SAFE_INTEGER });
    const started = Date.now();
    const result = await runner(run.env, 20_000).result;
    checkOutput(result);
    process.stdout.write(`409 forever: ${fake!.calls('deploy').length} deploy requests, ${Date.now() - started} ms\n`);
    expect(result.code, result.stderr).toBe(3);
    expect(fake!.calls('deploy').length).toBe(5);
    expect(fake!.calls('delete')).toEqual([]);
    expect(runnerLines(result.stderr)).toContainEqual(expect.stringMatching(
      /^orka-runner: deploy: Orka answered 409 Conflict to 5 creates in a row, each with a new random name \(last: the name orka-runner-[a-z0-9]{10} is taken\); that is no chance collision: check the Orka cluster's health and ORKA_NAMESPACE, then rerun$/));
  });

  it('an Orka answer far over any real one (600 MB) is cut off at 16 MiB: exit 3, the VM it created deleted', async () => {
    const run = await begin({ env: { ORKA_RETRY_ATTEMPTS: '2' } });
    fake!.inject({ on: 'deploy', status: 500, apply: true, bodyBytes: 600_000_000, times: 2 });
    const result = await runner(run.env, 60_000).result;
    checkOutput(result);
    expect(result.code, result.stderr).toBe(3);
    expect(fake!.calls('delete').map((r) => r.status)).toEqual([200, 200]);
    expect(runnerLines(result.stderr).at(-1)).toMatch(
      /^orka-runner: deploy: 127\.0\.0\.1:\d+ answered 500 with a body over 16 MiB, far more than any Orka answer \(2 attempts\); check the Orka cluster's health, then rerun$/);
  });

  for (const mode of ['sftp', 'tar'] as const) {
    needsMount(`a full output disk during a ${mode} download: exit 3 with one line, VM deleted`, async () => {
      const disk = tmpfs(1 << 20);
      const run = await begin({
        script: '#!/bin/sh\nmkdir -p build\nhead -c 3000000 /dev/urandom > build/App.ipa\n', artifacts: 'build/App.ipa',
        env: { ORKA_TRANSFER: mode, ORKA_OUTPUT_DIR: disk.dir },
      });
      const result = await runner(run.env).result;
      checkOutput(result);
      expect(result.code, result.stderr).toBe(3);
      expect(runnerLines(result.stderr)).toContain(`orka-runner: download: writing ${disk.dir}/build/App.ipa failed: no space left on the device; ORKA_OUTPUT_DIR must be a writable directory with room for the artifacts`);
      expect(fake!.calls('delete').map((r) => r.status)).toEqual([200]);
    });
  }

  for (const fault of ['Promise.reject(new Error("injected fault"))', 'setImmediate(() => { throw new Error("injected fault"); })'] as const) {
    it(`a runner bug (${fault.startsWith('Promise') ? 'unhandled rejection' : 'uncaught exception'}) during the build: VM deleted, exit 3`, async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'orka-fault-'));
      const marker = path.join(dir, 'building');
      const preload = path.join(dir, 'fault.js');
      // Loaded into the runner's process: the fault fires once the build has started.
      writeFileSync(preload, `const fs = require('fs');\nconst t = setInterval(() => { if (fs.existsSync(${JSON.stringify(marker)})) { clearInterval(t); ${fault}; } }, 20);\nt.unref();\n`);
      const run = await begin({ script: `#!/bin/sh\ntouch '${marker}'\nexec sleep 30\n` });
      const result = await runner(run.env, 30_000, preload).result;
      checkOutput(result);
      expect(result.code, result.stderr).toBe(3);
      const vmName = readFileSync(path.join(run.resultsDir, 'vm-name'), 'utf8');
      expect(runnerLines(result.stderr).slice(-2).map((l) => l.replace(/after \d+\.\d\ds/, 'after Xs'))).toEqual([
        'orka-runner: internal error: Error: injected fault; stopping and deleting the VM (a runner bug: please report it)',
        `orka-runner: delete ${vmName} after Xs`,
      ]);
      expect(fake!.calls('delete').map((r) => r.status)).toEqual([200]);
    });
  }

  needsMount('a read-only output directory: exit 3 with one line and no stack trace, VM deleted', async () => {
    const disk = tmpfs(1 << 20);
    disk.remountReadOnly();
    const out = path.join(disk.dir, 'out');
    const run = await begin({ script: '#!/bin/sh\necho x > App.ipa\n', artifacts: 'App.ipa', env: { ORKA_OUTPUT_DIR: out } });
    const result = await runner(run.env).result;
    checkOutput(result);
    expect(result.code, result.stderr).toBe(3);
    expect(runnerLines(result.stderr), result.stderr).toContain(`orka-runner: download: creating ${out} failed: the file system is read-only; ORKA_OUTPUT_DIR must be a writable directory with room for the artifacts`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  needsMount('a full results directory: exit 3, and no result file half written', async () => {
    const disk = tmpfs(64 << 10);
    disk.fill();
    const run = await begin({ script: '#!/bin/sh\necho x > App.ipa\n', artifacts: 'App.ipa', env: { ORKA_RESULTS_DIR: disk.dir } });
    const result = await runner(run.env).result;
    checkOutput(result);
    expect(result.code, result.stderr).toBe(3);
    expect(runnerLines(result.stderr)).toContainEqual(expect.stringMatching(
      new RegExp(`^orka-runner: results: could not write into ${disk.dir} \\(ENOSPC: no space left on device, .+\\); the results would be missing or wrong, so the run fails: check ORKA_RESULTS_DIR and the space left there$`)));
    expect(readdirSync(disk.dir)).toEqual(['filler']);
  });

  it('a DELETE that always fails: exit 3 with the command to delete by hand, after a bounded number of requests', async () => {
    const run = await begin();
    fake!.inject({ on: 'delete', status: 500, times: Number.MAX_SAFE_INTEGER });
    const result = await runner(run.env).result;
    checkOutput(result);
    expect(result.code, result.stderr).toBe(3);
    expect(fake!.calls('delete').length).toBe(5);
    const vmName = readFileSync(path.join(run.resultsDir, 'vm-name'), 'utf8');
    expect(runnerLines(result.stderr).at(-1)).toBe(`orka-runner: delete: could not delete ${vmName} (Orka answered 500 Internal Server Error ("injected fault on delete")); delete it by hand: orka3 vm delete ${vmName} --namespace orka-default`);
    fake!.clearFaults();
    const removed = await fetch(`${fake!.url}/api/v1/namespaces/orka-default/vms/${vmName}`, { method: 'DELETE', headers: { authorization: `Bearer ${secrets.token}` } });
    expect(removed.status).toBe(200);
  });

  it('warns once about an unverified host key (with the fingerprint and how to pin it) and about a plain http ORKA_URL', async () => {
    let run = await begin();
    let result = await runner(run.env).result;
    expect(result.code, result.stderr).toBe(0);
    expect(warningLines(result.stderr)).toEqual([
      `orka-runner: warning: config: ORKA_URL ${fake!.url} is plain http: the service-account token would be readable on the network path (a bearer token goes with every request); use the cluster's https:// endpoint`,
      `orka-runner: warning: ssh-ready: the VM's host key ${sshd.hostKeyFingerprint} was accepted without verification (only pinned for this run), so a machine posing as the VM would get the SSH credentials; if that is the image's key, pin it: ORKA_SSH_HOST_FINGERPRINT=${sshd.hostKeyFingerprint} (OrkaMacBuild ssh.hostKeyFingerprints) or ORKA_SSH_KNOWN_HOSTS_FILE`,
    ]);
    await fake!.stop();
    run = await begin({ env: { ORKA_SSH_HOST_FINGERPRINT: sshd.hostKeyFingerprint } });
    result = await runner(run.env).result;
    expect(result.code, result.stderr).toBe(0);
    expect(warningLines(result.stderr).map((l) => l.split(':').slice(0, 3).join(':'))).toEqual(['orka-runner: warning: config']);
  });

  it('a text error body quoting the token, raw and base64-encoded, is masked before it is cut', async () => {
    const run = await begin();
    const encoded = Buffer.from(`Bearer ${secrets.token}`).toString('base64');
    fake!.inject({ on: 'deploy', status: 400, body: `bad request: auth ${encoded} ${'x'.repeat(60)} token=${secrets.token} end` });
    const result = await runner(run.env).result;
    expect(result.code, result.stderr).toBe(2);
    const output = result.stdout + result.stderr;
    expect(output).toContain('bad request: auth ');
    expect(output).not.toContain(secrets.token.slice(0, 12));
    expect(output).not.toContain(encoded.slice(12, 40));
  });

  it('a file name with a newline cannot forge a line of the artifacts result: it is escaped as sha256sum does', async () => {
    const forged = `${'0'.repeat(64)}  forged.ipa`;
    const run = await begin({ script: `#!/bin/sh\nmkdir -p build\nprintf x > 'build/a\n${forged}'\n`, artifacts: 'build/*' });
    const result = await runner(run.env).result;
    checkOutput(result);
    expect(result.code, result.stderr).toBe(0);
    const sha = createHash('sha256').update('x').digest('hex');
    expect(readFileSync(path.join(run.resultsDir, 'artifacts'), 'utf8')).toBe(`\\${sha}  build/a\\n${forged}\n`);
    expect(existsSync(path.join(run.outputDir, `build/a\n${forged}`))).toBe(true);
  });
});
