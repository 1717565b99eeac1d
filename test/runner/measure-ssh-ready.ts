// Measures how soon the runner notices a VM's sshd (not a test; run by hand):
//   node -r ts-node/register/transpile-only test/runner/measure-ssh-ready.ts [runs]
// Each run starts the runner while sshd is still down, starts sshd a second later, and takes the
// time from sshd's "Server listening" line to the runner's `ssh-ready` line.
import { newSecrets, runChild, setupRun, startFake } from './harness';
import { startSshd } from './sshd';

const RUNS = Number(process.argv[2] ?? 10);

async function main(): Promise<void> {
  const latencies: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const sshd = await startSshd({ startDelayMs: 1000 });
    const secrets = newSecrets();
    const fake = await startFake('3', sshd, secrets);
    try {
      const run = setupRun({ version: '3', sshd, fake, secrets, script: '#!/bin/sh\ntrue\n' });
      const child = runChild(run.env);
      const ready = child.waitForLine(/^orka-runner: ssh-ready /);
      const listeningAt = await sshd.listening;
      const { at } = await ready;
      const result = await child.result;
      if (result.code !== 0) throw new Error(`run ${i} failed:\n${result.stderr}`);
      latencies.push(at - listeningAt);
      process.stdout.write(`run ${i}: ssh-ready ${at - listeningAt} ms after sshd listened (${sshd.kind})\n`);
    } finally {
      await fake.stop();
      await sshd.stop();
    }
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  process.stdout.write(`median ${sorted[Math.floor(sorted.length / 2)]} ms, min ${sorted[0]} ms, max ${sorted[sorted.length - 1]} ms over ${RUNS} runs\n`);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : err}\n`);
  process.exitCode = 1;
});
