// Builds, for each task a TaskRun or PipelineRun executes, what the credential rules need: the
// values of its git URL and image params (with run params and pipeline defaults substituted), the
// run's bindings of its workspaces and the service account it runs as.
import { Doc, isObject, list } from './core';
import { checkTaskCredentials } from './credential-checks';
import { CredentialWorld, rolesOfTask, TaskUse } from './credentials';

type Given = { readonly value: string; readonly field: string };

const PARAM_REF = /\$\(params(?:\.([A-Za-z0-9_-]+)|\[["']([^"']+)["']\])\)/g;

/** Replaces `$(params.x)` with the values known for x; the field is that of the first value substituted. */
function substitute(text: string, field: string, known: ReadonlyMap<string, Given>): Given {
  let from = field;
  const value = text.replace(PARAM_REF, (whole, dotted: string | undefined, bracketed: string | undefined) => {
    const found = known.get(dotted ?? bracketed ?? '');
    if (!found) return whole;
    if (from === field) from = found.field;
    return found.value;
  });
  return { value, field: from };
}

function runParams(spec: Record<string, any>, base: string): Map<string, Given> {
  const out = new Map<string, Given>();
  list(spec.params).forEach((p, i) => {
    if (isObject(p) && typeof p.name === 'string' && typeof p.value === 'string') out.set(p.name, { value: p.value, field: `${base}.params[${i}].value` });
  });
  return out;
}

function runBindings(spec: Record<string, any>, base: string): Map<string, { binding: Record<string, any>; field: string }> {
  const out = new Map<string, { binding: Record<string, any>; field: string }>();
  list(spec.workspaces).forEach((b, i) => {
    if (isObject(b) && typeof b.name === 'string') out.set(b.name, { binding: b, field: `${base}.workspaces[${i}]` });
  });
  return out;
}

function valuesFor(roles: TaskUse['roles'], given: ReadonlyMap<string, unknown>, field: (name: string) => string, known: ReadonlyMap<string, Given>): Map<string, Given> {
  const values = new Map<string, Given>();
  for (const param of roles.params.keys()) {
    const value = given.has(param) ? given.get(param) : roles.defaults.get(param);
    if (typeof value === 'string') values.set(param, substitute(value, field(param), known));
  }
  return values;
}

/** `base` is where the run's spec is: `spec`, or `spec.resourcetemplates[i].spec` in a TriggerTemplate. */
export function checkPipelineRunCredentials(d: Doc, world: CredentialWorld, spec: unknown, base = 'spec'): void {
  if (!isObject(spec)) return;
  const ref = isObject(spec.pipelineRef) ? spec.pipelineRef : undefined;
  const pipeline = isObject(spec.pipelineSpec) ? spec.pipelineSpec : ref && typeof ref.name === 'string' && !ref.resolver ? world.pipeline(ref.name) : undefined;
  if (!pipeline) return;
  const where = `${base}.${isObject(spec.pipelineSpec) ? 'pipelineSpec' : 'pipelineRef'}`;
  const known = runParams(spec, base);
  for (const p of list(pipeline.params)) {
    if (isObject(p) && typeof p.name === 'string' && typeof p.default === 'string' && !known.has(p.name)) known.set(p.name, { value: p.default, field: where });
  }
  const bindings = runBindings(spec, base);
  const template = isObject(spec.taskRunTemplate) ? spec.taskRunTemplate : {};
  const overrides = new Map<string, { account: string; field: string }>();
  list(spec.taskRunSpecs).forEach((s, i) => {
    if (isObject(s) && typeof s.pipelineTaskName === 'string' && typeof s.serviceAccountName === 'string') {
      overrides.set(s.pipelineTaskName, { account: s.serviceAccountName, field: `${base}.taskRunSpecs[${i}].serviceAccountName` });
    }
  });
  for (const t of [...list(pipeline.tasks), ...list(pipeline.finally)]) {
    if (!isObject(t) || typeof t.name !== 'string') continue;
    const roles = t.taskRef !== undefined ? world.rolesOfRef(t.taskRef) : isObject(t.taskSpec) ? rolesOfTask('its taskSpec', t.taskSpec, t.taskSpec) : undefined;
    if (!roles || (roles.params.size === 0 && roles.workspaces.size === 0)) continue;
    const given = new Map<string, unknown>();
    for (const p of list(t.params)) if (isObject(p) && typeof p.name === 'string') given.set(p.name, p.value);
    const taskBindings = new Map<string, { binding: Record<string, any>; field: string }>();
    for (const w of list(t.workspaces)) {
      const bound = isObject(w) && typeof w.name === 'string' && typeof w.workspace === 'string' ? bindings.get(w.workspace) : undefined;
      if (bound) taskBindings.set(w.name, bound);
    }
    const account = overrides.get(t.name) ?? { account: typeof template.serviceAccountName === 'string' ? template.serviceAccountName : 'default', field: `${base}.taskRunTemplate.serviceAccountName` };
    checkTaskCredentials(d, world, {
      label: `pipeline task "${t.name}" (${roles.label})`,
      roles,
      values: valuesFor(roles, given, () => where, known),
      bindings: taskBindings,
      account: account.account,
    }, account.field);
  }
}

export function checkTaskRunCredentials(d: Doc, world: CredentialWorld, spec: unknown, base = 'spec'): void {
  if (!isObject(spec) || spec.taskRef === undefined) return;
  const roles = world.rolesOfRef(spec.taskRef);
  if (!roles) return;
  const known = runParams(spec, base);
  const given = new Map<string, unknown>([...known].map(([k, v]) => [k, v.value]));
  checkTaskCredentials(d, world, {
    label: roles.label,
    roles,
    values: valuesFor(roles, given, (name) => known.get(name)?.field ?? `${base}.taskRef`, new Map()),
    bindings: runBindings(spec, base),
    account: typeof spec.serviceAccountName === 'string' ? spec.serviceAccountName : 'default',
  }, `${base}.serviceAccountName`);
}

/** The runs a TriggerTemplate creates: checked like runs among the documents (their $(tt.params) are unknown until an event comes). */
export function checkTemplateCredentials(d: Doc, world: CredentialWorld, spec: unknown): void {
  list(isObject(spec) ? spec.resourcetemplates : undefined).forEach((rt, i) => {
    if (!isObject(rt) || rt.apiVersion !== 'tekton.dev/v1') return;
    if (rt.kind === 'PipelineRun') checkPipelineRunCredentials(d, world, rt.spec, `spec.resourcetemplates[${i}].spec`);
    if (rt.kind === 'TaskRun') checkTaskRunCredentials(d, world, rt.spec, `spec.resourcetemplates[${i}].spec`);
  });
}
