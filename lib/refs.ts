import type { RefSpec } from './l1';
import type { IParam } from './param';
import { ParamValue, renderParamValues } from './param';
import { compact } from './render';
import type { ITaskResult } from './result';
import type { IPipelineWorkspace, ITaskWorkspace } from './workspace';

/** Something with a Tekton name that a ref can point to (a Task, Pipeline or StepAction construct). */
export interface INamedResource {
  /** metadata.name of the resource. */
  readonly resourceName: string;
}

/**
 * A Task of this app, as `task:` of a pipeline task or TaskRun takes it. `kind` tells it apart
 * from the other named resources at the type level, so a Pipeline or an EventListener given as a
 * task does not compile. `P`, `W` and `R` are the names of its params, workspaces and results:
 * `string` for a Task built with addParam (any name), string literal unions for the catalog tasks,
 * so that tsc rejects a misspelled name and the editor completes the declared ones.
 */
export interface ITask<P extends string = string, W extends string = string, R extends string = string> extends INamedResource {
  /** Always `Task`. */
  readonly kind: 'Task';
  /** A declared param by name. */
  param(name: P): IParam;
  /** A declared workspace by name. */
  workspace(name: W): ITaskWorkspace;
  /** A declared result by name. */
  result(name: R): ITaskResult;
}

/** A Pipeline of this app, as `pipeline:` of a PipelineRun or a pipeline task takes it. `P` and `W` name its params and workspaces. */
export interface IPipeline<P extends string = string, W extends string = string> extends INamedResource {
  /** Always `Pipeline`. */
  readonly kind: 'Pipeline';
  /** A declared param by name. */
  param(name: P): IParam;
  /** A declared workspace by name. */
  workspace(name: W): IPipelineWorkspace;
}

/** A StepAction of this app, as a step's `ref` takes it. `P` names its params. */
export interface IStepAction<P extends string = string> extends INamedResource {
  /** Always `StepAction`. */
  readonly kind: 'StepAction';
  /** A declared param by name. */
  param(name: P): IParam;
}

/** Options of the hub resolver. */
export interface HubOptions {
  /**
   * Which hub: `artifact` (Artifact Hub) or `tekton` (the Tekton Hub API).
   * @default - the resolver's `default-type` (hubresolver-config), which is `artifact` (Artifact Hub) in a stock install
   */
  readonly type?: 'tekton' | 'artifact';
  /** @default - the resolver's configured default catalog */
  readonly catalog?: string;
}

/** Options of the git resolver. Either `url`, or `repo` + `org` with an SCM API token. */
export interface GitOptions {
  /** Repository URL, cloned anonymously. @default - repo and org instead */
  readonly url?: string;
  /** Repository name, read through the SCM API (with org). @default - url instead */
  readonly repo?: string;
  /** Organization of repo. @default - url instead */
  readonly org?: string;
  /** Branch, tag or commit. @default - the resolver's default revision */
  readonly revision?: string;
  /** Path of the YAML file in the repository. */
  readonly pathInRepo: string;
  /** Secret holding an SCM API token (with `repo`/`org`). @default - none */
  readonly token?: string;
  /** @default 'token' */
  readonly tokenKey?: string;
  /** @default - the resolver's configured SCM */
  readonly scmType?: string;
  /** @default - the resolver's configured server */
  readonly serverURL?: string;
}

/** Options of the bundles (OCI image) resolver. */
export interface BundleOptions {
  /** Image reference of the bundle, ideally pinned by digest. */
  readonly bundle: string;
  /** Name of the resource inside the bundle. */
  readonly name: string;
  /** @default - 'task' for a TaskRef, 'pipeline' for a PipelineRef */
  readonly kind?: string;
  /** Image pull secret. @default - none */
  readonly secret?: string;
}

/** Options of the http resolver. */
export interface HttpOptions {
  /** User name for basic authentication. @default - no authentication */
  readonly httpUsername?: string;
  /** Secret holding the password or token. @default - no authentication */
  readonly httpPasswordSecret?: string;
  /** @default 'password' */
  readonly httpPasswordSecretKey?: string;
}

/** The fields of a ref besides name, resolver and params: `kind` and `apiVersion` of a custom task. */
type RefExtra = Omit<RefSpec, 'name' | 'resolver' | 'params'>;

/**
 * Where a Task, Pipeline or StepAction comes from: a name in the cluster, or a resolver.
 * @see https://tekton.dev/docs/pipelines/resolution/
 */
export abstract class ResourceRef {
  /** Prefer the static factories of TaskRef, PipelineRef and StepActionRef. */
  public constructor(
    /** Plain name in the namespace, when not resolved remotely. */
    public readonly name: string | undefined,
    /** Resolver name (`hub`, `git`, `bundles`, `cluster`, `http`, or a custom one). */
    public readonly resolver: string | undefined,
    private readonly params: { readonly [name: string]: ParamValue } | undefined,
    private readonly extra: RefExtra = {},
  ) {}

  /** True when the ref is to a resource in the same namespace by name (it must exist there). */
  public get isLocal(): boolean {
    return this.resolver === undefined;
  }

  /** The ref as it appears in a manifest (`taskRef`, `pipelineRef` or a step's `ref`). */
  public toSpec(): RefSpec {
    return compact<RefSpec>({ name: this.name, ...this.extra, resolver: this.resolver, params: renderParamValues(this.params) });
  }
}

/** Resolver params without the options left unset. */
function resolverParams(params: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) if (v !== undefined) out[k] = v;
  return out;
}

type RefFactory<T> = new (name: string | undefined, resolver: string | undefined, params: { readonly [name: string]: ParamValue } | undefined, extra?: RefExtra) => T;

function hubRef<T>(ctor: RefFactory<T>, kind: string, name: string, version: string, options: HubOptions): T {
  return new ctor(undefined, 'hub', resolverParams({ catalog: options.catalog, type: options.type, kind, name, version }));
}

function gitRef<T>(ctor: RefFactory<T>, options: GitOptions): T {
  if ((options.url === undefined) === (options.repo === undefined)) {
    throw new Error('git resolver: give either url (anonymous clone) or repo and org (SCM API), not both and not neither.');
  }
  return new ctor(undefined, 'git', resolverParams({
    url: options.url, repo: options.repo, org: options.org, revision: options.revision, pathInRepo: options.pathInRepo,
    token: options.token, tokenKey: options.tokenKey, scmType: options.scmType, serverURL: options.serverURL,
  }));
}

function bundleRef<T>(ctor: RefFactory<T>, kind: string, options: BundleOptions): T {
  return new ctor(undefined, 'bundles', resolverParams({ bundle: options.bundle, name: options.name, kind: options.kind ?? kind, secret: options.secret }));
}

function clusterRef<T>(ctor: RefFactory<T>, kind: string, name: string, namespace?: string): T {
  return new ctor(undefined, 'cluster', resolverParams({ kind, name, namespace }));
}

function httpRef<T>(ctor: RefFactory<T>, url: string, options: HttpOptions): T {
  return new ctor(undefined, 'http', resolverParams({
    url, 'http-username': options.httpUsername, 'http-password-secret': options.httpPasswordSecret,
    'http-password-secret-key': options.httpPasswordSecretKey,
  }));
}

/** Where a pipeline task or TaskRun gets its Task. */
export class TaskRef extends ResourceRef {
  /** The Task construct, by its name. */
  public static fromTask(task: ITask): TaskRef {
    return new TaskRef(task.resourceName, undefined, undefined);
  }

  /** A Task that already exists in the namespace. */
  public static named(name: string): TaskRef {
    return new TaskRef(name, undefined, undefined);
  }

  /** A custom task (a CRD handled by its own controller). */
  public static custom(apiVersion: string, kind: string, name?: string): TaskRef {
    return new TaskRef(name, undefined, undefined, { apiVersion, kind });
  }

  /**
   * From Artifact Hub or Tekton Hub. Refs to git-clone 0.10, kaniko 0.7 and buildah 0.9 are
   * checked at synth against the catalog's interface (param and workspace names, required params).
   */
  public static hub(name: string, version: string, options: HubOptions = {}): TaskRef {
    return hubRef(TaskRef, 'task', name, version, options);
  }

  /** From a file in a git repository. */
  public static git(options: GitOptions): TaskRef {
    return gitRef(TaskRef, options);
  }

  /** From an OCI bundle. */
  public static bundle(options: BundleOptions): TaskRef {
    return bundleRef(TaskRef, 'task', options);
  }

  /** From another namespace of the cluster. */
  public static cluster(name: string, namespace?: string): TaskRef {
    return clusterRef(TaskRef, 'task', name, namespace);
  }

  /** From a URL. */
  public static http(url: string, options: HttpOptions = {}): TaskRef {
    return httpRef(TaskRef, url, options);
  }

  /** Any resolver, with its params. */
  public static resolver(resolver: string, params: { readonly [name: string]: ParamValue }): TaskRef {
    return new TaskRef(undefined, resolver, params);
  }

  /** A ref exactly as written in a manifest. */
  public static fromSpec(spec: Record<string, any>): TaskRef {
    const { name, resolver, params, ...extra } = spec;
    return new TaskRef(name, resolver, params ? Object.fromEntries(params.map((p: any) => [p.name, p.value])) : undefined, extra);
  }
}

/** Where a PipelineRun or a pipeline task gets its Pipeline. */
export class PipelineRef extends ResourceRef {
  /** The Pipeline construct, by its name. */
  public static fromPipeline(pipeline: IPipeline): PipelineRef {
    return new PipelineRef(pipeline.resourceName, undefined, undefined);
  }

  /** A Pipeline that already exists in the namespace. */
  public static named(name: string): PipelineRef {
    return new PipelineRef(name, undefined, undefined);
  }

  /** From Artifact Hub or Tekton Hub. */
  public static hub(name: string, version: string, options: HubOptions = {}): PipelineRef {
    return hubRef(PipelineRef, 'pipeline', name, version, options);
  }

  /** From a file in a git repository. */
  public static git(options: GitOptions): PipelineRef {
    return gitRef(PipelineRef, options);
  }

  /** From an OCI bundle. */
  public static bundle(options: BundleOptions): PipelineRef {
    return bundleRef(PipelineRef, 'pipeline', options);
  }

  /** From another namespace of the cluster. */
  public static cluster(name: string, namespace?: string): PipelineRef {
    return clusterRef(PipelineRef, 'pipeline', name, namespace);
  }

  /** From a URL. */
  public static http(url: string, options: HttpOptions = {}): PipelineRef {
    return httpRef(PipelineRef, url, options);
  }

  /** Any resolver, with its params. */
  public static resolver(resolver: string, params: { readonly [name: string]: ParamValue }): PipelineRef {
    return new PipelineRef(undefined, resolver, params);
  }

  /** A ref exactly as written in a manifest. */
  public static fromSpec(spec: Record<string, any>): PipelineRef {
    const { name, resolver, params, ...extra } = spec;
    return new PipelineRef(name, resolver, params ? Object.fromEntries(params.map((p: any) => [p.name, p.value])) : undefined, extra);
  }
}

/** Where a step gets its StepAction. */
export class StepActionRef extends ResourceRef {
  /** The StepAction construct, by its name. */
  public static fromStepAction(action: IStepAction): StepActionRef {
    return new StepActionRef(action.resourceName, undefined, undefined);
  }

  /** A StepAction that already exists in the namespace. */
  public static named(name: string): StepActionRef {
    return new StepActionRef(name, undefined, undefined);
  }

  /** From a file in a git repository. */
  public static git(options: GitOptions): StepActionRef {
    return gitRef(StepActionRef, options);
  }

  /** From an OCI bundle. */
  public static bundle(options: BundleOptions): StepActionRef {
    return bundleRef(StepActionRef, 'stepaction', options);
  }

  /** From a URL. */
  public static http(url: string, options: HttpOptions = {}): StepActionRef {
    return httpRef(StepActionRef, url, options);
  }

  /** From Artifact Hub or Tekton Hub. */
  public static hub(name: string, version: string, options: HubOptions = {}): StepActionRef {
    return hubRef(StepActionRef, 'stepaction', name, version, options);
  }

  /** Any resolver, with its params. */
  public static resolver(resolver: string, params: { readonly [name: string]: ParamValue }): StepActionRef {
    return new StepActionRef(undefined, resolver, params);
  }

  /** A ref exactly as written in a manifest. */
  public static fromSpec(spec: Record<string, any>): StepActionRef {
    const { name, resolver, params, ...extra } = spec;
    return new StepActionRef(name, resolver, params ? Object.fromEntries(params.map((p: any) => [p.name, p.value])) : undefined, extra);
  }
}
