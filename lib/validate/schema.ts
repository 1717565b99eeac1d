// What the API server checks before any Tekton webhook sees a document: that its kind and version
// are served, and that it fits the CRD's openAPIV3Schema (types, required fields, patterns).
// Unknown fields are not reported: the server prunes them. The schemas are generated into
// lib/imports/tekton-schema.ts by scripts/import.mjs.
import { sortKeys } from '../facts/object';
import { TEKTON_SCHEMA_NODES, TEKTON_SCHEMA_ROOTS } from '../imports/tekton-schema';
import { available, Doc, isObject, keyPath } from './core';
import { isNear, TEKTON_GROUP } from './kinds';

/** A compact subschema as read from the JSON; see compactSchemas in scripts/import.mjs for the keys. */
interface CompactNode {
  readonly t?: string;
  readonly p?: Readonly<Record<string, number>>;
  readonly r?: readonly string[];
  readonly i?: number;
  readonly a?: number;
  readonly x?: 1;
  readonly pt?: string;
}

/**
 * The leaves a walk passes over without a visit, by node: a value of the node's kind fits it, and
 * the node has no pattern. ANY is an untyped node: any string, number or boolean.
 */
const NOT_A_LEAF = 0;
const STRING = 1;
const BOOLEAN = 2;
const INTEGER = 3;
const NUMBER = 4;
const ANY = 5;
type Leaf = typeof NOT_A_LEAF | typeof STRING | typeof BOOLEAN | typeof INTEGER | typeof NUMBER | typeof ANY;

/**
 * A subschema as the walk reads it. Every node has every field, so a field is read the same way
 * from any node (the JSON's nodes each have their own set of keys). Its properties are a Map: a
 * lookup is one call, and a field named like an Object.prototype member finds nothing.
 */
class Node {
  public readonly t: string | undefined;
  public readonly p: ReadonlyMap<string, number> | undefined;
  public readonly r: readonly string[] | undefined;
  public readonly i: number | undefined;
  public readonly a: number | undefined;
  public readonly x: boolean;
  public readonly pt: string | undefined;
  public readonly leaf: Leaf;

  public constructor(n: CompactNode) {
    this.t = n.t;
    this.p = n.p === undefined ? undefined : new Map(Object.entries(n.p));
    this.r = n.r;
    this.i = n.i;
    this.a = n.a;
    this.x = n.x === 1;
    this.pt = n.pt;
    this.leaf = n.pt !== undefined ? NOT_A_LEAF : n.t === 'string' ? STRING : n.t === 'boolean' ? BOOLEAN : n.t === 'integer' ? INTEGER : n.t === 'number' ? NUMBER : n.t === undefined ? ANY : NOT_A_LEAF;
  }
}

/** True when `value` (not null or undefined) needs no visit at a node of kind `leaf`. */
function passes(leaf: Leaf, value: unknown): boolean {
  if (leaf === STRING) return typeof value === 'string';
  if (leaf === NOT_A_LEAF) return false;
  if (leaf === BOOLEAN) return typeof value === 'boolean';
  if (leaf === INTEGER) return Number.isInteger(value);
  if (leaf === NUMBER) return typeof value === 'number';
  return typeof value !== 'object';
}

/**
 * The nodes parsed so far, by index: each is parsed from its JSON text when a walk first reaches
 * it, so a synth reads the few dozen its documents use, not all 261 (about a millisecond of every
 * fresh process). Filled with undefined up front, so every read is within the array's bounds.
 */
const NODES: Array<Node | undefined> = new Array<Node | undefined>(TEKTON_SCHEMA_NODES.length).fill(undefined);

/** Node `i`, parsed now; read `NODES[i] ?? parseNode(i)`, which makes no call for a node already parsed. */
function parseNode(i: number): Node {
  const node = new Node(JSON.parse(TEKTON_SCHEMA_NODES[i]) as CompactNode);
  NODES[i] = node;
  return node;
}

const patterns = new Map<string, RegExp>();

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

export { TEKTON_GROUP };

/**
 * The schema of a `tekton.dev` document, or undefined after reporting that its kind or version
 * does not exist (the API server answers "no matches for kind").
 */
export function servedSchema(d: Doc, manifest: Record<string, any>): number | undefined {
  const roots = TEKTON_SCHEMA_ROOTS;
  const apiVersion: string = manifest.apiVersion;
  const kind: unknown = manifest.kind;
  if (typeof kind !== 'string' || kind === '') {
    d.report('resource.kind', 'kind', `a ${apiVersion} document needs a kind`, `set kind to one of ${available(servedKinds())}`, kind);
    return undefined;
  }
  const root = hasOwn(roots, apiVersion) && hasOwn(roots[apiVersion], kind) ? roots[apiVersion][kind] : undefined;
  if (root !== undefined) return root;
  const versions = Object.keys(roots).filter((v) => hasOwn(roots[v], kind));
  if (versions.length > 0) {
    const best = ['v1', 'v1beta1', 'v1alpha1'].map((v) => `${TEKTON_GROUP}/${v}`).find((v) => versions.includes(v)) ?? versions[0];
    d.report('resource.version', 'apiVersion', `Tekton serves ${kind} as ${versions.join(' and ')}, not as ${apiVersion}`, `set apiVersion to ${best}`, apiVersion);
    return undefined;
  }
  const kinds = servedKinds();
  const lower = kind.toLowerCase();
  const near = [...kinds].find((k) => isNear(k.toLowerCase(), lower));
  d.report('resource.kind', 'kind', `there is no kind "${kind}" in ${TEKTON_GROUP}; kinds: ${available(kinds)}`, near ? `use "${near}" (kinds are case-sensitive)` : 'use one of the kinds listed', kind);
  return undefined;
}

/** Every kind the schemas serve, in any version, sorted (for messages only). */
function servedKinds(): Set<string> {
  return new Set(Object.values(TEKTON_SCHEMA_ROOTS).flatMap((kinds) => Object.keys(kinds)).sort());
}


/**
 * A field the schema does not know: the API server drops it, or refuses the document when the
 * client asks for strict field validation (kubectl apply does by default). A warning, since
 * Tekton runs the document without it.
 */
function unknownField(d: Doc, label: string, fields: ReadonlyMap<string, number>, key: string, path: string): void {
  const known = [...fields.keys()];
  const lower = key.toLowerCase();
  const near = known.find((k) => isNear(k.toLowerCase(), lower));
  d.warn('schema.unknown-field', path, `${label} has no field "${key}" here, so the API server drops it (kubectl apply refuses it by default)`, near ? `rename it to ${near}` : `remove it; fields here: ${available(known)}`);
}

const WANTED: Record<string, { what: string; fix: (value: unknown, itemType?: string) => string }> = {
  object: { what: 'a mapping (field: value)', fix: () => 'write a mapping of fields, one "field: value" per line' },
  array: { what: 'a list', fix: (v, items) => (typeof v === 'string' && items === 'string' ? `write a list, e.g. [${JSON.stringify(v)}] or one "- item" per line` : 'write a list, one "- item" per line') },
  string: {
    what: 'a string',
    fix: (v) =>
      typeof v === 'boolean'
        ? 'quote the value: kubectl and the API server read YAML 1.1, where unquoted yes, no, on, off, y, n, true and false are booleans'
        : typeof v === 'number'
          ? `quote it: "${String(v)}"`
          : 'write a single string',
  },
  integer: { what: 'a whole number', fix: () => 'write a whole number, without quotes' },
  number: { what: 'a number', fix: () => 'write a number, without quotes' },
  boolean: { what: 'true or false', fix: () => 'write true or false, without quotes' },
  'int-or-string': { what: 'a whole number or a string', fix: () => 'write a whole number or a string' },
};

function fits(type: string | undefined, value: unknown): boolean {
  switch (type) {
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'int-or-string':
      return typeof value === 'string' || Number.isInteger(value);
    default:
      return true;
  }
}

/**
 * Reports every place where `manifest` does not fit schema `root`. Visits the fields the document
 * has that the schema describes, in sorted order of their keys (see SchemaWalk.fields), so the
 * work is linear in the document's size. The path of a field is spelt out only for a problem:
 * most fields have none.
 */
export function checkSchema(d: Doc, manifest: Record<string, any>, root: number): void {
  new SchemaWalk(d, manifest).visit(NODES[root] ?? parseNode(root), manifest, false);
}

/**
 * One document's walk. A class rather than closures made per document: its methods are shared by
 * every walk, so V8 optimizes them once for the whole run.
 */
class SchemaWalk {
  /** The keys and indexes from the document's root down to the value being visited. */
  private readonly trail: Array<string | number> = [];
  /** Set while an object that is not the usual one is walked: see `fields`. */
  private careful = false;

  public constructor(
    private readonly d: Doc,
    private readonly manifest: Record<string, any>,
  ) {}

  /** `the tekton.dev/v1 Task schema`, for messages (written out only for a problem). */
  private get label(): string {
    return `the ${this.manifest.apiVersion} ${this.manifest.kind} schema`;
  }

  private pathTo(key?: string): string {
    let path = '';
    const at = (k: string | number) => {
      path = typeof k === 'number' ? `${path}[${k}]` : path === '' ? k : keyPath(path, k);
    };
    this.trail.forEach(at);
    if (key !== undefined) at(key);
    return path;
  }

  /**
   * Visits `value` at `key` of the value being visited, against `node`. A value that needs no
   * visit (absent, or a leaf that passes: most are) is passed over here: a fresh process runs most
   * walks before V8 optimizes them, where every call counts.
   */
  private child(node: Node, value: unknown, key: string | number, open: boolean): void {
    if (value === null || value === undefined || passes(node.leaf, value)) return;
    this.trail.push(key);
    this.visit(node, value, open);
    this.trail.pop();
  }

  /** `open`: under a node that keeps unknown fields (an inline spec, metadata), where none is reported. */
  public visit(node: Node, value: unknown, open: boolean): void {
    if (value === null || value === undefined) return;
    const t = node.t;
    // Objects and lists, the values walked into, are told without a call.
    if (t !== undefined && !(t === 'object' ? typeof value === 'object' && !Array.isArray(value) : t === 'array' ? Array.isArray(value) : fits(t, value))) {
      const wanted = WANTED[t];
      this.d.report('schema.type', this.pathTo(), `${this.label} requires ${wanted.what} here`, wanted.fix(value, node.i === undefined ? undefined : (NODES[node.i] ?? parseNode(node.i)).t), value);
      return;
    }
    if (typeof value !== 'object') {
      if (typeof value === 'string' && node.pt !== undefined) this.pattern(node.pt, value);
      return;
    }
    if (Array.isArray(value)) {
      if (node.i !== undefined) {
        const items = NODES[node.i] ?? parseNode(node.i);
        const { leaf } = items;
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i];
          // The test for the usual leaf, a string, without a call.
          if (item === null || item === undefined || (leaf === STRING ? typeof item === 'string' : passes(leaf, item))) continue;
          this.trail.push(i);
          this.visit(items, item, open);
          this.trail.pop();
        }
      }
      return;
    }
    const object = value as Record<string, unknown>;
    const inner = open || node.x;
    const props = node.p;
    if (props !== undefined) this.fields(props, object, inner, inner || node.a !== undefined);
    if (node.r !== undefined) this.required(node.r, object);
    if (node.a !== undefined) {
      const values = NODES[node.a] ?? parseNode(node.a);
      for (const key in object) if (props === undefined || !props.has(key)) this.child(values, object[key], key, inner);
    }
  }

  private required(required: readonly string[], value: Record<string, unknown>): void {
    for (let i = 0; i < required.length; i++) {
      const name = required[i];
      if (value[name] === null || value[name] === undefined || !hasOwn(value, name)) {
        const path = this.pathTo();
        this.d.report('schema.required', this.pathTo(name), `${this.label} requires "${name}" here, and it is missing`, `add ${name}: ... to ${path === '' ? 'the document' : path}`);
      }
    }
  }

  /**
   * Visits the fields of an object the schema describes, in sorted order, after reporting the
   * fields it does not know (unless `unknownAllowed`), so problems come out in the same order
   * however the document orders its keys.
   *
   * The usual object (keys sorted, as rendered manifests have them, and all known) takes one pass
   * over its keys: its fields are visited as they come. Should a key turn out to be out of order or
   * unknown, what that pass reported is taken back and the object is walked carefully
   * (carefulFields), and so is everything under it, with no first pass. A value is visited once in
   * a first pass and once more for each object above it that was then walked carefully: at most as
   * many times as the schema is deep, so the walk stays linear in the document's size.
   *
   * for-in, not Object.keys: it reads the keys from the cache V8 keeps for each object shape, so a
   * walk allocates no key list. Own string keys of a plain JSON object come in the same order either way.
   */
  private fields(props: ReadonlyMap<string, number>, value: Record<string, unknown>, inner: boolean, unknownAllowed: boolean): void {
    if (this.careful) {
      this.carefulFields(props, value, inner, unknownAllowed);
      return;
    }
    const { d, trail } = this;
    const mark = d.mark();
    const depth = trail.length;
    let previous: string | undefined;
    let usual = true;
    for (const key in value) {
      if (previous !== undefined && previous > key) {
        usual = false;
        break;
      }
      previous = key;
      const at = props.get(key);
      if (at === undefined) {
        if (unknownAllowed) continue;
        usual = false;
        break;
      }
      const field = value[key];
      const node = NODES[at] ?? parseNode(at);
      // The test for the usual leaf, a string, without a call.
      if (field === null || field === undefined || (node.leaf === STRING ? typeof field === 'string' : passes(node.leaf, field))) continue;
      trail.push(key);
      this.visit(node, field, inner);
      trail.pop();
    }
    if (usual) return;
    d.rewind(mark);
    trail.length = depth;
    this.careful = true;
    try {
      this.carefulFields(props, value, inner, unknownAllowed);
    } finally {
      this.careful = false;
    }
  }

  /** `fields` for any object: the unknown fields reported first, then the known ones visited in sorted order. */
  private carefulFields(props: ReadonlyMap<string, number>, value: Record<string, unknown>, inner: boolean, unknownAllowed: boolean): void {
    if (!unknownAllowed) for (const key in value) if (!props.has(key)) unknownField(this.d, this.label, props, key, this.pathTo(key));
    const ordered = Object.keys(value);
    sortKeys(ordered);
    for (let i = 0; i < ordered.length; i++) {
      const at = props.get(ordered[i]);
      if (at !== undefined) this.child(NODES[at] ?? parseNode(at), value[ordered[i]], ordered[i], inner);
    }
  }

  private pattern(pt: string, value: string): void {
    let re = patterns.get(pt);
    if (!re) patterns.set(pt, (re = new RegExp(pt)));
    if (!re.test(value)) {
      this.d.report('schema.pattern', this.pathTo(), `${this.label} requires a value matching ${pt} here`, 'write a value that matches the pattern (for resources, a quantity such as 500m, 2 or 1Gi)', value);
    }
  }
}
