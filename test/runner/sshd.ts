// A real OpenSSH sshd on 127.0.0.1 for the runner's tests, running as the current user with a
// throwaway host key and client key. Without /usr/sbin/sshd it falls back to ssh2's own Server
// (see ssh2-server.ts), and says so.
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fingerprint } from '../../runner/orka/host-keys';
import { startSsh2Server } from './ssh2-server';

export const SSHD_PATH = '/usr/sbin/sshd';

export interface SshdOptions {
  /** Start listening only after this many ms (the port is reserved now), to exercise the runner's SSH wait. */
  readonly startDelayMs?: number;
  /** Use ssh2's Server even when OpenSSH is installed. Also forced by ORKA_TEST_SSHD=ssh2. */
  readonly fallback?: boolean;
  /** Also accept this password (ssh2 fallback only: the OpenSSH one runs as the current user, whose password tests cannot know). */
  readonly password?: string;
  /** PATH for commands (ssh2 fallback only). */
  readonly commandPath?: string;
  /** Offer the sftp subsystem (default true); false plays a VM whose sshd has none, to exercise the tar fallback of uploads. */
  readonly sftp?: boolean;
  /** Hostile SFTP listings (ssh2 fallback only): names added to a directory's READDIR answer. */
  readonly readdirExtra?: (dir: string) => readonly string[];
}

export interface Sshd {
  readonly kind: 'openssh' | 'ssh2';
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly dir: string;
  readonly clientKeyFile: string;
  readonly clientKey: string;
  readonly hostKeyFingerprint: string;
  /** A known_hosts line for this server's host key. */
  readonly knownHostsLine: string;
  /** Resolves once the server accepts connections, with the time (Date.now()) that was seen. */
  readonly listening: Promise<number>;
  stop(): Promise<void>;
}

export function opensshAvailable(): boolean {
  return existsSync(SSHD_PATH) && process.env.ORKA_TEST_SSHD !== 'ssh2';
}

export async function startSshd(options: SshdOptions = {}): Promise<Sshd> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'orka-sshd-'));
  const hostKeyFile = path.join(dir, 'host_ed25519');
  const clientKeyFile = path.join(dir, 'client_ed25519');
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', hostKeyFile]);
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', clientKeyFile]);
  const clientPublic = readFileSync(`${clientKeyFile}.pub`, 'utf8');
  writeFileSync(path.join(dir, 'authorized_keys'), clientPublic);
  const hostPublic = readFileSync(`${hostKeyFile}.pub`, 'utf8').trim().split(/\s+/);
  const port = await freePort();
  const base = {
    host: '127.0.0.1',
    port,
    user: os.userInfo().username,
    dir,
    clientKeyFile,
    clientKey: readFileSync(clientKeyFile, 'utf8'),
    hostKeyFingerprint: fingerprint(Buffer.from(hostPublic[1], 'base64')),
    knownHostsLine: `[127.0.0.1]:${port} ${hostPublic[0]} ${hostPublic[1]}`,
  };

  const useOpenssh = !options.fallback && opensshAvailable();
  if (!useOpenssh) {
    process.stdout.write(`sshd.ts: ${existsSync(SSHD_PATH) ? 'ORKA_TEST_SSHD=ssh2 or fallback requested' : `${SSHD_PATH} not found`}; using ssh2's Server as the test SSH server\n`);
  }
  let stopped = false;
  let stopServer: () => Promise<void> = async () => undefined;
  const listening = new Promise<number>((resolve, reject) => {
    setTimeout(() => {
      if (stopped) return;
      const started = useOpenssh
        ? startOpenssh(dir, port, hostKeyFile, options.sftp ?? true)
        : startSsh2Server({ port, hostKey: readFileSync(hostKeyFile, 'utf8'), clientPublicKey: clientPublic, password: options.password, commandPath: options.commandPath, sftp: options.sftp ?? true, readdirExtra: options.readdirExtra });
      started.then(({ listeningAt, stop }) => {
        stopServer = stop;
        resolve(listeningAt);
      }, reject);
    }, options.startDelayMs ?? 0);
  });
  if (!options.startDelayMs) await listening;
  return {
    ...base,
    kind: useOpenssh ? 'openssh' : 'ssh2',
    listening,
    async stop() {
      stopped = true;
      await stopServer();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function startOpenssh(dir: string, port: number, hostKeyFile: string, sftp: boolean): Promise<{ listeningAt: number; stop: () => Promise<void> }> {
  // sshd insists on its privilege-separation directory even when not running as root.
  if (process.getuid?.() === 0) mkdirSync('/run/sshd', { recursive: true });
  const sftpServer = ['/usr/lib/openssh/sftp-server', '/usr/libexec/sftp-server', '/usr/libexec/openssh/sftp-server'].find((p) => existsSync(p));
  const configFile = path.join(dir, 'sshd_config');
  writeFileSync(configFile, [
    `Port ${port}`,
    'ListenAddress 127.0.0.1',
    `HostKey ${hostKeyFile}`,
    `PidFile ${path.join(dir, 'sshd.pid')}`,
    `AuthorizedKeysFile ${path.join(dir, 'authorized_keys')}`,
    'PermitRootLogin yes',
    'UsePAM no',
    'StrictModes no',
    'PasswordAuthentication no',
    'KbdInteractiveAuthentication no',
    // The runner's probes and the randomized suite open many connections at once.
    'MaxStartups 500',
    'MaxSessions 100',
    // Without a Subsystem line sshd refuses the sftp subsystem request, as a VM without SFTP would.
    ...(sftp ? [`Subsystem sftp ${sftpServer ?? 'internal-sftp'}`] : []),
    '',
  ].join('\n'));
  const child: ChildProcess = spawn(SSHD_PATH, ['-D', '-e', '-f', configFile], { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes('Server listening on')) {
        const listeningAt = Date.now();
        child.stderr!.off('data', onData);
        // Keep draining, or a chatty sshd would block on a full pipe.
        child.stderr!.resume();
        resolve({ listeningAt, stop: () => stopChild(child) });
      }
    };
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`sshd exited with ${code}: ${output}`)));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** A port that was free a moment ago (bound and released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
