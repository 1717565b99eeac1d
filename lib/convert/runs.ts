// TaskRuns and PipelineRuns as typed props: the Task or Pipeline of this module when there is
// one, WorkspaceBinding helpers, the service account by name, timeouts.
import { isObject } from '../facts/object';
import { identifier, literal, props, quote, Scope } from './code';
import { paramsCode } from './params';
import { emitPipelineBody, pipelineConstructorProps } from './pipeline';
import { emitTaskBody, Target, taskConstructorProps } from './task';
import { anyRefCode, bindingCode, localRef } from './values';

type Entries = Array<[string, string | undefined]>;

/** A run's service account: typed for a top-level run (lib/convert/credentials.ts), else its name. */
function accountCode(t: Target, name: string): string {
  return t.credentials ? t.credentials.account(name, t.mod) : quote(name);
}

/** Run props shared by both kinds: params and workspace bindings; returns the spec keys written. */
function common(t: Target, spec: Record<string, any>, entries: Entries, scope?: Scope): string[] {
  const written: string[] = [];
  const params = paramsCode(spec.params, scope);
  if (params !== undefined) entries.push(['params', params]), written.push('params');
  if (Array.isArray(spec.workspaces) && spec.workspaces.every((w: unknown) => isObject(w) && typeof w.name === 'string')) {
    const bindings = spec.workspaces.map((w: Record<string, unknown>) => {
      const code = bindingCode(w, t.mod, t.credentials && ((name) => t.credentials!.secret(name, t.mod)));
      if (code !== undefined) return [w.name, code] as [string, string];
      t.mod.imports.add('WorkspaceBinding');
      t.mod.note(`workspace "${w.name}" is bound to a volume no WorkspaceBinding helper writes; WorkspaceBinding.fromSpec keeps it as written.`);
      const { name: _n, ...rest } = w;
      return [w.name, `WorkspaceBinding.fromSpec(${literal(rest, '      ')})`] as [string, string];
    });
    entries.push(['workspaces', props(bindings, '  ')]);
    written.push('workspaces');
  }
  return written;
}

/** Writes the inline spec of a run before the run; returns its variable. */
function inlineSpec(t: Target, kind: 'task' | 'pipeline', spec: Record<string, unknown>, id: string): string {
  const name = identifier(`${id}-spec`, t.mod.names);
  const cls = kind === 'task' ? 'TaskDefinition' : 'PipelineDefinition';
  t.mod.imports.add(cls);
  const ctor = props(kind === 'task' ? taskConstructorProps(spec) : pipelineConstructorProps(spec), '');
  t.mod.declare(name, `new ${cls}(${ctor === '{}' ? '' : ctor})`);
  const inner = { ...t, receiver: name, path: ['spec', `${kind}Spec`] };
  if (kind === 'task') emitTaskBody(inner, spec);
  else emitPipelineBody(inner, spec);
  return name;
}

const TASKRUN_KEYS = ['taskRef', 'taskSpec', 'params', 'workspaces', 'serviceAccountName', 'timeout', 'retries', 'podTemplate', 'computeResources', 'stepSpecs', 'sidecarSpecs'];

/** A TaskRun: writes its inline spec, then the construct; returns the spec keys the props write. */
export function taskRunProps(t: Target, spec: Record<string, any>, id: string, entries: Entries, scope?: Scope): string[] {
  const written = ['serviceAccountName', 'timeout', 'retries', 'podTemplate', 'computeResources', 'stepSpecs', 'sidecarSpecs'].filter((k) => spec[k] !== undefined);
  if (isObject(spec.taskRef)) {
    const local = localRef(spec.taskRef, 'Task', t.known);
    const code = local ?? anyRefCode('TaskRef', spec.taskRef, t.known, t.mod);
    if (code !== undefined) entries.push([local ? 'task' : 'taskRef', code]), written.push('taskRef');
  }
  if (isObject(spec.taskSpec)) entries.push(['taskSpec', inlineSpec(t, 'task', spec.taskSpec, id)]), written.push('taskSpec');
  written.push(...common(t, spec, entries, scope));
  if (typeof spec.serviceAccountName === 'string') entries.push(['serviceAccount', accountCode(t, spec.serviceAccountName)]);
  for (const key of ['timeout', 'retries', 'podTemplate', 'computeResources', 'stepSpecs', 'sidecarSpecs']) {
    if (spec[key] !== undefined) entries.push([key, literal(spec[key], '    ')]);
  }
  return TASKRUN_KEYS.filter((k) => written.includes(k));
}

/** A PipelineRun's props; returns the spec keys (and taskRunTemplate keys, dotted) they write. */
export function pipelineRunProps(t: Target, spec: Record<string, any>, id: string, entries: Entries, scope?: Scope): string[] {
  const written: string[] = [];
  if (isObject(spec.pipelineRef)) {
    const local = localRef(spec.pipelineRef, 'Pipeline', t.known);
    const code = local ?? anyRefCode('PipelineRef', spec.pipelineRef, t.known, t.mod);
    if (code !== undefined) entries.push([local ? 'pipeline' : 'pipelineRef', code]), written.push('pipelineRef');
  }
  if (isObject(spec.pipelineSpec)) entries.push(['pipelineSpec', inlineSpec(t, 'pipeline', spec.pipelineSpec, id)]), written.push('pipelineSpec');
  written.push(...common(t, spec, entries, scope));
  const template = spec.taskRunTemplate;
  if (isObject(template) && Object.keys(template).every((k) => k === 'serviceAccountName' || k === 'podTemplate')) {
    if (typeof template.serviceAccountName === 'string') entries.push(['serviceAccount', accountCode(t, template.serviceAccountName)]);
    if (template.podTemplate !== undefined) entries.push(['podTemplate', literal(template.podTemplate, '    ')]);
    written.push('taskRunTemplate');
  }
  if (isObject(spec.timeouts) && Object.keys(spec.timeouts).every((k) => ['pipeline', 'tasks', 'finally'].includes(k))) {
    entries.push(['timeouts', literal(spec.timeouts, '    ')]);
    written.push('timeouts');
  }
  const known = ['pipelineTaskName', 'serviceAccountName', 'podTemplate', 'timeout', 'computeResources', 'stepSpecs', 'sidecarSpecs'];
  if (Array.isArray(spec.taskRunSpecs) && spec.taskRunSpecs.every((s: unknown) => isObject(s) && Object.keys(s).every((k) => known.includes(k)))) {
    const specs = spec.taskRunSpecs.map((s: Record<string, unknown>) => {
      const { serviceAccountName, ...rest } = s;
      return serviceAccountName === undefined ? rest : { ...rest, serviceAccount: serviceAccountName };
    });
    entries.push(['taskRunSpecs', literal(specs, '    ')]);
    written.push('taskRunSpecs');
  }
  return written;
}
