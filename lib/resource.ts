import { ApiObject, ApiObjectMetadata, ApiObjectProps, App, IAnyProducer, IResolver, ImplicitTokenResolver, JsonPatch, Lazy, LazyResolver, NumberStringUnionResolver } from 'cdk8s';
import { Construct } from 'constructs';
import { DNS1123_SUBDOMAIN } from './facts/names';
import { isObject } from './facts/object';
import { INamedResource } from './refs';
import { sortedPlainJson } from './render';
import { markTektonManifest } from './synth-yaml';
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

/** The Tekton kinds the constructs render, with the API version each is written in. */
const API_VERSIONS = {
  Task: 'tekton.dev/v1',
  Pipeline: 'tekton.dev/v1',
  TaskRun: 'tekton.dev/v1',
  PipelineRun: 'tekton.dev/v1',
  StepAction: 'tekton.dev/v1beta1',
} as const;

/** A kind a Tekton construct renders. */
export type TektonKind = keyof typeof API_VERSIONS;

/** What renders the spec of a Tekton object: the construct that owns it. */
interface SpecSource {
  renderSpec(): Record<string, unknown>;
}

/**
 * The object's spec as a cdk8s lazy value, for when cdk8s renders the object itself. An object
 * rather than a closure: the bundle names every closure it keeps (keepNames), which makes each one
 * a slow, larger function object, and a big app has one per resource.
 */
class SpecProducer implements IAnyProducer {
  public constructor(private readonly source: SpecSource) {}

  public produce(): Record<string, unknown> {
    return this.source.renderSpec();
  }
}

/** True for the resolvers every cdk8s App has (Lazy, implicit tokens, number/string unions): an app with only these resolves plain JSON to itself. */
function builtIn(resolver: IResolver): boolean {
  return resolver instanceof LazyResolver || resolver instanceof ImplicitTokenResolver || resolver instanceof NumberStringUnionResolver;
}

/**
 * The API object of a Tekton construct, whose toJson renders the object itself. cdk8s resolves
 * every value of a manifest (each one walks up to the App and tries three resolvers), which cost as
 * much as the YAML writing for big apps; a spec rendered here is already plain JSON, for which that
 * walk is a copy and its sanitizing a key sort. So the manifest is apiVersion, kind, the metadata
 * as cdk8s renders it and the spec, copied with sorted keys. Whenever the shortcut could differ
 * from cdk8s (JSON patches, an app with its own resolvers, CDK8S_DISABLE_SORT, a value that is not
 * plain JSON, an error), cdk8s renders the whole object as before.
 *
 * It is a plain ApiObject rather than the generated class of its kind (lib/imports/tekton.dev.ts,
 * whose types the renderers use): those classes add nothing to the rendered object, and their code
 * (with every generated `toJson_` function their static `manifest()` reaches) is a fifth of the
 * package's entry, which every fresh process would compile.
 */
class TektonApiObject extends ApiObject {
  private patched = false;

  public constructor(scope: Construct, id: string, props: ApiObjectProps, private readonly source: SpecSource) {
    super(scope, id, props);
  }

  public addJsonPatch(...ops: JsonPatch[]): void {
    this.patched = true;
    super.addJsonPatch(...ops);
  }

  /** The manifest, marked as a Tekton construct's for cdk8s's Yaml.stringify (lib/synth-yaml.ts). */
  public toJson(): any {
    const manifest = this.render();
    markTektonManifest(manifest);
    return manifest;
  }

  private render(): any {
    const rendered = takeRendered(this);
    if (rendered !== undefined) return rendered;
    if (this.patched || process.env.CDK8S_DISABLE_SORT || !App.of(this).resolvers.every(builtIn)) return super.toJson();
    try {
      const metadata = renderMetadata(this.metadata);
      const spec = sortedPlainJson(this.source.renderSpec());
      return { apiVersion: this.apiVersion, kind: this.kind, ...(metadata === undefined ? {} : { metadata }), ...(spec === undefined ? {} : { spec }) };
    } catch {
      return super.toJson();
    }
  }
}

/** The fields of cdk8s's ApiObjectMetadataDefinition (this cdk8s's), in their order; toJson reads all but apiObject. */
const METADATA_FIELDS = ['name', 'namespace', 'labels', 'annotations', 'finalizers', 'ownerReferences', 'apiObject', '_additionalAttributes'];

/**
 * The object's metadata as cdk8s's `metadata.toJson()` gives it, keys sorted. cdk8s resolves each
 * value (for plain JSON, with the App's own resolvers only, a copy) and then drops empty lists and
 * maps and sorts the keys; for plain JSON this does the same in one pass. Anything else, or a
 * metadata object with other fields than this cdk8s's, goes through cdk8s.
 */
function renderMetadata(metadata: ApiObject['metadata']): unknown {
  const m = metadata as unknown as Record<string, any>;
  const fields = Object.keys(m);
  let known = fields.length === METADATA_FIELDS.length && isObject(m._additionalAttributes);
  for (let i = 0; known && i < fields.length; i++) known = fields[i] === METADATA_FIELDS[i];
  if (!known) return sortedPlainJson(metadata.toJson());
  // The object cdk8s's toJson resolves, in its order, sanitized as it sanitizes metadata.
  return sortedPlainJson({ ...m._additionalAttributes, name: m.name, namespace: m.namespace, annotations: m.annotations, finalizers: m.finalizers, ownerReferences: m.ownerReferences, labels: m.labels }, true);
}

/**
 * Base of the Tekton constructs: owns the API object as child `Resource`, renders the
 * spec lazily (so `addX()` works after construction) and validates it at synth.
 */
export abstract class TektonResource extends Construct implements INamedResource {
  public readonly resourceName: string;
  /** The API object (the construct's child `Resource`); `ApiObject.of(this)` returns it. */
  protected readonly apiObject: ApiObject;

  protected constructor(scope: Construct, id: string, kind: TektonKind, props: ResourceProps, metadata: Partial<ApiObjectMetadata> = {}) {
    super(scope, id);
    this.resourceName = props.name ?? (metadata.generateName ? '' : id);
    if (this.resourceName) checkResourceName(kind, this.node.path, this.resourceName);
    this.apiObject = new TektonApiObject(this, 'Resource', {
      apiVersion: API_VERSIONS[kind],
      kind,
      metadata: {
        ...metadata,
        name: this.resourceName || undefined,
        namespace: props.namespace,
        labels: props.labels ? { ...props.labels } : undefined,
        annotations: props.annotations ? { ...props.annotations } : undefined,
      },
      spec: Lazy.any(new SpecProducer(this)),
    }, this);
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
