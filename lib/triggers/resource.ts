import { ApiObject, Chart, JsonPatch, Lazy } from 'cdk8s';
import { Construct } from 'constructs';
import { checkResourceName, ResourceProps } from '../resource';
import { renderSecretsAnnotation, SecretFacts, SECRETS_ANNOTATION } from '../facts/credentials';
import { validateAtSynth } from '../validation';
import type { IInterceptor } from './interceptor';

export const TRIGGERS_API_VERSION = 'triggers.tekton.dev/v1beta1';

/**
 * Base of the Triggers constructs: a plain ApiObject child `Resource` (Triggers has no generated
 * L1 classes), its spec rendered lazily, validated at synth with the rest of the app.
 */
export abstract class TriggersResource extends Construct {
  public readonly resourceName: string;
  /** `ApiObject.of(this)` returns it. */
  protected readonly apiObject: ApiObject;
  private readonly secrets = new Map<string, SecretFacts>();

  protected constructor(scope: Construct, id: string, kind: string, props: ResourceProps, clusterScoped = false) {
    super(scope, id);
    this.resourceName = props.name ?? id;
    checkResourceName(kind, this.node.path, this.resourceName);
    if (clusterScoped && props.namespace !== undefined) throw new Error(`[${this.node.path}] a ${kind} is cluster-scoped and has no namespace. Remove the namespace prop.`);
    this.apiObject = new ApiObject(this, 'Resource', {
      apiVersion: TRIGGERS_API_VERSION,
      kind,
      metadata: {
        name: this.resourceName,
        namespace: props.namespace,
        labels: props.labels ? { ...props.labels } : undefined,
        annotations: props.annotations ? { ...props.annotations } : undefined,
      },
      spec: Lazy.any({ produce: () => this.renderSpec() }),
    });
    if (clusterScoped) withoutChartNamespace(this.apiObject);
    validateAtSynth(this, this.apiObject);
  }

  /** The spec, in the kind's own shape (lib/triggers/types.ts). */
  protected abstract renderSpec(): object;

  /**
   * Records the Secrets that interceptors read (webhook secrets, API tokens) in the
   * cdk8s-tekton.io/secrets annotation, as runs and service accounts record theirs, so that
   * `cdk8s-tekton secrets` prints the commands that create them.
   */
  protected recordSecrets(interceptors: readonly IInterceptor[] | undefined): void {
    for (const ref of (interceptors ?? []).flatMap((i) => i.secretKeys ?? [])) if (ref.facts) this.secrets.set(ref.secretName, ref.facts);
    if (this.secrets.size > 0) this.apiObject.metadata.addAnnotation(SECRETS_ANNOTATION, renderSecretsAnnotation([...this.secrets.values()]));
  }
}

/** cdk8s gives every object its chart's namespace; a cluster-scoped object must have none. */
export function withoutChartNamespace(obj: ApiObject): void {
  if (Chart.of(obj).namespace !== undefined) obj.addJsonPatch(JsonPatch.remove('/metadata/namespace'));
}
