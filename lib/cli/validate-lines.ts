// The line of a problem's field (`spec.steps[0].args[1]`) in its file. Only files with problems
// are parsed again, with `yaml`, which keeps positions; a clean file costs nothing here.
import { Document, isAlias, isMap, isScalar, isSeq, LineCounter, Node, parseAllDocuments } from 'yaml';

/** `spec.steps[0].env["a.b"]` -> ['spec', 'steps', 0, 'env', 'a.b']; stops at what it cannot read. */
function segments(field: string): Array<string | number> {
  const out: Array<string | number> = [];
  const part = /(?:^|\.)([^.[\]]+)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  for (let m = part.exec(field); m; m = part.exec(field)) {
    out.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : (JSON.parse(m[3]) as string)));
    if (part.lastIndex === field.length) break;
  }
  return out;
}

/**
 * Files larger than this keep their document's first line: `yaml` parses about 2 MB a second,
 * and no single object the API server stores is larger than 1.5 MB.
 */
const MAX_MAPPED_CHARS = 4 * 1024 * 1024;

/** Lines of fields in the documents of files, each file parsed at most once. */
export class FieldLines {
  private readonly parsed = new Map<string, { docs: Document.Parsed[]; lines: LineCounter }>();

  public constructor(private readonly textOf: (file: string) => string | undefined) {}

  /**
   * The line of `field` in document `index` of `file`: of its key in a mapping, or of its item in
   * a list; the nearest enclosing field when it is missing. Undefined when the file cannot be read
   * or is too large to parse again.
   */
  public lineOf(file: string, index: number, field: string): number | undefined {
    const entry = this.parse(file);
    const doc = entry?.docs[index];
    if (!entry || !doc || !doc.contents) return undefined;
    const pos = (offset: number) => entry.lines.linePos(offset).line;
    let node: unknown = doc.contents;
    let line: number | undefined;
    for (const segment of segments(field)) {
      if (isAlias(node)) node = node.resolve(doc);
      if (typeof segment === 'number' && isSeq(node)) {
        const item = node.items[segment] as Node | undefined;
        if (!item?.range) break;
        line = pos(item.range[0]);
        node = item;
      } else if (typeof segment === 'string' && isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
        if (!pair || !isScalar(pair.key) || !pair.key.range) break;
        line = pos(pair.key.range[0]);
        node = pair.value;
      } else break;
    }
    return line;
  }

  private parse(file: string): { docs: Document.Parsed[]; lines: LineCounter } | undefined {
    let entry = this.parsed.get(file);
    if (!entry) {
      const text = this.textOf(file);
      if (text === undefined || text.length > MAX_MAPPED_CHARS) return undefined;
      const lines = new LineCounter();
      entry = { docs: parseAllDocuments(text, { lineCounter: lines }) as Document.Parsed[], lines };
      this.parsed.set(file, entry);
    }
    return entry;
  }
}
