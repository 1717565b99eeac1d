// The one rule engine: plain manifests in, problems out. Used by the App at synth and by
// `cdk8s-tekton validate`. Every rule is listed in docs/rules.md (generated from rule-docs.ts).
import { Doc, isObject, isWarning, list, settingsOf, Surface } from './core';
import { CredentialWorld } from './credentials';
import { classify } from './kinds';
import { Catalog, Interface, interfaceOf } from './model';
import { ListenerRbac } from './listener-rbac';
import { checkEmbeddedMetadata, checkLabelsAndAnnotations, PAC_VARIABLES } from './metadata';
import { DNS1123_SUBDOMAIN } from '../facts/names';
import { checkMigrations, withoutFollowOns } from './migrations';
import { pacAnnotations } from '../facts/pac';
import { checkPacRun } from './pac';
import { checkPipelineSpec } from './pipeline';
import { checkPipelineRunCredentials, checkTaskRunCredentials, checkTemplateCredentials } from './run-credentials';
import { checkSchema, servedSchema } from './schema';
import { checkPipelineRun, checkTaskRun } from './runs';
import { checkCustomRun, checkStepAction } from './step-action';
import { checkTaskSpec } from './task';
import { checkEventListener, checkTemplateSpec, checkTriggerBinding, checkTriggerSpec } from './triggers';
import { checkTriggerRefs, TriggersCatalog, TriggersKind } from './triggers-cross';
import type { ManifestInput, Problem, ValidationOptions } from './types';
import { forgetReads } from './vars';

export { describeProblem, formatProblem, isWarning, PLUGIN_SURFACE, SYNTH_SURFACE } from './core';
export type { Surface } from './core';
export { isOtherDocument } from './kinds';

type Named = 'Task' | 'Pipeline' | 'StepAction';


const NO_PROBLEMS: readonly Problem[] = Object.freeze([]);
const V1_KINDS = new Set(['Task', 'Pipeline', 'TaskRun', 'PipelineRun']);

/** Which rules apply to a document of a served Tekton kind, or undefined when this validator knows none for it. */
function kindOf(manifest: Record<string, any>): string | undefined {
  const { apiVersion, kind } = manifest;
  if (apiVersion === 'tekton.dev/v1' && V1_KINDS.has(kind)) return kind;
  if ((apiVersion === 'tekton.dev/v1beta1' || apiVersion === 'tekton.dev/v1alpha1') && kind === 'StepAction') return kind;
  if (apiVersion === 'tekton.dev/v1beta1' && kind === 'CustomRun') return kind;
  return undefined;
}

function checkMetadata(d: Doc, manifest: Record<string, any>): void {
  const meta = isObject(manifest.metadata) ? manifest.metadata : {};
  checkLabelsAndAnnotations(d, 'metadata', meta, pacAnnotations(manifest) ? PAC_VARIABLES : undefined);
  if (meta.name === undefined || meta.name === '') {
    if (typeof meta.generateName !== 'string' || meta.generateName === '') d.report('metadata.name', 'metadata.name', `a ${manifest.kind} needs a name (or generateName)`, 'set metadata.name');
    return;
  }
  if (typeof meta.name !== 'string' || meta.name.length > 63 || !DNS1123_SUBDOMAIN.test(meta.name)) {
    d.report('metadata.name', 'metadata.name', 'invalid name; allowed: lowercase letters, digits, "-" and ".", starting and ending with a letter or digit, at most 63 characters', 'set metadata.name to a valid name (in cdk8s: the construct id, or the name prop)', meta.name);
  }
}

class DocumentCatalog implements Catalog {
  private readonly byKind = new Map<Named, Map<string, { spec: unknown; iface?: Interface }>>([
    ['Task', new Map()],
    ['Pipeline', new Map()],
    ['StepAction', new Map()],
  ]);

  public constructor(private readonly external: ReadonlySet<string>) {}

  /** Adds a document; returns false when one of that kind and name is already there. */
  public add(kind: Named, name: string, spec: unknown): boolean {
    const docs = this.byKind.get(kind)!;
    if (docs.has(name)) return false;
    docs.set(name, { spec });
    return true;
  }

  public find(kind: Named, name: string): Interface | 'external' | undefined {
    const entry = this.byKind.get(kind)!.get(name);
    if (!entry) return this.external.has(name) ? 'external' : undefined;
    entry.iface ??= interfaceOf(`${kind} "${name}"`, entry.spec);
    return entry.iface;
  }

  public names(kind: Named): string[] {
    return [...this.byKind.get(kind)!.keys()].sort();
  }
}

/** The schema's missing-field problems that no other problem of the same document is about (that field or a parent of it). */
function uncovered(missing: ReadonlyMap<number, Problem[]>, problems: readonly Problem[]): Problem[] {
  const fields = new Map<number, Set<string>>();
  for (const p of problems) if (missing.has(p.input)) (fields.get(p.input) ?? fields.set(p.input, new Set()).get(p.input)!).add(p.field);
  return [...missing].flatMap(([input, shape]) => {
    const covered = fields.get(input);
    if (!covered) return shape;
    return shape.filter((p) => {
      let at = p.field;
      for (let parent = at; ; at = parent) {
        if (covered.has(at)) return false;
        parent = at.replace(/(\.[^.[]+|\[[^\]]*\])$/, '');
        if (parent === at) return true;
      }
    });
  });
}

/** Validates manifests together; the problems come back in input order. */
export function validateManifests(inputs: readonly ManifestInput[], options?: ValidationOptions): Problem[];
/** @internal */
export function validateManifests(inputs: readonly ManifestInput[], options: ValidationOptions, surface: Surface): Problem[];
export function validateManifests(inputs: readonly ManifestInput[], options: ValidationOptions = {}, surface?: Surface): Problem[] {
  const settings = settingsOf(options, surface);
  const catalog = new DocumentCatalog(settings.externalRefs);
  const triggers = new TriggersCatalog(settings.externalRefs, settings.checkRefsExist);
  const problems: Problem[] = [];
  const credentials = new CredentialWorld();
  const rbac = new ListenerRbac();
  const pacNames = new Map<string, string>();
  // Missing required fields held back until the rules have run: a rule's message about the same
  // field says more, so it wins.
  const missing = new Map<number, Problem[]>();
  const triggersEntry = (i: number, manifest: Record<string, any>) => {
    const kind = manifest.kind as string;
    const doc = new Doc(i, manifest, settings, problems);
    checkMigrations(doc, manifest);
    const name = isObject(manifest.metadata) ? manifest.metadata.name : undefined;
    if (kind !== 'EventListener' && typeof name === 'string' && name !== '' && !triggers.add(kind as TriggersKind, name, manifest.spec)) {
      doc.report('resource.duplicate', 'metadata.name', `another ${kind} named "${name}" is among the documents; applying both keeps only the last`, 'rename one of them, or remove the duplicate', name);
    }
    return { doc, kind, manifest };
  };
  const docs: Array<{ doc: Doc; kind: string; manifest: Record<string, any> } | undefined> = inputs.map((input, i) => {
    const manifest = input.manifest;
    if (!isObject(manifest)) return undefined;
    credentials.add(manifest);
    rbac.add(i, manifest);
    const doc = new Doc(i, manifest, settings, problems);
    // A removed form is reported with what replaces it, in place of the schema's errors about it.
    const before = doc.mark();
    if (typeof manifest.apiVersion === 'string' && checkMigrations(doc, manifest)) return undefined;
    const removed = problems.length > before ? problems.slice(before) : NO_PROBLEMS;
    const known = classify(doc, manifest);
    // Tekton Triggers' CRDs carry no schema: its kinds go straight to their rules.
    if (known === 'triggers') return triggersEntry(i, manifest);
    // The API server checks the labels of every object, ConfigMaps and ServiceAccounts included.
    if (known === 'other') checkLabelsAndAnnotations(doc, 'metadata', manifest.metadata);
    if (known !== 'tekton') return undefined;
    const schema = servedSchema(doc, manifest);
    if (schema === undefined) return undefined;
    const shape: Problem[] = [];
    checkSchema(doc.into(shape), manifest, schema);
    if (removed.length > 0) shape.splice(0, shape.length, ...shape.filter((p) => !removed.some((r) => p.field === r.field || p.field.startsWith(`${r.field}.`) || p.field.startsWith(`${r.field}[`) || r.field.startsWith(`${p.field}[`) || r.field.startsWith(`${p.field}.`))));
    // The API server refuses a document of the wrong shape before any webhook runs, and the rules
    // assume the shape: with a wrong type only the shape is reported.
    // Most documents have the right shape: nothing to sort out, nothing to allocate.
    const wrongType = shape.length > 0 && shape.some((p) => p.rule !== 'schema.required' && !isWarning(p));
    const absent = shape.length > 0 ? shape.filter((p) => p.rule === 'schema.required') : shape;
    if (wrongType) problems.push(...shape);
    else if (shape.length > 0) {
      problems.push(...shape.filter(isWarning));
      if (absent.length > 0) missing.set(i, absent);
    }
    const kind = kindOf(manifest);
    if (!kind) {
      if (!wrongType) checkLabelsAndAnnotations(doc, 'metadata', manifest.metadata);
      if (!wrongType && absent.length === 0) {
        doc.warn('resource.not-checked', 'apiVersion', `only the schema of ${manifest.apiVersion} ${manifest.kind} documents is checked, not the webhook's rules, which this validator knows for tekton.dev/v1`, `convert it to tekton.dev/v1 (Tekton serves both versions; v1beta1 is deprecated) to have it checked fully`, manifest.apiVersion);
      }
      return undefined;
    }
    const name = isObject(manifest.metadata) ? manifest.metadata.name : undefined;
    if ((kind === 'Task' || kind === 'Pipeline' || kind === 'StepAction') && typeof name === 'string' && name !== '') {
      if (!catalog.add(kind, name, manifest.spec)) {
        doc.report('resource.duplicate', 'metadata.name', `another ${kind} named "${name}" is among the documents; applying both keeps only the last`, 'rename one of them, or remove the duplicate', name);
      }
    }
    return wrongType ? undefined : { doc, kind, manifest };
  });
  for (const entry of docs) {
    if (!entry) continue;
    const { doc, kind, manifest } = entry;
    checkMetadata(doc, manifest);
    checkEmbeddedMetadata(doc, kind, 'spec', manifest.spec);
    switch (kind) {
      case 'Task':
        checkTaskSpec(doc, 'spec', manifest.spec, { catalog });
        break;
      case 'Pipeline':
        checkPipelineSpec(doc, 'spec', manifest.spec, catalog);
        break;
      case 'TaskRun':
        checkTaskRun(doc, manifest.spec, catalog);
        checkTaskRunCredentials(doc, credentials, manifest.spec);
        break;
      case 'PipelineRun':
        checkPipelineRun(doc, manifest.spec, catalog);
        checkPipelineRunCredentials(doc, credentials, manifest.spec);
        if (pacAnnotations(manifest)) checkPacRun(doc, manifest, pacNames);
        break;
      case 'StepAction':
        checkStepAction(doc, manifest.spec);
        break;
      case 'CustomRun':
        checkCustomRun(doc, manifest.spec);
        break;
      case 'EventListener':
        checkEventListener(doc, manifest, catalog);
        list(manifest.spec?.triggers).forEach((t, i) => checkTriggerRefs(doc, `spec.triggers[${i}]`, t, triggers));
        break;
      case 'Trigger':
        checkTriggerSpec(doc, 'spec', manifest.spec, false, catalog, manifest.apiVersion === 'triggers.tekton.dev/v1alpha1');
        checkTriggerRefs(doc, 'spec', manifest.spec, triggers);
        break;
      case 'TriggerBinding':
      case 'ClusterTriggerBinding':
        checkTriggerBinding(doc, manifest.spec, kind);
        break;
      case 'TriggerTemplate':
        checkTemplateSpec(doc, 'spec', manifest.spec, catalog);
        checkTemplateCredentials(doc, credentials, manifest.spec);
        break;
    }
  }
  rbac.check((i) => docs[i]?.doc ?? new Doc(i, inputs[i].manifest as Record<string, any>, settings, problems));
  if (missing.size > 0) problems.push(...uncovered(missing, problems));
  forgetReads();
  return withoutFollowOns(problems).sort((a, b) => a.input - b.input);
}
