import { EXIT, ExitCode } from './contract';

/**
 * A failure the runner reports as one line, `<step>: <what happened>; <what to do>`, and turns into
 * its exit code. Anything else that escapes is a bug and is reported as an infrastructure failure.
 */
export class RunnerError extends Error {
  constructor(
    readonly step: string,
    message: string,
    readonly exitCode: ExitCode = EXIT.infrastructure,
  ) {
    super(message);
    this.name = 'RunnerError';
  }
}

/** Thrown when a signal cancelled the run; carries the exit code of that signal. */
export class CancelledError extends Error {
  constructor(readonly exitCode: ExitCode) {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

/** Resolves after `ms`, or rejects as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortReason(signal));
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, Math.max(0, ms));
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortReason(signal!));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new CancelledError(EXIT.infrastructure);
}

/** The `code` of a Node system error (ECONNREFUSED, ENOENT...), if any. */
export function errorCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
