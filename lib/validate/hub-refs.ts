// Refs to catalog tasks through the hub resolver (`TaskRef.hub('git-clone', '0.10')`): when the
// SDK has the task's interface (hub-tasks.ts), the params and workspaces given to it are checked
// like those of a Task among the documents. Other hub tasks stay unchecked.
import { available, Doc, isObject, list } from './core';
import type { Interface, ParamDecl } from './model';
import { HubTask, hubTask } from '../facts/hub-tasks';

/** The catalog task a hub-resolver ref names, when the SDK knows it. */
export function hubTaskOf(ref: unknown): HubTask | undefined {
  if (!isObject(ref) || ref.resolver !== 'hub') return undefined;
  const params = new Map<string, unknown>();
  for (const p of list(ref.params)) if (isObject(p) && typeof p.name === 'string') params.set(p.name, p.value);
  const kind = params.get('kind') ?? 'task';
  const name = params.get('name');
  const version = params.get('version');
  if (kind !== 'task' || typeof name !== 'string' || typeof version !== 'string') return undefined;
  return hubTask(name, version);
}

/** The interface of a known hub task, in the validator's model. */
export function hubInterface(ref: unknown): Interface | undefined {
  const task = hubTaskOf(ref);
  if (!task) return undefined;
  const params = new Map<string, ParamDecl>(task.params.map((p) => [p.name, { type: p.type ?? 'string', required: p.default === undefined }]));
  return {
    label: `hub task ${task.name} ${task.version}`,
    params,
    results: new Map(task.results.map((r) => [r.name, 'string'])),
    workspaces: new Map(task.workspaces.map((w) => [w.name, { optional: w.optional === true }])),
  };
}

/** Params given to a known hub task that it does not declare (a misspelling would be silently ignored). */
export function checkHubParams(d: Doc, path: string, params: unknown, iface: Interface): void {
  list(params).forEach((p, i) => {
    if (isObject(p) && typeof p.name === 'string' && !iface.params.has(p.name)) {
      d.report('hub.param-unknown', `${path}[${i}].name`, `${iface.label} declares no param "${p.name}"; params: ${available(iface.params)}`, 'use one of the declared names (they are case-sensitive)', p.name);
    }
  });
}
