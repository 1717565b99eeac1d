// Param values (`params: [{name, value}]` of pipeline tasks, runs, steps and matrices) as a
// `name -> value` map whose values may be typed references.
import { isObject } from '../facts/object';
import { literal, props, Scope } from './code';

/** A `name -> value` map for a params list of plain entries; undefined otherwise. */
export function paramsCode(params: unknown, scope: Scope | undefined): string | undefined {
  if (!Array.isArray(params)) return undefined;
  const seen = new Set<string>();
  for (const p of params) {
    if (!isObject(p) || typeof p.name !== 'string' || !isParamValue(p.value) || seen.has(p.name) || /^\d+$/.test(p.name) || Object.keys(p).some((k) => k !== 'name' && k !== 'value')) return undefined;
    seen.add(p.name);
  }
  return props(params.map((p) => [p.name, literal(p.value, '      ', { scope, bare: true })] as [string, string]), '    ');
}

/** A string, a list of strings or a map of strings: what ParamValue types (YAML may hold a bare `true`). */
export function isParamValue(v: unknown): boolean {
  if (typeof v === 'string') return true;
  if (Array.isArray(v)) return v.every((x) => typeof x === 'string');
  return isObject(v) && Object.values(v).every((x) => typeof x === 'string');
}
