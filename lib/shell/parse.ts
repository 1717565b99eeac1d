// The script tag's shell parser: recursive descent over the part of POSIX sh and bash that scripts
// with interpolations use. It reads each character as bash, dash and busybox ash do, and where
// they could disagree, or where it meets anything it does not fully understand, it refuses the
// script (ShellSyntaxError) rather than guess: a wrong guess would put a value where the shell
// reads code. Plain JavaScript, so loading it costs nothing and leaves nothing running.
import {
  Arithmetic, Assign, Command, Compound, CompoundKind, DoubleQuoted, Found, Heredoc, Hole, linkParents,
  List, Literal, Part, Pipeline, Redirect, Simple, Word,
} from './syntax';

export { programName, singleQuoted } from './syntax';

/** The script cannot be read with certainty; `at` is the offset the parser stopped at. */
export class ShellSyntaxError extends Error {
  public constructor(message: string, public readonly at: number) {
    super(message);
  }
}

/** An interpolation inside arithmetic the parser does not read further: refused as arithmetic. */
export class ArithmeticHole extends ShellSyntaxError {
  public constructor(public readonly construct: string, public readonly hole: Hole, at: number) {
    super(`an interpolation inside ${construct}`, at);
  }
}

const RESERVED_END = new Set(['then', 'elif', 'else', 'fi', 'do', 'done', 'esac', '}', ']]']);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Characters allowed in arithmetic and subscripts: no quotes, backslashes or command syntax, so every shell splits the text alike. */
const ARITH_CHARS = /^[A-Za-z0-9_ \t\n+\-*/%<>=!&|^~?:,()[\]#.]$/;

export interface ParsedScript {
  readonly root: List;
  readonly found: Found[];
}

/** Parses `text`; `holes` are the interpolations, in text order. Throws ShellSyntaxError. */
export function parseShell(text: string, holes: readonly Hole[]): ParsedScript {
  const p = new Parser(text, holes);
  const root = p.parseScript();
  linkParents(root);
  return { root, found: p.found };
}

interface PendingHeredoc {
  readonly doc: Heredoc;
  readonly delimiter: string;
  /** The construct the heredoc's operator is in (see Parser.context). */
  readonly context: number;
}

class Parser {
  private i = 0;
  /**
   * The construct being read: 0 at the top, and a new number for each $(...), backquote and <(...)
   * entered. A heredoc's body must start in the construct its operator is in; two substitutions at
   * the same depth are still different constructs (`$(cat <<EOF) $(` must not take the next lines).
   */
  private context = 0;
  private contexts = 0;
  private inBacktick = false;
  private readonly holeAt = new Map<number, Hole>();
  private readonly holes: readonly Hole[];
  private readonly pending: PendingHeredoc[] = [];
  public readonly found: Found[] = [];

  public constructor(private readonly s: string, holes: readonly Hole[]) {
    this.holes = holes;
    for (const h of holes) this.holeAt.set(h.start, h);
    // Only space, tab and newline separate words in every shell; other control characters (CR, VT,
    // FF, NUL, ESC) are word characters to bash and dash but look like blanks to a reader.
    const control = /[\u0000-\u0008\u000b-\u001f\u007f]/.exec(s);
    if (control) {
      const c = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
      throw new ShellSyntaxError(`the control character U+${c}, which bash and dash read as part of a word where a reader sees a blank, a line end or nothing (a CR before # makes the rest of the line code, not a comment); remove it`, control.index);
    }
    const surrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.exec(s);
    if (surrogate) throw new ShellSyntaxError('a lone UTF-16 surrogate, which has no UTF-8 form, so the shell would read bytes other than the ones the tag read; remove it', surrogate.index);
  }

  /** The holes that start in [from, to), found by binary search over the sorted list. */
  private holesIn(from: number, to: number): Hole[] {
    let lo = 0;
    let hi = this.holes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.holes[mid].start < from) lo = mid + 1;
      else hi = mid;
    }
    const out: Hole[] = [];
    for (let k = lo; k < this.holes.length && this.holes[k].start < to; k++) out.push(this.holes[k]);
    return out;
  }

  private fail(what: string, at = this.i): never {
    throw new ShellSyntaxError(what, at);
  }

  public parseScript(): List {
    const list = this.parseList();
    if (this.i < this.s.length) this.fail(`unexpected ${JSON.stringify(this.s[this.i])}`);
    if (this.pending.length) this.fail(`the heredoc ending in ${this.pending[0].delimiter} has no body`);
    return list;
  }

  // ---- lists and commands ----

  /** Skips blanks, escaped newlines and comments on the current line. */
  private blanks(): void {
    for (;;) {
      const c = this.s[this.i];
      if (c === ' ' || c === '\t') this.i++;
      else if (c === '\\' && this.s[this.i + 1] === '\n') this.i += 2;
      else if (c === '#') {
        const end = this.s.indexOf('\n', this.i);
        const stop = end < 0 ? this.s.length : end;
        for (const hole of this.holesIn(this.i, stop)) this.found.push({ hole, ctx: 'comment', node: this.emptyList(hole.start) });
        this.i = stop;
      } else return;
    }
  }

  private emptyList(at: number): List {
    return { t: 'list', start: at, end: at, pipelines: [] };
  }

  /** Newlines, blanks and comments, reading the heredoc bodies that wait for each newline. */
  private linebreaks(): void {
    for (;;) {
      this.blanks();
      if (this.s[this.i] !== '\n') return;
      this.i++;
      this.heredocBodies();
    }
  }

  private peekOp(): string | undefined {
    const m = /^(;;&|;;|;&|&&|\|\||\|&|[;&|()]|\n)/.exec(this.s.slice(this.i, this.i + 3));
    return m?.[1];
  }

  /** The reserved word at the cursor, if the next word is exactly one. */
  private peekReserved(): string | undefined {
    const m = /^(\{|\}|!|\[\[|\]\]|[a-z]+)(?=[ \t\n;&|()<>]|$)/.exec(this.s.slice(this.i, this.i + 10));
    return m && /^(if|then|elif|else|fi|do|done|case|esac|while|until|for|in|function|select|coproc|time|\{|\}|!|\[\[|\]\])$/.test(m[1]) ? m[1] : undefined;
  }

  private parseList(): List {
    const start = this.i;
    const pipelines: Pipeline[] = [];
    // After && or || a command must follow (on this line or a later one): every shell refuses a
    // script that ends there, or closes a construct there, as a syntax error.
    let chained = false;
    for (;;) {
      this.linebreaks();
      if (!chained) {
        const c = this.s[this.i];
        if (c === undefined || c === ')' || (c === '`' && this.inBacktick)) break;
        if (this.s.startsWith(';;', this.i) || this.s.startsWith(';&', this.i)) break;
        const r = this.peekReserved();
        if (r && RESERVED_END.has(r)) break;
      }
      pipelines.push(this.parsePipeline());
      this.blanks();
      const op = this.peekOp();
      chained = op === '&&' || op === '||';
      if (op === ';' || op === '&' || chained) this.i += op!.length;
      else if (op !== '\n') break;
    }
    return { t: 'list', start, end: this.i, pipelines };
  }

  private parsePipeline(): Pipeline {
    const start = this.i;
    const commands: Command[] = [];
    for (;;) {
      this.blanks();
      const r = this.peekReserved();
      if (r === '!' || r === 'time') {
        this.i += r.length;
        this.blanks();
        if (r === 'time') {
          if (/^-p(?![^ \t\n;&|])/.test(this.s.slice(this.i, this.i + 3))) this.i += 2;
          this.blanks();
          // bash's time keyword takes only -p and times the next word as a command; dash has no such
          // keyword and runs the time program, which reads -f, -o or -q as its own options first.
          if (this.s[this.i] === '-') this.fail('an option of time other than -p, which bash reads as the command to time and dash passes to the time program; write time -p or no option');
        }
        continue;
      }
      commands.push(this.parseCommand());
      this.blanks();
      const op = this.peekOp();
      if (op !== '|' && op !== '|&') break;
      this.i += op.length;
      this.linebreaks();
    }
    return { t: 'pipeline', start, end: this.i, commands };
  }

  private parseCommand(): Command {
    const start = this.i;
    const r = this.peekReserved();
    if (r === 'coproc' || r === 'select') this.fail(`${r} is not read by the tag: what the script writes to a coprocess or menu cannot be followed`);
    if (r === 'if' || r === 'while' || r === 'until' || r === 'for' || r === 'case' || r === 'function' || r === '{' || r === '[[') return this.compound(r, start);
    if (r && RESERVED_END.has(r)) this.fail(`unexpected ${r}`);
    if (this.s.startsWith('((', this.i)) return this.arithCommand(start);
    if (this.s[this.i] === '(') {
      this.i++;
      const body = this.parseList();
      this.expect(')');
      return this.withRedirects({ t: 'compound', kind: 'subshell', start, end: this.i, lists: [body], words: [], tokens: [], redirs: [] });
    }
    return this.simple(start);
  }

  private expect(text: string): void {
    this.linebreaks();
    if (!this.s.startsWith(text, this.i)) this.fail(`expected ${JSON.stringify(text)}`);
    this.i += text.length;
  }

  private expectWord(word: string): void {
    this.linebreaks();
    if (this.peekReserved() !== word) this.fail(`expected ${word}`);
    this.i += word.length;
  }

  private withRedirects(c: Compound): Compound {
    for (;;) {
      this.blanks();
      const redir = this.redirect();
      if (!redir) break;
      c.redirs.push(redir);
    }
    c.end = this.i;
    return c;
  }

  private compound(r: string, start: number): Compound {
    const lists: List[] = [];
    const words: Word[] = [];
    const tokens: Array<Word | string> = [];
    let kind: CompoundKind;
    this.i += r.length;
    switch (r) {
      case 'if':
        kind = 'if';
        lists.push(this.parseList());
        this.expectWord('then');
        lists.push(this.parseList());
        for (;;) {
          this.linebreaks();
          const next = this.peekReserved();
          if (next === 'elif') {
            this.i += 4;
            lists.push(this.parseList());
            this.expectWord('then');
            lists.push(this.parseList());
          } else if (next === 'else') {
            this.i += 4;
            lists.push(this.parseList());
          } else break;
        }
        this.expectWord('fi');
        break;
      case 'while':
      case 'until':
        kind = 'while';
        lists.push(this.parseList());
        this.doGroup(lists);
        break;
      case 'for': {
        kind = 'for';
        this.blanks();
        if (this.s.startsWith('((', this.i)) {
          const arith = this.arithText(this.i + 2, '))', 'for (( ))', ';');
          words.push({ t: 'word', start: arith.start, end: arith.end, parts: [arith] });
          this.blanks();
          if (this.s[this.i] === ';') this.i++;
        } else {
          const name = this.word();
          if (!name || !NAME.test(staticWord(name) ?? '')) this.fail('expected a variable name after for');
          this.linebreaks();
          if (this.peekReserved() === 'in') {
            this.i += 2;
            for (;;) {
              this.blanks();
              const w = this.word();
              if (!w) break;
              words.push(w);
            }
          }
          this.blanks();
          if (this.s[this.i] === ';') this.i++;
        }
        this.doGroup(lists);
        break;
      }
      case 'case':
        kind = 'case';
        this.caseBody(words, lists);
        break;
      case 'function': {
        kind = 'function';
        this.blanks();
        const name = this.word();
        if (!name) this.fail('expected a function name');
        this.blanks();
        if (this.s.startsWith('()', this.i)) this.i += 2;
        this.linebreaks();
        lists.push({ t: 'list', start: this.i, end: this.i, pipelines: [{ t: 'pipeline', start: this.i, end: this.i, commands: [this.parseCommand()] }] });
        break;
      }
      case '{':
        kind = 'group';
        lists.push(this.parseList());
        this.expectWord('}');
        break;
      default:
        kind = 'test';
        this.testBody(tokens, words);
    }
    return this.withRedirects({ t: 'compound', kind, start, end: this.i, lists, words, tokens, redirs: [] });
  }

  private doGroup(lists: List[]): void {
    this.expectWord('do');
    lists.push(this.parseList());
    this.expectWord('done');
  }

  private caseBody(words: Word[], lists: List[]): void {
    this.blanks();
    const subject = this.word();
    if (!subject) this.fail('expected a word after case');
    words.push(subject);
    this.expectWord('in');
    for (;;) {
      this.linebreaks();
      if (this.peekReserved() === 'esac') break;
      if (this.s[this.i] === '(') this.i++;
      for (;;) {
        this.blanks();
        const pattern = this.word();
        if (!pattern) this.fail('expected a case pattern');
        words.push(pattern);
        this.blanks();
        if (this.s[this.i] !== '|') break;
        this.i++;
      }
      this.expect(')');
      lists.push(this.parseList());
      this.linebreaks();
      const end = /^(;;&|;;|;&)/.exec(this.s.slice(this.i, this.i + 3));
      if (!end) break;
      this.i += end[1].length;
    }
    this.expectWord('esac');
  }

  /** `[[ ... ]]`: words, and the operators that bash reads there (which dash splits the same way). */
  private testBody(tokens: Array<Word | string>, words: Word[]): void {
    for (;;) {
      this.linebreaks();
      if (this.peekReserved() === ']]') {
        this.i += 2;
        return;
      }
      const op = /^(&&|\|\||[()!<>])/.exec(this.s.slice(this.i, this.i + 2));
      if (op && (op[1] !== '!' || /^![ \t\n]/.test(this.s.slice(this.i, this.i + 2)))) {
        tokens.push(op[1]);
        this.i += op[1].length;
        continue;
      }
      const w = this.word();
      if (!w) this.fail('unterminated [[');
      tokens.push(w);
      words.push(w);
    }
  }

  private arithCommand(start: number): Compound {
    const arith = this.arithText(this.i + 2, '))', '(( ))');
    const word: Word = { t: 'word', start: arith.start, end: arith.end, parts: [arith] };
    return this.withRedirects({ t: 'compound', kind: 'arith', start, end: this.i, lists: [], words: [word], tokens: [], redirs: [] });
  }

  /** Arithmetic text from `from` to the closing `close`, in the plain character set only. */
  private arithText(from: number, close: string, construct: string, extra = ''): Arithmetic {
    let depth = 0;
    let j = from;
    for (;;) {
      if (j >= this.s.length) this.fail(`unterminated ${construct}`, from);
      if (depth === 0 && this.s.startsWith(close, j)) break;
      const hole = this.holeAt.get(j);
      const c = this.s[j];
      if (hole) {
        j = hole.end;
        continue;
      }
      const name = c === '$' ? /^\$(\{[A-Za-z_][A-Za-z0-9_]*\}|[A-Za-z_][A-Za-z0-9_]*)/.exec(this.s.slice(j, j + 256)) : null;
      if (name) {
        j += name[0].length;
        continue;
      }
      if (!ARITH_CHARS.test(c) && !extra.includes(c)) {
        // A value anywhere in this arithmetic is refused as arithmetic, whatever else the text holds.
        const end = this.s.indexOf(close, j);
        const [hole] = this.holesIn(from, end < 0 ? this.s.length : end);
        if (hole) throw new ArithmeticHole(construct, hole, j);
        this.fail(`${JSON.stringify(c)} inside ${construct}, which the tag reads only with names, numbers and operators`, j);
      }
      if (c === '(' || c === '[') depth++;
      if ((c === ')' || c === ']') && depth > 0) depth--;
      j++;
    }
    const node: Arithmetic = { t: 'arith', start: from, end: j, construct };
    for (const hole of this.holesIn(from, j)) this.found.push({ hole, ctx: 'arith', node });
    this.i = j + close.length;
    node.end = this.i;
    return node;
  }

  private simple(start: number): Command {
    const cmd: Simple = { t: 'simple', start, end: start, assigns: [], words: [], redirs: [] };
    for (;;) {
      this.blanks();
      const redir = this.redirect();
      if (redir) {
        cmd.redirs.push(redir);
        continue;
      }
      const c = this.s[this.i];
      if (c === undefined || c === '\n' || c === ';' || c === '&' || c === '|' || c === ')' || (c === '`' && this.inBacktick)) break;
      if (c === '(') {
        this.fail('unexpected "(" (bash reads it as a pattern only with extglob, which the tag does not read)');
      }
      if (!cmd.words.length) {
        const assign = this.assignment();
        if (assign) {
          cmd.assigns.push(assign);
          continue;
        }
      }
      const w = this.word();
      if (!w) this.fail(`unexpected ${JSON.stringify(c)}`);
      cmd.words.push(w);
      if (cmd.words.length === 1 && !cmd.assigns.length && !cmd.redirs.length && /^[ \t]*\([ \t]*\)/.test(this.s.slice(this.i, this.i + 64))) {
        // name() compound-command: a function definition.
        this.i = this.s.indexOf(')', this.i) + 1;
        this.linebreaks();
        const body = this.parseCommand();
        const list: List = { t: 'list', start: body.start, end: body.end, pipelines: [{ t: 'pipeline', start: body.start, end: body.end, commands: [body] }] };
        return { t: 'compound', kind: 'function', start, end: this.i, lists: [list], words: [], tokens: [], redirs: [] };
      }
    }
    if (!cmd.words.length && !cmd.assigns.length && !cmd.redirs.length) this.fail(`expected a command, found ${JSON.stringify(this.s[this.i] ?? 'the end')}`);
    cmd.end = this.i;
    return cmd;
  }

  private assignment(): Assign | undefined {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(\[)?/.exec(this.s.slice(this.i, this.i + 256));
    if (!m) return undefined;
    const start = this.i;
    let j = this.i + m[1].length;
    let subscript: Arithmetic | undefined;
    const found = this.found.length;
    if (m[2]) {
      const save = this.i;
      this.i = j;
      subscript = this.arithText(j + 1, ']', 'an array subscript x[...]');
      j = this.i;
      this.i = save;
    }
    const eq = this.s.startsWith('+=', j) ? 2 : this.s[j] === '=' ? 1 : 0;
    if (!eq) {
      this.found.length = found;
      return undefined;
    }
    this.i = j + eq;
    const name = m[1];
    if (this.s[this.i] === '(') {
      this.i++;
      const array: Word[] = [];
      for (;;) {
        this.linebreaks();
        if (this.s[this.i] === ')') break;
        const sub = this.s[this.i] === '[' ? this.arithText(this.i + 1, ']', 'an array subscript ([...]=value)') : undefined;
        if (sub && this.s[this.i] === '=') this.i++;
        const w = this.word();
        if (!w && !sub) this.fail('unexpected text in an array assignment');
        if (w) array.push(w);
      }
      this.i++;
      return { t: 'assign', start, end: this.i, name, array };
    }
    const value = this.word() ?? { t: 'word' as const, start: this.i, end: this.i, parts: [] };
    if (subscript) value.parts.unshift(subscript);
    return { t: 'assign', start, end: this.i, name, value };
  }

  private redirect(): Redirect | undefined {
    const m = /^([0-9]*)(&>>|&>|<<<|<<-|<<|<>|<&|>&|>>|>\||<(?!\()|>(?!\())/.exec(this.s.slice(this.i, this.i + 12));
    if (!m) return undefined;
    const start = this.i;
    const op = m[2];
    this.i += m[0].length;
    this.blanks();
    const target = this.word();
    if (!target) this.fail(`expected a word after ${op}`);
    if (op !== '<<' && op !== '<<-') return { t: 'redir', start, end: this.i, op, target };
    const delimiter = staticWord(target);
    if (delimiter === undefined || target.parts.some((p) => p.t === 'hole')) this.fail('a heredoc delimiter must be fixed text', target.start);
    const doc: Heredoc = { t: 'heredoc', start, end: this.i, delimiter: target, quoted: target.parts.some((p) => p.t !== 'lit') || /[\\]/.test(this.s.slice(target.start, target.end)), strip: op === '<<-', bodyStart: -1, bodyEnd: -1, parts: [] };
    this.pending.push({ doc, delimiter, context: this.context });
    return { t: 'redir', start, end: this.i, op, heredoc: doc };
  }

  private heredocBodies(): void {
    for (const { doc, delimiter, context } of this.pending.splice(0)) {
      if (context !== this.context) this.fail('a heredoc whose body starts inside another construct', doc.start);
      doc.bodyStart = this.i;
      for (;;) {
        if (this.i >= this.s.length) this.fail(`the heredoc ending in ${delimiter} has no end line`, doc.start);
        const nl = this.s.indexOf('\n', this.i);
        const lineEnd = nl < 0 ? this.s.length : nl;
        const line = this.s.slice(this.i, lineEnd);
        if ((doc.strip ? line.replace(/^\t+/, '') : line) === delimiter) {
          doc.bodyEnd = this.i;
          this.i = nl < 0 ? lineEnd : lineEnd + 1;
          break;
        }
        this.i = lineEnd + 1;
      }
      if (doc.quoted) {
        for (const hole of this.holesIn(doc.bodyStart, doc.bodyEnd)) this.found.push({ hole, ctx: 'heredoc', node: doc });
      } else {
        doc.parts = this.expansions(doc.bodyStart, doc.bodyEnd);
      }
    }
  }

  /** The expansions of an unquoted heredoc body in [from, to): `$`, backquotes and backslashes, as in double quotes. */
  private expansions(from: number, to: number): Part[] {
    const after = this.i;
    const pending = this.pending.length;
    this.i = from;
    const parts: Part[] = [];
    while (this.i < to) {
      const c = this.s[this.i];
      if (c === '\\') {
        this.i += 2;
      } else if (c === '$' || c === '`') parts.push(this.dollarOrBacktick(true));
      else this.i++;
      if (this.pending.length !== pending) this.fail('a heredoc inside a heredoc body');
    }
    if (this.i > to) this.fail('an expansion that runs past the end of its heredoc', from);
    this.i = after;
    return parts;
  }

  // ---- words ----

  /**
   * One word at the cursor, or undefined at an operator, blank or end. A `#` is text in it: blanks()
   * has already taken a comment where one can start (after a blank or an operator); right after `=`
   * or `[n]=` the shells read `#` as text too.
   */
  private word(): Word | undefined {
    const start = this.i;
    const parts: Part[] = [];
    let lit: Literal | undefined;
    const text = (value: string, from: number) => {
      if (!lit) {
        lit = { t: 'lit', start: from, end: from, value: '' };
        parts.push(lit);
      }
      lit.value += value;
      lit.end = this.i;
    };
    for (;;) {
      const c = this.s[this.i];
      if (c === undefined || c === ' ' || c === '\t' || c === '\n' || c === ';' || c === '&' || c === '|' || c === ')' || (c === '`' && this.inBacktick)) break;
      // Joined to text before it, as in --file=<(cmd), bash and busybox ash still read a process
      // substitution and make it part of the word (dash refuses the script).
      if ((c === '<' || c === '>') && this.s[this.i + 1] === '(') {
        parts.push(this.processSub(c));
        lit = undefined;
        continue;
      }
      if (c === '<' || c === '>' || c === '(') break;
      const from = this.i;
      if (c === '\\') {
        this.i += 2;
        if (this.s[this.i - 1] === '\n') continue;
        text(this.s[this.i - 1] ?? '\\', from);
      } else if (c === "'") {
        parts.push(this.singleQuoted(this.i, 'sq'));
        lit = undefined;
      } else if (c === '"') {
        parts.push(this.doubleQuoted());
        lit = undefined;
      } else if (c === '$' || c === '`') {
        parts.push(this.dollarOrBacktick(false));
        lit = undefined;
      } else {
        this.i++;
        text(c, from);
      }
    }
    return parts.length ? { t: 'word', start, end: this.i, parts } : undefined;
  }

  private singleQuoted(start: number, t: 'sq' | 'ansi'): Part {
    const open = t === 'ansi' ? start + 2 : start + 1;
    let end = this.s.indexOf("'", open);
    if (t === 'ansi') {
      // bash ends $'...' at a quote not escaped by a backslash; dash 0.5.12 reads $ and then '...',
      // ending at the first quote. The two agree unless a \' occurs, so that is refused.
      for (let j = open; j < this.s.length && this.s[j] !== "'"; j++) if (this.s[j] === '\\') {
        if (this.s[j + 1] === "'") this.fail("\\' inside $'...', which bash reads as a quote and dash as the end of the string", j);
        j++;
      }
      end = /^((?:[^'\\]|\\.)*)'/s.exec(this.s.slice(open)) ? open + /^((?:[^'\\]|\\.)*)'/s.exec(this.s.slice(open))![1].length : -1;
    }
    if (end < 0) this.fail('an unterminated quote', start);
    const node = { t, start, end: end + 1, value: this.s.slice(open, end) } as Part;
    for (const hole of this.holesIn(open, end)) this.found.push({ hole, ctx: t, node });
    this.i = end + 1;
    return node;
  }

  private doubleQuoted(): DoubleQuoted {
    const start = this.i;
    this.i++;
    const parts: Part[] = [];
    let lit: Literal | undefined;
    const text = (value: string, from: number) => {
      if (!lit) {
        lit = { t: 'lit', start: from, end: from, value: '' };
        parts.push(lit);
      }
      lit.value += value;
      lit.end = this.i;
    };
    for (;;) {
      const c = this.s[this.i];
      const from = this.i;
      if (c === undefined) this.fail('an unterminated double quote', start);
      if (c === '"') break;
      if (c === '\n' && this.pending.length) this.fail('a quoted newline before a heredoc body');
      if (c === '\\') {
        const next = this.s[this.i + 1];
        this.i += 2;
        if (next !== '\n') text('$`"\\'.includes(next) ? next : `\\${next}`, from);
      } else if ((c === '$' && this.s[this.i + 1] !== "'") || c === '`') {
        parts.push(this.dollarOrBacktick(true));
        lit = undefined;
      } else {
        this.i++;
        text(c, from);
      }
    }
    this.i++;
    return { t: 'dq', start, end: this.i, parts };
  }

  /** Reads a construct of its own (see context). */
  private nested<T>(read: () => T): T {
    const outer = this.context;
    this.context = ++this.contexts;
    const inner = read();
    this.context = outer;
    return inner;
  }

  private processSub(dir: '<' | '>'): Part {
    const start = this.i;
    this.i += 2;
    const body = this.nested(() => this.parseList());
    this.expect(')');
    return { t: 'procsub', start, end: this.i, dir, body };
  }

  /** An expansion at `$` or a backquote; `quoted` inside double quotes or a heredoc body. */
  private dollarOrBacktick(quoted: boolean): Part {
    const start = this.i;
    const hole = this.holeAt.get(start);
    if (hole) {
      this.i = hole.end;
      const node = { t: 'hole' as const, start, end: hole.end, hole };
      this.found.push({ hole, ctx: 'code', node });
      return node;
    }
    if (this.s[start] === '`') return this.backtick(quoted);
    const next = this.s[start + 1];
    if (this.s.startsWith('$((', start)) return this.arithText(start + 3, '))', '$(( ))');
    if (next === '[') return this.arithText(start + 2, ']', '$[ ]');
    if (next === '(') {
      this.i += 2;
      const body = this.nested(() => this.parseList());
      this.expect(')');
      return { t: 'cmdsub', start, end: this.i, body };
    }
    if (next === '{') return this.braced(quoted);
    if (next === "'" && !quoted) return this.singleQuoted(start, 'ansi');
    const m = /^\$([A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-])/.exec(this.s.slice(start, start + 256));
    if (m) {
      this.i += m[0].length;
      return { t: 'param', start, end: this.i, name: m[1] };
    }
    this.i++;
    return { t: 'lit', start, end: this.i, value: '$' };
  }

  private backtick(quoted: boolean): Part {
    const start = this.i;
    const end = this.s.indexOf('`', start + 1);
    if (end < 0) this.fail('an unterminated backquote', start);
    const inner = this.s.slice(start + 1, end);
    // Inside backquotes a backslash (and, in double quotes, a double quote) is read once more by each shell, differently.
    if (inner.includes('\\') || (quoted && inner.includes('"'))) this.fail('a backslash or quote inside backquotes; write $(...) instead', start);
    if (this.inBacktick) this.fail('nested backquotes', start);
    this.i = start + 1;
    this.inBacktick = true;
    const body = this.nested(() => this.parseList());
    this.inBacktick = false;
    if (this.i !== end) this.fail('unexpected text inside backquotes', this.i);
    this.i = end + 1;
    return { t: 'cmdsub', start, end: this.i, body };
  }

  /** `${...}`: a name, then nothing, a subscript, an operator with a word, or an offset. */
  private braced(quoted: boolean): Part {
    const start = this.i;
    const m = /^\$\{([#!]?)([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[@*#?$!-])/.exec(this.s.slice(start, start + 256));
    if (!m) this.fail('a ${...} the tag does not read', start);
    this.i += m[0].length;
    const name = m[1] + m[2];
    if (this.s[this.i] === '[') {
      const sub = this.arithText(this.i + 1, ']', 'an array subscript x[...]');
      if (this.s[this.i] !== '}') this.fail('an operator after an array subscript, which the tag does not read');
      this.i++;
      return Object.assign(sub, { start, end: this.i });
    }
    if (this.s[this.i] === '}') {
      this.i++;
      return { t: 'param', start, end: this.i, name };
    }
    if (m[1]) this.fail(`\${${m[1]}...} with an operator, which the tag does not read`, start);
    const op = /^(:-|:=|:\?|:\+|-|=|\?|\+|##|#|%%|%|\/\/|\/#|\/%|\/|\^\^|\^|,,|,|:)/.exec(this.s.slice(this.i, this.i + 2))?.[1];
    if (!op) this.fail('a ${...} operator the tag does not read', this.i);
    if (op === ':') {
      return Object.assign(this.arithText(this.i + 1, '}', '${x:offset:length}'), { start });
    }
    this.i += op.length;
    const argStart = this.i;
    const parts: Part[] = [];
    for (;;) {
      const c = this.s[this.i];
      if (c === undefined) this.fail('an unterminated ${', start);
      if (c === '}') break;
      const from = this.i;
      if (c === '\\') {
        this.i += 2;
        parts.push({ t: 'lit', start: from, end: this.i, value: this.s[this.i - 1] });
      } else if (c === '$' || c === '`') parts.push(this.dollarOrBacktick(quoted));
      else if (c === '"') parts.push(this.doubleQuoted());
      else if (c === "'") {
        // Inside double quotes bash keeps these quotes and dash removes them (or the reverse, by operator): refused.
        if (quoted) this.fail("a single quote inside \"${...}\", which bash and dash read differently", from);
        parts.push(this.singleQuoted(from, 'sq'));
      } else if (c === '\n' && this.pending.length) this.fail('a newline inside ${...} before a heredoc body');
      else {
        this.i++;
        parts.push({ t: 'lit', start: from, end: this.i, value: c });
      }
    }
    const arg: Word = { t: 'word', start: argStart, end: this.i, parts };
    this.i++;
    return { t: 'param', start, end: this.i, name, op, arg };
  }
}

/** The text of a word after quote removal when it expands nothing. */
export function staticWord(w: Word): string | undefined {
  let out = '';
  for (const p of w.parts) {
    if (p.t === 'lit' || p.t === 'sq') out += p.value;
    else if (p.t === 'dq' && p.parts.every((q) => q.t === 'lit')) out += p.parts.map((q) => (q as Literal).value).join('');
    else return undefined;
  }
  return out;
}
