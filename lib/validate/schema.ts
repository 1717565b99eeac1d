// What the API server checks before any Tekton webhook sees a document: that its kind and version
// are served, and that it fits the CRD's openAPIV3Schema (types, required fields, patterns).
// Unknown fields are not reported: the server prunes them. The schemas are generated into
// lib/imports/tekton-schema.ts by scripts/import.mjs.
import { sortKeys } from '../facts/object';
import { TEKTON_SCHEMA_JSON } from '../imports/tekton-schema';
import { available, Doc, isObject, keyPath } from './core';
import { editDistance, TEKTON_GROUP } from './kinds';

/**
 * A compact subschema; see compactSchemas in scripts/import.mjs for the keys. Its properties `p`
 * (a field name -> node index object in the JSON) are made a Map when the schemas are loaded: a
 * lookup is then one call, and a field named like an Object.prototype member finds nothing.
 */
interface Node {
  readonly t?: string;
  readonly p?: ReadonlyMap<string, number>;
  readonly r?: readonly string[];
  readonly i?: number;
  readonly a?: number;
  readonly x?: 1;
  readonly pt?: string;
}

interface Schemas {
  readonly roots: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly nodes: readonly Node[];
}

let loaded: Schemas | undefined;
const patterns = new Map<string, RegExp>();

/**
 * Parsed on first use, so a program that imports the library but never validates only reads a
 * 26 KB string literal. (A lazy require() of a .json file would escape the compiled package.)
 */
function schemas(): Schemas {
  if (loaded === undefined) {
    const parsed = JSON.parse(TEKTON_SCHEMA_JSON) as { roots: Schemas['roots']; nodes: Array<Record<string, unknown>> };
    for (const node of parsed.nodes) if (node.p !== undefined) node.p = new Map(Object.entries(node.p as Record<string, number>));
    loaded = parsed as unknown as Schemas;
  }
  return loaded;
}

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

export { TEKTON_GROUP };

/**
 * The schema of a `tekton.dev` document, or undefined after reporting that its kind or version
 * does not exist (the API server answers "no matches for kind").
 */
export function servedSchema(d: Doc, manifest: Record<string, any>): number | undefined {
  const { roots } = schemas();
  const apiVersion: string = manifest.apiVersion;
  const kind: unknown = manifest.kind;
  if (typeof kind !== 'string' || kind === '') {
    d.report('resource.kind', 'kind', `a ${apiVersion} document needs a kind`, `set kind to one of ${available(kindsOf(roots))}`, kind);
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
  const kinds = kindsOf(roots);
  const near = [...kinds].find((k) => k.toLowerCase() === kind.toLowerCase() || editDistance(k.toLowerCase(), kind.toLowerCase()) <= 2);
  d.report('resource.kind', 'kind', `there is no kind "${kind}" in ${TEKTON_GROUP}; kinds: ${available(kinds)}`, near ? `use "${near}" (kinds are case-sensitive)` : 'use one of the kinds listed', kind);
  return undefined;
}

function kindsOf(roots: Schemas['roots']): Set<string> {
  return new Set(Object.values(roots).flatMap((kinds) => Object.keys(kinds)).sort());
}


/**
 * A field the schema does not know: the API server drops it, or refuses the document when the
 * client asks for strict field validation (kubectl apply does by default). A warning, since
 * Tekton runs the document without it.
 */
function unknownField(d: Doc, label: string, fields: ReadonlyMap<string, number>, key: string, path: string): void {
  const known = [...fields.keys()];
  const near = known.find((k) => k.toLowerCase() === key.toLowerCase() || editDistance(k.toLowerCase(), key.toLowerCase()) <= 2);
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
 * has that the schema describes, in the schema's (sorted) order, so the work is linear in the
 * document's size. The path of a field is spelt out only for a problem: most fields have none.
 */
export function checkSchema(d: Doc, manifest: Record<string, any>, root: number): void {
  const { nodes } = schemas();
  new SchemaWalk(d, `the ${manifest.apiVersion} ${manifest.kind} schema`, nodes).visit(nodes[root], manifest, false);
}

/**
 * One document's walk. A class rather than closures made per document: its methods are shared by
 * every walk, so V8 optimizes them once for the whole run.
 */
class SchemaWalk {
  /** The keys and indexes from the document's root down to the value being visited. */
  private readonly trail: Array<string | number> = [];

  public constructor(
    private readonly d: Doc,
    private readonly label: string,
    private readonly nodes: readonly Node[],
  ) {}

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
   * visit (absent, or a plain string, number or boolean of the wanted type without a pattern) is
   * passed over here: most leaves are, and a fresh process runs most walks before V8 optimizes them,
   * where every call counts.
   */
  private child(node: Node, value: unknown, key: string | number, open: boolean): void {
    if (value === null || value === undefined) return;
    const t = node.t;
    if (node.pt === undefined && (t === 'string' ? typeof value === 'string' : t === 'boolean' ? typeof value === 'boolean' : t === 'integer' ? Number.isInteger(value) : t === 'number' ? typeof value === 'number' : t === undefined && typeof value !== 'object')) return;
    this.trail.push(key);
    this.visit(node, value, open);
    this.trail.pop();
  }

  /** `open`: under a node that keeps unknown fields (an inline spec, metadata), where none is reported. */
  public visit(node: Node, value: unknown, open: boolean): void {
    if (value === null || value === undefined) return;
    if (node.t !== undefined && !fits(node.t, value)) {
      const wanted = WANTED[node.t];
      this.d.report('schema.type', this.pathTo(), `${this.label} requires ${wanted.what} here`, wanted.fix(value, node.i === undefined ? undefined : this.nodes[node.i].t), value);
      return;
    }
    if (typeof value !== 'object') {
      if (typeof value === 'string' && node.pt !== undefined) this.pattern(node.pt, value);
      return;
    }
    if (Array.isArray(value)) {
      if (node.i !== undefined) {
        const items = this.nodes[node.i];
        for (let i = 0; i < value.length; i++) this.child(items, value[i], i, open);
      }
      return;
    }
    const object = value as Record<string, unknown>;
    const inner = open || node.x === 1;
    const props = node.p;
    if (props !== undefined) this.fields(props, object, inner, inner || node.a !== undefined);
    if (node.r !== undefined) this.required(node.r, object);
    if (node.a !== undefined) {
      const values = this.nodes[node.a];
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
   * however the document orders its keys. for-in, not Object.keys: it reads the keys from the cache
   * V8 keeps for each object shape, so a walk of the usual object (keys already sorted, as rendered
   * manifests have them) allocates no key list. Own string keys of a plain JSON object come in the
   * same order either way.
   */
  private fields(props: ReadonlyMap<string, number>, value: Record<string, unknown>, inner: boolean, unknownAllowed: boolean): void {
    let sorted = true;
    let previous: string | undefined;
    for (const key in value) {
      if (previous !== undefined && previous > key) sorted = false;
      previous = key;
      if (!unknownAllowed && !props.has(key)) unknownField(this.d, this.label, props, key, this.pathTo(key));
    }
    const { nodes } = this;
    if (sorted) {
      for (const key in value) {
        const at = props.get(key);
        if (at !== undefined) this.child(nodes[at], value[key], key, inner);
      }
      return;
    }
    const ordered = Object.keys(value);
    sortKeys(ordered);
    for (let i = 0; i < ordered.length; i++) {
      const at = props.get(ordered[i]);
      if (at !== undefined) this.child(nodes[at], value[ordered[i]], ordered[i], inner);
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
