// Triggers rules across documents: every TriggerTemplate, TriggerBinding, ClusterTriggerBinding
// and Trigger a trigger names exists, and the params the bindings provide match the params the
// template declares. These are the mistakes that otherwise show up only after a push. A param
// given by two bindings is an error (Triggers fails every event); a template param nobody
// provides, or a binding param the template lacks, is a warning: Triggers creates the resources
// anyway (with the literal $(tt.params.x) text, or without the value), and Tekton's own examples
// do it.
import { available, byName, Doc, isObject, list } from './core';

export type TriggersKind = 'TriggerTemplate' | 'TriggerBinding' | 'ClusterTriggerBinding' | 'Trigger';

interface TemplateParams {
  /** Param name -> whether it has a default. */
  readonly params: ReadonlyMap<string, boolean>;
}

function readTemplateParams(spec: unknown): TemplateParams {
  const params = new Map<string, boolean>();
  for (const p of list(isObject(spec) ? spec.params : undefined)) {
    const name = byName(p);
    if (name !== undefined && !params.has(name)) params.set(name, p.default !== undefined);
  }
  return { params };
}

function readBindingParams(spec: unknown): string[] {
  return list(isObject(spec) ? spec.params : undefined).map(byName).filter((n): n is string => n !== undefined && n !== '');
}

/** The Triggers documents of one validation call, by kind and name. */
export class TriggersCatalog {
  private readonly byKind = new Map<TriggersKind, Map<string, unknown>>([
    ['TriggerTemplate', new Map()],
    ['TriggerBinding', new Map()],
    ['ClusterTriggerBinding', new Map()],
    ['Trigger', new Map()],
  ]);

  private readonly templates = new Map<string, TemplateParams>();
  private readonly bindings = new Map<string, string[]>();

  public constructor(private readonly external: ReadonlySet<string>, private readonly checkRefsExist: boolean) {}

  /** Adds a document; false when one of that kind and name is already there. */
  public add(kind: TriggersKind, name: string, spec: unknown): boolean {
    const docs = this.byKind.get(kind)!;
    if (docs.has(name)) return false;
    docs.set(name, spec);
    return true;
  }

  /** The spec of `kind` named `name`; 'unknown' when it is declared external or refs are not checked; undefined after reporting it missing. */
  public find(d: Doc, at: string, kind: TriggersKind, name: string): unknown | 'unknown' {
    const docs = this.byKind.get(kind)!;
    if (docs.has(name)) return docs.get(name);
    if (this.external.has(name) || !this.checkRefsExist) return 'unknown';
    d.report(
      'trigger.ref-not-found',
      at,
      `${kind} "${name}" is not among the documents validated together; ${kind}s there: ${available(docs)}`,
      `define the ${kind} in this app (or pass its file to validate), fix the name, or declare that it exists in the cluster: configureValidation(app, { externalRefs: ['${name}'] }), or on the command line --external ${name}`,
      name,
    );
    return undefined;
  }

  public templateParams(name: string, spec: unknown): TemplateParams {
    let t = this.templates.get(name);
    if (!t) this.templates.set(name, (t = readTemplateParams(spec)));
    return t;
  }

  public bindingParams(key: string, spec: unknown): string[] {
    let b = this.bindings.get(key);
    if (!b) this.bindings.set(key, (b = readBindingParams(spec)));
    return b;
  }
}

/** A param a binding provides, with where it comes from (for messages and paths). */
interface Provided {
  readonly source: string;
  readonly at: string;
}

/**
 * The refs of one trigger (a Trigger's spec, or an entry of an EventListener's `triggers`) exist,
 * and when all of them are known, the bindings cover the template's params without defaults and
 * provide nothing the template lacks.
 */
export function checkTriggerRefs(d: Doc, at: string, t: unknown, catalog: TriggersCatalog): void {
  if (!isObject(t)) return;
  if (typeof t.triggerRef === 'string' && t.triggerRef !== '') {
    catalog.find(d, `${at}.triggerRef`, 'Trigger', t.triggerRef);
    return;
  }
  const provided = new Map<string, Provided>();
  let complete = true;
  const provide = (name: string, source: string, where: string): void => {
    const first = provided.get(name);
    if (first) {
      d.report('trigger.param-provided-twice', where, `param "${name}" is provided by both ${first.source} and ${source}; Triggers rejects such an event`, 'provide the param in one binding only', name);
      return;
    }
    provided.set(name, { source, at: where });
  };
  list(t.bindings).forEach((b, i) => {
    const where = `${at}.bindings[${i}]`;
    if (!isObject(b)) return;
    if (typeof b.ref === 'string' && b.ref !== '' && b.name === undefined) {
      const kind: TriggersKind = b.kind === 'ClusterTriggerBinding' ? 'ClusterTriggerBinding' : 'TriggerBinding';
      const spec = catalog.find(d, `${where}.ref`, kind, b.ref);
      if (spec === undefined || spec === 'unknown') complete = false;
      else for (const name of catalog.bindingParams(`${kind}/${b.ref}`, spec)) provide(name, `${kind} "${b.ref}"`, where);
    } else if (typeof b.name === 'string' && b.name !== '' && b.ref === undefined) provide(b.name, `inline binding "${b.name}"`, where);
  });
  const template = isObject(t.template) ? t.template : {};
  let params: TemplateParams | undefined;
  let label = 'the inline template';
  if (isObject(template.spec) && template.ref === undefined) params = readTemplateParams(template.spec);
  else if (typeof template.ref === 'string' && template.ref !== '' && template.spec === undefined) {
    const spec = catalog.find(d, `${at}.template.ref`, 'TriggerTemplate', template.ref);
    if (spec !== undefined && spec !== 'unknown') params = catalog.templateParams(template.ref, spec);
    label = `TriggerTemplate "${template.ref}"`;
  }
  if (!params || !complete) return;
  const given = [...provided.keys()];
  for (const [name, hasDefault] of params.params) {
    if (hasDefault || provided.has(name)) continue;
    d.warn(
      'trigger.param-not-provided',
      `${at}.bindings`,
      `${label} has param "${name}" without a default, and no binding of this trigger provides it, so what the trigger creates gets the literal text $(tt.params.${name}); the bindings provide: ${available(given)}`,
      `add a param "${name}" to one of the trigger's TriggerBindings (or an inline binding {name: ${name}, value: ...}), or give the template's param a default`,
    );
  }
  for (const [name, p] of provided) {
    if (params.params.has(name)) continue;
    d.warn(
      'trigger.param-not-declared',
      p.at,
      `${p.source} provides param "${name}", which ${label} does not declare, so its value is dropped; the template's params: ${available(params.params)}`,
      `rename the binding param to one of the template's params, declare "${name}" in the template, or remove it from the binding`,
      name,
    );
  }
}
