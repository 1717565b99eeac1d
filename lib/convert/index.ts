// `cdk8s-tekton convert`: Tekton YAML to one TypeScript module that builds the same objects with
// the typed API. Every object becomes a statement of one Chart's constructor; what the typed API
// cannot say is written as an escape hatch with a `// convert:` comment and counted.
import { isObject } from '../facts/object';
import { isWarning, validateManifests } from '../validate';
import type { ValidationOptions } from '../validate/types';
import { identifier, literal, Module, props, quote, Scope } from './code';
import { emitPipelineBody, pipelineConstructorProps } from './pipeline';
import { pipelineRunProps, taskRunProps } from './runs';
import { emitParams, emitTaskBody, extraKeys, Target, taskConstructorProps } from './task';
import { CREDENTIAL_ANNOTATIONS, Credentials } from './credentials';
import { emitTriggers, isTypedTriggers } from './triggers';
import { Known } from './values';

export interface ConvertOptions {
  /** The Chart class name. @default 'ConvertedChart' */
  readonly chartName?: string;
  /** Per document, the migrations made to it (lib/convert/migrate.ts), written as comments above it. */
  readonly notes?: ReadonlyArray<readonly string[]>;
  /** The files the documents came from, named in the header comment. */
  readonly sources?: readonly string[];
}

export interface Converted {
  readonly code: string;
  /** Escape hatches written (`// convert:` comments). */
  readonly escapes: number;
  readonly reasons: readonly string[];
  /** Leaf fields of the input, for escape hatches per 1000 fields. */
  readonly fields: number;
}

const METADATA = ['name', 'namespace', 'labels', 'annotations', 'generateName'];
const TEKTON_KINDS = new Set(['Task', 'Pipeline', 'TaskRun', 'PipelineRun', 'StepAction']);

function leaves(v: unknown): number {
  if (Array.isArray(v)) return v.reduce((n: number, x) => n + leaves(x), 0);
  if (isObject(v)) return Object.values(v).reduce((n: number, x) => n + leaves(x), 0);
  return 1;
}

/** The validation options the documents need (feature level and flags), from the validator's own feature rules. */
function neededValidation(docs: readonly Record<string, unknown>[]): ValidationOptions | undefined {
  const problems = validateManifests(docs.map((manifest, i) => ({ manifest, source: `#${i}` }))).filter((p) => !isWarning(p) && p.rule.startsWith('feature.'));
  if (problems.length === 0) return undefined;
  const flags: Record<string, string> = { 'feature.enable-param-enum': 'enableParamEnum', 'feature.enable-cel-in-whenexpression': 'enableCelInWhenExpression', 'feature.enable-artifacts': 'enableArtifacts', 'feature.enable-concise-resolver-syntax': 'enableConciseResolverSyntax' };
  const options: Record<string, unknown> = { apiFields: 'alpha' };
  for (const p of problems) if (flags[p.rule]) options[flags[p.rule]] = true;
  const beta = validateManifests(docs.map((manifest, i) => ({ manifest, source: `#${i}` })), { apiFields: 'beta' }).filter((p) => !isWarning(p) && p.rule.startsWith('feature.'));
  if (beta.length === 0) options.apiFields = 'beta';
  return options;
}

/** Converts manifests (already migrated to tekton.dev/v1) to the module's text. */
export function convert(docs: readonly Record<string, unknown>[], options: ConvertOptions = {}): Converted {
  const mod = new Module();
  const known: Known = new Map();
  const ids = new Set<string>();
  const credentials = new Credentials(docs, ids);
  docs.forEach((doc, i) => {
    if (i > 0) mod.add('');
    for (const n of options.notes?.[i] ?? []) mod.comment(`migrated: ${n}`);
    emitDocument(mod, doc, known, ids, credentials);
  });
  const chart = options.chartName ?? 'ConvertedChart';
  const validation = neededValidation(docs);
  const head: string[] = [];
  if (validation) {
    mod.imports.add('configureValidation');
    head.push(`    // These objects use features beyond Tekton's default (enable-api-fields: beta); the synth-time`, `    // validation checks them at the level the cluster must run.`, `    configureValidation(this, ${literal(validation, '    ')});`);
  }
  const sources = options.sources ?? [];
  const code = [
    `// Written by \`cdk8s-tekton convert\`${sources.length ? ` from ${sources.join(', ')}` : ''}.`,
    `// Run it with \`npx ts-node <this file>\` to synthesize the chart into dist/.`,
    `import { ${[...mod.cdk8sImports].sort().join(', ')} } from 'cdk8s';`,
    `import { ${[...mod.imports].sort().join(', ')} } from 'cdk8s-tekton';`,
    `import { Construct } from 'constructs';`,
    '',
    `export class ${chart} extends Chart {`,
    `  public constructor(scope: Construct, id = ${quote(kebab(chart))}) {`,
    `    super(scope, id);`,
    ...head,
    mod.body('    '),
    `  }`,
    `}`,
    '',
    `if (require.main === module) {`,
    `  const app = new App();`,
    `  new ${chart}(app);`,
    `  app.synth();`,
    `}`,
    '',
  ].join('\n');
  return { code: code.replace(/import \{  \} from 'cdk8s-tekton';\n/, ''), escapes: mod.escapes, reasons: mod.escapeReasons, fields: docs.reduce((n, d) => n + leaves(d), 0) };
}

/**
 * Metadata annotations as code. On a run, the annotations the typed Secrets and service accounts
 * write (lib/convert/credentials.ts) are left out: the typed code writes them again.
 */
function annotations(doc: Record<string, any>): string | undefined {
  const all = isObject(doc.metadata) && isObject(doc.metadata.annotations) ? doc.metadata.annotations : undefined;
  const run = doc.kind === 'TaskRun' || doc.kind === 'PipelineRun';
  const kept = all && Object.fromEntries(Object.entries(all).filter(([k]) => !(run && CREDENTIAL_ANNOTATIONS.includes(k))));
  return kept && Object.keys(kept).length ? literal(kept, '    ') : undefined;
}

function kebab(name: string): string {
  return name.replace(/Chart$/, '').replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase() || 'converted';
}

/** Metadata as construct props; the construct id is the name, unless another object took it. */
function metadataProps(mod: Module, doc: Record<string, any>, ids: Set<string>, owner: () => string): { id: string; entries: Array<[string, string | undefined]> } {
  const m = isObject(doc.metadata) ? doc.metadata : {};
  const base = typeof m.name === 'string' ? m.name : typeof m.generateName === 'string' ? m.generateName.replace(/-$/, '') || 'run' : String(doc.kind).toLowerCase();
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  ids.add(id);
  const entries: Array<[string, string | undefined]> = [
    ['name', typeof m.name === 'string' && m.name !== id ? quote(m.name) : undefined],
    ['generateName', typeof m.generateName === 'string' ? quote(m.generateName) : undefined],
    ['namespace', typeof m.namespace === 'string' ? quote(m.namespace) : undefined],
    ['labels', isObject(m.labels) ? literal(m.labels, '    ') : undefined],
    ['annotations', annotations(doc)],
  ];
  for (const key of Object.keys(m)) if (!METADATA.includes(key)) mod.patch(owner(), ['metadata', key], m[key], `the typed constructs have no metadata.${key}`);
  return { id, entries };
}

function emitDocument(mod: Module, doc: Record<string, any>, known: Known, ids: Set<string>, credentials: Credentials): void {
  const kind = String(doc.kind);
  const tekton = doc.apiVersion === 'tekton.dev/v1' || (kind === 'StepAction' && String(doc.apiVersion).startsWith('tekton.dev/'));
  if (isTypedTriggers(doc)) {
    let variable = '';
    const { id, entries } = metadataProps(mod, doc, ids, () => variable);
    variable = identifier(id, mod.names);
    emitTriggers(mod, doc, id, variable, entries, known);
    mod.flush();
    return;
  }
  if (!tekton || !TEKTON_KINDS.has(kind)) {
    emitPlain(mod, doc, ids);
    return;
  }
  let name = '';
  const { id, entries } = metadataProps(mod, doc, ids, () => name);
  name = identifier(id, mod.names, kind === 'Task' || kind === 'Pipeline' ? '' : kind);
  mod.imports.add(kind);
  const spec: Record<string, any> = isObject(doc.spec) ? doc.spec : {};
  const t: Target = { mod, receiver: name, owner: name, path: ['spec'], known, credentials };
  if (kind === 'Task' || kind === 'Pipeline') {
    const own = kind === 'Task' ? taskConstructorProps(spec) : pipelineConstructorProps(spec);
    mod.declare(name, `new ${kind}(this, ${quote(id)}, ${props([...entries, ...own], '    ')})`.replace(/, \{\}\)$/, ')'));
    if (kind === 'Task') emitTaskBody(t, spec);
    else emitPipelineBody(t, spec);
  } else if (kind === 'StepAction') {
    emitStepAction(t, spec, id, entries);
  } else {
    const run: Array<[string, string | undefined]> = [];
    const written = kind === 'TaskRun' ? taskRunProps(t, spec, id, run) : pipelineRunProps(t, spec, id, run);
    mod.declare(name, `new ${kind}(this, ${quote(id)}, ${props([...entries, ...run], '    ')})`);
    extraKeys(t, spec, written, [], kind);
  }
  for (const key of Object.keys(doc)) if (!['apiVersion', 'kind', 'metadata', 'spec'].includes(key)) mod.patch(name, [key], doc[key], `the typed ${kind} has no top-level "${key}"`);
  mod.flush();
  if (isObject(doc.metadata) && typeof doc.metadata.name === 'string') known.set(`${kind}/${doc.metadata.name}`, name);
}

const STEP_ACTION_KEYS = ['description', 'image', 'command', 'args', 'env', 'workingDir', 'securityContext', 'volumeMounts'];

function emitStepAction(t: Target, spec: Record<string, any>, id: string, entries: Array<[string, string | undefined]>): void {
  const own = STEP_ACTION_KEYS.filter((k) => spec[k] !== undefined).map((k) => [k, literal(spec[k], '    ', { bare: k !== 'env' })] as [string, string]);
  const script = typeof spec.script === 'string' && !/\$\(params[.[]/.test(spec.script);
  if (script) own.push(['script', '`' + spec.script.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`']);
  t.mod.declare(t.receiver, `new StepAction(this, ${quote(id)}, ${props([...entries, ...own], '    ')})`);
  emitParams(t, spec.params, new Scope());
  const plainResults = Array.isArray(spec.results) && spec.results.every((r: unknown) => isObject(r) && Object.keys(r).length === 1 && typeof r.name === 'string');
  if (plainResults) for (const r of spec.results) t.mod.add(`${t.receiver}.addResult(${quote(r.name)});`);
  extraKeys(t, spec, [...STEP_ACTION_KEYS, 'params', ...(plainResults ? ['results'] : []), ...(script ? ['script'] : [])], [], 'StepAction');
}

/** An object outside the Tekton kinds the typed API builds: a plain ApiObject, as written. */
function emitPlain(mod: Module, doc: Record<string, any>, ids: Set<string>): void {
  const m = isObject(doc.metadata) ? doc.metadata : {};
  const base = typeof m.name === 'string' ? m.name : String(doc.kind).toLowerCase();
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  ids.add(id);
  mod.cdk8sImports.add('ApiObject');
  const variable = m.name === undefined ? identifier(id, mod.names, String(doc.kind)) : undefined;
  const text = `${variable ? `const ${variable} = ` : ''}new ApiObject(this, ${quote(id)}, ${literal(doc, '')});`;
  if (String(doc.apiVersion).startsWith('triggers.tekton.dev/') || String(doc.apiVersion).startsWith('tekton.dev/')) {
    const why = doc.kind === 'EventListener'
      ? 'the EventListener construct creates its own ServiceAccount and RBAC, which these manifests already define, so the EventListener is kept as written (a plain ApiObject).'
      : `${doc.kind} ${doc.apiVersion} is kept as written (a plain ApiObject): the converter has no typed form for it.`;
    mod.escape(why, text);
  } else {
    mod.comment(`A ${doc.kind} is plain Kubernetes, outside what cdk8s-tekton types; it is kept as written.`);
    mod.add(text);
  }
  if (m.name === undefined) {
    mod.cdk8sImports.add('JsonPatch');
    mod.add(`// cdk8s names every ApiObject; this one is named by the API server (generateName).`);
    mod.add(`${variable}.addJsonPatch(JsonPatch.remove('/metadata/name'));`);
  }
}
