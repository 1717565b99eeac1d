// The pieces every emitter shares: TypeScript literals for manifest values, Tekton references
// turned into the typed objects that stand for them, and the module's lines with the escape hatches
// counted. Only `lib/cli/convert.ts` uses this folder (DESIGN.md: convert/ is CLI only).

/** Maps a Tekton variable (`params.url`, `workspaces.src.path`) to the code of its typed object. */
export class Scope {
  private readonly refs = new Map<string, string>();

  public constructor(private readonly parent?: Scope) {}

  public set(expression: string, code: string): void {
    this.refs.set(expression, code);
  }

  /** Makes `$(tasks.<name>.results.<r>...)` (or `finally.`) the result of the pipeline task in `code`. */
  public setTask(name: string, code: string, isFinally: boolean): void {
    this.tasks.set(`${isFinally ? 'finally' : 'tasks'}.${name}`, code);
  }

  public get(expression: string): string | undefined {
    const m = /^((?:tasks|finally)\.[a-z0-9-]+)\.results\.([A-Za-z0-9_-]+)(\[\*\]|\[(\d+)\]|\.([A-Za-z0-9_-]+))?$/.exec(expression);
    const task = m ? this.tasks.get(m[1]) : undefined;
    if (m && task !== undefined) {
      const base = `${task}.result(${quote(m[2])})`;
      return m[3] === undefined ? base : m[3] === '[*]' ? `${base}.all` : m[4] !== undefined ? `${base}.at(${m[4]})` : `${base}.key(${quote(m[5])})`;
    }
    return this.refs.get(expression) ?? this.parent?.get(expression);
  }

  private readonly tasks = new Map<string, string>();
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const RESERVED = new Set(('break case catch class const continue debugger default delete do else enum export extends false finally for function if import in ' +
  'instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private ' +
  'protected public await app chart scope id script when').split(' '));

/** A camelCase identifier for a name from the YAML (`git-clone` -> `gitClone`), unique in `taken`. */
export function identifier(name: string, taken: Set<string>, suffix = ''): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  let base = words.map((w, i) => (i === 0 ? w[0].toLowerCase() + w.slice(1) : w[0].toUpperCase() + w.slice(1))).join('') + suffix;
  if (!base || /^\d/.test(base)) base = `v${base ? base[0].toUpperCase() + base.slice(1) : ''}`;
  if (RESERVED.has(base)) base = `${base}${suffix ? '' : 'Value'}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}${n}`;
  taken.add(id);
  return id;
}

/** A single-quoted TypeScript string. */
export function quote(text: string): string {
  return `'${JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

/** Text as it goes between the backticks of a template literal (no interpolation). */
export function templateText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
}

const VARIABLE = /\$\(([^()]+)\)/g;

/**
 * A string from the YAML as code: a reference object where the whole string is one reference
 * the scope knows and `bare` allows it (the field takes a StringValue), a template literal where
 * known references sit inside text, else a quoted string.
 */
export function stringCode(text: string, scope: Scope | undefined, bare: boolean): string {
  if (scope === undefined || !text.includes('$(')) return quote(text);
  const whole = /^\$\(([^()]+)\)$/.exec(text);
  if (whole && bare) {
    const code = scope.get(whole[1]);
    if (code !== undefined) return code;
  }
  let out = '';
  let last = 0;
  let found = false;
  for (const m of text.matchAll(VARIABLE)) {
    const code = scope.get(m[1]);
    if (code === undefined) continue;
    found = true;
    out += templateText(text.slice(last, m.index)) + '${' + code + '}';
    last = m.index! + m[0].length;
  }
  if (!found) return quote(text);
  return '`' + out + templateText(text.slice(last)) + '`';
}

/** How a literal is written: the scope for references and the keys whose strings may be reference objects. */
export interface LiteralOptions {
  readonly scope?: Scope;
  /** References may stand alone (the field is a StringValue) everywhere in this value. */
  readonly bare?: boolean;
}

const WIDTH = 110;

/** A manifest value as a TypeScript literal, one line when short, else one entry per line. */
export function literal(value: unknown, indent: string, options: LiteralOptions = {}): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return stringCode(value, options.scope, options.bare === true);
  if (typeof value !== 'object') return String(value);
  const inner = indent + '  ';
  const parts = Array.isArray(value)
    ? value.map((v) => literal(v, inner, options))
    : canonical(Object.entries(value as Record<string, unknown>)).map(([k, v]) => `${IDENTIFIER.test(k) ? k : quote(k)}: ${literal(v, inner, options)}`);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{ ', ' }'];
  if (parts.length === 0) return Array.isArray(value) ? '[]' : '{}';
  const flat = `${open}${parts.join(', ')}${close}`;
  if (flat.length + indent.length <= WIDTH && !flat.includes('\n')) return flat;
  return `${open.trim()}\n${parts.map((p) => `${inner}${p},`).join('\n')}\n${indent}${close.trim()}`;
}

/**
 * Keys in one order whatever order the YAML had (name first, then alphabetical), so a module
 * converted from synthesized YAML (whose keys cdk8s sorts) is the module it was synthesized from.
 */
export function canonical<T>(entries: Array<[string, T]>): Array<[string, T]> {
  return entries.sort(([a], [b]) => (a === b ? 0 : a === 'name' ? -1 : b === 'name' ? 1 : a < b ? -1 : 1));
}

/** Props written as `{ key: code, ... }`, skipping undefined entries, on one line when short. */
export function props(entries: ReadonlyArray<readonly [string, string | undefined]>, indent: string): string {
  const parts = entries.filter((e): e is readonly [string, string] => e[1] !== undefined).map(([k, v]) => `${IDENTIFIER.test(k) ? k : quote(k)}: ${v}`);
  if (parts.length === 0) return '{}';
  const flat = `{ ${parts.join(', ')} }`;
  if (flat.length + indent.length <= WIDTH && !flat.includes('\n')) return flat;
  return `{\n${parts.map((p) => `${indent}  ${p},`).join('\n')}\n${indent}}`;
}

/** A JSON pointer segment. */
export function pointer(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** One statement of the chart's constructor; a declaration is written without `const x =` when x is never used. */
interface Statement {
  readonly text: string;
  readonly declares?: string;
}

/** The body of the chart's constructor being written, with what it imports and its escape hatches. */
export class Module {
  public readonly statements: Statement[] = [];
  public readonly names = new Set<string>();
  public readonly imports = new Set<string>();
  public readonly cdk8sImports = new Set<string>(['App', 'Chart']);
  public escapes = 0;
  public readonly escapeReasons: string[] = [];

  public add(text: string): void {
    this.statements.push({ text });
  }

  public declare(name: string, init: string): void {
    this.statements.push({ text: `const ${name} = ${init};`, declares: name });
  }

  public comment(text: string): void {
    for (const line of wrap(text)) this.statements.push({ text: `// ${line}` });
  }

  /** Counts an escape hatch written by the next statement and says why in a `// convert:` comment. */
  public note(why: string, into: Statement[] = this.statements): void {
    this.escapes++;
    this.escapeReasons.push(why);
    const [first, ...rest] = wrap(`convert: ${why}`);
    into.push({ text: `// ${first}` });
    for (const line of rest) into.push({ text: `//   ${line}` });
  }

  /** An escape hatch: `why` goes in a `// convert:` comment above it, and it is counted. */
  public escape(why: string, text: string): void {
    this.note(why);
    this.statements.push({ text });
  }

  /**
   * A patch on the L1 object of `owner` for a field the typed API does not model. Patches wait
   * until the object is complete (`flush`), since an inline spec is written before its owner.
   */
  public patch(owner: string, path: ReadonlyArray<string | number>, value: unknown, why: string): void {
    this.cdk8sImports.add('ApiObject');
    this.cdk8sImports.add('JsonPatch');
    this.note(why, this.pending);
    this.pending.push({ text: `ApiObject.of(${owner}).addJsonPatch(JsonPatch.add(${quote('/' + path.map(pointer).join('/'))}, ${literal(value, '')}));` });
  }

  /** Writes the patches of the object just completed. */
  public flush(): void {
    this.statements.push(...this.pending.splice(0));
  }

  private readonly pending: Statement[] = [];

  /** The statements, indented, with unused declarations written as plain expressions. */
  public body(indent: string): string {
    const used = new Set<string>();
    const all = this.statements.map((s) => s.text).join('\n');
    for (const s of this.statements) {
      if (s.declares === undefined) continue;
      const uses = all.match(new RegExp(`(?<![\\w$.'-])${s.declares.replace(/\$/g, '\\$')}(?![\\w$'-])`, 'g'))?.length ?? 0;
      if (uses > 1) used.add(s.declares);
    }
    return this.statements
      .map((s) => (s.declares === undefined || used.has(s.declares) ? s.text : s.text.replace(/^const [\w$]+ = /, '')))
      .map((t) => indented(t, indent))
      .join('\n');
  }
}

/**
 * Indents the lines of a statement by bracket depth (two spaces a level), whatever indentation
 * the pieces were written with; lines that continue a template literal's text are left as they
 * are, since they are the text.
 */
function indented(text: string, indent: string): string {
  const stack: string[] = [];
  // Brackets opened on one line count as one level, closed together as they close.
  const groups: number[] = [];
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const inText = stack[stack.length - 1] === '`';
    const line = inText ? raw : raw.trim();
    let opened = 0;
    let leading = true;
    let level = groups.length;
    const close = () => {
      if (opened > 0) opened--;
      else if (groups.length) {
        groups[groups.length - 1]--;
        if (groups[groups.length - 1] === 0) groups.pop();
        if (leading) level = groups.length;
      }
    };
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      const top = stack[stack.length - 1];
      if (top === '`' || top === "'") {
        leading = false;
        if (c === '\\') i++;
        else if (c === top) stack.pop();
        else if (top === '`' && c === '$' && line[i + 1] === '{') stack.push('{'), i++;
        continue;
      }
      if (c === '/' && line[i + 1] === '/') break;
      if (c === "'" || c === '`') stack.push(c);
      else if ('([{'.includes(c)) stack.push(c), opened++;
      else if (')]}'.includes(c)) {
        stack.pop();
        close();
        continue;
      }
      if (c !== ' ') leading = false;
    }
    if (opened > 0) groups.push(opened);
    out.push(inText || !line ? line : indent + '  '.repeat(level) + line);
  }
  return out.join('\n');
}

function wrap(text: string): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > 96) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}
