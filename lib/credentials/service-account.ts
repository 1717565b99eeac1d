import { ApiObject, Lazy } from 'cdk8s';
import { Construct } from 'constructs';
import { checkResourceName, ResourceProps } from '../resource';
import type { ISecretReference } from '../secret-ref';
import { renderSecretsAnnotation, SecretFacts, SECRETS_ANNOTATION } from '../facts/credentials';
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

/**
 * The ServiceAccount a run uses, listing its credentials. Pass it as a run's `serviceAccount`.
 * @see https://tekton.dev/docs/pipelines/auth/
 */
export class PipelineServiceAccount extends Construct {
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
