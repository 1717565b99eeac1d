// A TriggerTemplate's resource templates are checked as the Tekton resources they become when an
// event arrives: a PipelineRun there gets the same rules (and the same checks against the Pipeline
// it names) as one applied by hand. Template params ($(tt.params.x)) and $(uid) stay in place and
// stand for strings not known until the event; the run rules already treat a value that is only a
// variable as unknown.
import { Doc, isObject } from './core';
import type { Catalog } from './model';
import { DNS1123_SUBDOMAIN } from '../facts/names';
import { checkPipelineRun, checkTaskRun } from './runs';

/** A value Triggers fills in per event ($(tt.params.x), $(uid)): no rule can judge it offline. */
function isFilledPerEvent(value: unknown): boolean {
  return typeof value === 'string' && /\$\((tt\.params\.|uid\))/.test(value);
}

/**
 * Reports into the TriggerTemplate's Doc, with the resource template's path in front of every
 * field; a problem with a value filled in per event (a duration given as $(tt.params.timeout))
 * is dropped, since the value the rule would judge is not known until the event arrives.
 */
class NestedDoc extends Doc {
  public constructor(private readonly outer: Doc, private readonly prefix: string) {
    super(outer.input, outer.resource, outer.settings, []);
  }

  public override report(rule: string, field: string, message: string, fix: string, value?: unknown): void {
    if (!isFilledPerEvent(value)) this.outer.report(rule, `${this.prefix}.${field}`, message, fix, value);
  }

  public override warn(rule: string, field: string, message: string, fix: string, value?: unknown): void {
    // The script rules judge the reference itself (a template param in code), not the value it stands for.
    if (!isFilledPerEvent(value) || rule.startsWith('script.')) this.outer.warn(rule, `${this.prefix}.${field}`, message, fix, value);
  }
}

/** The value a Triggers variable could expand to, for the name rules: a plain lowercase word. */
function withVariablesFilled(text: string): string {
  return text.replace(/\$\([^)]*\)/g, 'x');
}

/** `at` is the resource template's path, e.g. `spec.resourcetemplates[0]`. */
export function checkResourceTemplate(d: Doc, at: string, resource: Record<string, any>, catalog: Catalog): void {
  if (resource.apiVersion !== 'tekton.dev/v1' || (resource.kind !== 'PipelineRun' && resource.kind !== 'TaskRun')) return;
  const meta = isObject(resource.metadata) ? resource.metadata : {};
  if (typeof meta.name === 'string' && meta.name !== '') {
    const filled = withVariablesFilled(meta.name);
    if (filled.length > 63 || !DNS1123_SUBDOMAIN.test(filled)) {
      d.report('metadata.name', `${at}.metadata.name`, 'invalid name; allowed: lowercase letters, digits, "-" and ".", starting and ending with a letter or digit, at most 63 characters', 'use metadata.generateName: <prefix>- so each event creates a new run', meta.name);
    } else if (!meta.name.includes('$(')) {
      d.warn('template.fixed-name', `${at}.metadata.name`, `the ${resource.kind} has a fixed name, so every event after the first fails to create it (it already exists)`, 'use metadata.generateName: <prefix>- instead (or put $(uid) in the name)', meta.name);
    }
  } else if (typeof meta.generateName !== 'string' || meta.generateName === '') {
    d.report('metadata.name', `${at}.metadata`, `the ${resource.kind} needs metadata.generateName (or a name)`, 'set metadata.generateName: <prefix>-');
  }
  const nested = new NestedDoc(d, at);
  if (resource.kind === 'PipelineRun') checkPipelineRun(nested, resource.spec, catalog);
  else checkTaskRun(nested, resource.spec, catalog);
}
