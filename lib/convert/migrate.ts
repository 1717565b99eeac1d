// Old manifests brought to the forms Tekton serves today, as Tekton's own conversion webhook
// rewrites them (tekton.dev/v1beta1 -> v1), plus the forms that are gone: ClusterTask refs become
// cluster-resolver refs, `bundle:` refs become bundles-resolver refs, Triggers interceptors in the
// `github:` / `cel:` form become `ref:` interceptors. Each change is noted for a comment in the
// generated code. PipelineResources cannot be rewritten: each one is a problem naming what replaces it.
import { isObject } from '../facts/object';
import { CLUSTER_TASK_MESSAGE, OLD_INTERCEPTORS, resourceMessage } from '../facts/migrations';

export interface Migrated {
  readonly docs: Record<string, unknown>[];
  /** Per document, the changes made. */
  readonly notes: string[][];
  /** PipelineResources found, one message each: conversion stops. */
  readonly problems: string[];
}

type Obj = Record<string, any>;

function bundleRef(ref: Obj, kind: string, note: (s: string) => void, where: string): void {
  if (typeof ref.bundle !== 'string') return;
  const { bundle, name, kind: _k, ...rest } = ref;
  for (const k of Object.keys(ref)) delete ref[k];
  Object.assign(ref, rest, { resolver: 'bundles', params: [{ name: 'bundle', value: bundle }, { name: 'name', value: name }, { name: 'kind', value: kind }] });
  note(`${where}.bundle became the bundles resolver (bundle, name, kind params), as tekton.dev/v1 has no bundle field`);
}

function clusterTaskRef(ref: Obj, note: (s: string) => void, where: string): void {
  if (ref.kind !== 'ClusterTask') return;
  const name = ref.name;
  for (const k of Object.keys(ref)) delete ref[k];
  Object.assign(ref, { resolver: 'cluster', params: [{ name: 'kind', value: 'task' }, { name: 'name', value: name }] });
  note(`${where} to ClusterTask "${name}" became the cluster resolver: ${CLUSTER_TASK_MESSAGE}`);
}

function containers(list: unknown, note: (s: string) => void, where: string): void {
  if (!Array.isArray(list)) return;
  list.forEach((c, i) => {
    if (isObject(c) && c.resources !== undefined) {
      c.computeResources = c.resources;
      delete c.resources;
      note(`${where}[${i}].resources became computeResources`);
    }
  });
}

function taskSpec(spec: Obj, kind: string, name: string, note: (s: string) => void, problems: string[], where: string): void {
  containers(spec.steps, note, `${where}.steps`);
  containers(spec.sidecars, note, `${where}.sidecars`);
  if (isObject(spec.stepTemplate) && spec.stepTemplate.resources !== undefined) {
    spec.stepTemplate.computeResources = spec.stepTemplate.resources;
    delete spec.stepTemplate.resources;
    note(`${where}.stepTemplate.resources became computeResources`);
  }
  resources(spec.resources, kind, name, problems);
}

/** Every PipelineResource declared or bound in `resources` (inputs/outputs or a list). */
function resources(value: unknown, kind: string, name: string, problems: string[]): void {
  if (value === undefined) return;
  const lists = Array.isArray(value) ? [value] : isObject(value) ? [value.inputs, value.outputs] : [];
  const found = lists.flatMap((l) => (Array.isArray(l) ? l : [])).filter(isObject);
  for (const r of found) problems.push(`${kind} "${name}": ${resourceMessage(typeof r.type === 'string' ? r.type : r.resourceSpec?.type, String(r.name ?? r.resourceRef?.name ?? '?'))}`);
  if (found.length === 0) problems.push(`${kind} "${name}": ${resourceMessage(undefined, 'resources')}`);
}

function pipelineSpec(spec: Obj, kind: string, name: string, note: (s: string) => void, problems: string[], where: string): void {
  resources(spec.resources, kind, name, problems);
  for (const list of ['tasks', 'finally']) {
    (Array.isArray(spec[list]) ? spec[list] : []).forEach((t: unknown, i: number) => {
      if (!isObject(t)) return;
      const at = `${where}.${list}[${i}]`;
      if (isObject(t.taskRef)) {
        bundleRef(t.taskRef, 'task', note, `${at}.taskRef`);
        clusterTaskRef(t.taskRef, note, `${at}.taskRef`);
      }
      if (isObject(t.taskSpec)) taskSpec(t.taskSpec, kind, name, note, problems, `${at}.taskSpec`);
      if (t.resources !== undefined) resources(t.resources, kind, `${name}" task "${t.name}`, problems);
    });
  }
}

function interceptors(list: unknown, note: (s: string) => void, where: string): void {
  if (!Array.isArray(list)) return;
  list.forEach((ic, i) => {
    if (!isObject(ic)) return;
    const kind = Object.keys(OLD_INTERCEPTORS).find((k) => isObject(ic[k]));
    if (kind === undefined) return;
    const old = ic[kind];
    delete ic[kind];
    ic.ref = { name: kind };
    ic.params = OLD_INTERCEPTORS[kind].filter((p) => old[p] !== undefined).map((p) => ({ name: p, value: old[p] }));
    note(`${where}[${i}]: the "${kind}:" interceptor became ref: {name: ${kind}} with params ${ic.params.map((p: Obj) => p.name).join(', ')}, the form Triggers reads since v0.13`);
  });
}

/** Brings `docs` to current forms. */
export function migrate(input: readonly unknown[]): Migrated {
  const docs: Record<string, unknown>[] = [];
  const notes: string[][] = [];
  const problems: string[] = [];
  for (const raw of input) {
    if (!isObject(raw)) continue;
    const doc = structuredClone(raw) as Obj;
    const mine: string[] = [];
    const note = (s: string) => mine.push(s);
    const name = String(doc.metadata?.name ?? doc.metadata?.generateName ?? '?');
    const kind = String(doc.kind);
    if (kind === 'PipelineResource') {
      problems.push(resourceMessage(doc.spec?.type, name));
      continue;
    }
    if (doc.apiVersion === 'tekton.dev/v1beta1' && ['Task', 'ClusterTask', 'Pipeline', 'TaskRun', 'PipelineRun'].includes(kind)) {
      doc.apiVersion = 'tekton.dev/v1';
      note(`tekton.dev/v1beta1 became tekton.dev/v1`);
    }
    if (kind === 'ClusterTask') {
      doc.kind = 'Task';
      note(`kind ClusterTask became Task: ${CLUSTER_TASK_MESSAGE}`);
    }
    const spec: Obj = isObject(doc.spec) ? doc.spec : {};
    if (doc.apiVersion === 'tekton.dev/v1') {
      if (doc.kind === 'Task') taskSpec(spec, kind, name, note, problems, 'spec');
      if (doc.kind === 'Pipeline') pipelineSpec(spec, kind, name, note, problems, 'spec');
      if (doc.kind === 'TaskRun' || doc.kind === 'PipelineRun') runSpec(spec, String(doc.kind), name, note, problems);
    }
    if (String(doc.apiVersion).startsWith('triggers.tekton.dev/')) {
      if (doc.kind === 'EventListener') (Array.isArray(spec.triggers) ? spec.triggers : []).forEach((t: unknown, i: number) => isObject(t) && interceptors(t.interceptors, note, `spec.triggers[${i}].interceptors`));
      if (doc.kind === 'Trigger') interceptors(spec.interceptors, note, 'spec.interceptors');
    }
    docs.push(doc);
    notes.push(mine);
  }
  return { docs, notes, problems };
}

function move(spec: Obj, from: string, to: string[], note: (s: string) => void): void {
  if (spec[from] === undefined) return;
  let target = spec;
  for (const k of to.slice(0, -1)) target = target[k] ??= {};
  target[to[to.length - 1]] = spec[from];
  delete spec[from];
  note(`spec.${from} became spec.${to.join('.')}`);
}

function runSpec(spec: Obj, kind: string, name: string, note: (s: string) => void, problems: string[]): void {
  resources(spec.resources, kind, name, problems);
  for (const refKey of ['taskRef', 'pipelineRef']) {
    if (isObject(spec[refKey])) {
      bundleRef(spec[refKey], refKey === 'taskRef' ? 'task' : 'pipeline', note, `spec.${refKey}`);
      if (refKey === 'taskRef') clusterTaskRef(spec[refKey], note, 'spec.taskRef');
    }
  }
  if (isObject(spec.taskSpec)) taskSpec(spec.taskSpec, kind, name, note, problems, 'spec.taskSpec');
  if (isObject(spec.pipelineSpec)) pipelineSpec(spec.pipelineSpec, kind, name, note, problems, 'spec.pipelineSpec');
  if (kind === 'TaskRun') {
    move(spec, 'stepOverrides', ['stepSpecs'], note);
    move(spec, 'sidecarOverrides', ['sidecarSpecs'], note);
    return;
  }
  move(spec, 'serviceAccountName', ['taskRunTemplate', 'serviceAccountName'], note);
  move(spec, 'podTemplate', ['taskRunTemplate', 'podTemplate'], note);
  move(spec, 'timeout', ['timeouts', 'pipeline'], note);
  if (Array.isArray(spec.serviceAccountNames)) {
    spec.taskRunSpecs ??= [];
    for (const s of spec.serviceAccountNames) spec.taskRunSpecs.push({ pipelineTaskName: s.taskName, serviceAccountName: s.serviceAccountName });
    delete spec.serviceAccountNames;
    note('spec.serviceAccountNames became taskRunSpecs[].serviceAccountName');
  }
  (Array.isArray(spec.taskRunSpecs) ? spec.taskRunSpecs : []).forEach((s: Obj, i: number) => {
    for (const [from, to] of [['taskServiceAccountName', 'serviceAccountName'], ['taskPodTemplate', 'podTemplate'], ['stepOverrides', 'stepSpecs'], ['sidecarOverrides', 'sidecarSpecs']]) {
      if (s[from] === undefined) continue;
      s[to] = s[from];
      delete s[from];
      note(`spec.taskRunSpecs[${i}].${from} became ${to}`);
    }
  });
  if (spec.status === 'PipelineRunCancelled') {
    spec.status = 'Cancelled';
    note('spec.status PipelineRunCancelled became Cancelled');
  }
}
