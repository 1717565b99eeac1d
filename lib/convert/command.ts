// `command: [sh, -c, code]` (or args holding the code) with a Tekton reference in the code: the SDK
// refuses it, as Tekton substitutes the value into code the shell then runs. Convert moves each such
// reference into an env var of the container and reads the variable in the code instead, quoted for
// where it stands, which runs the same commands for every value that is plain data.
import { commandCodeReference, envNameOf, unsafeScriptReferences } from '../validate/script';

export interface CommandRewrite {
  readonly command?: unknown[];
  readonly args?: unknown[];
  /** Env vars to add: name and the `$(ref)` text Tekton fills in. */
  readonly env: Array<readonly [string, string]>;
  /** The references moved, for the `// convert:` comment. */
  readonly moved: string[];
}

/** `"${NAME}"` in place of `ref`, closing and reopening the quotes it stands in. */
function replaceQuoted(code: string, ref: string, name: string): string {
  let out = '';
  let quote: '' | "'" | '"' = '';
  for (let i = 0; i < code.length; ) {
    if (code.startsWith(ref, i)) {
      const read = `"\${${name}}"`;
      out += quote === "'" ? `'${read}'` : quote === '"' ? `"${read}"` : read;
      i += ref.length;
      continue;
    }
    const c = code[i];
    if (quote === '' && (c === "'" || c === '"')) quote = c;
    else if (quote === c) quote = '';
    else if (c === '\\' && quote !== "'" && i + 1 < code.length) {
      out += c + code[i + 1];
      i += 2;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

/** The rewrite of a container's command and args, or undefined when the code holds no reference. */
export function rewriteCommandCode(command: unknown, args: unknown): CommandRewrite | undefined {
  if (!commandCodeReference(command, args)) return undefined;
  const env = new Map<string, string>();
  const rewrite = (words: unknown): unknown[] | undefined =>
    Array.isArray(words)
      ? words.map((w) => {
          if (typeof w !== 'string') return w;
          let code = w;
          for (const ref of unsafeScriptReferences(w)) {
            const name = envNameOf(ref.slice(2, -1));
            env.set(name, ref);
            code = replaceQuoted(code, ref, name);
          }
          return code;
        })
      : undefined;
  const words = [...(Array.isArray(command) ? command : []), ...(Array.isArray(args) ? args : [])];
  const flag = words.findIndex((w) => typeof w === 'string' && /^-[A-Za-z]*[ceEr]$/.test(w));
  // Only the code (the word after the flag) is rewritten: the program, its options and the code's
  // own arguments ($0, $1, ...) are data to the shell.
  const at = flag + 1;
  const commandLength = Array.isArray(command) ? command.length : 0;
  const split = (list: unknown, offset: number): unknown[] | undefined =>
    Array.isArray(list) ? list.map((w, i) => (i + offset === at ? rewrite([w])![0] : w)) : undefined;
  return { command: split(command, 0), args: split(args, commandLength), env: [...env], moved: [...env.values()] };
}

/**
 * A container convert rewrote (above) and synth wrote out: command/args reading env vars
 * NAME = $(ref) as "${NAME}". Gives the command and args as they were before, with each $(ref)
 * back in place, when rewriting those gives exactly these words and env vars again, and the names
 * of the env vars the rewrite sets (left out of the step's own env); so convert, synth and convert
 * again give the same module.
 */
export function undoCommandRewrite(command: unknown, args: unknown, env: readonly unknown[]): { command?: unknown[]; args?: unknown[]; drop: string[] } | undefined {
  const reads = env.flatMap((e) => {
    const m = e && typeof e === 'object' && typeof (e as { value?: unknown }).value === 'string' ? /^\$\(([^()]+)\)$/.exec((e as { value: string }).value) : null;
    return m && envNameOf(m[1]) === (e as { name?: unknown }).name ? [[(e as { name: string }).name, m[0]] as const] : [];
  });
  if (reads.length === 0) return undefined;
  // replaceQuoted writes the read as '"${NAME}"' between single quotes, ""${NAME}"" between double quotes, else "${NAME}".
  const back = (words: unknown): unknown[] | undefined =>
    Array.isArray(words)
      ? words.map((w) => (typeof w === 'string' ? reads.reduce((code, [name, ref]) => [`'"\${${name}}"'`, `""\${${name}}""`, `"\${${name}}"`].reduce((c, read) => c.split(read).join(ref), code), w) : w))
      : undefined;
  const before = { command: back(command), args: back(args) };
  const redo = rewriteCommandCode(before.command, before.args);
  if (redo === undefined || JSON.stringify([redo.command, redo.args]) !== JSON.stringify([command, args])) return undefined;
  if (!redo.env.every(([name, ref]) => reads.some(([n, r]) => n === name && r === ref))) return undefined;
  return { ...before, drop: redo.env.map(([name]) => name) };
}
