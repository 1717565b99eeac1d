// One webhook event as Tekton Triggers' sink sees it: the body bytes, the parsed body, the headers
// under their canonical Go names, and the ids Triggers would draw at random, derived here from a
// hash of the event so that a replay prints the same output every time.
import { createHash } from 'node:crypto';
import { canonicalHeader } from './cel-env';

/** Secret values given on the command line, keyed `secretName/secretKey`. */
export type SecretValues = ReadonlyMap<string, string>;

export interface WebhookEvent {
  /** The body bytes exactly as received: signatures are computed over them. */
  readonly bodyBytes: Buffer;
  readonly body: unknown;
  /** Canonical header name (`X-Github-Event`) to its values, in the order given. */
  readonly header: Readonly<Record<string, readonly string[]>>;
  readonly requestURL: string;
  /** sha256 of the body, hex. */
  readonly bodySha256: string;
  /** `$(context.eventID)`: Triggers draws a UUID; here it is the UUID-shaped prefix of a hash of body and headers. */
  readonly eventID: string;
}

function uuidOf(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** A deterministic stand-in for a random UUID, from any text. */
export function deterministicUuid(text: string): string {
  return uuidOf(createHash('sha256').update(text).digest('hex'));
}

/** Throws a SyntaxError when the body is not JSON. */
export function makeEvent(received: Buffer | string, headers: ReadonlyArray<readonly [string, string]>, requestURL: string): WebhookEvent {
  const bodyBytes = Buffer.isBuffer(received) ? received : Buffer.from(received);
  const bodyText = bodyBytes.toString('utf8');
  const body: unknown = JSON.parse(bodyText);
  const header: Record<string, string[]> = {};
  for (const [name, value] of headers) (header[canonicalHeader(name)] ??= []).push(value);
  const sorted = Object.keys(header).sort().map((k) => `${k}: ${header[k].join(',')}`);
  return {
    bodyBytes,
    body,
    header,
    requestURL,
    bodySha256: createHash('sha256').update(bodyBytes).digest('hex'),
    eventID: deterministicUuid(`event\n${sorted.join('\n')}\n\n${bodyText}`),
  };
}

/** The first value of a header, looked up the way Go's `http.Header.Get` does. */
export function headerValue(event: WebhookEvent, name: string): string {
  return event.header[canonicalHeader(name)]?.[0] ?? '';
}
