import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { Client } from 'ssh2';
import { Config, Env, loadConfig } from './config';
import { BUILD_TIMEOUT_EXIT_CODE, ENV, EXIT, REMOTE_LAYOUT, RESULT_FILES } from './contract';
import { abortReason, CancelledError, errorMessage, RunnerError, sleep } from './errors';
import { HostKeyPolicy } from './host-keys';
import { NetworkError, OrkaHttp } from './http';
import { LineSplitter, Log, seconds } from './log';
import { OrkaBackend, Vm } from './orka';
import { OrkaV2 } from './orka-v2';
import { OrkaV3 } from './orka-v3';
import { backoffDelay } from './retry';
import {
  channelDone, closedReason, ConnectionLostError, ExecResult, isConnected, openExec, shCommand, SshConnector,
} from './ssh';
import { DownloadedFile, downloadPaths, LocalWriteError, UnsafeArtifactError, uploadFile, uploadTree } from './transfer';

/** Reconnects for the copy steps get at most this long, even when ORKA_SSH_TIMEOUT is larger. */
const RECONNECT_TIMEOUT_MS = 60_000;
/** Tekton's default limit for all results of one TaskRun together. */
const TEKTON_RESULTS_LIMIT = 4096;

interface Outcome {
  vmName?: string;
  buildExitCode?: number;
  artifacts?: readonly DownloadedFile[];
}

/**
 * The whole run: configuration, VM, build, copy back, results, and a cleanup that always happens.
 * `signal` aborts when SIGTERM/SIGINT arrives; its reason carries the exit code to end with.
 */
export async function runBuild(env: Env, log: Log, signal: AbortSignal): Promise<number> {
  let config: Config;
  try {
    config = loadConfig(env, log);
  } catch (err) {
    return report(err, log, signal);
  }
  const http = new OrkaHttp(config.url, config.retry, config.timeouts.httpMs, log);
  const orka: OrkaBackend = config.apiVersion === '3' ? new OrkaV3(config, http, log) : new OrkaV2(config, http, log);
  const outcome: Outcome = {};
  let exitCode: number;
  try {
    // A cancelled run goes on to the cleanup even if the build is stuck on something the signal
    // cannot reach (the last-resort handler aborts with exit 3 after an uncaught error).
    const building = buildOnVm(config, orka, log, signal, outcome);
    building.catch(() => undefined);
    exitCode = await Promise.race([building, whenAborted(signal)]);
  } catch (err) {
    exitCode = report(err, log, signal);
  }
  outcome.vmName = orka.vmName;

  // Cleanup gets its own budget: the run's signal may already be aborted, and Tekton's grace
  // period after SIGTERM (30 s by default) is all the time there is.
  const cleanup = AbortSignal.timeout(config.timeouts.cleanupMs);
  try {
    await orka.cleanup(cleanup, Date.now() + config.timeouts.cleanupMs);
  } catch (err) {
    const code = report(err instanceof RunnerError ? err : new RunnerError('delete', `${errorMessage(err)}; delete the VM ${orka.vmName ?? ''} by hand`), log, undefined);
    if (exitCode === EXIT.ok || exitCode === EXIT.buildFailed) exitCode = code;
  }
  await orka.logout(cleanup).catch((err) => log.info(`revoke: ${errorMessage(err)}`));
  const written = await writeResults(config, outcome, log);
  // Tekton would read missing or empty results as if they were true: that is a failed run.
  if (!written && (exitCode === EXIT.ok || exitCode === EXIT.buildFailed)) exitCode = EXIT.infrastructure;
  return exitCode;
}

function whenAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_resolve, reject) => {
    if (signal.aborted) reject(abortReason(signal));
    else signal.addEventListener('abort', () => reject(abortReason(signal)), { once: true });
  });
}

async function buildOnVm(config: Config, orka: OrkaBackend, log: Log, signal: AbortSignal, outcome: Outcome): Promise<number> {
  await orka.login(signal);
  const vm = await orka.deploy(signal, Date.now() + config.timeouts.deployMs);
  outcome.vmName = vm.name;

  const session = await SshSession.open(config, vm, log, signal);
  try {
    const remoteWorkspace = path.posix.join(config.remoteDir, REMOTE_LAYOUT.workspace);
    const remoteScript = path.posix.join(config.remoteDir, REMOTE_LAYOUT.buildScript);
    const transfer = { mode: config.transfer, signal };

    let started = Date.now();
    const uploaded = await session.idempotent('upload', async (client) => {
      const result = await uploadTree(client, config.workspace, remoteWorkspace, transfer);
      await uploadFile(client, config.buildScript, remoteScript, 0o755, { ...transfer, mode: result.mode });
      return result;
    });
    log.step('upload', `${uploaded.files} files, ${megabytes(uploaded.bytes)} via ${uploaded.mode} to ${remoteWorkspace}`, started);

    started = Date.now();
    const code = await runScript(session.client, config, remoteWorkspace, log, signal);
    outcome.buildExitCode = code;
    log.step('build', code === 0 ? 'succeeded' : `failed with exit code ${code}`, started);

    started = Date.now();
    const downloaded = await session.idempotent('download', (client) => downloadPaths(client, remoteWorkspace, config.artifacts, config.outputDir, transfer));
    outcome.artifacts = downloaded.files;
    log.step('download', `${downloaded.files.length} files, ${megabytes(downloaded.files.reduce((n, f) => n + f.size, 0))} via ${downloaded.mode} into ${config.outputDir}`, started);

    if (downloaded.missing.length > 0) {
      const list = downloaded.missing.map((m) => `"${m}"`).join(', ');
      if (code === 0) {
        throw new RunnerError('download', `no file matches ${list} in ${remoteWorkspace}; the build script exited 0 without producing it: fix the script or ${ENV.artifacts}`, EXIT.buildFailed);
      }
      log.info(`download: no file matches ${list} (the build failed before producing it)`);
    }
    if (code !== 0) log.info(`build: the build script exited with code ${code}; see its output above`);
    return code === 0 ? EXIT.ok : EXIT.buildFailed;
  } finally {
    session.close();
  }
}

/** The build's SSH connection, replaced when it breaks during a step that is safe to repeat. */
class SshSession {
  private constructor(
    private current: Client,
    private readonly connector: SshConnector,
    private readonly config: Config,
    private readonly log: Log,
    private readonly signal: AbortSignal,
  ) {}

  static async open(config: Config, vm: Vm, log: Log, signal: AbortSignal): Promise<SshSession> {
    const started = Date.now();
    const hostKeys = new HostKeyPolicy(config.ssh.knownHosts?.text, config.ssh.knownHosts?.file, config.ssh.fingerprints);
    const connector = new SshConnector({ host: vm.host, port: vm.port }, config.ssh, hostKeys);
    const client = await connector.connect('ssh-ready', config.timeouts.sshMs, signal);
    log.step('ssh-ready', `${vm.host}:${vm.port}`, started);
    if (!hostKeys.verifies) {
      log.warn('ssh-ready', `the VM's host key ${hostKeys.pinnedFingerprint} was accepted without verification (only pinned for this run), so a machine posing as the VM would get the SSH credentials; if that is the image's key, pin it: ${ENV.sshHostFingerprint}=${hostKeys.pinnedFingerprint} (OrkaMacBuild ssh.hostKeyFingerprints) or ${ENV.sshKnownHostsFile}`);
    }
    return new SshSession(client, connector, config, log, signal);
  }

  get client(): Client {
    return this.current;
  }

  /** Runs a step that may simply be repeated (copies overwrite), reconnecting if the connection was lost. */
  async idempotent<T>(step: string, work: (client: Client) => Promise<T>): Promise<T> {
    const attempts = this.config.retry.attempts;
    for (let attempt = 1; ; attempt++) {
      try {
        return await work(this.current);
      } catch (err) {
        if (this.signal.aborted) throw abortReason(this.signal);
        if (err instanceof UnsafeArtifactError) throw new RunnerError(step, err.message, EXIT.buildFailed);
        if (err instanceof LocalWriteError) throw new RunnerError(step, err.message);
        const lost = err instanceof ConnectionLostError || !isConnected(this.current);
        if (!lost) throw new RunnerError(step, `${errorMessage(err)}`);
        const reason = closedReason(this.current) ?? errorMessage(err);
        if (attempt >= attempts) {
          throw new RunnerError(step, `the SSH connection to the VM kept breaking (${reason}) after ${attempts} attempts; check the network path to the Orka node`);
        }
        this.log.info(`${step}: the SSH connection was lost (${reason}); reconnecting, attempt ${attempt + 1}/${attempts}`);
        this.current.end();
        await sleep(backoffDelay(attempt, this.config.retry), this.signal);
        this.current = await this.connector.connect(step, Math.min(this.config.timeouts.sshMs, RECONNECT_TIMEOUT_MS), this.signal);
      }
    }
  }

  close(): void {
    this.current.end();
  }
}

/** Runs the uploaded script in the uploaded workspace, streaming its output line by line. Resolves with its exit code. */
async function runScript(client: Client, config: Config, remoteWorkspace: string, log: Log, signal: AbortSignal): Promise<number> {
  const script = `../${REMOTE_LAYOUT.buildScript}`;
  const hasShebang = (await readStart(config.buildScript, 2)) === '#!';
  // Without a #! line the script runs like a Tekton step script: /bin/sh, stopping at the first failing command.
  const command = hasShebang ? `cd "$1" && exec ${script}` : `cd "$1" && exec /bin/sh -e ${script}`;
  const channel = await openExec(client, shCommand(command, [remoteWorkspace]));
  const cutAt = (text: string, limit: number): number => log.safeCut(text, limit);
  const stdout = new LineSplitter((line) => log.buildLine('stdout', line), cutAt);
  const stderr = new LineSplitter((line) => log.buildLine('stderr', line), cutAt);
  channel.on('data', (chunk: Buffer) => stdout.push(chunk));
  channel.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));

  let timedOut = false;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<ExecResult>((resolve) => {
    if (config.timeouts.buildMs === undefined) return;
    timer = setTimeout(() => {
      timedOut = true;
      // Many sshd builds ignore signal requests and keep the channel open while the script runs, so
      // the runner stops waiting here; deleting the VM is what finally ends the script.
      channel.signal('KILL');
      channel.close();
      resolve({ code: null });
    }, config.timeouts.buildMs);
  });
  const onAbort = (): void => { channel.close(); };
  signal.addEventListener('abort', onAbort, { once: true });
  let result: ExecResult;
  try {
    result = await Promise.race([channelDone(channel), timeout]);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
    stdout.end();
    stderr.end();
  }
  if (signal.aborted) throw abortReason(signal);
  if (timedOut) {
    log.info(`build: stopped after ${seconds(config.timeouts.buildMs!)} (${ENV.buildTimeout}); reporting exit code ${BUILD_TIMEOUT_EXIT_CODE}`);
    return BUILD_TIMEOUT_EXIT_CODE;
  }
  if (result.code !== null) return result.code;
  if (result.signal !== undefined) {
    log.info(`build: the build script was killed by SIG${result.signal}`);
    return 128 + (SIGNAL_NUMBERS[result.signal] ?? 0);
  }
  throw new RunnerError('build', `the SSH connection to the VM was lost during the build (${closedReason(client) ?? 'no exit status'}); a build cannot be resumed: rerun it`);
}

const SIGNAL_NUMBERS: Record<string, number> = { HUP: 1, INT: 2, QUIT: 3, ABRT: 6, KILL: 9, SEGV: 11, PIPE: 13, ALRM: 14, TERM: 15 };

async function readStart(file: string, length: number): Promise<string> {
  const handle = await fsp.open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(length), 0, length, 0);
    return buffer.toString('utf8', 0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Writes the Tekton results; false when they could not all be written. Each file is written aside
 * and renamed into place, so a full disk leaves no result rather than a truncated one.
 */
async function writeResults(config: Config, outcome: Outcome, log: Log): Promise<boolean> {
  if (config.resultsDir === undefined) return true;
  const files: [string, string][] = [];
  if (outcome.vmName !== undefined) files.push([RESULT_FILES.vmName, outcome.vmName]);
  if (outcome.buildExitCode !== undefined) files.push([RESULT_FILES.buildExitCode, String(outcome.buildExitCode)]);
  if (outcome.artifacts !== undefined) files.push([RESULT_FILES.artifacts, outcome.artifacts.map(checksumLine).join('')]);
  const dir = config.resultsDir;
  try {
    await fsp.mkdir(dir, { recursive: true });
    await Promise.all(files.map(async ([name, text]) => {
      const aside = path.join(dir, `.${name}.orka-runner`);
      try {
        await fsp.writeFile(aside, text);
        await fsp.rename(aside, path.join(dir, name));
      } catch (err) {
        await fsp.rm(aside, { force: true }).catch(() => undefined);
        throw err;
      }
    }));
  } catch (err) {
    log.info(`results: could not write into ${dir} (${errorMessage(err)}); the results would be missing or wrong, so the run fails: check ${ENV.resultsDir} and the space left there`);
    return false;
  }
  const total = files.reduce((n, [, text]) => n + Buffer.byteLength(text), 0);
  if (total > TEKTON_RESULTS_LIMIT * 0.9) {
    log.info(`results: ${total} bytes written; Tekton's default limit for all results of a TaskRun is ${TEKTON_RESULTS_LIMIT} bytes: list fewer files in ${ENV.artifacts} (archive a directory first) or enable larger results`);
  }
  return true;
}

/**
 * `<sha256>  <path>` as sha256sum prints it: a path holding a backslash, newline or carriage return
 * has them escaped (`\\`, `\n`, `\r`) and the line starts with a backslash, so no file name can
 * add a line of its own.
 */
export function checksumLine(file: DownloadedFile): string {
  if (!/[\\\n\r]/.test(file.path)) return `${file.sha256}  ${file.path}\n`;
  const escaped = file.path.replace(/[\\\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\n' ? '\\n' : '\\r'));
  return `\\${file.sha256}  ${escaped}\n`;
}

/** Logs the one line for a failure and returns the exit code for it. */
function report(err: unknown, log: Log, signal: AbortSignal | undefined): number {
  if (signal?.aborted) {
    const reason = signal.reason;
    return reason instanceof CancelledError ? reason.exitCode : EXIT.infrastructure;
  }
  if (err instanceof RunnerError) {
    log.info(`${err.step}: ${err.message}`);
    return err.exitCode;
  }
  if (err instanceof NetworkError) {
    log.info(`${err.step ?? 'orka'}: ${err.message}; check that ${ENV.url} is right and reachable from this pod`);
    return EXIT.infrastructure;
  }
  log.info(`internal error: ${err instanceof Error && err.stack ? err.stack : String(err)}`);
  return EXIT.infrastructure;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

