// Which Tekton variables are unsafe in a step's `script` text. Tekton replaces `$(...)` in the
// script before the shell reads it, so a value that a user of the pipeline chooses is read as
// shell code. Variables whose value Tekton or the Task author controls (paths, Kubernetes names,
// enumerated states) cannot carry shell syntax and stay allowed.
import { Doc } from './core';
import { expressions, isArtifactRef, isStepResultRef, paramRef, resultRef } from './vars';

/**
 * True for a variable whose value the user of the pipeline controls: params (any form), template
 * params of a TriggerTemplate (filled from the webhook body), task and step results, artifact
 * values, and the path of a workspace in `unsafeWorkspaces` (one whose mountPath holds a
 * reference: Tekton substitutes params into mountPath first, so the path carries their values).
 * False for other workspace, result and artifact paths, context names and uids, and task states.
 */
export function isUnsafeInScript(body: string, unsafeWorkspaces: ReadonlySet<string> = NONE): boolean {
  if (paramRef(body) !== undefined || body.startsWith('tt.params.')) return true;
  const workspace = body.startsWith('workspaces.') ? WORKSPACE_PATH.exec(body) : null;
  if (workspace && unsafeWorkspaces.has(workspace[1])) return true;
  if (resultRef(body) !== undefined || isStepResultRef(body)) return true;
  return isArtifactRef(body) && body !== 'step.artifacts.path' && body !== 'artifacts.path';
}

const WORKSPACE_PATH = /^workspaces\.([^.]+)\.path$/;

/** The env var name the script tag and the fixes use for a variable: `params.target` -> `PARAMS_TARGET`. */
export function envNameOf(body: string): string {
  return body.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '').toUpperCase();
}

const NONE: ReadonlySet<string> = new Set();

/** The unsafe `$(...)` variables in a script, each once, in order of first use. */
export function unsafeScriptReferences(text: string, unsafeWorkspaces: ReadonlySet<string> = NONE): string[] {
  const bodies = expressions(text);
  // Most scripts hold no unsafe variable: nothing is allocated for them but the empty answer.
  let found: Set<string> | undefined;
  for (let i = 0; i < bodies.length; i++) if (isUnsafeInScript(bodies[i], unsafeWorkspaces)) (found ??= new Set()).add(`$(${bodies[i]})`);
  return found === undefined ? [] : [...found];
}

/** The workspaces of a Task spec whose mountPath holds a Tekton reference. */
export function workspacesWithReferencedMountPath(workspaces: unknown): ReadonlySet<string> {
  if (!Array.isArray(workspaces)) return NONE;
  let out: Set<string> | undefined;
  for (let i = 0; i < workspaces.length; i++) {
    const w = workspaces[i];
    if (w && typeof w === 'object' && typeof w.name === 'string' && typeof w.mountPath === 'string' && w.mountPath.includes('$(')) (out ??= new Set()).add(w.name);
  }
  return out ?? NONE;
}

/**
 * Programs that run code given on their command line, each with the option that gives it. A shell
 * takes -c anywhere in a cluster of single-letter options (`-c`, `-ec`, `-cx`, `-xec`) and runs its
 * first operand; an interpreter's option takes the code from the rest of its cluster or the next
 * word (`python3 -c`, `-Ic`, `-cCODE`; `perl -e`, `-ne`, `-E`; `node -e`, `-p`, `--eval`,
 * `--print=CODE`; `php -r`; `pwsh -Command`).
 */
const CODE_FLAGS: ReadonlyArray<readonly [program: RegExp, flag: RegExp]> = [
  [/^(sh|bash|ash|dash|zsh|ksh|mksh|busybox)$/, /^-[A-Za-z]*c[A-Za-z]*$/],
  [/^python[0-9.]*$/, /^-[A-Za-z]*c/],
  [/^(node|nodejs)$/, /^(-[A-Za-z]*[ep]$|--(eval|print)(=|$))/],
  [/^perl$/, /^-[A-Za-z]*[eE]/],
  [/^(ruby|lua)$/, /^-[A-Za-z]*e/],
  [/^php$/, /^-[A-Za-z]*r/],
  [/^pwsh$/, /^-(c|command|encodedcommand|ec)$/i],
];

/**
 * A container whose command runs its code argument (`[sh, -c]`, `[bash, -ec]`, `[python3, -c]`,
 * `[node, -e]`): the first unsafe reference in the code it runs (the command's and args' words
 * from the code flag on), or undefined. Tekton substitutes references into command and args as it
 * does into a script, so a value there is read as code the same way.
 */
export function commandCodeReference(command: unknown, args: unknown, unsafeWorkspaces: ReadonlySet<string> = NONE): { ref: string; program: string } | undefined {
  // Without a `$(` in any word there is no reference to find (most containers): nothing to allocate.
  if (!holdsVariable(command) && !holdsVariable(args)) return undefined;
  const words = [...(Array.isArray(command) ? command : []), ...(Array.isArray(args) ? args : [])].map((w) => (typeof w === 'string' ? w : ''));
  let at = 0;
  if (words[0]?.replace(/^.*\//, '') === 'env') at++;
  const program = words[at]?.replace(/^.*\//, '') ?? '';
  const codeFlag = CODE_FLAGS.find(([name]) => name.test(program))?.[1];
  if (codeFlag === undefined) return undefined;
  const flag = words.findIndex((w, i) => i > at && codeFlag.test(w));
  if (flag < 0) return undefined;
  // From the flag word on: an interpreter may take its code in the same word (-cCODE, --eval=CODE).
  for (const word of words.slice(flag)) {
    const [ref] = unsafeScriptReferences(word, unsafeWorkspaces);
    if (ref !== undefined) return { ref, program };
  }
  return undefined;
}

function holdsVariable(words: unknown): boolean {
  if (!Array.isArray(words)) return false;
  for (let i = 0; i < words.length; i++) if (typeof words[i] === 'string' && words[i].indexOf('$(') >= 0) return true;
  return false;
}

/** Warns about an unsafe reference in the code a container's command runs (see commandCodeReference). */
export function warnCommandReferences(d: Doc, at: string, container: Record<string, unknown>, unsafeWorkspaces: ReadonlySet<string> = NONE): void {
  const found = commandCodeReference(container.command, container.args, unsafeWorkspaces);
  if (!found) return;
  const name = envNameOf(found.ref.slice(2, -1));
  d.warn(
    'script.command-reference',
    Array.isArray(container.args) && container.args.some((a) => typeof a === 'string' && a.includes(found.ref)) ? `${at}.args` : `${at}.command`,
    `${found.ref} is substituted into the code that ${found.program} runs (its -c or -e argument) before it reads it, so a value such as "$(touch x)" runs as code`,
    `pass it as an env var and read the variable in the code: env: [{name: ${name}, value: "${found.ref}"}] and "\${${name}}" in the code, or move the code into script with the cdk8s-tekton script tag`,
    found.ref,
  );
}

/**
 * Warns about each unsafe variable in a script. Tekton accepts them (its own examples use them),
 * so this is a warning: it fails `validate` only with `--strict`.
 */
export function warnScriptReferences(d: Doc, field: string, text: string, unsafeWorkspaces: ReadonlySet<string> = NONE): void {
  // A step result in a script is already an error (step.result-ref-field); one message is enough.
  for (const ref of unsafeScriptReferences(text, unsafeWorkspaces).filter((r) => !isStepResultRef(r.slice(2, -1)))) {
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
