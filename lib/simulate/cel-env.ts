// The CEL environment of Tekton Triggers' cel interceptor, on the cel-js evaluator: the variables
// `body`, `header`, `extensions`, `requestURL`, Tekton's own functions and the cel-go string and
// base64 extensions that filters use. Kept here, apart from any parse check elsewhere, so the
// evaluator's extra functions live in one file.
import { timingSafeEqual } from 'node:crypto';
import { type ASTNode, Environment, type ParseResult, serialize } from '@marcbachmann/cel-js';
import { RE2JS, RE2JSException } from 're2js';
import { ReplayBudget } from './budget';
import { parseYaml } from '../yaml';
import type { SecretValues } from './event';

/** A Go `http.Header` key: `x-github-event` becomes `X-Github-Event`. */
export function canonicalHeader(name: string): string {
  return name.toLowerCase().replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase());
}

/**
 * A CEL value as plain JSON, the way Tekton writes an overlay into `extensions`: ints become
 * numbers, bytes become base64 (Go's JSON encoding of []byte), maps become objects.
 */
export function toJson(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [String(k), toJson(v)]));
  if (Array.isArray(value)) return value.map(toJson);
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v)]));
  return value;
}

/** Go's encoding/json sorts map keys; marshalJSON output follows it so results are stable. */
function sortedJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort((v as Record<string, unknown>)[k])]));
    return v;
  };
  return JSON.stringify(sort(toJson(value)));
}

function headerGet(header: Record<string, string[]>, name: string): string {
  return header[canonicalHeader(name)]?.[0] ?? '';
}

function parseUrl(text: string): Record<string, unknown> {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`parseURL: ${JSON.stringify(text)} is not a URL`);
  }
  const query: Record<string, string[]> = {};
  for (const [k, v] of url.searchParams) (query[k] ??= []).push(v);
  return {
    scheme: url.protocol.replace(/:$/, ''),
    host: url.host,
    path: decodeURIComponent(url.pathname),
    rawQuery: url.search.replace(/^\?/, ''),
    fragment: decodeURIComponent(url.hash.replace(/^#/, '')),
    query,
    auth: { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) },
  };
}

/**
 * A pattern compiled by RE2JS, the linear-time port of the RE2 engine that cel-go and Triggers
 * use: a hostile pattern or body cannot make matching backtrack for minutes.
 */
function re2(pattern: string, where: string): RE2JS {
  try {
    return RE2JS.compile(pattern);
  } catch (e) {
    if (e instanceof RE2JSException) throw new Error(`${where}: invalid regular expression ${JSON.stringify(pattern)}: ${e.message}`);
    throw e;
  }
}

/** Go's replacement syntax (`$1`, `${1}`, `${name}`) in RE2JS's (Java's) spelling. */
function translate(text: string, pattern: string, replacement: string): string {
  return re2(pattern, 'translate').matcher(text).replaceAll(replacement.replace(/\$\{(\d+)\}/g, (_, g: string) => `$${g}`));
}

/** The name the built-in matches() is renamed to, so that it runs on RE2JS (cel-js's own uses RegExp). */
const RE2_MATCHES = 're2Matches';
/** A function that checks the budget and returns true, the condition put before each comprehension's body. */
const TICK = 'replayBudget';
const COMPREHENSIONS = new Set(['all', 'exists', 'exists_one', 'map', 'filter']);

/**
 * Rewrites a parsed expression in place: matches() onto RE2JS, and each comprehension's last
 * argument `e` (evaluated once per element) into `replayBudget() ? e : e`, so that the budget is
 * checked before each element's work; a comprehension over a large body then stops when the
 * replay's time runs out (the quantifiers all() and exists() hold an error back until their
 * last element, so each element after that costs one check, not its whole body).
 */
function instrument(node: ASTNode): void {
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const n = stack.pop();
    if (Array.isArray(n)) {
      stack.push(...n);
      continue;
    }
    if (n === null || typeof n !== 'object' || !('op' in n)) continue;
    const ast = n as { op: string; args: unknown };
    if ((ast.op === 'call' || ast.op === 'rcall') && Array.isArray(ast.args) && ast.args[0] === 'matches') ast.args[0] = RE2_MATCHES;
    if (ast.op === 'rcall' && Array.isArray(ast.args) && COMPREHENSIONS.has(ast.args[0] as string) && Array.isArray(ast.args[2]) && ast.args[2].length > 0) {
      const args = ast.args[2] as unknown[];
      const body = args[args.length - 1];
      args[args.length - 1] = { op: '?:', args: [{ op: 'call', args: [TICK, []] }, body, body] };
    }
    if (Array.isArray(ast.args)) stack.push(...ast.args);
    else stack.push(ast.args);
  }
}

/**
 * The cel interceptor's evaluator: Triggers' CEL environment, matches() on RE2JS, and every
 * evaluation and added function checked against the replay's budget.
 */
export class TriggersCel {
  private readonly parsed = new Map<string, ParseResult>();

  public constructor(private readonly env: Environment, private readonly budget: ReplayBudget) {}

  public evaluate(expression: string, vars: Record<string, unknown>): unknown {
    this.budget.check();
    let program = this.parsed.get(expression);
    if (!program) {
      const ast = this.env.parse(expression).ast;
      instrument(ast);
      program = this.env.parse(serialize(ast));
      this.parsed.set(expression, program);
    }
    try {
      return program(vars);
    } finally {
      this.budget.check();
    }
  }
}

class Base64Namespace {}

/** The cel interceptor's evaluator; `secrets` answers compareSecret(). */
export function triggersCelEnvironment(secrets: SecretValues, budget: ReplayBudget = new ReplayBudget()): TriggersCel {
  const compareSecret = (value: string, key: string, name: string): boolean => {
    const secret = secrets.get(`${name}/${key}`);
    if (secret === undefined) throw new Error(`compareSecret: secret "${name}" key "${key}" is not known offline; give it with --secret ${name}/${key}=VALUE`);
    const a = Buffer.from(value);
    const b = Buffer.from(secret);
    return a.length === b.length && timingSafeEqual(a, b);
  };
  // Each added function checks the budget: a comprehension calls them once per element.
  const checked = <A extends unknown[], R>(f: (...args: A) => R) => (...args: A): R => {
    budget.check();
    return f(...args);
  };
  const env = new Environment({ homogeneousAggregateLiterals: false })
    .registerVariable('body', 'map')
    .registerVariable('header', 'map')
    .registerVariable('extensions', 'map')
    .registerVariable('requestURL', 'string')
    .registerFunction('map.match(string, string): bool', (h: Record<string, string[]>, name: string, value: string) => headerGet(h, name) === value)
    .registerFunction('map.canonical(string): string', (h: Record<string, string[]>, name: string) => headerGet(h, name))
    .registerFunction('string.truncate(int): string', (s: string, n: bigint) => (BigInt(s.length) <= n ? s : s.slice(0, Number(n))))
    .registerFunction('string.compareSecret(string, string): bool', (s: string, key: string, name: string) => compareSecret(s, key, name))
    .registerFunction('string.compareSecret(string, string, string): bool', (s: string, key: string, name: string) => compareSecret(s, key, name))
    .registerFunction('string.parseJSON(): map', checked((s: string) => JSON.parse(s)))
    .registerFunction('string.parseYAML(): map', checked((s: string) => parseYaml(s)))
    .registerFunction('string.parseURL(): map', (s: string) => parseUrl(s))
    .registerFunction('marshalJSON(map): string', checked(sortedJson))
    .registerFunction('marshalJSON(list): string', checked(sortedJson))
    .registerFunction('list.first(): dyn', (l: unknown[]) => (l.length ? l[0] : null))
    .registerFunction('list.last(): dyn', (l: unknown[]) => (l.length ? l[l.length - 1] : null))
    .registerFunction('string.translate(string, string): string', checked(translate))
    .registerFunction('string.replace(string, string): string', checked((s: string, from: string, to: string) => s.split(from).join(to)))
    .registerFunction('string.replace(string, string, int): string', (s: string, from: string, to: string, n: bigint) => {
      const parts = s.split(from);
      const keep = n < 0n ? parts.length : Math.min(parts.length, Number(n) + 1);
      return [parts.slice(0, keep).join(to), ...parts.slice(keep)].join(from);
    })
    .registerFunction('string.charAt(int): string', (s: string, i: bigint) => s.charAt(Number(i)))
    .registerFunction('string.reverse(): string', (s: string) => [...s].reverse().join(''))
    .registerFunction('string.quote(): string', (s: string) => JSON.stringify(s))
    .registerType('Base64Namespace', Base64Namespace)
    .registerConstant('base64', 'Base64Namespace', new Base64Namespace())
    .registerFunction('Base64Namespace.decode(string): bytes', (_: unknown, s: string) => new Uint8Array(Buffer.from(s, 'base64')))
    .registerFunction('Base64Namespace.encode(bytes): string', (_: unknown, b: Uint8Array) => Buffer.from(b).toString('base64'))
    .registerFunction(`${TICK}(): bool`, checked(() => true))
    .registerFunction(`string.${RE2_MATCHES}(string): bool`, checked((s: string, pattern: string) => re2(pattern, 'matches').matcher(s).find()))
    .registerFunction(`${RE2_MATCHES}(string, string): bool`, checked((s: string, pattern: string) => re2(pattern, 'matches').matcher(s).find()));
  return new TriggersCel(env, budget);
}
