// The scalars of the quick YAML reader (lib/yaml-fast.ts): plain scalars typed as YAML 1.1 types
// them, quoted scalars, mapping keys, and flow collections. Like the reader, every function here
// gives up (throws NotSimple) on what it is not sure the full reader reads the same way.

/** Gives up on the text: the full reader takes it. */
export class NotSimple extends Error {}
export const giveUp = (): never => {
  throw new NotSimple();
};

/** Deeper than any manifest; deeper input goes to the full reader, which enforces the limit. */
export const MAX_DEPTH = 200;
/** Characters a plain scalar may not start with (YAML indicators); `-`, `?`, `:` are checked apart. */
const INDICATOR = new Set(['[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`', ',']);

/** What the flow reader needs of the block reader: typed plain scalars, and where to record field lines. */
export interface ScalarReader {
  plain(text: string): unknown;
  placesOf(container: object): Map<string | number, number> | undefined;
}

const NULLS = new Set(['~', 'null', 'Null', 'NULL']);
const TRUE = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']);
const FALSE = new Set(['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']);
/** Every text YAML 1.1 may read as a number matches this (integers in bases 2, 8, 10, 16 and 60, floats, .inf, .nan, and `e1`, whose mantissa the full reader takes as optional); most others do not. */
const MAYBE_NUMBER = /^[-+]?(?:\.(?:inf|Inf|INF|nan|NaN|NAN)|[0-9._eE][0-9a-fA-F_.:xbeE+-]*)$/;
const DECIMAL = /^[-+]?(?:0|[1-9][0-9]{0,14})$/;
const FLOAT = /^[-+]?[0-9]{1,15}\.[0-9]{1,15}$/;

/**
 * A plain scalar typed as YAML 1.1 types it (the cluster's reading): null, the boolean words,
 * plain decimal integers and fractions; any other text that may be a number (octal 010, hex,
 * base 60, exponents, underscores, .inf) is left to the full reader.
 */
export function plainValue(text: string): unknown {
  if (NULLS.has(text)) return null;
  if (TRUE.has(text)) return true;
  if (FALSE.has(text)) return false;
  // No YAML 1.1 number has two dots, or a sign inside it other than an exponent's (2024-01-01, 10.0.0.1).
  if (!MAYBE_NUMBER.test(text) || /\..*\./.test(text) || /[^eE][-+]/.test(text)) return text;
  // Without a digit only the dot forms (.inf, and `.` itself, NaN to the full reader) may be numbers.
  if (!/[0-9]/.test(text) && !/^[-+]?\./.test(text)) return text;
  if (DECIMAL.test(text) || FLOAT.test(text)) return Number(text);
  return giveUp();
}

/** Where a flow collection's reader is in its text. */
interface Cursor {
  readonly src: string;
  p: number;
  /** The 1-based line of position p. */
  line: number;
}

/** Moves past spaces and line breaks. */
function space(c: Cursor): void {
  for (let ch = c.src[c.p]; ch === ' ' || ch === '\n'; ch = c.src[++c.p]) if (ch === '\n') c.line++;
}

/** One node of a flow collection: a collection, a quoted scalar, or a plain scalar without `:`. */
export function flowValue(c: Cursor, reader: ScalarReader, depth: number): unknown {
  if (depth > MAX_DEPTH) giveUp();
  space(c);
  const ch = c.src[c.p];
  if (ch === '[') return flowSeq(c, reader, depth + 1);
  if (ch === '{') return flowMap(c, reader, depth + 1);
  const text = flowScalar(c);
  if (typeof text !== 'string') return text.value;
  if (text.includes(':')) giveUp();
  return reader.plain(text);
}

/** A quoted scalar ({ value }), or the text of a plain one, ending before `,`, a bracket, a line break or `: `. */
function flowScalar(c: Cursor): string | { value: string } {
  const ch = c.src[c.p];
  if (ch === '"' || ch === "'") {
    const q = quoted(c.src, c.p);
    if (q === undefined || q.value.includes('\n')) giveUp();
    c.p = q!.end;
    return { value: q!.value };
  }
  let e = c.p;
  while (e < c.src.length && !',[]{}\n'.includes(c.src[e]) && !(c.src[e] === ':' && ' ,[]{}\n'.includes(c.src[e + 1] ?? ' '))) e++;
  const text = c.src.slice(c.p, e).trimEnd();
  if (!plainStart(text) || text.includes(' #')) giveUp();
  c.p = e;
  return text;
}

/** Reads `entry, entry, ...` up to `close` (a trailing comma allowed), the cursor on the opening bracket. */
function flowEntries(c: Cursor, close: string, entry: () => void): void {
  c.p++;
  space(c);
  if (c.src[c.p] === close) {
    c.p++;
    return;
  }
  for (;;) {
    space(c);
    entry();
    space(c);
    const ch = c.src[c.p++];
    if (ch === close) return;
    if (ch !== ',') giveUp(); // `[a: b]` and anything else unusual
    space(c);
    if (c.src[c.p] === close) {
      c.p++; // a trailing comma adds nothing
      return;
    }
  }
}

function flowSeq(c: Cursor, reader: ScalarReader, depth: number): unknown[] {
  const out: unknown[] = [];
  const places = reader.placesOf(out);
  flowEntries(c, ']', () => {
    places?.set(out.length, c.line);
    out.push(flowValue(c, reader, depth));
  });
  return out;
}

function flowMap(c: Cursor, reader: ScalarReader, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const places = reader.placesOf(out);
  flowEntries(c, '}', () => {
    const keyLine = c.line;
    const text = flowScalar(c);
    const key = typeof text === 'string' ? reader.plain(text) : text.value;
    if (typeof key !== 'string' || key === '<<' || key === '__proto__' || Object.prototype.hasOwnProperty.call(out, key)) giveUp();
    places?.set(key as string, keyLine);
    space(c);
    if (c.src[c.p] !== ':' || !' \n'.includes(c.src[c.p + 1] ?? '')) giveUp();
    c.p++;
    space(c);
    if (c.src[c.p] === ',' || c.src[c.p] === '}') giveUp(); // a key without a value
    out[key as string] = flowValue(c, reader, depth);
  });
  return out;
}

/** Whether a plain scalar may start this way. */
export function plainStart(text: string): boolean {
  const c = text[0];
  if (c === undefined || INDICATOR.has(c)) return false;
  if (c === '-' || c === '?' || c === ':') return text.length > 1 && text[1] !== ' ';
  return true;
}

/** Only spaces or a comment after position `p`. */
export function endsClean(text: string, p: number): boolean {
  let k = p;
  while (text[k] === ' ') k++;
  return k === text.length || (text[k] === '#' && k > p);
}

/**
 * The column of the `:` that ends a mapping key on `line`, whose key starts at `from`; -1 when the
 * line is not `key: ...`.
 */
export function keyEnd(line: string, from: number): number {
  const c = line[from];
  if (c === '"' || c === "'") {
    const q = quoted(line, from);
    if (q === undefined || line[q.end] !== ':') return -1;
    return q.end + 1 === line.length || line[q.end + 1] === ' ' ? q.end : -1;
  }
  for (let k = line.indexOf(':', from); k >= 0; k = line.indexOf(':', k + 1)) {
    if (k + 1 === line.length || line[k + 1] === ' ') return k;
  }
  return -1;
}

const ESCAPES: Record<string, string> = { '0': '\0', a: '\x07', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029' };
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/** A quoted scalar starting at `from` and closed on the same line: its value and the position after the closing quote. */
export function quoted(text: string, from: number): { value: string; end: number } | undefined {
  const q = text[from];
  let value = '';
  let k = from + 1;
  if (q === "'") {
    for (;;) {
      const close = text.indexOf("'", k);
      if (close < 0) return undefined;
      value += text.slice(k, close);
      if (text[close + 1] === "'") {
        value += "'";
        k = close + 2;
        continue;
      }
      return { value, end: close + 1 };
    }
  }
  for (;;) {
    let e = k;
    while (e < text.length && text[e] !== '"' && text[e] !== '\\') e++;
    if (e >= text.length) return undefined;
    value += text.slice(k, e);
    if (text[e] === '"') return { value, end: e + 1 };
    const esc = text[e + 1];
    if (esc !== undefined && esc in ESCAPES) {
      value += ESCAPES[esc];
      k = e + 2;
    } else if (esc !== undefined && esc in HEX_LENGTH) {
      const digits = text.slice(e + 2, e + 2 + HEX_LENGTH[esc]);
      if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== HEX_LENGTH[esc]) return undefined;
      const code = parseInt(digits, 16);
      if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
      value += String.fromCodePoint(code);
      k = e + 2 + digits.length;
    } else {
      return undefined;
    }
  }
}
