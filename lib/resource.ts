import { ApiObject, ApiObjectMetadata, App, IResolver, ImplicitTokenResolver, JsonPatch, Lazy, LazyResolver, NumberStringUnionResolver } from 'cdk8s';
import { Construct } from 'constructs';
import { DNS1123_SUBDOMAIN } from './facts/names';
import { INamedResource } from './refs';
import { sortedPlainJson } from './render';
import { takeRendered, validateAtSynth } from './validation';

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

/** Checks a metadata.name the way Tekton's webhook does. */
export function checkResourceName(kind: string, path: string, name: string): void {
  if (name.length > 63 || !DNS1123_SUBDOMAIN.test(name)) {
    throw new Error(`[${path}] ${kind} name "${name}" is invalid: use lowercase letters, digits, "-" and ".", starting and ending with a letter or digit, at most 63 characters. Set the name prop or rename the construct id.`);
  }
}

type L1Class = new (scope: Construct, id: string, props: { metadata?: ApiObjectMetadata; spec?: any }) => ApiObject;

/** The L1 object of a Tekton construct: a generated class that renders its spec without cdk8s's resolver walk. */
interface RenderedL1 extends ApiObject {
  renderSpec?: () => Record<string, unknown>;
}

/** True for the resolvers every cdk8s App has (Lazy, implicit tokens, number/string unions): an app with only these resolves plain JSON to itself. */
function builtIn(resolver: IResolver): boolean {
  return resolver instanceof LazyResolver || resolver instanceof ImplicitTokenResolver || resolver instanceof NumberStringUnionResolver;
}

const FAST = new Map<L1Class, L1Class>();

/**
 * A subclass of a generated L1 class whose toJson renders the object itself. cdk8s resolves every
 * value of a manifest (each one walks up to the App and tries three resolvers), which cost as much
 * as the YAML writing for big apps; a spec rendered here is already plain JSON, for which that
 * walk is a copy and its sanitizing a key sort. So the manifest is apiVersion, kind, the metadata
 * as cdk8s renders it and the spec, copied with sorted keys (the generated props hold nothing
 * else). Whenever the shortcut could differ from cdk8s (JSON patches, an app with its own
 * resolvers, CDK8S_DISABLE_SORT, a value that is not plain JSON, an error), cdk8s renders the
 * whole object as before.
 */
function fastRendering(l1: L1Class): L1Class {
  let cls = FAST.get(l1);
  if (cls === undefined) {
    cls = class extends l1 implements RenderedL1 {
      public renderSpec?: () => Record<string, unknown>;
      private patched = false;

      public addJsonPatch(...ops: JsonPatch[]): void {
        this.patched = true;
        super.addJsonPatch(...ops);
      }

      public toJson(): any {
        const rendered = takeRendered(this);
        if (rendered !== undefined) return rendered;
        if (this.patched || this.renderSpec === undefined || process.env.CDK8S_DISABLE_SORT || !App.of(this).resolvers.every(builtIn)) return super.toJson();
        try {
          const metadata = sortedPlainJson(this.metadata.toJson());
          const spec = sortedPlainJson(this.renderSpec());
          return { apiVersion: this.apiVersion, kind: this.kind, ...(metadata === undefined ? {} : { metadata }), ...(spec === undefined ? {} : { spec }) };
        } catch {
          return super.toJson();
        }
      }
    };
    FAST.set(l1, cls);
  }
  return cls;
}

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
    const obj = new (fastRendering(l1))(this, 'Resource', {
      metadata: {
        ...metadata,
        name: this.resourceName || undefined,
        namespace: props.namespace,
        labels: props.labels ? { ...props.labels } : undefined,
        annotations: props.annotations ? { ...props.annotations } : undefined,
      },
      spec: Lazy.any({ produce: () => this.renderSpec() }),
    }) as RenderedL1;
    obj.renderSpec = () => this.renderSpec();
    this.apiObject = obj;
    validateAtSynth(this, this.apiObject);
  }

  /** `Kind "name"`, for messages. */
  public get ownerLabel(): string {
    return `${this.constructor.name} "${this.resourceName}"`;
  }

  /**
   * The plain spec of this resource.
   * @internal
   */
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
