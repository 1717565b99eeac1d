// Rules for Pipelines-as-Code PipelineRuns (those with a pipelinesascode.tekton.dev/ annotation):
// what PaC reads silently wrong or not at all. Its annotation keys and value syntax, on-event
// values, globs it cannot compile or that mean something else than in a shell, CEL that does not
// parse or that overrides on-* annotations, `{{ variables }}` it does not know, and names that are
// not unique among the runs validated together (PaC never matches those).
import { pacCelEnvironment } from '../facts/pac-cel';
import { annotationValues, CEL_OVERRIDES, knownVariable, LIST_ANNOTATIONS, PAC_ANNOTATIONS, PAC_EVENTS, PAC_PREFIX, PAC_VARIABLES, PLACEHOLDER, TASK_KEY } from '../facts/pac';
import { globSyntaxError, shellDifference } from '../facts/pac-glob';
import { available, Doc, isObject } from './core';
import { editDistance } from './kinds';

const GLOB_ANNOTATIONS = ['on-target-branch', 'on-path-change', 'on-path-change-ignore'];

let celEnv: ReturnType<typeof pacCelEnvironment> | undefined;

function nearest(name: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const n of names) {
    const d = editDistance(n, name);
    if (d < bestDistance) [best, bestDistance] = [n, d];
  }
  return best;
}

/** The name PaC knows a run by: generateName first, as its matcher does. */
export function pacRunName(manifest: Record<string, any>): string {
  const meta = isObject(manifest.metadata) ? manifest.metadata : {};
  return typeof meta.generateName === 'string' && meta.generateName !== '' ? meta.generateName : typeof meta.name === 'string' ? meta.name : '';
}

function checkKey(d: Doc, key: string, field: string): boolean {
  if ((PAC_ANNOTATIONS as readonly string[]).includes(key) || TASK_KEY.test(key)) return true;
  if (/^pipeline-[0-9]+$/.test(key)) {
    d.report('pac.pipeline-n', field, `PaC reads one remote pipeline, from "${PAC_PREFIX}pipeline"; "${PAC_PREFIX}${key}" is ignored, so the pipeline it names is never fetched`, `use ${PAC_PREFIX}pipeline (one pipeline per PipelineRun), or embed the pipeline as pipelineSpec (PacPipelineRun does)`, key);
    return false;
  }
  const near = nearest(key, PAC_ANNOTATIONS);
  d.report('pac.annotation-unknown', field, `"${PAC_PREFIX}${key}" is not an annotation PaC reads, so it is silently ignored; PaC reads ${available(PAC_ANNOTATIONS)} (and task-N)`, near ? `rename it to ${PAC_PREFIX}${near}` : 'remove it, or use one of the annotations listed', key);
  return false;
}

function checkValue(d: Doc, key: string, value: string, field: string): void {
  if (LIST_ANNOTATIONS.has(key)) {
    const parsed = value.trim() === '[]' ? { error: 'the list is empty' } : annotationValues(value);
    if ('error' in parsed) {
      d.report('pac.annotation-value', field, `PaC cannot read ${key} "${value}": ${parsed.error}`, `write a list such as [push, pull_request] (a comma inside an item is &#44;), or one value without spaces`, value);
      return;
    }
    if (key === 'on-event') {
      for (const v of parsed.values) {
        if ((PAC_EVENTS as readonly string[]).includes(v)) continue;
        const near = nearest(v, PAC_EVENTS);
        d.report('pac.on-event', field, `on-event "${v}" is not an event PaC matches, so the run never starts on it; events: ${PAC_EVENTS.join(', ')}`, near ? `write ${near}` : 'use one of the events listed (on-comment and on-label are their own annotations)', v);
      }
    }
    if (GLOB_ANNOTATIONS.includes(key)) {
      for (const v of parsed.values) {
        const error = globSyntaxError(v);
        if (error !== undefined) {
          d.report('pac.glob-invalid', field, `${key} "${v}" is not a glob PaC can compile (${error}), and PaC fails on it`, 'fix the pattern (gobwas/glob: *, ?, [abc], [a-z], [!a-z], {a,b}, \\ escapes; a list like [a-z0-9] is two brackets: [a-z] then [0-9] do not combine)', v);
          continue;
        }
        const differs = key === 'on-target-branch' ? undefined : shellDifference(v);
        if (differs) d.warn('pac.glob-shell', field, `${key} "${v}" is a PaC glob, not a shell one: ${differs}`, `if you mean a folder and everything under it, write "folder/**" (PacPath.folder('folder/')); if you mean the glob as PaC reads it, keep it`, v);
      }
    }
    return;
  }
  if (key === 'max-keep-runs' && !/^[1-9][0-9]*$/.test(value)) {
    d.report('pac.annotation-value', field, `max-keep-runs must be a whole number of at least 1, not "${value}"`, 'write a number such as "5"', value);
  } else if (key === 'cancel-in-progress' && value !== 'true' && value !== 'false') {
    d.report('pac.annotation-value', field, `cancel-in-progress is "true" or "false" (PaC compares the text), not "${value}"`, 'write "true" or "false"', value);
  } else if (key === 'on-comment') {
    try {
      new RegExp(value);
    } catch (e) {
      d.report('pac.annotation-value', field, `on-comment "${value}" is not a regular expression (${(e as Error).message}); PaC skips the run`, 'fix the regular expression', value);
    }
  } else if (key === 'on-cel-expression') checkCel(d, value, field);
}

function checkCel(d: Doc, expression: string, field: string): void {
  celEnv ??= pacCelEnvironment([]);
  const result = celEnv.check(expression);
  if (result.valid) return;
  const message = (result.error?.message ?? '').split('\n')[0].trim();
  if (result.error?.name === 'ParseError') {
    d.report('pac.cel-syntax', field, `on-cel-expression does not parse: ${message}; PaC reports the error and never starts the run`, 'fix the expression; its variables: event, event_type, event_title, target_branch, source_branch, target_url, source_url, body, headers, files, and "glob".pathChanged()', expression);
    return;
  }
  d.warn('pac.cel-check', field, `on-cel-expression fails PaC's type check: ${message}; unless the Repository CR's spec.params declares it, PaC reports the error and never starts the run`, 'use the variables event, event_type, event_title, target_branch, source_branch, target_url, source_url, body, headers, files (or a custom param of the Repository)', expression);
}

function checkVariables(d: Doc, value: unknown, field: string): void {
  if (typeof value === 'string') {
    for (const m of value.matchAll(PLACEHOLDER)) {
      const key = m[1].trim();
      if (knownVariable(key)) continue;
      const near = nearest(key, PAC_VARIABLES);
      if (near) d.report('pac.variable-typo', field, `{{ ${key} }} is not a PaC variable, so PaC leaves the text as written`, `write {{ ${near} }}`, m[0]);
      else d.warn('pac.variable-unknown', field, `{{ ${key} }} is not a PaC variable; unless the Repository CR's spec.params defines it, PaC leaves the text as written`, `use a PaC variable (${PAC_VARIABLES.join(', ')}) or define ${key} in the Repository's spec.params`, m[0]);
    }
  } else if (Array.isArray(value)) value.forEach((v, i) => checkVariables(d, v, `${field}[${i}]`));
  else if (isObject(value)) for (const [k, v] of Object.entries(value)) checkVariables(d, v, field === '' ? k : `${field}.${k}`);
}

/**
 * A PaC PipelineRun. `names` holds the index of the first run of each name among the documents;
 * a later one of the same name is reported (PaC never matches a run whose name is not unique).
 */
export function checkPacRun(d: Doc, manifest: Record<string, any>, names: Map<string, string>): void {
  const notes = isObject(manifest.metadata) && isObject(manifest.metadata.annotations) ? manifest.metadata.annotations : {};
  const keys: string[] = [];
  for (const [full, value] of Object.entries(notes)) {
    if (!full.startsWith(PAC_PREFIX)) continue;
    const key = full.slice(PAC_PREFIX.length);
    const field = `metadata.annotations["${full}"]`;
    if (!checkKey(d, key, field) || typeof value !== 'string') continue;
    keys.push(key);
    checkValue(d, key, value, field);
  }
  if (keys.includes('on-cel-expression')) {
    const ignored = CEL_OVERRIDES.filter((k) => keys.includes(k));
    if (ignored.length > 0) d.warn('pac.cel-overrides', `metadata.annotations["${PAC_PREFIX}on-cel-expression"]`, `on-cel-expression makes PaC ignore ${ignored.join(', ')}, which this PipelineRun also sets`, `write those conditions into the CEL expression (event == "push", target_branch == "main", "folder/**".pathChanged()) and remove the annotations`);
  } else if (!keys.includes('on-comment') && keys.includes('on-event') !== keys.includes('on-target-branch')) {
    const missing = keys.includes('on-event') ? 'on-target-branch' : 'on-event';
    d.report('pac.match-incomplete', `metadata.annotations["${PAC_PREFIX}${missing}"]`, `PaC starts a run only when both on-event and on-target-branch match, and this PipelineRun has no ${missing}, so it never starts`, `add ${PAC_PREFIX}${missing} (for example "${missing === 'on-event' ? '[push]' : '[main]'}"), or use on-cel-expression`);
  }
  checkVariables(d, manifest.spec, 'spec');
  checkVariables(d, manifest.metadata, 'metadata');
  const name = pacRunName(manifest);
  if (name === '') return;
  const first = names.get(name);
  if (first === undefined) names.set(name, d.resource);
  else d.report('pac.duplicate-name', isObject(manifest.metadata) && manifest.metadata.generateName ? 'metadata.generateName' : 'metadata.name', `an earlier document, ${first}, has the same name; PaC never matches a PipelineRun whose name is not unique in .tekton/`, 'give each PipelineRun of .tekton/ its own name', name);
}
