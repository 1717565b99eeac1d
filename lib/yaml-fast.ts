// A quick reader for the YAML that Kubernetes manifests are nearly always written in: block
// mappings and lists, plain scalars (also over several lines), one-line quoted scalars, literal
// and folded block scalars, flow collections. `validate` reads whole folders of manifests in a
// fresh process, where the full YAML reader's lexer, parser and composer run mostly unoptimized
// and took most of the command's time; with every file read here, the `yaml` package is not even
// loaded.
//
// Scalars and flow collections are read in lib/yaml-fast-scalars.ts.
//
// It decides nothing on its own: on anything outside that subset, or anything it is not sure the
// full reader would take the same way (anchors, tags, multi-line quoted scalars, numbers other than
// plain decimals, duplicate keys, tabs, CRLF, comments inside flow collections...), it gives up and
// lib/yaml.ts reads the text with the full reader. What it returns must be exactly what the full
// reader returns, values and field lines; test/yaml/fast.test.ts compares the two on every manifest
// corpus at hand, on edited manifests and on generated documents and scalars.

import { endsClean, flowValue, giveUp, keyEnd, MAX_DEPTH, NotSimple, plainStart, plainValue, quoted, type ScalarReader } from './yaml-fast-scalars';

/** One document: the 1-based line its content starts on and its value. */
export interface FastDocument {
  readonly line: number;
  readonly value: unknown;
}

/** The full reader refuses implicit keys longer than 1024 characters. */
const MAX_KEY = 1000;

/**
 * Where fields are: for each mapping and list read, the 1-based line of each key (of each item,
 * for a list), as the full reader reports them.
 */
export type FieldPositions = WeakMap<object, Map<string | number, number>>;

/**
 * The documents of `text`, or undefined when the text is not in the subset this reader is sure of.
 * With `positions`, it also records where each field is (a second, slower mode for when a
 * problem's line is asked for).
 */
export function readSimpleYaml(text: string, positions?: FieldPositions): FastDocument[] | undefined {
  if (text.includes('\r') || text.charCodeAt(0) === 0xfeff) return undefined;
  try {
    return new Reader(text.split('\n'), positions).documents();
  } catch (e) {
    if (e instanceof NotSimple) return undefined;
    throw e;
  }
}

const indentOf = (line: string): number => {
  let n = 0;
  while (line.charCodeAt(n) === 32) n++;
  return n;
};
/** A line with nothing to read: empty, spaces, or a comment. */
const isBlank = (line: string, indent: number): boolean => indent === line.length || line.charCodeAt(indent) === 35;
const isDocStart = (line: string): boolean => line.startsWith('---') && (line.length === 3 || line[3] === ' ' || line[3] === '\t');
const isSeqEntry = (line: string, indent: number): boolean => line.charCodeAt(indent) === 45 && (line.length === indent + 1 || line.charCodeAt(indent + 1) === 32);

/** Gives up on a line of a plain scalar that the full reader may read otherwise (a key, a comment, a tab). */
function checkPlainLine(part: string): void {
  if (!plainStart(part) || part.includes(': ') || part.endsWith(':') || part.includes(' #') || part.includes('\t')) giveUp();
}

class Reader implements ScalarReader {
  private i = 0;
  private depth = 0;
  /**
   * The plain keys read so far, typed: a file uses a few dozen keys over and over (`name`,
   * `image`), where a lookup costs less than typing the key again. Values, mostly each its own,
   * are typed as they come.
   */
  private readonly plainKeys = new Map<string, unknown>();

  public constructor(private readonly lines: string[], public readonly positions?: FieldPositions) {}

  /** Where the keys or items of `container` are, when positions are recorded. */
  public placesOf(container: object): Map<string | number, number> | undefined {
    if (this.positions === undefined) return undefined;
    const places = new Map<string | number, number>();
    this.positions.set(container, places);
    return places;
  }

  public documents(): FastDocument[] {
    const docs: FastDocument[] = [];
    const { lines } = this;
    // The line of a `---` not yet followed by content: a document that stays empty is null, on that line.
    let marker = -1;
    for (;;) {
      this.skipBlank();
      if (this.i >= lines.length) break;
      const line = lines[this.i];
      if (isDocStart(line)) {
        // `---` alone (a comment may follow); content on the marker's line goes to the full reader.
        if (!/^---[ \t]*(#.*)?$/.test(line)) giveUp();
        if (marker >= 0) docs.push({ line: marker + 1, value: null });
        marker = this.i;
        this.i++;
        continue;
      }
      if (line.startsWith('...') || line.startsWith('%') || indentOf(line) !== 0) giveUp();
      const start = this.i + 1;
      docs.push({ line: start, value: this.block(0) });
      marker = -1;
      this.skipBlank();
      if (this.i < lines.length && !isDocStart(lines[this.i])) giveUp();
    }
    if (marker >= 0) docs.push({ line: marker + 1, value: null });
    return docs;
  }

  /** Moves past blank and comment lines; a tab where indentation or structure is read gives up. */
  private skipBlank(): void {
    const { lines } = this;
    while (this.i < lines.length) {
      const line = lines[this.i];
      const indent = indentOf(line);
      if (!isBlank(line, indent)) {
        if (line.includes('\t')) giveUp();
        return;
      }
      this.i++;
    }
  }

  /** The node whose first line is the next line to read, at exactly `indent`: a mapping or a list. */
  private block(indent: number): unknown {
    if (++this.depth > MAX_DEPTH) giveUp();
    const line = this.lines[this.i];
    const value = isSeqEntry(line, indent) ? this.seq(indent) : this.map(indent);
    this.depth--;
    return value;
  }

  /** The value of a key or list item written on the lines below it (nothing after the `:` or `-`). */
  private nested(parentIndent: number, sameIndentSeq: boolean): unknown {
    this.skipBlank();
    if (this.i >= this.lines.length) return null;
    const line = this.lines[this.i];
    if (isDocStart(line)) return null;
    const indent = indentOf(line);
    if (indent > parentIndent) {
      if (isSeqEntry(line, indent) || keyEnd(line, indent) >= 0) return this.block(indent);
      // A plain scalar that starts on the line below; other scalars there are left to the full reader.
      const text = line.slice(indent);
      if (!plainStart(text) || text.includes(' #')) giveUp();
      this.i++;
      return this.plainLines(text, parentIndent);
    }
    if (sameIndentSeq && indent === parentIndent && isSeqEntry(line, indent)) return this.block(indent);
    return null;
  }

  /** The next line of the collection at `indent`; undefined where the collection ends. A line indented past it gives up. */
  private entryAt(indent: number): string | undefined {
    this.skipBlank();
    if (this.i >= this.lines.length) return undefined;
    const line = this.lines[this.i];
    if (isDocStart(line)) return undefined;
    const at = indentOf(line);
    if (at < indent) return undefined;
    if (at > indent) giveUp();
    return line;
  }

  private map(indent: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const places = this.placesOf(out);
    for (;;) {
      const line = this.entryAt(indent);
      if (line === undefined) return out;
      const end = keyEnd(line, indent);
      if (end < 0) giveUp();
      const key = this.key(line.slice(indent, end).trimEnd());
      // The full reader refuses duplicate keys. `out` is a plain object, and key() gives up on
      // `__proto__`, so a key is out's own property exactly when it came before.
      if (Object.prototype.hasOwnProperty.call(out, key)) giveUp();
      places?.set(key, this.i + 1);
      const rest = line.slice(end + 1).trimStart();
      this.i++;
      const value = rest === '' || rest[0] === '#' ? this.nested(indent, true) : this.inline(rest, indent);
      out[key] = value;
    }
  }

  private seq(indent: number): unknown[] {
    const out: unknown[] = [];
    const places = this.placesOf(out);
    for (;;) {
      const line = this.entryAt(indent);
      if (line === undefined) return out;
      if (!isSeqEntry(line, indent)) return out;
      const restAt = indent + 1 + indentOf(line.slice(indent + 1));
      const rest = line.slice(restAt);
      // An item's line is where its node starts: the dash's line, or the line below for a node written there.
      places?.set(out.length, this.i + 1);
      if (rest === '' || rest[0] === '#') {
        this.i++;
        this.skipBlank();
        const below = this.i + 1;
        const item = this.nested(indent, false);
        if (item !== null) places?.set(out.length, below);
        out.push(item);
      } else if (isSeqEntry(line, restAt)) {
        giveUp(); // `- - x`
      } else if (keyEnd(line, restAt) >= 0) {
        // `- key: value`: a mapping whose keys line up with the first one; read it as if the dash were a space.
        this.lines[this.i] = ' '.repeat(restAt) + rest;
        out.push(this.block(restAt));
      } else {
        this.i++;
        out.push(this.inline(rest, indent));
      }
    }
  }

  /** A mapping key: plain or quoted, a string as the full reader decodes it. */
  private key(text: string): string {
    if (text.length > MAX_KEY) giveUp();
    let key: unknown;
    if (text[0] === '"' || text[0] === "'") {
      const q = quoted(text, 0);
      if (q === undefined || q.end !== text.length) giveUp();
      key = q!.value;
    } else {
      if (!plainStart(text) || text.includes(' #')) giveUp();
      key = this.plainKeys.get(text);
      if (key === undefined) {
        key = this.plain(text);
        this.plainKeys.set(text, key);
      }
    }
    // Keys that decode to another type, and merge keys, take the full reader's rules.
    if (typeof key !== 'string' || key === '<<' || key === '__proto__') giveUp();
    return key as string;
  }

  /** A value written on its key's or dash's line; `parentIndent` is that key's or dash's column. */
  private inline(rest: string, parentIndent: number): unknown {
    const c = rest[0];
    if (c === '|' || c === '>') return this.blockScalar(rest, parentIndent);
    let value: unknown;
    if (c === '"' || c === "'") {
      const q = quoted(rest, 0);
      if (q === undefined || !endsClean(rest, q.end)) giveUp();
      value = q!.value;
    } else if (c === '[' || c === '{') {
      value = this.flow(rest, parentIndent);
    } else {
      const cut = rest.indexOf(' #');
      if (cut < 0) return this.plainLines(rest, parentIndent);
      // A comment ends a plain scalar: no line may continue it.
      value = this.plainLines(rest.slice(0, cut), Infinity);
    }
    // The next line must not continue this scalar (a multi-line quoted or flow scalar goes to the full reader).
    this.skipBlank();
    if (this.i < this.lines.length && !isDocStart(this.lines[this.i]) && indentOf(this.lines[this.i]) > parentIndent) giveUp();
    return value;
  }

  /**
   * A plain scalar whose first line is `first`, continued by the lines below indented past
   * `parentIndent`: the lines are joined by a space, and a run of n empty lines between two of
   * them stands for n line breaks. A scalar of one line is typed (null, boolean, number); one of
   * several lines is always text.
   */
  private plainLines(first: string, parentIndent: number): unknown {
    let text = first.trimEnd();
    checkPlainLine(text);
    let multiline = false;
    let empties = 0;
    for (; this.i < this.lines.length; this.i++) {
      const line = this.lines[this.i];
      const n = indentOf(line);
      if (n === line.length) {
        empties++;
        continue;
      }
      if (n <= parentIndent || isDocStart(line)) break;
      // A comment line, or one a plain scalar may not hold, inside the scalar: the full reader decides.
      const part = line.slice(n).trimEnd();
      checkPlainLine(part);
      text += empties > 0 ? '\n'.repeat(empties) + part : ` ${part}`;
      multiline = true;
      empties = 0;
    }
    this.i -= empties;
    this.skipBlank();
    return multiline ? text : this.plain(text);
  }

  /**
   * A flow collection (`[a, "b"]`, `{type: string}`), nested or not, on this line and the lines it
   * continues on until its brackets close; the lines after it are read from where it ends.
   */
  private flow(rest: string, parentIndent: number): unknown {
    let src = rest;
    let open = 0;
    let quote = '';
    for (let p = 0, lines = 0; ; p++) {
      if (p === src.length) {
        if (quote !== '' || open === 0) giveUp(); // a quoted scalar over several lines, or text after the collection
        // The collection goes on: the next line must be indented past its parent, as YAML asks.
        if (++lines > 10_000 || this.i >= this.lines.length) giveUp();
        const next = this.lines[this.i++];
        // Its lines are indented past its parent's; the closing bracket may line up with the parent.
        const at = indentOf(next);
        if (next.includes('\t') || (at < next.length && (at < parentIndent || (at === parentIndent && next[at] !== ']' && next[at] !== '}')))) giveUp();
        src += `\n${next}`;
        continue;
      }
      const c = src[p];
      if (quote === "'") {
        if (c === "'") quote = src[p + 1] === "'" ? (p++, quote) : '';
      } else if (quote === '"') {
        if (c === '\\') p++;
        else if (c === '"') quote = '';
      } else if (c === "'" || c === '"') {
        quote = c;
      } else if (c === '#' && (p === 0 || src[p - 1] === ' ' || src[p - 1] === '\n')) {
        if (open > 0) giveUp(); // a comment inside a collection
        break;
      } else if (c === '[' || c === '{') {
        open++;
      } else if (c === ']' || c === '}') {
        if (--open === 0) {
          if (!endsClean(src, p + 1)) giveUp();
          src = src.slice(0, p + 1);
          break;
        }
      }
    }
    return flowValue({ src, p: 0, line: this.i - src.split('\n').length + 1 }, this, this.depth);
  }

  /** A literal (`|`) or folded (`>`) scalar: its header, then its lines. */
  private blockScalar(header: string, parentIndent: number): string {
    const m = /^([|>])([-+]?)(\s+#.*)?\s*$/.exec(header);
    if (!m) giveUp(); // an explicit indentation indicator, or anything after the header
    const [, style, chomp] = m!;
    const { lines } = this;
    const body: string[] = [];
    let contentIndent = -1;
    let leadingEmptyMax = 0;
    for (; this.i < lines.length; this.i++) {
      const line = lines[this.i];
      const n = indentOf(line);
      if (n === line.length) {
        // Spaces only: an empty line. One with more spaces than the content's indentation is
        // content made of spaces, which the full reader folds and chomps by rules of its own.
        if (contentIndent < 0) leadingEmptyMax = Math.max(leadingEmptyMax, n);
        else if (n > contentIndent) giveUp();
        body.push('');
        continue;
      }
      if (contentIndent < 0) {
        if (n <= parentIndent) break;
        contentIndent = n;
        if (leadingEmptyMax > contentIndent) giveUp();
      } else if (n < contentIndent) {
        break;
      }
      body.push(line.slice(contentIndent));
    }
    // At the end of the file keep-chomping's trailing lines are the full reader's call.
    if (this.i >= lines.length && chomp === '+') giveUp();
    // Empty lines before the next node are not the scalar's; keep-chomping wants them, so it gives up there.
    let last = body.length;
    while (last > 0 && body[last - 1] === '') last--;
    if (chomp === '+' && last !== body.length) giveUp();
    const content = body.slice(0, last);
    if (content.length === 0) giveUp(); // an empty block scalar: rare, and chomped by rules of its own
    let text: string;
    if (style === '|') {
      text = content.join('\n');
    } else {
      if (content.some((l) => l[0] === ' ' || l[0] === '\t')) giveUp(); // more-indented lines fold differently
      text = '';
      let empties = 0;
      let started = false;
      for (const l of content) {
        if (l === '') {
          empties++;
          continue;
        }
        text += started ? (empties > 0 ? '\n'.repeat(empties) : ' ') : '\n'.repeat(empties);
        text += l;
        started = true;
        empties = 0;
      }
    }
    return chomp === '-' ? text : `${text}\n`;
  }

  /**
   * A plain scalar's value, as the full reader types it: most are told to be text by three set
   * lookups and one pattern, which costs less than caching every value (half a megabyte of a map's
   * growth over the 152 examples).
   */
  public plain(text: string): unknown {
    return plainValue(text);
  }
}
