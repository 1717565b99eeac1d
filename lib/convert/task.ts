// A Task body (a Task, an inline taskSpec, a TaskRun's taskSpec) as addParam / addResult /
// addWorkspace / addStep calls, with step scripts through the script tag.
import { rewriteCommandCode, undoCommandRewrite } from './command';
import { isObject } from '../facts/object';
import { canonical, identifier, literal, Module, props, quote, Scope, stringCode } from './code';
import { isParamValue, paramsCode } from './params';
import type { Credentials } from './credentials';
import { scriptCode } from './script';
import { Known, refCode, whenCode } from './values';

/** Where a body is written: the variable its add calls go to, and the construct and path patches go to. */
export interface Target {
  readonly mod: Module;
  readonly receiver: string;
  readonly owner: string;
  readonly path: ReadonlyArray<string | number>;
  readonly known: Known;
  /** The typed Secrets and service accounts of a top-level run (lib/convert/credentials.ts). */
  readonly credentials?: Credentials;
}

const PARAM_TYPES: Record<string, string> = { string: 'ParamType.STRING', array: 'ParamType.ARRAY', object: 'ParamType.OBJECT' };

/** Keys of a param declaration the typed options write. */
const PARAM_KEYS = ['name', 'type', 'description', 'default', 'enum', 'properties'];

/** Declares params on `t.receiver`, adding each to the scope; returns the string-typed ones. */
export function emitParams(t: Target, params: unknown, scope: Scope): void {
  if (!Array.isArray(params)) return;
  params.forEach((p, i) => {
    if (!isObject(p) || typeof p.name !== 'string') return;
    const inferred = p.properties !== undefined ? 'object' : Array.isArray(p.default) ? 'array' : isObject(p.default) ? 'object' : 'string';
    const type = typeof p.type === 'string' ? p.type : inferred;
    const name = identifier(p.name, t.mod.names);
    // The type Tekton infers is left out, as a person writes it (the typed Param writes it out).
    const written = p.type === undefined || p.type === inferred ? undefined : p.type;
    if (written !== undefined) t.mod.imports.add('ParamType');
    const options = props([
      ['type', written === undefined ? undefined : PARAM_TYPES[String(written)] ?? quote(String(written))],
      ['description', p.description === undefined ? undefined : quote(String(p.description))],
      ['default', p.default === undefined || !isParamValue(p.default) ? undefined : literal(p.default, '    ')],
      ['enum', p.enum === undefined ? undefined : literal(p.enum, '    ')],
      ['properties', p.properties === undefined ? undefined : literal(p.properties, '    ')],
    ], '');
    t.mod.declare(name, `${t.receiver}.addParam(${quote(p.name)}${options === '{}' ? '' : `, ${options}`})`);
    extraKeys(t, p, isParamValue(p.default) || p.default === undefined ? PARAM_KEYS : PARAM_KEYS.filter((k) => k !== 'default'), ['params', i], 'param');
    if (type === 'string') scope.set(`params.${p.name}`, name);
    if (type === 'array') scope.set(`params.${p.name}[*]`, `${name}.all`);
    if (type === 'object') {
      scope.set(`params.${p.name}[*]`, `${name}.all`);
      for (const key of isObject(p.properties) ? Object.keys(p.properties) : []) scope.set(`params.${p.name}.${key}`, `${name}.key(${quote(key)})`);
    }
  });
}

/** Patches the keys of `o` outside `known`, which the typed call did not write. */
export function extraKeys(t: Target, o: Record<string, unknown>, known: readonly string[], at: ReadonlyArray<string | number>, what: string): void {
  for (const key of Object.keys(o)) {
    if (!known.includes(key)) t.mod.patch(t.owner, [...t.path, ...at, key], o[key], `the typed ${what} has no "${key}" field`);
  }
}

const TASK_KEYS = ['description', 'displayName', 'params', 'results', 'workspaces', 'steps', 'stepTemplate', 'sidecars', 'volumes'];

/** Props written in the constructor call of a Task or TaskDefinition. */
export function taskConstructorProps(spec: Record<string, unknown>): Array<[string, string | undefined]> {
  return [
    ['description', typeof spec.description === 'string' ? quote(spec.description) : undefined],
    ['displayName', typeof spec.displayName === 'string' ? quote(spec.displayName) : undefined],
    ['stepTemplate', isObject(spec.stepTemplate) ? literal(containerOnly(spec.stepTemplate), '    ', { bare: true }) : undefined],
  ];
}

const CONTAINER_KEYS = ['image', 'command', 'args', 'env', 'envFrom', 'workingDir', 'computeResources', 'securityContext', 'volumeMounts', 'volumeDevices', 'imagePullPolicy'];

function containerOnly(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([k]) => CONTAINER_KEYS.includes(k)));
}

/** Writes the body of a Task after its constructor: params, results, workspaces, steps, sidecars, volumes. */
export function emitTaskBody(t: Target, spec: Record<string, unknown>, parent?: Scope): void {
  const scope = new Scope(parent);
  extraKeys(t, spec, TASK_KEYS, [], 'Task');
  if (isObject(spec.stepTemplate)) extraKeys(t, spec.stepTemplate, CONTAINER_KEYS, ['stepTemplate'], 'step template');
  emitParams(t, spec.params, scope);
  (Array.isArray(spec.results) ? spec.results : []).forEach((r, i) => {
    if (!isObject(r) || typeof r.name !== 'string') return;
    const name = identifier(r.name, t.mod.names);
    const propsList = isObject(r.properties) && Object.values(r.properties).every((v) => isObject(v) && Object.keys(v).length === 1 && v.type === 'string') ? Object.keys(r.properties).sort() : undefined;
    const resultType = r.type === 'string' ? undefined : r.type;
    if (resultType !== undefined) t.mod.imports.add('ParamType');
    const options = props([
      ['type', resultType === undefined ? undefined : PARAM_TYPES[String(resultType)] ?? quote(String(resultType))],
      ['description', typeof r.description === 'string' ? quote(r.description) : undefined],
      ['properties', propsList ? literal(propsList, '    ') : undefined],
      ['value', r.value === undefined ? undefined : literal(r.value, '    ', { scope, bare: true })],
    ], '');
    t.mod.declare(name, `${t.receiver}.addResult(${quote(r.name)}${options === '{}' ? '' : `, ${options}`})`);
    extraKeys(t, r, propsList ? ['name', 'type', 'description', 'properties', 'value'] : ['name', 'type', 'description', 'value'], ['results', i], 'result');
    scope.set(`results.${r.name}.path`, `${name}.path`);
  });
  (Array.isArray(spec.workspaces) ? spec.workspaces : []).forEach((w, i) => {
    if (!isObject(w) || typeof w.name !== 'string') return;
    const name = identifier(w.name, t.mod.names);
    const { name: _n, ...options } = w;
    const known = ['description', 'optional', 'readOnly', 'mountPath'];
    const typed = Object.fromEntries(Object.entries(options).filter(([k]) => known.includes(k)));
    t.mod.declare(name, `${t.receiver}.addWorkspace(${quote(w.name)}${Object.keys(typed).length ? `, ${literal(typed, '    ')}` : ''})`);
    extraKeys(t, w, ['name', ...known], ['workspaces', i], 'workspace');
    for (const v of ['path', 'bound', 'claim', 'volume']) scope.set(`workspaces.${w.name}.${v}`, `${name}.${v}`);
  });
  (Array.isArray(spec.steps) ? spec.steps : []).forEach((s, i) => {
    if (isObject(s)) emitContainer(t, s, ['steps', i], scope, 'step');
  });
  (Array.isArray(spec.sidecars) ? spec.sidecars : []).forEach((s, i) => {
    if (isObject(s)) emitContainer(t, s, ['sidecars', i], scope, 'sidecar');
  });
  for (const v of Array.isArray(spec.volumes) ? spec.volumes : []) t.mod.add(`${t.receiver}.addVolume(${literal(v, '')});`);
}

const STEP_KEYS = [...CONTAINER_KEYS, 'name', 'displayName', 'script', 'onError', 'timeout', 'stdoutConfig', 'stderrConfig', 'ref', 'params', 'results', 'when', 'workspaces'];
const SIDECAR_KEYS = [...CONTAINER_KEYS, 'name', 'script', 'ports', 'readinessProbe', 'livenessProbe', 'startupProbe', 'lifecycle', 'workspaces'];
/** Keys a step with a StepAction ref takes from the action (the typed step refuses them beside ref). */
const FROM_ACTION = ['image', 'command', 'args', 'script', 'workingDir', 'env', 'volumeMounts', 'results'];

/** Writes one step (`addStep`) or sidecar (`addSidecar`). */
function emitContainer(t: Target, s: Record<string, unknown>, at: [string, number], scope: Scope, what: 'step' | 'sidecar'): void {
  let allowed = what === 'step' ? STEP_KEYS : SIDECAR_KEYS;
  if (what === 'step' && s.ref !== undefined) allowed = allowed.filter((k) => !FROM_ACTION.includes(k));
  if (s.script !== undefined) allowed = allowed.filter((k) => k !== 'command');
  if (what === 'step' && s.ref === undefined) allowed = allowed.filter((k) => k !== 'params');
  const entries: Array<[string, string | undefined]> = [];
  const undone = allowed.includes('command') ? undoCommandRewrite(s.command, s.args, Array.isArray(s.env) ? s.env : []) : undefined;
  if (undone !== undefined) s = withoutEnv({ ...s, ...(undone.command ? { command: undone.command } : {}), ...(undone.args ? { args: undone.args } : {}) }, undone.drop);
  const written = isObject(s) && Array.isArray(s.env) ? s.env : [];
  const scripted = typeof s.script === 'string' && allowed.includes('script') ? scriptCode(s.script, scope, written, t.mod) : undefined;
  const env = written.filter((e) => !(isObject(e) && scripted?.drop?.includes(e.name)));
  const moved = allowed.includes('command') ? rewriteCommandCode(s.command, s.args) : undefined;
  // Said in a plain comment, not a `// convert:` one: the typed step states this, so it is no escape hatch.
  if (moved) {
    t.mod.comment(`${moved.moved.join(', ')} moved out of the code the shell runs (${quote(String([s.command, s.args].flat().find((w) => typeof w === 'string' && /^-[A-Za-z]*[ceEr]$/.test(w))))} argument) into env vars, which the code reads: Tekton would substitute ${moved.moved.length === 1 ? 'its value' : 'their values'} into the code itself.`);
  }
  const extraEnv = [...(scripted?.env ?? []), ...(moved?.env.map(([n, ref]) => [n, stringCode(ref, scope, true)] as const) ?? [])];
  if (extraEnv.length && env.length === 0) entries.push(['env', envCode([], scope, extraEnv)]);
  for (const key of canonical(Object.keys(s).map((k) => [k, k] as [string, string])).map(([k]) => k)) {
    if (!allowed.includes(key) || (key === 'env' && env.length === 0)) continue;
    // The typed step writes this name itself when none is given.
    if (key === 'name' && s.name === `${what}-${at[1] + 1}`) continue;
    const v = key === 'command' && moved?.command ? moved.command : key === 'args' && moved?.args ? moved.args : s[key];
    let code: string | undefined;
    switch (key) {
      case 'params':
        code = paramsCode(v, scope);
        break;
      case 'image': case 'workingDir': case 'command': case 'args': case 'stdoutConfig': case 'stderrConfig':
        code = literal(v, '      ', { scope, bare: true });
        break;
      case 'onError':
        code = v === 'continue' || v === 'stopAndFail' ? quote(v) : undefined;
        break;
      case 'env':
        code = envCode(env, scope, extraEnv);
        break;
      case 'script':
        code = scripted?.code;
        break;
      case 'workspaces':
        code = Array.isArray(v) && v.every((w) => isObject(w) && typeof w.name === 'string' && Object.keys(w).every((k) => k === 'name' || (k === 'mountPath' && typeof w[k] === 'string'))) ? literal(v, '') : undefined;
        break;
      case 'ref':
        code = isObject(v) ? refCode('StepActionRef', v, t.known, t.mod) : undefined;
        break;
      case 'when': {
        const whens = Array.isArray(v) ? v.map((w) => whenCode(w, scope, t.mod)) : [];
        code = whens.length && whens.every((w) => w !== undefined) ? `[${whens.join(', ')}]` : undefined;
        break;
      }
      default:
        code = literal(v, '      ', { scope });
    }
    if (code === undefined) allowed = allowed.filter((k) => k !== key);
    entries.push([key, code]);
  }
  t.mod.add(`${t.receiver}.${what === 'step' ? 'addStep' : 'addSidecar'}(${props(entries, '')});`);
  extraKeys(t, s, allowed, at, what);
}

/** The container without the env vars `names` (no env at all when none is left). */
function withoutEnv(s: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  const { env, ...rest } = s;
  const kept = Array.isArray(env) ? env.filter((e) => !(isObject(e) && names.includes(e.name as string))) : [];
  return kept.length ? { ...rest, env: kept } : rest;
}

/**
 * A step's env as a name -> value map when every entry is a plain value, else the EnvVar list;
 * `extra` (name -> code) are the env vars a script written by hand reads (see script.ts).
 */
function envCode(env: unknown[], scope: Scope, extra: ReadonlyArray<readonly [string, string]>): string {
  const names = new Set<string>();
  const plain = env.every((e) => isObject(e) && Object.keys(e).every((k) => k === 'name' || k === 'value') && typeof e.name === 'string' && typeof e.value === 'string' && !/^\d+$/.test(e.name) && !names.has(e.name) && names.add(e.name));
  if (!plain) {
    const list = literal(env, '      ', { scope });
    if (extra.length === 0) return list;
    return `[${list.slice(1, -1).trim().replace(/,$/, '')}, ${extra.map(([n, c]) => `{ name: ${quote(n)}, value: \`\${${c}}\` }`).join(', ')}]`;
  }
  return props([...env.map((e) => [(e as { name: string }).name, stringCode((e as { value: string }).value, scope, true)] as [string, string]), ...extra], '      ');
}
