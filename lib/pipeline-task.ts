import { Duration } from 'cdk8s';
import { isLabel, LABEL_RULE } from './facts/names';
import type { MatrixSpec, PipelineSpec, PipelineTaskSpec, PipelineTaskWorkspaceSpec } from './l1';
import { ParamValue, renderParamValues } from './param';
import { IPipeline, ITask, PipelineRef, TaskRef } from './refs';
import { Reference, StringValue, compact, toManifestJson } from './render';
import { ResultReference } from './result';
import { goDuration } from './step';
import type { TaskDefinition } from './task';
import { WhenExpression } from './when';
import type { IPipelineWorkspace, PipelineWorkspaceSubPath } from './workspace';

/** Anything that renders as an inline pipeline spec (a PipelineDefinition). */
export interface IPipelineSpec {
  /** The body as an inline `pipelineSpec`. */
  toSpec(): PipelineSpec;
}

/** Fan-out of a pipeline task over lists of param values. */
export interface MatrixProps {
  /** Each param takes every value of its list; combinations are the cross product. @default - none */
  readonly params?: { readonly [name: string]: readonly StringValue[] | StringValue };
  /** Extra combinations, or extra params for matching combinations. @default - none */
  readonly include?: ReadonlyArray<{ readonly name?: string; readonly params: { readonly [name: string]: StringValue } }>;
}

/**
 * Values by name: any name when `N` is `string`, else only the names of `N` (each optional: a
 * missing required one is reported at synth with the other interface checks).
 */
export type ByName<N extends string, V> = string extends N ? { readonly [name: string]: V } : { readonly [K in N]?: V };

/**
 * What a pipeline task runs and how. Exactly one of task, taskRef, taskSpec, pipeline,
 * pipelineRef, pipelineSpec. `P`, `W` and `R` are the param, workspace and result names of the
 * `task` (or `pipeline`) given: `params` and `workspaces` accept only those names, so a typo in a
 * catalog task's param fails tsc. They are inferred from `task`/`pipeline` only, never from
 * `params`, and are `string` (any name) for refs and inline specs.
 */
export interface PipelineTaskProps<P extends string = string, W extends string = string, R extends string = string> {
  /** A Task construct of this app (referenced by name). @default - one of the other five */
  readonly task?: ITask<P, W, R>;
  /** A Task by name or through a resolver. @default - one of the other five */
  readonly taskRef?: TaskRef;
  /** An inline Task body. @default - one of the other five */
  readonly taskSpec?: TaskDefinition;
  /** A Pipeline construct of this app (Pipelines in Pipelines, alpha). @default - one of the other five */
  readonly pipeline?: IPipeline<P, W>;
  /** A Pipeline by name or through a resolver (alpha). @default - one of the other five */
  readonly pipelineRef?: PipelineRef;
  /** An inline Pipeline body (alpha). @default - one of the other five */
  readonly pipelineSpec?: IPipelineSpec;
  /** @default - none */
  readonly displayName?: string;
  /** @default - none */
  readonly description?: string;
  /** Param values by name. @default - none */
  readonly params?: ByName<NoInfer<P>, ParamValue>;
  /** Task workspace name -> pipeline workspace (optionally at a subPath). @default - none */
  readonly workspaces?: ByName<NoInfer<W>, IPipelineWorkspace | PipelineWorkspaceSubPath | string>;
  /** @default - always runs */
  readonly when?: readonly WhenExpression[];
  /** @default - no fan-out */
  readonly matrix?: MatrixProps;
  /** Tasks that must finish first (besides those whose results are used). @default - none */
  readonly runAfter?: ReadonlyArray<IPipelineTask | string>;
  /** @default 0 */
  readonly retries?: number;
  /** @default - the PipelineRun's task timeout */
  readonly timeout?: Duration | string;
  /** `continue` lets the pipeline go on when this task fails (beta). @default 'stopAndFail' */
  readonly onError?: 'continue' | 'stopAndFail';
}

/** A task of a Pipeline, added here (`addTask`, `addFinally`) or read from a manifest. */
export interface IPipelineTask<R extends string = string> {
  /** The task's name in the pipeline. */
  readonly name: string;
  /** True for tasks in `finally`. */
  readonly isFinally: boolean;
  /** `$(tasks.<name>.status)`: Succeeded, Failed or None; for finally tasks. */
  readonly status: Reference;
  /** `$(tasks.<name>.reason)`; for finally tasks. */
  readonly reason: Reference;
  /** Names of the tasks this one waits for (runAfter and the tasks whose results or status it uses). */
  readonly dependencies: string[];
  /** `$(tasks.<name>.results.<result>)` (or `finally.` in pipeline results of a finally task). */
  result(name: R): ResultReference;
  /** Runs this task after the given ones. */
  runAfter(...tasks: Array<IPipelineTask | string>): this;
  /** Adds guards: the task runs only when all hold. */
  when(...expressions: WhenExpression[]): this;
  /** The entry of the pipeline's `tasks` (or `finally`) list. */
  toSpec(): PipelineTaskSpec;
}

/** What every pipeline task offers, whoever wrote it: references to it, and ordering added later. */
export abstract class PipelineTaskBase<R extends string = string> implements IPipelineTask<R> {
  /** Tasks given to `runAfter`, in order. */
  protected readonly after: string[] = [];
  /** Expressions given to `when`, in order. */
  protected readonly whens: WhenExpression[] = [];

  protected constructor(
    /** The task's name in the pipeline. */
    public readonly name: string,
    /** True for tasks in `finally`. */
    public readonly isFinally: boolean,
  ) {}

  /** `$(tasks.<name>.results.<result>)` (or `finally.` in pipeline results of a finally task). */
  public result(name: R): ResultReference {
    return new ResultReference(this.name, name, this.isFinally ? 'finally' : 'tasks');
  }

  /** `$(tasks.<name>.status)`: Succeeded, Failed or None; for finally tasks. */
  public get status(): Reference {
    return new Reference(`tasks.${this.name}.status`);
  }

  /** `$(tasks.<name>.reason)`; for finally tasks. */
  public get reason(): Reference {
    return new Reference(`tasks.${this.name}.reason`);
  }

  /** Runs this task after the given ones. */
  public runAfter(...tasks: Array<IPipelineTask | string>): this {
    for (const t of tasks) {
      const name = typeof t === 'string' ? t : t.name;
      if (typeof t !== 'string' && t.isFinally) throw new Error(`task "${this.name}": cannot run after finally task "${name}". Only regular tasks can be waited for.`);
      if (!this.after.includes(name)) this.after.push(name);
    }
    return this;
  }

  /**
   * Names of the tasks this one waits for: its runAfter list plus every task whose result or
   * status its params, matrix and when expressions use (Tekton orders tasks by both).
   */
  public get dependencies(): string[] {
    const spec = this.toSpec();
    const found = new Set<string>(spec.runAfter ?? []);
    const text = JSON.stringify([spec.params, spec.matrix, spec.when]);
    for (const m of text.matchAll(/\$\(tasks\.([a-z0-9-]+)\.(?:results|status|reason)\b/g)) found.add(m[1]);
    return [...found];
  }

  /** Adds guards: the task runs only when all hold. */
  public when(...expressions: WhenExpression[]): this {
    this.whens.push(...expressions);
    return this;
  }

  /** The entry of the pipeline's `tasks` (or `finally`) list. */
  public abstract toSpec(): PipelineTaskSpec;
}

/**
 * A task of a Pipeline. Its results are referenced with `result(name)`; using one in another task
 * makes that task run after this one (Tekton orders tasks by the result references they use).
 */
export class PipelineTask<R extends string = string> extends PipelineTaskBase<R> {
  /** @internal */
  public static _create<R extends string>(name: string, props: PipelineTaskProps<any, any, R>, isFinally: boolean, owner: string): PipelineTask<R> {
    return new PipelineTask<R>(name, props, isFinally, owner);
  }

  /**
   * A pipeline task exactly as written in a manifest, with its inline spec (if any) already read.
   * @internal
   */
  public static fromSpec(spec: PipelineTaskSpec, isFinally: boolean, inlineSpec?: TaskDefinition | IPipelineSpec): IPipelineTask {
    return new ImportedPipelineTask(spec, isFinally, inlineSpec);
  }

  private constructor(
    name: string,
    private readonly props: PipelineTaskProps<string, string, string>,
    isFinally: boolean,
    owner: string,
  ) {
    super(name, isFinally);
    const where = `${owner}: ${isFinally ? 'finally ' : ''}task "${name}"`;
    if (!isLabel(name)) {
      throw new Error(`${where}: invalid name; use ${LABEL_RULE}.`);
    }
    const sources = (['task', 'taskRef', 'taskSpec', 'pipeline', 'pipelineRef', 'pipelineSpec'] as const).filter((k) => props[k] !== undefined);
    if (sources.length !== 1) {
      throw new Error(`${where}: set exactly one of task, taskRef, taskSpec, pipeline, pipelineRef, pipelineSpec (got ${sources.length ? sources.join(', ') : 'none'}).`);
    }
    if (props.onError === 'continue' && (props.retries ?? 0) > 0) {
      throw new Error(`${where}: onError "continue" cannot be combined with retries (${props.retries}). Drop the retries or let the task fail the pipeline.`);
    }
    if (isFinally && props.runAfter?.length) {
      throw new Error(`${where}: finally tasks cannot use runAfter; they all run after the tasks. Remove runAfter.`);
    }
    for (const t of props.runAfter ?? []) this.runAfter(t);
    this.whens.push(...(props.when ?? []));
  }

  /** The entry of the pipeline's `tasks` (or `finally`) list. */
  public toSpec(): PipelineTaskSpec {
    const p = this.props;
    return compact<PipelineTaskSpec>({
      name: this.name,
      displayName: p.displayName,
      description: p.description,
      taskRef: p.task ? TaskRef.fromTask(p.task).toSpec() : p.taskRef?.toSpec(),
      taskSpec: p.taskSpec?.toSpec(),
      pipelineRef: p.pipeline ? PipelineRef.fromPipeline(p.pipeline).toSpec() : p.pipelineRef?.toSpec(),
      pipelineSpec: p.pipelineSpec?.toSpec(),
      runAfter: this.after.length ? [...this.after] : undefined,
      params: renderParamValues(p.params),
      matrix: p.matrix ? renderMatrix(p.matrix) : undefined,
      workspaces: p.workspaces ? renderTaskWorkspaces(p.workspaces) : undefined,
      when: this.whens.map((w) => w.toSpec()),
      retries: p.retries,
      timeout: p.timeout === undefined ? undefined : goDuration(p.timeout),
      onError: p.onError,
    });
  }
}

/**
 * A pipeline task read from a manifest: its entry as written, its inline spec through the model
 * (so an imported inline Task renders as its definition does), and what `runAfter` and `when`
 * add afterwards appended to the lists it was written with.
 */
class ImportedPipelineTask extends PipelineTaskBase {
  public constructor(private readonly spec: PipelineTaskSpec, isFinally: boolean, private readonly inlineSpec: TaskDefinition | IPipelineSpec | undefined) {
    super(spec.name ?? '', isFinally);
  }

  public toSpec(): PipelineTaskSpec {
    const s = this.spec;
    if (this.inlineSpec === undefined && this.after.length === 0 && this.whens.length === 0) return s;
    const out: Record<string, unknown> = { ...s };
    if (this.inlineSpec !== undefined) out[s.taskSpec ? 'taskSpec' : 'pipelineSpec'] = this.inlineSpec.toSpec();
    if (this.after.length) {
      const written = s.runAfter ?? [];
      out.runAfter = [...written, ...this.after.filter((name) => !written.includes(name))];
    }
    if (this.whens.length) out.when = [...(s.when ?? []), ...this.whens.map((w) => w.toSpec())];
    return out as PipelineTaskSpec;
  }
}

function renderMatrix(m: MatrixProps): MatrixSpec {
  return compact<MatrixSpec>({
    params: m.params ? Object.entries(m.params).map(([name, value]) => ({ name, value: toManifestJson(value) })) : undefined,
    include: m.include?.map((inc) => compact({ name: inc.name, params: renderParamValues(inc.params) })),
  });
}

function renderTaskWorkspaces(ws: NonNullable<PipelineTaskProps['workspaces']>): PipelineTaskWorkspaceSpec[] {
  return Object.entries(ws).map(([name, w]): PipelineTaskWorkspaceSpec => {
    if (typeof w === 'string') return { name, workspace: w };
    if (!isSubPath(w)) return { name, workspace: w.name };
    const target = typeof w.workspace === 'string' ? w.workspace : w.workspace.name;
    return compact({ name, workspace: target, subPath: w.subPath === undefined ? undefined : String(w.subPath) });
  });
}

function isSubPath(w: IPipelineWorkspace | PipelineWorkspaceSubPath): w is PipelineWorkspaceSubPath {
  return 'workspace' in w;
}
