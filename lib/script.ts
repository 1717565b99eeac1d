import { Param, ParamType } from './param';
import { Reference } from './render';

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
  public constructor(
    public readonly text: string,
    public readonly env: readonly ScriptEnv[] = [],
  ) {}

  public toString(): string {
    return this.text;
  }
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'busybox']);

/** Environment variable name for a reference: `params.target` -> `PARAMS_TARGET`. */
export function envNameFor(ref: Reference): string {
  return ref.expression.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '').toUpperCase();
}

/**
 * Tagged template for step scripts. Each interpolated reference (param, result path, workspace
 * path, context variable, task result) becomes an env var of the step and the script reads it as
 * `"${NAME}"`, quoted to suit where it stands. Plain strings and numbers are inserted as text.
 *
 * @example script`npm test -- ${target} > ${report.path}`
 */
export function script(strings: TemplateStringsArray, ...values: ReadonlyArray<Reference | string | number>): Script {
  const interpreter = shebangInterpreter(strings[0]);
  const env = new Map<string, string>();
  let text = strings[0];
  const quotes = new QuoteTracker();
  quotes.feed(strings[0]);
  values.forEach((value, i) => {
    if (value instanceof Reference) {
      if (interpreter !== undefined && !SHELLS.has(interpreter)) {
        throw new Error(`script: the script runs with "${interpreter}", so ${value} cannot be placed as a shell variable. Read it from an env var you set on the step (env: { NAME: ${value} }) instead.`);
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
      text += quotes.wrap(name);
    } else {
      text += String(value);
    }
    quotes.feed(strings[i + 1]);
    text += strings[i + 1];
  });
  return new Script(text, [...env].map(([name, v]) => ({ name, value: v })));
}

function shebangInterpreter(first: string): string | undefined {
  const m = /^\s*#!\s*(\S+)(?:\s+(\S+))?/.exec(first);
  if (!m) return undefined;
  const program = m[1].split('/').pop()!;
  return program === 'env' && m[2] ? m[2].split('/').pop() : program;
}

/** Follows shell quoting through the literal parts so a variable is quoted to suit its position. */
class QuoteTracker {
  private state: 'none' | 'single' | 'double' = 'none';

  public feed(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (this.state === 'single') {
        if (c === "'") this.state = 'none';
      } else if (c === '\\') {
        i++;
      } else if (c === '"') {
        this.state = this.state === 'double' ? 'none' : 'double';
      } else if (c === "'" && this.state === 'none') {
        this.state = 'single';
      }
    }
  }

  public wrap(name: string): string {
    if (this.state === 'double') return `\${${name}}`;
    if (this.state === 'single') return `'"\${${name}}"'`;
    return `"\${${name}}"`;
  }
}
