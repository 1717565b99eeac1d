import { ApiObject, ApiObjectMetadata, JsonPatch, Lazy } from 'cdk8s';
import { Construct } from 'constructs';
import { INamedResource } from './refs';
import { validateAtSynth } from './validation';

/** Metadata props shared by every Tekton construct. */
export interface ResourceProps {
  /** metadata.name. Tekton refers to Tasks and Pipelines by name, so no hash is added. @default - the construct id */
  readonly name?: string;
  /** @default - the namespace `kubectl apply` targets */
  readonly namespace?: string;
  /** @default - none */
  readonly labels?: { readonly [key: string]: string };
  /** @default - none */
  readonly annotations?: { readonly [key: string]: string };
}

const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Checks a metadata.name the way Tekton's webhook does. */
export function checkResourceName(kind: string, path: string, name: string): void {
  if (name.length > 63 || !DNS_SUBDOMAIN.test(name)) {
    throw new Error(`[${path}] ${kind} name "${name}" is invalid: use lowercase letters, digits, "-" and ".", starting and ending with a letter or digit, at most 63 characters. Set the name prop or rename the construct id.`);
  }
}

type L1Class = new (scope: Construct, id: string, props: { metadata?: ApiObjectMetadata; spec?: any }) => ApiObject;

/**
 * Base of the Tekton constructs: owns the generated L1 object as child `Resource`, renders the
 * spec lazily (so `addX()` works after construction) and validates it at synth.
 */
export abstract class TektonResource extends Construct implements INamedResource {
  public readonly resourceName: string;
  /** The generated L1 object; `ApiObject.of(this)` returns it. */
  protected readonly apiObject: ApiObject;

  protected constructor(scope: Construct, id: string, kind: string, l1: L1Class, props: ResourceProps, metadata: Partial<ApiObjectMetadata> = {}) {
    super(scope, id);
    this.resourceName = props.name ?? (metadata.generateName ? '' : id);
    if (this.resourceName) checkResourceName(kind, this.node.path, this.resourceName);
    this.apiObject = new l1(this, 'Resource', {
      metadata: {
        ...metadata,
        name: this.resourceName || undefined,
        namespace: props.namespace,
        labels: props.labels ? { ...props.labels } : undefined,
        annotations: props.annotations ? { ...props.annotations } : undefined,
      },
      spec: Lazy.any({ produce: () => this.renderSpec() }),
    });
    validateAtSynth(this, this.apiObject);
  }

  /** `Kind "name"`, for messages. */
  public get ownerLabel(): string {
    return `${this.constructor.name} "${this.resourceName}"`;
  }

  /** The plain spec of this resource. */
  public abstract renderSpec(): Record<string, unknown>;

  /** Keeps the parts of an imported manifest outside metadata and spec (such as `status`). */
  protected keepTopLevelFields(manifest: Record<string, unknown>): void {
    for (const key of Object.keys(manifest)) {
      if (!['apiVersion', 'kind', 'metadata', 'spec'].includes(key)) this.apiObject.addJsonPatch(JsonPatch.add(`/${key}`, manifest[key]));
    }
  }
}

/** The metadata props of an imported manifest. */
export function importedMetadata(manifest: Record<string, any>): ResourceProps & { generateName?: string } {
  const m = manifest.metadata ?? {};
  return { name: m.name, generateName: m.generateName, namespace: m.namespace, labels: m.labels, annotations: m.annotations };
}
