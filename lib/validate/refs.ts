// Section 13: taskRef, pipelineRef and step `ref` — a name, or a resolver with params.
import { byNameIgnoringCase, Doc, duplicates, isObject, list } from './core';
import { isQualifiedName } from '../facts/names';

const URL_LIKE = /[\w-]+:\/\/*/;

/** Checks one ref object at `path` (e.g. `spec.taskRef`). `what` names it in messages. */
export function checkRef(d: Doc, path: string, ref: unknown, what: string): void {
  if (!isObject(ref)) {
    d.report('ref.shape', path, `${what} must be an object with a name or a resolver`, `write \`${what}: {name: <name>}\` or \`${what}: {resolver: <type>, params: [...]}\``, ref);
    return;
  }
  const name = typeof ref.name === 'string' ? ref.name : '';
  const resolver = typeof ref.resolver === 'string' ? ref.resolver : '';
  const params = list(ref.params);
  if (params.length > 0 || resolver !== '') {
    // Remote resolution: one gate for the whole ref (on the resolver, or on the params without one).
    if (resolver !== '') d.gate('beta', `${path}.resolver`, `${what}.resolver (remote resolution)`, resolver);
    else {
      d.gate('beta', `${path}.params`, `${what}.params (remote resolution)`);
      d.report('ref.params-without-resolver', `${path}.resolver`, `${what} has params but no resolver`, 'add `resolver:` (hub, git, bundles, cluster or http), or remove the params', ref.resolver);
    }
    if (params.length > 0) {
      if (name !== '') d.report('ref.name-with-params', `${path}.name`, `${what} sets both a name and resolver params`, 'remove the name: the resolver params say what to fetch', name);
      for (const dup of duplicates(params, byNameIgnoringCase)) {
        d.report('ref.param-duplicate', `${path}.params[${dup.index}].name`, `resolver param "${params[dup.index].name}" is given more than once (names are compared ignoring case)`, 'give each resolver param once', params[dup.index].name);
      }
    } else if (name !== '') {
      if (!URL_LIKE.test(name)) {
        d.report('ref.resolver-name', `${path}.name`, `with a resolver, ${what}.name must be a URL such as "git://..." (concise resolver syntax)`, 'remove the name and pass what to fetch as resolver params', name);
      } else {
        d.flag('enableConciseResolverSyntax', `${path}.name`, `a URL in ${what}.name (concise resolver syntax)`, name);
      }
    }
    return;
  }
  if (name === '') {
    d.report('ref.name-missing', path, `${what} has neither a name nor a resolver`, `set ${what}.name to an existing resource, or use a resolver`);
    return;
  }
  if (URL_LIKE.test(name)) {
    d.flag('enableConciseResolverSyntax', `${path}.name`, `a URL in ${what}.name (concise resolver syntax)`, name);
    d.report('ref.resolver-missing', `${path}.resolver`, `${what}.name is a URL, which needs a resolver`, 'set `resolver:` to the resolver that understands the URL', ref.resolver);
    return;
  }
  if (!isQualifiedName(name)) {
    d.report('ref.name-format', `${path}.name`, `${what}.name is not a valid resource name; allowed: letters, digits, "-", "_" and ".", starting and ending with a letter or digit, at most 63 characters`, `use the metadata.name of the resource it refers to`, name);
  }
}
