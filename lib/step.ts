import { Duration } from 'cdk8s';
import type { EnvFromSource, EnvVar, Lifecycle, Probe, ContainerPort, SecurityContext, VolumeDevice, VolumeMount } from './plus';
import { isLabel, LABEL_RULE } from './facts/names';
import type { SidecarSpec, StepSpec, StepTemplateSpec } from './l1';
import { ParamValue, renderParamValues } from './param';
import { IStepAction, StepActionRef } from './refs';
import { Reference, StringValue, compact, toManifestJson } from './render';
import { checkCommandCode, checkScriptText, Script } from './script';
import { WhenExpression } from './when';

/** CPU and memory for a container, as Kubernetes quantities (`'500m'`, `'1Gi'`). */
export interface ComputeResources {
  /** @default - none */
  readonly requests?: { readonly [resource: string]: string };
  /** @default - none */
  readonly limits?: { readonly [resource: string]: string };
}

/** Environment of a container: a map of name to value, or Kubernetes EnvVar entries. */
export type Env = { readonly [name: string]: StringValue } | readonly EnvVar[];

/** Fields shared by steps, sidecars and the step template. */
export interface ContainerOptions {
  /** @default - from the stepTemplate, else required */
  readonly image?: StringValue;
  /** @default - the image's entrypoint */
  readonly command?: readonly StringValue[];
  /** @default - none */
  readonly args?: readonly StringValue[];
  /** @default - none */
  readonly env?: Env;
  /** @default - none */
  readonly envFrom?: readonly EnvFromSource[];
  /** @default - the image's working directory */
  readonly workingDir?: StringValue;
  /** @default - none */
  readonly computeResources?: ComputeResources;
  /** @default - none */
  readonly securityContext?: SecurityContext;
  /** @default - none */
  readonly volumeMounts?: readonly VolumeMount[];
  /** @default - none */
  readonly volumeDevices?: readonly VolumeDevice[];
  /** @default - the cluster default */
  readonly imagePullPolicy?: 'Always' | 'IfNotPresent' | 'Never';
}

/**
 * A step of a Task: a container run in order with the other steps.
 * @see https://tekton.dev/docs/pipelines/tasks/#defining-steps
 */
export interface StepProps extends ContainerOptions {
  /** Unique within the task. @default `step-<n>`, counting from 1 */
  readonly name?: string;
  /** @default - none */
  readonly displayName?: string;
  /** Script run instead of a command; use the `script` tag to pass params safely. @default - none */
  readonly script?: string | Script;
  /** What to do when the step fails. @default 'stopAndFail' */
  readonly onError?: 'continue' | 'stopAndFail' | Reference;
  /** @default - no step timeout */
  readonly timeout?: Duration | string;
  /** Write the step's stdout to a file (alpha). @default - not captured */
  readonly stdoutConfig?: { readonly path: StringValue };
  /** Write the step's stderr to a file (alpha). @default - not captured */
  readonly stderrConfig?: { readonly path: StringValue };
  /** Run a StepAction instead of an image (image, command, script, env... come from it). @default - none */
  readonly ref?: StepActionRef | IStepAction;
  /** Params for the StepAction in `ref`. @default - none */
  readonly params?: { readonly [name: string]: ParamValue };
  /** Step results (`$(step.results.<name>.path)`). @default - none */
  readonly results?: ReadonlyArray<{ readonly name: string; readonly type?: 'string' | 'array' | 'object'; readonly description?: string; readonly properties?: { readonly [key: string]: { readonly type: 'string' } } }>;
  /** Run the step only when these hold. @default - always */
  readonly when?: readonly WhenExpression[];
  /** Task workspaces this step may see (beta); others are hidden from it. @default - all */
  readonly workspaces?: ReadonlyArray<{ readonly name: string; readonly mountPath?: string }>;
}

/** A sidecar container running beside the steps. */
export interface SidecarProps extends ContainerOptions {
  /** @default `sidecar-<n>`, counting from 1 */
  readonly name?: string;
  /** @default - none */
  readonly script?: string | Script;
  /** @default - none */
  readonly ports?: readonly ContainerPort[];
  /** @default - none */
  readonly readinessProbe?: Probe;
  /** @default - none */
  readonly livenessProbe?: Probe;
  /** @default - none */
  readonly startupProbe?: Probe;
  /** @default - none */
  readonly lifecycle?: Lifecycle;
  /** Task workspaces this sidecar may see (beta). @default - all */
  readonly workspaces?: ReadonlyArray<{ readonly name: string; readonly mountPath?: string }>;
}

/** Formats a duration the way Tekton's Go parser reads it: `1h30m`, `45s`. */
export function goDuration(value: Duration | string): string {
  if (typeof value === 'string') return value;
  let seconds = value.toSeconds();
  const hours = Math.floor(seconds / 3600);
  seconds -= hours * 3600;
  const minutes = Math.floor(seconds / 60);
  seconds -= minutes * 60;
  const text = `${hours ? hours + 'h' : ''}${minutes ? minutes + 'm' : ''}${seconds ? seconds + 's' : ''}`;
  return text || '0s';
}

function envList(env: Env | undefined, scriptEnv: Script['env'], owner: string): StepSpec['env'] {
  const out: NonNullable<StepSpec['env']> = [];
  const byName = new Map<string, string | undefined>();
  if (Array.isArray(env)) {
    for (const e of env as readonly EnvVar[]) {
      out.push(toManifestJson(e));
      byName.set(e.name, e.value);
    }
  } else if (env !== undefined) {
    for (const [name, value] of Object.entries(env as { [name: string]: StringValue })) {
      out.push({ name, value: String(value) });
      byName.set(name, String(value));
    }
  }
  for (const e of scriptEnv) {
    if (byName.has(e.name)) {
      if (byName.get(e.name) === e.value) continue;
      throw new Error(`${owner}: env var ${e.name} is set to ${JSON.stringify(byName.get(e.name))} but the script uses it for ${e.value}. Rename the env var.`);
    }
    out.push({ name: e.name, value: e.value });
    byName.set(e.name, e.value);
  }
  return out.length ? out : undefined;
}

/** The fields steps, sidecars and the step template share; the step template has no script. */
type ContainerSpec = StepTemplateSpec & { readonly script?: string };

function containerFields(o: ContainerOptions & { script?: string | Script }, owner: string): ContainerSpec {
  if (o.script !== undefined) checkScriptText(owner, o.script);
  checkCommandCode(owner, toManifestJson(o.command), toManifestJson(o.args));
  const scriptEnv = o.script instanceof Script ? o.script.env : [];
  return {
    image: o.image === undefined ? undefined : String(o.image),
    command: toManifestJson(o.command),
    args: toManifestJson(o.args),
    script: o.script === undefined ? undefined : String(o.script),
    env: envList(o.env, scriptEnv, owner),
    envFrom: toManifestJson(o.envFrom),
    workingDir: o.workingDir === undefined ? undefined : String(o.workingDir),
    computeResources: toManifestJson(o.computeResources),
    securityContext: toManifestJson(o.securityContext),
    volumeMounts: toManifestJson(o.volumeMounts),
    volumeDevices: toManifestJson(o.volumeDevices),
    imagePullPolicy: o.imagePullPolicy,
  };
}

/** A step of a Task, added here (`Task.addStep`) or read from a manifest (`Step.fromSpec`). */
export interface IStep {
  /** The step's name, unique within its Task. */
  readonly name: string;
  /** `$(steps.<step>.results.<name>)`: a result of this step, for later steps or task results. */
  result(name: string): Reference;
  /** The entry of the Task spec's `steps` list. */
  toSpec(): StepSpec;
}

/** A step of a Task. */
export class Step implements IStep {
  /** A step exactly as written in a manifest (the validator reports what is wrong with it). */
  public static fromSpec(spec: StepSpec): IStep {
    return new ImportedStep(spec);
  }

  /** @internal */
  public static _create(name: string, props: StepProps, owner: string): Step {
    return new Step(name, props, owner);
  }

  private readonly spec: StepSpec;

  private constructor(
    /** The step's name, unique within its Task. */
    public readonly name: string,
    private readonly props: StepProps,
    owner: string,
  ) {
    const where = `${owner}: step "${name}"`;
    if (!isLabel(name)) {
      throw new Error(`${where}: invalid name; use ${LABEL_RULE}.`);
    }
    if (props.ref !== undefined) {
      const clash = (['image', 'command', 'args', 'script', 'workingDir', 'env', 'volumeMounts', 'results'] as const).filter((k) => props[k] !== undefined);
      if (clash.length) throw new Error(`${where}: a step with ref takes ${clash.join(', ')} from its StepAction; remove ${clash.join(', ')} or drop ref.`);
    } else if (props.params !== undefined) {
      throw new Error(`${where}: params are only for steps that use a StepAction ref. Remove params or set ref.`);
    }
    if (props.script !== undefined && props.command !== undefined) {
      throw new Error(`${where}: script and command cannot both be set. Put the command in the script, or drop the script.`);
    }
    this.spec = this.render(owner);
  }

  /** `$(steps.<step>.results.<name>)`: a result of this step, for later steps or task results. */
  public result(name: string): Reference {
    return stepResult(this.name, name);
  }

  /** The entry of the Task spec's `steps` list. */
  public toSpec(): StepSpec {
    return this.spec;
  }

  private render(owner: string): StepSpec {
    const p = this.props;
    const ref = p.ref === undefined ? undefined : p.ref instanceof StepActionRef ? p.ref : StepActionRef.fromStepAction(p.ref);
    return compact<StepSpec>({
      name: this.name,
      displayName: p.displayName,
      ...containerFields(p, `${owner}: step "${this.name}"`),
      onError: p.onError === undefined ? undefined : String(p.onError),
      timeout: p.timeout === undefined ? undefined : goDuration(p.timeout),
      stdoutConfig: toManifestJson(p.stdoutConfig),
      stderrConfig: toManifestJson(p.stderrConfig),
      ref: ref?.toSpec(),
      params: renderParamValues(p.params),
      results: toManifestJson(p.results),
      when: p.when?.map((w) => w.toSpec()),
      workspaces: toManifestJson(p.workspaces),
    });
  }
}

/** A step read from a manifest: its entry as written. */
class ImportedStep implements IStep {
  public readonly name: string;

  public constructor(private readonly spec: StepSpec) {
    // An unnamed step is named by Tekton's defaulting webhook, after synth: here it has no name yet.
    this.name = spec.name ?? '';
  }

  public result(name: string): Reference {
    return stepResult(this.name, name);
  }

  public toSpec(): StepSpec {
    return this.spec;
  }
}

function stepResult(step: string, name: string): Reference {
  return new Reference(`steps.${step}.results.${name}`);
}

/** Renders a sidecar. */
export function renderSidecar(name: string, props: SidecarProps, owner: string): SidecarSpec {
  const where = `${owner}: sidecar "${name}"`;
  if (name === 'tekton-log-results') throw new Error(`${where}: the name is reserved by Tekton for its results sidecar. Choose another name.`);
  if (props.image === undefined) throw new Error(`${where}: image is required.`);
  if (props.script !== undefined && props.command !== undefined) {
    throw new Error(`${where}: script and command cannot both be set. Put the command in the script, or drop the script.`);
  }
  return compact<SidecarSpec>({
    name,
    ...containerFields(props, where),
    ports: toManifestJson(props.ports),
    readinessProbe: toManifestJson(props.readinessProbe),
    livenessProbe: toManifestJson(props.livenessProbe),
    startupProbe: toManifestJson(props.startupProbe),
    lifecycle: toManifestJson(props.lifecycle),
    workspaces: toManifestJson(props.workspaces),
  });
}

/** Renders the step template (defaults merged into every step). */
export function renderStepTemplate(props: ContainerOptions, owner: string): StepTemplateSpec {
  return compact<StepTemplateSpec>(containerFields(props, `${owner}: stepTemplate`));
}
