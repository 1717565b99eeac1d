// Code for the values the typed API has helpers for: refs to Tasks, Pipelines and StepActions
// (resolvers included), when expressions and workspace bindings.
import { isObject } from '../facts/object';
import { literal, Module, quote, Scope, stringCode } from './code';

/** The variables of constructs already written, by kind and metadata.name (`Task/build` -> `build`). */
export type Known = Map<string, string>;

type RefKind = 'TaskRef' | 'PipelineRef' | 'StepActionRef';

function paramMap(params: unknown): Record<string, unknown> | undefined {
  if (!Array.isArray(params)) return undefined;
  const out: Record<string, unknown> = {};
  for (const p of params) {
    if (!isObject(p) || typeof p.name !== 'string' || Object.keys(p).some((k) => k !== 'name' && k !== 'value') || p.name in out) return undefined;
    out[p.name] = p.value;
  }
  return out;
}

function onlyKeys(o: Record<string, unknown>, allowed: readonly string[], required: readonly string[] = []): boolean {
  return Object.keys(o).every((k) => allowed.includes(k) && typeof o[k] === 'string') && required.every((k) => k in o);
}

/**
 * A ref as code: a construct of this module, a name, or one of the resolver helpers when its
 * params are exactly what the helper writes; other resolvers through `resolver(name, params)`.
 * Undefined when the ref has fields no helper writes.
 */
/**
 * The construct of this module a ref names when it names one and says nothing else (`kind: Task`
 * or `kind: Pipeline` beside the name is Tekton's default, which synth leaves out).
 */
export function localRef(ref: Record<string, unknown>, target: 'Task' | 'Pipeline', known: Known): string | undefined {
  const keys = Object.keys(ref).filter((k) => !(k === 'kind' && ref.kind === target));
  return keys.length === 1 && typeof ref.name === 'string' ? known.get(`${target}/${ref.name}`) : undefined;
}

export function refCode(kind: RefKind, ref: Record<string, unknown>, known: Known, mod: Module): string | undefined {
  mod.imports.add(kind);
  const target = { TaskRef: 'Task', PipelineRef: 'Pipeline', StepActionRef: 'StepAction' }[kind];
  // `kind: Task` (or Pipeline, StepAction) is what Tekton's defaulting writes when it is left out.
  const keys = Object.keys(ref).filter((k) => !(k === 'kind' && ref.kind === target && typeof ref.name === 'string' && ref.resolver === undefined));
  if (keys.length === 1 && typeof ref.name === 'string') {
    const local = known.get(`${target}/${ref.name}`);
    const helper = { TaskRef: 'fromTask', PipelineRef: 'fromPipeline', StepActionRef: 'fromStepAction' }[kind];
    return local ? `${kind}.${helper}(${local})` : `${kind}.named(${quote(ref.name)})`;
  }
  if (kind === 'TaskRef' && keys.length === 2 && typeof ref.apiVersion === 'string' && typeof ref.kind === 'string') {
    return `TaskRef.custom(${quote(ref.apiVersion)}, ${quote(ref.kind)})`;
  }
  if (kind === 'TaskRef' && keys.length === 3 && typeof ref.apiVersion === 'string' && typeof ref.kind === 'string' && typeof ref.name === 'string') {
    return `TaskRef.custom(${quote(ref.apiVersion)}, ${quote(ref.kind)}, ${quote(ref.name)})`;
  }
  if (typeof ref.resolver !== 'string' || keys.some((k) => k !== 'resolver' && k !== 'params')) return undefined;
  const params = ref.params === undefined ? {} : paramMap(ref.params);
  if (params === undefined) return undefined;
  const s = params as Record<string, string>;
  const own = kind === 'TaskRef' ? 'task' : kind === 'PipelineRef' ? 'pipeline' : 'stepaction';
  const opts = (entries: Array<[string, string | undefined]>) => {
    const set = entries.filter(([, v]) => v !== undefined);
    return set.length ? `, { ${set.map(([k, v]) => `${k}: ${quote(v!)}`).join(', ')} }` : '';
  };
  if (ref.resolver === 'hub' && onlyKeys(s, ['catalog', 'type', 'kind', 'name', 'version'], ['kind', 'name', 'version']) && s.kind === own && (s.type === undefined || s.type === 'tekton' || s.type === 'artifact')) {
    return `${kind}.hub(${quote(s.name)}, ${quote(s.version)}${opts([['type', s.type], ['catalog', s.catalog]])})`;
  }
  if (ref.resolver === 'git' && onlyKeys(s, ['url', 'repo', 'org', 'revision', 'pathInRepo', 'token', 'tokenKey', 'scmType', 'serverURL'], ['pathInRepo']) && ('url' in s) !== ('repo' in s)) {
    return `${kind}.git(${literal(s, '    ')})`;
  }
  if (ref.resolver === 'bundles' && onlyKeys(s, ['bundle', 'name', 'kind', 'secret'], ['bundle', 'name'])) {
    const { kind: k, ...rest } = s;
    return `${kind}.bundle(${literal(k === undefined || k === own ? rest : s, '    ')})`;
  }
  if (ref.resolver === 'cluster' && kind !== 'StepActionRef' && onlyKeys(s, ['kind', 'name', 'namespace'], ['kind', 'name']) && s.kind === own) {
    return `${kind}.cluster(${quote(s.name)}${s.namespace === undefined ? '' : `, ${quote(s.namespace)}`})`;
  }
  if (ref.resolver === 'http' && onlyKeys(s, ['url', 'http-username', 'http-password-secret', 'http-password-secret-key'], ['url'])) {
    return `${kind}.http(${quote(s.url)}${opts([['httpUsername', s['http-username']], ['httpPasswordSecret', s['http-password-secret']], ['httpPasswordSecretKey', s['http-password-secret-key']]])})`;
  }
  return `${kind}.resolver(${quote(ref.resolver)}, ${literal(params, '    ', { bare: true })})`;
}

/** A ref as code, or through `fromSpec` (an escape hatch, noted) when no helper writes it. */
export function anyRefCode(kind: RefKind, ref: Record<string, unknown>, known: Known, mod: Module): string {
  const code = refCode(kind, ref, known, mod);
  if (code !== undefined) return code;
  mod.note(`this ${kind} has fields no ${kind} helper writes (${Object.keys(ref).sort().join(', ')}); ${kind}.fromSpec keeps it as written.`);
  return `${kind}.fromSpec(${literal(ref, '    ')})`;
}

/** A when expression through `when(...)`, or undefined for a form it does not write. */
export function whenCode(w: unknown, scope: Scope, mod: Module): string | undefined {
  if (!isObject(w)) return undefined;
  mod.imports.add('when');
  if (Object.keys(w).length === 1 && typeof w.cel === 'string') return `when.cel(${quote(w.cel)})`;
  const keys = Object.keys(w).sort().join(',');
  if (keys !== 'input,operator,values' || typeof w.input !== 'string' || !Array.isArray(w.values) || w.values.length === 0 || !w.values.every((v) => typeof v === 'string')) return undefined;
  const op = w.operator === 'in' ? 'in' : w.operator === 'notin' ? 'notIn' : undefined;
  if (op === undefined) return undefined;
  return `when(${stringCode(w.input, scope, true)}).${op}(${w.values.map((v) => stringCode(v, scope, true)).join(', ')})`;
}

/** `volumeClaimTemplate(...)` for the claims it writes: access modes, a storage request, a class. */
function claimCode(spec: Record<string, unknown>): string | undefined {
  const { accessModes, storageClassName, resources, ...rest } = spec;
  const storage = isObject(resources) && Object.keys(resources).length === 1 && isObject(resources.requests) && Object.keys(resources.requests).length === 1 ? resources.requests.storage : undefined;
  if (Object.keys(rest).length > 0 || typeof storage !== 'string' || !Array.isArray(accessModes) || (storageClassName !== undefined && typeof storageClassName !== 'string')) return undefined;
  const same = accessModes.length === 1 && accessModes[0] === 'ReadWriteOnce';
  return `WorkspaceBinding.volumeClaimTemplate(${literal({ storage, ...(same ? {} : { accessModes }), ...(storageClassName === undefined ? {} : { storageClassName }) }, '')})`;
}

/** A run's workspace binding through the WorkspaceBinding helpers, or undefined for a form they do not write. */
export function bindingCode(b: Record<string, unknown>, mod: Module, typedSecret?: (name: string) => string | undefined): string | undefined {
  const { name: _name, subPath, ...source } = b;
  const keys = Object.keys(source);
  if (keys.length !== 1 || (subPath !== undefined && typeof subPath !== 'string')) return undefined;
  const v = source[keys[0]];
  if (!isObject(v)) return undefined;
  let code: string | undefined;
  const opts = (o: Record<string, unknown>) => (Object.keys(o).length ? `, ${literal(o, '      ')}` : '');
  switch (keys[0]) {
    case 'emptyDir':
      code = Object.keys(v).every((k) => (k === 'medium' || k === 'sizeLimit') && typeof v[k] === 'string') ? `WorkspaceBinding.emptyDir(${Object.keys(v).length ? literal(v, '      ') : ''})` : undefined;
      break;
    case 'persistentVolumeClaim': {
      const { claimName, ...rest } = v;
      code = typeof claimName === 'string' && Object.keys(rest).every((k) => k === 'readOnly') ? `WorkspaceBinding.persistentVolumeClaim(${quote(claimName)}${opts(rest)})` : undefined;
      break;
    }
    case 'volumeClaimTemplate':
      code = Object.keys(v).length === 1 && isObject(v.spec) ? claimCode(v.spec) : undefined;
      break;
    case 'secret': {
      const { secretName, ...rest } = v;
      if (typeof secretName !== 'string' || !Object.keys(rest).every((k) => k === 'items' || k === 'optional')) break;
      code = `WorkspaceBinding.secret(${typedSecret?.(secretName) ?? quote(secretName)}${opts(rest)})`;
      break;
    }
    case 'configMap': {
      const { name, ...rest } = v;
      code = typeof name === 'string' && Object.keys(rest).every((k) => k === 'items' || k === 'optional') ? `WorkspaceBinding.configMap(${quote(name)}${opts(rest)})` : undefined;
      break;
    }
    case 'projected':
      code = Object.keys(v).length === 1 && Array.isArray(v.sources) && v.sources.length ? `WorkspaceBinding.projected(${literal(v.sources, '      ')})` : undefined;
      break;
    case 'csi':
      code = typeof v.driver === 'string' ? `WorkspaceBinding.csi(${literal(v, '      ')})` : undefined;
      break;
  }
  if (code === undefined) return undefined;
  mod.imports.add('WorkspaceBinding');
  return subPath === undefined ? code : `${code}.withSubPath(${quote(subPath)})`;
}
