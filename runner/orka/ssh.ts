import * as net from 'node:net';
import { AuthenticationType, Client, ClientChannel } from 'ssh2';
import { ENV, EXIT, ExitCode } from './contract';
import { abortReason, errorCode, RunnerError, sleep } from './errors';
import { HostKeyPolicy, HostKeyVerdict } from './host-keys';
import { seconds } from './log';

export interface SshTarget {
  readonly host: string;
  readonly port: number;
}

export interface SshAuth {
  readonly user: string;
  readonly privateKey?: string;
  readonly password?: string;
}

/**
 * TCP probes start this often while the port refuses, so a VM's sshd is noticed within about
 * 100 ms of listening, instead of the 1–10 s sleeps other integrations use.
 */
const PROBE_INTERVAL_MS = 100;
/** A probe to a VM whose network is not up yet may hang instead of being refused; probes overlap so that never delays the next one. */
const PROBE_TIMEOUT_MS = 3000;
const MAX_PROBES_IN_FLIGHT = 8;
const HANDSHAKE_TIMEOUT_MS = 20_000;
/** Detects a dead connection during a long silent build: 4 missed keepalives 15 s apart. */
const KEEPALIVE_INTERVAL_MS = 15_000;
const KEEPALIVE_COUNT_MAX = 4;

/** Why a connection ended, kept for messages; set once the client has closed. */
const closedReasons = new WeakMap<Client, string>();

export function isConnected(client: Client): boolean {
  return !closedReasons.has(client);
}

export function closedReason(client: Client): string | undefined {
  return closedReasons.get(client);
}

/** A handshake that failed in a way waiting will not fix. */
class FatalHandshakeError extends Error {
  constructor(message: string, readonly exitCode: ExitCode) {
    super(message);
  }
}

/** Opens SSH connections to one VM, with the same credentials and host-key pin each time. */
export class SshConnector {
  constructor(
    readonly target: SshTarget,
    private readonly auth: SshAuth,
    private readonly hostKeys: HostKeyPolicy,
  ) {}

  /**
   * Connects as soon as the VM's sshd accepts, retrying refusals, timeouts and handshakes that
   * break off (macOS may accept TCP before sshd is ready) until `timeoutMs` is spent. Rejected
   * credentials or host keys fail at once.
   */
  async connect(step: string, timeoutMs: number, signal: AbortSignal): Promise<Client> {
    const deadline = Date.now() + timeoutMs;
    const where = `${this.target.host}:${this.target.port}`;
    let lastError = 'no attempt finished';
    for (;;) {
      let socket: net.Socket;
      try {
        socket = await firstConnection(this.target, deadline, signal, (reason) => { lastError = reason; });
      } catch (err) {
        if (signal.aborted) throw abortReason(signal);
        throw new RunnerError(step, `${where} did not accept SSH within ${seconds(timeoutMs)} (last: ${lastError}); check that Remote Login is on in the image and this pod can reach the node, or raise ${ENV.sshTimeout}`);
      }
      try {
        return await this.handshake(socket, Math.min(HANDSHAKE_TIMEOUT_MS, Math.max(1000, deadline - Date.now())), signal);
      } catch (err) {
        if (signal.aborted) throw abortReason(signal);
        if (err instanceof FatalHandshakeError) throw new RunnerError(step, err.message, err.exitCode);
        lastError = (err as Error).message;
        if (Date.now() + PROBE_INTERVAL_MS >= deadline) {
          throw new RunnerError(step, `${where} did not complete an SSH handshake within ${seconds(timeoutMs)} (last: ${lastError}); check sshd on the VM, or raise ${ENV.sshTimeout}`);
        }
        await sleep(PROBE_INTERVAL_MS, signal);
      }
    }
  }

  private handshake(socket: net.Socket, timeoutMs: number, signal: AbortSignal): Promise<Client> {
    const { host, port } = this.target;
    const { user, privateKey, password } = this.auth;
    return new Promise((resolve, reject) => {
      const client = new Client();
      let verdict: HostKeyVerdict | undefined;
      let ready = false;
      const onAbort = (): void => {
        client.end();
        socket.destroy();
      };
      signal.addEventListener('abort', onAbort, { once: true });
      client.on('error', (err: Error & { level?: string }) => {
        if (ready) {
          closedReasons.set(client, describeSshError(err));
          return;
        }
        socket.destroy();
        if (verdict !== undefined && !verdict.ok) {
          reject(new FatalHandshakeError(`host key rejected: ${verdict.reason}`, verdict.exitCode));
        } else if (err.level === 'client-authentication') {
          reject(new FatalHandshakeError(
            `the VM rejected user "${user}" with the ${[privateKey !== undefined ? `key from ${ENV.sshKeyFile}` : '', password !== undefined ? `password from ${ENV.sshPasswordFile}` : ''].filter(Boolean).join(' and ')}; check ${ENV.sshUser} and the secret`,
            EXIT.usage));
        } else {
          reject(new Error(describeSshError(err)));
        }
      });
      client.on('close', () => {
        signal.removeEventListener('abort', onAbort);
        if (!closedReasons.has(client)) closedReasons.set(client, 'the connection closed');
        if (!ready) reject(new Error('the connection closed during the SSH handshake'));
      });
      client.on('ready', () => {
        ready = true;
        resolve(client);
      });
      if (password !== undefined) {
        client.on('keyboard-interactive', (_name, _instructions, _lang, prompts, finish) => finish(prompts.map(() => password)));
      }
      client.connect({
        sock: socket,
        username: user,
        privateKey,
        password,
        tryKeyboard: password !== undefined,
        authHandler: [
          ...(privateKey !== undefined ? ['publickey'] : []),
          ...(password !== undefined ? ['password', 'keyboard-interactive'] : []),
        ] as AuthenticationType[],
        readyTimeout: timeoutMs,
        keepaliveInterval: KEEPALIVE_INTERVAL_MS,
        keepaliveCountMax: KEEPALIVE_COUNT_MAX,
        hostVerifier: (key: Buffer) => {
          verdict = this.hostKeys.verify(host, port, key);
          return verdict.ok;
        },
      });
    });
  }
}

/** Resolves with the first TCP connection that succeeds; a new probe starts every PROBE_INTERVAL_MS. */
function firstConnection(target: SshTarget, deadline: number, signal: AbortSignal, onFailure: (reason: string) => void): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const inFlight = new Set<net.Socket>();
    let done = false;
    let timer: NodeJS.Timeout | undefined;
    const finish = (socket: net.Socket | undefined, err?: Error): void => {
      done = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      for (const s of inFlight) if (s !== socket) s.destroy();
      inFlight.clear();
      if (socket !== undefined) resolve(socket);
      else reject(err);
    };
    const onAbort = (): void => finish(undefined, abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });

    const probe = (): void => {
      if (done) return;
      if (Date.now() >= deadline) {
        finish(undefined, new Error('timed out'));
        return;
      }
      if (inFlight.size < MAX_PROBES_IN_FLIGHT) {
        const socket = net.connect({ host: target.host, port: target.port });
        // Small SSH messages (SFTP requests, window adjusts) must not wait for Nagle's algorithm.
        socket.setNoDelay(true);
        inFlight.add(socket);
        socket.setTimeout(PROBE_TIMEOUT_MS, () => {
          onFailure(`no answer within ${seconds(PROBE_TIMEOUT_MS)}`);
          inFlight.delete(socket);
          socket.destroy();
        });
        socket.once('connect', () => {
          socket.setTimeout(0);
          inFlight.delete(socket);
          if (done) socket.destroy();
          else finish(socket);
        });
        socket.once('error', (err) => {
          inFlight.delete(socket);
          onFailure(describeSshError(err));
        });
      }
      timer = setTimeout(probe, PROBE_INTERVAL_MS);
    };
    probe();
  });
}

function describeSshError(err: Error & { level?: string }): string {
  const code = errorCode(err);
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET') return 'connection reset';
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return 'host unreachable';
  if (err.level === 'client-timeout') return 'SSH handshake timed out';
  return err.message;
}

/** Quotes a value for a POSIX shell (and zsh, the macOS login shell). */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * Runs `script` with /bin/sh on the VM, whatever the user's login shell is (zsh on macOS would
 * otherwise fail unmatched globs), passing `args` as $1, $2...
 */
export function shCommand(script: string, args: readonly string[] = []): string {
  return ['/bin/sh', '-c', shellQuote(script), 'orka-runner', ...args.map(shellQuote)].join(' ');
}

/** An exec channel ended without an exit status: the connection (or the channel) went away under it. */
export class ConnectionLostError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConnectionLostError';
  }
}

export function openExec(client: Client, command: string): Promise<ClientChannel> {
  return new Promise((resolve, reject) => {
    client.exec(command, (err, channel) => {
      if (err) {
        reject(isConnected(client) ? err : new ConnectionLostError(`the connection closed (${closedReason(client)})`));
        return;
      }
      // Writes after the remote side closed surface here; the outcome is read from the exit status instead.
      channel.on('error', () => undefined);
      // ssh2 emits the exit status as it parses it, and a fast command's whole answer (success, output,
      // exit, close) can arrive in one read, before the caller's await resumes: record it now.
      channel.on('exit', (code: number | null, signalName?: string) => {
        exitStatuses.set(channel, { code: typeof code === 'number' ? code : null, signal: signalName });
      });
      resolve(channel);
    });
  });
}

export interface ExecResult {
  /** The remote exit status; null when the channel closed without one (connection lost, or killed by a signal). */
  readonly code: number | null;
  readonly signal?: string;
}

/** Exit statuses of channels opened by openExec, recorded as soon as ssh2 reports them. */
const exitStatuses = new WeakMap<ClientChannel, ExecResult>();

/** Resolves when the channel closes, with the exit status the server reported. */
export function channelDone(channel: ClientChannel): Promise<ExecResult> {
  return new Promise((resolve) => {
    let result: ExecResult = { code: null };
    channel.on('exit', (code: number | null, signalName?: string) => {
      result = { code: typeof code === 'number' ? code : null, signal: signalName };
    });
    channel.on('close', () => resolve(exitStatuses.get(channel) ?? result));
  });
}
