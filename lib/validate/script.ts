// Which Tekton variables are unsafe in a step's `script` text. Tekton replaces `$(...)` in the
// script before the shell reads it, so a value that a user of the pipeline chooses is read as
// shell code. Variables whose value Tekton or the Task author controls (paths, Kubernetes names,
// enumerated states) cannot carry shell syntax and stay allowed.
import { Doc } from './core';
import { expressions, isArtifactRef, isStepResultRef, paramRef, resultRef } from './vars';

/**
 * True for a variable whose value the user of the pipeline controls: params (any form), task
 * and step results, and artifact values. False for workspace, result and artifact paths,
 * context names and uids, and task states.
 */
export function isUnsafeInScript(body: string): boolean {
  if (paramRef(body) !== undefined) return true;
  if (resultRef(body) !== undefined || isStepResultRef(body)) return true;
  return isArtifactRef(body) && body !== 'step.artifacts.path' && body !== 'artifacts.path';
}

/** The env var name the script tag and the fixes use for a variable: `params.target` -> `PARAMS_TARGET`. */
export function envNameOf(body: string): string {
  return body.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '').toUpperCase();
}

/** The unsafe `$(...)` variables in a script, each once, in order of first use. */
export function unsafeScriptReferences(text: string): string[] {
  return [...new Set(expressions(text).filter(isUnsafeInScript).map((body) => `$(${body})`))];
}

/**
 * Warns about each unsafe variable in a script. Tekton accepts them (its own examples use them),
 * so this is a warning: it fails `validate` only with `--strict`.
 */
export function warnScriptReferences(d: Doc, field: string, text: string): void {
  // A step result in a script is already an error (step.result-ref-field); one message is enough.
  for (const ref of unsafeScriptReferences(text).filter((r) => !isStepResultRef(r.slice(2, -1)))) {
    const name = envNameOf(ref.slice(2, -1));
    d.warn(
      'script.tekton-reference',
      field,
      `${ref} is substituted into the script text before the shell reads it, so a value such as "$(touch x)" or "; rm -rf /" runs as shell code`,
      `pass it as an env var and read the variable in the script: env: [{name: ${name}, value: "${ref}"}] and "\${${name}}" in the script (the cdk8s-tekton script tag does this for you)`,
      ref,
    );
  }
}
