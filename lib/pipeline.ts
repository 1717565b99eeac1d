import { Construct } from 'constructs';
import { graphOf } from './graph/model';
import { toMermaid } from './graph/render';
import type { PipelineResultSpec, PipelineSpec, PipelineTaskSpec } from './l1';
import { IParam, Param, ParamOptions, ReferenceOwner } from './param';
import { IPipelineTask, PipelineTask, PipelineTaskProps } from './pipeline-task';
import { compact } from './render';
import type { IPipeline } from './refs';
import { importedMetadata, ResourceProps, TektonResource } from './resource';
import { PipelineResult, PipelineResultOptions } from './result';
import { StringValue } from './render';
import { lookup, TaskDefinition } from './task';
import { IPipelineWorkspace, PipelineWorkspace, PipelineWorkspaceOptions } from './workspace';

/** The interface of a Pipeline. Tasks are added with addTask / addFinally. */
export interface PipelineSpecProps {
  /** @default - none */
  readonly description?: string;
  /** @default - none */
  readonly displayName?: string;
  /** @default - none; see addParam */
  readonly params?: { readonly [name: string]: ParamOptions };
  /** @default - none; see addWorkspace */
  readonly workspaces?: { readonly [name: string]: PipelineWorkspaceOptions };
}

/**
 * The body of a Pipeline, usable on its own as an inline `pipelineSpec` of a PipelineRun, and
 * held by every `Pipeline` construct.
 */
export class PipelineDefinition implements ReferenceOwner {
  /**
   * A spec exactly as written in a manifest: its params, workspaces and tasks (inline specs
   * included) are read into their imported classes, everything else is kept as written.
   */
  public static fromSpec(spec: PipelineSpec, ownerLabel = 'pipelineSpec'): PipelineDefinition {
    const def = new PipelineDefinition({}, ownerLabel);
    const { params, workspaces, results, tasks, finally: fin, ...rest } = spec;
    for (const p of params ?? []) def.params.set(p.name, Param.fromSpec(p, def));
    for (const w of workspaces ?? []) def.workspaces.set(w.name, PipelineWorkspace.fromSpec(w));
    def.writtenResults.push(...(results ?? []));
    for (const t of tasks ?? []) def.tasks.set(t.name ?? '', importTask(t, false));
    for (const t of fin ?? []) def.finallyTasks.set(t.name ?? '', importTask(t, true));
    def.otherFields = rest;
    return def;
  }

  private readonly params = new Map<string, IParam>();
  private readonly workspaces = new Map<string, IPipelineWorkspace>();
  private readonly results = new Map<string, PipelineResult>();
  /** Results read from a manifest, as written. */
  private readonly writtenResults: PipelineResultSpec[] = [];
  private readonly tasks = new Map<string, IPipelineTask>();
  private readonly finallyTasks = new Map<string, IPipelineTask>();
  /** The spec's fields besides the lists above: description and displayName (and, imported, whatever else was written). */
  private otherFields: Omit<PipelineSpec, 'params' | 'workspaces' | 'results' | 'tasks' | 'finally'>;

  /** A Pipeline body; `ownerLabel` names it in error messages. */
  public constructor(
    props: PipelineSpecProps = {},
    /** Names the body in error messages. */
    public readonly ownerLabel = 'pipelineSpec',
  ) {
    this.otherFields = compact({ description: props.description, displayName: props.displayName });
    for (const [name, o] of Object.entries(props.params ?? {})) this.addParam(name, o);
    for (const [name, o] of Object.entries(props.workspaces ?? {})) this.addWorkspace(name, o);
  }

  /** Declares a param; the returned object stands for `$(params.<name>)`. */
  public addParam(name: string, options: ParamOptions = {}): Param {
    if (this.params.has(name)) throw new Error(`${this.ownerLabel}: param "${name}" is declared twice. Give each param a unique name.`);
    const param = new Param(name, options, this);
    this.params.set(name, param);
    return param;
  }

  /** Declares a workspace that runs bind and tasks share. */
  public addWorkspace(name: string, options: PipelineWorkspaceOptions = {}): PipelineWorkspace {
    if (this.workspaces.has(name)) throw new Error(`${this.ownerLabel}: workspace "${name}" is declared twice. Give each workspace a unique name.`);
    const ws = new PipelineWorkspace(name, options);
    this.workspaces.set(name, ws);
    return ws;
  }

  /** Declares a pipeline result from task results, e.g. `addResult('digest', build.result('digest'))`. */
  public addResult(name: string, value: StringValue | readonly StringValue[] | { readonly [key: string]: StringValue }, options?: PipelineResultOptions): PipelineResult {
    if (this.results.has(name)) throw new Error(`${this.ownerLabel}: result "${name}" is declared twice. Give each result a unique name.`);
    const result = new PipelineResult(name, value, options);
    this.results.set(name, result);
    return result;
  }

  /** Adds a task. */
  public addTask<P extends string = string, W extends string = string, R extends string = string>(name: string, props: PipelineTaskProps<P, W, R>): PipelineTask<R> {
    return this.add(name, props, false);
  }

  /** Adds a finally task: it runs when all tasks are done, whether they succeeded or not. */
  public addFinally<P extends string = string, W extends string = string, R extends string = string>(name: string, props: PipelineTaskProps<P, W, R>): PipelineTask<R> {
    return this.add(name, props, true);
  }

  /** A declared param by name. */
  public param(name: string): IParam {
    return lookup(this.params, name, 'param', this.ownerLabel);
  }

  /** A declared workspace by name. */
  public workspace(name: string): IPipelineWorkspace {
    return lookup(this.workspaces, name, 'workspace', this.ownerLabel);
  }

  /** A task (regular or finally) by name. */
  public task(name: string): IPipelineTask {
    const t = this.tasks.get(name) ?? this.finallyTasks.get(name);
    if (t) return t;
    return lookup(new Map([...this.tasks, ...this.finallyTasks]), name, 'task', this.ownerLabel);
  }

  /** The body as a Pipeline's `spec` (or an inline `pipelineSpec`). */
  public toSpec(): PipelineSpec {
    return compact<PipelineSpec>({
      ...this.otherFields,
      params: [...this.params.values()].map((p) => p.toSpec()),
      workspaces: [...this.workspaces.values()].map((w) => w.toSpec()),
      results: [...this.writtenResults, ...[...this.results.values()].map((r) => r.toSpec())],
      tasks: [...this.tasks.values()].map((t) => t.toSpec()),
      finally: [...this.finallyTasks.values()].map((t) => t.toSpec()),
    });
  }

  // The name-typed props narrow which keys tsc accepts; at run time they are the same plain objects.
  private add<R extends string>(name: string, props: PipelineTaskProps<any, any, R>, isFinally: boolean): PipelineTask<R> {
    if (this.tasks.has(name) || this.finallyTasks.has(name)) {
      throw new Error(`${this.ownerLabel}: task "${name}" is declared twice (task names are unique across tasks and finally). Rename one of them.`);
    }
    const task = PipelineTask._create<R>(name, props, isFinally, this.ownerLabel);
    (isFinally ? this.finallyTasks : this.tasks).set(name, task);
    return task;
  }
}

/** Props of a Pipeline. */
export interface PipelineProps extends ResourceProps, PipelineSpecProps {}

/**
 * A Tekton Pipeline: tasks ordered by runAfter and result references, plus finally tasks.
 * @see https://tekton.dev/docs/pipelines/pipelines/
 */
export class Pipeline extends TektonResource implements IPipeline {
  /** Imports a Pipeline manifest into the model; it synthesizes back to the same object. */
  public static fromManifest(scope: Construct, id: string, manifest: Record<string, any>): Pipeline {
    const pipeline = new Pipeline(scope, id, importedMetadata(manifest), (ownerLabel) => PipelineDefinition.fromSpec(manifest.spec ?? {}, ownerLabel));
    pipeline.keepTopLevelFields(manifest);
    return pipeline;
  }

  /** The pipeline body: params, workspaces, results, tasks. */
  public readonly definition: PipelineDefinition;
  /** Always `Pipeline`: tells a Pipeline apart from the other resources a ref can name. */
  public readonly kind = 'Pipeline';

  /** A Pipeline with the params and workspaces of `props`; tasks are added with addTask and addFinally. */
  public constructor(scope: Construct, id: string, props?: PipelineProps);
  /** @internal */
  public constructor(scope: Construct, id: string, props: PipelineProps, body: (ownerLabel: string) => PipelineDefinition);
  public constructor(scope: Construct, id: string, props: PipelineProps = {}, body?: (ownerLabel: string) => PipelineDefinition) {
    super(scope, id, 'Pipeline', props);
    this.definition = body ? body(this.ownerLabel) : new PipelineDefinition(props, this.ownerLabel);
  }

  /** Declares a param; the returned object stands for `$(params.<name>)`. */
  public addParam(name: string, options?: ParamOptions): Param { return this.definition.addParam(name, options); }
  /** Declares a workspace that runs bind and tasks share. */
  public addWorkspace(name: string, options?: PipelineWorkspaceOptions): PipelineWorkspace { return this.definition.addWorkspace(name, options); }
  /** Declares a pipeline result from task results, e.g. `addResult('digest', build.result('digest'))`. */
  public addResult(name: string, value: StringValue | readonly StringValue[] | { readonly [key: string]: StringValue }, options?: PipelineResultOptions): PipelineResult {
    return this.definition.addResult(name, value, options);
  }
  /** Adds a task; with a catalog task, `params` and `workspaces` take only its names. */
  public addTask<P extends string = string, W extends string = string, R extends string = string>(name: string, props: PipelineTaskProps<P, W, R>): PipelineTask<R> {
    return this.definition.addTask(name, props);
  }
  /** Adds a finally task: it runs when all tasks are done, whether they succeeded or not. */
  public addFinally<P extends string = string, W extends string = string, R extends string = string>(name: string, props: PipelineTaskProps<P, W, R>): PipelineTask<R> {
    return this.definition.addFinally(name, props);
  }
  /** A declared param by name; throws, listing the declared ones, when there is none. */
  public param(name: string): IParam { return this.definition.param(name); }
  /** A declared workspace by name; throws, listing the declared ones, when there is none. */
  public workspace(name: string): IPipelineWorkspace { return this.definition.workspace(name); }
  /** A task (regular or finally) by name. */
  public task(name: string): IPipelineTask { return this.definition.task(name); }

  /** @internal */
  public renderSpec(): PipelineSpec {
    return this.definition.toSpec();
  }

  /** The pipeline as a mermaid flowchart (GitHub renders it in a ```mermaid block), as `cdk8s-tekton graph --format mermaid` draws it. */
  public toMermaid(): string {
    return toMermaid([graphOf(`Pipeline "${this.resourceName}"`, this.renderSpec())]);
  }
}

/** A pipeline task read from a manifest, its inline Task or Pipeline read into the model too. */
function importTask(spec: PipelineTaskSpec, isFinally: boolean): IPipelineTask {
  const inline = spec.taskSpec ? TaskDefinition.fromSpec(spec.taskSpec) : spec.pipelineSpec ? PipelineDefinition.fromSpec(spec.pipelineSpec) : undefined;
  return PipelineTask.fromSpec(spec, isFinally, inline);
}
