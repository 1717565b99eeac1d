// Section 6: param declarations (ParamSpec) and param values, plus the scope of declared params
// that the variable rules check references against.
import { byName, byNameIgnoringCase, Doc, duplicates, isObject, keyPath, list, show } from './core';
import { OBJECT_PARAM_NAME, PARAM_NAME } from '../facts/names';

export type ParamType = 'string' | 'array' | 'object';

export const PARAM_TYPES: ReadonlySet<string> = new Set<ParamType>(['string', 'array', 'object']);

export interface ParamInfo {
  readonly type: ParamType | string;
  /** Declared property keys of an object param (or keys of a supplied object value). */
  readonly keys?: ReadonlySet<string>;
}

/** Params visible at one place, innermost declaration first. */
export class ParamScope {
  private readonly own = new Map<string, ParamInfo>();

  public constructor(private readonly outer?: ParamScope) {}

  public set(name: string, info: ParamInfo): void {
    if (!this.own.has(name)) this.own.set(name, info);
  }

  public get(name: string): ParamInfo | undefined {
    return this.own.get(name) ?? this.outer?.get(name);
  }

  /** Whether object param `name` has `key` at any level (run values and declarations merge). */
  public hasKey(name: string, key: string): boolean {
    const info = this.own.get(name);
    if (info && info.type === 'object' && (info.keys === undefined || info.keys.has(key))) return true;
    return this.outer?.hasKey(name, key) ?? false;
  }

  public names(): string[] {
    const all = new Set<string>(this.own.keys());
    for (const n of this.outer?.names() ?? []) all.add(n);
    return [...all].sort();
  }
}

/** The type Tekton gives a value: list of strings -> array, map -> object, anything else -> string. */
export function valueType(value: unknown): ParamType {
  if (Array.isArray(value)) return 'array';
  if (isObject(value)) return 'object';
  return 'string';
}

/** The type after Tekton's defaulting: properties -> object; no default -> string; else the default's type. */
export function declaredType(spec: Record<string, any>): string {
  if (spec.type !== undefined && spec.type !== '') return spec.type;
  if (spec.properties !== undefined) return 'object';
  if (spec.default === undefined) return 'string';
  return valueType(spec.default);
}

export type ParamOwner = 'Task' | 'Pipeline' | 'StepAction';

/** One shared ParamInfo for each type: a declaration without keys needs no object of its own. */
const PLAIN_INFO: ReadonlyMap<string, ParamInfo> = new Map(['string', 'array', 'object'].map((type) => [type, Object.freeze({ type })]));

/**
 * Checks `params` declarations at `path` and adds them to `scope`.
 * `requireProperties`: object params must declare `properties` (standalone Task / StepAction).
 */
export function checkParamSpecs(d: Doc, path: string, specs: unknown, owner: ParamOwner, scope: ParamScope, requireProperties = true): void {
  const items = list(specs);
  items.forEach((spec, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(spec)) {
      d.report('param.shape', at, 'a param declaration must be an object with a name', 'write it as `- name: <param>`', spec);
      return;
    }
    const name = typeof spec.name === 'string' ? spec.name : '';
    const type = declaredType(spec);
    if (!PARAM_TYPES.has(type)) {
      d.report('param.type', `${at}.type`, `param "${name}" has an unknown type; allowed: string, array, object`, 'use one of string, array or object', spec.type);
    }
    if (name === '') {
      d.report('param.name', `${at}.name`, 'a param needs a name', 'give the param a name', spec.name);
    } else if (type === 'object' ? !OBJECT_PARAM_NAME.test(name) : !PARAM_NAME.test(name)) {
      const allowed = type === 'object' ? 'letters, digits, "_" and "-", starting with a letter or "_" (no "." in object param names)' : 'letters, digits, "_", "-" and ".", starting with a letter or "_"';
      d.report('param.name-format', `${at}.name`, `${owner} param name is invalid; allowed: ${allowed}`, 'rename the param (and every $(params...) reference to it)', name);
    }
    if (spec.default !== undefined && PARAM_TYPES.has(type) && valueType(spec.default) !== type) {
      d.report('param.default-type', `${at}.default`, `the default of ${type} param "${name}" is ${valueType(spec.default) === 'string' ? 'a' : 'an'} ${valueType(spec.default)}`, `give a default of type ${type}, or change the param's type`, spec.default);
    }
    let keys: Set<string> | undefined;
    if (type === 'object') {
      if (spec.properties === undefined) {
        if (requireProperties) d.report('param.object-properties', `${at}.properties`, `object param "${name}" declares no properties`, 'list its keys under `properties:` (each `{type: string}`)');
      } else if (!isObject(spec.properties)) {
        d.report('param.object-properties', `${at}.properties`, `properties of object param "${name}" must be a map of key to {type: string}`, 'write `properties: {key: {type: string}}`', spec.properties);
      } else {
        keys = new Set(Object.keys(spec.properties));
        for (const [key, prop] of Object.entries(spec.properties)) {
          const propType = isObject(prop) ? prop.type : undefined;
          if (propType !== undefined && propType !== 'string') {
            d.report('param.object-property-type', `${keyPath(`${at}.properties`, key)}.type`, `property "${key}" of object param "${name}" has type "${propType}"; object params only hold strings`, 'set the property type to string', propType);
          }
          if (!OBJECT_PARAM_NAME.test(key)) {
            d.report('param.name-format', keyPath(`${at}.properties`, key), `property key of object param "${name}" is invalid; allowed: letters, digits, "_" and "-", starting with a letter or "_"`, 'rename the key', key);
          }
        }
      }
    }
    if (spec.enum !== undefined) checkEnum(d, at, spec, name, type);
    if (name !== '') scope.set(name, keys ? { type, keys } : (PLAIN_INFO.get(type) ?? { type }));
  });
  for (const dup of duplicates(items, byName)) {
    d.report('param.duplicate', `${path}[${dup.index}].name`, `param "${dup.name}" is declared more than once`, 'remove or rename the duplicate declaration', dup.name);
  }
}

function checkEnum(d: Doc, at: string, spec: Record<string, any>, name: string, type: string): void {
  d.flag('enableParamEnum', `${at}.enum`, `enum on param "${name}"`);
  if (type !== 'string') {
    d.report('param.enum-type', `${at}.enum`, `enum is only allowed on string params, and "${name}" is an ${type} param`, 'remove the enum or make the param a string');
    return;
  }
  const values = list(spec.enum);
  for (const dup of duplicates(values, (v) => String(v))) {
    d.report('param.enum-duplicate', `${at}.enum[${dup.index}]`, `enum value of param "${name}" is listed twice`, 'list each allowed value once', dup.name);
  }
  if (typeof spec.default === 'string' && spec.default !== '' && !values.includes(spec.default)) {
    d.report('param.enum-default', `${at}.default`, `the default of param "${name}" is not one of its enum values (${values.map((v) => show(v)).join(', ')})`, 'make the default one of the enum values, or add it to the enum', spec.default);
  }
}

/** Supplied param values by name, with the index of each in its list (for precise paths). */
export class ParamValues extends Map<string, unknown> {
  public readonly index = new Map<string, number>();
}

/**
 * Checks supplied param values (`params: [{name, value}]`): names present and unique, exactly or
 * case-insensitively. Returns the values by name.
 */
export function checkParamValues(d: Doc, path: string, params: unknown, caseInsensitive: boolean): ParamValues {
  const items = list(params);
  const values = new ParamValues();
  items.forEach((p, i) => {
    if (!isObject(p) || typeof p.name !== 'string' || p.name === '') {
      d.report('param.value-name', `${path}[${i}].name`, 'a param value needs a name', 'write it as `- name: <param>` with `value: ...`', isObject(p) ? p.name : p);
      return;
    }
    if (!values.has(p.name)) {
      values.set(p.name, p.value);
      values.index.set(p.name, i);
    }
  });
  const key = caseInsensitive ? byNameIgnoringCase : byName;
  for (const dup of duplicates(items, key)) {
    const how = caseInsensitive ? ' (names are compared ignoring case)' : '';
    d.report('param.value-duplicate', `${path}[${dup.index}].name`, `param "${items[dup.index].name}" is given more than once${how}`, 'give each param once', items[dup.index].name);
  }
  return values;
}

/** Adds supplied values to `scope` with the type their JSON shape gives them. */
export function scopeOfValues(values: Map<string, unknown>, outer?: ParamScope): ParamScope {
  const scope = new ParamScope(outer);
  for (const [name, value] of values) {
    const type = valueType(value);
    scope.set(name, type === 'object' ? { type, keys: new Set(Object.keys(value as object)) } : { type });
  }
  return scope;
}
