import { OBJECT_PARAM_NAME, PARAM_NAME } from './facts/names';
import type { ParamSpec, ParamValueSpec } from './l1';
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
 * A declared param, built here (`Param`) or read from a manifest (`Param.fromSpec`). It is itself a
 * reference: interpolating it gives `$(params.name)`.
 */
export interface IParam extends Reference {
  /** The param's name. */
  readonly name: string;
  /** The param's type, as declared or as Tekton infers it. */
  readonly type: ParamType;
  /** The whole array or object: `$(params.name[*])`. Only valid where Tekton accepts a whole list. */
  readonly all: Reference;
  /** One element of an array param: `$(params.name[i])`. */
  at(index: number): Reference;
  /** One key of an object param: `$(params.name.key)`. */
  key(key: string): Reference;
  /** The param's declaration as it appears in a spec. */
  toSpec(): ParamSpec;
}

/** The references a declared param gives, whoever declared it: checked against its type and keys. */
export abstract class ParamReference extends Reference implements IParam {
  /** The param's type, as declared or as Tekton infers it. */
  public readonly type: ParamType;

  /** @internal */
  protected constructor(
    /** The param's name. */
    public readonly name: string,
    type: ParamType,
    private readonly owner: ReferenceOwner | undefined,
    private readonly keys: readonly string[],
  ) {
    super(variableKey('params', name));
    this.type = type;
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
    if (!this.keys.includes(key)) {
      throw new Error(`${this.describe()}: key "${key}" is not a declared property; declared: ${this.keys.join(', ') || '(none)'}. Add it to properties or use one of those.`);
    }
    return new Reference(`${this.expression}.${key}`);
  }

  /** The param's declaration as it appears in a spec. */
  public abstract toSpec(): ParamSpec;

  private describe(): string {
    return `${this.owner ? this.owner.ownerLabel + ' ' : ''}param "${this.name}" (${this.type})`;
  }

  private requireType(types: ParamType[], what: string): void {
    if (!types.includes(this.type)) {
      throw new Error(`${this.describe()}: ${what} is only for ${types.join(' or ')} params. Use the param itself for a string value.`);
    }
  }
}

/** A param declared here: checked when declared, rendered from its options. */
export class Param extends ParamReference {
  /** A param declared as it was read from a manifest: kept exactly as written, checked by the validator. */
  public static fromSpec(spec: ParamSpec, owner?: ReferenceOwner): IParam {
    return new ImportedParam(spec, owner);
  }

  /** A param not declared on any Task or Pipeline; prefer `addParam`, which names the owner in messages. */
  public constructor(name: string, options?: ParamOptions);
  /** @internal */
  public constructor(name: string, options: ParamOptions, owner: ReferenceOwner | undefined);
  public constructor(name: string, private readonly options: ParamOptions = {}, owner?: ReferenceOwner) {
    const type = options.type ?? inferParamType(options);
    super(name, type, owner, propertyNames(options.properties));
    checkParamDeclaration(name, type, options, owner);
  }

  /** The param's declaration as it appears in a spec. */
  public toSpec(): ParamSpec {
    const o = this.options;
    const spec = compact<ParamSpec>({
      name: this.name,
      type: this.type,
      description: o.description,
      enum: o.enum ? [...o.enum] : undefined,
      properties: o.properties === undefined ? undefined : renderProperties(o.properties),
    });
    // An empty list is a real default (the param becomes optional), so it is kept, unlike other empty lists.
    return o.default === undefined ? spec : { ...spec, default: toManifestJson(o.default) };
  }
}

/**
 * A param read from a manifest: its declaration is kept exactly as written (the validator reports
 * what is wrong with it), and its references are checked against what it declares.
 */
class ImportedParam extends ParamReference {
  public constructor(private readonly spec: ParamSpec, owner: ReferenceOwner | undefined) {
    const declared = asWritten(spec);
    super(spec.name, declared.type ?? inferParamType(declared), owner, propertyNames(declared.properties));
  }

  public toSpec(): ParamSpec {
    return this.spec;
  }
}

/** The options a declaration read from a manifest states, unchecked: the validator says whether they are well formed. */
function asWritten(spec: ParamSpec): ParamOptions {
  return { type: spec.type, default: spec.default, properties: spec.properties } as ParamOptions;
}

function propertyNames(properties: ParamOptions['properties']): string[] {
  if (properties === undefined) return [];
  return Array.isArray(properties) ? [...properties] : Object.keys(properties);
}

function renderProperties(properties: NonNullable<ParamOptions['properties']>): ParamSpec['properties'] {
  if (!Array.isArray(properties)) return toManifestJson(properties);
  const out: NonNullable<ParamSpec['properties']> = {};
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
export function renderParamValues(values: { readonly [name: string]: ParamValue } | undefined): ParamValueSpec[] | undefined {
  if (values === undefined) return undefined;
  return Object.keys(values).map((name) => ({ name, value: toManifestJson(values[name]) }));
}
