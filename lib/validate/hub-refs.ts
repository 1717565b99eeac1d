// Refs to catalog tasks through the hub resolver (`TaskRef.hub('git-clone', '0.9')`): when the
// SDK has the task's interface (lib/facts/hub-tasks.ts), the params and workspaces given to it are
// checked like those of a Task among the documents. Other hub tasks stay unchecked.
import { isObject, list } from './core';
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
