// Triggers objects through the Triggers constructs: TriggerBinding / ClusterTriggerBinding with
// their params, TriggerTemplate with addParam and its resource templates (typed runs where the
// template's run is a tekton.dev/v1 run, `addResource` otherwise). EventListener and Trigger stay
// plain objects: the EventListener construct creates a ServiceAccount and RBAC of its own, and a
// Trigger's interceptors, bindings and template would need typed objects the YAML names only.
import { isObject } from '../facts/object';
import { identifier, literal, Module, props, quote, Scope } from './code';
import { pipelineRunProps, taskRunProps } from './runs';
import { extraKeys, Target } from './task';
import { Known } from './values';

type Entries = Array<[string, string | undefined]>;

/** True when the converter writes this document with a Triggers construct. */
export function isTypedTriggers(doc: Record<string, any>): boolean {
  return doc.apiVersion === 'triggers.tekton.dev/v1beta1' && ['TriggerBinding', 'ClusterTriggerBinding', 'TriggerTemplate'].includes(doc.kind);
}

/** Writes a TriggerBinding, ClusterTriggerBinding or TriggerTemplate. */
export function emitTriggers(mod: Module, doc: Record<string, any>, id: string, name: string, meta: Entries, known: Known): void {
  const kind = String(doc.kind);
  const spec: Record<string, any> = isObject(doc.spec) ? doc.spec : {};
  const t: Target = { mod, receiver: name, owner: name, path: ['spec'], known };
  mod.imports.add(kind);
  if (kind !== 'TriggerTemplate') {
    const params = Array.isArray(spec.params) && spec.params.every((p: unknown) => isObject(p) && typeof p.name === 'string' && typeof p.value === 'string' && Object.keys(p).length === 2) ? spec.params : undefined;
    const own: Entries = [['params', params ? props(params.map((p: any) => [p.name, quote(p.value)] as [string, string]), '') : undefined]];
    mod.declare(name, `new ${kind}(this, ${quote(id)}, ${props([...meta, ...own], '')})`.replace(/, \{\}\)$/, ')'));
    extraKeys(t, spec, params ? ['params'] : [], [], kind);
    return;
  }
  mod.declare(name, `new TriggerTemplate(this, ${quote(id)}, ${props(meta, '')})`.replace(/, \{\}\)$/, ')'));
  const scope = new Scope();
  const declared = Array.isArray(spec.params) && spec.params.every((p: unknown) => isObject(p) && typeof p.name === 'string' && Object.keys(p).every((k) => ['name', 'description', 'default'].includes(k) && (k === 'name' || typeof p[k] === 'string')));
  if (declared) {
    for (const p of spec.params) {
      const v = identifier(p.name, mod.names);
      const { name: _n, ...options } = p;
      mod.declare(v, `${name}.addParam(${quote(p.name)}${Object.keys(options).length ? `, ${literal(options, '')}` : ''})`);
      scope.set(`tt.params.${p.name}`, v);
    }
  }
  const templates = Array.isArray(spec.resourcetemplates) ? spec.resourcetemplates : [];
  templates.forEach((r: unknown, i: number) => {
    if (!isObject(r)) return;
    const m = isObject(r.metadata) ? r.metadata : {};
    const typed = r.apiVersion === 'tekton.dev/v1' && (r.kind === 'PipelineRun' || r.kind === 'TaskRun') && Object.keys(r).every((k) => ['apiVersion', 'kind', 'metadata', 'spec'].includes(k))
      && Object.keys(m).every((k) => ['name', 'generateName', 'labels', 'annotations', 'namespace'].includes(k)) && (typeof m.name === 'string' || typeof m.generateName === 'string');
    if (!typed) {
      mod.add(`${name}.addResource(${literal(r, '', { scope })});`);
      return;
    }
    const runId = String(m.name ?? m.generateName).replace(/-$/, '') || `run-${i + 1}`;
    const run = identifier(`${runId}-run`, mod.names);
    const entries: Entries = [
      ['name', typeof m.name === 'string' ? literal(m.name, '', { scope }) : undefined],
      ['generateName', typeof m.generateName === 'string' ? literal(m.generateName, '', { scope }) : undefined],
      ['namespace', typeof m.namespace === 'string' ? literal(m.namespace, '', { scope }) : undefined],
      ['labels', isObject(m.labels) ? literal(m.labels, '', { scope }) : undefined],
      ['annotations', isObject(m.annotations) ? literal(m.annotations, '', { scope }) : undefined],
    ];
    const rt: Target = { mod, receiver: run, owner: run, path: ['spec'], known };
    const runSpec: Record<string, any> = isObject(r.spec) ? r.spec : {};
    const written = r.kind === 'TaskRun' ? taskRunProps(rt, runSpec, runId, entries, scope) : pipelineRunProps(rt, runSpec, runId, entries, scope);
    mod.declare(run, `${name}.add${r.kind}(${quote(runId)}, ${props(entries, '')})`);
    extraKeys(rt, runSpec, written, [], String(r.kind));
  });
  extraKeys(t, spec, [...(declared ? ['params'] : []), 'resourcetemplates'], [], kind);
}
