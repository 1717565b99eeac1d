// The one door to YAML at run time: `validate`, `simulate` (and CEL's parseYAML), `secrets` and
// line numbers all read YAML here, with the same limits, so no reader is weaker than another.
// YAML is decoded as the cluster decodes it: kubectl and the API server read YAML 1.1 through
// sigs.k8s.io/yaml (go-yaml v2), where unquoted yes/no/on/off/y/n are booleans, 010 is octal 8,
// and a date such as 2024-01-01 stays a string (go-yaml v2 hands timestamps to untyped targets
// as the text). Only this module imports the `yaml` package (cdk8s, a peer, brings it too).
import type { CST, Document, Node, Tags } from 'yaml';
import { type FastDocument, type FieldPositions, readSimpleYaml } from './yaml-fast';

/**
 * The `yaml` package, loaded when first needed: most manifests are read by the quick reader, so a
 * `validate` of plain manifests never compiles the full reader's modules.
 */
let yamlPackage: typeof import('yaml') | undefined;
const yaml = (): typeof import('yaml') => (yamlPackage ??= require('yaml') as typeof import('yaml'));

/** Larger than any manifest the API server takes (3 MiB per request), with room for big Pipelines. */
export const MAX_YAML_BYTES = 64 * 1024 * 1024;
/** Kubernetes' decoder stops at 10000 levels; the rule engine walks recursively, so it stops sooner. */
export const MAX_YAML_DEPTH = 1000;

/** Tags go-yaml v2 does not resolve for an untyped target: left out, their text stays a string. */
const NOT_DECODED = new Set(['tag:yaml.org,2002:timestamp', 'tag:yaml.org,2002:binary', 'tag:yaml.org,2002:omap', 'tag:yaml.org,2002:pairs', 'tag:yaml.org,2002:set']);

const OPTIONS = {
  version: '1.1',
  customTags: (tags: Tags) => tags.filter((t) => !NOT_DECODED.has(typeof t === 'string' ? t : t.tag)),
  prettyErrors: false,
} as const;

/** Why a YAML text is refused: a rule id, a message and the fix, with the line when known. */
export class YamlError extends Error {
  public constructor(message: string, public readonly rule: string, public readonly fix: string, public readonly line?: number) {
    super(message);
  }
}

const tooDeep = (line?: number) => new YamlError(`YAML nests deeper than ${MAX_YAML_DEPTH} levels`, 'yaml.depth', 'flatten the structure: Tekton manifests nest a few dozen levels at most', line);
const tooLarge = () => new YamlError(`the YAML text is larger than ${MAX_YAML_BYTES / 1024 / 1024} MiB (the API server takes at most 3 MiB per object)`, 'yaml.too-large', 'split it into smaller files');

/** How much alias expansion go-yaml (and so the API server) tolerates: 99% of a small document, 10% of a huge one. */
function allowedAliasRatio(decoded: number): number {
  if (decoded <= 400_000) return 0.99;
  if (decoded >= 4_000_000) return 0.1;
  return 0.99 - 0.89 * ((decoded - 400_000) / 3_600_000);
}

/**
 * The offset of the first collection nested deeper than the limit in the syntax tree, found
 * without recursion, before the composer (which recurses) builds nodes from it.
 */
function tooDeepAt(tokens: readonly CST.Token[]): number | undefined {
  const stack: Array<{ token: CST.Token | undefined; depth: number }> = tokens.map((token) => ({ token, depth: 0 }));
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    if (!token) continue;
    if (token.type === 'document') stack.push({ token: token.value, depth });
    else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth + 1 > MAX_YAML_DEPTH) return token.offset;
      for (const item of token.items as Array<{ key?: CST.Token | null; value?: CST.Token }>) {
        stack.push({ token: item.key ?? undefined, depth: depth + 1 }, { token: item.value, depth: depth + 1 });
      }
    }
  }
  return undefined;
}

/**
 * Counts what decoding `root` expands to, where a YAML alias is a second reference to one object,
 * in time linear in the distinct nodes; throws as soon as the expansion would be refused.
 */
function checkExpansion(root: unknown): void {
  const sizes = new WeakMap<object, { nodes: number; height: number }>();
  let decoded = 0;
  let aliased = 0;
  const stack: Array<{ value: object; children: unknown[]; next: number; nodes: number; height: number }> = [];
  const visit = (value: unknown): { nodes: number; height: number } | undefined => {
    if (value === null || typeof value !== 'object') {
      decoded++;
      return { nodes: 1, height: 1 };
    }
    const known = sizes.get(value);
    if (known) {
      decoded += known.nodes;
      aliased += known.nodes;
      if (stack.length + known.height > MAX_YAML_DEPTH) throw tooDeep();
      if (aliased > 100 && decoded > 1000 && aliased / decoded > allowedAliasRatio(decoded)) {
        throw new YamlError('YAML aliases expand this document far beyond its size (excessive aliasing, as the Kubernetes decoder calls it)', 'yaml.aliases', 'write the repeated parts out, or use fewer nested aliases');
      }
      return known;
    }
    const children = Array.isArray(value) ? value : Object.values(value);
    const keys = Array.isArray(value) ? 0 : children.length;
    decoded += 1 + keys;
    stack.push({ value, children, next: 0, nodes: 1 + keys, height: 0 });
    if (stack.length > MAX_YAML_DEPTH) throw tooDeep();
    return undefined;
  };
  if (visit(root)) return;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    if (frame.next < frame.children.length) {
      const size = visit(frame.children[frame.next++]);
      if (size) {
        frame.nodes += size.nodes;
        frame.height = Math.max(frame.height, size.height);
      }
      continue;
    }
    stack.pop();
    const size = { nodes: frame.nodes, height: frame.height + 1 };
    sizes.set(frame.value, size);
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.nodes += size.nodes;
      parent.height = Math.max(parent.height, size.height);
    }
  }
}

/** One document of a YAML stream. */
export interface YamlDocument {
  /** Its place in the stream, empty documents counted. */
  readonly index: number;
  /** 1-based line where its content starts. */
  readonly line: number;
  /** The decoded value; undefined when the document was refused (see the problems). */
  readonly value?: unknown;
}

/** What reading a YAML stream gives: its documents, what was refused, and field lines on demand. */
export interface YamlStream {
  readonly documents: YamlDocument[];
  readonly problems: YamlError[];
  /** The line of the field at `path` in document `index` (its key, or its list item); the nearest enclosing field when missing. */
  lineOf(index: number, path: ReadonlyArray<string | number>): number | undefined;
}

/**
 * Reads every document of `text` within the limits: a refused document (malformed, nested too
 * deep, expanding too far) is a problem with its line, and the others are still read.
 */
export function parseYamlStream(text: string): YamlStream {
  if (text.length > MAX_YAML_BYTES) return { documents: [], lineOf: () => undefined, problems: [tooLarge()] };
  // Most manifests are in the subset the quick reader is sure of; it gives the same documents. A
  // problem's line is found by reading the text again with positions recorded.
  const simple = readSimpleYaml(text);
  if (simple === undefined) return parseFully(text);
  let positioned: { documents: FastDocument[]; positions: FieldPositions } | undefined;
  return {
    documents: simple.map(({ line, value }, index) => ({ index, line, value })),
    problems: [],
    lineOf: (index, path) => {
      if (positioned === undefined) {
        const positions: FieldPositions = new WeakMap();
        positioned = { documents: readSimpleYaml(text, positions)!, positions };
      }
      let node = positioned.documents[index]?.value;
      let line: number | undefined;
      for (const segment of path) {
        const at = node !== null && typeof node === 'object' ? positioned.positions.get(node)?.get(segment) : undefined;
        if (at === undefined) break;
        line = at;
        node = (node as Record<string | number, unknown>)[segment];
      }
      return line;
    },
  };
}

/** The full reader: every document, with the positions of its fields. */
export function parseFully(text: string): YamlStream {
  const { Composer, LineCounter, Parser } = yaml();
  const lines = new LineCounter();
  const at = (offset: number) => lines.linePos(offset).line;
  const noLines = { documents: [], lineOf: () => undefined };
  const tokens = [...new Parser(lines.addNewLine).parse(text)];
  const deep = tooDeepAt(tokens);
  if (deep !== undefined) return { ...noLines, problems: [tooDeep(at(deep))] };
  const parsed = [...new Composer(OPTIONS).compose(tokens, true, text.length)];
  const documents: YamlDocument[] = [];
  const problems: YamlError[] = [];
  parsed.forEach((doc, index) => {
    const line = at(doc.contents?.range?.[0] ?? doc.range[0]);
    for (const e of doc.errors) problems.push(new YamlError(`malformed YAML: ${e.message.split('\n')[0]}`, 'yaml.syntax', 'correct the YAML syntax at that line', at(e.pos[0])));
    if (doc.errors.length > 0) {
      documents.push({ index, line });
      return;
    }
    try {
      const value = doc.toJS({ json: true, maxAliasCount: -1 });
      if (value !== null && typeof value === 'object') checkExpansion(value);
      documents.push({ index, line, value });
    } catch (e) {
      if (!(e instanceof YamlError)) throw e;
      problems.push(new YamlError(e.message, e.rule, e.fix, e.line ?? line));
      documents.push({ index, line });
    }
  });
  return { documents, problems, lineOf: (index, path) => fieldLine(parsed[index], path, at) };
}

function fieldLine(doc: Document.Parsed | undefined, path: ReadonlyArray<string | number>, at: (offset: number) => number): number | undefined {
  if (!doc?.contents) return undefined;
  let node: unknown = doc.contents;
  let line: number | undefined;
  const { isAlias, isMap, isScalar, isSeq } = yaml();
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (typeof segment === 'number' && isSeq(node)) {
      const item = node.items[segment] as Node | undefined;
      if (!item?.range) break;
      line = at(item.range[0]);
      node = item;
    } else if (typeof segment === 'string' && isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
      if (!pair || !isScalar(pair.key) || !pair.key.range) break;
      line = at(pair.key.range[0]);
      node = pair.value;
    } else break;
  }
  return line;
}

/** Decodes a text that holds one YAML document, within the same limits; throws a YamlError when refused. */
export function parseYaml(text: string): unknown {
  const stream = parseYamlStream(text);
  if (stream.problems.length > 0) throw stream.problems[0];
  if (stream.documents.length > 1) throw new YamlError(`the text holds ${stream.documents.length} YAML documents, not one`, 'yaml.documents', 'give one document (no "---" between documents)');
  return stream.documents[0]?.value ?? null;
}

/**
 * YAML text of a plain value, for showing objects: no anchors, long strings kept on one line, and
 * strings such as "yes" quoted so the cluster's YAML 1.1 reads them back as strings.
 */
export function toYaml(value: unknown): string {
  return yaml().stringify(value, { version: OPTIONS.version, aliasDuplicateObjects: false, lineWidth: 0 });
}
