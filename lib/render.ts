import { sortKeys } from './facts/object';

/**
 * A value that stands for a Tekton variable (`$(params.x)`, `$(tasks.a.results.b)`, ...). It is
 * accepted wherever a string is and renders as its `$(...)` text.
 */
export class Reference {
  /** @param expression the variable without `$(` and `)`, e.g. `params.url` */
  public constructor(
    /** The variable without `$(` and `)`. */
    public readonly expression: string,
  ) {}

  /** `$(<expression>)`. */
  public toString(): string {
    return `$(${this.expression})`;
  }

  /** `$(<expression>)`, so a reference serializes as its text. */
  public toJSON(): string {
    return this.toString();
  }
}

/** A string, or a reference that renders as one. */
export type StringValue = string | Reference;

/**
 * Turns a value built with the SDK (references, Kubernetes quantities, plain objects) into plain
 * manifest JSON: references become their `$(...)` text, objects with a single `value` field made
 * by a class (cdk8s `Quantity`, `IntOrString`) become that value, undefined fields are dropped.
 */
export function toManifestJson(value: unknown): any {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Reference) return value.toString();
  if (Array.isArray(value)) return value.map(toManifestJson);
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    if ('value' in (value as object)) return (value as { value: unknown }).value;
    throw new Error(`cannot render a ${proto.constructor?.name ?? 'class'} instance into a manifest; pass plain data`);
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = toManifestJson(v);
  }
  return out;
}

/** Drops undefined fields and empty arrays so optional lists do not appear as `[]`. */
export function compact<T extends object>(obj: T): T {
  const out: Record<string, unknown> = {};
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const v = (obj as Record<string, unknown>)[keys[i]];
    if (v === undefined) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    out[keys[i]] = v;
  }
  return out as T;
}

/** Name of a Tekton variable key, using the bracket form for names with dots. */
export function variableKey(prefix: string, name: string): string {
  return name.includes('.') ? `${prefix}["${name}"]` : `${prefix}.${name}`;
}

/**
 * What cdk8s makes of plain JSON when it renders a manifest (resolving changes nothing, sanitizing
 * sorts object keys and drops null and undefined fields), in one copy. With `dropEmpty`, as cdk8s
 * sanitizes metadata, empty lists and maps are dropped too (at any depth; one inside a list leaves
 * a hole). Throws on anything that is not plain JSON, for which cdk8s's own rendering is needed.
 */
export function sortedPlainJson(value: unknown, dropEmpty = false): unknown {
  if (typeof value !== 'object') {
    if (typeof value === 'function') throw new Error('not plain JSON');
    return value;
  }
  if (value === null) return undefined;
  if (Array.isArray(value)) {
    if (dropEmpty && value.length === 0) return undefined;
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = sortedPlainJson(value[i], dropEmpty);
    return out;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype || (value as object).constructor !== Object) throw new Error('not plain JSON');
  const keys = Object.keys(value);
  sortKeys(keys);
  const out: Record<string, unknown> = {};
  let kept = false;
  for (let i = 0; i < keys.length; i++) {
    const v = sortedPlainJson((value as Record<string, unknown>)[keys[i]], dropEmpty);
    if (v !== undefined) {
      out[keys[i]] = v;
      kept = true;
    }
  }
  return dropEmpty && !kept ? undefined : out;
}
