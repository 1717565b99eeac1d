// A step script from the YAML as a `script` tagged template: each reference to a param, a result
// path or a workspace path becomes an interpolation of its typed object, so its value travels as
// an env var. The tag itself decides where a reference may stand; where it refuses, the script is
// kept as written through Script.unsafeRaw, with the tag's reason in a `// convert:` comment.
import { isObject } from '../facts/object';
import { Reference } from '../render';
import { Script, script } from '../script';
import { unsafeScriptReferences } from '../validate/script';
import { Module, quote, Scope, templateText } from './code';

const VARIABLE = /\$\(([^()]+)\)/g;
/** The references the tag interpolates: string params, result paths, workspace paths. */
const INTERPOLATED = /^(params\.[\w-]+|results\.[\w.-]+\.path|workspaces\.[\w-]+\.path|tasks\.[a-z0-9-]+\.results\.[\w-]+)$/;

/** The script as code: a tagged template, a plain template literal, or the marked escape hatch. */
export function scriptCode(text: string, scope: Scope, env: readonly unknown[], mod: Module): string {
  const strings: string[] = [];
  const codes: string[] = [];
  const refs: Reference[] = [];
  let last = 0;
  for (const m of text.matchAll(VARIABLE)) {
    const code = INTERPOLATED.test(m[1]) ? scope.get(m[1]) : undefined;
    if (code === undefined) continue;
    strings.push(text.slice(last, m.index));
    codes.push(code);
    refs.push(new Reference(m[1]));
    last = m.index! + m[0].length;
  }
  strings.push(text.slice(last));
  const left = unsafeScriptReferences(strings.join(''));
  if (left.length > 0) {
    return raw(text, mod, `${left.join(', ')} ${left.length === 1 ? 'is' : 'are'} not declared by this Task (Tekton fills ${left.length === 1 ? 'it' : 'them'} in from outside), so the script tag has no typed object to pass; the script keeps ${left.length === 1 ? 'it' : 'them'} as text.`);
  }
  if (refs.length === 0) return '`' + templateText(text) + '`';
  let tagged: Script;
  try {
    tagged = script(Object.assign([...strings], { raw: [...strings] }), ...refs);
  } catch (e) {
    return raw(text, mod, `the script tag refuses this script: ${(e as Error).message.replace(/^script: /, '')}`);
  }
  const given = new Map(env.filter(isObject).map((e) => [e.name, e.value]));
  const clash = tagged.env.find((e) => given.has(e.name) && given.get(e.name) !== e.value);
  if (clash) return raw(text, mod, `the script tag would pass ${clash.value} as env var ${clash.name}, which the step already sets to ${JSON.stringify(given.get(clash.name))}.`);
  mod.imports.add('script');
  return 'script`' + strings.map((s, i) => templateText(s) + (i < codes.length ? '${' + codes[i] + '}' : '')).join('') + '`';
}

function raw(text: string, mod: Module, why: string): string {
  mod.imports.add('Script');
  mod.note(why.replace(/\n/g, ' '));
  return `Script.unsafeRaw(${text.includes('\n') ? '`' + templateText(text) + '`' : quote(text)})`;
}
