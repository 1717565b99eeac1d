import { abortReason, sleep } from './errors';

export interface RetryPolicy {
  /** Total attempts, the first one included. */
  readonly attempts: number;
  readonly baseMs: number;
  readonly maxMs: number;
}

export interface RetryDecision {
  readonly retry: boolean;
  /** A delay the server asked for (Retry-After), used instead of the backoff. */
  readonly afterMs?: number;
}

export interface RetryOptions {
  readonly policy: RetryPolicy;
  /** Whether this failure is transient and the call is safe to repeat. */
  readonly classify: (err: unknown) => RetryDecision;
  readonly onRetry?: (err: unknown, attempt: number, delayMs: number) => void;
  readonly signal?: AbortSignal;
  /** Epoch ms after which no new attempt starts (the step's own timeout). */
  readonly deadline?: number;
  readonly random?: () => number;
}

/**
 * Exponential backoff with full jitter (a uniform delay between 0 and base·2^(n-1), capped), so
 * many runners failing together do not retry in lockstep against the same Orka API.
 */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** (attempt - 1));
  return Math.round(random() * ceiling);
}

/** Runs `fn` until it succeeds, fails permanently, runs out of attempts, or the next attempt would start after the deadline. */
export async function withRetry<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const { policy, signal } = options;
  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) throw abortReason(signal);
    try {
      return await fn(attempt);
    } catch (err) {
      if (signal?.aborted) throw abortReason(signal);
      const decision = options.classify(err);
      if (!decision.retry || attempt >= policy.attempts) throw err;
      // Without a deadline a Retry-After is honoured up to the backoff cap: a server cannot park the run.
      const asked = decision.afterMs ?? backoffDelay(attempt, policy, options.random);
      const delay = options.deadline === undefined ? Math.min(asked, policy.maxMs) : asked;
      if (options.deadline !== undefined && Date.now() + delay >= options.deadline) throw err;
      options.onRetry?.(err, attempt, delay);
      await sleep(delay, signal);
    }
  }
}
