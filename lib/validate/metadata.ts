// Labels and annotations as the API server checks them (apimachinery's ValidateLabels and
// ValidateAnnotations): on every document, and on the metadata Tekton and Triggers carry inside
// specs, which the API server sees only when the controller creates the TaskRun, Pod, PVC or run
// from it, so a bad key there fails the run instead of the apply.
import { Doc, isObject, keyPath, list } from './core';
import { ANNOTATIONS_MAX_BYTES, labelValueFlaw, LABEL_VALUE_RULE, nearestNamePart, NameFlaw, qualifiedNameFlaw, QUALIFIED_NAME_RULE, SUBDOMAIN_MAX } from '../facts/names';

/**
 * References substituted before the API server sees the text: a value holding one is judged by
 * what it must be whatever is substituted (its literal characters and ends), never by a guess.
 */
export type Substituted = RegExp | undefined;
/** Tekton's $(...) variables, in metadata embedded in specs. */
const TEKTON_VARIABLES = /\$\([^)]*\)/g;
/** Triggers' per-event variables, in a resource template's own metadata. */
const TEMPLATE_VARIABLES = /\$\((tt\.params\.[^)]*|uid)\)/g;
/** Pipelines-as-Code's {{ variables }}, in a .tekton/ PipelineRun. */
export const PAC_VARIABLES = /\{\{[^}]*\}\}/g;

/**
 * The flaw of `text` that holds whatever the references in it become: a reference stands for a
 * letter when the form is judged, and for nothing when the length is.
 */
function certainFlaw(text: string, flaw: (t: string) => NameFlaw | undefined, vars: Substituted): NameFlaw | undefined {
  if (!vars || text.search(vars) < 0) return flaw(text);
  const found = flaw(text.replace(vars, 'a'));
  if (found === undefined) return undefined;
  if (!found.tooLong) return found;
  const shortest = flaw(text.replace(vars, ''));
  return shortest?.tooLong ? { reason: `${shortest.reason} without its variables`, tooLong: true } : undefined;
}

/** The nearest qualified name: each dot-separated label of the prefix lowercased and trimmed, the name part as nearestNamePart. */
function nearestKey(key: string): string {
  const slash = key.indexOf('/');
  const part = nearestNamePart(slash < 0 ? key : key.slice(key.lastIndexOf('/') + 1));
  if (slash < 0 || part === '') return part;
  const labels = key.slice(0, slash).toLowerCase().replace(/[^a-z0-9.-]/g, '-').split('.');
  const prefix = labels.map((l) => l.replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '')).filter((l) => l !== '').join('.').slice(0, SUBDOMAIN_MAX).replace(/[^a-z0-9]+$/, '');
  return prefix === '' ? part : `${prefix}/${part}`;
}

/** A number or boolean read from unquoted YAML is fixed by quoting it; anything else must be rewritten. */
function quoteFix(value: unknown): string {
  return typeof value === 'number' || typeof value === 'boolean' ? `quote it: "${value}"` : 'write the value as a string';
}

function renameFix(what: string, key: string, vars: Substituted): string {
  if (vars && key.search(vars) >= 0) return `rename the ${what} so that its text around the variables fits that form`;
  const near = nearestKey(key);
  return near === '' ? `rename the ${what} to a qualified name such as example.com/name` : `rename the ${what}, for example to ${JSON.stringify(near)}`;
}

/** Checks `meta.labels` and `meta.annotations`; `at` is the metadata's path (`metadata`, `spec.tasks[0].taskSpec.metadata`). */
export function checkLabelsAndAnnotations(d: Doc, at: string, meta: unknown, vars?: Substituted): void {
  if (!isObject(meta)) return;
  if (isObject(meta.labels)) {
    for (const [key, value] of Object.entries(meta.labels)) {
      const field = keyPath(`${at}.labels`, key);
      const keyFlaw = certainFlaw(key, qualifiedNameFlaw, vars);
      if (keyFlaw) {
        d.report('metadata.label-key', field, `label key ${JSON.stringify(key)} is not a qualified name (${keyFlaw.reason}), and the API server refuses it; allowed: ${QUALIFIED_NAME_RULE}`, renameFix('label key', key, vars), key);
      }
      if (typeof value !== 'string') {
        d.report('metadata.label-value', field, 'a label value must be a string', quoteFix(value), value);
        continue;
      }
      const valueFlaw = certainFlaw(value, labelValueFlaw, vars);
      if (valueFlaw) {
        const near = vars && value.search(vars) >= 0 ? '' : nearestNamePart(value);
        d.report('metadata.label-value', field, `label value ${JSON.stringify(value)} is not valid (${valueFlaw.reason}), and the API server refuses it; allowed: ${LABEL_VALUE_RULE}`, near === '' ? 'set a valid value, or move the text to an annotation (annotation values are free text)' : `set it to ${JSON.stringify(near)}, or move the text to an annotation (annotation values are free text)`, value);
      }
    }
  }
  if (!isObject(meta.annotations)) return;
  let bytes = 0;
  for (const [key, value] of Object.entries(meta.annotations)) {
    const field = keyPath(`${at}.annotations`, key);
    // The API server checks annotation keys lowercased: "Example.com/x" is a valid annotation key.
    const keyFlaw = certainFlaw(key.toLowerCase(), qualifiedNameFlaw, vars);
    if (keyFlaw) {
      d.report('metadata.annotation-key', field, `annotation key ${JSON.stringify(key)} is not a qualified name (${keyFlaw.reason}), and the API server refuses it; allowed: ${QUALIFIED_NAME_RULE}`, renameFix('annotation key', key, vars), key);
    }
    if (typeof value !== 'string') {
      d.report('metadata.annotation-value', field, 'an annotation value must be a string', quoteFix(value), value);
      continue;
    }
    bytes += Buffer.byteLength(vars ? key.replace(vars, '') : key) + Buffer.byteLength(vars ? value.replace(vars, '') : value);
  }
  if (bytes > ANNOTATIONS_MAX_BYTES) {
    d.report('metadata.annotations-size', `${at}.annotations`, `the annotations hold ${bytes} bytes of keys and values, and the API server allows at most ${ANNOTATIONS_MAX_BYTES} (256 KiB) on one object`, 'move the large values into a ConfigMap (or a file in the repository) and keep a short reference in the annotation');
  }
}

function checkBindings(d: Doc, at: string, workspaces: unknown): void {
  list(workspaces).forEach((w, i) => {
    if (isObject(w) && isObject(w.volumeClaimTemplate)) checkLabelsAndAnnotations(d, `${at}[${i}].volumeClaimTemplate.metadata`, w.volumeClaimTemplate.metadata, TEKTON_VARIABLES);
  });
}

/** The embedded task metadata of a pipeline spec, and of the pipelines embedded in its tasks. */
function checkPipelineSpec(d: Doc, at: string, spec: unknown): void {
  if (!isObject(spec)) return;
  for (const section of ['tasks', 'finally']) {
    const tasks = list(spec[section]);
    for (let i = 0; i < tasks.length; i++) {
      const t = tasks[i];
      // A task's path is written out only for a task with an inline spec.
      if (!isObject(t) || (!isObject(t.taskSpec) && !isObject(t.pipelineSpec))) continue;
      const tat = `${at}.${section}[${i}]`;
      if (isObject(t.taskSpec)) checkLabelsAndAnnotations(d, `${tat}.taskSpec.metadata`, t.taskSpec.metadata, TEKTON_VARIABLES);
      checkPipelineSpec(d, `${tat}.pipelineSpec`, t.pipelineSpec);
    }
  }
}

/** The metadata carried inside the spec of a document of `kind`; `at` is the spec's path. */
export function checkEmbeddedMetadata(d: Doc, kind: string, at: string, spec: unknown): void {
  if (!isObject(spec)) return;
  switch (kind) {
    case 'Pipeline':
      checkPipelineSpec(d, at, spec);
      break;
    case 'PipelineRun':
      checkPipelineSpec(d, `${at}.pipelineSpec`, spec.pipelineSpec);
      list(spec.taskRunSpecs).forEach((s, i) => {
        if (isObject(s)) checkLabelsAndAnnotations(d, `${at}.taskRunSpecs[${i}].metadata`, s.metadata, TEKTON_VARIABLES);
      });
      checkBindings(d, `${at}.workspaces`, spec.workspaces);
      break;
    case 'TaskRun':
      checkBindings(d, `${at}.workspaces`, spec.workspaces);
      break;
    case 'CustomRun':
      if (isObject(spec.customSpec)) checkLabelsAndAnnotations(d, `${at}.customSpec.metadata`, spec.customSpec.metadata, TEKTON_VARIABLES);
      checkBindings(d, `${at}.workspaces`, spec.workspaces);
      break;
    case 'EventListener': {
      const template = spec.resources?.kubernetesResource?.spec?.template;
      if (isObject(template)) checkLabelsAndAnnotations(d, `${at}.resources.kubernetesResource.spec.template.metadata`, template.metadata);
      break;
    }
    case 'TriggerTemplate':
      list(spec.resourcetemplates).forEach((r, i) => {
        if (!isObject(r)) return;
        const rat = `${at}.resourcetemplates[${i}]`;
        checkLabelsAndAnnotations(d, `${rat}.metadata`, r.metadata, TEMPLATE_VARIABLES);
        if (typeof r.apiVersion === 'string' && r.apiVersion.startsWith('tekton.dev/') && typeof r.kind === 'string') checkEmbeddedMetadata(d, r.kind, `${rat}.spec`, r.spec);
      });
      break;
  }
}
