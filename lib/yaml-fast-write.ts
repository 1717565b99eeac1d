// A quick writer for the YAML cdk8s writes: the text `Yaml.stringify` (the `yaml` package with YAML
// 1.1, no line width, keepUndefined) gives for one manifest, in a single walk over the plain JSON.
// The full writer first builds a node for every value, then asks each node how to print itself;
// for a big app that is most of the synth, and in a fresh process it runs mostly unoptimized.
//
// Like the quick reader (lib/yaml-fast.ts) it decides nothing on its own: it writes block maps and
// lists, integers, booleans, and strings in the forms the full writer picks for them (plain,
// single- or double-quoted on one line, literal blocks), and for anything it is not sure the full
// writer prints the same way (null or undefined values, fractions, control characters, a shared
// object that the full writer would print as an alias, multi-line keys, leading blank lines in a
// block...) it returns undefined, and the caller uses the full writer for that document.
// test/yaml/fast-write.test.ts compares the two on every manifest corpus at hand and on generated
// documents and strings.

/** Thrown inside the walk when the full writer could print something differently. */
class Unsure extends Error {}
const UNSURE = new Unsure('not in the subset the quick writer is sure of');

/** Deeper than any manifest; the full writer is left to deal with such a document. */
const MAX_DEPTH = 200;
/** The full writer turns a key longer than 1024 characters into an explicit `? key`. */
const MAX_KEY = 1000;

/**
 * Characters the full writer prints only in double quotes, with escapes, and the Unicode line and
 * paragraph separators, after which it looks for document markers (`%`, `---`) as after a line break.
 */
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]/;

/**
 * Text a plain scalar may not have (YAML's indicators and comment and mapping syntax): starting
 * with an indicator or blank, `-`/`?` alone or followed by a blank, `: ` or a line break followed
 * by a blank, a blank before a line break, `#` after a blank, or ending with a blank or `:`.
 */
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-](?:[ \t]|$)|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;

/** Words YAML 1.1 reads as null or as a boolean: written plain they would not come back as strings. */
const TYPED_WORDS = new Set(['', '~', 'null', 'Null', 'NULL', 'y', 'Y', 'yes', 'Yes', 'YES', 'n', 'N', 'no', 'No', 'NO', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'on', 'On', 'ON', 'off', 'Off', 'OFF']);

/**
 * YAML 1.1's numbers and times, as the `yaml` package resolves them: binary, octal, decimal and
 * hexadecimal integers, .inf and .nan, floats with and without an exponent (`E5` is one), base-60
 * integers and floats, and dates with an optional time. All of them start with a sign, a digit, a
 * dot or an `e`.
 */
const TYPED_NUMBERS = [
  /^[-+]?0b[01_]+$/,
  /^[-+]?0[0-7_]+$/,
  /^[-+]?[0-9][0-9_]*$/,
  /^[-+]?0x[0-9a-fA-F_]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
  /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/,
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:t|T|[ \t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]+)?(?:[ \t]*(?:Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$/,
];

/** True when YAML 1.1 would read `s`, written plain, as something other than this string. */
function typed(s: string): boolean {
  if (TYPED_WORDS.has(s)) return true;
  const c = s.charCodeAt(0);
  // Only text starting with a sign, a dot, a digit or an e can be a number or a time.
  if (c !== 43 && c !== 45 && c !== 46 && (c < 48 || c > 57) && c !== 69 && c !== 101) return false;
  return TYPED_NUMBERS.some((re) => re.test(s));
}

/**
 * The one-line strings printed so far, with their text: manifests repeat their keys and many of
 * their values, and one lookup costs less than the tests. Strings longer than CACHED_LENGTH are
 * not kept, and the cache starts over at CACHED_STRINGS entries.
 */
const printed = new Map<string, string>();
const CACHED_LENGTH = 200;
const CACHED_STRINGS = 20_000;

/** A one-line string as the full writer prints it, as a key or as a value; throws for a line break or a control character. */
function lineScalar(s: string): string {
  let out = printed.get(s);
  if (out !== undefined) return out;
  // A line starting like a document marker is printed in ways that depend on where it is.
  if (CONTROL.test(s) || s.includes('\n') || s.startsWith('---') || s.startsWith('...')) throw UNSURE;
  if (!NOT_PLAIN.test(s) && !typed(s)) out = s;
  // Quoted: single quotes when that avoids escaping a double quote, else JSON's double quotes
  // (with no control characters and no line break, YAML's escapes are JSON's).
  else out = s.includes('"') && !s.includes("'") ? `'${s}'` : JSON.stringify(s);
  if (s.length <= CACHED_LENGTH) {
    if (printed.size >= CACHED_STRINGS) printed.clear();
    printed.set(s, out);
  }
  return out;
}

/**
 * A multi-line string as the full writer prints it as a value at `indent`: a literal block,
 * `|-` without a final line break and `|` with exactly one. Other endings and starts (blank lines
 * or spaces that need an indentation indicator or keep-chomping) are left to the full writer.
 */
function blockScalar(s: string, indent: string): string {
  const first = s.charCodeAt(0);
  if (first === 32 || first === 10) throw UNSURE;
  const last = s.charCodeAt(s.length - 1);
  let body = s;
  let chomp = '-';
  if (last === 10) {
    body = s.slice(0, -1);
    chomp = '';
  }
  const end = body.charCodeAt(body.length - 1);
  if (end === 10 || end === 32 || end === 9) throw UNSURE;
  let out = `|${chomp}\n${indent}`;
  let from = 0;
  for (let nl = body.indexOf('\n'); nl !== -1; nl = body.indexOf('\n', from)) {
    // A run of line breaks is copied whole; the next line starts at the block's indentation.
    let to = nl + 1;
    while (body.charCodeAt(to) === 10) to++;
    out += body.slice(from, to) + indent;
    from = to;
  }
  return out + body.slice(from);
}

/** A string value at `indent` (the indentation of a block it would open). */
function stringValue(s: string, indent: string): string {
  if (!s.includes('\n')) return lineScalar(s);
  if (CONTROL.test(s)) throw UNSURE;
  return blockScalar(s, indent);
}

const isPlainObject = (v: object): boolean => Object.getPrototypeOf(v) === Object.prototype;

/**
 * Indentation by level (two spaces a level), and the same after a line break, with and without a
 * list item's `- `: made once, so that writing a manifest allocates no indentation.
 */
const INDENT: string[] = [];
const LINE: string[] = [];
const ITEM: string[] = [];
for (let level = 0; level <= MAX_DEPTH + 2; level++) {
  INDENT.push('  '.repeat(level));
  LINE.push(`\n${INDENT[level]}`);
  ITEM.push(`\n${INDENT[level]}- `);
}

/**
 * One document's walk. The text is collected as pieces and joined at the end (a big document's a
 * chunk at a time): the pieces are the cached indentation and scalars, so the walk allocates little
 * more than the list of them.
 * `seen` holds the objects written, as the full writer aliases a repeated one.
 */
class Writer {
  private readonly seen = new Set<object>();
  public readonly pieces: string[] = [];
  /** The text of the pieces so far, joined every CHUNK pieces: a big document's list of pieces stays short. */
  public readonly chunks: string[] = [];

  public constructor(root: object) {
    this.seen.add(root);
  }

  /** The block map `obj` (non-empty) at `level`: its first key after `first`, the others on lines of their own. */
  public map(obj: Record<string, unknown>, keys: string[], level: number, first: string): void {
    if (level > MAX_DEPTH) throw UNSURE;
    const { pieces } = this;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key.length > MAX_KEY) throw UNSURE;
      if (pieces.length > CHUNK) {
        this.chunks.push(pieces.join(''));
        pieces.length = 0;
      }
      pieces.push(i === 0 ? first : LINE[level], lineScalar(key), ':');
      this.node(obj[key], level + 1, ' ', LINE[level + 1]);
    }
  }

  /** The block list `list` (non-empty), its `- ` at `level`: its first item after `first`, the others on lines of their own. */
  public list(list: unknown[], level: number, first: string): void {
    if (level > MAX_DEPTH) throw UNSURE;
    // A list that is a map value starts on the line after its key (the usual case: cached).
    const prefix = first === LINE[level] ? ITEM[level] : `${first}- `;
    for (let i = 0; i < list.length; i++) {
      const start = i === 0 ? prefix : ITEM[level];
      this.node(list[i], level + 1, start, start);
    }
  }

  /**
   * A value whose own block would sit at `level`: after `inline` when it fits on the line (a
   * scalar, an empty list or map), else a block whose first line starts after `block`. A list item
   * starts both after its `- `; a map value is ` value` inline and a block on the next line.
   */
  private node(v: unknown, level: number, inline: string, block: string): void {
    const nested = this.collection(v);
    if (nested === undefined) this.pieces.push(inline, this.scalar(v, level));
    else if (nested === EMPTY) this.pieces.push(inline, Array.isArray(v) ? '[]' : '{}');
    else if (Array.isArray(v)) this.list(v, level, block);
    else this.map(v as Record<string, unknown>, nested, level, block);
  }

  /**
   * For a list or plain object: EMPTY when it has no items, else the object's keys (an empty
   * array for a list). Undefined for a scalar. Throws for anything else or an object seen before.
   */
  private collection(v: unknown): string[] | typeof EMPTY | undefined {
    if (typeof v !== 'object') return undefined;
    if (v === null) throw UNSURE;
    if (this.seen.has(v)) throw UNSURE;
    this.seen.add(v);
    if (Array.isArray(v)) {
      if (Object.getPrototypeOf(v) !== Array.prototype) throw UNSURE;
      return v.length === 0 ? EMPTY : NO_KEYS;
    }
    if (!isPlainObject(v)) throw UNSURE;
    const keys = Object.keys(v);
    return keys.length === 0 ? EMPTY : keys;
  }

  private scalar(v: unknown, level: number): string {
    if (typeof v === 'string') return stringValue(v, INDENT[level]);
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    if (typeof v === 'number' && Number.isSafeInteger(v) && !Object.is(v, -0)) return String(v);
    throw UNSURE;
  }
}

const EMPTY = Symbol('empty');
/**
 * How many pieces a document's walk holds before joining them into a chunk. A Pipeline of 3000
 * tasks has some 100 000 pieces; held in one list, that list and the copies it grew through took
 * 6 MB of an app's peak memory.
 */
const CHUNK = 4000;
const NO_KEYS: string[] = [];

/**
 * `doc` (a plain object, as a manifest is) as the full writer prints it with cdk8s's options, or
 * undefined when it is not sure to print it the same way.
 */
export function writeSimpleYaml(doc: unknown): string | undefined {
  if (typeof doc !== 'object' || doc === null || !isPlainObject(doc)) return undefined;
  const keys = Object.keys(doc);
  if (keys.length === 0) return '{}\n';
  try {
    const writer = new Writer(doc);
    writer.map(doc as Record<string, unknown>, keys, 0, '');
    writer.pieces.push('\n');
    if (writer.chunks.length === 0) return writer.pieces.join('');
    writer.chunks.push(writer.pieces.join(''));
    return writer.chunks.join('');
  } catch (e) {
    if (e === UNSURE) return undefined;
    throw e;
  }
}
