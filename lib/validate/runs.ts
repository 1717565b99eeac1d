// Sections 5, 11 and 12: TaskRun and PipelineRun, their workspace bindings, timeouts and
// run-time overrides, and the cross-document checks against the Task/Pipeline they run.
import { byName, byNameIgnoringCase, Doc, duplicates, isObject, list, parseDuration } from './core';
import { checkBindings, checkSuppliedParams, resolveRef } from './cross';
import { Catalog, interfaceOf } from './model';
import { checkParamValues, ParamScope, scopeOfValues } from './params';
import { checkPipelineSpec } from './pipeline';
import { hubInterface } from './hub-refs';
import { checkUndeclaredParams } from './param-names';
import { checkRef } from './refs';
import { checkTaskSpec } from './task';
import { expressions, resultRef } from './vars';

const SOURCES = ['persistentVolumeClaim', 'volumeClaimTemplate', 'emptyDir', 'configMap', 'secret', 'projected', 'csi'];
const DEFAULT_TIMEOUT_MS = 60 * 60_000;

/** Section 5. Returns the bound names. */
export function checkWorkspaceBindings(d: Doc, path: string, bindings: unknown, caseInsensitive: boolean): Set<string> {
  const items = list(bindings);
  const names = new Set<string>();
  items.forEach((b, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(b) || Object.keys(b).length === 0) {
      d.report('binding.empty', at, 'a workspace binding may not be empty', `give it a name and one volume source (${SOURCES.join(', ')})`);
      return;
    }
    if (typeof b.name === 'string') names.add(b.name);
    const sources = SOURCES.filter((s) => b[s] !== undefined);
    if (sources.length !== 1) {
      d.report('binding.source', at, `workspace binding "${b.name}" must have exactly one volume source${sources.length ? `; it has ${sources.join(' and ')}` : ''}; allowed: ${SOURCES.join(', ')}`, sources.length ? 'keep one volume source' : 'add a volume source, e.g. emptyDir: {}');
    }
    const required: Array<[string, string, string]> = [
      ['persistentVolumeClaim', 'claimName', 'the name of an existing PersistentVolumeClaim'],
      ['configMap', 'name', 'the name of a ConfigMap'],
      ['secret', 'secretName', 'the name of a Secret'],
      ['csi', 'driver', 'the CSI driver name'],
    ];
    for (const [source, field, what] of required) {
      if (b[source] !== undefined && (!isObject(b[source]) || typeof b[source][field] !== 'string' || b[source][field] === '')) {
        d.report('binding.source-field', `${at}.${source}.${field}`, `workspace binding "${b.name}" uses ${source} without ${field}`, `set ${field} to ${what}`);
      }
    }
    if (b.projected !== undefined && (!isObject(b.projected) || list(b.projected.sources).length === 0)) {
      d.report('binding.source-field', `${at}.projected.sources`, `workspace binding "${b.name}" uses projected with no sources`, 'list at least one secret or configMap under projected.sources');
    }
  });
  const key = caseInsensitive ? byNameIgnoringCase : byName;
  for (const dup of duplicates(items, key)) {
    d.report('binding.duplicate', `${path}[${dup.index}].name`, `workspace "${items[dup.index].name}" is bound twice${caseInsensitive ? ' (names are compared ignoring case)' : ''}`, 'bind each workspace once', items[dup.index].name);
  }
  return names;
}

function checkDuration(d: Doc, at: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const ms = parseDuration(value);
  if (ms === undefined) d.report('run.timeout-format', at, 'not a duration', 'write a duration such as 30m, 1h or 1h30m (0s for none)', value);
  else if (ms < 0) d.report('run.timeout-negative', at, 'a timeout may not be negative', 'use a positive duration, or 0s for no timeout', value);
  return ms !== undefined && ms >= 0 ? ms : undefined;
}

function checkForbiddenEnv(d: Doc, at: string, podTemplate: unknown): void {
  if (!isObject(podTemplate) || d.settings.forbiddenEnv.size === 0) return;
  list(podTemplate.env).forEach((e, i) => {
    if (isObject(e) && d.settings.forbiddenEnv.has(e.name)) {
      d.report('run.forbidden-env', `${at}.env[${i}].name`, `env var "${e.name}" is forbidden in pod templates by default-forbidden-env`, 'set it in the step instead, or remove it', e.name);
    }
  });
}

/** stepSpecs / sidecarSpecs / computeResources overrides of a TaskRun or a taskRunSpecs entry. */
function checkOverrides(d: Doc, at: string, spec: Record<string, any>): void {
  for (const key of ['stepSpecs', 'sidecarSpecs']) {
    if (spec[key] === undefined) continue;
    d.gate('beta', `${at}.${key}`, key);
    const items = list(spec[key]);
    items.forEach((s, i) => {
      if (!isObject(s) || typeof s.name !== 'string' || s.name === '') d.report('run.override-name', `${at}.${key}[${i}].name`, `every ${key} entry needs the name of the ${key === 'stepSpecs' ? 'step' : 'sidecar'} it overrides`, 'set name');
    });
    for (const dup of duplicates(items, byNameIgnoringCase)) {
      d.report('run.override-duplicate', `${at}.${key}[${dup.index}].name`, `${key} names "${items[dup.index].name}" twice (names are compared ignoring case)`, 'merge the two entries', items[dup.index].name);
    }
  }
  if (spec.computeResources !== undefined) {
    d.gate('beta', `${at}.computeResources`, 'computeResources');
    if (list(spec.stepSpecs).some((s) => isObject(s) && s.computeResources !== undefined)) {
      d.report('run.compute-resources-conflict', `${at}.computeResources`, 'computeResources for the whole task may not be combined with per-step computeResources in stepSpecs', 'use one or the other');
    }
  }
}

interface RunKind {
  readonly kind: 'TaskRun' | 'PipelineRun';
  readonly ref: 'taskRef' | 'pipelineRef';
  readonly inline: 'taskSpec' | 'pipelineSpec';
  readonly target: 'Task' | 'Pipeline';
  /** Its name in rule ids and in the disable-inline-spec flag. */
  readonly id: 'taskrun' | 'pipelinerun';
}

const TASK_RUN: RunKind = { kind: 'TaskRun', ref: 'taskRef', inline: 'taskSpec', target: 'Task', id: 'taskrun' };
const PIPELINE_RUN: RunKind = { kind: 'PipelineRun', ref: 'pipelineRef', inline: 'pipelineSpec', target: 'Pipeline', id: 'pipelinerun' };

/** What both kinds of run share: a spec, exactly one of ref and inline spec, disable-inline-spec. */
function checkRunHead(d: Doc, spec: unknown, k: RunKind): spec is Record<string, any> {
  if (!isObject(spec)) {
    d.report(`${k.id}.spec`, 'spec', `a ${k.kind} needs a spec`, `add spec with ${k.ref} or ${k.inline}`, spec);
    return false;
  }
  const has = [k.ref, k.inline].filter((key) => spec[key] !== undefined);
  if (has.length !== 1) {
    d.report(`${k.id}.ref-or-spec`, 'spec', `a ${k.kind} must set exactly one of ${k.ref} and ${k.inline}${has.length ? '; it sets both' : ''}`, has.length ? 'keep one of them' : `add ${k.ref}: {name: <${k.target.toLowerCase()}>} or an inline ${k.inline}`);
  }
  if (spec[k.inline] !== undefined && d.settings.disableInlineSpec.has(k.id)) {
    d.report(`${k.id}.inline-disabled`, `spec.${k.inline}`, `inline ${k.inline} in a ${k.kind} is disabled by the disable-inline-spec feature flag`, `define a ${k.target} and use ${k.ref}, or remove "${k.id}" from disable-inline-spec`);
  }
  return true;
}

/** The run's ref: its own rules, then the Task or Pipeline it names, which must exist and get its params and workspaces. */
function checkRunRef(d: Doc, spec: Record<string, any>, k: RunKind, catalog: Catalog, values: ReadonlyMap<string, unknown>, bindings: { readonly defaultBinding?: boolean }): void {
  if (spec[k.ref] === undefined) return;
  checkRef(d, `spec.${k.ref}`, spec[k.ref], k.ref);
  const hub = k.kind === 'TaskRun' ? hubInterface(spec[k.ref]) : undefined;
  const target = resolveRef(d, `spec.${k.ref}`, spec[k.ref], k.target, catalog) ?? hub;
  if (!target) return;
  checkSuppliedParams(d, 'spec.params', values, target);
  if (k.kind === 'TaskRun') checkUndeclaredParams(d, 'spec.params', spec.params, target);
  checkBindings(d, 'spec.workspaces', spec.workspaces, target, bindings);
}

export function checkTaskRun(d: Doc, spec: unknown, catalog: Catalog): void {
  if (!checkRunHead(d, spec, TASK_RUN)) return;
  const values = checkParamValues(d, 'spec.params', spec.params, true);
  const bound = checkWorkspaceBindings(d, 'spec.workspaces', spec.workspaces, true);
  checkRunRef(d, spec, TASK_RUN, catalog, values, { defaultBinding: d.settings.defaultTaskRunWorkspaceBinding });
  if (isObject(spec.taskSpec)) {
    checkTaskSpec(d, 'spec.taskSpec', spec.taskSpec, { scope: scopeOfValues(values), workspaces: bound, catalog });
    const target = interfaceOf('the taskSpec', spec.taskSpec);
    checkSuppliedParams(d, 'spec.params', values, target);
    checkBindings(d, 'spec.workspaces', spec.workspaces, target, { propagates: true, defaultBinding: d.settings.defaultTaskRunWorkspaceBinding });
  }
  if (spec.debug !== undefined) {
    d.gate('alpha', 'spec.debug', 'debug');
    const bp = isObject(spec.debug) ? spec.debug.breakpoints : undefined;
    if (isObject(bp)) {
      if (bp.onFailure !== undefined && bp.onFailure !== 'enabled') d.report('taskrun.debug-on-failure', 'spec.debug.breakpoints.onFailure', 'onFailure must be "enabled"', 'set onFailure: enabled, or remove it', bp.onFailure);
      for (const dup of duplicates(list(bp.beforeSteps), (s) => (typeof s === 'string' ? s : undefined))) {
        d.report('taskrun.debug-before-steps', `spec.debug.breakpoints.beforeSteps[${dup.index}]`, `step "${dup.name}" is listed twice`, 'list each step once', dup.name);
      }
    }
  }
  checkOverrides(d, 'spec', spec);
  if (spec.status !== undefined && spec.status !== 'TaskRunCancelled' && spec.status !== 'TaskRunPending') {
    d.report('taskrun.status', 'spec.status', 'status must be TaskRunCancelled or TaskRunPending', 'use one of them, or remove status', spec.status);
  }
  if (spec.statusMessage !== undefined && spec.status === undefined) d.report('taskrun.status-message', 'spec.statusMessage', 'statusMessage may only be set together with status', 'set status, or remove statusMessage');
  if (spec.retries !== undefined && !(Number.isInteger(spec.retries) && spec.retries >= 0)) d.report('taskrun.retries', 'spec.retries', 'retries must be a whole number, 0 or more', 'set retries to 0 or more', spec.retries);
  checkDuration(d, 'spec.timeout', spec.timeout);
  checkForbiddenEnv(d, 'spec.podTemplate', spec.podTemplate);
}

export function checkPipelineRun(d: Doc, spec: unknown, catalog: Catalog): void {
  if (!checkRunHead(d, spec, PIPELINE_RUN)) return;
  const values = checkParamValues(d, 'spec.params', spec.params, true);
  list(spec.params).forEach((p, i) => {
    const texts = isObject(p) ? (typeof p.value === 'string' ? [p.value] : Array.isArray(p.value) ? p.value : isObject(p.value) ? Object.values(p.value) : []) : [];
    for (const text of texts) {
      if (typeof text === 'string' && expressions(text).some((b) => resultRef(b)?.scope === 'tasks')) {
        d.report('pipelinerun.param-result-ref', `spec.params[${i}].value`, 'a PipelineRun param value may not use task results; there are no tasks yet when the run starts', 'pass the result between tasks inside the Pipeline instead', text);
      }
    }
  });
  const bound = checkWorkspaceBindings(d, 'spec.workspaces', spec.workspaces, false);
  checkRunRef(d, spec, PIPELINE_RUN, catalog, values, {});
  if (isObject(spec.pipelineSpec)) {
    checkPipelineSpec(d, 'spec.pipelineSpec', spec.pipelineSpec, catalog, { scope: scopeOfValues(values, new ParamScope()), workspaces: bound });
    const target = interfaceOf('the pipelineSpec', spec.pipelineSpec);
    checkSuppliedParams(d, 'spec.params', values, target);
    checkBindings(d, 'spec.workspaces', spec.workspaces, target, { propagates: true });
  }
  const statuses = ['PipelineRunPending', 'Cancelled', 'CancelledRunFinally', 'StoppedRunFinally'];
  if (spec.status !== undefined && !statuses.includes(spec.status)) {
    d.report('pipelinerun.status', 'spec.status', `status must be one of ${statuses.join(', ')}`, 'use one of them, or remove status', spec.status);
  }
  const limit = checkTimeouts(d, spec.timeouts);
  const template = isObject(spec.taskRunTemplate) ? spec.taskRunTemplate : {};
  checkForbiddenEnv(d, 'spec.taskRunTemplate.podTemplate', template.podTemplate);
  list(spec.taskRunSpecs).forEach((trs, i) => {
    const at = `spec.taskRunSpecs[${i}]`;
    if (!isObject(trs)) return;
    checkOverrides(d, at, trs);
    checkForbiddenEnv(d, `${at}.podTemplate`, trs.podTemplate);
    const ms = checkDuration(d, `${at}.timeout`, trs.timeout);
    if (ms !== undefined && limit.ms !== 0 && ms > limit.ms) {
      d.report('pipelinerun.task-timeout-exceeds', `${at}.timeout`, `the timeout of pipeline task "${trs.pipelineTaskName}" is longer than ${limit.what}`, `shorten it, or raise ${limit.raise}`, trs.timeout);
    }
  });
}

/** The timeouts rules; returns the limit a single task's timeout must stay within. */
function checkTimeouts(d: Doc, timeouts: unknown): { ms: number; what: string; raise: string } {
  if (!isObject(timeouts)) return { ms: DEFAULT_TIMEOUT_MS, what: 'the default pipeline timeout (60m)', raise: 'timeouts.pipeline' };
  const pipeline = checkDuration(d, 'spec.timeouts.pipeline', timeouts.pipeline);
  const tasks = checkDuration(d, 'spec.timeouts.tasks', timeouts.tasks);
  const fin = checkDuration(d, 'spec.timeouts.finally', timeouts.finally);
  const limitMs = pipeline ?? DEFAULT_TIMEOUT_MS;
  const limitText = pipeline === undefined ? 'the default pipeline timeout (60m)' : `timeouts.pipeline (${timeouts.pipeline})`;
  for (const [key, ms] of [['tasks', tasks], ['finally', fin]] as const) {
    if (ms === undefined) continue;
    if (limitMs !== 0 && ms > limitMs) d.report('pipelinerun.timeouts-exceed', `spec.timeouts.${key}`, `timeouts.${key} is longer than ${limitText}`, `make timeouts.${key} at most ${limitText}, or raise timeouts.pipeline`, timeouts[key]);
    if (ms === 0 && limitMs !== 0) d.report('pipelinerun.timeouts-zero', `spec.timeouts.${key}`, `timeouts.${key} of 0 (no timeout) is only allowed when timeouts.pipeline is 0 too`, `give timeouts.${key} a duration, or set timeouts.pipeline to 0`, timeouts[key]);
  }
  if (tasks !== undefined && fin !== undefined && limitMs !== 0 && tasks + fin > limitMs) {
    d.report('pipelinerun.timeouts-sum', 'spec.timeouts', `timeouts.tasks + timeouts.finally (${timeouts.tasks} + ${timeouts.finally}) is longer than ${limitText}`, 'shorten tasks or finally, or raise timeouts.pipeline');
  }
  if (tasks !== undefined && tasks !== 0) return { ms: tasks, what: `timeouts.tasks (${timeouts.tasks})`, raise: 'timeouts.tasks' };
  return { ms: limitMs, what: limitText, raise: 'timeouts.pipeline' };
}
