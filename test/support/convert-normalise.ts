// What may differ between a manifest and the synthesized output of its converted module, made equal:
// key order, nulls and empty lists (cdk8s drops them), the SDK's credential annotations on runs,
// defaults the typed API writes out (a param's inferred type, a result's string type, `step-<n>` /
// `sidecar-<n>` names), the order of a resolver's params (looked up by name), `kind: Task` /
// `kind: Pipeline` in a ref (Tekton's default), and the rewrite of step code into env vars, checked
// by running both (script-run.ts).
import { CREDENTIAL_ANNOTATIONS } from '../../lib/convert/credentials';
import { isObject } from '../../lib/facts/object';
import type { RewrittenStep, StepCode } from './script-run';

function inferType(p: Record<string, unknown>): string {
  if (p.properties !== undefined) return 'object';
  return Array.isArray(p.default) ? 'array' : isObject(p.default) ? 'object' : 'string';
}

/** Applies the typed API's defaults to a Task body, in place. */
function taskDefaults(spec: Record<string, any>): void {
  for (const p of spec.params ?? []) if (isObject(p) && p.type === undefined) p.type = inferType(p);
  for (const r of spec.results ?? []) if (isObject(r) && r.type === undefined) r.type = 'string';
  (spec.steps ?? []).forEach((s: any, i: number) => isObject(s) && s.name === undefined && (s.name = `step-${i + 1}`));
  (spec.sidecars ?? []).forEach((s: any, i: number) => isObject(s) && s.name === undefined && (s.name = `sidecar-${i + 1}`));
}

function walk(value: unknown, key: string | undefined): void {
  if (Array.isArray(value)) {
    for (const v of value) walk(v, key);
    return;
  }
  if (!isObject(value)) return;
  if (key === 'taskSpec' || (key === 'spec' && Array.isArray(value.steps))) taskDefaults(value);
  if (key === 'pipelineSpec' || (key === 'spec' && Array.isArray(value.tasks))) for (const p of value.params ?? []) if (isObject(p) && p.type === undefined) p.type = inferType(p);
  if ((key === 'taskRef' || key === 'pipelineRef') && value.resolver === undefined && value.kind === (key === 'taskRef' ? 'Task' : 'Pipeline')) delete value.kind;
  if (typeof value.resolver === 'string' && Array.isArray(value.params)) value.params = [...value.params].sort((a: any, b: any) => String(a.name).localeCompare(String(b.name)));
  for (const [k, v] of Object.entries(value)) walk(v, k);
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.length ? value.map(sorted) : undefined;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = sorted((value as Record<string, unknown>)[key]);
      if (v !== undefined) out[key] = v;
    }
    return out;
  }
  return value === null ? undefined : value;
}

/** The normal form of one manifest. */
export function normalise(doc: unknown): unknown {
  const copy = structuredClone(doc);
  if (isObject(copy) && copy.kind === 'StepAction' && copy.apiVersion === 'tekton.dev/v1alpha1') copy.apiVersion = 'tekton.dev/v1beta1';
  if (isObject(copy) && copy.kind === 'StepAction') for (const p of copy.spec?.params ?? []) if (isObject(p) && p.type === undefined) p.type = inferType(p);
  // The record of the typed Secrets and service accounts a run uses, which the SDK writes for its
  // credential checks (Tekton ignores it); the input has none.
  if (isObject(copy) && (copy.kind === 'TaskRun' || copy.kind === 'PipelineRun') && isObject(copy.metadata?.annotations)) {
    for (const key of CREDENTIAL_ANNOTATIONS) delete copy.metadata.annotations[key];
    if (Object.keys(copy.metadata.annotations).length === 0) delete copy.metadata.annotations;
  }
  walk(copy, undefined);
  return sorted(copy);
}

/**
 * Finds the steps whose code the converter rewrote (the script tag, or convert by hand, added env
 * vars NAME = $(ref) that the code reads in place of the reference) and undoes the rewrite in
 * `out` against `input` (both normal forms), in place: the step gets the original's code back and
 * loses the added env vars, so that the rest of the step is still compared as data. Returns both
 * versions of each such step, for `compareByRunning` (test/support/script-run.ts), which decides
 * whether the two do the same.
 */
export function undoScriptRewrite(input: unknown, out: unknown, where = ''): RewrittenStep[] {
  const steps: RewrittenStep[] = [];
  const visit = (a: unknown, b: unknown, path: string): void => {
    if (Array.isArray(a) && Array.isArray(b)) return a.forEach((x, i) => visit(x, b[i], `${path}[${i}]`));
    if (!isObject(a) || !isObject(b)) return;
    // The code of a script, or of `command`/`args` run with sh -c (convert moves references out of it too).
    const hasCode = (o: Record<string, any>): boolean => typeof o.script === 'string' || [o.command, o.args].some(Array.isArray);
    if (hasCode(b) && hasCode(a) && Array.isArray(b.env)) {
      const before = new Set((Array.isArray(a.env) ? a.env : []).map((e: any) => `${e.name}=${e.value}`));
      const added = b.env.filter((e: any) => !before.has(`${e.name}=${e.value}`) && typeof e.value === 'string' && /^\$\([^()]+\)$/.test(e.value));
      if (added.length) {
        const code = (o: Record<string, any>): StepCode => ({ script: o.script, command: o.command, args: o.args, env: Array.isArray(o.env) ? o.env : [] });
        steps.push({ where: `${where}${path}`, original: code(a), converted: code(b) });
        for (const k of ['script', 'command', 'args']) {
          if (k in a) b[k] = a[k];
          else delete b[k];
        }
        b.env = b.env.filter((e: any) => !added.includes(e));
        if (b.env.length === 0) delete b.env;
      }
    }
    for (const k of Object.keys(b)) visit(a[k], b[k], `${path}.${k}`);
  };
  visit(input, out, '');
  return steps;
}
