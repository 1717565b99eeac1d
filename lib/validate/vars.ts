// Tekton's `$(...)` variable syntax: finding the expressions in a string and reading what each
// one refers to. One pass over the string; no rule calls this more than once per field.

const NO_EXPRESSIONS: readonly string[] = Object.freeze([]);

/**
 * What a string or a body was read as, kept for the strings that repeat (the same `$(params.x)`
 * in every Task of a program): a repeat is a lookup, not a new list or object. Bounded: emptied
 * when full, and only short strings are kept.
 */
class ReadCache<T> {
  private readonly seen = new Map<string, T>();

  public constructor() {
    CACHES.push(this);
  }

  public clear(): void {
    this.seen.clear();
  }

  public read(text: string, parse: (text: string) => T): T {
    if (text.length > 200) return parse(text);
    let found = this.seen.get(text);
    if (found === undefined && !this.seen.has(text)) {
      found = parse(text);
      if (this.seen.size >= 10_000) this.seen.clear();
      this.seen.set(text, found);
    }
    return found as T;
  }
}

const CACHES: Array<ReadCache<unknown>> = [];

/** Forgets what was read: validateManifests calls it when it is done, so nothing it read stays in memory. */
export function forgetReads(): void {
  for (const cache of CACHES) cache.clear();
}

const expressionLists = new ReadCache<readonly string[]>();

/** The bodies of every `$(...)` in `text`, in order. */
export function expressions(text: string): readonly string[] {
  // Most strings hold no variable: nothing to allocate.
  if (text.indexOf('$(') < 0) return NO_EXPRESSIONS;
  return expressionLists.read(text, readExpressions);
}

function readExpressions(text: string): readonly string[] {
  const out: string[] = [];
  let at = text.indexOf('$(');
  while (at >= 0) {
    const end = text.indexOf(')', at + 2);
    if (end < 0) break;
    out.push(text.slice(at + 2, end));
    at = text.indexOf('$(', end + 1);
  }
  return Object.freeze(out);
}

export type Index = '*' | number;

export interface ParamRef {
  readonly name: string;
  /** `[*]` or `[N]` after the name. */
  readonly index?: Index;
  /** `.key` of an object param. */
  readonly key?: string;
  /** Set when the reference has more components than Tekton accepts (`params.a.b.c`). */
  readonly malformed?: string;
}

/** What a malformed param reference is told: the allowed forms, and how to fix it. */
export const PARAM_REFERENCE_FORMS = 'allowed: $(params.<name>), $(params.<name>.<key>), and $(params["<name.with.dots>"]) for a name that contains dots';
export const PARAM_REFERENCE_FIX = 'drop the extra component, or write the name in brackets if it contains dots';

const paramRefs = new ReadCache<ParamRef | undefined>();

/** Reads `params.x`, `params.x[*]`, `params.x[0]`, `params.x.key`, `params["x.y"]`, ...; undefined when `body` is not a param reference. */
export function paramRef(body: string): ParamRef | undefined {
  return body.startsWith('params') ? paramRefs.read(body, readParamRef) : undefined;
}

function readParamRef(body: string): ParamRef | undefined {
  if (body.startsWith('params.')) {
    let rest = body.slice(7);
    let index: Index | undefined;
    const bracket = /\[(\*|\d+)\]$/.exec(rest);
    if (bracket) {
      index = bracket[1] === '*' ? '*' : Number(bracket[1]);
      rest = rest.slice(0, bracket.index);
    }
    const parts = rest.split('.');
    if (parts.length > 2) return { name: parts[0], malformed: 'more than two components after "params"' };
    return { name: parts[0], ...(index === undefined ? {} : { index }), ...(parts.length === 2 ? { key: parts[1] } : {}) };
  }
  const quoted = /^params\[(["'])(.+?)\1\](?:\[(\*|\d+)\]|\.([^.[\]]+))?$/.exec(body);
  if (quoted) {
    const index = quoted[3] === undefined ? undefined : quoted[3] === '*' ? '*' : Number(quoted[3]);
    return { name: quoted[2], ...(index === undefined ? {} : { index }), ...(quoted[4] === undefined ? {} : { key: quoted[4] }) };
  }
  return undefined;
}

/** A `$(tasks.<t>.results.<r>...)` or `$(finally.<t>.results.<r>...)` reference. */
export interface ResultRef {
  readonly scope: 'tasks' | 'finally';
  readonly task: string;
  readonly result: string;
  readonly index?: Index;
  readonly key?: string;
}

const RESULT_REF = /^(tasks|finally)\.([^.[\]]+)\.results\.([^.[\]]+)(?:\[(\*|\d+)\]|\.([^.[\]]+))?$/;

const resultRefs = new ReadCache<ResultRef | undefined>();

export function resultRef(body: string): ResultRef | undefined {
  return body.startsWith('tasks.') || body.startsWith('finally.') ? resultRefs.read(body, readResultRef) : undefined;
}

function readResultRef(body: string): ResultRef | undefined {
  const m = RESULT_REF.exec(body);
  if (!m) return undefined;
  const index = m[4] === undefined ? undefined : m[4] === '*' ? '*' : Number(m[4]);
  return { scope: m[1] as 'tasks' | 'finally', task: m[2], result: m[3], ...(index === undefined ? {} : { index }), ...(m[5] === undefined ? {} : { key: m[5] }) };
}

const STATUS_REF = /^tasks\.([^.[\]]+)\.(status|reason)$/;
const ARTIFACT_REF = /^(steps|tasks)\.[^.]+\.(inputs|outputs)(\.|$)/;
const STEP_ARTIFACT_REF = /^steps\.[^.]+\.(inputs|outputs)(\.|$)/;
const STEP_RESULT_REF = /^steps\.[^.]+\.results\./;

/** `$(tasks.<t>.status)`, `$(tasks.<t>.reason)` or the aggregate `$(tasks.status)`. */
export function statusRef(body: string): { task?: string; field: string } | undefined {
  if (body === 'tasks.status') return { field: 'status' };
  if (!body.startsWith('tasks.')) return undefined;
  const m = STATUS_REF.exec(body);
  return m ? { task: m[1], field: m[2] } : undefined;
}

/** Artifact variables, gated by enable-artifacts. */
export function isArtifactRef(body: string): boolean {
  return ARTIFACT_REF.test(body) || body === 'step.artifacts.path' || body === 'artifacts.path';
}

export function isStepArtifactRef(body: string): boolean {
  return STEP_ARTIFACT_REF.test(body) || body === 'step.artifacts.path';
}

/** `$(steps.<step>.results.<name>)` and its indexed/keyed forms. */
export function isStepResultRef(body: string): boolean {
  return STEP_RESULT_REF.test(body);
}
