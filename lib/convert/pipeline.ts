// A Pipeline body (a Pipeline, a PipelineRun's pipelineSpec, a pipeline in a pipeline) as
// addParam / addWorkspace / addTask / addFinally / addResult calls; tasks refer to each other
// through their typed objects (`clone.result('commit')`, `runAfter: [clone]`).
import { isObject } from '../facts/object';
import { identifier, literal, props, quote, Scope } from './code';
import { emitParams, emitTaskBody, extraKeys, Target, taskConstructorProps } from './task';
import { paramsCode } from './params';
import { anyRefCode, localRef, whenCode } from './values';

const PIPELINE_KEYS = ['description', 'displayName', 'params', 'workspaces', 'tasks', 'finally', 'results'];
const TASK_KEYS = ['name', 'displayName', 'description', 'taskRef', 'taskSpec', 'pipelineRef', 'pipelineSpec', 'runAfter', 'params', 'matrix', 'workspaces', 'when', 'retries', 'timeout', 'onError'];

/** Props written in the constructor call of a Pipeline or PipelineDefinition. */
export function pipelineConstructorProps(spec: Record<string, unknown>): Array<[string, string | undefined]> {
  return [
    ['description', typeof spec.description === 'string' ? quote(spec.description) : undefined],
    ['displayName', typeof spec.displayName === 'string' ? quote(spec.displayName) : undefined],
  ];
}

/** Writes the body of a Pipeline after its constructor. */
export function emitPipelineBody(t: Target, spec: Record<string, unknown>): void {
  const scope = new Scope();
  extraKeys(t, spec, PIPELINE_KEYS, [], 'Pipeline');
  emitParams(t, spec.params, scope);
  const workspaces = new Map<string, string>();
  (Array.isArray(spec.workspaces) ? spec.workspaces : []).forEach((w, i) => {
    if (!isObject(w) || typeof w.name !== 'string') return;
    const name = identifier(w.name, t.mod.names);
    const typed = Object.fromEntries(Object.entries(w).filter(([k]) => k === 'description' || k === 'optional'));
    t.mod.declare(name, `${t.receiver}.addWorkspace(${quote(w.name)}${Object.keys(typed).length ? `, ${literal(typed, '    ')}` : ''})`);
    extraKeys(t, w, ['name', 'description', 'optional'], ['workspaces', i], 'workspace');
    workspaces.set(w.name, name);
  });
  const tasks = new Map<string, string>();
  for (const list of ['tasks', 'finally'] as const) {
    (Array.isArray(spec[list]) ? (spec[list] as unknown[]) : []).forEach((pt, i) => {
      if (isObject(pt) && typeof pt.name === 'string') emitPipelineTask(t, pt, [list, i], scope, workspaces, tasks);
    });
  }
  (Array.isArray(spec.results) ? spec.results : []).forEach((r, i) => {
    if (!isObject(r) || typeof r.name !== 'string' || r.value === undefined) return;
    if (r.type !== undefined) t.mod.imports.add('ParamType');
    const options = props([
      ['type', typeof r.type === 'string' ? `ParamType.${r.type.toUpperCase()}` : undefined],
      ['description', typeof r.description === 'string' ? quote(r.description) : undefined],
    ], '');
    t.mod.add(`${t.receiver}.addResult(${quote(r.name)}, ${literal(r.value, '  ', { scope, bare: true })}${options === '{}' ? '' : `, ${options}`});`);
    extraKeys(t, r, ['name', 'type', 'description', 'value'], ['results', i], 'pipeline result');
  });
}

function emitPipelineTask(t: Target, pt: Record<string, any>, at: [string, number], scope: Scope, workspaces: Map<string, string>, tasks: Map<string, string>): void {
  const isFinally = at[0] === 'finally';
  const entries: Array<[string, string | undefined]> = [];
  const written: string[] = ['name'];
  const put = (key: string, code: string | undefined) => {
    if (code === undefined) return;
    entries.push([key, code]);
    written.push(key);
  };
  if (isObject(pt.taskRef)) {
    const local = localRef(pt.taskRef, 'Task', t.known);
    if (local) entries.push(['task', local]), written.push('taskRef');
    else put('taskRef', anyRefCode('TaskRef', pt.taskRef, t.known, t.mod));
  }
  if (isObject(pt.pipelineRef)) put('pipelineRef', anyRefCode('PipelineRef', pt.pipelineRef, t.known, t.mod));
  if (isObject(pt.taskSpec)) {
    const name = identifier(`${pt.name}-spec`, t.mod.names);
    t.mod.imports.add('TaskDefinition');
    const ctor = props(taskConstructorProps(pt.taskSpec), '');
    t.mod.declare(name, `new TaskDefinition(${ctor === '{}' ? '' : ctor})`);
    emitTaskBody({ ...t, receiver: name, path: [...t.path, ...at, 'taskSpec'] }, pt.taskSpec, scope);
    put('taskSpec', name);
  }
  if (isObject(pt.pipelineSpec)) {
    const name = identifier(`${pt.name}-spec`, t.mod.names);
    t.mod.imports.add('PipelineDefinition');
    const ctor = props(pipelineConstructorProps(pt.pipelineSpec), '');
    t.mod.declare(name, `new PipelineDefinition(${ctor === '{}' ? '' : ctor})`);
    emitPipelineBody({ ...t, receiver: name, path: [...t.path, ...at, 'pipelineSpec'] }, pt.pipelineSpec);
    put('pipelineSpec', name);
  }
  for (const key of ['displayName', 'description']) if (typeof pt[key] === 'string') put(key, quote(pt[key]));
  put('params', paramsCode(pt.params, scope));
  if (isObject(pt.matrix)) put('matrix', matrixCode(pt.matrix, scope));
  if (Array.isArray(pt.workspaces)) {
    const ok = pt.workspaces.every((w: unknown) => isObject(w) && typeof w.name === 'string' && typeof w.workspace === 'string' && Object.keys(w).every((k) => ['name', 'workspace', 'subPath'].includes(k)) && (w.subPath === undefined || typeof w.subPath === 'string'));
    if (ok) {
      put('workspaces', props(pt.workspaces.map((w: any) => {
        const ws = workspaces.get(w.workspace);
        const target = ws ?? quote(w.workspace);
        return [w.name, w.subPath === undefined ? target : ws ? `${ws}.subPath(${literal(w.subPath, '', { scope, bare: true })})` : `{ workspace: ${target}, subPath: ${quote(w.subPath)} }`] as [string, string];
      }), '    '));
    }
  }
  if (Array.isArray(pt.when)) {
    const whens = pt.when.map((w: unknown) => whenCode(w, scope, t.mod));
    if (whens.length && whens.every((w: string | undefined) => w !== undefined)) put('when', `[${whens.join(', ')}]`);
  }
  if (Array.isArray(pt.runAfter) && !isFinally && pt.runAfter.every((r: unknown) => typeof r === 'string')) {
    put('runAfter', `[${pt.runAfter.map((r: string) => tasks.get(r) ?? quote(r)).join(', ')}]`);
  }
  if (typeof pt.retries === 'number' && !(pt.onError === 'continue' && pt.retries > 0)) put('retries', String(pt.retries));
  if (typeof pt.timeout === 'string') put('timeout', quote(pt.timeout));
  if (pt.onError === 'continue' || pt.onError === 'stopAndFail') put('onError', quote(pt.onError));
  const name = identifier(pt.name, t.mod.names);
  t.mod.declare(name, `${t.receiver}.${isFinally ? 'addFinally' : 'addTask'}(${quote(pt.name)}, ${props(entries, '')})`);
  extraKeys(t, pt, TASK_KEYS.filter((k) => written.includes(k)), at, 'pipeline task');
  tasks.set(pt.name, name);
  scope.set(`tasks.${pt.name}.status`, `${name}.status`);
  scope.set(`tasks.${pt.name}.reason`, `${name}.reason`);
  scope.setTask(pt.name, name, isFinally);
}

function matrixCode(m: Record<string, unknown>, scope: Scope): string | undefined {
  if (Object.keys(m).some((k) => k !== 'params' && k !== 'include')) return undefined;
  const params = m.params === undefined ? undefined : paramsCode(m.params, scope);
  if (m.params !== undefined && params === undefined) return undefined;
  let include: string | undefined;
  if (m.include !== undefined) {
    if (!Array.isArray(m.include)) return undefined;
    const items = m.include.map((inc) => {
      if (!isObject(inc) || Object.keys(inc).some((k) => k !== 'name' && k !== 'params')) return undefined;
      const p = paramsCode(inc.params, scope);
      return p === undefined ? undefined : props([['name', typeof inc.name === 'string' ? quote(inc.name) : undefined], ['params', p]], '      ');
    });
    if (items.some((i) => i === undefined)) return undefined;
    include = `[${items.join(', ')}]`;
  }
  return props([['params', params], ['include', include]], '    ');
}
