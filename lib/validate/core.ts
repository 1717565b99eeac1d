// The reporting side of the rule engine: one Doc per manifest collects Problems, and knows the
// feature level so every gated rule is written the same way.
import type { ApiFields, Problem, ValidationOptions } from './types';

export interface Settings {
  readonly apiFields: ApiFields;
  readonly enableParamEnum: boolean;
  readonly enableCelInWhenExpression: boolean;
  readonly enableArtifacts: boolean;
  readonly enableConciseResolverSyntax: boolean;
  readonly disableInlineSpec: ReadonlySet<string>;
  readonly maxMatrixCombinations: number;
  readonly forbiddenEnv: ReadonlySet<string>;
  readonly defaultTaskRunWorkspaceBinding: boolean;
  readonly externalRefs: ReadonlySet<string>;
  readonly checkRefsExist: boolean;
  readonly surface: Surface;
}

/**
 * Where problems are shown, so that fixes can say how to change a validation setting there: at
 * synth through configureValidation, on the command line through a flag.
 */
export interface Surface {
  /** How to set validation option `option` to `value` (an array option: add `value` to it). */
  setting(option: keyof ValidationOptions, value: unknown): string;
  /** What to do about a Task, Pipeline or StepAction that is not among the documents. */
  readonly define: string;
  /**
   * The documents are everything an app emits (synth): a ServiceAccount that is neither among them
   * nor declared on a run is unknown to the app, so what it holds is an error, not a warning.
   */
  readonly wholeApp?: boolean;
}

const literal = (value: unknown) => JSON.stringify(value).replace(/"/g, "'");

/** For a caller of validateManifests: plain option names. */
export const OPTIONS_SURFACE: Surface = {
  setting: (option, value) => `${option}: ${literal(value)} in the validation options`,
  define: 'add the document that defines it to the manifests validated together',
};

/** For `cdk8s synth`: the configureValidation call of the app. */
export const SYNTH_SURFACE: Surface = {
  setting: (option, value) => `configureValidation(app, { ${option}: ${literal(value)} })`,
  define: 'define it in this app',
  wholeApp: true,
};

/** For the cdk8s-cli validation plugin: the plugin's properties in cdk8s.yaml. */
export const PLUGIN_SURFACE: Surface = {
  setting: (option, value) => `${option}: ${literal(value)} under the properties of the TektonValidation entry in cdk8s.yaml`,
  define: SYNTH_SURFACE.define,
  wholeApp: true,
};

export function settingsOf(options: ValidationOptions, surface: Surface = OPTIONS_SURFACE): Settings {
  return {
    apiFields: options.apiFields ?? 'beta',
    enableParamEnum: options.enableParamEnum ?? false,
    enableCelInWhenExpression: options.enableCelInWhenExpression ?? false,
    enableArtifacts: options.enableArtifacts ?? false,
    enableConciseResolverSyntax: options.enableConciseResolverSyntax ?? false,
    disableInlineSpec: new Set(options.disableInlineSpec ?? []),
    maxMatrixCombinations: options.maxMatrixCombinations ?? 256,
    forbiddenEnv: new Set(options.forbiddenEnv ?? []),
    defaultTaskRunWorkspaceBinding: options.defaultTaskRunWorkspaceBinding ?? false,
    externalRefs: new Set(options.externalRefs ?? []),
    checkRefsExist: options.checkRefsExist ?? true,
    surface,
  };
}

const LEVEL: Record<ApiFields, number> = { stable: 0, beta: 1, alpha: 2 };

/** The boolean flags of `feature-flags`, by option name, with their ConfigMap key. */
export const FLAGS = {
  enableParamEnum: 'enable-param-enum',
  enableCelInWhenExpression: 'enable-cel-in-whenexpression',
  enableArtifacts: 'enable-artifacts',
  enableConciseResolverSyntax: 'enable-concise-resolver-syntax',
} as const;
export type Flag = keyof typeof FLAGS;

const PLAIN_KIND = /^[A-Za-z0-9]+$/;

/** `Kind "name"`, with the kind and name quoted as JSON when they hold anything unusual (a control character is never printed raw). */
export function labelOf(manifest: Record<string, any>): string {
  const meta = isObject(manifest.metadata) ? manifest.metadata : {};
  const kind = typeof manifest.kind === 'string' && PLAIN_KIND.test(manifest.kind) ? manifest.kind : manifest.kind === undefined ? 'document' : JSON.stringify(manifest.kind);
  if (typeof meta.name === 'string' && meta.name !== '') return `${kind} ${JSON.stringify(meta.name)}`;
  if (typeof meta.generateName === 'string') return `${kind} (generateName ${JSON.stringify(meta.generateName)})`;
  return `${kind} (no name)`;
}

/** One manifest being validated: where problems about it go. */
export class Doc {
  private label: string | undefined;

  /** `resource`: the document's label (`Task "build"`), or the manifest to make it from (labelOf) when a problem is reported. */
  public constructor(
    public readonly input: number,
    private readonly labelled: string | Record<string, any>,
    public readonly settings: Settings,
    private readonly sink: Problem[],
  ) {}

  /** The document's label, `Task "build"`, for messages. */
  public get resource(): string {
    if (this.label === undefined) this.label = typeof this.labelled === 'string' ? this.labelled : labelOf(this.labelled);
    return this.label;
  }

  /** A Doc for the same document whose problems go to `sink`. */
  public into(sink: Problem[]): Doc {
    return new Doc(this.input, this.label ?? this.labelled, this.settings, sink);
  }

  public report(rule: string, field: string, message: string, fix: string, value?: unknown): void {
    this.sink.push({ input: this.input, resource: this.resource, field, message, fix, rule, ...(value === undefined ? {} : { value }) });
  }

  /** How many problems have been reported so far: where `rewind` goes back to. */
  public mark(): number {
    return this.sink.length;
  }

  /** Takes back the problems reported since `mark` returned `at`, for a rule that starts again from there. */
  public rewind(at: number): void {
    this.sink.length = at;
  }

  /** Like `report`, for what Tekton accepts but the user should know about: it does not fail. */
  public warn(rule: string, field: string, message: string, fix: string, value?: unknown): void {
    this.sink.push({ input: this.input, resource: this.resource, field, message, fix, rule, severity: 'warning', ...(value === undefined ? {} : { value }) });
  }

  /** Reports `what` (found at `field`) unless the cluster's `enable-api-fields` is at least `level`. */
  public gate(level: 'beta' | 'alpha', field: string, what: string, value?: unknown): void {
    if (LEVEL[this.settings.apiFields] >= LEVEL[level]) return;
    this.report(
      `feature.${level}`,
      field,
      `${what} is ${level === 'alpha' ? 'an' : 'a'} ${level} feature, and enable-api-fields is "${this.settings.apiFields}"`,
      `set enable-api-fields to "${level}"${level === 'beta' ? ' (the default)' : ''} in the cluster's feature-flags ConfigMap and validate with ${this.settings.surface.setting('apiFields', level)}, or remove ${what}`,
      value,
    );
  }

  /** Reports `what` unless the separate feature flag is on. */
  public flag(flag: Flag, field: string, what: string, value?: unknown): void {
    if (this.settings[flag]) return;
    this.report(`feature.${FLAGS[flag]}`, field, `${what} needs the feature flag ${FLAGS[flag]}, which is off`, `set ${FLAGS[flag]}: "true" in the cluster's feature-flags ConfigMap and validate with ${this.settings.surface.setting(flag, true)}, or remove ${what}`, value);
  }
}

/** Shortens a value for a message: strings quoted, objects as compact JSON, long ones cut. */
export function show(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/** What is wrong, where: `Kind "name": field: message (got value)`. */
export function describeProblem(p: Problem): string {
  const got = p.value === undefined ? '' : ` (got ${show(p.value)})`;
  return `${p.resource}: ${p.field}: ${p.message}${got}`;
}

/** The message line of one problem, without the source prefix; warnings start with `warning: `. */
export function formatProblem(p: Problem): string {
  return `${isWarning(p) ? 'warning: ' : ''}${describeProblem(p)}. Fix: ${p.fix}`;
}

/** True for a problem that is reported but does not fail synth or `validate`. */
export function isWarning(p: Problem): boolean {
  return p.severity === 'warning';
}

import { isObject } from '../facts/object';
export { isObject };

/** `base.key`, or `base["key"]` when the key is not a plain identifier (so the path stays unambiguous). */
export function keyPath(base: string, key: string): string {
  return PLAIN_KEY.test(key) ? `${base}.${key}` : `${base}[${JSON.stringify(key)}]`;
}

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

const NO_ITEMS: readonly any[] = Object.freeze([]);

/** `v` when it is a list, else one shared empty list (most optional lists are absent: nothing to allocate). */
export function list(v: unknown): readonly any[] {
  return Array.isArray(v) ? v : NO_ITEMS;
}

/** The `name` of a list entry, for `duplicates`. */
export function byName(item: unknown): string | undefined {
  return isObject(item) && typeof item.name === 'string' ? item.name : undefined;
}

/** The `name` of a list entry, lower-cased, for lists whose names Tekton compares ignoring case. */
export function byNameIgnoringCase(item: unknown): string | undefined {
  return byName(item)?.toLowerCase();
}

const NO_DUPLICATES: ReadonlyArray<{ name: string; index: number }> = Object.freeze([]);

/** Names that occur more than once in `items` (by `key`), each with the index of its repeat. */
export function duplicates<T>(items: readonly T[], key: (item: T) => string | undefined): ReadonlyArray<{ name: string; index: number }> {
  // Most lists hold one item or none: nothing to compare, nothing to allocate.
  if (items.length < 2) return NO_DUPLICATES;
  const seen = new Set<string>();
  const out: Array<{ name: string; index: number }> = [];
  items.forEach((item, index) => {
    const name = key(item);
    if (name === undefined || name === '') return;
    if (seen.has(name)) out.push({ name, index });
    seen.add(name);
  });
  return out;
}

/**
 * "a, b, c" or "none", for "available: ..." parts of messages. Reads at most 20 names, so a
 * message about a 5000-task pipeline costs the same as one about a 5-task pipeline; give a Map
 * or Set (not its keys()) to have the total counted without reading it.
 */
export function available(names: Iterable<string> | ReadonlyMap<string, unknown> | ReadonlySet<string>): string {
  const keys: Iterable<string> = names instanceof Map ? names.keys() : (names as Iterable<string>);
  const shown: string[] = [];
  let more = false;
  for (const name of keys) {
    if (shown.length === 20) {
      more = true;
      break;
    }
    shown.push(name);
  }
  if (shown.length === 0) return 'none';
  if (!more) return shown.join(', ');
  const size = names instanceof Map || names instanceof Set ? names.size : undefined;
  return `${shown.join(', ')}, ...${size === undefined ? '' : ` (${size} in all)`}`;
}

/** Go's time.Duration is an int64 count of nanoseconds: a longer duration does not parse. */
const MAX_DURATION_NS = 9_223_372_036_854_775_807;

/**
 * Parses a Go duration ("1h30m", "90s", "0", "-5m", "1.5µs") into milliseconds, as
 * time.ParseDuration reads it: both micro signs (U+00B5 and U+03BC) for microseconds, and a value
 * beyond int64 nanoseconds is an error, not a huge number. Undefined when malformed. The micro
 * signs are written as escapes: one character beyond ASCII makes V8 hold the whole bundle it is in
 * as two-byte text, which is slower to read and compile.
 */
export function parseDuration(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  if (/^[-+]?0$/.test(text)) return 0;
  const m = /^([-+]?)((?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|\u00B5s|\u03BCs|ms|s|m|h))+$/.exec(text);
  if (!m) return undefined;
  const unit: Record<string, number> = { ns: 1, us: 1e3, '\u00B5s': 1e3, '\u03BCs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };
  let total = 0;
  for (const part of text.slice(m[1].length).matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|\u00B5s|\u03BCs|ms|s|m|h)/g)) total += Number(part[1]) * unit[part[2]];
  if (total > MAX_DURATION_NS) return undefined;
  const ms = total / 1e6;
  return m[1] === '-' ? -ms : ms;
}
