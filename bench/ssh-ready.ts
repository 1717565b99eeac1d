// Section 5: how soon the runner notices a VM's sshd. Each run starts the real runner (a child
// process, against the fake Orka of the tests) while sshd is still down, starts sshd a moment
// later, and takes the time from sshd's "Server listening" line to the runner's `ssh-ready` line.
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { HostKeyPolicy } from '../runner/orka/host-keys';
import { SshConnector } from '../runner/orka/ssh';
import { newSecrets, runChild, setupRun, startFake } from '../test/runner/harness';
import { startSshd, Sshd } from '../test/runner/sshd';
import type { Section } from './run';
import { median } from './stats';
import { onPath } from './transfer';

/** sshd starts listening this long after the runner starts, so the runner is already waiting for it. */
const SSHD_DELAY_MS = 1500;
const GOAL_MS = 1000;

export interface SshReadyOptions {
  readonly runs: number;
}

export async function sshReadySection(options: SshReadyOptions): Promise<Section> {
  const started = Date.now();
  const latencies: number[] = [];
  let kind = '';
  for (let i = 0; i < options.runs; i++) {
    const sshd = await startSshd({ startDelayMs: SSHD_DELAY_MS });
    kind = sshd.kind;
    const secrets = newSecrets();
    const fake = await startFake('3', sshd, secrets);
    let root: string | undefined;
    try {
      const run = setupRun({ version: '3', sshd, fake, secrets, script: '#!/bin/sh\ntrue\n' });
      root = run.root;
      const child = runChild(run.env);
      const ready = child.waitForLine(/^orka-runner: ssh-ready /);
      const listeningAt = await sshd.listening;
      const { line, at } = await ready;
      const result = await child.result;
      if (result.code !== 0) throw new Error(`bench: ssh-ready run ${i} failed:\n${result.stderr}`);
      const latency = at - listeningAt;
      // The line says how long the runner waited; it must have been waiting before sshd listened.
      const waited = Number(/after ([\d.]+)s/.exec(line)?.[1] ?? NaN) * 1000;
      if (!(waited > latency)) throw new Error(`bench: ssh-ready run ${i}: the runner began waiting only after sshd listened (${line}); raise SSHD_DELAY_MS`);
      latencies.push(latency);
    } finally {
      await fake.stop();
      await sshd.stop();
      if (root !== undefined) rmSync(root, { recursive: true, force: true });
    }
  }

  // Baselines against an sshd that already listens: one OpenSSH `ssh ... true` (process start,
  // handshake, auth, a command), and the runner's own connect (handshake and auth, in this process).
  const sshd = await startSshd();
  const ssh: number[] = [];
  const connect: number[] = [];
  const haveSsh = sshd.kind === 'openssh' && onPath('ssh');
  try {
    const connector = new SshConnector({ host: sshd.host, port: sshd.port }, { user: sshd.user, privateKey: sshd.clientKey }, new HostKeyPolicy(undefined, undefined, [sshd.hostKeyFingerprint]));
    for (let i = 0; i < options.runs; i++) {
      let t = process.hrtime.bigint();
      if (haveSsh) {
        await sshTrue(sshd);
        ssh.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
      t = process.hrtime.bigint();
      const client = await connector.connect('bench', 10_000, new AbortController().signal);
      connect.push(Number(process.hrtime.bigint() - t) / 1e6);
      client.end();
    }
  } finally {
    await sshd.stop();
  }

  const ready = median(latencies);
  const base = haveSsh ? median(ssh) : NaN;
  const fmt = (ms: number): string => ms.toFixed(0);
  return {
    title: '5. SSH readiness',
    about: `From the moment ${kind === 'openssh' ? 'OpenSSH' : "ssh2's"} sshd on 127.0.0.1 logs "Server listening" to the runner's \`ssh-ready\` log line, the runner being a real \`cdk8s-tekton orka-runner\` process (fake Orka v3) started ${SSHD_DELAY_MS} ms before sshd. Median of ${options.runs} runs. Baselines, against an sshd already listening: OpenSSH \`ssh host true\` wall time, and the runner's \`SshConnector.connect\` alone (TCP, handshake, auth).`,
    headers: ['measure', 'median ms', 'min ms', 'max ms', 'vs ssh true'],
    rows: [
      ['sshd listening -> runner ssh-ready', fmt(ready), fmt(Math.min(...latencies)), fmt(Math.max(...latencies)), haveSsh ? (ready / base).toFixed(2) : ''],
      ...(haveSsh ? [['baseline: `ssh host true`, sshd already listening', fmt(base), fmt(Math.min(...ssh)), fmt(Math.max(...ssh)), '1.00']] : []),
      ['runner SshConnector.connect, sshd already listening', fmt(median(connect)), fmt(Math.min(...connect)), fmt(Math.max(...connect)), haveSsh ? (median(connect) / base).toFixed(2) : ''],
    ],
    verdicts: [
      `ssh-ready median ${fmt(ready)} ms (goal <= ${GOAL_MS}): ${ready <= GOAL_MS ? 'met' : 'NOT met'}`,
      `section run time: ${((Date.now() - started) / 1000).toFixed(0)} s`,
    ],
  };
}

function sshTrue(sshd: Sshd): Promise<void> {
  const args = ['-q', '-o', 'BatchMode=yes', '-o', 'StrictHostKeyChecking=no', '-o', 'UserKnownHostsFile=/dev/null', '-o', 'LogLevel=ERROR', '-i', sshd.clientKeyFile, '-p', String(sshd.port), `${sshd.user}@${sshd.host}`, 'true'];
  return new Promise((resolve, reject) => execFile('ssh', args, (err, _stdout, stderr) => (err ? reject(new Error(`bench: ssh true failed: ${err.message}\n${stderr}`)) : resolve())));
}
