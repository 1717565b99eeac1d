import { randomInt } from 'node:crypto';
import { ENV, EXIT } from './contract';
import { RunnerError, sleep } from './errors';
import { HttpResponse, statusLine } from './http';
import { Log, seconds } from './log';
import { backoffDelay, RetryPolicy } from './retry';

/** Where the runner reaches the deployed VM over SSH. */
export interface Vm {
  readonly name: string;
  readonly host: string;
  readonly port: number;
}

/** One Orka API generation, as the run needs it. */
export interface OrkaBackend {
  /** Gets a usable token. Logs its one step line. */
  login(signal: AbortSignal): Promise<void>;
  /** Creates a VM and waits until Orka reports it running, retrying transient failures and lack of capacity until `deadline`. */
  deploy(signal: AbortSignal, deadline: number): Promise<Vm>;
  /** Deletes everything this run created; safe to call at any point, even before deploy. */
  cleanup(signal: AbortSignal, deadline: number): Promise<void>;
  /** Revokes the token where that is safe and wanted. Never throws: a build that worked stays green. */
  logout(signal: AbortSignal): Promise<void>;
  /** The name written to the `vm-name` result, once one exists. */
  readonly vmName: string | undefined;
}

/** Characters of the server's explanation quoted in a message. */
const MAX_EXCERPT = 200;
const NAME_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A fresh VM (or v2 config) name. The runner picks it, not Orka, so a create that failed or timed
 * out half-way can still be deleted by name.
 */
export function generateName(prefix: string, length: number): string {
  let suffix = '';
  for (let i = 0; i < length; i++) suffix += NAME_ALPHABET[randomInt(NAME_ALPHABET.length)];
  return `${prefix}-${suffix}`;
}

/**
 * The server's own explanation: v3 `message`, v2 `errors[].message` (or `message`), else a short
 * excerpt of the text, masked before it is cut (a cut secret would no longer be recognised).
 */
export function serverMessage(response: HttpResponse, log: Pick<Log, 'excerpt'>): string {
  const body = response.body as { message?: unknown; errors?: unknown } | undefined;
  if (body !== undefined && body !== null && typeof body === 'object') {
    if (Array.isArray(body.errors)) {
      const messages = body.errors
        .map((e) => (e && typeof e === 'object' ? (e as { message?: unknown }).message : e))
        .filter((m): m is string => typeof m === 'string' && m !== '');
      if (messages.length > 0) return log.excerpt(messages.join('; '), MAX_EXCERPT);
    }
    if (typeof body.message === 'string' && body.message !== '') return log.excerpt(body.message, MAX_EXCERPT);
  }
  return log.excerpt(response.text.trim(), MAX_EXCERPT);
}

/**
 * `401 Unauthorized ("token expired")`: status plus the server's message when it adds something
 * (a message that only repeats the status text, as Orka 3's "Unauthorized" does, is left out).
 */
export function describeResponse(response: HttpResponse, log: Pick<Log, 'excerpt'>): string {
  const message = serverMessage(response, log);
  const repeatsStatus = message.replace(/[.\s]+$/, '').toLowerCase() === response.statusText.toLowerCase();
  return message === '' || repeatsStatus ? statusLine(response) : `${statusLine(response)} ("${message}")`;
}

/** Orka's way of saying "no node can take this VM now": a normal, transient condition. */
export function isCapacityMessage(message: string): boolean {
  return /no available nodes|insufficient (cpu|memory|resources)|not enough (cpu|memory|resources)|no (free )?capacity/i.test(message);
}

/** Ports arrive as a string in 2.x ("8822") and a number in 3.x (8822). */
export function portNumber(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  return Number.isInteger(n) && n > 0 && n < 65536 ? n : undefined;
}

export function isSuccess(response: HttpResponse): boolean {
  return response.status >= 200 && response.status < 300;
}

/** What one create-and-deploy attempt came to. Permanent failures are thrown as RunnerError instead. */
export type AttemptOutcome =
  | { readonly vm: Vm }
  | { readonly retry: 'capacity' | 'transient' | 'collision'; readonly reason: string };

export interface DeployLoopOptions {
  readonly policy: RetryPolicy;
  readonly log: Log;
  readonly signal: AbortSignal;
  readonly deadline: number;
  readonly deployTimeoutMs: number;
  /** Undo what a failed attempt may have left behind before the next one starts. */
  readonly afterFailure: () => Promise<void>;
}

/**
 * Repeats deploy attempts, each after a backoff delay and none after the deadline. Lack of capacity
 * is waited out until the deadline (MacStadium's own integrations do the same); other transient
 * failures get `policy.attempts` tries; so do name collisions, which with a fresh random name each
 * time mean that something other than chance is answering 409.
 */
export async function deployLoop(attempt: () => Promise<AttemptOutcome>, options: DeployLoopOptions): Promise<Vm> {
  const { policy, log, signal, deadline } = options;
  let transient = 0;
  let collisions = 0;
  let waits = 0;
  for (;;) {
    const outcome = await attempt();
    if ('vm' in outcome) return outcome.vm;
    await options.afterFailure();
    if (outcome.retry === 'transient' && ++transient >= policy.attempts) {
      throw new RunnerError('deploy', `${outcome.reason} (${transient} attempts); check the Orka cluster's health, then rerun`, EXIT.infrastructure);
    }
    if (outcome.retry === 'collision' && ++collisions >= policy.attempts) {
      throw new RunnerError('deploy', `Orka answered 409 Conflict to ${collisions} creates in a row, each with a new random name (last: ${outcome.reason}); that is no chance collision: check the Orka cluster's health and ${ENV.namespace}, then rerun`, EXIT.infrastructure);
    }
    const delay = backoffDelay(++waits, policy);
    if (Date.now() + delay >= deadline) {
      const budget = `${Math.round(options.deployTimeoutMs / 1000)}s (${ENV.deployTimeout})`;
      throw new RunnerError('deploy', outcome.retry === 'capacity'
        ? `no Orka node had room for this VM within ${budget}: ${outcome.reason}; free capacity, lower ${ENV.vmCpu}/${ENV.vmMemory}, or raise ${ENV.deployTimeout}`
        : `${outcome.reason}; gave up after ${budget}; raise ${ENV.deployTimeout} if first deploys of this image are slow (image caching takes minutes)`,
      EXIT.infrastructure);
    }
    log.info(`deploy: ${outcome.reason}; retry in ${seconds(delay)}`);
    await sleep(delay, signal);
  }
}
