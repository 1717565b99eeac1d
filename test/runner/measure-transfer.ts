// Measures transfer.ts against OpenSSH scp over loopback (not a test; run by hand):
//   node -r ts-node/register/transpile-only test/runner/measure-transfer.ts [runs]
// Cases: one 200 MB file, and 2000 files of 100 KB, each uploaded and downloaded. Prints the
// median seconds per case and the ratio of throughputs (ours / scp; above 1 is faster than scp).
import { execFileSync, spawnSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'ssh2';
import { downloadPaths, uploadTree } from '../../runner/orka/transfer';
import { startSshd, Sshd } from './sshd';

const RUNS = Number(process.argv[2] ?? 5);

function connect(sshd: Sshd): Promise<Client> {
  return new Promise((resolve, reject) => {
    const client = new Client();
    client.on('ready', () => resolve(client)).on('error', reject);
    client.connect({ host: sshd.host, port: sshd.port, username: sshd.user, privateKey: sshd.clientKey });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function time(fn: () => Promise<unknown> | unknown): Promise<number> {
  const started = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - started) / 1e9;
}

async function main(): Promise<void> {
  const sshd = await startSshd();
  const root = mkdtempSync(path.join(os.tmpdir(), 'orka-measure-'));
  const local = { big: path.join(root, 'local', 'big'), many: path.join(root, 'local', 'many') };
  mkdirSync(local.big, { recursive: true });
  mkdirSync(local.many, { recursive: true });
  writeFileSync(path.join(local.big, 'big.bin'), randomFillSync(Buffer.alloc(200_000_000)));
  for (let i = 0; i < 2000; i++) writeFileSync(path.join(local.many, `f${i}.bin`), randomFillSync(Buffer.alloc(100_000)));
  const ssh = ['-q', '-o', 'StrictHostKeyChecking=no', '-o', 'UserKnownHostsFile=/dev/null', '-o', 'LogLevel=ERROR', '-i', sshd.clientKeyFile, '-P', String(sshd.port)];
  const target = `${sshd.user}@${sshd.host}`;
  const remote = path.join(root, 'vm');
  const down = path.join(root, 'down');
  const fresh = (dir: string): void => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  };

  const results: Record<string, { scp: number[]; ours: number[]; oursConnected: number[] }> = {};
  for (const what of ['big', 'many'] as const) {
    const src = what === 'big' ? path.join(local.big, 'big.bin') : local.many;
    const up = `upload ${what === 'big' ? '1 x 200 MB' : '2000 x 100 KB'}`;
    const dn = `download ${what === 'big' ? '1 x 200 MB' : '2000 x 100 KB'}`;
    results[up] = { scp: [], ours: [], oursConnected: [] };
    results[dn] = { scp: [], ours: [], oursConnected: [] };
    for (let i = 0; i < RUNS; i++) {
      fresh(remote);
      results[up].scp.push(await time(() => execFileSync('scp', [...ssh, '-r', src, `${target}:${remote}/`])));
      fresh(down);
      results[dn].scp.push(await time(() => execFileSync('scp', [...ssh, '-r', `${target}:${remote}/${path.basename(src)}`, `${down}/`])));

      // Ours, timed including the SSH connection (as scp is) and without it (as the runner reuses one).
      fresh(remote);
      let connected = 0;
      results[up].ours.push(await time(async () => {
        const client = await connect(sshd);
        connected = await time(() => uploadTree(client, what === 'big' ? local.big : local.many, `${remote}/${what}`));
        client.end();
      }));
      results[up].oursConnected.push(connected);
      fresh(down);
      results[dn].ours.push(await time(async () => {
        const client = await connect(sshd);
        connected = await time(() => downloadPaths(client, remote, [what], down));
        client.end();
      }));
      results[dn].oursConnected.push(connected);
    }
  }
  const version = spawnSync('ssh', ['-V'], { encoding: 'utf8' }).stderr.trim();
  process.stdout.write(`median of ${RUNS} runs; ${version}; ${os.cpus().length} cores\n`);
  process.stdout.write('case                     scp s   ours s (ratio)   ours w/o connect s (ratio)\n');
  for (const [name, r] of Object.entries(results)) {
    const scp = median(r.scp);
    const ours = median(r.ours);
    const warm = median(r.oursConnected);
    process.stdout.write(`${name.padEnd(24)} ${scp.toFixed(2).padStart(5)}   ${ours.toFixed(2).padStart(6)} (${(scp / ours).toFixed(2)}x)   ${warm.toFixed(2).padStart(6)} (${(scp / warm).toFixed(2)}x)\n`);
  }
  await sshd.stop();
  rmSync(root, { recursive: true, force: true });
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : err}\n`);
  process.exitCode = 1;
});
