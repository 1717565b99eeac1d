import { ApiObject, Chart } from 'cdk8s';
import { Construct, IConstruct, IValidation } from 'constructs';
import { useQuickYaml } from './synth-yaml';
import { formatProblem, isWarning, SYNTH_SURFACE, validateManifests } from './validate';
import type { ManifestInput, Problem, ValidationOptions } from './validate/types';

/**
 * Manifests the validation pass of one App's synth in progress rendered, by L1 object. cdk8s
 * renders the objects of a chart right after validating the app; the L1 objects of Tekton
 * constructs take their manifest from here instead, so a synth renders each of them once. An entry
 * is taken once; taking one of a chart drops those of other charts (a chart's output is not
 * followed by another chart's without a new validation pass), and all are dropped when the
 * synchronous synth is over, so a change made to the constructs afterwards is always rendered
 * afresh. Each App has its own (held by its validation session), so Apps never see each other's.
 */
class RenderedManifests {
  private entries = new Map<ApiObject, { readonly json: unknown; readonly chart: Chart }>();
  private servedChart: Chart | undefined;
  private clearScheduled = false;

  /** The manifest this synth's validation rendered for `obj`, once; undefined when there is none. */
  public take(obj: ApiObject): unknown {
    const entry = this.entries.get(obj);
    if (entry === undefined) return undefined;
    if (entry.chart !== this.servedChart) {
      this.servedChart = entry.chart;
      for (const [other, { chart }] of this.entries) if (chart !== this.servedChart) this.entries.delete(other);
    }
    this.entries.delete(obj);
    return entry.json;
  }

  public keep(objects: readonly ApiObject[], manifests: readonly unknown[]): void {
    this.entries = new Map();
    this.servedChart = undefined;
    objects.forEach((obj, i) => OWNED.has(obj) && this.entries.set(obj, { json: manifests[i], chart: obj.chart }));
    if (this.clearScheduled) return;
    this.clearScheduled = true;
    queueMicrotask(() => {
      this.entries = new Map();
      this.clearScheduled = false;
    });
  }
}

/** An object's manifest for the validator; its construct path is only written out if something reads it. */
class ObjectInput implements ManifestInput {
  public constructor(
    public readonly manifest: unknown,
    private readonly obj: ApiObject,
  ) {}

  public get source(): string {
    return this.obj.node.path;
  }
}

/** Deep equality of plain JSON values. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * Runs the validator over every object of an app when it is synthesized. One pass renders all
 * ApiObjects of the app and validates them together (so cross-document rules see everything);
 * each Tekton construct then reports the problems of its own object, prefixed by cdk8s with its
 * construct path.
 */
class AppValidation {
  private options: ValidationOptions = {};
  private enabled = true;
  private byObject = new Map<ApiObject, string[]>();
  private computed = false;
  private readonly constructWarnings: Array<{ construct: IConstruct; message: string }> = [];
  private warnings: string[] = [];
  private readonly printed = new Set<string>();
  /** What this app's last synth-time validation rendered, for the L1 objects to take. */
  public readonly rendered = new RenderedManifests();
  /** The last validator run: App.synth validates the app again for each chart, mostly unchanged. */
  private last?: { options: ValidationOptions; objects: ApiObject[]; manifests: unknown[]; problems: Problem[] };

  public constructor(private readonly root: IConstruct) {
    root.node.addValidation({ validate: () => this.runForApp() });
  }

  public configure(options: ValidationOptions & { readonly enabled?: boolean }): void {
    const { enabled, ...rest } = options;
    this.options = { ...this.options, ...rest };
    if (enabled !== undefined) this.enabled = enabled;
  }

  public problemsOf(obj: ApiObject): string[] {
    if (!this.computed) this.compute();
    return this.byObject.get(obj) ?? [];
  }

  public warn(construct: IConstruct, message: string): void {
    this.constructWarnings.push({ construct, message });
  }

  /** Every warning of the app, `[construct/path] warning: ...`, in construct order. */
  public warningsOfApp(): string[] {
    if (!this.computed) this.compute();
    return [...this.constructWarnings.map(({ construct, message }) => `[${construct.node.path}] warning: ${message}`), ...this.warnings];
  }

  private runForApp(): string[] {
    useQuickYaml();
    this.compute(true);
    // cdk8s validates the app once per chart it writes: each warning is printed once per synth.
    const fresh = this.warningsOfApp().filter((w) => !this.printed.has(w));
    if (fresh.length > 0) {
      process.stderr.write(`${fresh.join('\n')}\n`);
      if (this.printed.size === 0) queueMicrotask(() => this.printed.clear());
      for (const w of fresh) this.printed.add(w);
    }
    const orphan: string[] = [];
    for (const [obj, messages] of this.byObject) {
      if (!OWNED.has(obj)) orphan.push(...messages.map((m) => `[${obj.node.path}] ${m}`));
    }
    return orphan;
  }

  private compute(forSynth = false): void {
    this.byObject = new Map();
    this.warnings = [];
    this.computed = true;
    if (!this.enabled) return;
    const objects: ApiObject[] = [];
    const inputs: ManifestInput[] = [];
    for (const c of this.root.node.findAll()) {
      if (!(c instanceof ApiObject)) continue;
      let manifest: unknown;
      try {
        manifest = c.toJson();
      } catch (e) {
        this.add(c, (e as Error).message);
        continue;
      }
      objects.push(c);
      inputs.push(new ObjectInput(manifest, c));
    }
    const manifests = inputs.map((i) => i.manifest);
    const problems = this.unchanged(objects, manifests) ? this.last!.problems : validateManifests(inputs, this.options, SYNTH_SURFACE);
    this.last = { options: this.options, objects, manifests, problems };
    if (forSynth) this.rendered.keep(objects, manifests);
    for (const p of problems) {
      if (isWarning(p)) this.warnings.push(`[${objects[p.input].node.path}] ${formatProblem(p)}`);
      else this.add(objects[p.input], formatProblem(p));
    }
  }

  private unchanged(objects: ApiObject[], manifests: unknown[]): boolean {
    const last = this.last;
    if (last === undefined || last.options !== this.options || last.objects.length !== objects.length) return false;
    return objects.every((obj, i) => obj === last.objects[i] && sameJson(manifests[i], last.manifests[i]));
  }

  private add(obj: ApiObject, message: string): void {
    const list = this.byObject.get(obj);
    if (list) list.push(message);
    else this.byObject.set(obj, [message]);
  }
}

const SESSIONS = new WeakMap<IConstruct, AppValidation>();
const OWNED = new WeakSet<ApiObject>();

function sessionOf(scope: IConstruct): AppValidation {
  const root = scope.node.root;
  let session = SESSIONS.get(root);
  if (!session) {
    session = new AppValidation(root);
    SESSIONS.set(root, session);
  }
  return session;
}

/** The manifest the synth in progress of `obj`'s App rendered for it, once; undefined when there is none. */
export function takeRendered(obj: ApiObject): unknown {
  return SESSIONS.get(obj.node.root)?.rendered.take(obj);
}

/** The validator's problems with one L1 object (an object, not a closure: see SpecProducer in lib/resource.ts). */
class ObjectProblems implements IValidation {
  public constructor(
    private readonly session: AppValidation,
    private readonly obj: ApiObject,
  ) {}

  public validate(): string[] {
    return this.session.problemsOf(this.obj);
  }
}

/** Makes `construct` report the validator's problems with its L1 object at synth. */
export function validateAtSynth(construct: Construct, obj: ApiObject): void {
  OWNED.add(obj);
  construct.node.addValidation(new ObjectProblems(sessionOf(construct), obj));
}

/**
 * Records a warning about `construct` (something Tekton accepts but that is risky); printed to
 * stderr when the app is synthesized, as `[construct/path] warning: message`. It does not fail synth.
 */
export function warnAtSynth(construct: IConstruct, message: string): void {
  sessionOf(construct).warn(construct, message);
}

/** The warnings synth prints for the app that holds `scope`: from constructs and from the validator. */
export function synthWarnings(scope: IConstruct): string[] {
  return sessionOf(scope).warningsOfApp();
}

/**
 * Sets the Tekton feature level and flags the app's manifests are validated against (they must
 * match the cluster's `feature-flags` ConfigMap), or turns synth-time validation off.
 *
 * @example configureValidation(app, { apiFields: 'alpha', enableParamEnum: true })
 */
export function configureValidation(scope: IConstruct, options: ValidationOptions & { readonly enabled?: boolean }): void {
  sessionOf(scope).configure(options);
}
