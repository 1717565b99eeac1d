// The CEL environment of Tekton Triggers' cel interceptor, on the cel-js evaluator: the variables
// `body`, `header`, `extensions`, `requestURL`, Tekton's own functions and the cel-go string and
// base64 extensions that filters use. Kept here, apart from any parse check elsewhere, so the
// evaluator's extra functions live in one file.
import { timingSafeEqual } from 'node:crypto';
import { Environment } from '@marcbachmann/cel-js';
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

/** Go's regexp replacement syntax (`$1`, `${name}`) matches JavaScript's closely enough for translate(). */
function translate(text: string, pattern: string, replacement: string): string {
  return text.replace(new RegExp(pattern, 'g'), replacement.replace(/\$\{(\w+)\}/g, (_, g: string) => (/^\d+$/.test(g) ? `$${g}` : `$<${g}>`)));
}

class Base64Namespace {}

/** The cel interceptor's environment; `secrets` answers compareSecret(). */
export function triggersCelEnvironment(secrets: SecretValues): Environment {
  const compareSecret = (value: string, key: string, name: string): boolean => {
    const secret = secrets.get(`${name}/${key}`);
    if (secret === undefined) throw new Error(`compareSecret: secret "${name}" key "${key}" is not known offline; give it with --secret ${name}/${key}=VALUE`);
    const a = Buffer.from(value);
    const b = Buffer.from(secret);
    return a.length === b.length && timingSafeEqual(a, b);
  };
  return new Environment({ homogeneousAggregateLiterals: false })
    .registerVariable('body', 'map')
    .registerVariable('header', 'map')
    .registerVariable('extensions', 'map')
    .registerVariable('requestURL', 'string')
    .registerFunction('map.match(string, string): bool', (h: Record<string, string[]>, name: string, value: string) => headerGet(h, name) === value)
    .registerFunction('map.canonical(string): string', (h: Record<string, string[]>, name: string) => headerGet(h, name))
    .registerFunction('string.truncate(int): string', (s: string, n: bigint) => (BigInt(s.length) <= n ? s : s.slice(0, Number(n))))
    .registerFunction('string.compareSecret(string, string): bool', (s: string, key: string, name: string) => compareSecret(s, key, name))
    .registerFunction('string.compareSecret(string, string, string): bool', (s: string, key: string, name: string) => compareSecret(s, key, name))
    .registerFunction('string.parseJSON(): map', (s: string) => JSON.parse(s))
    .registerFunction('string.parseYAML(): map', (s: string) => parseYaml(s))
    .registerFunction('string.parseURL(): map', (s: string) => parseUrl(s))
    .registerFunction('marshalJSON(map): string', sortedJson)
    .registerFunction('marshalJSON(list): string', sortedJson)
    .registerFunction('list.first(): dyn', (l: unknown[]) => (l.length ? l[0] : null))
    .registerFunction('list.last(): dyn', (l: unknown[]) => (l.length ? l[l.length - 1] : null))
    .registerFunction('string.translate(string, string): string', translate)
    .registerFunction('string.replace(string, string): string', (s: string, from: string, to: string) => s.split(from).join(to))
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
    .registerFunction('Base64Namespace.encode(bytes): string', (_: unknown, b: Uint8Array) => Buffer.from(b).toString('base64'));
}
