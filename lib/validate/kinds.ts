// Which documents the rule engine knows, decided before any rule runs, so that a document it does
// not recognise is never passed as valid: no apiVersion, an API group spelled with capitals or
// close to Tekton's, a Triggers kind or version that Triggers does not serve. Documents of other
// groups (ConfigMaps, RBAC, ...) are read, not checked, and counted as such.
import { available, Doc } from './core';

export const TEKTON_GROUP = 'tekton.dev';
export const TRIGGERS_GROUP = 'triggers.tekton.dev';
export const TRIGGERS_KINDS = ['EventListener', 'Trigger', 'TriggerBinding', 'ClusterTriggerBinding', 'TriggerTemplate'];
export const TRIGGERS_VERSIONS = [`${TRIGGERS_GROUP}/v1beta1`, `${TRIGGERS_GROUP}/v1alpha1`];
/** Kinds Triggers serves whose documents this validator does not check (interceptor registrations). */
const TRIGGERS_UNCHECKED = ['ClusterInterceptor', 'Interceptor'];

/** What a document is to the rule engine. */
export type DocumentClass = 'tekton' | 'triggers' | 'other' | 'refused';

/** Levenshtein distance of two short strings (kind and group names). */
export function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/**
 * True when `a` and `b` are at most two edits apart (equal strings included): what a suggestion
 * ("did you mean ...") offers; callers lowercase both to ignore case. Strings whose lengths differ
 * by more than two are told apart without computing the distance, as a core group ('') and every
 * kind of another group are from Tekton's names.
 */
export function isNear(a: string, b: string): boolean {
  return Math.abs(a.length - b.length) <= 2 && editDistance(a, b) <= 2;
}

/** The API group of an apiVersion (`tekton.dev/v1` -> `tekton.dev`; `v1` -> the core group ''). */
function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash === -1 ? '' : apiVersion.slice(0, slash);
}

/** True for a document this validator does not check: of a group other than Tekton's and Triggers'. */
export function isOtherDocument(manifest: unknown): boolean {
  const apiVersion = (manifest as { apiVersion?: unknown } | undefined)?.apiVersion;
  return typeof apiVersion === 'string' && apiVersion !== '' && classify(undefined, manifest as Record<string, any>) === 'other';
}

/**
 * Sorts a document into what the engine checks, reporting (on `d`, when given) each reason it
 * refuses one: the API server would answer "no matches for kind" or refuse the apiVersion.
 */
export function classify(d: Doc | undefined, manifest: Record<string, any>): DocumentClass {
  const { apiVersion, kind } = manifest;
  if (typeof apiVersion !== 'string' || apiVersion === '') {
    d?.report('resource.api-version', 'apiVersion', 'the document has no apiVersion, so neither this validator nor the API server can tell what it is', 'set apiVersion: tekton.dev/v1 for Tekton kinds, triggers.tekton.dev/v1beta1 for Triggers kinds, v1 for core kinds such as ConfigMap', apiVersion);
    return 'refused';
  }
  const group = groupOf(apiVersion);
  const lower = group.toLowerCase();
  if (group !== lower) {
    d?.report('resource.api-version', 'apiVersion', `API groups are lowercase DNS names; "${group}" is not one, and the API server serves no such group`, `write it in lowercase: ${lower}${apiVersion.slice(group.length)}`, apiVersion);
    return 'refused';
  }
  if (group === TEKTON_GROUP) return 'tekton';
  if (group === TRIGGERS_GROUP) {
    if (typeof kind === 'string' && TRIGGERS_UNCHECKED.includes(kind)) return 'other';
    if (typeof kind !== 'string' || !TRIGGERS_KINDS.includes(kind)) {
      const lower = typeof kind === 'string' ? kind.toLowerCase() : undefined;
      const near = lower === undefined ? undefined : [...TRIGGERS_KINDS, ...TRIGGERS_UNCHECKED].find((k) => isNear(k.toLowerCase(), lower));
      d?.report('resource.kind', 'kind', `there is no kind ${JSON.stringify(kind)} in ${TRIGGERS_GROUP}; kinds: ${available([...TRIGGERS_KINDS, ...TRIGGERS_UNCHECKED].sort())}`, near ? `use "${near}" (kinds are case-sensitive)` : 'use one of the kinds listed', kind);
      return 'refused';
    }
    if (!TRIGGERS_VERSIONS.includes(apiVersion)) {
      d?.report('resource.version', 'apiVersion', `Triggers serves ${kind} as ${TRIGGERS_VERSIONS.join(' and ')}, not as ${apiVersion}`, `set apiVersion to ${TRIGGERS_VERSIONS[0]}`, apiVersion);
      return 'refused';
    }
    return 'triggers';
  }
  const near = [TEKTON_GROUP, TRIGGERS_GROUP].find((g) => isNear(g, group));
  if (near !== undefined) {
    d?.report('resource.api-version', 'apiVersion', `there is no API group "${group}"; it is one or two letters away from ${near}, so this document would not be checked at all`, `set apiVersion to ${near}${apiVersion.slice(group.length)}`, apiVersion);
    return 'refused';
  }
  if (group === '' && apiVersion !== 'v1') {
    d?.report('resource.api-version', 'apiVersion', `the core API group serves v1 only, not ${apiVersion}`, 'set apiVersion: v1, or the group/version of the kind (for example tekton.dev/v1)', apiVersion);
    return 'refused';
  }
  return 'other';
}
