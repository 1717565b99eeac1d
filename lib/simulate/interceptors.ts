// Tekton Triggers' core interceptors (github, gitlab, bitbucket, cel) run offline, in the order and
// with the failure texts of their upstream implementations, so a replay stops where the cluster would.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { asRefForm } from '../facts/interceptors';
import { BudgetExceeded } from './budget';
import { toJson, type TriggersCel } from './cel-env';
import { conjunctsOf } from './pac-cel';
import { headerValue, type SecretValues, type WebhookEvent } from './event';

type Json = Record<string, unknown>;

/** The outcome of one interceptor: `stop` set means the trigger does not fire. */
interface StepOutcome {
  readonly notes: string[];
  readonly stop?: string;
  readonly extensions?: Json;
}

export interface ChainResult {
  /** One line per interceptor that ran. */
  readonly steps: string[];
  /** Why the chain stopped, naming the interceptor; undefined when every interceptor let the event through. */
  readonly stoppedBy?: string;
  readonly extensions: Json;
}

export interface ChainContext {
  readonly event: WebhookEvent;
  readonly secrets: SecretValues;
  readonly cel: TriggersCel;
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function paramsOf(entry: Json): Json {
  const params: Json = {};
  if (Array.isArray(entry.params)) for (const p of entry.params) if (isObject(p) && typeof p.name === 'string') params[p.name] = p.value;
  return params;
}

function eventTypeCheck(ctx: ChainContext, params: Json, headerName: string): StepOutcome | string {
  const actual = headerValue(ctx.event, headerName);
  if (!Array.isArray(params.eventTypes)) return `${headerName} ${JSON.stringify(actual)} (no eventTypes given)`;
  if (!params.eventTypes.includes(actual)) return { notes: [], stop: `event type ${actual} is not allowed (${headerName}: ${JSON.stringify(actual)}; eventTypes: ${params.eventTypes.join(', ')})` };
  return `event type ${actual} allowed`;
}

type SecretCheck = { skipped: string } | { token: string } | { fail: string };

function secretOf(ctx: ChainContext, provider: string, ref: unknown): SecretCheck {
  const { secretName, secretKey } = isObject(ref) ? ref : ({} as Json);
  if (typeof secretKey !== 'string' || secretKey === '') return { fail: `${provider} interceptor secretRef.secretKey is empty` };
  const token = ctx.secrets.get(`${secretName}/${secretKey}`);
  if (token === undefined) return { skipped: `secret check skipped: no --secret ${secretName}/${secretKey}=VALUE given` };
  return { token };
}

const MISMATCH = 'the signature header is not the HMAC of the body with the --secret value; check the value, and that --body holds the bytes exactly as the provider sent them';

/** go-github's ValidateSignature: `sha256=<hex>` or `sha1=<hex>`, an HMAC of the body bytes. */
function signatureMatches(signature: string, body: Buffer, token: string): boolean {
  const m = /^(sha256|sha1)=([0-9a-f]+)$/.exec(signature);
  if (!m) return false;
  const expected = createHmac(m[1], token).update(body).digest();
  const given = Buffer.from(m[2], 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** `changed_files` of a push, as the github interceptor computes it: added, modified, removed of each commit, joined with ",". */
function changedFilesOfPush(body: unknown): { files: string } | { error: string } {
  if (!isObject(body)) return { error: 'error parsing body: the body is not a JSON object' };
  const repo = body.repository;
  if (!isObject(repo)) return { error: "error parsing body: payload body missing 'repository' field" };
  if (typeof repo.full_name !== 'string') return { error: "error parsing body: payload body missing 'repository.full_name' field" };
  const files: string[] = [];
  for (const commit of Array.isArray(body.commits) ? body.commits : []) {
    for (const field of ['added', 'modified', 'removed']) {
      const list = isObject(commit) ? commit[field] : undefined;
      if (!Array.isArray(list)) return { error: `error parsing body: payload body missing 'commits.*.${field}' field` };
      files.push(...list.map(String));
    }
  }
  return { files: files.join(',') };
}

function github(ctx: ChainContext, params: Json): StepOutcome {
  if (headerValue(ctx.event, 'Content-Type') === 'application/x-www-form-urlencoded') return { notes: [], stop: 'form parameter encoding not supported, please change the hook to send JSON payloads' };
  const notes: string[] = [];
  const type = eventTypeCheck(ctx, params, 'X-GitHub-Event');
  if (typeof type !== 'string') return type;
  notes.push(type);
  if (params.secretRef !== undefined) {
    const secret = secretOf(ctx, 'github', params.secretRef);
    if ('fail' in secret) return { notes, stop: secret.fail };
    if ('skipped' in secret) notes.push(secret.skipped);
    else {
      const signature = headerValue(ctx.event, 'X-Hub-Signature-256') || headerValue(ctx.event, 'X-Hub-Signature');
      if (signature === '') return { notes, stop: 'Must set X-Hub-Signature-256 or X-Hub-Signature header' };
      if (!signatureMatches(signature, ctx.event.bodyBytes, secret.token)) return { notes, stop: `payload signature check failed: ${MISMATCH}` };
      notes.push('signature valid');
    }
  }
  const actual = headerValue(ctx.event, 'X-GitHub-Event');
  const changed = params.addChangedFiles;
  if (isObject(changed) && changed.enabled === true) {
    if (actual === 'pull_request') return { notes, stop: 'addChangedFiles lists the files of a pull_request through the GitHub API, which simulate does not call' };
    if (actual !== 'push') return { notes };
    const result = changedFilesOfPush(ctx.event.body);
    if ('error' in result) return { notes, stop: result.error };
    notes.push(`changed_files: ${result.files === '' ? '(none)' : result.files}`);
    return { notes, extensions: { changed_files: result.files } };
  }
  const owners = params.githubOwners;
  if (isObject(owners) && owners.enabled === true && (actual === 'pull_request' || actual === 'issue_comment')) {
    return { notes, stop: 'githubOwners asks the GitHub API who may run the pipeline, which simulate does not call' };
  }
  return { notes };
}

function gitlab(ctx: ChainContext, params: Json): StepOutcome {
  const notes: string[] = [];
  const type = eventTypeCheck(ctx, params, 'X-Gitlab-Event');
  if (typeof type !== 'string') return type;
  notes.push(type);
  if (params.secretRef !== undefined) {
    const secret = secretOf(ctx, 'gitlab', params.secretRef);
    if ('fail' in secret) return { notes, stop: secret.fail };
    if ('skipped' in secret) notes.push(secret.skipped);
    else {
      const token = headerValue(ctx.event, 'X-Gitlab-Token');
      if (token === '') return { notes, stop: 'no X-GitLab-Token header set' };
      const a = Buffer.from(token);
      const b = Buffer.from(secret.token);
      if (a.length !== b.length || !timingSafeEqual(a, b)) return { notes, stop: 'Invalid X-GitLab-Token' };
      notes.push('X-Gitlab-Token valid');
    }
  }
  return { notes };
}

function bitbucket(ctx: ChainContext, params: Json): StepOutcome {
  const notes: string[] = [];
  if (params.secretRef !== undefined) {
    const secret = secretOf(ctx, 'bitbucket', params.secretRef);
    if ('fail' in secret) return { notes, stop: secret.fail };
    if ('skipped' in secret) notes.push(secret.skipped);
    else {
      const signature = headerValue(ctx.event, 'X-Hub-Signature');
      if (signature === '') return { notes, stop: 'no X-Hub-Signature header set' };
      if (!signatureMatches(signature, ctx.event.bodyBytes, secret.token)) return { notes, stop: `payload signature check failed: ${MISMATCH}` };
      notes.push('signature valid');
    }
  }
  const type = eventTypeCheck(ctx, params, 'X-Event-Key');
  if (typeof type !== 'string') return { notes, stop: type.stop };
  notes.push(type);
  return { notes };
}

const hasOwn = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/**
 * sjson-style key: dots nest (`a.b` sets extensions.a.b), `\.` is a literal dot. Every part is an
 * own data property, as in the JSON Triggers writes: `__proto__.x` is a key named "__proto__",
 * never a way into Object.prototype.
 */
function setPath(target: Json, key: string, value: unknown): void {
  const parts = key.split(/(?<!\\)\./).map((p) => p.replace(/\\\./g, '.'));
  const define = (node: Json, part: string, v: unknown) => Object.defineProperty(node, part, { value: v, enumerable: true, writable: true, configurable: true });
  let node = target;
  for (const part of parts.slice(0, -1)) {
    if (!hasOwn(node, part) || !isObject(node[part])) define(node, part, {});
    node = node[part] as Json;
  }
  define(node, parts[parts.length - 1], value);
}

function celError(expression: string, e: unknown): string {
  const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
  return `error evaluating cel expression: expression ${JSON.stringify(expression)} failed: ${message}`;
}

/** Which part of a filter made it false: a long `a && b && c` filter says little by itself. */
function falsePart(env: TriggersCel, filter: string, vars: Json): string {
  const parts = conjunctsOf(filter);
  if (parts.length < 2) return '';
  for (const part of parts) {
    try {
      if (env.evaluate(part, vars) !== true) return `; the part that is false: ${part}`;
    } catch (e) {
      if (e instanceof BudgetExceeded) throw e;
      return `; the part that fails: ${part}`;
    }
  }
  return '';
}

function cel(ctx: ChainContext, params: Json, extensions: Json): StepOutcome {
  if (!isObject(ctx.event.body)) return { notes: [], stop: 'error making the evaluation context: the body is not a JSON object' };
  const vars = { body: ctx.event.body, header: ctx.event.header, extensions, requestURL: ctx.event.requestURL };
  const notes: string[] = [];
  if (typeof params.filter === 'string' && params.filter !== '') {
    let out: unknown;
    try {
      out = ctx.cel.evaluate(params.filter, vars);
    } catch (e) {
      if (e instanceof BudgetExceeded) throw e;
      return { notes, stop: celError(params.filter, e) };
    }
    if (out !== true) return { notes, stop: `expression ${params.filter} did not return true${falsePart(ctx.cel, params.filter, vars)}` };
    notes.push('filter returned true');
  }
  const added: Json = {};
  for (const overlay of Array.isArray(params.overlays) ? params.overlays : []) {
    if (!isObject(overlay) || typeof overlay.key !== 'string' || typeof overlay.expression !== 'string') continue;
    let value: unknown;
    try {
      value = toJson(ctx.cel.evaluate(overlay.expression, vars));
    } catch (e) {
      if (e instanceof BudgetExceeded) throw e;
      return { notes, stop: celError(overlay.expression, e) };
    }
    setPath(added, overlay.key, value);
    notes.push(`extensions.${overlay.key} = ${JSON.stringify(value)}`);
  }
  return { notes, extensions: Object.keys(added).length ? added : undefined };
}

/** A webhook interceptor posts the event to a service of the user's and goes on only on its answer, which no offline replay has. */
function webhookStop(webhook: unknown): string {
  const hook = isObject(webhook) ? webhook : {};
  const ref = isObject(hook.objectRef) ? hook.objectRef : undefined;
  const target = ref ? `Service ${JSON.stringify(String(ref.name ?? ''))}${typeof ref.namespace === 'string' ? ` in namespace ${JSON.stringify(ref.namespace)}` : ''}` : typeof hook.url === 'string' ? JSON.stringify(hook.url) : 'a service';
  return `a webhook interceptor sends the event to ${target} over HTTP and the trigger goes on only if that service answers 200; simulate does not call it, so the replay stops here and whether the trigger fires is not known (the interceptors before it ran as shown)`;
}

function labelOf(entry: Json, index: number, kind: string): string {
  return `interceptor ${index + 1}${typeof entry.name === 'string' ? ` "${entry.name}"` : ''} (${kind})`;
}

/** Runs an interceptor chain; `extensions` carries what earlier chains (a trigger group's) added. */
export function runChain(ctx: ChainContext, entries: unknown, extensions: Json = {}): ChainResult {
  const steps: string[] = [];
  let current: Json = { ...extensions };
  const list = Array.isArray(entries) ? entries : [];
  for (let i = 0; i < list.length; i++) {
    // Triggers' v1alpha1 webhook stores `- cel: {...}`, `- github: {...}` (and gitlab, bitbucket) as the ref form: they run as it does.
    const entry = asRefForm(isObject(list[i]) ? (list[i] as Json) : {});
    const ref = isObject(entry.ref) ? entry.ref : undefined;
    const kind = ref && typeof ref.name === 'string' && (ref.kind === undefined || ref.kind === 'ClusterInterceptor') ? ref.name : undefined;
    const label = labelOf(entry, i, kind ?? (entry.webhook !== undefined ? 'webhook' : String(ref?.name ?? 'no ref')));
    const params = paramsOf(entry);
    let outcome: StepOutcome;
    if (kind === 'github') outcome = github(ctx, params);
    else if (kind === 'gitlab') outcome = gitlab(ctx, params);
    else if (kind === 'bitbucket') outcome = bitbucket(ctx, params);
    else if (kind === 'cel') outcome = cel(ctx, params, current);
    else if (kind === undefined && entry.webhook !== undefined) outcome = { notes: [], stop: webhookStop(entry.webhook) };
    else outcome = { notes: [], stop: 'only the core interceptors github, gitlab, bitbucket and cel run offline; this one would be called over HTTP in the cluster' };
    if (outcome.stop !== undefined) {
      const before = outcome.notes.length ? ` (after: ${outcome.notes.join('; ')})` : '';
      return { steps, stoppedBy: `${label} stopped it: ${outcome.stop}${before}`, extensions: current };
    }
    steps.push(`${label}: continue${outcome.notes.length ? `; ${outcome.notes.join('; ')}` : ''}`);
    if (outcome.extensions) current = { ...current, ...outcome.extensions };
  }
  return { steps, extensions: current };
}
