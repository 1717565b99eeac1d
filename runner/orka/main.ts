import { Env } from './config';
import { DEFAULTS, ENV, EXIT, EXIT_DOCS, VARIABLES } from './contract';
import { CancelledError } from './errors';
import { Log, Sink } from './log';
import { runBuild } from './run';

export interface MainOptions {
  /** @default process.env */
  readonly env?: Env;
  /** @default process.stdout */
  readonly stdout?: Sink;
  /** @default process.stderr */
  readonly stderr?: Sink;
  /**
   * Install, for the duration of the run, SIGTERM/SIGINT handlers and a last-resort handler for
   * uncaught exceptions and unhandled rejections (the VM is deleted, exit 3). @default true
   */
  readonly handleSignals?: boolean;
}

/**
 * `cdk8s-tekton orka-runner`: runs one build on a fresh Orka VM and resolves with the exit code.
 * Never calls process.exit, so tests can run it in-process with their own env and output.
 */
export async function main(argv: readonly string[], options: MainOptions = {}): Promise<number> {
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  if (argv.includes('--help') || argv.includes('-h')) {
    stdout.write(helpText());
    return EXIT.ok;
  }
  if (argv.length > 0) {
    stderr.write(`orka-runner: config: unexpected argument "${argv[0]}"; the runner is configured by environment variables (see --help)\n`);
    return EXIT.usage;
  }

  const log = new Log(stdout, stderr);
  const controller = new AbortController();
  const onSignal = (name: 'SIGTERM' | 'SIGINT'): void => {
    if (controller.signal.aborted) {
      log.info(`${name}: already stopping; the VM is being deleted`);
      return;
    }
    log.info(`${name}: stopping and deleting the VM`);
    controller.abort(new CancelledError(name === 'SIGINT' ? EXIT.sigint : EXIT.sigterm));
  };
  const onTerm = (): void => onSignal('SIGTERM');
  const onInt = (): void => onSignal('SIGINT');
  // A bug must not end the runner as "build failed" with the VM left running: it stops the run as
  // a signal would, so the VM is deleted, and the exit code says infrastructure failure.
  const onFatal = (err: unknown): void => {
    log.info(`internal error: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}; ${controller.signal.aborted ? 'already stopping' : 'stopping and deleting the VM'} (a runner bug: please report it)`);
    if (!controller.signal.aborted) controller.abort(new CancelledError(EXIT.infrastructure));
  };
  const handleSignals = options.handleSignals ?? true;
  if (handleSignals) {
    process.on('SIGTERM', onTerm);
    process.on('SIGINT', onInt);
    process.on('uncaughtException', onFatal);
    process.on('unhandledRejection', onFatal);
  }
  try {
    return await runBuild(options.env ?? process.env, log, controller.signal);
  } finally {
    if (handleSignals) {
      process.removeListener('SIGTERM', onTerm);
      process.removeListener('SIGINT', onInt);
      process.removeListener('uncaughtException', onFatal);
      process.removeListener('unhandledRejection', onFatal);
    }
  }
}

function helpText(): string {
  const width = Math.max(...VARIABLES.map((v) => v.name.length));
  const variables = VARIABLES.map((v) => `  ${v.name.padEnd(width)}  ${v.doc} [default: ${v.default}]`).join('\n');
  const exits = EXIT_DOCS.map((e) => `  ${String(e.code).padStart(3)}  ${e.doc}`).join('\n');
  return `usage: cdk8s-tekton orka-runner

Runs one build on a fresh MacStadium Orka VM: authenticate, deploy a VM, wait for SSH, upload
${ENV.workspace} and ${ENV.buildScript}, run the script (its output streamed), copy ${ENV.artifacts} back
into ${ENV.outputDir} with their sha256, write Tekton results, and delete the VM - on success, on
failure and on SIGTERM/SIGINT alike. Orka ${DEFAULTS.apiVersion}.x is the default; set ${ENV.apiVersion}=2 for the legacy API.
Secrets are read from files (mounted Tekton secrets) and never printed.

environment:
${variables}

exit codes:
${exits}
`;
}
