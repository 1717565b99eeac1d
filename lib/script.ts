import { Param, ParamType } from './param';
import { Reference } from './render';
import { Hole, placeVariables, ScriptContextError } from './shell/place';
import { programName } from './shell/syntax';
import { commandCodeReference, envNameOf, unsafeScriptReferences } from './validate/script';

/** The shells whose reading of a script the tag's parser follows (zsh and ksh read some text differently). */
const READ_SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'busybox']);

/** An environment variable a script needs: the step carries it, Tekton fills its value. */
export interface ScriptEnv {
  readonly name: string;
  readonly value: string;
}

/**
 * A step script whose Tekton references travel as environment variables. Tekton substitutes
 * `$(...)` into the script text before it runs, so a param value written there would run as
 * shell code; as an env var it is only ever data.
 */
export class Script {
  /**
   * A script kept exactly as written, Tekton references included. Tekton substitutes those into
   * the text, so their values run as shell code: only for values you trust.
   */
  public static unsafeRaw(text: string): Script {
    return new Script(text, [], true);
  }

  /** Prefer the `script` tag, which builds the text and its env; this takes both as they are. */
  public constructor(
    /** The script text, with each interpolated reference replaced by its env var. */
    public readonly text: string,
    /** The env vars the text reads: each holds one interpolated Tekton reference. */
    public readonly env: readonly ScriptEnv[] = [],
    /** Set by `Script.unsafeRaw`: the text may hold Tekton references. */
    public readonly allowsTektonReferences = false,
  ) {}

  /** The script text. */
  public toString(): string {
    return this.text;
  }
}

/** Environment variable name for a reference: `params.target` -> `PARAMS_TARGET`. */
export function envNameFor(ref: Reference): string {
  return envNameOf(ref.expression);
}

/**
 * Refuses a script whose text holds a Tekton reference that users of the pipeline control
 * (a param, a task or step result, an artifact): Tekton substitutes it into the text, where its
 * value is read as shell code. `where` prefixes the message (`Task "t": step "s"`).
 */
export function checkScriptText(where: string | undefined, script: string | Script): void {
  if (script instanceof Script && script.allowsTektonReferences) return;
  const [ref] = unsafeScriptReferences(String(script));
  if (ref === undefined) return;
  const name = envNameOf(ref.slice(2, -1));
  const object = /^\$\(params\.([A-Za-z_$][\w$]*)\)$/.exec(ref)?.[1] ?? 'ref';
  throw new Error(
    `${where ? `${where}: ` : ''}script: ${ref} is in the script text, where Tekton substitutes its value before the shell reads it, so a value such as "$(touch x)" runs as shell code. ` +
      `Interpolate the reference object itself in the script tag, not a string built from it: script\`url="https://x/\${${object}}"; curl "$url"\` passes it as env var ${name} and reads "\${${name}}". ` +
      `Or set env: { ${name}: '${ref}' } on the step and write "\${${name}}" in the script. Script.unsafeRaw(text) keeps the text as written, for trusted values only.`,
  );
}

/**
 * Refuses a container whose command runs code given as an argument (`[sh, -c]`, `[python3, -c]`)
 * when that code holds a reference users of the pipeline control: Tekton substitutes it there as
 * into a script.
 */
export function checkCommandCode(where: string, command: unknown, args: unknown): void {
  const found = commandCodeReference(command, args);
  if (!found) return;
  const name = envNameOf(found.ref.slice(2, -1));
  throw new Error(
    `${where}: command: ${found.ref} is in the code that ${found.program} runs (its -c or -e argument), where Tekton substitutes its value before ${found.program} reads it, so a value such as "$(touch x)" runs as code. ` +
      `Use script with the script tag instead of command (script\`...\${ref}...\`), or set env: { ${name}: '${found.ref}' } on the step and read "\${${name}}" in the code.`,
  );
}

/**
 * Refuses a plain script that reads the path of a workspace whose mountPath holds a reference
 * (`/ws/$(params.y)`): Tekton substitutes params into the mount path first, so the path carries
 * the param's value into the script text.
 */
export function checkWorkspacePaths(where: string, script: string | Script, workspaces: ReadonlySet<string>): void {
  if ((script instanceof Script && script.allowsTektonReferences) || !workspaces.size) return;
  const [ref] = unsafeScriptReferences(String(script), workspaces).filter((r) => r.startsWith('$(workspaces.'));
  if (ref === undefined) return;
  const name = envNameOf(ref.slice(2, -1));
  throw new Error(
    `${where}: script: ${ref} is in the script text, and the workspace's mountPath holds a reference, so the path carries that value into the text before the shell reads it. ` +
      `Interpolate the workspace's path in the script tag (script\`cd \${ws.path}\`), which reads it from env var ${name}, or give the workspace a fixed mountPath.`,
  );
}

/**
 * Tagged template for step scripts. Each interpolated reference (param, result path, workspace
 * path, context variable, task result) becomes an env var of the step, and the script reads it
 * in the form its position needs: quoted where quoting protects, handed by name to an inner
 * shell that re-reads the text (`eval`, `sh -c`, a quoted heredoc fed to `sh`), and refused,
 * with the safe form, where no quoting protects it (bash arithmetic, array subscripts,
 * variable names, `ssh`, `python3 -c`). The script is parsed as shell to know which.
 * Plain strings and numbers are inserted as text; a Tekton reference inside one is refused.
 *
 * @example script`npm test -- ${target} > ${report.path}`
 */
export function script(strings: TemplateStringsArray, ...values: ReadonlyArray<Reference | string | number>): Script {
  const interpreter = shebangInterpreter(strings[0]);
  const env = new Map<string, string>();
  const holes: Hole[] = [];
  let text = strings[0];
  values.forEach((value, i) => {
    if (value instanceof Reference) {
      if (interpreter !== undefined && !READ_SHELLS.has(interpreter)) {
        throw new Error(`script: the script runs with "${interpreter}", so ${value} cannot be placed as a shell variable. Read it from an env var you set on the step (env: { NAME: ${value} }) instead. The tag reads scripts for sh, bash, dash and busybox ash only.`);
      }
      if (value instanceof Param && value.type !== ParamType.STRING) {
        throw new Error(`script: ${value.type} param "${value.name}" cannot be interpolated into a script. Pass it as args (args: [${value.name}.all]) and read "$@", or interpolate one element with .at(i)/.key(k).`);
      }
      const name = envNameFor(value);
      const previous = env.get(name);
      if (previous !== undefined && previous !== value.toString()) {
        throw new Error(`script: ${previous} and ${value} both map to env var ${name}. Rename one of them.`);
      }
      env.set(name, value.toString());
      const start = text.length;
      text += `\${${name}}`;
      holes.push({ start, end: text.length, name, ref: value.toString() });
    } else {
      text += String(value);
    }
    text += strings[i + 1];
  });
  return new Script(placed(strings, text, holes), [...env].map(([name, v]) => ({ name, value: v })));
}

/**
 * The last script each template placed. A tag called in a loop (one Task per service) joins the
 * same text with the same holes every time, and the placed text depends on nothing else, so the
 * shell is parsed once per template rather than once per call. Keyed by the template object, which
 * lives as long as its call site: one entry per call site, however many calls.
 */
const lastPlaced = new WeakMap<TemplateStringsArray, { readonly key: string; readonly text: string }>();

/** `text` checked and with its holes placed (see placeVariables); throws as they do. */
function placed(strings: TemplateStringsArray, text: string, holes: readonly Hole[]): string {
  const key = `${holes.map((h) => `${h.start}:${h.end}`).join(',')}\n${text}`;
  const last = lastPlaced.get(strings);
  if (last?.key === key) return last.text;
  checkScriptText(undefined, text);
  let out = text;
  if (holes.length) {
    try {
      out = placeVariables(text, holes);
    } catch (e) {
      if (e instanceof ScriptContextError) throw new Error(`script: ${e.message}`);
      throw e;
    }
  }
  lastPlaced.set(strings, { key, text: out });
  return out;
}

function shebangInterpreter(first: string): string | undefined {
  // Blanks inside the shebang line only: the word on the next line is no argument of env.
  const m = /^\s*#![ \t]*(\S+)(?:[ \t]+(\S+))?/.exec(first);
  if (!m) return undefined;
  const program = programName(m[1]);
  return program === 'env' && m[2] ? programName(m[2]) : program;
}
