import { ApiObject, Lazy } from 'cdk8s';
import { Construct } from 'constructs';
import { checkResourceName, ResourceProps } from '../resource';
import type { ISecretReference } from '../secret-ref';
import { DeclaredAccount, renderSecretsAnnotation, SecretFacts, SECRETS_ANNOTATION } from '../facts/credentials';
import { DockerConfigSecret } from './secrets';

/** Props of a PipelineServiceAccount. */
export interface PipelineServiceAccountProps extends Pick<ResourceProps, 'name' | 'namespace' | 'labels' | 'annotations'> {
  /**
   * Credentials Tekton gives the steps of every run that uses this account (git: ~/.ssh or
   * ~/.git-credentials for the hosts of their `tekton.dev/git-N` annotations; registries:
   * ~/.docker/config.json). `cdk8s-tekton secrets` prints the annotations they need.
   * @default - none; see addSecret
   */
  readonly secrets?: readonly ISecretReference[];
  /**
   * Registry credentials the kubelet uses to pull the step images (for images in private
   * registries). A DockerConfigSecret can be here and in `secrets`, for pull and push.
   * @default - none; see addImagePullSecret
   */
  readonly imagePullSecrets?: readonly DockerConfigSecret[];
}

/** What an existing ServiceAccount holds, as declared to fromServiceAccountName. */
export interface ExistingServiceAccountOptions {
  /**
   * The Secrets listed in its `secrets` (Tekton copies the annotated ones into each step's $HOME).
   * @default - none: no credential reaches the steps through this account
   */
  readonly secrets?: readonly ISecretReference[];
  /** Its imagePullSecrets (the kubelet's, for step images). @default - none */
  readonly imagePullSecrets?: readonly DockerConfigSecret[];
}

/** A ServiceAccount that exists in the cluster, as runs use it: its name and what it is declared to hold. */
export interface IExistingServiceAccount {
  /** The account's name. */
  readonly name: string;
  /** What it holds, as declared by the app (nothing is assumed of an account the app does not know). */
  readonly declared: DeclaredAccount;
}

/**
 * The ServiceAccount a run uses, listing its credentials. Pass it as a run's `serviceAccount`.
 * @see https://tekton.dev/docs/pipelines/auth/
 */
export class PipelineServiceAccount extends Construct {
  /**
   * An account that already exists in the cluster (including `default`), with what it holds. Emits
   * nothing: the runs that use it record the declaration, so that the credential checks (at synth
   * and in `validate`) count exactly these Secrets and nothing else. An account used by name only
   * is taken to hold no credential.
   */
  public static fromServiceAccountName(scope: Construct, id: string, name: string, options: ExistingServiceAccountOptions = {}): IExistingServiceAccount {
    checkResourceName('ServiceAccount', `${scope.node.path}/${id}`, name);
    new Construct(scope, id);
    return { name, declared: { secrets: (options.secrets ?? []).map((s) => s.facts), imagePullSecrets: (options.imagePullSecrets ?? []).map((s) => s.facts) } };
  }

  /** metadata.name of the ServiceAccount. */
  public readonly name: string;
  /** The L1 object; `ApiObject.of(this)` returns it. */
  protected readonly apiObject: ApiObject;
  private readonly secrets = new Map<string, ISecretReference>();
  private readonly pullSecrets = new Map<string, DockerConfigSecret>();

  public constructor(scope: Construct, id: string, props: PipelineServiceAccountProps = {}) {
    super(scope, id);
    this.name = props.name ?? id;
    checkResourceName('ServiceAccount', this.node.path, this.name);
    this.apiObject = new ApiObject(this, 'Resource', {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name: this.name, namespace: props.namespace, labels: props.labels ? { ...props.labels } : undefined, annotations: props.annotations ? { ...props.annotations } : undefined },
      secrets: Lazy.any({ produce: () => (this.secrets.size ? [...this.secrets.keys()].map((name) => ({ name })) : undefined) }),
      imagePullSecrets: Lazy.any({ produce: () => (this.pullSecrets.size ? [...this.pullSecrets.keys()].map((name) => ({ name })) : undefined) }),
    });
    for (const s of props.secrets ?? []) this.addSecret(s);
    for (const s of props.imagePullSecrets ?? []) this.addImagePullSecret(s);
  }

  /** Lists a credential on the account. */
  public addSecret(secret: ISecretReference): void {
    this.secrets.set(secret.secretName, secret);
    this.annotate();
  }

  /** Lets the kubelet pull step images with this registry credential. */
  public addImagePullSecret(secret: DockerConfigSecret): void {
    this.pullSecrets.set(secret.secretName, secret);
    this.annotate();
  }

  /** Names of the listed secrets. */
  public get secretNames(): string[] {
    return [...this.secrets.keys()];
  }

  private annotate(): void {
    const facts = new Map<string, SecretFacts>();
    for (const s of [...this.secrets.values(), ...this.pullSecrets.values()]) facts.set(s.secretName, s.facts);
    this.apiObject.metadata.addAnnotation(SECRETS_ANNOTATION, renderSecretsAnnotation([...facts.values()]));
  }
}
