// Forms Tekton removed or deprecated, each reported with what replaces it (the text shared with
// `cdk8s-tekton convert` through facts/migrations.ts) instead of the schema error the API server
// would give: PipelineResources, ClusterTask, `bundle:` refs. (The old Triggers interceptor forms
// are checked by lib/validate/triggers.ts through lib/facts/interceptors.ts.)
import { BUNDLE_MESSAGE, CLUSTER_TASK_MESSAGE, RESOURCE_REPLACEMENTS } from '../facts/migrations';
import type { Problem } from './types';
import { Doc, isObject, list } from './core';

const SINCE = `PipelineResources were removed in Tekton v0.46`;

function replacement(type: unknown): string {
  const known = typeof type === 'string' ? RESOURCE_REPLACEMENTS[type] : undefined;
  return known ? `use ${known}` : `use a workspace for files or a result for values (types: ${Object.keys(RESOURCE_REPLACEMENTS).join(', ')})`;
}

/** PipelineResources declared or bound under `field` (`resources`, with inputs/outputs or a list). */
function resources(d: Doc, field: string, value: unknown): void {
  if (value === undefined) return;
  const groups: Array<[string, unknown]> = Array.isArray(value) ? [[field, value]] : isObject(value) ? [[`${field}.inputs`, value.inputs], [`${field}.outputs`, value.outputs]] : [];
  let found = 0;
  for (const [at, l] of groups) {
    list(l).forEach((r, i) => {
      if (!isObject(r)) return;
      found++;
      const type = r.type ?? (isObject(r.resourceSpec) ? r.resourceSpec.type : undefined);
      d.report('migration.pipeline-resource', `${at}[${i}]`, `PipelineResource ${JSON.stringify(r.name ?? '')}${typeof type === 'string' ? ` (type ${type})` : ''} is not served: ${SINCE}`, replacement(type), r.name);
    });
  }
  if (found === 0) d.report('migration.pipeline-resource', field, `PipelineResources are not served: ${SINCE}`, replacement(undefined));
}

function ref(d: Doc, field: string, r: unknown): void {
  if (!isObject(r)) return;
  if (r.bundle !== undefined) d.report('migration.bundle', `${field}.bundle`, 'bundle is not a field of tekton.dev/v1 refs', BUNDLE_MESSAGE.replace(/^.*; use/, 'use'), r.bundle);
  if (r.kind === 'ClusterTask') d.report('migration.cluster-task', `${field}.kind`, 'ClusterTask is not served', CLUSTER_TASK_MESSAGE.replace(/^.*?; refer/, 'refer'), r.kind);
}

function taskBody(d: Doc, field: string, spec: unknown): void {
  if (isObject(spec)) resources(d, `${field}.resources`, spec.resources);
}

function pipelineBody(d: Doc, field: string, spec: unknown): void {
  if (!isObject(spec)) return;
  resources(d, `${field}.resources`, spec.resources);
  for (const key of ['tasks', 'finally']) {
    list(spec[key]).forEach((t, i) => {
      if (!isObject(t)) return;
      const at = `${field}.${key}[${i}]`;
      ref(d, `${at}.taskRef`, t.taskRef);
      taskBody(d, `${at}.taskSpec`, t.taskSpec);
      resources(d, `${at}.resources`, t.resources);
    });
  }
}


/**
 * Reports the removed forms of one document; returns true when the whole document is of a kind
 * that is gone (then nothing else is checked for it).
 */
export function checkMigrations(d: Doc, manifest: Record<string, any>): boolean {
  const kind = manifest.kind;
  const spec = manifest.spec;
  if (kind === 'PipelineResource') {
    const type = isObject(spec) && typeof spec.type === 'string' ? spec.type : undefined;
    d.report('migration.pipeline-resource', 'kind', `a PipelineResource${type ? ` of type ${type}` : ''} is not served: ${SINCE}`, replacement(type), kind);
    return true;
  }
  if (kind === 'ClusterTask') {
    d.report('migration.cluster-task', 'kind', 'ClusterTask is not served', 'make it a Task and refer to it through the cluster resolver (resolver: cluster, params kind: task, name, namespace); cdk8s-tekton convert does both', kind);
    return true;
  }
  if (kind === 'Task') taskBody(d, 'spec', spec);
  if (kind === 'Pipeline') pipelineBody(d, 'spec', spec);
  if (kind === 'TaskRun' || kind === 'PipelineRun') {
    if (!isObject(spec)) return false;
    resources(d, 'spec.resources', spec.resources);
    ref(d, 'spec.taskRef', spec.taskRef);
    ref(d, 'spec.pipelineRef', spec.pipelineRef);
    taskBody(d, 'spec.taskSpec', spec.taskSpec);
    pipelineBody(d, 'spec.pipelineSpec', spec.pipelineSpec);
  }
  return false;
}

/**
 * Drops what other rules say inside a removed form (a ClusterTask ref "needs an apiVersion", an old
 * interceptor "needs ref.name"): the migration message already names the one fix.
 */
export function withoutFollowOns(problems: readonly Problem[]): Problem[] {
  const scopes = new Map<number, string[]>();
  for (const p of problems) {
    if (!p.rule.startsWith('migration.')) continue;
    const scope = p.field.replace(/\.[^.[\]]+$/, '');
    scopes.set(p.input, [...(scopes.get(p.input) ?? []), scope]);
  }
  if (scopes.size === 0) return [...problems];
  return problems.filter((p) => p.rule.startsWith('migration.') || !(scopes.get(p.input) ?? []).some((s) => p.field === s || p.field.startsWith(`${s}.`) || p.field.startsWith(`${s}[`)));
}
