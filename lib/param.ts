import { OBJECT_PARAM_NAME, PARAM_NAME } from './facts/names';
import { Reference, StringValue, compact, toManifestJson, variableKey } from './render';

/**
 * Type of a Tekton param.
 * @see https://tekton.dev/docs/pipelines/tasks/#specifying-parameters
 */
export enum ParamType {
  /** A string. */
  STRING = 'string',
  /** A list of strings. */
  ARRAY = 'array',
  /** A map of string keys to strings, with declared properties. */
  OBJECT = 'object',
}

/** A value given to a param: a string, a list of strings or a map of strings (references allowed). */
export type ParamValue = StringValue | readonly StringValue[] | { readonly [key: string]: StringValue };

/** Options of a declared param. */
export interface ParamOptions {
  /**
   * @default - inferred as Tekton does: `object` when `properties` is set, otherwise from
   * `default` (list: `array`, map: `object`), otherwise `string`
   */
  readonly type?: ParamType;
  /** @default - none */
  readonly description?: string;
  /** Makes the param optional. @default - required */
  readonly default?: ParamValue;
  /**
   * Allowed values of a string param (needs `enable-param-enum`).
   * @default - any value
   */
  readonly enum?: readonly string[];
  /**
   * Keys of an object param; each key is a string.
   * @default - none (required for object params)
   */
  readonly properties?: readonly string[] | { readonly [key: string]: { readonly type?: 'string' } };
}

/** Who declared a param: used to catch a reference used outside the Task or Pipeline it belongs to. */
export interface ReferenceOwner {
  readonly ownerLabel: string;
}

/**
 * A declared param. It is itself a reference: interpolating it gives `$(params.name)`.
 */
export class Param extends Reference {
  /** The param's type, as declared or as Tekton infers it. */
  public readonly type: ParamType;

  /** A param declared as it was read from a manifest: kept exactly as written, checked by the validator. */
  public static fromSpec(spec: Record<string, any>, owner?: ReferenceOwner): Param {
    return new Param(spec.name, { type: spec.type, default: spec.default, properties: spec.properties }, owner, spec);
  }

  /** A param not declared on any Task or Pipeline; prefer `addParam`, which names the owner in messages. */
  public constructor(name: string, options?: ParamOptions);
  /** @internal */
  public constructor(name: string, options: ParamOptions, owner: ReferenceOwner | undefined, raw?: Record<string, unknown>);
  public constructor(
    /** The param's name. */
    public readonly name: string,
    private readonly options: ParamOptions = {},
    private readonly owner?: ReferenceOwner,
    private readonly raw?: Record<string, unknown>,
  ) {
    super(variableKey('params', name));
    this.type = options.type ?? inferParamType(options);
    if (raw === undefined) checkParamDeclaration(name, this.type, options, owner);
  }

  /** The whole array or object: `$(params.name[*])`. Only valid where Tekton accepts a whole list. */
  public get all(): Reference {
    this.requireType([ParamType.ARRAY, ParamType.OBJECT], 'all');
    return new Reference(`${this.expression}[*]`);
  }

  /** One element of an array param: `$(params.name[i])`. */
  public at(index: number): Reference {
    this.requireType([ParamType.ARRAY], 'at()');
    if (!Number.isInteger(index) || index < 0) {
      throw new Error(`${this.describe()}: at(${index}) needs a non-negative integer index`);
    }
    return new Reference(`${this.expression}[${index}]`);
  }

  /** One key of an object param: `$(params.name.key)`. */
  public key(key: string): Reference {
    this.requireType([ParamType.OBJECT], 'key()');
    const keys = propertyNames(this.options.properties);
    if (!keys.includes(key)) {
      throw new Error(`${this.describe()}: key "${key}" is not a declared property; declared: ${keys.join(', ') || '(none)'}. Add it to properties or use one of those.`);
    }
    return new Reference(`${this.expression}.${key}`);
  }

  /** The param's declaration as it appears in a spec. */
  public toSpec(): Record<string, unknown> {
    if (this.raw !== undefined) return this.raw;
    const o = this.options;
    const spec = compact({
      name: this.name,
      type: this.type,
      description: o.description,
      enum: o.enum ? [...o.enum] : undefined,
      properties: o.properties === undefined ? undefined : renderProperties(o.properties),
    });
    // An empty list is a real default (the param becomes optional), so it is kept, unlike other empty lists.
    return o.default === undefined ? spec : { ...spec, default: toManifestJson(o.default) };
  }

  private describe(): string {
    return `${this.owner ? this.owner.ownerLabel + ' ' : ''}param "${this.name}" (${this.type})`;
  }

  private requireType(types: ParamType[], what: string): void {
    if (!types.includes(this.type)) {
      throw new Error(`${this.describe()}: ${what} is only for ${types.join(' or ')} params. Use the param itself for a string value.`);
    }
  }
}

function propertyNames(properties: ParamOptions['properties']): string[] {
  if (properties === undefined) return [];
  return Array.isArray(properties) ? [...properties] : Object.keys(properties);
}

function renderProperties(properties: NonNullable<ParamOptions['properties']>): Record<string, unknown> {
  if (!Array.isArray(properties)) return toManifestJson(properties);
  const out: Record<string, unknown> = {};
  for (const key of properties) out[key] = { type: 'string' };
  return out;
}

/** Tekton's own inference order for a param without `type`. */
export function inferParamType(options: ParamOptions): ParamType {
  if (options.properties !== undefined) return ParamType.OBJECT;
  return valueType(options.default) ?? ParamType.STRING;
}

/** The param type a value has, by its JSON shape. */
export function valueType(value: unknown): ParamType | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return ParamType.ARRAY;
  if (value !== null && typeof value === 'object' && !(value instanceof Reference)) return ParamType.OBJECT;
  return ParamType.STRING;
}

function checkParamDeclaration(name: string, type: ParamType, o: ParamOptions, owner?: ReferenceOwner): void {
  const where = `${owner ? owner.ownerLabel + ': ' : ''}param "${name}"`;
  const pattern = type === ParamType.OBJECT ? OBJECT_PARAM_NAME : PARAM_NAME;
  if (!pattern.test(name)) {
    const allowed = type === ParamType.OBJECT ? 'letters, digits, "_" and "-"' : 'letters, digits, "_", "-" and "."';
    throw new Error(`${where}: invalid name; use ${allowed}, starting with a letter or "_" (pattern ${pattern.source}).`);
  }
  const defaultType = valueType(o.default);
  if (defaultType !== undefined && defaultType !== type) {
    throw new Error(`${where}: default is ${defaultType === ParamType.ARRAY ? 'a list' : defaultType === ParamType.OBJECT ? 'a map' : 'a string'} but the param type is ${type}. Give a default of type ${type} or change the type.`);
  }
  if (o.enum !== undefined) {
    if (type !== ParamType.STRING) throw new Error(`${where}: enum is only allowed on string params (type is ${type}).`);
    const seen = new Set<string>();
    for (const v of o.enum) {
      if (seen.has(v)) throw new Error(`${where}: enum value "${v}" is listed twice. List each allowed value once.`);
      seen.add(v);
    }
    if (typeof o.default === 'string' && o.default !== '' && !seen.has(o.default)) {
      throw new Error(`${where}: default "${o.default}" is not one of the enum values ${o.enum.map((v) => `"${v}"`).join(', ')}. Use one of them as the default.`);
    }
  }
  if (type === ParamType.OBJECT && o.properties === undefined) {
    throw new Error(`${where}: object params must declare properties. Add properties: ['key', ...].`);
  }
}

/** Renders a `name -> value` map as Tekton's `params: [{name, value}]` list, in insertion order. */
export function renderParamValues(values: { readonly [name: string]: ParamValue } | undefined): Array<{ name: string; value: unknown }> | undefined {
  if (values === undefined) return undefined;
  return Object.keys(values).map((name) => ({ name, value: toManifestJson(values[name]) }));
}
