// What the cross-document rules need to know of a Task or Pipeline: its interface (params,
// results, workspaces), read once per document so every lookup is a map access.
import { isObject, list } from './core';
import { declaredType } from './params';

export interface ParamDecl {
  readonly type: string;
  readonly required: boolean;
  readonly enum?: readonly string[];
}

export interface Interface {
  /** `Task "build"`, for messages. */
  readonly label: string;
  readonly params: ReadonlyMap<string, ParamDecl>;
  readonly results: ReadonlyMap<string, string>;
  readonly workspaces: ReadonlyMap<string, { readonly optional: boolean }>;
}

export function interfaceOf(label: string, spec: unknown): Interface {
  const s = isObject(spec) ? spec : {};
  const params = new Map<string, ParamDecl>();
  for (const p of list(s.params)) {
    if (isObject(p) && typeof p.name === 'string' && !params.has(p.name)) {
      params.set(p.name, { type: declaredType(p), required: p.default === undefined, ...(Array.isArray(p.enum) ? { enum: p.enum } : {}) });
    }
  }
  const results = new Map<string, string>();
  for (const r of list(s.results)) if (isObject(r) && typeof r.name === 'string') results.set(r.name, r.type || 'string');
  const workspaces = new Map<string, { optional: boolean }>();
  for (const w of list(s.workspaces)) if (isObject(w) && typeof w.name === 'string') workspaces.set(w.name, { optional: w.optional === true });
  return { label, params, results, workspaces };
}

/** Tasks, Pipelines and StepActions of one validation call, by name. */
export interface Catalog {
  /** A Task named `name`, `'external'` when it is declared to exist elsewhere, undefined when missing. */
  find(kind: 'Task' | 'Pipeline' | 'StepAction', name: string): Interface | 'external' | undefined;
  names(kind: 'Task' | 'Pipeline' | 'StepAction'): string[];
}
