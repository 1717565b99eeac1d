// Params given to a task whose interface is known (a Task among the documents, a catalog task
// through the hub resolver) that it does not declare. Tekton accepts them and ignores them
// (pkg/reconciler/pipelinerun/resources/validate_params.go: "Extra Parameters are allowed"), so a
// misspelled optional param silently keeps its default: an error at synth, where the app wrote the
// name, and a warning on YAML files, where the extra param may be meant for propagation.
import { available, Doc, isObject, list } from './core';
import type { Interface } from './model';

/** How far apart two names are, ignoring case, `-` and `_` (DOCKER_FILE and DOCKERFILE are 0 apart). */
function distance(a: string, b: string): number {
  const x = a.toLowerCase().replace(/[-_]/g, '');
  const y = b.toLowerCase().replace(/[-_]/g, '');
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) row.push(Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[y.length];
}

/** The declared name nearest to `name`, when it is near enough to be what was meant. */
export function nearestName(name: string, declared: Iterable<string>): string | undefined {
  let best: { name: string; d: number } | undefined;
  for (const candidate of declared) {
    const d = distance(name, candidate);
    if (!best || d < best.d) best = { name: candidate, d };
  }
  return best && best.d <= Math.max(1, Math.floor(Math.min(name.length, best.name.length) / 3)) ? best.name : undefined;
}

/** Reports each entry of `params` (a run's or pipeline task's list) that `iface` does not declare. */
export function checkUndeclaredParams(d: Doc, path: string, params: unknown, iface: Interface): void {
  // A name given twice (ignoring case) is the duplicate rule's finding, not a second one here.
  const items = list(params);
  // One param cannot repeat: no set to keep.
  const seen = items.length > 1 ? new Set<string>() : undefined;
  items.forEach((p, i) => {
    if (!isObject(p) || typeof p.name !== 'string') return;
    const repeated = seen !== undefined && seen.has(p.name.toLowerCase());
    seen?.add(p.name.toLowerCase());
    if (repeated || iface.params.has(p.name)) return;
    const near = nearestName(p.name, iface.params.keys());
    const message = `${iface.label} declares no param "${p.name}"${near ? `; did you mean "${near}"?` : ''} Its params: ${available(iface.params)}. Tekton ignores an undeclared param, so ${near ? `"${near}" ${iface.params.get(near)!.required ? 'is not given' : 'keeps its default'}` : 'the value is lost'}`;
    const fix = near ? `rename "${p.name}" to "${near}"` : 'use one of the declared names (they are case-sensitive), or declare the param in the Task';
    if (d.settings.surface.wholeApp) d.report('param.extra', `${path}[${i}].name`, message, fix, p.name);
    else d.warn('param.extra', `${path}[${i}].name`, message, fix, p.name);
  });
}
