// Rules across documents: a ref names something that exists, the params and workspaces given to
// it match what it declares, result references name declared results.
import { available, Doc, isObject, list, show } from './core';
import { Catalog, Interface } from './model';
import { isQualifiedName } from '../facts/names';
import { PARAM_TYPES, ParamValues, valueType } from './params';

/**
 * Looks a by-name ref up among the documents. Resolver refs, custom tasks and names that are not
 * resource names (URLs, malformed names: checkRef reports those) are not looked up.
 * Reports a missing target; returns its interface when it is known.
 */
export function resolveRef(d: Doc, path: string, ref: unknown, kind: 'Task' | 'Pipeline' | 'StepAction', catalog: Catalog): Interface | undefined {
  if (!isObject(ref) || typeof ref.name !== 'string' || ref.name === '' || ref.resolver || list(ref.params).length > 0 || !isQualifiedName(ref.name)) return undefined;
  if (kind === 'Task' && ((ref.kind !== undefined && ref.kind !== 'Task') || ref.apiVersion !== undefined)) return undefined;
  const found = catalog.find(kind, ref.name);
  if (found === 'external') return undefined;
  if (found === undefined) {
    if (d.settings.checkRefsExist) {
      d.report(
        'ref.not-found',
        `${path}.name`,
        `${kind} "${ref.name}" is not among the documents validated together; ${kind}s there: ${available(catalog.names(kind))}`,
        `${d.settings.surface.define}, fix the name, or declare that it exists in the cluster: ${d.settings.surface.setting('externalRefs', [ref.name])}`,
        ref.name,
      );
    }
    return undefined;
  }
  return found;
}

const REFERENCE_ONLY = /^\$\([^)]*\)$/;

/** True when a param value is only Tekton variables, whose type is known at run time only. */
function isReferenceOnly(value: unknown): boolean {
  return typeof value === 'string' && REFERENCE_ONLY.test(value);
}

/** The type a `$(...)` reference stands for (`string`, `array`, `object`), when it is known where it is used. */
export type ReferenceTypes = (body: string) => string | undefined;

const NO_NAMES: ReadonlySet<string> = new Set();
const UNKNOWN_TYPES: ReferenceTypes = () => undefined;

const an = (type: string) => `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;

/**
 * Every required param of `target` is given, and each given value has the declared type; a value
 * that is one reference has the type `referenceType` gives it, when it knows.
 */
export function checkSuppliedParams(d: Doc, path: string, given: ReadonlyMap<string, unknown>, target: Interface, extra: ReadonlySet<string> = NO_NAMES, referenceType: ReferenceTypes = UNKNOWN_TYPES): void {
  // forEach, not for-of: a fresh process runs this before V8 optimizes it, and an entry iterator
  // allocates at each step until then.
  target.params.forEach((decl, name) => {
    if (!given.has(name)) {
      if (decl.required && !extra.has(name)) {
        d.report('param.missing', path, `${target.label} requires param "${name}" (${decl.type}, no default), which is not given`, `add {name: ${name}, value: ...} to ${path}, or give the param a default`);
      }
      return;
    }
    const value = given.get(name);
    if (value === undefined) return;
    const at = (): string => {
      const i = given instanceof ParamValues ? given.index.get(name) : undefined;
      return i === undefined ? path : `${path}[${i}].value`;
    };
    if (isReferenceOnly(value)) {
      const type = referenceType((value as string).slice(2, -1));
      if (type !== undefined && PARAM_TYPES.has(decl.type) && type !== decl.type) {
        d.report('param.value-type', at(), `param "${name}" of ${target.label} is ${an(decl.type)}, and the reference given is ${an(type)}`, `pass ${sameType(value as string, type, decl.type)} instead, or declare param "${name}" as ${an(type)}`, value);
      }
      return;
    }
    const type = valueType(value);
    if (PARAM_TYPES.has(decl.type) && type !== decl.type && !(decl.type === 'array' && isReferenceArray(value))) {
      d.report('param.value-type', at(), `param "${name}" of ${target.label} is ${decl.type === 'array' ? 'an' : 'a'} ${decl.type}, and the value given is ${type === 'array' ? 'an' : 'a'} ${type}`, `give ${decl.type === 'array' ? 'a list' : decl.type === 'object' ? 'a map of strings' : 'a string'}`, value);
    } else if (decl.enum && type === 'string' && typeof value === 'string' && !value.includes('$(') && !decl.enum.includes(value)) {
      d.report('param.enum-value', at(), `param "${name}" of ${target.label} only allows ${decl.enum.map((e) => show(e)).join(', ')}`, 'give one of the allowed values', value);
    }
  });
}

/** How to turn reference `value` of type `from` into a value of type `to`, for a fix. */
function sameType(value: string, from: string, to: string): string {
  const base = value.replace(/\[\*\]\)$|\)$/, '');
  if (to === 'array') return `a list such as ["${from === 'string' ? value : `${base}.<key>)`}"]`;
  if (to === 'string') return from === 'array' ? `one item such as ${base}[0])` : `one key such as ${base}.<key>)`;
  return 'a map of strings';
}

function isReferenceArray(value: unknown): boolean {
  return typeof value === 'string' && value.includes('[*]');
}

/**
 * Each binding names a declared workspace (unless the target is an inline spec, to which bindings
 * propagate), and every non-optional declared workspace is bound (unless the cluster has a
 * default-task-run-workspace-binding).
 */
export function checkBindings(d: Doc, path: string, bindings: unknown, target: Interface, how: { readonly propagates?: boolean; readonly defaultBinding?: boolean } = NO_HOW): void {
  const items = list(bindings);
  for (let i = 0; i < items.length; i++) {
    const b = items[i];
    if (!isObject(b) || typeof b.name !== 'string') continue;
    if (!target.workspaces.has(b.name) && !how.propagates) {
      d.report('workspace.unknown-binding', `${path}[${i}].name`, `${target.label} declares no workspace "${b.name}"; declared: ${available(target.workspaces)}`, 'bind one of the declared workspaces, or declare this one', b.name);
    }
  }
  if (how.defaultBinding) return;
  // A task binds a handful of workspaces: a scan costs less than a set, up to a few.
  const bound = items.length > 8 ? new Set(items.map((b) => (isObject(b) ? b.name : undefined))) : undefined;
  target.workspaces.forEach((ws, name) => {
    if (!ws.optional && !(bound ? bound.has(name) : isBound(items, name))) {
      d.report('workspace.missing-binding', path, `${target.label} requires workspace "${name}", which is not bound`, `add a binding named "${name}" to ${path}, or mark the workspace optional`);
    }
  });
}

const NO_HOW = {};

/** Whether one of a few bindings names `name`. */
function isBound(bindings: readonly unknown[], name: string): boolean {
  for (let i = 0; i < bindings.length; i++) {
    const b = bindings[i];
    if (isObject(b) && b.name === name) return true;
  }
  return false;
}
