// The line of a problem's field (`spec.steps[0].args[1]`) in its file, from the positions the YAML
// reader kept when it parsed the file (each file is parsed once).
import type { YamlStream } from '../yaml';

/** `spec.steps[0].env["a.b"]` -> ['spec', 'steps', 0, 'env', 'a.b']; stops at what it cannot read. */
export function segments(field: string): Array<string | number> {
  const out: Array<string | number> = [];
  const part = /(?:^|\.)([^.[\]]+)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  for (let m = part.exec(field); m; m = part.exec(field)) {
    out.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : (JSON.parse(m[3]) as string)));
    if (part.lastIndex === field.length) break;
  }
  return out;
}

/** Lines of fields in the documents of files. */
export class FieldLines {
  public constructor(private readonly streamOf: (file: string) => YamlStream | undefined) {}

  /**
   * The line of `field` in document `index` of `file`: of its key in a mapping, or of its item in
   * a list; the nearest enclosing field when it is missing. Undefined when the file kept no
   * positions (it could not be read, or is too large to keep them).
   */
  public lineOf(file: string, index: number, field: string): number | undefined {
    return this.streamOf(file)?.lineOf(index, segments(field));
  }
}
