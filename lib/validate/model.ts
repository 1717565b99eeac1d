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
  const s = isObject(spec) ? spec : NO_SPEC;
  const params = new Map<string, ParamDecl>();
  const declared = list(s.params);
  for (let i = 0; i < declared.length; i++) {
    const p = declared[i];
    if (isObject(p) && typeof p.name === 'string' && !params.has(p.name)) {
      params.set(p.name, Array.isArray(p.enum) ? { type: declaredType(p), required: p.default === undefined, enum: p.enum } : { type: declaredType(p), required: p.default === undefined });
    }
  }
  const results = new Map<string, string>();
  const produced = list(s.results);
  for (let i = 0; i < produced.length; i++) {
    const r = produced[i];
    if (isObject(r) && typeof r.name === 'string') results.set(r.name, r.type || 'string');
  }
  const workspaces = new Map<string, { optional: boolean }>();
  const mounted = list(s.workspaces);
  for (let i = 0; i < mounted.length; i++) {
    const w = mounted[i];
    if (isObject(w) && typeof w.name === 'string') workspaces.set(w.name, w.optional === true ? OPTIONAL : REQUIRED);
  }
  return { label, params, results, workspaces };
}

const NO_SPEC: Record<string, any> = Object.freeze({});
const OPTIONAL = Object.freeze({ optional: true });
const REQUIRED = Object.freeze({ optional: false });

/** Tasks, Pipelines and StepActions of one validation call, by name. */
export interface Catalog {
  /** A Task named `name`, `'external'` when it is declared to exist elsewhere, undefined when missing. */
  find(kind: 'Task' | 'Pipeline' | 'StepAction', name: string): Interface | 'external' | undefined;
  names(kind: 'Task' | 'Pipeline' | 'StepAction'): string[];
}
