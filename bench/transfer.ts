// Section 4: the Orka runner's file transfers (runner/orka/transfer.ts, both its tar-over-exec
// mode and its SFTP mode; its default `auto` uploads over SFTP and downloads with tar) against
// OpenSSH `scp` and `sftp` moving the same data over loopback to the same sshd, in the same run.
// Every copy is checked byte for byte against its source.
import { execFile, spawnSync } from 'node:child_process';
import { createHash, randomFillSync } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, promises as fsp, rmSync, statfsSync, writeFileSync, writeSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'ssh2';
import { HostKeyPolicy } from '../runner/orka/host-keys';
import { SshConnector } from '../runner/orka/ssh';
import { downloadPaths, uploadTree } from '../runner/orka/transfer';
import { opensshAvailable, SSHD_PATH, startSshd, Sshd } from '../test/runner/sshd';
import type { Section } from './run';
import { median } from './stats';

/** Bytes moved by every transfer: one file of this size, or SMALL_COUNT files of SMALL_BYTES. */
const TOTAL_BYTES = 200_000_000;
const SMALL_BYTES = 100_000;
const SMALL_COUNT = 2000;
const MB = 1e6;

type Direction = 'download' | 'upload';
type Case = 'big' | 'many' | 'tiny';
type ToolName = 'scp' | 'scp -O' | 'sftp' | 'runner tar' | 'runner sftp';
const TOOLS: readonly ToolName[] = ['scp', 'scp -O', 'sftp', 'runner tar', 'runner sftp'];
const SCPS: readonly ToolName[] = ['scp', 'scp -O'];
/** `tiny` (one 1-byte file) measures each tool's fixed cost per copy: process start, connection, set-up. */
const CASES: ReadonlyArray<{ what: Case; label: string }> = [
  { what: 'big', label: '1 x 200 MB' },
  { what: 'many', label: `${SMALL_COUNT} x 100 KB` },
  { what: 'tiny', label: '1 x 1 byte (fixed cost)' },
];
const GOAL: Record<Direction, number> = { download: 0.8, upload: 0.9 };
/** What ORKA_TRANSFER=auto uses in each direction (runner/orka/transfer.ts). */
const AUTO: Record<Direction, ToolName> = { download: 'runner tar', upload: 'runner sftp' };

interface Layout {
  /** Local sources: `<local>/big/big.bin`, `<local>/many/f0000.bin`... */
  readonly local: string;
  /** The "VM" side's copy that downloads read: the same trees under `<remoteSrc>`. */
  readonly remoteSrc: string;
  /** Where an upload lands (`<remoteDst>/<case>`), emptied before each run. */
  readonly remoteDst: string;
  /** Where a download lands (`<localDst>/<case>`), emptied before each run. */
  readonly localDst: string;
  /** sha256 of every source file, by path relative to the case's parent (`big/big.bin`). */
  readonly hashes: Map<string, string>;
}

export interface TransferOptions {
  readonly runs: number;
}

const TITLE = '4. Orka runner transfers over loopback';

export async function transferSection(options: TransferOptions): Promise<Section> {
  const missing = [opensshAvailable() ? undefined : SSHD_PATH, ...['scp', 'sftp', 'ssh'].filter((c) => !onPath(c))].filter(Boolean);
  if (missing.length > 0) {
    return { title: TITLE, about: 'Compares the runner with OpenSSH scp and sftp against a real OpenSSH sshd.', headers: ['transfer'], rows: [], verdicts: [`not measured: this machine lacks ${missing.join(', ')} (install openssh-server and openssh-client)`] };
  }
  const started = Date.now();
  const base = scratchBase();
  const root = mkdtempSync(path.join(base, 'cdk8s-tekton-bench-transfer-'));
  const sshd = await startSshd();
  try {
    const layout = makeData(root);
    const cli = opensshArgs(sshd);
    const connector = new SshConnector({ host: sshd.host, port: sshd.port }, { user: sshd.user, privateKey: sshd.clientKey }, new HostKeyPolicy(undefined, undefined, [sshd.hostKeyFingerprint]));
    const connects: number[] = [];
    const connect = async (): Promise<Client> => {
      const t = process.hrtime.bigint();
      const client = await connector.connect('bench', 10_000, new AbortController().signal);
      connects.push(Number(process.hrtime.bigint() - t) / 1e6);
      return client;
    };

    // One function per tool and direction: copy `what` and leave it at the destination's `<what>`.
    const run: Record<ToolName, Record<Direction, (what: Case) => Promise<void>>> = {
      scp: {
        upload: (what) => exec('scp', [...cli.scp, '-r', path.join(layout.local, what), `${cli.target}:${layout.remoteDst}/`]),
        download: (what) => exec('scp', [...cli.scp, '-r', `${cli.target}:${layout.remoteSrc}/${what}`, `${layout.localDst}/`]),
      },
      // The legacy scp protocol: a remote `scp -f`/`-t` streaming over an exec channel.
      'scp -O': {
        upload: (what) => exec('scp', [...cli.scp, '-O', '-r', path.join(layout.local, what), `${cli.target}:${layout.remoteDst}/`]),
        download: (what) => exec('scp', [...cli.scp, '-O', '-r', `${cli.target}:${layout.remoteSrc}/${what}`, `${layout.localDst}/`]),
      },
      sftp: {
        upload: (what) => exec('sftp', [...cli.sftp, '-b', '-', cli.target], `put -r ${path.join(layout.local, what)} ${layout.remoteDst}/${what}\n`),
        download: (what) => exec('sftp', [...cli.sftp, '-b', '-', cli.target], `get -r ${layout.remoteSrc}/${what} ${layout.localDst}/${what}\n`),
      },
      'runner tar': runnerTool('tar'),
      'runner sftp': runnerTool('sftp'),
    };
    function runnerTool(mode: 'tar' | 'sftp'): Record<Direction, (what: Case) => Promise<void>> {
      return {
        upload: async (what) => {
          const client = await connect();
          try {
            const result = await uploadTree(client, path.join(layout.local, what), `${layout.remoteDst}/${what}`, { mode });
            if (result.mode !== mode) throw new Error(`bench: runner upload used ${result.mode}, not ${mode}`);
          } finally {
            client.end();
          }
        },
        download: async (what) => {
          const client = await connect();
          try {
            const result = await downloadPaths(client, layout.remoteSrc, [what], layout.localDst, { mode });
            if (result.mode !== mode) throw new Error(`bench: runner download used ${result.mode}, not ${mode}`);
            // The sha256 list the runner reports (a Tekton result) must match the sources too.
            const wrong = result.files.filter((f) => layout.hashes.get(f.path) !== f.sha256);
            if (wrong.length > 0 || result.files.length !== [...layout.hashes.keys()].filter((k) => k.startsWith(`${what}/`)).length) {
              throw new Error(`bench: runner ${mode} download reported wrong sha256 or file count (${wrong.length} wrong, ${result.files.length} files)`);
            }
          } finally {
            client.end();
          }
        },
      };
    }

    const times = new Map<string, number[]>();
    /** CPU seconds (user + system, all threads) of this process during each copy: the runner's own cost. */
    const cpu = new Map<string, number[]>();
    const key = (what: Case, direction: Direction, tool: ToolName): string => `${what}/${direction}/${tool}`;
    for (let i = 0; i < options.runs; i++) {
      for (const { what } of CASES) {
        for (const direction of ['download', 'upload'] as Direction[]) {
          // Rotate the order each round so no tool always runs right after the same one.
          const order = TOOLS.map((_, k) => TOOLS[(k + i) % TOOLS.length]);
          for (const tool of order) {
            const dst = direction === 'upload' ? layout.remoteDst : layout.localDst;
            fresh(dst);
            const cpuBefore = process.cpuUsage();
            const t = process.hrtime.bigint();
            await run[tool][direction](what);
            const seconds = Number(process.hrtime.bigint() - t) / 1e9;
            const used = process.cpuUsage(cpuBefore);
            cpu.set(key(what, direction, tool), [...(cpu.get(key(what, direction, tool)) ?? []), (used.user + used.system) / 1e6]);
            await assertSameTree(path.join(layout.local, what), path.join(dst, what), `${tool} ${direction} ${what}`);
            const k = key(what, direction, tool);
            times.set(k, [...(times.get(k) ?? []), seconds]);
          }
        }
      }
    }

    const rows: string[][] = [];
    const verdicts: string[] = [];
    const series = (what: Case, direction: Direction, tool: ToolName): number[] => times.get(key(what, direction, tool))!;
    const rounds = Array.from({ length: options.runs }, (_, i) => i);
    for (const { what, label } of CASES) {
      for (const direction of ['download', 'upload'] as Direction[]) {
        // Ratios are paired within a round (the tools ran seconds apart), then the median is taken,
        // so drifting load on the machine cancels out. The baseline is the faster scp of the round:
        // its default (SFTP) protocol or the legacy one.
        const t = (tool: ToolName, i: number): number => series(what, direction, tool)[i];
        const net = (tool: ToolName, i: number): number => t(tool, i) - series('tiny', direction, tool)[i];
        const scp = (i: number): number => Math.min(...SCPS.map((tool) => t(tool, i)));
        const scpNet = (i: number): number => Math.min(...SCPS.map((tool) => net(tool, i)));
        for (const tool of TOOLS) {
          const s = median(rounds.map((i) => t(tool, i)));
          const vs = median(rounds.map((i) => scp(i) / t(tool, i)));
          const cpuSeconds = tool.startsWith('runner') ? median(cpu.get(key(what, direction, tool))!).toFixed(2) : '';
          if (what === 'tiny') {
            rows.push([`${direction} ${label}`, tool, s.toFixed(2), '', vs.toFixed(2), '', '', cpuSeconds]);
            continue;
          }
          const bare = median(rounds.map((i) => net(tool, i)));
          const vsBare = median(rounds.map((i) => scpNet(i) / net(tool, i)));
          rows.push([`${direction} ${label}`, tool, s.toFixed(2), (TOTAL_BYTES / MB / s).toFixed(0), vs.toFixed(2), (TOTAL_BYTES / MB / bare).toFixed(0), vsBare.toFixed(2), cpuSeconds]);
          if (tool.startsWith('runner')) {
            // The goal is the issue's: the copy's wall time against scp, for the method ORKA_TRANSFER=auto
            // uses in that direction. The net ratio is a stricter reading of our own, reported beside it.
            const net = `${vsBare.toFixed(2)} x scp net of fixed cost`;
            if (tool === AUTO[direction]) {
              verdicts.push(`${direction} ${label}, ${tool} (what auto uses): ${vs.toFixed(2)} x scp (goal >= ${GOAL[direction]}): ${vs >= GOAL[direction] ? 'met' : 'NOT met'}; ${net}`);
            } else {
              verdicts.push(`${direction} ${label}, ${tool} (forced with ORKA_TRANSFER): ${vs.toFixed(2)} x scp; ${net}`);
            }
          }
        }
      }
    }
    const version = (await execOut('ssh', ['-V'])).trim();
    verdicts.push(`runner SSH connect (included in its figures, as scp's is in scp's): median ${median(connects).toFixed(0)} ms`);
    verdicts.push(`section run time: ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return {
      title: TITLE,
      about: [
        `The runner's own code (runner/orka/transfer.ts \`uploadTree\` / \`downloadPaths\`, connected with its \`SshConnector\`) forced to tar over an exec channel and to SFTP (its default, \`auto\`, uploads over SFTP and downloads with tar), against OpenSSH \`scp -r\` (its default SFTP protocol, and the legacy protocol with \`-O\`) and \`sftp -b\` (${version}) copying the same data to and from one OpenSSH sshd on 127.0.0.1.`,
        `Each time is the median of ${options.runs} rounds of the whole copy, connection included (a fresh process for scp/sftp, a fresh SSH connection for the runner); the tools take turns within each round, in a rotating order.`,
        `Data: 200 MB of random bytes as one file, and as ${SMALL_COUNT} files of 100 KB (MB = 10^6 bytes). Files live on ${base === '/dev/shm' ? 'tmpfs (/dev/shm), so the disk does not blur the SSH figures' : base}. Every copy is compared byte for byte with its source, and the sha256 list the runner reports for downloads is checked.`,
        'Runner CPU = CPU seconds (user + system, all threads) the runner\'s process used during the copy: well below the copy\'s time means the runner waits on the VM side (sshd, tar, sftp-server), not on its own work. On this 2-core machine the runner\'s CPU for the same 200 MB copy has measured anywhere from about 0.2 s to 0.55 s from one run to the next with identical code, which moves the 200 MB ratios by up to 0.4; the 2000-file ratios are steadier.',
        'Verdicts: the goal (download >= 0.8 x scp, upload >= 0.9 x scp) is judged on wall time for the method ORKA_TRANSFER=auto uses in that direction (tar down, SFTP up); the forced other method and the net ratios are reported beside it.',
        'vs scp = the median over rounds of (the faster of `scp` and `scp -O` in that round / the tool\'s time in that round); above 1 is faster than scp. Net = the time minus the same tool\'s time, in the same round, to copy one 1-byte file (its fixed cost: process start, SSH connection, set-up), so the connection speed of each client does not decide the comparison.',
      ].join(' '),
      headers: ['transfer', 'tool', 'median s', 'MB/s', 'vs scp', 'net MB/s', 'net vs scp', 'runner CPU s'],
      rows,
      verdicts,
    };
  } finally {
    await sshd.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

/** tmpfs when it has room for the data (about 1.3 GB at a time), else the OS temp directory. */
function scratchBase(): string {
  if (process.env.BENCH_TRANSFER_DIR) return process.env.BENCH_TRANSFER_DIR;
  try {
    if (existsSync('/dev/shm') && statfsSync('/dev/shm').bavail * statfsSync('/dev/shm').bsize > 2e9) return '/dev/shm';
  } catch {
    // no statfs: fall through
  }
  return os.tmpdir();
}

function makeData(root: string): Layout {
  const hashes = new Map<string, string>();
  const local = path.join(root, 'local');
  const remoteSrc = path.join(root, 'vm-src');
  const put = (relative: string, data: Buffer): void => {
    for (const dir of [local, remoteSrc]) {
      mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
      writeFileSync(path.join(dir, relative), data);
    }
    hashes.set(relative, createHash('sha256').update(data).digest('hex'));
  };
  // The big file is written in 1 MiB pieces: a 200 MB buffer would stay behind as garbage.
  const piece = Buffer.alloc(1 << 20);
  const hash = createHash('sha256');
  const fds = [local, remoteSrc].map((dir) => {
    mkdirSync(path.join(dir, 'big'), { recursive: true });
    return openSync(path.join(dir, 'big', 'big.bin'), 'w');
  });
  for (let done = 0; done < TOTAL_BYTES; done += piece.length) {
    const chunk = randomFillSync(piece).subarray(0, Math.min(piece.length, TOTAL_BYTES - done));
    for (const fd of fds) writeSync(fd, chunk);
    hash.update(chunk);
  }
  for (const fd of fds) closeSync(fd);
  hashes.set('big/big.bin', hash.digest('hex'));
  put('tiny/t.bin', Buffer.from('x'));
  const small = Buffer.alloc(SMALL_BYTES);
  for (let i = 0; i < SMALL_COUNT; i++) put(`many/f${String(i).padStart(4, '0')}.bin`, randomFillSync(small));
  return { local, remoteSrc, remoteDst: path.join(root, 'vm-dst'), localDst: path.join(root, 'local-dst'), hashes };
}

function opensshArgs(sshd: Sshd): { scp: string[]; sftp: string[]; target: string } {
  const common = ['-q', '-o', 'BatchMode=yes', '-o', 'StrictHostKeyChecking=no', '-o', 'UserKnownHostsFile=/dev/null', '-o', 'LogLevel=ERROR', '-i', sshd.clientKeyFile, '-P', String(sshd.port)];
  return { scp: common, sftp: common, target: `${sshd.user}@${sshd.host}` };
}

function fresh(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}

function exec(cmd: string, args: string[], stdin?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = execFile(cmd, args, { maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`bench: ${cmd} ${args.join(' ')} failed: ${err.message}\n${stderr}${stdout}`));
      else resolve();
    });
    child.stdin!.end(stdin ?? '');
  });
}

function execOut(cmd: string, args: string[]): Promise<string> {
  return new Promise((resolve) => execFile(cmd, args, (_err, stdout, stderr) => resolve(`${stdout}${stderr}`)));
}

/** Fails unless `copy` holds exactly the files of `source`, byte for byte. */
async function assertSameTree(source: string, copy: string, what: string): Promise<void> {
  const [a, b] = await Promise.all([listFiles(source), listFiles(copy)]);
  if (a.join('\n') !== b.join('\n')) throw new Error(`bench: ${what}: the copy has ${b.length} files, the source ${a.length} (or different names)`);
  for (const name of a) {
    if (!(await sameBytes(path.join(source, name), path.join(copy, name)))) throw new Error(`bench: ${what}: ${name} differs from its source`);
  }
}

// Two reusable 1 MiB buffers: reading whole 200 MB files here would leave garbage that the
// runner (in this process), unlike scp and sftp, would then pay for in its timed copies.
const COMPARE_CHUNK = 1 << 20;
const bufA = Buffer.alloc(COMPARE_CHUNK);
const bufB = Buffer.alloc(COMPARE_CHUNK);

async function sameBytes(a: string, b: string): Promise<boolean> {
  const [fa, fb] = await Promise.all([fsp.open(a, 'r'), fsp.open(b, 'r')]);
  try {
    for (;;) {
      const [ra, rb] = await Promise.all([fa.read(bufA, 0, COMPARE_CHUNK, null), fb.read(bufB, 0, COMPARE_CHUNK, null)]);
      if (ra.bytesRead !== rb.bytesRead) return false;
      if (ra.bytesRead === 0) return true;
      if (!bufA.subarray(0, ra.bytesRead).equals(bufB.subarray(0, rb.bytesRead))) return false;
    }
  } finally {
    await Promise.all([fa.close(), fb.close()]);
  }
}

async function listFiles(root: string, relative = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of (await fsp.readdir(path.join(root, relative), { withFileTypes: true })).sort((x, y) => (x.name < y.name ? -1 : 1))) {
    const name = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(root, name)));
    else out.push(name);
  }
  return out;
}

export function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}
