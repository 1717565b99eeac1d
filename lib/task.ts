import { Construct } from 'constructs';
import type { Volume } from './plus';
import type { SidecarSpec, StepTemplateSpec, TaskSpec } from './l1';
import { IParam, Param, ParamOptions, ReferenceOwner } from './param';
import type { ITask } from './refs';
import { importedMetadata, ResourceProps, TektonResource } from './resource';
import { compact, toManifestJson } from './render';
import { ITaskResult, TaskResult, TaskResultOptions } from './result';
import { checkWorkspacePaths } from './script';
import { ContainerOptions, IStep, renderSidecar, renderStepTemplate, SidecarProps, Step, StepProps } from './step';
import { ITaskWorkspace, TaskWorkspace, TaskWorkspaceOptions } from './workspace';

/** What a Task does: its interface (params, results, workspaces) and its containers. */
export interface TaskSpecProps {
  /** @default - none */
  readonly description?: string;
  /** @default - none */
  readonly displayName?: string;
  /** @default - none; see addParam */
  readonly params?: { readonly [name: string]: ParamOptions };
  /** @default - none; see addResult */
  readonly results?: { readonly [name: string]: TaskResultOptions };
  /** @default - none; see addWorkspace */
  readonly workspaces?: { readonly [name: string]: TaskWorkspaceOptions };
  /** @default - none; see addStep */
  readonly steps?: readonly StepProps[];
  /** Defaults merged into every step. @default - none */
  readonly stepTemplate?: ContainerOptions;
  /** @default - none; see addSidecar */
  readonly sidecars?: readonly SidecarProps[];
  /** Volumes the steps may mount. @default - none */
  readonly volumes?: readonly Volume[];
}

function checkUnique(map: Map<string, unknown>, name: string, what: string, owner: string, fix: string): void {
  if (map.has(name)) throw new Error(`${owner}: ${what} "${name}" is declared twice. ${fix}`);
}

/**
 * The body of a Task, usable on its own as an inline `taskSpec` of a pipeline task or TaskRun,
 * and held by every `Task` construct.
 */
export class TaskDefinition implements ReferenceOwner {
  /**
   * A spec exactly as written in a manifest: its params, results, workspaces and steps are read
   * into their imported classes, everything else is kept as written.
   */
  public static fromSpec(spec: TaskSpec, ownerLabel = 'taskSpec'): TaskDefinition {
    const def = new TaskDefinition({}, ownerLabel);
    const { params, results, workspaces, steps, sidecars, volumes, stepTemplate, ...rest } = spec;
    for (const p of params ?? []) def.params.set(p.name, Param.fromSpec(p, def));
    for (const r of results ?? []) def.results.set(r.name, TaskResult.fromSpec(r));
    for (const w of workspaces ?? []) def.workspaces.set(w.name, TaskWorkspace.fromSpec(w));
    for (const s of steps ?? []) def.steps.push(Step.fromSpec(s));
    def.sidecars.push(...(sidecars ?? []));
    def.volumes.push(...(volumes ?? []));
    def.stepTemplate = stepTemplate;
    def.otherFields = rest;
    return def;
  }

  private readonly params = new Map<string, IParam>();
  private readonly results = new Map<string, ITaskResult>();
  private readonly workspaces = new Map<string, ITaskWorkspace>();
  private readonly steps: IStep[] = [];
  private readonly stepNames = new Set<string>();
  /** Rendered sidecars: each checked and rendered when added (or read as written). */
  private readonly sidecars: SidecarSpec[] = [];
  private readonly sidecarNames = new Set<string>();
  /** Rendered volumes. */
  private readonly volumes: unknown[] = [];
  /** The rendered step template. */
  private stepTemplate?: StepTemplateSpec;
  /** The spec's fields besides the lists above: description and displayName (and, imported, whatever else was written). */
  private otherFields: Omit<TaskSpec, 'params' | 'results' | 'workspaces' | 'steps' | 'sidecars' | 'volumes' | 'stepTemplate'>;

  /** A Task body; `ownerLabel` names it in error messages. */
  public constructor(
    props: TaskSpecProps = {},
    /** Names the body in error messages. */
    public readonly ownerLabel = 'taskSpec',
  ) {
    this.otherFields = compact({ description: props.description, displayName: props.displayName });
    for (const [name, o] of Object.entries(props.params ?? {})) this.addParam(name, o);
    for (const [name, o] of Object.entries(props.results ?? {})) this.addResult(name, o);
    for (const [name, o] of Object.entries(props.workspaces ?? {})) this.addWorkspace(name, o);
    for (const s of props.steps ?? []) this.addStep(s);
    for (const s of props.sidecars ?? []) this.addSidecar(s);
    for (const v of props.volumes ?? []) this.addVolume(v);
    if (props.stepTemplate) this.stepTemplate = renderStepTemplate(props.stepTemplate, ownerLabel);
  }

  /** Declares a param; the returned object stands for `$(params.<name>)`. */
  public addParam(name: string, options: ParamOptions = {}): Param {
    checkUnique(this.params, name, 'param', this.ownerLabel, 'Give each param a unique name.');
    const param = new Param(name, options, this);
    this.params.set(name, param);
    return param;
  }

  /** Declares a result; steps write it to `result.path`. */
  public addResult(name: string, options: TaskResultOptions = {}): TaskResult {
    checkUnique(this.results, name, 'result', this.ownerLabel, 'Give each result a unique name.');
    const result = new TaskResult(name, options, this);
    this.results.set(name, result);
    return result;
  }

  /** Declares a workspace; `workspace.path` is where it is mounted. */
  public addWorkspace(name: string, options: TaskWorkspaceOptions = {}): TaskWorkspace {
    checkUnique(this.workspaces, name, 'workspace', this.ownerLabel, 'Give each workspace a unique name.');
    const ws = new TaskWorkspace(name, options);
    this.workspaces.set(name, ws);
    return ws;
  }

  /** Workspaces whose mountPath holds a Tekton reference. */
  private referencedMountPaths(): Set<string> {
    return new Set([...this.workspaces.values()].filter((w) => String(w.options.mountPath ?? '').includes('$(')).map((w) => w.name));
  }

  /** Appends a step. */
  public addStep(props: StepProps): Step {
    const name = props.name ?? `step-${this.steps.length + 1}`;
    if (this.stepNames.has(name)) throw new Error(`${this.ownerLabel}: step "${name}" is declared twice. Give each step a unique name.`);
    const step = Step._create(name, props, this.ownerLabel);
    if (props.script !== undefined) checkWorkspacePaths(`${this.ownerLabel}: step "${name}"`, props.script, this.referencedMountPaths());
    this.stepNames.add(name);
    this.steps.push(step);
    return step;
  }

  /** Adds a sidecar container that runs beside the steps. */
  public addSidecar(props: SidecarProps): void {
    const name = props.name ?? `sidecar-${this.sidecars.length + 1}`;
    if (this.sidecarNames.has(name)) throw new Error(`${this.ownerLabel}: sidecar "${name}" is declared twice. Give each sidecar a unique name.`);
    this.sidecarNames.add(name);
    this.sidecars.push(renderSidecar(name, props, this.ownerLabel));
  }

  /** Adds a volume that steps can mount with volumeMounts. */
  public addVolume(volume: Volume): void {
    this.volumes.push(toManifestJson(volume));
  }

  /** A declared param by name. */
  public param(name: string): IParam {
    return lookup(this.params, name, 'param', this.ownerLabel);
  }

  /** A declared result by name. */
  public result(name: string): ITaskResult {
    return lookup(this.results, name, 'result', this.ownerLabel);
  }

  /** A declared workspace by name. */
  public workspace(name: string): ITaskWorkspace {
    return lookup(this.workspaces, name, 'workspace', this.ownerLabel);
  }

  /** Names of the declared params. */
  public get paramNames(): string[] { return [...this.params.keys()]; }
  /** Names of the declared results. */
  public get resultNames(): string[] { return [...this.results.keys()]; }
  /** Names of the declared workspaces. */
  public get workspaceNames(): string[] { return [...this.workspaces.keys()]; }

  /** The body as a Task's `spec` (or an inline `taskSpec`). */
  public toSpec(): TaskSpec {
    return compact<TaskSpec>({
      ...this.otherFields,
      params: [...this.params.values()].map((p) => p.toSpec()),
      results: [...this.results.values()].map((r) => r.toSpec()),
      workspaces: [...this.workspaces.values()].map((w) => w.toSpec()),
      stepTemplate: this.stepTemplate,
      steps: this.steps.map((s) => s.toSpec()),
      sidecars: [...this.sidecars],
      volumes: [...this.volumes],
    });
  }
}

/** Finds a declared item or says what is declared. */
export function lookup<T>(map: Map<string, T>, name: string, what: string, owner: string): T {
  const found = map.get(name);
  if (found === undefined) {
    const available = [...map.keys()];
    throw new Error(`${owner}: no ${what} named "${name}"; declared: ${available.length ? available.join(', ') : '(none)'}. Declare it with add${what[0].toUpperCase()}${what.slice(1)}() or use a declared name.`);
  }
  return found;
}

/** Props of a Task. */
export interface TaskProps extends ResourceProps, TaskSpecProps {}

/**
 * A Tekton Task: steps that run in one pod.
 * @see https://tekton.dev/docs/pipelines/tasks/
 */
export class Task<P extends string = string, W extends string = string, R extends string = string> extends TektonResource implements ITask<P, W, R> {
  /** Imports a Task manifest into the model; it synthesizes back to the same object. */
  public static fromManifest(scope: Construct, id: string, manifest: Record<string, any>): Task {
    const task = new Task(scope, id, importedMetadata(manifest), (ownerLabel) => TaskDefinition.fromSpec(manifest.spec ?? {}, ownerLabel));
    task.keepTopLevelFields(manifest);
    return task;
  }

  /** The task body: params, results, workspaces, steps. */
  public readonly definition: TaskDefinition;
  /** Always `Task`: tells a Task apart from the other resources a ref can name. */
  public readonly kind = 'Task';

  /** A Task with the params, results, workspaces and steps of `props`; more can be added with the add methods. */
  public constructor(scope: Construct, id: string, props?: TaskProps);
  /** @internal */
  public constructor(scope: Construct, id: string, props: TaskProps, body: (ownerLabel: string) => TaskDefinition);
  public constructor(scope: Construct, id: string, props: TaskProps = {}, body?: (ownerLabel: string) => TaskDefinition) {
    super(scope, id, 'Task', props);
    this.definition = body ? body(this.ownerLabel) : new TaskDefinition(props, this.ownerLabel);
  }

  /** Declares a param; the returned object stands for `$(params.<name>)`. */
  public addParam(name: string, options?: ParamOptions): Param { return this.definition.addParam(name, options); }
  /** Declares a result; steps write it to `result.path`. */
  public addResult(name: string, options?: TaskResultOptions): TaskResult { return this.definition.addResult(name, options); }
  /** Declares a workspace; `workspace.path` is where it is mounted. */
  public addWorkspace(name: string, options?: TaskWorkspaceOptions): TaskWorkspace { return this.definition.addWorkspace(name, options); }
  /** Appends a step; steps run in the order they are added. */
  public addStep(props: StepProps): Step { return this.definition.addStep(props); }
  /** Adds a sidecar container that runs beside the steps. */
  public addSidecar(props: SidecarProps): void { this.definition.addSidecar(props); }
  /** Adds a volume that steps can mount with volumeMounts. */
  public addVolume(volume: Volume): void { this.definition.addVolume(volume); }
  /** A declared param by name; throws, listing the declared ones, when there is none. */
  public param(name: P): IParam { return this.definition.param(name); }
  /** A declared result by name; throws, listing the declared ones, when there is none. */
  public result(name: R): ITaskResult { return this.definition.result(name); }
  /** A declared workspace by name; throws, listing the declared ones, when there is none. */
  public workspace(name: W): ITaskWorkspace { return this.definition.workspace(name); }

  /** @internal */
  public renderSpec(): TaskSpec {
    return this.definition.toSpec();
  }
}

