// Facts of Pipelines-as-Code shared by the construct, the rules and the replay: the annotations a
// `.tekton/` PipelineRun may carry, how PaC reads their values, and its `{{ variables }}` (the
// "Dynamic variables" table of its docs).

export const PAC_PREFIX = 'pipelinesascode.tekton.dev/';

/** The annotations PaC reads on a PipelineRun of `.tekton/` (without the prefix). */
export const PAC_ANNOTATIONS = [
  'on-event', 'on-target-branch', 'on-path-change', 'on-path-change-ignore', 'on-cel-expression', 'on-comment', 'on-label',
  'max-keep-runs', 'cancel-in-progress', 'target-namespace', 'task', 'pipeline',
] as const;

/** The annotations whose value is a list (`[a, b]`) or one token. */
export const LIST_ANNOTATIONS = new Set(['on-event', 'on-target-branch', 'on-path-change', 'on-path-change-ignore', 'on-label', 'task', 'pipeline']);

/** The annotations on-cel-expression makes PaC ignore (its annotation matcher evaluates only the CEL when both are there). */
export const CEL_OVERRIDES = ['on-event', 'on-target-branch', 'on-label', 'on-path-change', 'on-path-change-ignore'] as const;

/** Values of on-event PaC documents: its trigger targets for webhook events, and incoming webhooks. */
export const PAC_EVENTS = ['push', 'pull_request', 'incoming'] as const;

/** `task`, `task-1`, `task-2`, ...: PaC reads every key of this form (its regexp is `task(-[0-9]+)?$`). */
export const TASK_KEY = /^task(-[0-9]+)?$/;

/**
 * The variables PaC replaces in a `.tekton/` file. `body.*`, `headers.*`, `files.*` and `cel:`
 * are CEL over the event; the Repository CR's `spec.params` may add more.
 */
export const PAC_VARIABLES = [
  'revision', 'repo_url', 'repo_owner', 'repo_name', 'target_branch', 'source_branch', 'git_tag', 'source_url', 'sender',
  'target_namespace', 'event', 'event_type', 'trigger_comment', 'pull_request_labels', 'pull_request_number', 'git_auth_secret',
] as const;

export type PacVariableName = typeof PAC_VARIABLES[number];

/** Prefixes of placeholders PaC evaluates as CEL. */
export const CEL_VARIABLE_PREFIXES = ['body', 'headers', 'files', 'cel:'];

/** PaC's placeholder: `{{` then at least two characters other than `}` then `}}` (keys.ParamsRe). */
export const PLACEHOLDER = /\{\{([^}]{2,})\}\}/g;

/** How PaC checks an annotation value before splitting it: a `[...]` list, or one token without brackets or spaces. */
const VALUE_SHAPE = /^\[(.*)\]$|^[^[\]\s]*$/s;

/**
 * The values of a list annotation as PaC reads them: `[a, b]` split on commas and trimmed, or
 * one token; `&#44;` stands for a literal comma. Undefined when PaC refuses the value, with why.
 */
export function annotationValues(value: string): { values: string[] } | { error: string } {
  const text = value.trim();
  const m = VALUE_SHAPE.exec(text);
  if (!m) return { error: 'it is neither a [a, b] list nor one token (a single value cannot hold "[", "]" or spaces)' };
  if (!text.startsWith('[')) return { values: [text.split('&#44;').join(',')] };
  const values = m[1].split(',').map((v) => v.split('&#44;').join(',').trim());
  if (values[0] === '') return { error: 'the list is empty' };
  return { values };
}

/** A list annotation's value as PaC reads it back: `[a, b]`, commas inside an item written `&#44;`. */
export function renderAnnotationList(values: readonly string[]): string {
  return `[${values.map((v) => v.split(',').join('&#44;')).join(', ')}]`;
}

/** Whether a placeholder's key is one PaC replaces (a variable, or CEL over body, headers, files). */
export function knownVariable(key: string): boolean {
  return (PAC_VARIABLES as readonly string[]).includes(key) || CEL_VARIABLE_PREFIXES.some((p) => key.startsWith(p));
}

/** The PaC annotations of a manifest (key without prefix -> value), or undefined when it has none. */
export function pacAnnotations(manifest: Record<string, any>): Map<string, unknown> | undefined {
  const notes = manifest?.metadata?.annotations;
  if (notes === null || typeof notes !== 'object') return undefined;
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(notes)) if (k.startsWith(PAC_PREFIX)) out.set(k.slice(PAC_PREFIX.length), v);
  return out.size > 0 ? out : undefined;
}
