// Bindings and templates as Tekton Triggers resolves them: `$(body...)`, `$(header...)`,
// `$(extensions...)` and `$(context.eventID)` read from the event, template defaults fill what the
// bindings leave out, and the values are put into each resource template's JSON text as is.
import { canonicalHeader } from './cel-env';
import { deterministicUuid, type WebhookEvent } from './event';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface BindingParam {
  readonly name: string;
  readonly value: string;
  /** Where the param is written (`TriggerBinding "x"`), named in the fix when its value finds nothing in the event. */
  readonly from?: string;
}

/** Go's encoding/json escaping (json.Marshal escapes <, > and & too), sorted map keys. */
function goJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (isObject(v)) return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort(v[k])]));
    return v;
  };
  return JSON.stringify(sort(value)).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Splits `a.b[0]['c.d']` into keys; undefined for syntax this reader does not support. */
function pathKeys(path: string): Array<string | number> | undefined {
  const keys: Array<string | number> = [];
  const re = /\.?([^.[\]'"]+)|\[(\d+)\]|\['([^']*)'\]|\["([^"]*)"\]/y;
  let at = 0;
  while (at < path.length) {
    re.lastIndex = at;
    const m = re.exec(path);
    if (!m) return undefined;
    keys.push(m[2] !== undefined ? Number(m[2]) : (m[1] ?? m[3] ?? m[4]));
    at = re.lastIndex;
  }
  return keys;
}

/** The value of one `$(...)` expression, as Triggers writes it into a param (strings without quotes). */
function resolveExpression(expr: string, event: WebhookEvent, extensions: Json): string {
  const header: Json = {};
  for (const [k, v] of Object.entries(event.header)) header[k] = v.join(',');
  const root: Json = { body: event.body, header, extensions, context: { eventID: event.eventID } };
  const path = expr.replace(/^\{?\.?/, '').replace(/\}$/, '');
  const keys = pathKeys(path);
  if (!keys) throw new Error(`$(${expr}): simulate reads paths of names, [index] and ['key'] only`);
  if (keys[0] === 'header' && typeof keys[1] === 'string') keys[1] = canonicalHeader(keys[1]);
  let node: unknown = root;
  for (const key of keys) {
    if (typeof key === 'number' ? !Array.isArray(node) || key >= node.length : !isObject(node) || !Object.prototype.hasOwnProperty.call(node, key)) {
      throw new Error(`${typeof key === 'number' ? `index ${key}` : `"${key}"`} is not found`);
    }
    node = (node as Record<string | number, unknown>)[key];
  }
  if (typeof node === 'string') return goJson(node).slice(1, -1);
  return node === undefined ? 'null' : goJson(node);
}

/** Each `$(...)` in a value, with balanced parentheses, as Triggers finds them. */
function expressionsIn(value: string): string[] {
  const found: string[] = [];
  for (const piece of value.split('$(').slice(1)) {
    let depth = 0;
    for (let i = 0; i < piece.length; i++) {
      if (piece[i] === '(') depth++;
      else if (piece[i] === ')' && --depth < 0) {
        found.push(piece.slice(0, i));
        break;
      }
    }
  }
  return found;
}

/** A TriggerTemplate's param declaration. */
export interface TemplateParam {
  readonly name: string;
  readonly default?: string;
}

/**
 * The param values for the template: defaults first, then each binding param with its
 * expressions read from the event (a param whose expression finds nothing takes the template's
 * default, as in Triggers, or fails the trigger).
 */
export function resolveParams(bindings: readonly BindingParam[], declared: readonly TemplateParam[], event: WebhookEvent, extensions: Json): Map<string, string> {
  const seen = new Set<string>();
  for (const p of bindings) {
    if (seen.has(p.name)) throw new Error(`duplicate param name: ${p.name}`);
    seen.add(p.name);
  }
  const values = new Map<string, string>();
  const defaults = new Map(declared.filter((p) => p.default !== undefined).map((p) => [p.name, p.default!]));
  for (const [k, v] of defaults) values.set(k, v);
  for (const p of bindings) {
    let value = p.value;
    for (const expr of expressionsIn(p.value)) {
      let resolved: string;
      try {
        resolved = resolveExpression(expr, event, extensions);
      } catch (e) {
        if (!defaults.has(p.name)) {
          const fix = p.from === undefined ? '' : `. Fix: in ${p.from}, make param ${p.name} read a field this event has, or give the template's param ${p.name} a default`;
          throw new Error(`failed to replace JSONPath value for param ${p.name}: ${p.value}: ${(e as Error).message}${fix}`);
        }
        resolved = defaults.get(p.name)!;
      }
      value = value.split(`$(${expr})`).join(resolved);
    }
    values.set(p.name, value);
  }
  return values;
}

/**
 * The resources a template creates: params and `$(uid)` replaced in the JSON text, as Triggers
 * does (so a value holding an unescaped `"` breaks the JSON there too). `$(uid)` is a UUID that
 * Triggers draws per trigger; here it is derived from the event id and the trigger's name.
 */
export function renderTemplates(templates: readonly unknown[], params: ReadonlyMap<string, string>, event: WebhookEvent, triggerKey: string): unknown[] {
  const uid = deterministicUuid(`uid\n${event.eventID}\n${triggerKey}`);
  return templates.map((template, i) => {
    let text = JSON.stringify(template);
    for (const name of [...params.keys()].sort()) text = text.split(`$(tt.params.${name})`).join(params.get(name)!);
    text = text.split('$(uid)').join(uid);
    try {
      return JSON.parse(text) as unknown;
    } catch (e) {
      throw new Error(`resource template ${i + 1} is not valid JSON once the params are put in (${(e as Error).message}); a param value that holds a bare " or \\ breaks it: take such values from the event, whose strings Triggers escapes, or avoid those characters in defaults and inline bindings`);
    }
  });
}
