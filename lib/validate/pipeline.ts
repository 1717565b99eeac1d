// Sections 8 and 10: a PipelineSpec — its tasks and finally tasks, the dependency graph, the
// variables in params, when and matrix, and the pipeline results. Linear in the number of tasks:
// every lookup is a map, the graph is checked with one Kahn pass.
import { available, byName, Doc, duplicates, isObject, list } from './core';
import { checkBindings, checkSuppliedParams, ReferenceTypes, resolveRef } from './cross';
import { Catalog, Interface, interfaceOf } from './model';
import { isLabel, LABEL_RULE } from '../facts/names';
import { checkParamSpecs, checkParamValues, ParamScope, scopeOfValues } from './params';
import { hubInterface } from './hub-refs';
import { checkUndeclaredParams } from './param-names';
import { referenceTypes } from './reference-types';
import { checkRef } from './refs';
import { checkTaskSpec } from './task';
import { expressions, isArtifactRef, PARAM_REFERENCE_FIX, PARAM_REFERENCE_FORMS, paramRef, resultRef, statusRef } from './vars';
import { checkWhen } from './when';

export interface PipelineEmbedding {
  /** Params the run supplies (propagated into an inline pipelineSpec). */
  readonly scope?: ParamScope;
  /** Workspace names the run binds. */
  readonly workspaces?: ReadonlySet<string>;
}

const PREFIXES = new Set(['params', 'tasks', 'finally', 'context', 'workspaces', 'results']);
/** The matrix params of a pipeline task without a matrix. */
const NO_MATRIX: ReadonlySet<string> = new Set();
const PIPELINE_CONTEXT = new Set(['context.pipelineRun.name', 'context.pipelineRun.namespace', 'context.pipelineRun.uid', 'context.pipeline.name', 'context.pipelineTask.retries']);

interface TaskEntry {
  readonly task: Record<string, any>;
  readonly path: string;
  readonly isFinally: boolean;
  /** Its interface, when its spec is inline or its ref resolves among the documents. */
  readonly iface?: Interface;
  readonly isPipeline: boolean;
  readonly matrixed: boolean;
}

interface State {
  readonly d: Doc;
  readonly scope: ParamScope;
  readonly catalog: Catalog;
  readonly workspaces: ReadonlySet<string>;
  readonly tasks: ReadonlyMap<string, TaskEntry>;
  readonly finallyTasks: ReadonlyMap<string, TaskEntry>;
  /** Where the pipeline spec is (`spec`, `spec.pipelineSpec`, ...), for messages. */
  readonly path: string;
  /** The types of references, made once for the pipeline's tasks (see referenceTypes). */
  types?: ReferenceTypes;
}

type ValueKind = 'string' | 'array-item' | 'matrix' | 'when-input' | 'when-value' | 'include';

export function checkPipelineSpec(d: Doc, path: string, spec: unknown, catalog: Catalog, embedding: PipelineEmbedding = {}): void {
  if (!isObject(spec) || Object.keys(spec).length === 0) {
    d.report('pipeline.empty', path, 'the pipeline spec is empty', 'add tasks to the pipeline');
    return;
  }
  const scope = new ParamScope(embedding.scope);
  checkParamSpecs(d, `${path}.params`, spec.params, 'Pipeline', scope);
  const workspaces = checkPipelineWorkspaces(d, `${path}.workspaces`, spec.workspaces);
  for (const w of embedding.workspaces ?? []) workspaces.add(w);

  const tasks = new Map<string, TaskEntry>();
  const finallyTasks = new Map<string, TaskEntry>();
  const regular = list(spec.tasks);
  const final = list(spec.finally);
  const allNames = new Set<string>();
  const register = (items: readonly unknown[], key: string, into: Map<string, TaskEntry>) => {
    items.forEach((t, i) => {
      const at = `${path}.${key}[${i}]`;
      if (!isObject(t)) {
        d.report('pipeline.task-shape', at, 'a pipeline task must be an object with a name and a taskRef or taskSpec', 'write it as `- name: <task>` with `taskRef:` or `taskSpec:`', t);
        return;
      }
      if (!isLabel(t.name)) d.report('pipeline.task-name', `${at}.name`, `pipeline task name is invalid; allowed: ${LABEL_RULE}`, 'rename the pipeline task (and the references to it)', t.name);
      if (typeof t.name !== 'string') return;
      if (allNames.has(t.name)) {
        d.report('pipeline.task-duplicate', `${at}.name`, `pipeline task name "${t.name}" is used more than once across tasks and finally`, 'give every pipeline task a unique name', t.name);
        return;
      }
      allNames.add(t.name);
      into.set(t.name, {
        task: t,
        path: at,
        isFinally: key === 'finally',
        iface: interfaceOfTask(d, at, t, catalog),
        isPipeline: t.pipelineRef !== undefined || t.pipelineSpec !== undefined,
        matrixed: isObject(t.matrix) && (list(t.matrix.params).length > 0 || list(t.matrix.include).length > 0),
      });
    });
  };
  register(regular, 'tasks', tasks);
  register(final, 'finally', finallyTasks);
  if (final.length > 0 && regular.length === 0) d.report('pipeline.finally-without-tasks', `${path}.finally`, 'a pipeline with finally tasks needs at least one task in tasks', 'add a task to tasks, or move the finally tasks into tasks');

  const st: State = { d, scope, catalog, workspaces, tasks, finallyTasks, path };
  const deps = new Map<string, Set<string>>();
  for (const entry of [...tasks.values(), ...finallyTasks.values()]) {
    const needs = checkPipelineTask(st, entry, embedding);
    if (!entry.isFinally) deps.set(entry.task.name, needs);
  }
  checkGraph(d, path, deps, tasks);
  checkPipelineResults(st, `${path}.results`, spec.results);
}

function checkPipelineWorkspaces(d: Doc, path: string, items: unknown): Set<string> {
  const names = new Set<string>();
  list(items).forEach((w, i) => {
    if (!isObject(w) || typeof w.name !== 'string' || w.name === '') {
      d.report('workspace.name', `${path}[${i}].name`, 'a pipeline workspace needs a name', 'give the workspace a name', isObject(w) ? w.name : w);
      return;
    }
    if (names.has(w.name)) d.report('workspace.duplicate', `${path}[${i}].name`, `workspace "${w.name}" is declared twice`, 'give every workspace a unique name', w.name);
    names.add(w.name);
  });
  return names;
}

function interfaceOfTask(d: Doc, at: string, t: Record<string, any>, catalog: Catalog): Interface | undefined {
  if (isObject(t.taskSpec) && t.taskSpec.steps !== undefined) return interfaceOf(`the taskSpec of pipeline task "${t.name}"`, t.taskSpec);
  if (isObject(t.pipelineSpec)) return interfaceOf(`the pipelineSpec of pipeline task "${t.name}"`, t.pipelineSpec);
  if (t.taskRef !== undefined && t.taskSpec === undefined) return resolveRef(d, `${at}.taskRef`, t.taskRef, 'Task', catalog) ?? hubInterface(t.taskRef);
  if (t.pipelineRef !== undefined && t.pipelineSpec === undefined) return resolveRef(d, `${at}.pipelineRef`, t.pipelineRef, 'Pipeline', catalog);
  return undefined;
}

const TASK_KINDS = ['taskRef', 'taskSpec', 'pipelineRef', 'pipelineSpec'] as const;

/** Checks one pipeline task; returns the names of the tasks it depends on. */
function checkPipelineTask(st: State, entry: TaskEntry, embedding: PipelineEmbedding): Set<string> {
  const { d } = st;
  const { task: t, path: at } = entry;
  const needs = new Set<string>();
  if ((t.taskRef !== undefined ? 1 : 0) + (t.taskSpec !== undefined ? 1 : 0) + (t.pipelineRef !== undefined ? 1 : 0) + (t.pipelineSpec !== undefined ? 1 : 0) !== 1) {
    const set = TASK_KINDS.filter((k) => t[k] !== undefined);
    d.report('pipeline.task-kind', at, `pipeline task "${t.name}" must set exactly one of taskRef, taskSpec, pipelineRef, pipelineSpec${set.length ? `; it sets ${set.join(' and ')}` : ''}`, set.length ? 'keep one of them' : 'add a taskRef to an existing Task, or an inline taskSpec');
  }
  if (t.pipelineRef !== undefined) d.gate('alpha', `${at}.pipelineRef`, 'a pipeline in a pipeline (pipelineRef)');
  if (t.pipelineSpec !== undefined) d.gate('alpha', `${at}.pipelineSpec`, 'a pipeline in a pipeline (pipelineSpec)');
  if (d.settings.disableInlineSpec.has('pipeline')) {
    for (const k of ['taskSpec', 'pipelineSpec']) {
      if (t[k] !== undefined) d.report('pipeline.inline-disabled', `${at}.${k}`, `inline ${k} in a Pipeline is disabled by the disable-inline-spec feature flag`, `define a Task and use taskRef instead, or remove "pipeline" from disable-inline-spec`);
    }
  }
  if (t.taskRef !== undefined) {
    const refAt = `${at}.taskRef`;
    checkRef(d, refAt, t.taskRef, 'taskRef');
    if (isObject(t.taskRef)) checkCustomTask(d, refAt, t.taskRef);
  }
  if (t.pipelineRef !== undefined) checkRef(d, `${at}.pipelineRef`, t.pipelineRef, 'pipelineRef');

  if (t.onError !== undefined && !(typeof t.onError === 'string' && t.onError.startsWith('$(params.'))) {
    d.gate('beta', `${at}.onError`, 'onError on a pipeline task', t.onError);
    if (t.onError !== 'continue' && t.onError !== 'stopAndFail') d.report('pipeline.on-error', `${at}.onError`, 'onError must be "continue" or "stopAndFail"', 'use continue or stopAndFail', t.onError);
  }
  if (t.onError === 'continue' && typeof t.retries === 'number' && t.retries > 0) {
    d.report('pipeline.on-error-retries', `${at}.retries`, 'a pipeline task with onError: continue may not have retries', 'remove the retries, or use onError: stopAndFail', t.retries);
  }

  if (entry.isFinally && t.runAfter !== undefined) {
    d.report('pipeline.finally-run-after', `${at}.runAfter`, `finally task "${t.name}" may not use runAfter; finally tasks run after all tasks`, 'remove runAfter');
  } else {
    list(t.runAfter).forEach((name, i) => {
      if (typeof name === 'string') needs.add(name);
      if (!st.tasks.has(name)) {
        d.report('pipeline.run-after-unknown', `${at}.runAfter[${i}]`, `runAfter names "${name}", which is not a task of this pipeline; tasks: ${available(st.tasks)}`, `name a task from ${st.path}.tasks`, name);
      }
    });
  }

  const paramsAt = `${at}.params`;
  const given = checkParamValues(d, paramsAt, t.params, false);
  const params = list(t.params);
  for (let i = 0; i < params.length; i++) {
    const p = params[i];
    if (isObject(p)) scanParamValue(st, entry, `${at}.params[${i}].value`, p.value, needs);
  }
  if (t.when !== undefined) {
    checkWhen(d, `${at}.when`, t.when);
    list(t.when).forEach((w, i) => {
      if (!isObject(w)) return;
      if (typeof w.input === 'string') scanString(st, entry, `${at}.when[${i}].input`, w.input, 'when-input', needs);
      list(w.values).forEach((v, j) => typeof v === 'string' && scanString(st, entry, `${at}.when[${i}].values[${j}]`, v, 'when-value', needs));
      if (typeof w.cel === 'string') scanString(st, entry, `${at}.when[${i}].cel`, w.cel, 'when-value', needs);
    });
  }
  const matrixNames = t.matrix !== undefined ? checkMatrix(st, entry, given, needs) : NO_MATRIX;

  const bindings = list(t.workspaces);
  for (const dup of duplicates(bindings, byName)) {
    d.report('pipeline.task-workspace-duplicate', `${at}.workspaces[${dup.index}].name`, `workspace "${dup.name}" is bound twice in pipeline task "${t.name}"`, 'bind each workspace once', dup.name);
  }
  bindings.forEach((b, i) => {
    if (!isObject(b)) return;
    const target = typeof b.workspace === 'string' && b.workspace !== '' ? b.workspace : b.name;
    if (!st.workspaces.has(target)) {
      d.report('pipeline.task-workspace-undeclared', `${at}.workspaces[${i}].${target === b.workspace ? 'workspace' : 'name'}`, `pipeline task "${t.name}" binds pipeline workspace "${target}", which the Pipeline does not declare; declared: ${available(st.workspaces)}`, `declare "${target}" under ${st.path}.workspaces, or fix the name`, target);
    }
  });

  if (isObject(t.taskSpec) && !isCustomSpec(t.taskSpec)) {
    if (t.taskSpec.apiVersion !== undefined || t.taskSpec.kind !== undefined) {
      d.report('pipeline.task-spec-kind', `${at}.taskSpec`, 'an inline taskSpec with steps may not set apiVersion or kind', 'remove apiVersion and kind from the taskSpec');
    }
    const visible = new Set<string>([...bindings.filter(isObject).map((b) => b.name), ...st.workspaces]);
    const passed = scopeOfValues(given, st.scope);
    for (const name of matrixNames) passed.set(name, { type: 'array' });
    checkTaskSpec(d, `${at}.taskSpec`, t.taskSpec, { scope: passed, workspaces: visible, catalog: st.catalog });
    collectTaskRefsInSpec(st, entry, `${at}.taskSpec`, t.taskSpec, needs);
  } else if (isObject(t.taskSpec)) {
    checkCustomTask(d, `${at}.taskSpec`, t.taskSpec);
  }
  if (isObject(t.pipelineSpec)) checkPipelineSpec(d, `${at}.pipelineSpec`, t.pipelineSpec, st.catalog, { scope: st.scope, workspaces: embedding.workspaces });

  if (entry.iface) {
    st.types ??= referenceTypes(st.scope, st.tasks);
    checkSuppliedParams(d, paramsAt, given, entry.iface, matrixNames, st.types);
    if (t.taskRef !== undefined) checkUndeclaredParams(d, paramsAt, t.params, entry.iface);
    if (t.taskRef !== undefined || t.pipelineRef !== undefined) checkBindings(d, `${at}.workspaces`, t.workspaces, entry.iface);
  }
  return needs;
}

function isCustomSpec(spec: Record<string, any>): boolean {
  return spec.steps === undefined && (spec.apiVersion !== undefined || spec.kind !== undefined);
}

function checkCustomTask(d: Doc, path: string, ref: Record<string, any>): void {
  const custom = (ref.kind !== undefined && ref.kind !== '' && ref.kind !== 'Task') || ref.apiVersion !== undefined;
  if (!custom) return;
  if (typeof ref.kind !== 'string' || ref.kind === '') d.report('pipeline.custom-task-kind', `${path}.kind`, 'a custom task needs a kind', 'set kind to the custom task kind', ref.kind);
  if (typeof ref.apiVersion !== 'string' || !/^[^/]+\/[^/]+$/.test(ref.apiVersion)) {
    d.report('pipeline.custom-task-api-version', `${path}.apiVersion`, 'a custom task needs an apiVersion of the form group/version', 'set apiVersion, e.g. example.dev/v1alpha1', ref.apiVersion);
  }
}

/** Result references inside an inline taskSpec are dependencies too (and must name known tasks). */
function collectTaskRefsInSpec(st: State, entry: TaskEntry, path: string, spec: Record<string, any>, needs: Set<string>): void {
  const walk = (value: unknown, at: string): void => {
    if (typeof value === 'string') {
      for (const body of expressions(value)) {
        const ref = resultRef(body);
        if (ref) checkResultRef(st, entry, at, value, body, ref, needs, 'string');
      }
    } else if (Array.isArray(value)) value.forEach((x, i) => walk(x, `${at}[${i}]`));
    else if (isObject(value)) for (const [k, x] of Object.entries(value)) walk(x, `${at}.${k}`);
  };
  walk(spec.steps, `${path}.steps`);
  walk(spec.sidecars, `${path}.sidecars`);
}

function scanParamValue(st: State, entry: TaskEntry, at: string, value: unknown, needs: Set<string>): void {
  if (typeof value === 'string') scanString(st, entry, at, value, 'string', needs);
  else if (Array.isArray(value)) value.forEach((x, i) => typeof x === 'string' && scanString(st, entry, `${at}[${i}]`, x, 'array-item', needs));
  else if (isObject(value)) for (const [k, x] of Object.entries(value)) if (typeof x === 'string') scanString(st, entry, `${at}.${k}`, x, 'string', needs);
}

/** What a variable starts with, up to its first "." or "[": `tasks` in `tasks.a.results.b`. */
function prefixOf(body: string): string {
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 46 || c === 91) return body.slice(0, i);
  }
  return body;
}

/** The variable rules of one string in a pipeline task's params, when or matrix. */
function scanString(st: State, entry: TaskEntry, at: string, text: string, kind: ValueKind, needs: Set<string>): void {
  const { d } = st;
  const bodies = expressions(text);
  for (let b = 0; b < bodies.length; b++) {
    const body = bodies[b];
    const prefix = prefixOf(body);
    if (kind !== 'when-value' || !at.endsWith('.cel')) {
      if (!PREFIXES.has(prefix)) {
        d.report('pipeline.variable-prefix', at, `$(${body}) is not a Tekton variable; variables start with params, tasks, finally, context, workspaces or results`, 'for a shell variable or command write ${VAR} or run it in the task\'s script; otherwise fix the variable name', text);
        continue;
      }
    }
    if (prefix === 'params') {
      checkPipelineParam(st, at, text, body, kind);
      continue;
    }
    if (prefix === 'context') {
      if (kind === 'string' || kind === 'array-item') {
        if (/^context\.(pipelineRun|pipeline|pipelineTask)\./.test(body) && !PIPELINE_CONTEXT.has(body)) {
          d.report('pipeline.context-variable', at, `$(${body}) is not a context variable of a Pipeline; available: ${[...PIPELINE_CONTEXT].map((c) => `$(${c})`).join(', ')}`, 'use one of the available context variables', text);
        }
      }
      continue;
    }
    if (isArtifactRef(body)) {
      d.flag('enableArtifacts', at, `the artifact variable $(${body})`, text);
      const task = body.split('.')[1];
      if (body.startsWith('tasks.') && !st.tasks.has(task)) d.report('pipeline.unknown-task', at, `$(${body}) names task "${task}", which is not in ${st.path}.tasks; tasks: ${available(st.tasks)}`, `name a task from ${st.path}.tasks`, text);
      else if (body.startsWith('tasks.')) needs.add(task);
      continue;
    }
    const status = statusRef(body);
    if (status) {
      if (!entry.isFinally) {
        d.report('pipeline.status-in-task', at, `$(${body}) (execution status) can only be used in finally tasks`, 'move this condition to a finally task', text);
      } else if (status.task !== undefined && !st.tasks.has(status.task)) {
        d.report('pipeline.status-unknown-task', at, `$(${body}) names task "${status.task}", which is not in ${st.path}.tasks; tasks: ${available(st.tasks)}`, `name a task from ${st.path}.tasks`, text);
      }
      continue;
    }
    const ref = resultRef(body);
    if (ref) checkResultRef(st, entry, at, text, body, ref, needs, kind);
  }
}

function checkPipelineParam(st: State, at: string, text: string, body: string, kind: ValueKind): void {
  const { d } = st;
  const p = paramRef(body);
  if (!p) return;
  if (p.malformed) {
    d.report('param.reference-form', at, `$(${body}) has ${p.malformed}; ${PARAM_REFERENCE_FORMS}`, PARAM_REFERENCE_FIX, text);
    return;
  }
  const info = st.scope.get(p.name);
  if (!info) {
    d.report('param.undeclared', at, `$(${body}) refers to param "${p.name}", which the Pipeline does not declare; declared: ${available(st.scope.names())}`, `declare "${p.name}" under ${st.path}.params, or fix the name`, text);
    return;
  }
  const isolated = text === `$(${body})`;
  if (info.type === 'object' && p.key !== undefined) {
    if (!st.scope.hasKey(p.name, p.key)) d.report('param.object-key', at, `object param "${p.name}" has no key "${p.key}"; keys: ${available(info.keys ?? [])}`, `use a declared key, or add "${p.key}" to its properties`, text);
    return;
  }
  const whole = (info.type === 'array' && typeof p.index !== 'number') || (info.type === 'object' && p.key === undefined);
  if (!whole) return;
  const one = info.type === 'array' ? `one item: $(params.${p.name}[0])` : `one key: $(params.${p.name}.<key>)`;
  const allowedWhole = kind === 'string' || (info.type === 'array' && (kind === 'array-item' || kind === 'matrix' || kind === 'when-value'));
  if (kind === 'when-input') {
    const values = info.type === 'array' ? `, or test a value against all its items with values: ["$(params.${p.name}[*])"]` : '';
    d.report('param.whole-reference', at, `the whole ${info.type} param "${p.name}" cannot be a when input, which is a single string`, `use ${one}${values}`, text);
  } else if (!allowedWhole) {
    const where = kind === 'include' ? 'in a matrix include value, which is a single string' : kind === 'when-value' ? 'in when values' : kind === 'matrix' ? 'as a matrix value' : 'as an item of an array value';
    d.report('param.whole-reference', at, `the whole ${info.type} param "${p.name}" cannot be used ${where}; only string params, array items and object keys can`, `use ${one}`, text);
  } else if (!isolated) {
    d.report('param.whole-reference', at, `the whole ${info.type} param "${p.name}" cannot be used inside a longer string; only string params, array items and object keys may be mixed into strings`, `make the value exactly $(params.${p.name}[*]), or use ${one}`, text);
  }
}

function checkResultRef(st: State, entry: TaskEntry, at: string, text: string, body: string, ref: NonNullable<ReturnType<typeof resultRef>>, needs: Set<string>, kind: ValueKind | 'string'): void {
  const { d } = st;
  if (ref.scope === 'finally') {
    d.report('pipeline.finally-result-in-task', at, `$(${body}): pipeline tasks cannot use results of finally tasks; only pipeline results can`, `use the result in ${st.path}.results instead`, text);
    return;
  }
  const target = st.tasks.get(ref.task);
  if (!target) {
    const also = st.finallyTasks.has(ref.task) ? ` ("${ref.task}" is a finally task, whose results only pipeline results can use)` : '';
    d.report('pipeline.result-unknown-task', at, `$(${body}) names task "${ref.task}", which is not in ${st.path}.tasks${also}; tasks: ${available(st.tasks)}`, `name a task from ${st.path}.tasks`, text);
    return;
  }
  if (!entry.isFinally) needs.add(ref.task);
  if (target.isPipeline) {
    d.report('pipeline.result-from-pipeline-task', at, `$(${body}) uses a result of "${ref.task}", which runs a pipeline; results of child pipelines are not propagated`, 'move the result-producing task out of the child pipeline', text);
    return;
  }
  if (target.matrixed) {
    if (ref.index !== '*') d.report('pipeline.matrix-result', at, `"${ref.task}" is fanned out by a matrix, so its result "${ref.result}" is a list of all runs' results`, `use the aggregate $(tasks.${ref.task}.results.${ref.result}[*])`, text);
    const type = target.iface?.results.get(ref.result);
    if (type !== undefined && type !== 'string' && isObject(target.task.taskSpec)) d.report('pipeline.matrix-result-type', at, `result "${ref.result}" of matrixed task "${ref.task}" has type ${type}; only string results of matrixed tasks can be consumed`, 'make the result a string', text);
  }
  if (target.iface && !target.iface.results.has(ref.result)) {
    d.report('pipeline.result-undeclared', at, `$(${body}) names result "${ref.result}", which ${target.iface.label} does not declare; results: ${available(target.iface.results)}`, 'use a declared result, or declare it in the task', text);
  }
  if (kind === 'when-input' && ref.index === '*') {
    d.report('pipeline.when-input-array', at, 'a when input must be a single value; a whole array result cannot be tested', 'use one item, or move the array to values', text);
  }
}

function checkMatrix(st: State, entry: TaskEntry, given: ReadonlyMap<string, unknown>, needs: Set<string>): Set<string> {
  const { d } = st;
  const { task: t, path: at } = entry;
  const names = new Set<string>();
  if (!isObject(t.matrix)) {
    d.report('matrix.shape', `${at}.matrix`, 'matrix must be an object with params and/or include', 'write matrix: {params: [...]}', t.matrix);
    return names;
  }
  const params = list(t.matrix.params);
  const include = list(t.matrix.include);
  if (params.length > 0 || include.length > 0) d.gate('beta', `${at}.matrix`, 'matrix');
  checkParamValues(d, `${at}.matrix.params`, params, false);
  const values = new Map<string, unknown[]>();
  let combinations = params.length > 0 ? 1 : 0;
  params.forEach((p, i) => {
    if (!isObject(p) || typeof p.name !== 'string') return;
    names.add(p.name);
    if (given.has(p.name)) d.report('matrix.param-overlap', `${at}.matrix.params[${i}].name`, `param "${p.name}" is set both in params and in matrix.params of "${t.name}"`, 'set it in one place only', p.name);
    const vat = `${at}.matrix.params[${i}].value`;
    if (Array.isArray(p.value)) {
      values.set(p.name, p.value);
      combinations *= p.value.length;
      p.value.forEach((x: unknown, j: number) => typeof x === 'string' && scanString(st, entry, `${vat}[${j}]`, x, 'matrix', needs));
    } else if (typeof p.value === 'string' && /^\$\([^)]*\[\*\]\)$/.test(p.value)) {
      scanString(st, entry, vat, p.value, 'matrix', needs);
    } else {
      d.report('matrix.param-value', vat, `matrix param "${p.name}" must be a list of values (or one whole-array reference such as $(params.x[*]))`, 'give a list: value: [a, b]', p.value);
    }
  });
  include.forEach((inc, i) => {
    const iat = `${at}.matrix.include[${i}]`;
    if (!isObject(inc)) return;
    checkParamValues(d, `${iat}.params`, inc.params, false);
    let adds = params.length === 0;
    list(inc.params).forEach((p, j) => {
      if (!isObject(p)) return;
      names.add(p.name);
      if (typeof p.value !== 'string') d.report('matrix.include-value', `${iat}.params[${j}].value`, `matrix include param "${p.name}" must be a single string`, 'give a string value', p.value);
      else scanString(st, entry, `${iat}.params[${j}].value`, p.value, 'include', needs);
      const existing = values.get(p.name);
      if (existing && !existing.includes(p.value)) adds = true;
      if (given.has(p.name)) d.report('matrix.param-overlap', `${iat}.params[${j}].name`, `param "${p.name}" is set both in params and in the matrix of "${t.name}"`, 'set it in one place only', p.name);
    });
    if (adds) combinations++;
  });
  if (combinations > d.settings.maxMatrixCombinations) {
    d.report('matrix.too-many', `${at}.matrix`, `the matrix of "${t.name}" makes ${combinations} combinations; the limit (default-max-matrix-combinations-count) is ${d.settings.maxMatrixCombinations}`, `use fewer values, or raise default-max-matrix-combinations-count in the cluster's config-defaults ConfigMap and validate with ${d.settings.surface.setting('maxMatrixCombinations', combinations)}`, combinations);
  }
  return names;
}

/** Every dependency names a task; the graph has no cycle (Kahn's algorithm, linear). */
function checkGraph(d: Doc, path: string, deps: Map<string, Set<string>>, tasks: ReadonlyMap<string, TaskEntry>): void {
  const indegree = new Map<string, number>();
  const dependents = new Map<string, string[]>();
  const ready: string[] = [];
  // forEach, not for-of: a fresh process runs this before V8 optimizes it, and an iterator
  // allocates at each step until then.
  deps.forEach((needs, name) => {
    let n = 0;
    needs.forEach((need) => {
      if (!deps.has(need)) return;
      n++;
      const list = dependents.get(need);
      if (list) list.push(name);
      else dependents.set(need, [name]);
    });
    indegree.set(name, n);
    if (n === 0) ready.push(name);
  });
  // The order tasks become ready in does not change the verdict (every task is reached or not).
  let done = 0;
  while (ready.length > 0) {
    const name = ready.pop()!;
    done++;
    const next = dependents.get(name);
    if (next === undefined) continue;
    for (let i = 0; i < next.length; i++) {
      const n = indegree.get(next[i])! - 1;
      indegree.set(next[i], n);
      if (n === 0) ready.push(next[i]);
    }
  }
  if (done === deps.size) return;
  // Every task left waits for another task left, so following those waits from any of them loops;
  // the loop found is reported (not the tasks that merely wait for it).
  const left = new Set([...indegree].filter(([, n]) => n > 0).map(([name]) => name));
  const seen = new Map<string, number>();
  const walk: string[] = [];
  let at = left.values().next().value as string;
  while (!seen.has(at)) {
    seen.set(at, walk.length);
    walk.push(at);
    at = [...deps.get(at)!].find((n) => left.has(n))!;
  }
  const cycle = [...walk.slice(seen.get(at)), at];
  const chain = `"${cycle[0]}" waits for "${cycle[1]}"${cycle.slice(2).map((c) => `, which waits for "${c}"`).join('')}`;
  const first = tasks.get(cycle[0]);
  d.report('pipeline.cycle', first ? first.path : `${path}.tasks`, `pipeline tasks wait for each other in a cycle: ${chain} (through runAfter or result references)`, 'remove a runAfter entry or a result reference so that the dependencies form no loop');
}

function checkPipelineResults(st: State, path: string, results: unknown): void {
  const { d } = st;
  const items = list(results);
  items.forEach((r, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(r) || typeof r.name !== 'string' || r.name === '') {
      d.report('result.name', `${at}.name`, 'a pipeline result needs a name', 'give the result a name', isObject(r) ? r.name : r);
      return;
    }
    const texts = typeof r.value === 'string' ? [r.value] : Array.isArray(r.value) ? r.value : isObject(r.value) ? Object.values(r.value) : [];
    const bodies = texts.filter((x): x is string => typeof x === 'string').flatMap(expressions);
    if (bodies.length === 0) {
      d.report('pipeline.result-value', `${at}.value`, `pipeline result "${r.name}" has no $(tasks.<task>.results.<result>) reference`, 'set value to a task result, e.g. $(tasks.build.results.digest)', r.value);
      return;
    }
    for (const body of bodies) {
      const ref = resultRef(body);
      if (!ref) {
        d.report('pipeline.result-value', `${at}.value`, `$(${body}) in pipeline result "${r.name}" is not a task result reference`, 'use $(tasks.<task>.results.<result>) or $(finally.<task>.results.<result>)', r.value);
        continue;
      }
      const pool = ref.scope === 'tasks' ? st.tasks : st.finallyTasks;
      const target = pool.get(ref.task);
      if (!target) {
        d.report('pipeline.result-unknown-task', `${at}.value`, `$(${body}) names "${ref.task}", which is not in ${st.path}.${ref.scope}; there: ${available(pool)}`, `name a task from ${st.path}.${ref.scope}`, r.value);
      } else if (target.iface && !target.iface.results.has(ref.result)) {
        d.report('pipeline.result-undeclared', `${at}.value`, `$(${body}) names result "${ref.result}", which ${target.iface.label} does not declare; results: ${available(target.iface.results)}`, 'use a declared result, or declare it in the task', r.value);
      }
    }
  });
  for (const dup of duplicates(items, byName)) {
    d.report('result.duplicate', `${path}[${dup.index}].name`, `pipeline result "${dup.name}" is declared twice`, 'give every result a unique name', dup.name);
  }
}
