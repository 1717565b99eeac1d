// A step script from the YAML as a `script` tagged template: each reference to a param, a result
// path or a workspace path becomes an interpolation of its typed object, so its value travels as
// an env var. The tag itself decides where a reference may stand; where it refuses, the script is
// kept as written through Script.unsafeRaw, with the tag's reason in a `// convert:` comment.
import { isObject } from '../facts/object';
import { Reference } from '../render';
import { Script, script } from '../script';
import { envNameOf, unsafeScriptReferences } from '../validate/script';
import { Module, quote, Scope, templateText } from './code';

const VARIABLE = /\$\(([^()]+)\)/g;
/** The references the tag interpolates: params (and their keys), result paths, workspace paths, task results. */
const INTERPOLATED = /^(params\.[\w-]+(\.[\w-]+)?|results\.[\w.-]+\.path|workspaces\.[\w-]+\.path|tasks\.[a-z0-9-]+\.results\.[\w-]+)$/;

/** A script as code, and env vars the step must set for it (name -> code) when the tag is not used. */
export interface ScriptCode {
  readonly code: string;
  readonly env: ReadonlyArray<readonly [string, string]>;
  /** Env vars of the step that the script sets again (the step was written by convert itself): left out of env. */
  readonly drop?: readonly string[];
}

/**
 * The code of a reference a script may interpolate: its typed object, or, for a param or result
 * the spec does not declare (Tekton propagates it from the Pipeline or run), a Reference, which
 * travels as an env var all the same. A step's results and artifacts (`$(steps.<step>.results.x)`,
 * `$(steps.<step>.outputs.y)`) travel the same way: Tekton's entrypoint substitutes them into the
 * step's env values as it does into the script. Undefined for what stays text (context, paths).
 */
function referenceCode(expression: string, scope: Scope): { code: string; outside: boolean } | undefined {
  const code = INTERPOLATED.test(expression) ? scope.get(expression) : undefined;
  if (code !== undefined) return { code, outside: false };
  if (unsafeScriptReferences(`$(${expression})`).length > 0 && !expression.startsWith('step.')) {
    return { code: `new Reference(${quote(expression)})`, outside: true };
  }
  return undefined;
}

/** The step's env vars NAME = $(ref) named as the tag names them: what a script of convert's own reads. */
function referenceEnv(env: readonly unknown[]): Array<{ name: string; expression: string }> {
  const out: Array<{ name: string; expression: string }> = [];
  for (const e of env) {
    const m = isObject(e) && typeof e.name === 'string' && typeof e.value === 'string' && Object.keys(e).length === 2 ? /^\$\(([^()]+)\)$/.exec(e.value) : null;
    if (m && envNameOf(m[1]) === (e as { name: string }).name) out.push({ name: (e as { name: string }).name, expression: m[1] });
  }
  return out;
}

/** Says, once per script, which references the spec does not declare, and where each comes from. */
function noteOutside(outside: readonly string[], mod: Module): void {
  if (outside.length === 0) return;
  mod.imports.add('Reference');
  const fromSteps = outside.filter((r) => r.startsWith('$(steps.'));
  const fromRun = outside.filter((r) => !r.startsWith('$(steps.'));
  const them = (refs: readonly string[], one: string, many: string) => (refs.length === 1 ? one : many);
  if (fromRun.length > 0) {
    mod.comment(`${fromRun.join(', ')} ${them(fromRun, 'is', 'are')} not declared by this spec: Tekton fills ${them(fromRun, 'it', 'them')} in from the Pipeline or run, so the script reads ${them(fromRun, 'it', 'them')} through a Reference.`);
  }
  if (fromSteps.length > 0) {
    mod.comment(`${fromSteps.join(', ')} ${them(fromSteps, 'comes', 'come')} from an earlier step: Tekton's entrypoint fills ${them(fromSteps, 'it', 'them')} in the step's env vars as it does in the script, so the script reads ${them(fromSteps, 'it', 'them')} through a Reference.`);
  }
}

/**
 * A script the tag wrote (convert's own output, synthesized): env vars NAME = $(ref) that it
 * reads as "${NAME}". Written as the tagged template again when the tag gives back exactly this
 * text, first with the quotes the tag adds around a bare read taken away, then as it stands; so
 * convert, synth and convert again give the same module.
 */
function fromTagOutput(text: string, scope: Scope, env: readonly unknown[]): (ScriptCode & { outside: string[] }) | undefined {
  const byName = new Map<string, { expression: string; code: string; outside: boolean }>();
  for (const e of referenceEnv(env)) {
    const ref = referenceCode(e.expression, scope);
    if (ref !== undefined) byName.set(e.name, { expression: e.expression, ...ref });
  }
  if (byName.size === 0) return undefined;
  const names = [...byName.keys()].map((n) => n.replace(/\$/g, '\\$')).join('|');
  for (const pattern of [new RegExp(`"\\$\\{(${names})\\}"|\\$\\{(${names})\\}`, 'g'), new RegExp(`\\$\\{(${names})\\}`, 'g')]) {
    const strings: string[] = [];
    const found: Array<{ expression: string; code: string; outside: boolean }> = [];
    let last = 0;
    for (const m of text.matchAll(pattern)) {
      strings.push(text.slice(last, m.index));
      found.push(byName.get(m[1] ?? m[2])!);
      last = m.index! + m[0].length;
    }
    if (found.length === 0) return undefined;
    strings.push(text.slice(last));
    try {
      const again = script(Object.assign([...strings], { raw: [...strings] }), ...found.map((f) => new Reference(f.expression)));
      if (again.text !== text) continue;
      const code = 'script`' + strings.map((s, i) => templateText(s) + (i < found.length ? '${' + found[i].code + '}' : '')).join('') + '`';
      return { code, env: [], drop: again.env.map((e) => e.name), outside: [...new Set(found.filter((f) => f.outside).map((f) => `$(${f.expression})`))] };
    } catch {
      continue;
    }
  }
  return undefined;
}

/**
 * Where the tag refuses a placement in a shell script (bash arithmetic, for one), the step sets
 * each reference as an env var and the script reads "${NAME}" where the reference stood: what the
 * validator's fix says to do by hand. Bash then reads the value where Tekton would have pasted it,
 * so the script does the same for every value, never running one as a command of its own. Only
 * done where the reference is not between single quotes (there ${NAME} would stay text) and the
 * script is not run by another interpreter.
 */
function byHand(text: string, holes: ReadonlyArray<{ readonly expression: string; readonly code: string; readonly index: number }>): ScriptCode | undefined {
  if (/^\s*#!/.test(text) && !/^\s*#!\s*\S*\/(?:env\s+)?(?:ba|da|k|z)?sh\b/.test(text)) return undefined;
  let out = '';
  let last = 0;
  const env = new Map<string, string>();
  for (const h of holes) {
    const lineStart = text.lastIndexOf('\n', h.index) + 1;
    if ((text.slice(lineStart, h.index).match(/'/g)?.length ?? 0) % 2 === 1 || /<<-?\s*['"]/.test(text.slice(0, h.index))) return undefined;
    const name = envNameOf(h.expression);
    env.set(name, h.code);
    out += text.slice(last, h.index) + '${' + name + '}';
    last = h.index + h.expression.length + 3;
  }
  return { code: '`' + templateText(out + text.slice(last)) + '`', env: [...env] };
}

/**
 * A script convert wrote by hand (below) and synth wrote out: the step's env vars NAME = $(ref)
 * read as ${NAME}. Gives the script as it was before, with each $(ref) back in place, when
 * converting that gives exactly this text and these env vars again; so convert, synth and
 * convert again give the same module (and the same `// convert:` comment).
 */
function undoByHand(text: string, scope: Scope, env: readonly unknown[]): { text: string; env: unknown[]; drop: string[] } | undefined {
  const reads = referenceEnv(env).filter((e) => text.includes('${' + e.name + '}') || text.includes(pythonRead(e.name)));
  if (reads.length === 0) return undefined;
  let before = text;
  for (const e of reads) before = before.split('${' + e.name + '}').join(`$(${e.expression})`).split(pythonRead(e.name)).join(`'$(${e.expression})'`);
  const rest = env.filter((e) => !reads.some((r) => isObject(e) && e.name === r.name));
  const redo = scriptCode(before, scope, rest, new Module());
  const names = redo.env.map(([n]) => n).sort();
  if (redo.code !== '`' + templateText(text) + '`' || names.join() !== reads.map((r) => r.name).sort().join()) return undefined;
  return { text: before, env: rest, drop: names };
}

const PYTHON = /^\s*#!\s*\S*\/(?:env\s+)?python[0-9.]*\s/;

/**
 * Where the tag refuses a Python script (it reads shell only) and each reference stands as a whole
 * string literal ('$(params.x)'), the step sets each as an env var and the literal becomes
 * __import__('os').environ['NAME'] (an expression on the same line: no import line is added, so
 * every line keeps its number, in tracebacks too). For every
 * value Tekton can paste into the literal without ending it (no quote, backslash or newline), the
 * script gets the same string; any other value was Python code to the original, and is a string here.
 */
const pythonRead = (name: string) => `__import__('os').environ['${name}']`;

function pythonByHand(text: string, holes: ReadonlyArray<{ readonly expression: string; readonly code: string; readonly index: number }>): ScriptCode | undefined {
  if (!PYTHON.test(text)) return undefined;
  let out = '';
  let last = 0;
  const env = new Map<string, string>();
  for (const h of holes) {
    const quote = text[h.index - 1];
    const end = h.index + h.expression.length + 3;
    // A literal of its own: not triple-quoted, not prefixed (f'', r'', b'').
    if ((quote !== "'" && quote !== '"') || text[end] !== quote || /[\w'"]/.test(text[h.index - 2] ?? '') || /['"]/.test(text[end + 1] ?? '')) return undefined;
    const name = envNameOf(h.expression);
    env.set(name, h.code);
    out += text.slice(last, h.index - 1) + pythonRead(name);
    last = end + 1;
  }
  out += text.slice(last);
  return { code: '`' + templateText(out) + '`', env: [...env] };
}

/** The script as code: a tagged template, a plain template literal, or the marked escape hatch. */
export function scriptCode(text: string, scope: Scope, env: readonly unknown[], mod: Module): ScriptCode {
  const strings: string[] = [];
  const codes: string[] = [];
  const refs: Reference[] = [];
  let last = 0;
  const outside: string[] = [];
  const holes: Array<{ expression: string; code: string; index: number }> = [];
  for (const m of text.matchAll(VARIABLE)) {
    const ref = referenceCode(m[1], scope);
    if (ref === undefined) continue;
    if (ref.outside && !outside.includes(m[0])) outside.push(m[0]);
    strings.push(text.slice(last, m.index));
    codes.push(ref.code);
    refs.push(new Reference(m[1]));
    holes.push({ expression: m[1], code: ref.code, index: m.index! });
    last = m.index! + m[0].length;
  }
  strings.push(text.slice(last));
  if (refs.length === 0) {
    const again = fromTagOutput(text, scope, env);
    if (again !== undefined) {
      mod.imports.add('script');
      noteOutside(again.outside, mod);
      return again;
    }
    const undone = undoByHand(text, scope, env);
    if (undone !== undefined) return { ...scriptCode(undone.text, scope, undone.env, mod), drop: undone.drop };
  }
  const left = unsafeScriptReferences(strings.join(''));
  if (left.length > 0) {
    return raw(text, mod, `${left.join(', ')} ${left.length === 1 ? 'is a step result, which Tekton' : 'are step results, which Tekton'} only substitutes into the script text; the script keeps ${left.length === 1 ? 'it' : 'them'} as written.`);
  }
  if (refs.length === 0) return { code: '`' + templateText(text) + '`', env: [] };
  let tagged: Script;
  try {
    tagged = script(Object.assign([...strings], { raw: [...strings] }), ...refs);
  } catch (e) {
    const why = `the script tag refuses this script: ${(e as Error).message.replace(/^script: /, '')}`;
    const manual = byHand(text, holes) ?? pythonByHand(text, holes);
    if (manual === undefined || manual.env.some(([name]) => env.some((e) => isObject(e) && e.name === name))) return raw(text, mod, why);
    if (outside.length > 0) mod.imports.add('Reference');
    const reads = PYTHON.test(text) ? pythonRead('NAME') : '"${NAME}"';
    mod.note(`${why}${/[.!?]$/.test(why) ? '' : '.'} So the step sets ${manual.env.map(([n]) => n).join(', ')} and the script reads ${reads} there instead, as Tekton's validator advises.`);
    return manual;
  }
  const given = new Map(env.filter(isObject).map((e) => [e.name, e.value]));
  const clash = tagged.env.find((e) => given.has(e.name) && given.get(e.name) !== e.value);
  if (clash) return raw(text, mod, `the script tag would pass ${clash.value} as env var ${clash.name}, which the step already sets to ${JSON.stringify(given.get(clash.name))}.`);
  mod.imports.add('script');
  // Written as convert writes the tag's output, so that converting the synthesized step gives this code again.
  const canonical = fromTagOutput(tagged.text, scope, [...env, ...tagged.env]);
  noteOutside(outside, mod);
  if (canonical !== undefined && [...canonical.drop!].sort().join() === tagged.env.map((e) => e.name).sort().join()) return { code: canonical.code, env: [], drop: canonical.drop!.filter((n) => given.has(n)) };
  return { code: 'script`' + strings.map((s, i) => templateText(s) + (i < codes.length ? '${' + codes[i] + '}' : '')).join('') + '`', env: [] };
}

function raw(text: string, mod: Module, why: string): ScriptCode {
  mod.imports.add('Script');
  mod.note(why.replace(/\n/g, ' '));
  return { code: `Script.unsafeRaw(${text.includes('\n') ? '`' + templateText(text) + '`' : quote(text)})`, env: [] };
}
