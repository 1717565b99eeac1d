// Shared setup for the runner's end-to-end tests: secrets, a fake Orka, temp directories standing
// in for the Tekton workspace and the VM, and two ways to run the runner (a real child process,
// or main() in-process for the randomized suite).
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../runner/orka/main';
import { FakeOrka, FakeOrkaOptions } from './fake-orka';
import { Sshd } from './sshd';

export const REPO = path.resolve(__dirname, '..', '..');
export const BIN = path.join(REPO, 'bin', 'cdk8s-tekton.js');

export interface Secrets {
  readonly token: string;
  readonly email: string;
  readonly password: string;
  readonly licenseKey: string;
}

export function newSecrets(): Secrets {
  return {
    token: `orka3-sa-${randomBytes(24).toString('base64url')}`,
    email: `ci-${randomBytes(4).toString('hex')}@example.com`,
    password: `pw-${randomBytes(12).toString('base64url')}`,
    licenseKey: `lic-${randomBytes(16).toString('hex')}`,
  };
}

export async function startFake(version: '2' | '3', sshd: { host: string; port: number }, secrets: Secrets, options: Partial<FakeOrkaOptions> = {}): Promise<FakeOrka> {
  return new FakeOrka({
    version,
    ssh: { host: sshd.host, port: sshd.port },
    tokens: [secrets.token],
    users: [{ email: secrets.email, password: secrets.password }],
    ...options,
  }).start();
}

export interface RunSetup {
  readonly env: Record<string, string>;
  readonly root: string;
  readonly workspace: string;
  readonly outputDir: string;
  readonly resultsDir: string;
  /** The VM side: ORKA_REMOTE_DIR. */
  readonly remoteDir: string;
}

export interface RunSetupOptions {
  readonly version: '2' | '3';
  readonly sshd: Sshd;
  readonly fake: FakeOrka;
  readonly secrets: Secrets;
  /** The build script's text. */
  readonly script: string;
  readonly files?: Readonly<Record<string, string | Buffer>>;
  readonly artifacts?: string;
  /** v2: log in with the credentials dir (default) or use a pre-made token file. */
  readonly v2Auth?: 'credentials' | 'token';
  readonly env?: Readonly<Record<string, string>>;
}

/** Temp directories and the environment for one run. Test-friendly timeouts and retry delays. */
export function setupRun(options: RunSetupOptions): RunSetup {
  const root = mkdtempSync(path.join(os.tmpdir(), 'orka-run-'));
  const dir = (name: string): string => {
    const full = path.join(root, name);
    mkdirSync(full, { recursive: true });
    return full;
  };
  const workspace = dir('workspace');
  const outputDir = dir('output');
  const resultsDir = dir('results');
  const remoteDir = path.join(root, 'vm', 'orka-build');
  const secretsDir = dir('secrets');
  for (const [name, content] of Object.entries(options.files ?? { 'README.md': '# app\n' })) {
    mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true });
    writeFileSync(path.join(workspace, name), content);
  }
  const buildScript = path.join(root, 'build.sh');
  writeFileSync(buildScript, options.script, { mode: 0o755 });
  const tokenFile = path.join(secretsDir, 'token');
  writeFileSync(tokenFile, `${options.secrets.token}\n`);
  const credentialsDir = dir('secrets/orka-creds');
  writeFileSync(path.join(credentialsDir, 'email'), options.secrets.email);
  writeFileSync(path.join(credentialsDir, 'password'), options.secrets.password);
  writeFileSync(path.join(credentialsDir, 'licenseKey'), options.secrets.licenseKey);

  const auth: Record<string, string> = options.version === '3' || options.v2Auth === 'token' ? { ORKA_TOKEN_FILE: tokenFile } : { ORKA_CREDENTIALS_DIR: credentialsDir };
  const env: Record<string, string> = {
    ORKA_API_VERSION: options.version,
    ORKA_URL: options.fake.url,
    ...auth,
    ORKA_VM_IMAGE: options.version === '3' ? 'sonoma-90gb-orka3-arm' : '90GBigSurSSH.img',
    ORKA_SSH_USER: options.sshd.user,
    ORKA_SSH_KEY_FILE: options.sshd.clientKeyFile,
    ORKA_WORKSPACE: workspace,
    ORKA_BUILD_SCRIPT: buildScript,
    ORKA_OUTPUT_DIR: outputDir,
    ORKA_RESULTS_DIR: resultsDir,
    ORKA_REMOTE_DIR: remoteDir,
    ORKA_DEPLOY_TIMEOUT: '20',
    ORKA_SSH_TIMEOUT: '10',
    ORKA_CLEANUP_TIMEOUT: '10',
    ORKA_HTTP_TIMEOUT: '10',
    ORKA_RETRY_BASE_MS: '20',
    ORKA_RETRY_MAX_MS: '200',
    ...(options.artifacts !== undefined ? { ORKA_ARTIFACTS: options.artifacts } : {}),
    ...options.env,
  };
  return { env, root, workspace, outputDir, resultsDir, remoteDir };
}

export interface RunResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface ChildRun {
  readonly child: ChildProcess;
  readonly result: Promise<RunResult>;
  /** Resolves with the first stderr line matching `pattern`, and the time it was seen. */
  waitForLine(pattern: RegExp): Promise<{ line: string; at: number }>;
}

/** The CLI entry, `node bin/cdk8s-tekton.js orka-runner` (TypeScript through ts-node: about 0.7 s to start). */
export const CLI: readonly string[] = [BIN, 'orka-runner'];

let bundled: Promise<string> | undefined;

/**
 * The runner bundled as the task image ships it (scripts/bundle-runner.mjs), built once per test
 * process into a temp directory. It starts in well under 0.1 s, so most process-level cases use it.
 */
export function runnerBundle(): Promise<string> {
  bundled ??= (async () => {
    const { bundleRunner } = await import(path.join(REPO, 'scripts', 'bundle-runner.mjs')) as { bundleRunner: (out: string) => Promise<void> };
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'orka-bundle-')), 'orka-runner.js');
    await bundleRunner(file);
    return file;
  })();
  return bundled;
}

/** The runner (the CLI entry by default, or `[bundle]`) as a real process, with only the given environment. */
export function runChild(env: Record<string, string>, command: readonly string[] = CLI, cwd?: string): ChildRun {
  const child = spawn(process.execPath, [...command], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: os.homedir(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    cwd,
  });
  let stdout = '';
  let stderr = '';
  const watchers: { pattern: RegExp; resolve: (v: { line: string; at: number }) => void }[] = [];
  let pendingLine = '';
  child.stdout!.on('data', (c: Buffer) => { stdout += c.toString(); });
  child.stderr!.on('data', (c: Buffer) => {
    const text = c.toString();
    stderr += text;
    const lines = (pendingLine + text).split('\n');
    pendingLine = lines.pop()!;
    const at = Date.now();
    for (const line of lines) {
      for (const w of [...watchers]) {
        if (w.pattern.test(line)) {
          watchers.splice(watchers.indexOf(w), 1);
          w.resolve({ line, at });
        }
      }
    }
  });
  const result = new Promise<RunResult>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return {
    child,
    result,
    waitForLine: (pattern) => new Promise((resolve) => watchers.push({ pattern, resolve })),
  };
}

/** main() in this process, with its own env and captured output. */
export async function runInProcess(env: Record<string, string>): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await main([], {
    env,
    stdout: { write: (s: string) => { stdout += s; } },
    stderr: { write: (s: string) => { stderr += s; } },
    handleSignals: false,
  });
  return { code, signal: null, stdout, stderr };
}

/** Names of the secrets (or private key lines) that appear in `output`; empty when none leaked. */
export function leakedSecrets(output: string, secrets: Secrets, privateKey: string): string[] {
  const leaks = Object.entries(secrets).filter(([name, value]) => name !== 'email' && output.includes(value)).map(([name]) => name);
  for (const line of privateKey.split('\n').map((l) => l.trim())) {
    if (line.length >= 16 && !line.startsWith('-----') && output.includes(line)) leaks.push('private key');
  }
  return leaks;
}

/** The runner's own `orka-runner:` lines, warnings left out (see warningLines). */
export function runnerLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l.startsWith('orka-runner: ') && !l.startsWith('orka-runner: warning: '));
}

/** The runner's `orka-runner: warning: <step>: ...` lines. */
export function warningLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l.startsWith('orka-runner: warning: '));
}
