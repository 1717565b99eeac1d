// The contract between the Orka runner and whoever configures it (the OrkaMacBuild construct, or a
// person running `cdk8s-tekton orka-runner` by hand). Pure data with no imports, so lib/orka/ can
// import it without pulling the runner (or ssh2) into a cdk8s app.

/** Environment variable names. The Task sets these from its params and mounted secrets. */
export const ENV = {
  apiVersion: 'ORKA_API_VERSION',
  url: 'ORKA_URL',
  namespace: 'ORKA_NAMESPACE',
  tokenFile: 'ORKA_TOKEN_FILE',
  credentialsDir: 'ORKA_CREDENTIALS_DIR',
  revokeToken: 'ORKA_REVOKE_TOKEN',
  vmImage: 'ORKA_VM_IMAGE',
  vmConfig: 'ORKA_VM_CONFIG',
  vmCpu: 'ORKA_VM_CPU',
  vmMemory: 'ORKA_VM_MEMORY',
  vmTag: 'ORKA_VM_TAG',
  vmNamePrefix: 'ORKA_VM_NAME_PREFIX',
  sshUser: 'ORKA_SSH_USER',
  sshKeyFile: 'ORKA_SSH_KEY_FILE',
  sshPasswordFile: 'ORKA_SSH_PASSWORD_FILE',
  sshKnownHostsFile: 'ORKA_SSH_KNOWN_HOSTS_FILE',
  sshHostFingerprint: 'ORKA_SSH_HOST_FINGERPRINT',
  workspace: 'ORKA_WORKSPACE',
  buildScript: 'ORKA_BUILD_SCRIPT',
  artifacts: 'ORKA_ARTIFACTS',
  outputDir: 'ORKA_OUTPUT_DIR',
  resultsDir: 'ORKA_RESULTS_DIR',
  remoteDir: 'ORKA_REMOTE_DIR',
  transfer: 'ORKA_TRANSFER',
  deployTimeout: 'ORKA_DEPLOY_TIMEOUT',
  sshTimeout: 'ORKA_SSH_TIMEOUT',
  buildTimeout: 'ORKA_BUILD_TIMEOUT',
  cleanupTimeout: 'ORKA_CLEANUP_TIMEOUT',
  httpTimeout: 'ORKA_HTTP_TIMEOUT',
  retryAttempts: 'ORKA_RETRY_ATTEMPTS',
  retryBaseMs: 'ORKA_RETRY_BASE_MS',
  retryMaxMs: 'ORKA_RETRY_MAX_MS',
} as const;

export type EnvName = (typeof ENV)[keyof typeof ENV];

export type OrkaApiVersion = '2' | '3';
export type RevokeTokenMode = 'auto' | 'always' | 'never';
export type TransferMode = 'auto' | 'tar' | 'sftp';

/** Defaults applied when a variable is unset or empty. Durations are in seconds unless named *_MS. */
export const DEFAULTS = {
  apiVersion: '3' as OrkaApiVersion,
  namespace: 'orka-default',
  revokeToken: 'auto' as RevokeTokenMode,
  vmCpu: 3,
  vmNamePrefix: 'orka-runner',
  sshUser: 'admin',
  tektonResultsDir: '/tekton/results',
  remoteDir: 'orka-build',
  transfer: 'auto' as TransferMode,
  deployTimeout: 900,
  sshTimeout: 300,
  cleanupTimeout: 20,
  httpTimeout: 60,
  retryAttempts: 5,
  retryBaseMs: 500,
  retryMaxMs: 15_000,
} as const;

/** Files in ORKA_CREDENTIALS_DIR (Orka 2.x): the keys of a secret such as `tekton-orka-creds`. */
export const CREDENTIAL_FILES = {
  email: 'email',
  password: 'password',
  licenseKey: 'licenseKey',
} as const;

/** Tekton result files written into ORKA_RESULTS_DIR. */
export const RESULT_FILES = {
  /** The VM (v3) or VM config (v2) name the runner created. */
  vmName: 'vm-name',
  /** One `<sha256>  <path>` line per downloaded file, path relative to ORKA_OUTPUT_DIR. */
  artifacts: 'artifacts',
  /** The build script's own exit code (124 when ORKA_BUILD_TIMEOUT stopped it). */
  buildExitCode: 'build-exit-code',
} as const;

/** Layout under ORKA_REMOTE_DIR on the VM. */
export const REMOTE_LAYOUT = {
  workspace: 'workspace',
  buildScript: 'build-script',
} as const;

export const EXIT = {
  ok: 0,
  buildFailed: 1,
  usage: 2,
  infrastructure: 3,
  sigint: 130,
  sigterm: 143,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The exit code written to `build-exit-code` when ORKA_BUILD_TIMEOUT stops the script (as timeout(1) does). */
export const BUILD_TIMEOUT_EXIT_CODE = 124;

export interface VariableDoc {
  readonly name: EnvName;
  readonly default: string;
  readonly doc: string;
}

/** Every variable with its default and meaning: the source of `--help` and of the construct's docs. */
export const VARIABLES: readonly VariableDoc[] = [
  { name: ENV.apiVersion, default: DEFAULTS.apiVersion, doc: '3 (current Orka, service-account token) or 2 (legacy REST API)' },
  { name: ENV.url, default: 'required', doc: 'Orka API base URL, e.g. https://10.221.188.20' },
  { name: ENV.namespace, default: DEFAULTS.namespace, doc: 'v3 namespace of the VM' },
  { name: ENV.tokenFile, default: 'required for v3', doc: 'file holding the bearer token (v3 service-account token; v2 optional pre-made token)' },
  { name: ENV.credentialsDir, default: 'required for v2 without a token', doc: 'v2: mounted secret with files email, password (licenseKey is accepted but not needed for these calls)' },
  { name: ENV.revokeToken, default: DEFAULTS.revokeToken, doc: 'auto: v2 only, revoke a token the runner logged in for when the server is older than 2.1.1; always; never. v3 has no revoke endpoint' },
  { name: ENV.vmImage, default: 'required unless ORKA_VM_CONFIG', doc: 'v3 image, or v2 base image of the VM config the runner creates' },
  { name: ENV.vmConfig, default: '-', doc: 'deploy this existing VM config instead of an image (v2: only the deployed instance is deleted)' },
  { name: ENV.vmCpu, default: String(DEFAULTS.vmCpu), doc: 'CPU cores' },
  { name: ENV.vmMemory, default: 'server default', doc: 'memory in GB' },
  { name: ENV.vmTag, default: 'server default', doc: 'node tag the VM must be scheduled on' },
  { name: ENV.vmNamePrefix, default: DEFAULTS.vmNamePrefix, doc: 'prefix of the VM name the runner generates (a random suffix is added)' },
  { name: ENV.sshUser, default: DEFAULTS.sshUser, doc: 'SSH user on the VM' },
  { name: ENV.sshKeyFile, default: '-', doc: 'SSH private key file (no passphrase); this or ORKA_SSH_PASSWORD_FILE is required' },
  { name: ENV.sshPasswordFile, default: '-', doc: 'file holding the SSH password' },
  { name: ENV.sshKnownHostsFile, default: 'pin on first use', doc: 'known_hosts file the VM host key must match ([host]:port, * patterns and hashed entries are understood)' },
  { name: ENV.sshHostFingerprint, default: 'pin on first use', doc: 'accepted host key fingerprints, SHA256:<base64>, comma-separated' },
  { name: ENV.workspace, default: 'required', doc: 'local directory whose contents are uploaded; the build script runs in its uploaded copy' },
  { name: ENV.buildScript, default: 'required', doc: 'local build script; run with its #! line, else with /bin/sh -e' },
  { name: ENV.artifacts, default: 'none', doc: 'paths or globs relative to the remote working directory, one per line or comma-separated' },
  { name: ENV.outputDir, default: 'ORKA_WORKSPACE', doc: 'where artifacts land locally, keeping their relative paths' },
  { name: ENV.resultsDir, default: `${DEFAULTS.tektonResultsDir} if it exists`, doc: `Tekton results: ${RESULT_FILES.vmName}, ${RESULT_FILES.artifacts}, ${RESULT_FILES.buildExitCode}` },
  { name: ENV.remoteDir, default: DEFAULTS.remoteDir, doc: `directory on the VM (relative to the SSH user's home unless absolute) holding ${REMOTE_LAYOUT.workspace}/ and ${REMOTE_LAYOUT.buildScript}` },
  { name: ENV.transfer, default: DEFAULTS.transfer, doc: 'auto (uploads over SFTP, tar over an exec channel when the VM offers no SFTP; downloads with tar, SFTP when the VM has no tar), tar, or sftp' },
  { name: ENV.deployTimeout, default: String(DEFAULTS.deployTimeout), doc: 'seconds to get a running VM, including waiting for capacity' },
  { name: ENV.sshTimeout, default: String(DEFAULTS.sshTimeout), doc: 'seconds for SSH to accept the runner after deploy' },
  { name: ENV.buildTimeout, default: 'none', doc: `seconds the build script may run (then exit code ${BUILD_TIMEOUT_EXIT_CODE})` },
  { name: ENV.cleanupTimeout, default: String(DEFAULTS.cleanupTimeout), doc: 'seconds allowed for deleting the VM (keep it below the pod grace period, 30 s by default)' },
  { name: ENV.httpTimeout, default: String(DEFAULTS.httpTimeout), doc: 'seconds per Orka API request other than the blocking deploy' },
  { name: ENV.retryAttempts, default: String(DEFAULTS.retryAttempts), doc: 'attempts per transient failure (connection errors, timeouts, HTTP 5xx and 429)' },
  { name: ENV.retryBaseMs, default: String(DEFAULTS.retryBaseMs), doc: 'first retry delay in ms; it doubles per attempt, with full jitter' },
  { name: ENV.retryMaxMs, default: String(DEFAULTS.retryMaxMs), doc: 'cap of one retry delay in ms (a Retry-After header is honoured up to the step deadline)' },
];

export const EXIT_DOCS: readonly { readonly code: ExitCode; readonly doc: string }[] = [
  { code: EXIT.ok, doc: 'the build succeeded and every artifact was copied' },
  { code: EXIT.buildFailed, doc: `the build script failed (its own code is logged and written to ${RESULT_FILES.buildExitCode}), or it succeeded without producing a listed artifact, or an artifact cannot be copied safely (a path or link leading outside ${ENV.outputDir})` },
  { code: EXIT.usage, doc: 'usage or configuration error, including credentials or host keys that the server or VM rejects' },
  { code: EXIT.infrastructure, doc: `Orka or SSH infrastructure failure, a full or read-only local disk, results that could not be written, a VM Orka would not delete (the command to delete it by hand is printed), or a runner bug` },
  { code: EXIT.sigint, doc: 'interrupted by SIGINT (the VM is deleted first)' },
  { code: EXIT.sigterm, doc: 'terminated by SIGTERM, as Tekton does on timeout or cancel (the VM is deleted first)' },
];
