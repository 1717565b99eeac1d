import { Construct } from 'constructs';
import type { StepActionSpec } from './l1';
import { IParam, Param, ParamOptions, ReferenceOwner } from './param';
import { compact, Reference, toManifestJson } from './render';
import type { IStepAction } from './refs';
import { importedMetadata, ResourceProps, TektonResource } from './resource';
import { Script } from './script';
import { ContainerOptions, Env } from './step';
import { lookup } from './task';

/** Props of a StepAction. */
export interface StepActionProps extends ResourceProps, Omit<ContainerOptions, 'computeResources' | 'volumeDevices' | 'envFrom' | 'imagePullPolicy'> {
  /** @default - none */
  readonly description?: string;
  /** Script of the action; it may not reference params directly (pass them through env). @default - none */
  readonly script?: string | Script;
  /** @default - none; see addParam */
  readonly params?: { readonly [name: string]: ParamOptions };
  /** Step results the action writes. @default - none; see addResult */
  readonly results?: readonly string[];
}

/**
 * A reusable step, referenced from a Task's step with `ref`.
 * @see https://tekton.dev/docs/pipelines/stepactions/
 */
export class StepAction extends TektonResource implements ReferenceOwner, IStepAction {
  /** Imports a StepAction manifest into the model; it synthesizes back to the same object. */
  public static fromManifest(scope: Construct, id: string, manifest: Record<string, any>): StepAction {
    return new ImportedStepAction(scope, id, manifest);
  }

  /** Always `StepAction`: tells a StepAction apart from the other resources a ref can name. */
  public readonly kind = 'StepAction';
  /** The declared params, by name; the ones `addParam` adds and, imported, the ones written. */
  protected readonly params = new Map<string, IParam>();
  private readonly results: string[] = [];

  public constructor(scope: Construct, id: string, private readonly props: StepActionProps = {}) {
    super(scope, id, 'StepAction', props);
    const scriptText = props.script === undefined ? '' : String(props.script);
    if (props.script !== undefined && props.command !== undefined) {
      throw new Error(`${this.ownerLabel}: script and command cannot both be set. Put the command in the script, or drop the script.`);
    }
    if (/\$\(params[.[]/.test(scriptText)) {
      throw new Error(`${this.ownerLabel}: a StepAction script may not reference params. Use the script tag (script\`...\${param}...\`), which passes them as env vars.`);
    }
    for (const [name, o] of Object.entries(props.params ?? {})) this.addParam(name, o);
    this.results.push(...(props.results ?? []));
  }

  /** Declares a param; the returned object stands for `$(params.<name>)`. */
  public addParam(name: string, options: ParamOptions = {}): Param {
    if (this.params.has(name)) throw new Error(`${this.ownerLabel}: param "${name}" is declared twice. Give each param a unique name.`);
    const param = new Param(name, options, this);
    this.params.set(name, param);
    return param;
  }

  /** Declares a step result; the action writes it to the returned path `$(step.results.<name>.path)`. */
  public addResult(name: string): Reference {
    if (this.results.includes(name)) throw new Error(`${this.ownerLabel}: result "${name}" is declared twice. Give each result a unique name.`);
    this.results.push(name);
    return new Reference(`step.results.${name}.path`);
  }

  /** A declared param by name; throws, listing the declared ones, when there is none. */
  public param(name: string): IParam {
    return lookup(this.params, name, 'param', this.ownerLabel);
  }

  /** @internal */
  public renderSpec(): StepActionSpec {
    const p = this.props;
    const scriptEnv = p.script instanceof Script ? p.script.env : [];
    return compact<StepActionSpec>({
      description: p.description,
      params: [...this.params.values()].map((param) => param.toSpec()),
      results: this.results.map((name) => ({ name })),
      image: p.image === undefined ? undefined : String(p.image),
      command: toManifestJson(p.command),
      args: toManifestJson(p.args),
      script: p.script === undefined ? undefined : String(p.script),
      env: [...envEntries(p.env), ...scriptEnv],
      workingDir: p.workingDir === undefined ? undefined : String(p.workingDir),
      securityContext: toManifestJson(p.securityContext),
      volumeMounts: toManifestJson(p.volumeMounts),
    });
  }
}

/**
 * A StepAction read from a manifest: its params in the model (so `param(name)` and `addParam`
 * work), the rest of its spec as written.
 */
class ImportedStepAction extends StepAction {
  private readonly written: Omit<StepActionSpec, 'params'>;

  public constructor(scope: Construct, id: string, manifest: Record<string, any>) {
    super(scope, id, importedMetadata(manifest));
    const { params, ...rest } = (manifest.spec ?? {}) as StepActionSpec;
    for (const p of params ?? []) this.params.set(p.name, Param.fromSpec(p, this));
    this.written = rest;
    this.keepTopLevelFields(manifest);
  }

  /** Messages name the kind, not this class. */
  public get ownerLabel(): string {
    return `StepAction "${this.resourceName}"`;
  }

  /** @internal */
  public renderSpec(): StepActionSpec {
    return compact<StepActionSpec>({ ...this.written, params: [...this.params.values()].map((p) => p.toSpec()) });
  }
}

function envEntries(env: Env | undefined): NonNullable<StepActionSpec['env']> {
  if (env === undefined) return [];
  if (Array.isArray(env)) return toManifestJson(env);
  return Object.entries(env).map(([name, value]) => ({ name, value: String(value) }));
}
