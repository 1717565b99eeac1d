// Sections 2, 3, 4 and 7: a TaskSpec with its steps, sidecars, results and workspaces. The same
// function checks a standalone Task and a taskSpec embedded in a TaskRun or a Pipeline; the
// caller passes the params and workspaces the embedding propagates.
import { posix } from 'node:path';
import { available, byName, Doc, duplicates, isObject, keyPath, list, parseDuration } from './core';
import { checkSuppliedParams, resolveRef } from './cross';
import { Catalog, Interface } from './model';
import { isLabel, LABEL_RULE, RESULT_NAME } from '../facts/names';
import { checkParamSpecs, checkParamValues, PARAM_TYPES, ParamInfo, ParamScope } from './params';
import { checkRef } from './refs';
import { warnCommandReferences, warnScriptReferences, workspacesWithReferencedMountPath } from './script';
import { expressions, isArtifactRef, isStepArtifactRef, isStepResultRef, PARAM_REFERENCE_FIX, PARAM_REFERENCE_FORMS, paramRef } from './vars';
import { checkWhen } from './when';

export interface TaskEmbedding {
  /** Params the embedding makes visible (run params, pipeline params). */
  readonly scope?: ParamScope;
  /** Workspace names the embedding makes visible; undefined = only the declared ones. */
  readonly workspaces?: ReadonlySet<string>;
  /** The documents validated together, to look up the StepActions that steps refer to. */
  readonly catalog?: Catalog;
}

type FieldKind = 'name' | 'image' | 'workingDir' | 'script' | 'command' | 'args' | 'env' | 'volumeMount' | 'onError' | 'other';

const TASK_CONTEXT = new Set(['context.taskRun.name', 'context.taskRun.namespace', 'context.taskRun.uid', 'context.task.name', 'context.task.retry-count']);
const STEP_RESULT_FIELDS = new Set<FieldKind>(['env', 'command', 'args']);
const STEP_ARTIFACT_FIELDS = new Set<FieldKind>(['env', 'command', 'args', 'script']);
const NO_RESULTS: ReadonlySet<string> = new Set();
const OWN_RESULT_PATH = /^results\.([-A-Za-z0-9_.]+)\.path$/;
const STEP_RESULT_PATH = /^step\.results\.([-A-Za-z0-9_.]+)\.path$/;

/** Checks a TaskSpec at `path` (`spec`, or `spec.taskSpec`, or `spec.tasks[2].taskSpec`). */
export function checkTaskSpec(d: Doc, path: string, spec: unknown, embedding: TaskEmbedding = {}): void {
  if (!isObject(spec)) {
    d.report('task.spec', path, 'the task spec must be an object with steps', 'add `steps:` with at least one step', spec);
    return;
  }
  const scope = new ParamScope(embedding.scope);
  checkParamSpecs(d, `${path}.params`, spec.params, 'Task', scope);
  const results = checkTaskResults(d, `${path}.results`, spec.results);
  const workspaces = checkTaskWorkspaces(d, path, spec);
  const visibleWorkspaces = embedding.workspaces === undefined ? workspaces : new Set([...workspaces, ...embedding.workspaces]);

  const steps = list(spec.steps);
  if (steps.length === 0) d.report('task.no-steps', `${path}.steps`, 'a Task needs at least one step', 'add a step with an image and a script or command');
  for (const dup of duplicates(steps, byName)) {
    d.report('task.step-duplicate', `${path}.steps[${dup.index}].name`, `step name "${dup.name}" is used twice`, 'give every step a unique name', dup.name);
  }
  const volumes = list(spec.volumes);
  for (const dup of duplicates(volumes, byName)) {
    d.report('task.volume-duplicate', `${path}.volumes[${dup.index}].name`, `volume "${dup.name}" is declared twice`, 'give every volume a unique name', dup.name);
  }
  const vars: VariableContext = { d, scope, results, workspaces: visibleWorkspaces, unsafeWorkspaces: workspacesWithReferencedMountPath(spec.workspaces), catalog: embedding.catalog, specPath: path, templateImage: isObject(spec.stepTemplate) && typeof spec.stepTemplate.image === 'string' && spec.stepTemplate.image !== '' };
  steps.forEach((step, i) => checkStep(vars, `${path}.steps[${i}]`, step));
  if (spec.stepTemplate !== undefined) {
    if (!isObject(spec.stepTemplate)) d.report('task.step-template', `${path}.stepTemplate`, 'stepTemplate must be an object of container fields', 'write it as a map of container fields such as env and securityContext', spec.stepTemplate);
    else scanContainer(vars, `${path}.stepTemplate`, spec.stepTemplate, undefined);
  }
  list(spec.sidecars).forEach((sidecar, i) => checkSidecar(vars, `${path}.sidecars[${i}]`, sidecar));
  volumes.forEach((v, i) => scanValue(vars, `${path}.volumes[${i}]`, v));
}

function checkTaskResults(d: Doc, path: string, results: unknown): Set<string> {
  const names = new Set<string>();
  const items = list(results);
  items.forEach((r, i) => {
    const at = `${path}[${i}]`;
    if (!checkResultDeclaration(d, at, r, 'result')) return;
    names.add(r.name);
    if (r.value !== undefined) {
      const m = typeof r.value === 'string' ? /^\$\(steps\.([^.]+)\.results\.([^.)]+)\)$/.exec(r.value) : null;
      if (!m) {
        d.report('result.value-form', `${at}.value`, `the value of result "${r.name}" must be exactly one step-result reference`, 'write it as $(steps.<step-name>.results.<result-name>)', r.value);
      } else {
        if (!isLabel(m[1])) d.report('result.value-step', `${at}.value`, `step name "${m[1]}" in the value of result "${r.name}" is not valid; allowed: ${LABEL_RULE}`, 'use the name of a step of this Task', r.value);
        if (!RESULT_NAME.test(m[2])) d.report('result.value-name', `${at}.value`, `result name "${m[2]}" in the value of result "${r.name}" is not valid; allowed: letters, digits, "-", "_" and ".", starting and ending with a letter or digit`, 'use the name of a result that step declares', r.value);
      }
    }
  });
  for (const dup of duplicates(items, byName)) {
    d.report('result.duplicate', `${path}[${dup.index}].name`, `result "${dup.name}" is declared twice`, 'give every result a unique name', dup.name);
  }
  return names;
}

/** Section 7 rules common to task and step results; false when there is no usable name. */
export function checkResultDeclaration(d: Doc, at: string, r: unknown, what: string): r is Record<string, any> & { name: string } {
  if (!isObject(r) || typeof r.name !== 'string') {
    d.report('result.name', `${at}.name`, `a ${what} needs a name`, `give the ${what} a name`, isObject(r) ? r.name : r);
    return false;
  }
  if (!RESULT_NAME.test(r.name)) {
    d.report('result.name-format', `${at}.name`, `${what} name is invalid; allowed: letters, digits, "-", "_" and ".", starting and ending with a letter or digit`, `rename the ${what}`, r.name);
  }
  const type = r.type ?? '';
  if (type !== '' && !PARAM_TYPES.has(type)) {
    d.report('result.type', `${at}.type`, `${what} "${r.name}" has an unknown type; allowed: string, array, object`, 'use string, array or object', type);
  }
  if (type === 'object') {
    if (!isObject(r.properties)) {
      d.report('result.object-properties', `${at}.properties`, `object ${what} "${r.name}" declares no properties`, 'list its keys under `properties:` (each `{type: string}`)');
    } else {
      for (const [key, prop] of Object.entries(r.properties)) {
        const t = isObject(prop) ? prop.type : undefined;
        if (t !== undefined && t !== 'string') d.report('result.object-property-type', `${keyPath(`${at}.properties`, key)}.type`, `property "${key}" of object ${what} "${r.name}" has type "${t}"; only string is allowed`, 'set the property type to string', t);
      }
    }
  }
  return true;
}

function effectiveMountPath(w: Record<string, any>): string {
  return normalisePath(typeof w.mountPath === 'string' && w.mountPath !== '' ? w.mountPath : `/workspace/${w.name}`);
}

/** An absolute path whose every part is a plain name: already in normal form. */
const NORMAL_PATH = /^(?:\/[^/.][^/]*)+$/;

function normalisePath(p: string): string {
  if (NORMAL_PATH.test(p)) return p;
  const n = posix.normalize(p);
  return n.length > 1 && n.endsWith('/') ? n.slice(0, -1) : n;
}

/**
 * The normalised mount paths of the volumes a step or stepTemplate mounts, each with its field,
 * added to `into`; the map is made by the first mount found. Returns the map, or undefined while
 * there is none.
 */
function addVolumeMounts(into: Map<string, string> | undefined, container: unknown, at: string, index = -1): Map<string, string> | undefined {
  if (!isObject(container)) return into;
  const mounts = list(container.volumeMounts);
  for (let j = 0; j < mounts.length; j++) {
    const m = mounts[j];
    if (isObject(m) && typeof m.mountPath === 'string') (into ??= new Map()).set(normalisePath(m.mountPath), index < 0 ? `${at}.volumeMounts[${j}]` : `${at}[${index}].volumeMounts[${j}]`);
  }
  return into;
}

function usesWorkspaces(container: unknown): container is Record<string, any> {
  return isObject(container) && container.workspaces !== undefined;
}

/** A step's or sidecar's `workspaces` (present) names only declared workspaces. */
function checkWorkspaceUses(d: Doc, path: string, names: ReadonlySet<string>, container: Record<string, any>, at: string, what: string): void {
  d.gate('beta', `${at}.workspaces`, `the workspaces field of a ${what}`);
  list(container.workspaces).forEach((u, j) => {
    const name = isObject(u) ? u.name : u;
    if (typeof name !== 'string' || !names.has(name)) {
      d.report('workspace.undeclared-use', `${at}.workspaces[${j}].name`, `${what} uses a workspace the Task does not declare; declared: ${available(names)}`, `declare it under ${path}.workspaces, or fix the name`, name);
    }
  });
}

function checkTaskWorkspaces(d: Doc, path: string, spec: Record<string, any>): Set<string> {
  const items = list(spec.workspaces);
  const names = new Set<string>();
  const steps = list(spec.steps);
  // The volumes steps mount, read only when the Task declares a workspace to compare them with.
  let stepMounts: ReadonlyMap<string, string> | undefined;
  if (items.length > 0) {
    const stepsAt = `${path}.steps`;
    let found: Map<string, string> | undefined;
    for (let i = 0; i < steps.length; i++) found = addVolumeMounts(found, steps[i], stepsAt, i);
    stepMounts = addVolumeMounts(found, spec.stepTemplate, `${path}.stepTemplate`);
  }
  // Mount paths to compare only when there are two workspaces or more.
  const mounts = items.length > 1 ? new Map<string, string>() : undefined;
  for (let i = 0; i < items.length; i++) {
    const w = items[i];
    if (!isObject(w) || typeof w.name !== 'string' || w.name === '') {
      d.report('workspace.name', `${path}.workspaces[${i}].name`, 'a workspace needs a name', 'give the workspace a name', isObject(w) ? w.name : w);
      continue;
    }
    if (names.has(w.name)) d.report('workspace.duplicate', `${path}.workspaces[${i}].name`, `workspace "${w.name}" is declared twice`, 'give every workspace a unique name', w.name);
    names.add(w.name);
    if (mounts === undefined && stepMounts === undefined) continue;
    const mount = effectiveMountPath(w);
    const other = mounts?.get(mount);
    if (other !== undefined && other !== w.name) {
      d.report('workspace.mount-path-duplicate', `${path}.workspaces[${i}].mountPath`, `workspaces "${other}" and "${w.name}" mount at the same path`, 'give one of them another mountPath', mount);
    }
    mounts?.set(mount, w.name);
    const clash = stepMounts?.get(mount);
    if (clash !== undefined) d.report('workspace.mount-path-volume', `${path}.workspaces[${i}].mountPath`, `workspace "${w.name}" mounts where ${clash} already mounts a volume`, 'change the workspace mountPath or the volume mount', mount);
  }
  // A container's path is written out only for one that names workspaces.
  for (let i = 0; i < steps.length; i++) if (usesWorkspaces(steps[i])) checkWorkspaceUses(d, path, names, steps[i], `${path}.steps[${i}]`, 'step');
  const sidecars = list(spec.sidecars);
  for (let i = 0; i < sidecars.length; i++) if (usesWorkspaces(sidecars[i])) checkWorkspaceUses(d, path, names, sidecars[i], `${path}.sidecars[${i}]`, 'sidecar');
  return names;
}

interface VariableContext {
  readonly d: Doc;
  readonly scope: ParamScope;
  readonly results: ReadonlySet<string>;
  /** Workspace names `$(workspaces.x...)` may use; undefined where workspaces are unknown (StepAction). */
  readonly workspaces?: ReadonlySet<string>;
  /** Workspaces whose mountPath holds a reference: their path is unsafe in code (see isUnsafeInScript). */
  readonly unsafeWorkspaces?: ReadonlySet<string>;
  /** The stepTemplate gives every step an image. */
  readonly templateImage?: boolean;
  readonly catalog?: Catalog;
  /** Where the spec is (`spec`, `spec.taskSpec`, ...), for "declare it under ..." fixes. */
  readonly specPath: string;
  /** The kind that declares the params and results, for messages. @default 'Task' */
  readonly owner?: 'Task' | 'StepAction';
}

function checkStep(v: VariableContext, at: string, step: unknown): void {
  const { d } = v;
  if (!isObject(step)) {
    d.report('step.shape', at, 'a step must be an object', 'write the step as a map with image and script or command', step);
    return;
  }
  if (step.ref !== undefined) {
    checkRef(d, `${at}.ref`, step.ref, 'ref');
    const action = v.catalog ? resolveRef(d, `${at}.ref`, step.ref, 'StepAction', v.catalog) : undefined;
    if (action) checkStepActionParams(d, `${at}.params`, step.params, action);
    for (const field of ['image', 'command', 'args', 'script', 'workingDir', 'env', 'volumeMounts', 'results']) {
      if (step[field] !== undefined) d.report('step.ref-conflict', `${at}.${field}`, `a step with ref takes ${field} from its StepAction, so it may not set ${field} itself`, `remove ${field} from the step, or drop the ref`);
    }
  } else {
    if ((typeof step.image !== 'string' || step.image === '') && !v.templateImage) d.report('step.image', `${at}.image`, 'a step needs an image (or a ref to a StepAction)', 'set image, e.g. image: alpine:3.20', step.image);
    if (step.params !== undefined) d.report('step.params-without-ref', `${at}.params`, 'step params are only for a step that uses a StepAction `ref`', 'remove params, or add a ref');
  }
  if (step.script !== undefined && step.command !== undefined) {
    d.report('step.script-and-command', `${at}.script`, 'a step may set script or command, not both', 'move the command into the script, or remove the script');
  }
  if (step.name !== undefined && step.name !== '' && !isLabel(step.name)) {
    d.report('step.name', `${at}.name`, `step name is invalid; allowed: ${LABEL_RULE}`, 'rename the step', step.name);
  }
  if (step.timeout !== undefined) {
    const ms = parseDuration(step.timeout);
    if (ms === undefined) d.report('step.timeout', `${at}.timeout`, 'timeout is not a duration', 'write a duration such as 10m or 1h30m', step.timeout);
    else if (ms < 0) d.report('step.timeout', `${at}.timeout`, 'timeout may not be negative', 'use a positive duration, or 0s for none', step.timeout);
  }
  if (step.onError !== undefined && step.onError !== 'continue' && step.onError !== 'stopAndFail' && !(typeof step.onError === 'string' && step.onError.startsWith('$(params.'))) {
    d.report('step.on-error', `${at}.onError`, 'onError must be "continue" or "stopAndFail"', 'use continue or stopAndFail', step.onError);
  }
  if (typeof step.script === 'string' && step.script.trim().startsWith('#!win')) d.gate('alpha', `${at}.script`, 'a Windows script (#!win)');
  if (step.stdoutConfig !== undefined) d.gate('alpha', `${at}.stdoutConfig`, 'stdoutConfig');
  if (step.stderrConfig !== undefined) d.gate('alpha', `${at}.stderrConfig`, 'stderrConfig');
  checkVolumeMounts(d, at, step.volumeMounts);
  const declared = list(step.results);
  // A step without results shares one empty set (a step's set marks its strings as a step's).
  const own = declared.length > 0 ? new Set<string>() : undefined;
  declared.forEach((r, i) => {
    if (checkResultDeclaration(d, `${at}.results[${i}]`, r, 'step result')) own!.add(r.name);
  });
  const ownResults = own ?? NO_RESULTS;
  if (step.when !== undefined) checkWhen(d, `${at}.when`, step.when);
  scanContainer(v, at, step, ownResults);
  if (step.params !== undefined) scanValue(v, `${at}.params`, step.params);
  if (step.when !== undefined) scanValue(v, `${at}.when`, step.when);
}

/** A step passes a StepAction every param it requires, and no param it does not declare. */
function checkStepActionParams(d: Doc, path: string, params: unknown, action: Interface): void {
  const given = checkParamValues(d, path, params, false);
  checkSuppliedParams(d, path, given, action);
  list(params).forEach((p, i) => {
    if (isObject(p) && typeof p.name === 'string' && !action.params.has(p.name)) {
      d.report('step.action-param-unknown', `${path}[${i}].name`, `${action.label} declares no param "${p.name}"; params: ${available(action.params)}`, 'pass only declared params, or declare this one in the StepAction', p.name);
    }
  });
}

export function checkVolumeMounts(d: Doc, at: string, mounts: unknown): void {
  list(mounts).forEach((m, j) => {
    if (!isObject(m)) return;
    if (typeof m.mountPath === 'string') {
      const p = normalisePath(m.mountPath);
      if ((p === '/tekton' || p.startsWith('/tekton/')) && !(p === '/tekton/home' || p.startsWith('/tekton/home/'))) {
        d.report('step.mount-tekton', `${at}.volumeMounts[${j}].mountPath`, 'volumes may not be mounted under /tekton/ (Tekton uses it), except /tekton/home', 'mount the volume somewhere else', m.mountPath);
      }
    }
    if (typeof m.name === 'string' && m.name.startsWith('tekton-internal-')) {
      d.report('step.mount-internal', `${at}.volumeMounts[${j}].name`, 'volume names starting with "tekton-internal-" are reserved', 'rename the volume', m.name);
    }
  });
}

function checkSidecar(v: VariableContext, at: string, sidecar: unknown): void {
  const { d } = v;
  if (!isObject(sidecar)) {
    d.report('sidecar.shape', at, 'a sidecar must be an object', 'write the sidecar as a map with name and image', sidecar);
    return;
  }
  if (sidecar.name === 'tekton-log-results') d.report('sidecar.reserved-name', `${at}.name`, 'sidecar name "tekton-log-results" is reserved for Tekton\'s results sidecar', 'rename the sidecar', sidecar.name);
  if (typeof sidecar.image !== 'string' || sidecar.image === '') d.report('sidecar.image', `${at}.image`, 'a sidecar needs an image', 'set image', sidecar.image);
  if (sidecar.script !== undefined && sidecar.command !== undefined) d.report('sidecar.script-and-command', `${at}.script`, 'a sidecar may set script or command, not both', 'move the command into the script, or remove the script');
  scanContainer(v, at, sidecar, undefined);
}

/**
 * Checks the fields of a container that Tekton substitutes variables in, each with its kind, in
 * field order. A field's path is only written out for a value that holds a variable: the rules
 * below report nothing about a string without `$(`.
 */
function scanContainerFields(v: VariableContext, at: string, c: Record<string, any>, ownResults: ReadonlySet<string> | undefined): void {
  for (let i = 0; i < CONTAINER_STRING_FIELDS.length; i++) {
    const k = CONTAINER_STRING_FIELDS[i];
    if (c[k] !== undefined) scanField(v, ownResults, c[k], k, at, k);
  }
  if (c.imagePullPolicy !== undefined) scanField(v, ownResults, c.imagePullPolicy, 'other', at, 'imagePullPolicy');
  const command = list(c.command);
  for (let i = 0; i < command.length; i++) scanField(v, ownResults, command[i], 'command', at, 'command', i);
  const args = list(c.args);
  for (let i = 0; i < args.length; i++) scanField(v, ownResults, args[i], 'args', at, 'args', i);
  const env = list(c.env);
  for (let i = 0; i < env.length; i++) {
    const e = env[i];
    if (!isObject(e)) continue;
    if (e.value !== undefined) scanField(v, ownResults, e.value, 'env', at, 'env', i, '.value');
    if (e.valueFrom !== undefined) scanField(v, ownResults, e.valueFrom, 'env', at, 'env', i, '.valueFrom');
  }
  const envFrom = list(c.envFrom);
  for (let i = 0; i < envFrom.length; i++) {
    const e = envFrom[i];
    if (!isObject(e)) continue;
    if (e.prefix !== undefined) scanField(v, ownResults, e.prefix, 'other', at, 'envFrom', i, '.prefix');
    if (isObject(e.configMapRef)) scanField(v, ownResults, e.configMapRef.name, 'other', at, 'envFrom', i, '.configMapRef.name');
    if (isObject(e.secretRef)) scanField(v, ownResults, e.secretRef.name, 'other', at, 'envFrom', i, '.secretRef.name');
  }
  scanMountFields(v, ownResults, at, 'volumeMounts', c.volumeMounts, MOUNT_FIELDS);
  scanMountFields(v, ownResults, at, 'volumeDevices', c.volumeDevices, DEVICE_FIELDS);
}

/** The `fields` of each entry of a container's `volumeMounts` or `volumeDevices` (`key`), scanned as volume mount fields. */
function scanMountFields(v: VariableContext, ownResults: ReadonlySet<string> | undefined, at: string, key: string, entries: unknown, fields: readonly string[]): void {
  const items = list(entries);
  for (let i = 0; i < items.length; i++) {
    const m = items[i];
    if (!isObject(m)) continue;
    for (let j = 0; j < fields.length; j++) {
      const k = fields[j];
      if (m[k] !== undefined) scanField(v, ownResults, m[k], 'volumeMount', at, key, i, `.${k}`);
    }
  }
}

const CONTAINER_STRING_FIELDS = ['name', 'image', 'workingDir', 'script', 'onError'] as const;
const MOUNT_FIELDS = ['name', 'mountPath', 'subPath'] as const;
const DEVICE_FIELDS = ['name', 'devicePath'] as const;

/** One field of a container: `at.key`, `at.key[index]` and `tail` make its path, written out only when needed. */
function scanField(v: VariableContext, ownResults: ReadonlySet<string> | undefined, value: unknown, kind: FieldKind, at: string, key: string, index = -1, tail = ''): void {
  if (typeof value === 'string') {
    if (value.indexOf('$(') < 0) return;
    const field = fieldPath(at, key, index, tail);
    // A StepAction's script has its own, stricter rule (stepaction.script-param).
    if (kind === 'script' && v.owner !== 'StepAction') warnScriptReferences(v.d, field, value, v.unsafeWorkspaces);
    checkStepString(v, field, value, kind, ownResults);
  } else if (value !== undefined && kind === 'env') {
    scanValue(v, fieldPath(at, key, index, tail), value);
  }
}

function fieldPath(at: string, key: string, index: number, tail: string): string {
  return index < 0 ? `${at}.${key}${tail}` : `${at}.${key}[${index}]${tail}`;
}

/** The step variable rules for a StepAction, whose spec is one step. */
export function checkStepActionVariables(d: Doc, container: Record<string, any>, scope: ParamScope, results: ReadonlySet<string>): void {
  scanContainer({ d, scope, results, specPath: 'spec', owner: 'StepAction' }, 'spec', container, results);
}

/** Checks every variable in a step, sidecar or stepTemplate. `ownResults` is set for steps only. */
function scanContainer(v: VariableContext, at: string, c: Record<string, any>, ownResults: ReadonlySet<string> | undefined): void {
  if (v.owner !== 'StepAction') warnCommandReferences(v.d, at, c, v.unsafeWorkspaces);
  scanContainerFields(v, at, c, ownResults);
}

/** Checks every string inside any JSON value for param, context and workspace variables. */
function scanValue(v: VariableContext, at: string, value: unknown): void {
  if (typeof value === 'string') {
    if (value.indexOf('$(') >= 0) checkStepString({ ...v, workspaces: undefined }, at, value, 'other', undefined);
  } else if (Array.isArray(value)) value.forEach((x, i) => scanValue(v, `${at}[${i}]`, x));
  else if (isObject(value)) for (const [k, x] of Object.entries(value)) scanValue(v, `${at}.${k}`, x);
}

function checkStepString(v: VariableContext, field: string, text: string, kind: FieldKind, ownResults: ReadonlySet<string> | undefined): void {
  const { d } = v;
  const isStep = ownResults !== undefined;
  const bodies = expressions(text);
  for (let b = 0; b < bodies.length; b++) {
    const body = bodies[b];
    const p = paramRef(body);
    if (p) {
      checkParamInStep(v, field, text, body, kind, p.name, p.index, p.key, p.malformed);
      continue;
    }
    if (body.startsWith('context.')) {
      if ((body.startsWith('context.taskRun.') || body.startsWith('context.task.')) && !TASK_CONTEXT.has(body)) {
        d.report('task.context-variable', field, `$(${body}) is not a context variable of a Task; available: ${[...TASK_CONTEXT].map((c) => `$(${c})`).join(', ')}`, 'use one of the available context variables', text);
      }
      continue;
    }
    if (body.startsWith('workspaces.')) {
      const dot = body.indexOf('.', 11);
      const name = dot < 0 ? body.slice(11) : body.slice(11, dot);
      if (v.workspaces && !v.workspaces.has(name)) {
        d.report('task.workspace-undeclared', field, `$(${body}) refers to workspace "${name}", which is not declared; declared: ${available(v.workspaces)}`, `declare "${name}" under ${v.specPath}.workspaces, or fix the name`, text);
      }
      continue;
    }
    if (isArtifactRef(body)) {
      if (isStep && ['script', 'command', 'args', 'env'].includes(kind)) d.flag('enableArtifacts', field, `the artifact variable $(${body})`, text);
      if (isStepArtifactRef(body) && isStep && !STEP_ARTIFACT_FIELDS.has(kind)) {
        d.report('step.artifact-field', field, `step artifact variable $(${body}) may only be used in env, command, args and script`, 'pass it through env or args', text);
      }
      continue;
    }
    if (isStepResultRef(body)) {
      if (isStep && !STEP_RESULT_FIELDS.has(kind)) {
        const fix = kind === 'script' ? 'set an env var to it (env: [{name: X, value: "$(' + body + ')"}]) and read $X in the script' : 'a step result is only known when the step before has run, so this field needs a literal or a param; pass the result to the step through env or args instead';
        d.report('step.result-ref-field', field, `step result reference $(${body}) may only be used in env, command and args`, fix, text);
      }
      continue;
    }
    if (kind === 'script' && isStep) {
      const own = OWN_RESULT_PATH.exec(body);
      if (own && !v.results.has(own[1])) {
        d.report('task.result-undeclared', field, `$(${body}) refers to result "${own[1]}", which the ${v.owner ?? 'Task'} does not declare; declared: ${available(v.results)}`, `declare "${own[1]}" under ${v.specPath}.results, or fix the name`, text);
      }
      const stepOwn = STEP_RESULT_PATH.exec(body);
      if (stepOwn && !ownResults!.has(stepOwn[1])) {
        d.report('step.result-undeclared', field, `$(${body}) refers to step result "${stepOwn[1]}", which this step does not declare; declared: ${available(ownResults!)}`, `declare "${stepOwn[1]}" under ${field.slice(0, -'.script'.length)}.results, or fix the name`, text);
      }
    }
  }
}

function checkParamInStep(v: VariableContext, field: string, text: string, body: string, kind: FieldKind, name: string, index: string | number | undefined, key: string | undefined, malformed: string | undefined): void {
  const { d } = v;
  if (malformed) {
    d.report('param.reference-form', field, `$(${body}) has ${malformed}; ${PARAM_REFERENCE_FORMS}`, PARAM_REFERENCE_FIX, text);
    return;
  }
  const info: ParamInfo | undefined = v.scope.get(name);
  if (!info) {
    d.report('param.undeclared', field, `$(${body}) refers to param "${name}", which is not declared; declared: ${available(v.scope.names())}`, `declare "${name}" under ${v.specPath}.params, or fix the name`, text);
    return;
  }
  const isolated = text === `$(${body})`;
  if (info.type === 'array' && index !== '*' && typeof index === 'number') return;
  if (info.type === 'array' && key === undefined) {
    if (kind === 'command' || kind === 'args') {
      if (!isolated) d.report('param.array-not-isolated', field, `array param "${name}" must be the whole ${kind} element to be expanded; it is mixed with other text`, `make the element exactly $(params.${name}[*]), or use one item: $(params.${name}[0])`, text);
    } else if (kind !== 'other' && kind !== 'onError') {
      d.report('param.array-in-string', field, `the whole array param "${name}" cannot be used in ${kind === 'volumeMount' ? 'volume mounts' : kind}; only command and args expand arrays`, `use one item, $(params.${name}[0]), or pass the array through args`, text);
    }
    return;
  }
  if (info.type === 'object') {
    if (key === undefined) {
      if (kind !== 'other' && kind !== 'onError') d.report('param.object-whole', field, `the whole object param "${name}" cannot be used in a step; use one of its keys`, `write $(params.${name}.<key>)${info.keys ? `; keys: ${available(info.keys)}` : ''}`, text);
    } else if (!v.scope.hasKey(name, key)) {
      d.report('param.object-key', field, `object param "${name}" has no key "${key}"; keys: ${available(info.keys ?? [])}`, `use a declared key, or add "${key}" to its properties`, text);
    }
  }
}
