// The glob language of Pipelines-as-Code: gobwas/glob compiled with no separator, which PaC uses
// for on-target-branch, on-path-change(-ignore) and CEL's pathChanged(). Syntax: `*` and `**` any
// run of characters (with no separator, both cross `/`), `?` one character, `[abc]` / `[a-z]` one
// of, `[!abc]` / `[!a-z]` none of, `{a,b}` alternatives (nesting allowed), `\x` a literal x. The
// pattern is compiled to a Thompson automaton and matched by stepping a set of states over the
// text, so matching is linear in the text for a given pattern: no backtracking blow-up on `*a*a*a`.

/** One character class: a literal, a set, a range, or any character. */
type CharTest = { kind: 'any' } | { kind: 'lit'; ch: string } | { kind: 'set'; chars: ReadonlySet<string>; not: boolean } | { kind: 'range'; lo: number; hi: number; not: boolean };

type Node =
  | { kind: 'text'; chars: string[] }
  | { kind: 'star' }
  | { kind: 'one'; test: CharTest }
  | { kind: 'anyOf'; alternatives: Node[][] };

/** A pattern gobwas/glob refuses (glob.MustCompile panics on it, so PaC cannot match with it). */
export class GlobSyntaxError extends Error {}

/** Parses as gobwas/glob's lexer and parser do (same error cases, same leniency on an unclosed `{`). */
function parse(pattern: string): Node[] {
  const chars = Array.from(pattern);
  let pos = 0;
  const root: Node[] = [];
  // Stack of open `{`: the sequence being filled and the alternatives of the group.
  const stack: Array<{ alternatives: Node[][] }> = [];
  let current = root;
  const text = (breakers: string): string[] => {
    const out: string[] = [];
    let escaped = false;
    while (pos < chars.length) {
      const c = chars[pos];
      if (!escaped) {
        if (c === '\\') {
          escaped = true;
          pos++;
          continue;
        }
        if (breakers.includes(c)) break;
      }
      escaped = false;
      out.push(c);
      pos++;
    }
    return out;
  };
  while (pos < chars.length) {
    const c = chars[pos];
    if (c === '{') {
      pos++;
      const group = { alternatives: [[]] as Node[][] };
      current.push({ kind: 'anyOf', alternatives: group.alternatives });
      stack.push(group);
      current = group.alternatives[0];
    } else if (c === ',' && stack.length > 0) {
      pos++;
      const group = stack[stack.length - 1];
      current = [];
      group.alternatives.push(current);
    } else if (c === '}' && stack.length > 0) {
      pos++;
      stack.pop();
      current = stack.length > 0 ? stack[stack.length - 1].alternatives[stack[stack.length - 1].alternatives.length - 1] : root;
    } else if (c === '[') {
      pos++;
      current.push({ kind: 'one', test: parseRange() });
    } else if (c === '?') {
      pos++;
      current.push({ kind: 'one', test: { kind: 'any' } });
    } else if (c === '*') {
      pos++;
      if (chars[pos] === '*') pos++;
      current.push({ kind: 'star' });
    } else {
      const run = text(stack.length > 0 ? '?*[{},' : '?*[{');
      if (run.length > 0) current.push({ kind: 'text', chars: run });
    }
  }
  return root;

  function parseRange(): CharTest {
    let not = false;
    if (chars[pos] === '!') {
      not = true;
      pos++;
    }
    if (pos >= chars.length) throw new GlobSyntaxError('unexpected end of input inside [...]');
    if (chars[pos + 1] === '-') {
      const lo = chars[pos];
      const hi = chars[pos + 2];
      if (hi === undefined) throw new GlobSyntaxError('unexpected end of input inside [...]');
      pos += 3;
      if (chars[pos] !== ']') throw new GlobSyntaxError(pos >= chars.length ? 'unexpected end of input inside [...]' : `a range [${lo}-${hi}] must be closed right after it ("]"), not followed by "${chars[pos]}": gobwas/glob takes one range or one list of characters per [...]`);
      pos++;
      if (hi.codePointAt(0)! < lo.codePointAt(0)!) throw new GlobSyntaxError(`in [${lo}-${hi}] the high character "${hi}" is lower than the low one "${lo}"`);
      return { kind: 'range', lo: lo.codePointAt(0)!, hi: hi.codePointAt(0)!, not };
    }
    const set = text(']');
    if (pos >= chars.length) throw new GlobSyntaxError('unexpected end of input inside [...]: close it with "]"');
    pos++;
    if (set.length === 0) throw new GlobSyntaxError('an empty [] matches nothing and gobwas/glob refuses it');
    return { kind: 'set', chars: new Set(set), not };
  }
}

// The automaton: state i either consumes one character (to next[i]), loops on any character
// (star: consume and stay, or skip to next), splits (epsilon edges), or accepts.
type State =
  | { kind: 'char'; test: CharTest; next: number }
  | { kind: 'star'; next: number }
  | { kind: 'split'; next: number[] }
  | { kind: 'accept' };

function testChar(t: CharTest, c: string): boolean {
  switch (t.kind) {
    case 'any': return true;
    case 'lit': return t.ch === c;
    case 'set': return t.chars.has(c) !== t.not;
    case 'range': {
      const code = c.codePointAt(0)!;
      return (code >= t.lo && code <= t.hi) !== t.not;
    }
  }
}

/** A compiled PaC glob. */
export class Glob {
  /** Compiles `pattern`; throws GlobSyntaxError where gobwas/glob's compiler fails. */
  public static compile(pattern: string): Glob {
    return new Glob(pattern, parse(pattern));
  }

  private readonly states: State[] = [];
  private readonly start: number;

  /** The glob as written. */
  public readonly pattern: string;

  private constructor(pattern: string, nodes: Node[]) {
    this.pattern = pattern;
    this.states.push({ kind: 'accept' });
    this.start = this.build(nodes, 0);
  }

  /** Whether the whole of `text` matches. */
  public matches(text: string): boolean {
    let current = this.closure([this.start]);
    for (const c of text) {
      const next: number[] = [];
      for (const s of current) {
        const state = this.states[s];
        if (state.kind === 'char' && testChar(state.test, c)) next.push(state.next);
        else if (state.kind === 'star') next.push(s);
      }
      if (next.length === 0) return false;
      current = this.closure(next);
    }
    return current.some((s) => this.states[s].kind === 'accept');
  }

  /** Builds `nodes` in front of state `next`, back to front; returns the entry state. */
  private build(nodes: readonly Node[], next: number): number {
    let entry = next;
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i];
      if (node.kind === 'text') {
        for (let j = node.chars.length - 1; j >= 0; j--) entry = this.add({ kind: 'char', test: { kind: 'lit', ch: node.chars[j] }, next: entry });
      } else if (node.kind === 'one') entry = this.add({ kind: 'char', test: node.test, next: entry });
      else if (node.kind === 'star') entry = this.add({ kind: 'star', next: entry });
      else {
        const after = entry;
        entry = this.add({ kind: 'split', next: node.alternatives.map((alt) => this.build(alt, after)) });
      }
    }
    return entry;
  }

  private add(state: State): number {
    this.states.push(state);
    return this.states.length - 1;
  }

  /** The states reachable from `from` without consuming a character, each once. */
  private closure(from: readonly number[]): number[] {
    const seen = new Set<number>();
    const out: number[] = [];
    const stack = [...from];
    while (stack.length > 0) {
      const s = stack.pop()!;
      if (seen.has(s)) continue;
      seen.add(s);
      out.push(s);
      const state = this.states[s];
      if (state.kind === 'split') stack.push(...state.next);
      else if (state.kind === 'star') stack.push(state.next);
    }
    return out;
  }
}

/** Whether `pattern` (a PaC glob) matches `text`; a pattern gobwas/glob refuses matches nothing. */
export function globMatches(pattern: string, text: string): boolean {
  try {
    return Glob.compile(pattern).matches(text);
  } catch (e) {
    if (e instanceof GlobSyntaxError) return false;
    throw e;
  }
}

/** The message of GlobSyntaxError for `pattern`, or undefined when it compiles. */
export function globSyntaxError(pattern: string): string | undefined {
  try {
    Glob.compile(pattern);
    return undefined;
  } catch (e) {
    if (e instanceof GlobSyntaxError) return e.message;
    throw e;
  }
}

/** `text` with every glob special character escaped, so it matches itself only. */
export function escapeGlob(text: string): string {
  return text.replace(/[*?[\]{}\\]/g, (c) => `\\${c}`);
}

/**
 * How the shell (and GitHub's `paths` filters) would read `pattern` differently, when that
 * difference changes what matches: `*` and `?` stop at `/` there, and `**` matches whole folders
 * only. Returns one sentence, or undefined when the two readings agree.
 */
export function shellDifference(pattern: string): string | undefined {
  const star = /(^|[^\\*])\*(?!\*)/.test(pattern);
  const doubleSlash = /\*\*\//.test(pattern);
  const trailingStar = /[^/*]\*$/.test(pattern);
  if (doubleSlash) {
    const at = pattern.indexOf('**/');
    const example = `${pattern.slice(0, at)}${pattern.slice(at + 3)}`.replace(/\*+/g, 'a').replace(/\?/g, 'a');
    return `"**/" needs one more "/" in the path, so "${pattern}" does not match files directly in the folder before it (such as "${example}"), which a shell's globstar does`;
  }
  if (trailingStar) return `"*" crosses "/", so "${pattern}" matches every path that starts with "${pattern.slice(0, -1)}", sibling folders and their files included (such as "${pattern.slice(0, -1)}-v2/x")`;
  if (star && pattern.includes('/')) return `"*" crosses "/", so "${pattern}" also matches files in sub-folders (as "**" does in a shell)`;
  return undefined;
}
