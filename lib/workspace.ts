import type { KeyToPath, LocalObjectReference, PersistentVolumeClaimSpec, VolumeProjection } from './plus';
import type { PipelineWorkspaceSpec, TaskWorkspaceSpec, WorkspaceBindingSpec } from './l1';
import { Reference, StringValue, compact, toManifestJson } from './render';
import type { IMountableCredential, ISecretReference } from './secret-ref';
import type { SecretFacts } from './facts/credentials';

/** Options of a workspace declared by a Task. */
export interface TaskWorkspaceOptions {
  /** @default - none */
  readonly description?: string;
  /** The task runs without it when not bound; use `bound` to check. @default false */
  readonly optional?: boolean;
  /** @default false */
  readonly readOnly?: boolean;
  /** @default /workspace/<name> */
  readonly mountPath?: string;
}

/** A workspace a Task declares, here (`TaskWorkspace`) or in a manifest (`TaskWorkspace.fromSpec`). */
export interface ITaskWorkspace {
  /** The workspace's name. */
  readonly name: string;
  /** How it is declared: description, optional, readOnly, mountPath. */
  readonly options: TaskWorkspaceOptions;
  /** `$(workspaces.<name>.path)` */
  readonly path: Reference;
  /** `$(workspaces.<name>.bound)`: "true" or "false". */
  readonly bound: Reference;
  /** `$(workspaces.<name>.claim)`: the PVC name, empty for other volume sources. */
  readonly claim: Reference;
  /** `$(workspaces.<name>.volume)` */
  readonly volume: Reference;
  /** True when the workspace is optional. */
  readonly optional: boolean;
  /** The declaration as it appears in a Task spec's `workspaces`. */
  toSpec(): TaskWorkspaceSpec;
}

/** The variables of a Task workspace, whoever declared it. */
abstract class TaskWorkspaceVariables {
  protected constructor(
    /** The workspace's name. */
    public readonly name: string,
    /** How it is declared: description, optional, readOnly, mountPath. */
    public readonly options: TaskWorkspaceOptions,
  ) {}

  /** `$(workspaces.<name>.path)` */
  public get path(): Reference {
    return new Reference(`workspaces.${this.name}.path`);
  }

  /** `$(workspaces.<name>.bound)`: "true" or "false". */
  public get bound(): Reference {
    return new Reference(`workspaces.${this.name}.bound`);
  }

  /** `$(workspaces.<name>.claim)`: the PVC name, empty for other volume sources. */
  public get claim(): Reference {
    return new Reference(`workspaces.${this.name}.claim`);
  }

  /** `$(workspaces.<name>.volume)` */
  public get volume(): Reference {
    return new Reference(`workspaces.${this.name}.volume`);
  }

  /** True when the workspace is optional. */
  public get optional(): boolean {
    return this.options.optional === true;
  }
}

/**
 * A workspace a Task declares: a volume the run provides.
 * @see https://tekton.dev/docs/pipelines/workspaces/
 */
export class TaskWorkspace extends TaskWorkspaceVariables implements ITaskWorkspace {
  /** A workspace exactly as written in a manifest. */
  public static fromSpec(spec: TaskWorkspaceSpec): ITaskWorkspace {
    return new ImportedTaskWorkspace(spec);
  }

  /** A workspace not declared on any Task; prefer `addWorkspace`. */
  public constructor(name: string, options: TaskWorkspaceOptions = {}) {
    super(name, options);
  }

  /** The declaration as it appears in a Task spec's `workspaces`. */
  public toSpec(): TaskWorkspaceSpec {
    const o = this.options;
    return compact<TaskWorkspaceSpec>({ name: this.name, description: o.description, optional: o.optional, readOnly: o.readOnly, mountPath: o.mountPath });
  }
}

/** A Task workspace read from a manifest: its declaration as written. */
class ImportedTaskWorkspace extends TaskWorkspaceVariables implements ITaskWorkspace {
  public constructor(private readonly spec: TaskWorkspaceSpec) {
    super(spec.name, spec);
  }

  public toSpec(): TaskWorkspaceSpec {
    return this.spec;
  }
}

/** Options of a workspace declared by a Pipeline. */
export interface PipelineWorkspaceOptions {
  /** @default - none */
  readonly description?: string;
  /** @default false */
  readonly optional?: boolean;
}

/** A workspace a Pipeline declares, here (`PipelineWorkspace`) or in a manifest (`PipelineWorkspace.fromSpec`). */
export interface IPipelineWorkspace {
  /** The workspace's name. */
  readonly name: string;
  /** How it is declared: description, optional. */
  readonly options: PipelineWorkspaceOptions;
  /** `$(workspaces.<name>.bound)`, for when expressions. */
  readonly bound: Reference;
  /** True when the workspace is optional. */
  readonly optional: boolean;
  /** This workspace, seen by a task at a sub-directory. */
  subPath(path: StringValue): PipelineWorkspaceSubPath;
  /** The declaration as it appears in a Pipeline spec's `workspaces`. */
  toSpec(): PipelineWorkspaceSpec;
}

/** What a Pipeline workspace gives its tasks, whoever declared it. */
abstract class PipelineWorkspaceVariables {
  protected constructor(
    /** The workspace's name. */
    public readonly name: string,
    /** How it is declared: description, optional. */
    public readonly options: PipelineWorkspaceOptions,
  ) {}

  /** This workspace, seen by a task at a sub-directory. */
  public subPath(path: StringValue): PipelineWorkspaceSubPath {
    return { workspace: this as IPipelineWorkspace, subPath: path };
  }

  /** `$(workspaces.<name>.bound)`, for when expressions. */
  public get bound(): Reference {
    return new Reference(`workspaces.${this.name}.bound`);
  }

  /** True when the workspace is optional. */
  public get optional(): boolean {
    return this.options.optional === true;
  }

  /** The declaration as it appears in a Pipeline spec's `workspaces`. */
  public abstract toSpec(): PipelineWorkspaceSpec;
}

/**
 * A workspace a Pipeline declares and hands to its tasks.
 * @see https://tekton.dev/docs/pipelines/workspaces/#using-workspaces-in-pipelines
 */
export class PipelineWorkspace extends PipelineWorkspaceVariables implements IPipelineWorkspace {
  /** A workspace exactly as written in a manifest. */
  public static fromSpec(spec: PipelineWorkspaceSpec): IPipelineWorkspace {
    return new ImportedPipelineWorkspace(spec);
  }

  /** A workspace not declared on any Pipeline; prefer `addWorkspace`. */
  public constructor(name: string, options: PipelineWorkspaceOptions = {}) {
    super(name, options);
  }

  /** The declaration as it appears in a Pipeline spec's `workspaces`. */
  public toSpec(): PipelineWorkspaceSpec {
    return compact<PipelineWorkspaceSpec>({ name: this.name, description: this.options.description, optional: this.options.optional });
  }
}

/** A Pipeline workspace read from a manifest: its declaration as written. */
class ImportedPipelineWorkspace extends PipelineWorkspaceVariables implements IPipelineWorkspace {
  public constructor(private readonly spec: PipelineWorkspaceSpec) {
    super(spec.name, spec);
  }

  public toSpec(): PipelineWorkspaceSpec {
    return this.spec;
  }
}

/** A pipeline workspace handed to a task at a sub-directory. */
export interface PipelineWorkspaceSubPath {
  /** The pipeline workspace, or its name. */
  readonly workspace: IPipelineWorkspace | string;
  /** Directory inside the workspace that the task sees as its root. @default - the whole workspace */
  readonly subPath?: StringValue;
}

/** A binding without its name: the volume source (and subPath) of a run's workspace entry. */
type VolumeSource = Omit<WorkspaceBindingSpec, 'name'>;

/** Options of a volumeClaimTemplate binding. */
export interface VolumeClaimTemplateOptions {
  /** Requested size, e.g. `1Gi`. */
  readonly storage: string;
  /** @default ['ReadWriteOnce'] */
  readonly accessModes?: readonly string[];
  /** @default - the cluster's default storage class */
  readonly storageClassName?: string;
}

/**
 * The volume a run binds to a declared workspace.
 * @see https://tekton.dev/docs/pipelines/workspaces/#specifying-volumesources-in-workspaces
 */
export class WorkspaceBinding {
  /** A fresh empty directory that lives as long as the TaskRun (not shared across pipeline tasks). */
  public static emptyDir(options: { readonly medium?: string; readonly sizeLimit?: string } = {}): WorkspaceBinding {
    return new WorkspaceBinding({ emptyDir: compact({ ...options }) });
  }

  /** An existing PersistentVolumeClaim. */
  public static persistentVolumeClaim(claimName: string, options: { readonly readOnly?: boolean } = {}): WorkspaceBinding {
    return new WorkspaceBinding({ persistentVolumeClaim: compact({ claimName, readOnly: options.readOnly }) });
  }

  /** A PVC created for the run and deleted with it. */
  public static volumeClaimTemplate(options: VolumeClaimTemplateOptions): WorkspaceBinding {
    return new WorkspaceBinding({
      volumeClaimTemplate: {
        spec: compact({
          accessModes: [...(options.accessModes ?? ['ReadWriteOnce'])],
          storageClassName: options.storageClassName,
          resources: { requests: { storage: options.storage } },
        }),
      },
    });
  }

  /** A PVC created from a full claim spec. */
  public static volumeClaimTemplateSpec(spec: PersistentVolumeClaimSpec): WorkspaceBinding {
    return new WorkspaceBinding({ volumeClaimTemplate: { spec: toManifestJson(spec) } });
  }

  /** A Secret, mounted read-only: by name, or a typed reference (whose facts the credential checks then see). */
  public static secret(secret: string | ISecretReference, options: { readonly items?: readonly KeyToPath[]; readonly optional?: boolean } = {}): WorkspaceBinding {
    const secretName = typeof secret === 'string' ? secret : secret.secretName;
    return new WorkspaceBinding({ secret: compact({ secretName, items: toManifestJson(options.items), optional: options.optional }) }, typeof secret === 'string' ? undefined : secret.facts);
  }

  /**
   * A git SSH credential laid out as the `.ssh` directory ssh reads (private key as `id_rsa`,
   * `known_hosts`), for git-clone's `ssh-directory` workspace.
   */
  public static sshDirectory(secret: IMountableCredential): WorkspaceBinding {
    return new WorkspaceBinding({ secret: { secretName: secret.secretName, items: secret.itemsFor('ssh-directory') } }, secret.facts);
  }

  /** A registry credential laid out as `config.json`, where Kaniko and buildah read it (their `dockerconfig` workspace). */
  public static dockerConfig(secret: IMountableCredential): WorkspaceBinding {
    return new WorkspaceBinding({ secret: { secretName: secret.secretName, items: secret.itemsFor('docker-config') } }, secret.facts);
  }

  /** A ConfigMap, mounted read-only. */
  public static configMap(name: string, options: { readonly items?: readonly KeyToPath[]; readonly optional?: boolean } = {}): WorkspaceBinding {
    return new WorkspaceBinding({ configMap: compact({ name, items: toManifestJson(options.items), optional: options.optional }) });
  }

  /** Several Secrets, ConfigMaps and other sources in one directory. */
  public static projected(sources: readonly VolumeProjection[]): WorkspaceBinding {
    if (sources.length === 0) throw new Error('WorkspaceBinding.projected: give at least one source (secret, configMap, ...).');
    return new WorkspaceBinding({ projected: { sources: toManifestJson(sources) } });
  }

  /** A CSI volume (for example a secrets-store driver). */
  public static csi(options: { readonly driver: string; readonly readOnly?: boolean; readonly volumeAttributes?: { readonly [key: string]: string }; readonly nodePublishSecretRef?: LocalObjectReference }): WorkspaceBinding {
    return new WorkspaceBinding({ csi: toManifestJson(options) });
  }

  /** A binding exactly as written in a manifest (name excluded). */
  public static fromSpec(spec: Record<string, unknown>): WorkspaceBinding {
    const { name: _name, ...rest } = spec;
    // Kept as written, fields this Tekton version's schema lacks included: the validator reports them.
    return new WorkspaceBinding(rest as VolumeSource);
  }

  private constructor(
    private readonly source: VolumeSource,
    /** What is known of the Secret behind the binding, when it was given as a typed reference. */
    public readonly secretFacts?: SecretFacts,
  ) {}

  /** The same volume seen at a sub-directory. */
  public withSubPath(subPath: string): WorkspaceBinding {
    return new WorkspaceBinding({ ...this.source, subPath }, this.secretFacts);
  }

  /** The binding as an entry of a run's `workspaces`, for the declared workspace `name`. */
  public toSpec(name: string): WorkspaceBindingSpec {
    return { name, ...this.source };
  }
}
