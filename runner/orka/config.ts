import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { utils as sshUtils } from 'ssh2';
import {
  CREDENTIAL_FILES, DEFAULTS, ENV, EXIT, OrkaApiVersion, RevokeTokenMode, TransferMode,
} from './contract';
import { RunnerError } from './errors';
import { Log } from './log';

export type Env = Readonly<Record<string, string | undefined>>;

export interface V2Credentials {
  readonly email: string;
  readonly password: string;
}

export interface Config {
  readonly apiVersion: OrkaApiVersion;
  /** Base URL without a trailing slash. */
  readonly url: string;
  readonly namespace: string;
  readonly token?: string;
  readonly tokenFile?: string;
  readonly credentials?: V2Credentials;
  readonly credentialsDir?: string;
  readonly revokeToken: RevokeTokenMode;
  readonly vm: {
    readonly image?: string;
    readonly config?: string;
    /** Unset when deploying an existing config without an explicit ORKA_VM_CPU: the config decides. */
    readonly cpu?: number;
    readonly memoryGb?: number;
    readonly tag?: string;
    readonly namePrefix: string;
  };
  readonly ssh: {
    readonly user: string;
    readonly privateKey?: string;
    readonly password?: string;
    readonly knownHosts?: { readonly file: string; readonly text: string };
    readonly fingerprints: readonly string[];
  };
  readonly workspace: string;
  readonly buildScript: string;
  readonly artifacts: readonly string[];
  readonly outputDir: string;
  readonly resultsDir?: string;
  readonly remoteDir: string;
  readonly transfer: TransferMode;
  readonly timeouts: {
    readonly deployMs: number;
    readonly sshMs: number;
    readonly buildMs?: number;
    readonly cleanupMs: number;
    readonly httpMs: number;
  };
  readonly retry: { readonly attempts: number; readonly baseMs: number; readonly maxMs: number };
}

/** Orka 2.x caps config names at 38 characters, 3.x VM names at 63; the runner appends `-` and 10 characters. */
const NAME_LIMIT: Record<OrkaApiVersion, number> = { 2: 38, 3: 63 };
export const NAME_SUFFIX_LENGTH = 10;

/**
 * Reads and checks the whole configuration before anything is created, so a mistake costs no VM.
 * Every problem found is reported at once, in one line. Secret values are registered with the log
 * the moment they are read.
 */
export function loadConfig(env: Env, log: Log): Config {
  const problems: string[] = [];
  const reader = new EnvReader(env, problems);

  const apiVersion = reader.oneOf(ENV.apiVersion, ['3', '2'] as const, DEFAULTS.apiVersion);
  const url = reader.url(ENV.url);

  const tokenFile = reader.optional(ENV.tokenFile);
  const token = tokenFile === undefined ? undefined : reader.secretFile(ENV.tokenFile, tokenFile, log);
  const credentialsDir = reader.optional(ENV.credentialsDir);
  let credentials: V2Credentials | undefined;
  if (apiVersion === '3') {
    if (tokenFile === undefined) problems.push(`${ENV.tokenFile} is required for Orka 3: mount the service-account token secret and point it at the file`);
  } else if (tokenFile === undefined) {
    if (credentialsDir === undefined) {
      problems.push(`Orka 2 needs ${ENV.credentialsDir} (a secret with files ${CREDENTIAL_FILES.email} and ${CREDENTIAL_FILES.password}) or ${ENV.tokenFile}`);
    } else {
      const email = reader.secretFile(ENV.credentialsDir, path.join(credentialsDir, CREDENTIAL_FILES.email), log);
      const password = reader.secretFile(ENV.credentialsDir, path.join(credentialsDir, CREDENTIAL_FILES.password), log);
      // Not needed by any call the runner makes, but it sits next to the password: keep it out of logs too.
      const licensePath = path.join(credentialsDir, CREDENTIAL_FILES.licenseKey);
      if (existsSync(licensePath)) log.addSecret(readFileSync(licensePath, 'utf8'));
      if (email !== undefined && password !== undefined) credentials = { email, password };
    }
  }
  const revokeToken = reader.oneOf(ENV.revokeToken, ['auto', 'always', 'never'] as const, DEFAULTS.revokeToken);

  const image = reader.optional(ENV.vmImage);
  const vmConfig = reader.optional(ENV.vmConfig);
  if (image === undefined && vmConfig === undefined) problems.push(`set ${ENV.vmImage} (the image to deploy) or ${ENV.vmConfig} (an existing VM config)`);
  if (image !== undefined && vmConfig !== undefined) problems.push(`set only one of ${ENV.vmImage} and ${ENV.vmConfig}`);
  const namePrefix = reader.optional(ENV.vmNamePrefix) ?? DEFAULTS.vmNamePrefix;
  const maxPrefix = NAME_LIMIT[apiVersion] - NAME_SUFFIX_LENGTH - 1;
  if (!/^[a-z]([-a-z0-9]*[a-z0-9])?$/.test(namePrefix) || namePrefix.length > maxPrefix) {
    problems.push(`${ENV.vmNamePrefix} must be lowercase letters, digits and dashes, start with a letter, end with a letter or digit, and have at most ${maxPrefix} characters; got "${namePrefix}"`);
  }

  const user = reader.optional(ENV.sshUser) ?? DEFAULTS.sshUser;
  const keyFile = reader.optional(ENV.sshKeyFile);
  const passwordFile = reader.optional(ENV.sshPasswordFile);
  if (keyFile === undefined && passwordFile === undefined) problems.push(`set ${ENV.sshKeyFile} or ${ENV.sshPasswordFile} for the VM's SSH login`);
  const privateKey = keyFile === undefined ? undefined : reader.secretFile(ENV.sshKeyFile, keyFile, log, false);
  if (privateKey !== undefined) checkPrivateKey(privateKey, keyFile!, problems);
  const sshPassword = passwordFile === undefined ? undefined : reader.secretFile(ENV.sshPasswordFile, passwordFile, log);
  const knownHostsFile = reader.optional(ENV.sshKnownHostsFile);
  const knownHostsText = knownHostsFile === undefined ? undefined : reader.file(ENV.sshKnownHostsFile, knownHostsFile);
  const fingerprints = reader.list(ENV.sshHostFingerprint);
  for (const fp of fingerprints) {
    if (!/^SHA256:[A-Za-z0-9+/]{43}=?$/.test(fp)) problems.push(`${ENV.sshHostFingerprint} entries look like SHA256:<43 base64 characters> (ssh-keygen -lf <key>); got "${fp}"`);
  }

  const workspace = reader.directory(ENV.workspace, true);
  const buildScript = reader.requiredFile(ENV.buildScript);
  const artifacts = reader.list(ENV.artifacts, /[\n,]/);
  for (const pattern of artifacts) {
    if (path.posix.isAbsolute(pattern) || pattern.split('/').includes('..')) {
      problems.push(`${ENV.artifacts} entries must stay inside the remote working directory (relative, no ".."); got "${pattern}"`);
    }
  }
  const outputDir = reader.directoryToCreate(ENV.outputDir) ?? workspace;
  const resultsDir = reader.directoryToCreate(ENV.resultsDir) ?? (existsSync(DEFAULTS.tektonResultsDir) ? DEFAULTS.tektonResultsDir : undefined);
  const remoteDir = reader.optional(ENV.remoteDir) ?? DEFAULTS.remoteDir;
  const transfer = reader.oneOf(ENV.transfer, ['auto', 'tar', 'sftp'] as const, DEFAULTS.transfer);

  const timeouts = {
    deployMs: reader.seconds(ENV.deployTimeout, DEFAULTS.deployTimeout)!,
    sshMs: reader.seconds(ENV.sshTimeout, DEFAULTS.sshTimeout)!,
    buildMs: reader.seconds(ENV.buildTimeout, undefined),
    cleanupMs: reader.seconds(ENV.cleanupTimeout, DEFAULTS.cleanupTimeout)!,
    httpMs: reader.seconds(ENV.httpTimeout, DEFAULTS.httpTimeout)!,
  };
  const retry = {
    attempts: reader.integer(ENV.retryAttempts, DEFAULTS.retryAttempts, 1),
    baseMs: reader.integer(ENV.retryBaseMs, DEFAULTS.retryBaseMs, 0),
    maxMs: reader.integer(ENV.retryMaxMs, DEFAULTS.retryMaxMs, 0),
  };

  const cpuSet = reader.optional(ENV.vmCpu) !== undefined;
  const cpu = cpuSet || image !== undefined ? reader.integer(ENV.vmCpu, DEFAULTS.vmCpu, 1) : undefined;
  const memory = reader.optional(ENV.vmMemory);
  const memoryGb = memory === undefined ? undefined : Number(memory);
  if (memoryGb !== undefined && !(memoryGb > 0)) problems.push(`${ENV.vmMemory} must be a positive number of GB; got "${memory}"`);

  if (problems.length > 0) {
    throw new RunnerError('config', `${problems.join('; ')} (see orka-runner --help)`, EXIT.usage);
  }
  if (new URL(url!).protocol === 'http:') {
    const sent = apiVersion === '3' ? 'the service-account token' : tokenFile !== undefined ? 'the token' : 'the Orka password and the token it gets';
    log.warn('config', `${ENV.url} ${url} is plain http: ${sent} would be readable on the network path (a bearer token goes with every request); use the cluster's https:// endpoint`);
  }
  return {
    apiVersion,
    url: url!,
    namespace: reader.optional(ENV.namespace) ?? DEFAULTS.namespace,
    token,
    tokenFile,
    credentials,
    credentialsDir,
    revokeToken,
    vm: { image, config: vmConfig, cpu, memoryGb, tag: reader.optional(ENV.vmTag), namePrefix },
    ssh: {
      user,
      privateKey,
      password: sshPassword,
      knownHosts: knownHostsFile === undefined ? undefined : { file: knownHostsFile, text: knownHostsText ?? '' },
      fingerprints,
    },
    workspace: workspace!,
    buildScript: buildScript!,
    artifacts,
    outputDir: outputDir!,
    resultsDir,
    remoteDir,
    transfer,
    timeouts,
    retry,
  };
}

function checkPrivateKey(text: string, file: string, problems: string[]): void {
  const parsed = sshUtils.parseKey(text);
  if (parsed instanceof Error) {
    const encrypted = /encrypted|passphrase/i.test(parsed.message);
    problems.push(encrypted
      ? `${ENV.sshKeyFile} ${file} is protected by a passphrase; use a key without one`
      : `${ENV.sshKeyFile} ${file} is not a private key ssh2 can read (OpenSSH, PEM or PPK)`);
  }
}

/** Reads variables, recording a problem instead of throwing, so every mistake is reported together. */
class EnvReader {
  constructor(
    private readonly env: Env,
    private readonly problems: string[],
  ) {}

  optional(name: string): string | undefined {
    const value = this.env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  }

  list(name: string, separator: RegExp = /,/): string[] {
    return (this.env[name] ?? '').split(separator).map((s) => s.trim()).filter((s) => s !== '');
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.optional(name);
    if (value === undefined) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.problems.push(`${name} must be one of ${allowed.join(', ')}; got "${value}"`);
    return fallback;
  }

  url(name: string): string | undefined {
    const value = this.optional(name);
    if (value === undefined) {
      this.problems.push(`${name} is required: the Orka API base URL, e.g. http://10.221.188.20`);
      return undefined;
    }
    try {
      const parsed = new URL(value);
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('scheme');
      return value.replace(/\/+$/, '');
    } catch {
      this.problems.push(`${name} must be an http(s) URL such as http://10.221.188.20; got "${value}"`);
      return undefined;
    }
  }

  integer(name: string, fallback: number, min: number): number {
    const value = this.optional(name);
    if (value === undefined) return fallback;
    const n = Number(value);
    if (Number.isInteger(n) && n >= min) return n;
    this.problems.push(`${name} must be an integer of at least ${min}; got "${value}"`);
    return fallback;
  }

  /** A duration given in seconds (fractions allowed), returned in milliseconds. */
  seconds(name: string, fallback: number | undefined): number | undefined {
    const value = this.optional(name);
    if (value === undefined) return fallback === undefined ? undefined : fallback * 1000;
    const n = Number(value);
    if (n > 0 && Number.isFinite(n)) return Math.round(n * 1000);
    this.problems.push(`${name} must be a positive number of seconds; got "${value}"`);
    return fallback === undefined ? undefined : fallback * 1000;
  }

  file(name: string, file: string): string | undefined {
    try {
      return readFileSync(file, 'utf8');
    } catch (err) {
      this.problems.push(`${name}: cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? 'error'}); check the secret is mounted there`);
      return undefined;
    }
  }

  /** A secret file: registered with the log before anything else can print it; trimmed unless `trim` is false (keys keep their newlines). */
  secretFile(name: string, file: string, log: Log, trim = true): string | undefined {
    const text = this.file(name, file);
    if (text === undefined) return undefined;
    log.addSecret(text);
    const value = trim ? text.trim() : text;
    if (value.trim() === '') {
      this.problems.push(`${name}: ${file} is empty; check the secret has a value for that key`);
      return undefined;
    }
    return value;
  }

  requiredFile(name: string): string | undefined {
    const value = this.optional(name);
    if (value === undefined) {
      this.problems.push(`${name} is required`);
      return undefined;
    }
    if (!isKind(value, 'file')) this.problems.push(`${name}: ${value} is not a readable file`);
    return path.resolve(value);
  }

  directory(name: string, required: boolean): string | undefined {
    const value = this.optional(name);
    if (value === undefined) {
      if (required) this.problems.push(`${name} is required`);
      return undefined;
    }
    if (!isKind(value, 'directory')) this.problems.push(`${name}: ${value} is not a directory`);
    return path.resolve(value);
  }

  /** A directory the runner creates if needed; only something else in its place is a problem. */
  directoryToCreate(name: string): string | undefined {
    const value = this.optional(name);
    if (value === undefined) return undefined;
    if (existsSync(value) && !isKind(value, 'directory')) this.problems.push(`${name}: ${value} exists and is not a directory`);
    return path.resolve(value);
  }
}

function isKind(file: string, kind: 'file' | 'directory'): boolean {
  try {
    const stat = statSync(file);
    return kind === 'file' ? stat.isFile() : stat.isDirectory();
  } catch {
    return false;
  }
}
