import { RESULT_NAME } from './facts/names';
import { ParamType, ReferenceOwner } from './param';
import type { PipelineResultSpec, TaskResultSpec } from './l1';
import { Reference, StringValue, compact, toManifestJson } from './render';

/** Options of a Task (or step) result. */
export interface TaskResultOptions {
  /** @default ParamType.STRING */
  readonly type?: ParamType;
  /** @default - none */
  readonly description?: string;
  /** Keys of an object result. @default - none (required for object results) */
  readonly properties?: readonly string[];
  /**
   * Surfaces a step result as this task result: `$(steps.<step>.results.<name>)`.
   * @default - written by a step to `$(results.<name>.path)`
   */
  readonly value?: StringValue;
}

/** A result declared by a Task, here (`TaskResult`) or in a manifest (`TaskResult.fromSpec`). */
export interface ITaskResult {
  /** The result's name. */
  readonly name: string;
  /** The result's type. */
  readonly type: ParamType;
  /** The file a step writes the result to: `$(results.<name>.path)`. */
  readonly path: Reference;
  /** The declaration as it appears in a Task spec's `results`. */
  toSpec(): TaskResultSpec;
}

/**
 * A result declared by a Task. Steps write it to `path`.
 * @see https://tekton.dev/docs/pipelines/tasks/#emitting-results
 */
export class TaskResult implements ITaskResult {
  /** A result read from a manifest, kept exactly as written (the validator reports what is wrong with it). */
  public static fromSpec(spec: TaskResultSpec): ITaskResult {
    return new ImportedTaskResult(spec);
  }

  /** The result's type. */
  public readonly type: ParamType;

  /** A result not declared on any Task; prefer `addResult`, which names the owner in messages. */
  public constructor(name: string, options?: TaskResultOptions);
  /** @internal */
  public constructor(name: string, options: TaskResultOptions, owner: ReferenceOwner | undefined);
  public constructor(
    /** The result's name. */
    public readonly name: string,
    private readonly options: TaskResultOptions = {},
    owner?: ReferenceOwner,
  ) {
    this.type = options.type ?? ParamType.STRING;
    const where = `${owner ? owner.ownerLabel + ': ' : ''}result "${name}"`;
    if (!RESULT_NAME.test(name)) {
      throw new Error(`${where}: invalid name; use letters, digits, "-", "_" and ".", starting and ending with a letter or digit.`);
    }
    if (this.type === ParamType.OBJECT && !options.properties?.length) {
      throw new Error(`${where}: object results must declare properties. Add properties: ['key', ...].`);
    }
  }

  /** The file a step writes the result to: `$(results.<name>.path)`. */
  public get path(): Reference {
    return resultPath(this.name);
  }

  /** The declaration as it appears in a Task spec's `results`. */
  public toSpec(): TaskResultSpec {
    const o = this.options;
    return compact<TaskResultSpec>({
      name: this.name,
      type: this.type,
      description: o.description,
      properties: o.properties ? Object.fromEntries(o.properties.map((k) => [k, { type: 'string' }])) : undefined,
      value: o.value === undefined ? undefined : toManifestJson(o.value),
    });
  }
}

/** A result read from a manifest: its declaration as written. */
class ImportedTaskResult implements ITaskResult {
  public readonly name: string;
  public readonly type: ParamType;

  public constructor(private readonly spec: TaskResultSpec) {
    this.name = spec.name;
    this.type = (spec.type as ParamType | undefined) ?? ParamType.STRING;
  }

  public get path(): Reference {
    return resultPath(this.name);
  }

  public toSpec(): TaskResultSpec {
    return this.spec;
  }
}

function resultPath(name: string): Reference {
  return new Reference(`results.${name}.path`);
}

/** A reference to a result of a pipeline task: `$(tasks.<task>.results.<name>)`. */
export class ResultReference extends Reference {
  public constructor(
    /** Name of the pipeline task that produces it. */
    public readonly taskName: string,
    /** Name of the result. */
    public readonly resultName: string,
    /** `tasks` for regular tasks, `finally` for finally tasks (only in pipeline results). */
    scope: 'tasks' | 'finally' = 'tasks',
    suffix = '',
  ) {
    super(`${scope}.${taskName}.results.${resultName}${suffix}`);
  }

  /** The whole array or object result, or the aggregate of a matrixed task: `[*]`. */
  public get all(): ResultReference {
    return this.derived('[*]');
  }

  /** One element of an array result. */
  public at(index: number): ResultReference {
    return this.derived(`[${index}]`);
  }

  /** One key of an object result. */
  public key(key: string): ResultReference {
    return this.derived(`.${key}`);
  }

  private derived(suffix: string): ResultReference {
    const scope = this.expression.startsWith('finally.') ? 'finally' : 'tasks';
    return new ResultReference(this.taskName, this.resultName, scope, suffix);
  }
}

/** Options of a Pipeline result. */
export interface PipelineResultOptions {
  /** @default - inferred by Tekton from the value */
  readonly type?: ParamType;
  /** @default - none */
  readonly description?: string;
}

/**
 * A result of a Pipeline, taken from its tasks' results.
 * @see https://tekton.dev/docs/pipelines/pipelines/#emitting-results-from-a-pipeline
 */
export class PipelineResult {
  /** A result of the pipeline with the value of `value` (task results); prefer `Pipeline.addResult`. */
  public constructor(
    /** The result's name. */
    public readonly name: string,
    private readonly value: StringValue | readonly StringValue[] | { readonly [key: string]: StringValue },
    private readonly options: PipelineResultOptions = {},
  ) {
    if (!RESULT_NAME.test(name)) {
      throw new Error(`pipeline result "${name}": invalid name; use letters, digits, "-", "_" and ".", starting and ending with a letter or digit.`);
    }
  }

  /** The declaration as it appears in a Pipeline spec's `results`. */
  public toSpec(): PipelineResultSpec {
    return compact<PipelineResultSpec>({ name: this.name, type: this.options.type, description: this.options.description, value: toManifestJson(this.value) });
  }
}
