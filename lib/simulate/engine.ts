// Replays one webhook event through every EventListener among a set of manifests, as the Triggers
// sink would: each trigger (inline, triggerRef, selected by label, or in a trigger group) runs its
// interceptor chain, then its bindings and template. Plain manifests in, plain results out.
import { BudgetExceeded, ReplayBudget, type BudgetLimits } from './budget';
import { triggersCelEnvironment } from './cel-env';
import { resolveParams, renderTemplates, type BindingParam, type TemplateParam } from './bindings';
import type { SecretValues, WebhookEvent } from './event';
import { runChain, type ChainContext } from './interceptors';

type Json = Record<string, any>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface TriggerOutcome {
  readonly eventListener: string;
  readonly trigger: string;
  readonly fired: boolean;
  /** Why it did not fire, naming the interceptor (or the binding/template) that stopped it. */
  readonly reason?: string;
  /** One line per interceptor that ran, then one per binding param. */
  readonly steps: string[];
  /** The rendered manifests, labelled as Triggers labels what it creates. */
  readonly resources: Json[];
  /** Where each resource was written (`TriggerTemplate "x" resourcetemplates[0]`), so a problem points at what to fix. */
  readonly origins: string[];
}

const TRIGGERS_VERSIONS = new Set(['triggers.tekton.dev/v1beta1', 'triggers.tekton.dev/v1alpha1']);

class TriggersObjects {
  public readonly listeners: Json[] = [];
  public readonly triggers: Json[] = [];
  private readonly byKind = new Map<string, Map<string, Json>>();

  public constructor(manifests: readonly unknown[]) {
    for (const m of manifests) {
      if (!isObject(m) || !TRIGGERS_VERSIONS.has(m.apiVersion) || !isObject(m.metadata) || typeof m.metadata.name !== 'string') continue;
      if (m.kind === 'EventListener') this.listeners.push(m);
      if (m.kind === 'Trigger') this.triggers.push(m);
      const names = this.byKind.get(m.kind) ?? new Map<string, Json>();
      if (!names.has(m.metadata.name)) names.set(m.metadata.name, m);
      this.byKind.set(m.kind, names);
    }
  }

  public find(kind: string, name: string): Json {
    const found = this.byKind.get(kind)?.get(name);
    if (found) return found;
    const there = [...(this.byKind.get(kind)?.keys() ?? [])].sort();
    throw new Error(`${kind} "${name}" is not among the files given (${kind}s there: ${there.length ? there.join(', ') : 'none'}); pass the file that defines it`);
  }
}

/** Kubernetes label selector semantics: matchLabels and matchExpressions (In, NotIn, Exists, DoesNotExist). */
function selects(selector: Json, labels: Json): boolean {
  for (const [k, v] of Object.entries(isObject(selector.matchLabels) ? selector.matchLabels : {})) if (labels[k] !== v) return false;
  for (const e of Array.isArray(selector.matchExpressions) ? selector.matchExpressions : []) {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    const values: unknown[] = Array.isArray(e.values) ? e.values : [];
    const ok = e.operator === 'In' ? has && values.includes(labels[e.key]) : e.operator === 'NotIn' ? !has || !values.includes(labels[e.key]) : e.operator === 'Exists' ? has : e.operator === 'DoesNotExist' ? !has : false;
    if (!ok) return false;
  }
  return true;
}

function selectTriggers(objects: TriggersObjects, selector: unknown): Json[] {
  if (!isObject(selector)) return [];
  return objects.triggers.filter((t) => selects(selector, isObject(t.metadata.labels) ? t.metadata.labels : {}));
}

function bindingParams(objects: TriggersObjects, bindings: unknown): BindingParam[] {
  const params: BindingParam[] = [];
  for (const b of Array.isArray(bindings) ? bindings : []) {
    if (!isObject(b)) continue;
    if (typeof b.ref === 'string' && b.ref !== '') {
      const kind = b.kind === 'ClusterTriggerBinding' ? 'ClusterTriggerBinding' : 'TriggerBinding';
      const doc = objects.find(kind, b.ref);
      for (const p of Array.isArray(doc.spec?.params) ? doc.spec.params : []) params.push({ name: String(p.name), value: String(p.value ?? ''), from: `${kind} "${b.ref}"` });
    } else if (typeof b.name === 'string' && b.value !== undefined) params.push({ name: b.name, value: String(b.value), from: `the trigger's inline binding "${b.name}"` });
    else throw new Error(`invalid binding ${JSON.stringify(b)}: give ref (a TriggerBinding) or name and value`);
  }
  return params;
}

function templateOf(objects: TriggersObjects, template: unknown, trigger: string): { spec: Json; origin: string } {
  if (isObject(template) && isObject(template.spec)) return { spec: template.spec, origin: `the inline template of trigger "${trigger}"` };
  if (isObject(template) && typeof template.ref === 'string') return { spec: objects.find('TriggerTemplate', template.ref).spec ?? {}, origin: `TriggerTemplate "${template.ref}"` };
  throw new Error('the trigger has no template: give template.ref or template.spec');
}

function labelled(resource: unknown, listener: Json, trigger: string, eventID: string): Json {
  if (!isObject(resource)) return { value: resource };
  const metadata = isObject(resource.metadata) ? resource.metadata : {};
  const labels = {
    ...(isObject(metadata.labels) ? metadata.labels : {}),
    'triggers.tekton.dev/eventlistener': listener.metadata.name,
    'triggers.tekton.dev/trigger': trigger,
    'triggers.tekton.dev/triggers-eventid': eventID,
  };
  const namespace = metadata.namespace ?? listener.metadata.namespace;
  return { ...resource, metadata: { ...metadata, ...(namespace === undefined ? {} : { namespace }), labels } };
}

interface Candidate {
  readonly name: string;
  readonly spec: Json;
  /** Interceptors a trigger group ran first; their stop reason stops this trigger too. */
  readonly group?: { readonly name: string; readonly interceptors: unknown };
  /** Set when the trigger cannot even be found (a triggerRef to a missing Trigger). */
  readonly error?: string;
}

function candidatesOf(objects: TriggersObjects, listener: Json): Candidate[] {
  const spec = isObject(listener.spec) ? listener.spec : {};
  const out: Candidate[] = [];
  (Array.isArray(spec.triggers) ? spec.triggers : []).forEach((t: unknown, i: number) => {
    if (!isObject(t)) return;
    if (typeof t.triggerRef === 'string') {
      const name = typeof t.name === 'string' ? t.name : t.triggerRef;
      try {
        out.push({ name, spec: objects.find('Trigger', t.triggerRef).spec ?? {} });
      } catch (e) {
        out.push({ name, spec: {}, error: `triggerRef: ${(e as Error).message}` });
      }
    } else out.push({ name: typeof t.name === 'string' ? t.name : `triggers[${i}]`, spec: t });
  });
  for (const t of selectTriggers(objects, spec.labelSelector)) out.push({ name: t.metadata.name, spec: t.spec ?? {} });
  for (const g of Array.isArray(spec.triggerGroups) ? spec.triggerGroups : []) {
    if (!isObject(g)) continue;
    const group = { name: String(g.name ?? 'trigger group'), interceptors: g.interceptors };
    for (const t of selectTriggers(objects, g.triggerSelector?.labelSelector)) out.push({ name: t.metadata.name, spec: t.spec ?? {}, group });
  }
  return out;
}

function runTrigger(objects: TriggersObjects, ctx: ChainContext, listener: Json, candidate: Candidate, index: number): TriggerOutcome {
  const base = { eventListener: listener.metadata.name as string, trigger: candidate.name };
  const steps: string[] = [];
  if (candidate.error) return { ...base, fired: false, reason: candidate.error, steps, resources: [], origins: [] };
  let extensions: Json = {};
  if (candidate.group) {
    const chain = runChain(ctx, candidate.group.interceptors);
    steps.push(...chain.steps.map((s) => `trigger group "${candidate.group!.name}" ${s}`));
    if (chain.stoppedBy) return { ...base, fired: false, reason: `trigger group "${candidate.group.name}" ${chain.stoppedBy}`, steps, resources: [], origins: [] };
    extensions = chain.extensions;
  }
  const chain = runChain(ctx, candidate.spec.interceptors, extensions);
  steps.push(...chain.steps);
  if (chain.stoppedBy) return { ...base, fired: false, reason: chain.stoppedBy, steps, resources: [], origins: [] };
  try {
    const { spec: template, origin } = templateOf(objects, candidate.spec.template, candidate.name);
    const declared: TemplateParam[] = (Array.isArray(template.params) ? template.params : []).map((p: Json) => ({ name: String(p.name), ...(p.default === undefined ? {} : { default: String(p.default) }) }));
    const params = resolveParams(bindingParams(objects, candidate.spec.bindings), declared, ctx.event, chain.extensions);
    for (const [name, value] of [...params].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) steps.push(`param ${name} = ${value.replace(/\n/g, '\\n')}`);
    const rendered = renderTemplates(Array.isArray(template.resourcetemplates) ? template.resourcetemplates : [], params, ctx.event, `${listener.metadata.name}/${index}/${candidate.name}`);
    const origins = rendered.map((_, i) => `${origin} resourcetemplates[${i}]`);
    return { ...base, fired: true, steps, resources: rendered.map((r) => labelled(r, listener, candidate.name, ctx.event.eventID)), origins };
  } catch (e) {
    if (e instanceof BudgetExceeded) throw e;
    return { ...base, fired: false, reason: (e as Error).message, steps, resources: [], origins: [] };
  }
}

/**
 * Every trigger of every EventListener among `manifests`, in document and spec order. Throws
 * BudgetExceeded when the replay as a whole costs more than `limits` allow.
 */
export function simulateEvent(manifests: readonly unknown[], event: WebhookEvent, secrets: SecretValues, limits: BudgetLimits = {}): TriggerOutcome[] {
  const objects = new TriggersObjects(manifests);
  const budget = new ReplayBudget(limits);
  const ctx: ChainContext = { event, secrets, cel: triggersCelEnvironment(secrets, budget) };
  const outcomes: TriggerOutcome[] = [];
  for (const listener of objects.listeners) {
    candidatesOf(objects, listener).forEach((candidate, i) => {
      budget.check();
      outcomes.push(runTrigger(objects, ctx, listener, candidate, i));
    });
  }
  return outcomes;
}
