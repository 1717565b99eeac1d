import { Duration, JsonPatch } from 'cdk8s';
import { Construct } from 'constructs';
// `TaskRunSpec` here is the public name of a PipelineRun's per-task overrides; the L1 one is the TaskRun spec.
import type { PipelineRunSpec, PodTemplateSpec, TaskRunSpec as TaskRunManifestSpec, WorkspaceBindingSpec } from './l1';
import type { PodSpec } from './plus';
import { ParamValue, renderParamValues } from './param';
import { PipelineDefinition } from './pipeline';
import { IPipeline, ITask, PipelineRef, TaskRef } from './refs';
import { compact, toManifestJson } from './render';
import { importedMetadata, ResourceProps, TektonResource } from './resource';
import { ComputeResources, goDuration } from './step';
import { TaskDefinition } from './task';
import { ACCOUNTS_ANNOTATION, DeclaredAccount, renderAccountsAnnotation, renderSecretsAnnotation, SecretFacts, SECRETS_ANNOTATION } from './facts/credentials';
import { warnAtSynth } from './validation';
import { WorkspaceBinding } from './workspace';

/**
 * Pod settings for the pods of a run: the fields Tekton's pod template has (its schema, through
 * the L1 type), typed as the Kubernetes PodSpec types them where PodSpec has the field (with their
 * docs), and as Tekton's schema types them where it has not (`env`, set on every step and sidecar).
 * @see https://tekton.dev/docs/pipelines/podtemplates/
 */
export type PodTemplate = Pick<PodSpec, keyof PodTemplateSpec & keyof PodSpec> & Omit<PodTemplateSpec, keyof PodSpec>;

/**
 * A service account, given by name or as any construct with a `name` (cdk8s-plus, credentials);
 * `declared` is what an existing account holds (PipelineServiceAccount.fromServiceAccountName).
 */
export type ServiceAccountLike = string | { readonly name: string; readonly declared?: DeclaredAccount };

function accountName(sa: ServiceAccountLike | undefined): string | undefined {
  return sa === undefined ? undefined : typeof sa === 'string' ? sa : sa.name;
}

/** Run-wide metadata options. */
export interface RunProps extends ResourceProps {
  /**
   * Use metadata.generateName (with this prefix) instead of a fixed name, for `kubectl create`:
   * every create starts a new run (`kubectl apply` refuses generateName: put such runs in a chart
   * of their own, see the README's CI recipe).
   * @default - a fixed name (the construct id); synth warns that CI can start such a run only once,
   *   unless `name` is given explicitly
   */
  readonly generateName?: string;
}

/** Props of a TaskRun. Exactly one of task, taskRef, taskSpec. */
export interface TaskRunProps extends RunProps {
  /** A Task construct of this app (referenced by name). @default - taskRef or taskSpec */
  readonly task?: ITask;
  /** A Task by name or through a resolver. @default - task or taskSpec */
  readonly taskRef?: TaskRef;
  /** An inline Task body. @default - task or taskRef */
  readonly taskSpec?: TaskDefinition;
  /** @default - none */
  readonly params?: { readonly [name: string]: ParamValue };
  /** Declared workspace name -> volume. @default - none */
  readonly workspaces?: { readonly [name: string]: WorkspaceBinding };
  /** @default - the namespace's `default` service account */
  readonly serviceAccount?: ServiceAccountLike;
  /** @default - 60 minutes (config-defaults) */
  readonly timeout?: Duration | string;
  /** @default 0 */
  readonly retries?: number;
  /** @default - none */
  readonly podTemplate?: PodTemplate;
  /** Resources for the whole task, spread over its steps (beta). @default - per step */
  readonly computeResources?: ComputeResources;
  /** Per-step resource overrides by step name (beta). @default - none */
  readonly stepSpecs?: ReadonlyArray<{ readonly name: string; readonly computeResources: ComputeResources }>;
  /** Per-sidecar resource overrides by sidecar name (beta). @default - none */
  readonly sidecarSpecs?: ReadonlyArray<{ readonly name: string; readonly computeResources: ComputeResources }>;
}

/**
 * A run named after its construct id by default can be started once from CI: `kubectl apply -f
 * dist/` on the next build finds it (unchanged, it is not run again; changed, Tekton's webhook
 * refuses the new spec of a started run), and `kubectl create` fails with AlreadyExists. An
 * explicit `name` is taken as meant (a run created once by hand, an imported manifest).
 */
function warnFixedName(run: Construct, kind: string, props: RunProps): void {
  if (props.name !== undefined || props.generateName !== undefined) return;
  const name = run.node.id;
  warnAtSynth(run, `${kind} "${name}": metadata.name: a run with a fixed name can be started only once by CI: on the next build \`kubectl apply -f dist/\` finds it (an unchanged run is not run again, and Tekton refuses a changed spec once a run has started) and \`kubectl create\` fails with AlreadyExists (got "${name}", the construct id). Fix: set generateName: '${name}-' and put the run in a chart of its own that CI creates with \`kubectl create -f\` while it applies the other charts with \`kubectl apply -f\` (README, "CI recipe"); or set name: '${name}' for a run you create once by hand`);
}

function setupGenerateName(obj: { addJsonPatch(...ops: JsonPatch[]): void }, props: RunProps): Record<string, string> {
  if (props.generateName === undefined) return {};
  obj.addJsonPatch(JsonPatch.remove('/metadata/name'));
  return { generateName: props.generateName };
}

function exactlyOne(where: string, props: object, keys: readonly string[]): void {
  const set = keys.filter((k) => (props as Record<string, unknown>)[k] !== undefined);
  if (set.length !== 1) throw new Error(`${where}: set exactly one of ${keys.join(', ')} (got ${set.length ? set.join(', ') : 'none'}).`);
}

function renderBindings(ws: { readonly [name: string]: WorkspaceBinding } | undefined): WorkspaceBindingSpec[] | undefined {
  return ws === undefined ? undefined : Object.entries(ws).map(([name, b]) => b.toSpec(name));
}

/** The metadata, params and workspaces of an imported run, and the rest of its spec as written. */
function splitRunManifest(manifest: Record<string, any>): { props: RunProps & { params?: Record<string, ParamValue>; workspaces?: Record<string, WorkspaceBinding> }; rest: Record<string, any> } {
  const { params, workspaces, ...rest } = manifest.spec ?? {};
  return {
    props: {
      ...importedMetadata(manifest),
      params: params ? Object.fromEntries(params.map((p: any) => [p.name, p.value])) : undefined,
      workspaces: workspaces ? Object.fromEntries(workspaces.map((w: any) => [w.name, WorkspaceBinding.fromSpec(w)])) : undefined,
    },
    rest,
  };
}

/** A TaskRun or PipelineRun; an imported one keeps the spec fields the model does not hold. */
abstract class RunResource extends TektonResource {
  protected extra: Record<string, unknown> = {};

  /**
   * Records what is known of the Secrets bound to workspaces and of the existing service accounts
   * the run declares, for the credential checks (at synth and in `validate`).
   */
  protected annotateSecrets(ws: { readonly [name: string]: WorkspaceBinding } | undefined, accounts: ReadonlyArray<ServiceAccountLike | undefined>): void {
    const facts = new Map<string, SecretFacts>();
    for (const b of Object.values(ws ?? {})) if (b.secretFacts) facts.set(b.secretFacts.name, b.secretFacts);
    const declared = new Map<string, DeclaredAccount>();
    for (const sa of accounts) {
      if (sa === undefined || typeof sa === 'string' || !sa.declared) continue;
      declared.set(sa.name, sa.declared);
      for (const f of [...sa.declared.secrets, ...sa.declared.imagePullSecrets]) facts.set(f.name, f);
    }
    if (facts.size > 0) this.apiObject.metadata.addAnnotation(SECRETS_ANNOTATION, renderSecretsAnnotation([...facts.values()]));
    if (declared.size > 0) this.apiObject.metadata.addAnnotation(ACCOUNTS_ANNOTATION, renderAccountsAnnotation(declared));
  }

  protected keepImported(rest: Record<string, unknown>, manifest: Record<string, unknown>): this {
    this.extra = rest;
    this.keepTopLevelFields(manifest);
    return this;
  }
}

/**
 * Runs a Task once.
 * @see https://tekton.dev/docs/pipelines/taskruns/
 */
export class TaskRun extends RunResource {
  /** Imports a TaskRun manifest into the model; it synthesizes back to the same object. */
  public static fromManifest(scope: Construct, id: string, manifest: Record<string, any>): TaskRun {
    const { props, rest: { taskRef, taskSpec, ...rest } } = splitRunManifest(manifest);
    const run = new TaskRun(scope, id, {
      ...props,
      taskRef: taskRef ? TaskRef.fromSpec(taskRef) : undefined,
      taskSpec: taskSpec ? TaskDefinition.fromSpec(taskSpec) : undefined,
    });
    return run.keepImported(rest, manifest);
  }

  public constructor(scope: Construct, id: string, private readonly props: TaskRunProps) {
    super(scope, id, 'TaskRun', props, { generateName: props.generateName });
    setupGenerateName(this.apiObject, props);
    warnFixedName(this, 'TaskRun', props);
    exactlyOne(`[${this.node.path}] TaskRun`, props, ['task', 'taskRef', 'taskSpec']);
    this.annotateSecrets(props.workspaces, [props.serviceAccount]);
  }

  /** @internal */
  public renderSpec(): TaskRunManifestSpec {
    const p = this.props;
    return { ...this.extra, ...compact<TaskRunManifestSpec>({
      taskRef: p.task ? TaskRef.fromTask(p.task).toSpec() : p.taskRef?.toSpec(),
      taskSpec: p.taskSpec?.toSpec(),
      params: renderParamValues(p.params),
      workspaces: renderBindings(p.workspaces),
      serviceAccountName: accountName(p.serviceAccount),
      timeout: p.timeout === undefined ? undefined : goDuration(p.timeout),
      retries: p.retries,
      podTemplate: toManifestJson(p.podTemplate),
      computeResources: toManifestJson(p.computeResources),
      stepSpecs: toManifestJson(p.stepSpecs),
      sidecarSpecs: toManifestJson(p.sidecarSpecs),
    }) };
  }
}

/** Timeouts of a PipelineRun. */
export interface PipelineRunTimeouts {
  /** Whole run. @default - 60 minutes (config-defaults) */
  readonly pipeline?: Duration | string;
  /** All regular tasks. @default - no separate limit */
  readonly tasks?: Duration | string;
  /** All finally tasks. @default - no separate limit */
  readonly finally?: Duration | string;
}

/** Overrides for the TaskRun of one pipeline task. */
export interface TaskRunSpec {
  /** The pipeline task whose TaskRun these settings apply to. */
  readonly pipelineTaskName: string;
  /** @default - the PipelineRun's serviceAccount */
  readonly serviceAccount?: ServiceAccountLike;
  /** @default - the PipelineRun's podTemplate */
  readonly podTemplate?: PodTemplate;
  /** @default - the PipelineRun's task timeout */
  readonly timeout?: Duration | string;
  /** Resources for the whole task, spread over its steps (beta). @default - per step */
  readonly computeResources?: ComputeResources;
  /** Per-step resource overrides by step name (beta). @default - none */
  readonly stepSpecs?: ReadonlyArray<{ readonly name: string; readonly computeResources: ComputeResources }>;
  /** Per-sidecar resource overrides by sidecar name (beta). @default - none */
  readonly sidecarSpecs?: ReadonlyArray<{ readonly name: string; readonly computeResources: ComputeResources }>;
}

/** Props of a PipelineRun. Exactly one of pipeline, pipelineRef, pipelineSpec. */
export interface PipelineRunProps extends RunProps {
  /** A Pipeline construct of this app (referenced by name). @default - pipelineRef or pipelineSpec */
  readonly pipeline?: IPipeline;
  /** A Pipeline by name or through a resolver. @default - pipeline or pipelineSpec */
  readonly pipelineRef?: PipelineRef;
  /** An inline Pipeline body. @default - pipeline or pipelineRef */
  readonly pipelineSpec?: PipelineDefinition;
  /** @default - none */
  readonly params?: { readonly [name: string]: ParamValue };
  /** Declared workspace name -> volume. @default - none */
  readonly workspaces?: { readonly [name: string]: WorkspaceBinding };
  /** Service account of every TaskRun (taskRunTemplate.serviceAccountName). @default - `default` */
  readonly serviceAccount?: ServiceAccountLike;
  /** Pod template of every TaskRun (taskRunTemplate.podTemplate). @default - none */
  readonly podTemplate?: PodTemplate;
  /** @default - 60 minutes for the whole run */
  readonly timeouts?: PipelineRunTimeouts;
  /** @default - none */
  readonly taskRunSpecs?: readonly TaskRunSpec[];
}

/**
 * Runs a Pipeline once.
 * @see https://tekton.dev/docs/pipelines/pipelineruns/
 */
export class PipelineRun extends RunResource {
  /** Imports a PipelineRun manifest into the model; it synthesizes back to the same object. */
  public static fromManifest(scope: Construct, id: string, manifest: Record<string, any>): PipelineRun {
    const { props, rest: { pipelineRef, pipelineSpec, ...rest } } = splitRunManifest(manifest);
    const run = new PipelineRun(scope, id, {
      ...props,
      pipelineRef: pipelineRef ? PipelineRef.fromSpec(pipelineRef) : undefined,
      pipelineSpec: pipelineSpec ? PipelineDefinition.fromSpec(pipelineSpec) : undefined,
    });
    return run.keepImported(rest, manifest);
  }

  public constructor(scope: Construct, id: string, private readonly props: PipelineRunProps) {
    super(scope, id, 'PipelineRun', props, { generateName: props.generateName });
    setupGenerateName(this.apiObject, props);
    warnFixedName(this, 'PipelineRun', props);
    exactlyOne(`[${this.node.path}] PipelineRun`, props, ['pipeline', 'pipelineRef', 'pipelineSpec']);
    this.annotateSecrets(props.workspaces, [props.serviceAccount, ...(props.taskRunSpecs ?? []).map((s) => s.serviceAccount)]);
  }

  /** @internal */
  public renderSpec(): PipelineRunSpec {
    const p = this.props;
    const t = p.timeouts;
    const template = compact({ serviceAccountName: accountName(p.serviceAccount), podTemplate: toManifestJson(p.podTemplate) });
    return { ...this.extra, ...compact<PipelineRunSpec>({
      pipelineRef: p.pipeline ? PipelineRef.fromPipeline(p.pipeline).toSpec() : p.pipelineRef?.toSpec(),
      pipelineSpec: p.pipelineSpec?.toSpec(),
      params: renderParamValues(p.params),
      workspaces: renderBindings(p.workspaces),
      taskRunTemplate: Object.keys(template).length ? template : undefined,
      timeouts: t ? compact({
        pipeline: t.pipeline === undefined ? undefined : goDuration(t.pipeline),
        tasks: t.tasks === undefined ? undefined : goDuration(t.tasks),
        finally: t.finally === undefined ? undefined : goDuration(t.finally),
      }) : undefined,
      taskRunSpecs: p.taskRunSpecs?.map((s) => compact({
        pipelineTaskName: s.pipelineTaskName,
        serviceAccountName: accountName(s.serviceAccount),
        podTemplate: toManifestJson(s.podTemplate),
        timeout: s.timeout === undefined ? undefined : goDuration(s.timeout),
        computeResources: toManifestJson(s.computeResources),
        stepSpecs: toManifestJson(s.stepSpecs),
        sidecarSpecs: toManifestJson(s.sidecarSpecs),
      })),
    }) };
  }
}
