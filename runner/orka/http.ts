import * as http from 'node:http';
import * as https from 'node:https';
import { abortReason, errorCode } from './errors';
import { Log, seconds } from './log';
import { RetryDecision, RetryPolicy, withRetry } from './retry';

export interface HttpResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: http.IncomingHttpHeaders;
  /** The parsed JSON body, or undefined when the body is empty or not JSON. */
  readonly body: unknown;
  readonly text: string;
}

/** The request never produced a response: refused, reset, dropped, timed out. */
export class NetworkError extends Error {
  /** The runner step whose call failed, set once retries are exhausted. */
  step: string | undefined;

  constructor(
    readonly code: string,
    message: string,
    /** False when the failure happened before the request could reach the server. */
    readonly maybeProcessed: boolean,
  ) {
    super(message);
    this.name = 'NetworkError';
  }
}

/** A response that ran out of retries; the caller turns it into a step message. */
export class HttpStatusError extends Error {
  constructor(readonly response: HttpResponse) {
    super(`HTTP ${response.status}`);
    this.name = 'HttpStatusError';
  }
}

/**
 * How safe a call is to repeat.
 * - `idempotent`: any transient failure (GET, DELETE, a create whose name makes a duplicate impossible).
 * - `unsent`: only when the server cannot have acted on it (refused connection, 429).
 */
export type RetryMode = 'idempotent' | 'unsent';

export interface CallOptions {
  readonly method: 'GET' | 'POST' | 'DELETE';
  readonly path: string;
  readonly body?: unknown;
  readonly token?: string;
  readonly retry: RetryMode;
  /** Per-attempt timeout; the blocking deploy passes its remaining budget. */
  readonly timeoutMs?: number;
  readonly deadline?: number;
  readonly signal?: AbortSignal;
}

/**
 * Largest Orka answer read. The runner's calls answer with one VM or a token, a few KiB; a body
 * this big is a broken or hostile server, and reading on would only exhaust memory.
 */
export const MAX_BODY_BYTES = 16 << 20;

/** Errors before any byte left: the server cannot have acted on the request. */
const UNSENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

export class OrkaHttp {
  constructor(
    private readonly baseUrl: string,
    private readonly policy: RetryPolicy,
    private readonly defaultTimeoutMs: number,
    private readonly log: Log,
  ) {}

  /**
   * One Orka API call with retries on transient failures. Resolves with any final response, 4xx and
   * exhausted 5xx included (the caller knows what they mean); rejects with NetworkError when no
   * attempt got an answer.
   */
  async call(step: string, options: CallOptions): Promise<HttpResponse> {
    try {
      return await withRetry(async () => {
        const response = await request(this.baseUrl, options, options.timeoutMs ?? this.defaultTimeoutMs);
        if (isTransientStatus(response.status)) throw new HttpStatusError(response);
        return response;
      }, {
        policy: this.policy,
        signal: options.signal,
        deadline: options.deadline,
        classify: (err) => classify(err, options.retry),
        onRetry: (err, attempt, delay) => this.log.info(
          `${step}: ${describeTransient(err)}; retry ${attempt}/${this.policy.attempts - 1} in ${seconds(delay)}`),
      });
    } catch (err) {
      if (err instanceof HttpStatusError) return err.response;
      if (err instanceof NetworkError) err.step = step;
      throw err;
    }
  }
}

function isTransientStatus(status: number): boolean {
  return status >= 500 || status === 429 || status === 408;
}

function classify(err: unknown, mode: RetryMode): RetryDecision {
  if (err instanceof NetworkError) return { retry: mode === 'idempotent' || !err.maybeProcessed };
  if (err instanceof HttpStatusError) {
    const { status, headers } = err.response;
    if (mode === 'unsent' && status !== 429) return { retry: false };
    return { retry: true, afterMs: retryAfterMs(headers['retry-after']) };
  }
  return { retry: false };
}

/** Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function describeTransient(err: unknown): string {
  if (err instanceof HttpStatusError) return `Orka answered ${statusLine(err.response)}`;
  if (err instanceof NetworkError) return err.message;
  return String(err);
}

export function statusLine(response: HttpResponse): string {
  return `${response.status} ${response.statusText}`.trim();
}

/** One HTTP exchange. Never logs or echoes the body or headers: they may carry a password or token. */
export function request(baseUrl: string, options: CallOptions, timeoutMs: number): Promise<HttpResponse> {
  const url = new URL(baseUrl + options.path);
  const transport = url.protocol === 'https:' ? https : http;
  const payload = options.body === undefined ? undefined : Buffer.from(JSON.stringify(options.body));
  const headers: http.OutgoingHttpHeaders = { accept: 'application/json' };
  if (payload !== undefined) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = payload.length;
  }
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;

  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(abortReason(options.signal));
      return;
    }
    let sent = false;
    let settled = false;
    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      fn();
    };
    const req = transport.request(url, { method: options.method, headers, agent: false });
    const timer = setTimeout(() => {
      req.destroy();
      // A request that never got a connection cannot have reached Orka: it may be repeated safely.
      settle(() => reject(sent
        ? new NetworkError('ETIMEDOUT', `no answer from ${url.host} within ${seconds(timeoutMs)}`, true)
        : new NetworkError('ETIMEDOUT', `no connection to ${url.host} within ${seconds(timeoutMs)}`, false)));
    }, timeoutMs);
    const onAbort = (): void => {
      req.destroy();
      settle(() => reject(abortReason(options.signal!)));
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });

    req.on('socket', (socket) => socket.once('connect', () => { sent = true; }));
    req.on('error', (err) => {
      const code = errorCode(err) ?? 'ECONNRESET';
      const maybeProcessed = sent && !UNSENT_CODES.has(code);
      settle(() => reject(new NetworkError(code, `${describeCode(code)} talking to ${url.host}`, maybeProcessed)));
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (bytes <= MAX_BODY_BYTES) {
          chunks.push(chunk);
          return;
        }
        req.destroy();
        // The request reached Orka, which may have acted on it: a deploy then leaves a VM to delete.
        settle(() => reject(new NetworkError('EMSGSIZE', `${url.host} answered ${res.statusCode ?? ''} with a body over ${MAX_BODY_BYTES >> 20} MiB, far more than any Orka answer`, true)));
      });
      res.on('error', () => settle(() => reject(new NetworkError('ECONNRESET', `the connection to ${url.host} broke mid-answer`, true))));
      res.on('aborted', () => settle(() => reject(new NetworkError('ECONNRESET', `the connection to ${url.host} broke mid-answer`, true))));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        settle(() => resolve({
          status: res.statusCode ?? 0,
          statusText: res.statusMessage ?? '',
          headers: res.headers,
          body: parseJson(text),
          text,
        }));
      });
    });
    req.end(payload);
  });
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function describeCode(code: string): string {
  switch (code) {
    case 'ECONNREFUSED': return 'connection refused';
    case 'ECONNRESET': return 'connection reset';
    case 'ENOTFOUND': case 'EAI_AGAIN': return 'host name not resolved';
    case 'EHOSTUNREACH': case 'ENETUNREACH': return 'host unreachable';
    default: return code;
  }
}
