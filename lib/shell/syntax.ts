// The syntax tree the script tag's parser builds: only what the tag needs to know where each
// interpolation lands, with the text range of every node so edits can be made in place.

/** An interpolation: `${name}` stands at [start, end) of the script text. */
export interface Hole {
  readonly start: number;
  readonly end: number;
  /** The env var the step sets. */
  readonly name: string;
  /** What was interpolated, for messages: `$(params.target)`. */
  readonly ref: string;
}

interface Base {
  start: number;
  end: number;
  parent?: Node;
}

/** Unquoted text; `value` is after backslash removal. */
export interface Literal extends Base { readonly t: 'lit'; value: string }
/** `'...'`, or bash's `$'...'` (`ansi`). */
export interface Quoted extends Base { readonly t: 'sq' | 'ansi'; readonly value: string }
export interface DoubleQuoted extends Base { readonly t: 'dq'; readonly parts: Part[] }
/** `$x`, `${x}`, `${x:-word}`: `arg` is the word after the operator. */
export interface ParamPart extends Base { readonly t: 'param'; readonly name: string; readonly op?: string; readonly arg?: Word }
export interface HolePart extends Base { readonly t: 'hole'; readonly hole: Hole }
export interface CommandSub extends Base { readonly t: 'cmdsub'; readonly body: List }
export interface ProcessSub extends Base { readonly t: 'procsub'; readonly dir: '<' | '>'; readonly body: List }
/** `$(( ))`, `$[ ]`, a subscript or a `${x:offset}`: bash evaluates the text as arithmetic. */
export interface Arithmetic extends Base { readonly t: 'arith'; readonly construct: string }
export type Part = Literal | Quoted | DoubleQuoted | ParamPart | HolePart | CommandSub | ProcessSub | Arithmetic;

export interface Word extends Base { readonly t: 'word'; readonly parts: Part[] }

export interface Assign extends Base {
  readonly t: 'assign';
  readonly name: string;
  readonly value?: Word;
  /** `name=(a b c)`. */
  readonly array?: Word[];
}

export interface Heredoc extends Base {
  readonly t: 'heredoc';
  /** The delimiter as written, and its range. */
  readonly delimiter: Word;
  readonly quoted: boolean;
  readonly strip: boolean;
  bodyStart: number;
  bodyEnd: number;
  /** The body's expansions; empty when the delimiter is quoted. */
  parts: Part[];
}

export interface Redirect extends Base { readonly t: 'redir'; readonly op: string; readonly target?: Word; readonly heredoc?: Heredoc }

export interface Simple extends Base { readonly t: 'simple'; readonly assigns: Assign[]; readonly words: Word[]; readonly redirs: Redirect[] }

export type CompoundKind = 'group' | 'subshell' | 'if' | 'while' | 'for' | 'case' | 'function' | 'test' | 'arith';

/** Compound commands; for `[[ ]]`, `tokens` keeps the operators between the words. */
export interface Compound extends Base {
  readonly t: 'compound';
  readonly kind: CompoundKind;
  readonly lists: List[];
  readonly words: Word[];
  readonly tokens: Array<Word | string>;
  readonly redirs: Redirect[];
}

export type Command = Simple | Compound;
export interface Pipeline extends Base { readonly t: 'pipeline'; readonly commands: Command[] }
export interface List extends Base { readonly t: 'list'; readonly pipelines: Pipeline[] }

export type Node = Part | Word | Assign | Heredoc | Redirect | Command | Pipeline | List;

/** Where an interpolation was found and what the shell makes of it there. */
export interface Found {
  readonly hole: Hole;
  /**
   * `code`: an expansion the shell performs (the part is the hole); `sq`/`ansi`: inside quotes,
   * literal; `heredoc`: in a quoted heredoc body, literal; `comment`; `arith`: evaluated as
   * arithmetic (the part is the construct).
   */
  readonly ctx: 'code' | 'sq' | 'ansi' | 'heredoc' | 'comment' | 'arith';
  readonly node: Node;
}

/** Sets each node's parent; the tree is built bottom-up, so this runs once over the finished tree. */
export function linkParents(node: Node): void {
  const stack: Node[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    for (const child of childrenOf(n)) {
      child.parent = n;
      stack.push(child);
    }
  }
}

export function childrenOf(n: Node): Node[] {
  switch (n.t) {
    case 'dq':
    case 'word':
      return n.parts;
    case 'param':
      return n.arg ? [n.arg] : [];
    case 'cmdsub':
    case 'procsub':
      return [n.body];
    case 'assign':
      return [...(n.value ? [n.value] : []), ...(n.array ?? [])];
    case 'heredoc':
      return [n.delimiter, ...n.parts];
    case 'redir':
      return [...(n.target ? [n.target] : []), ...(n.heredoc ? [n.heredoc] : [])];
    case 'simple':
      return [...n.assigns, ...n.words, ...n.redirs];
    case 'compound':
      return [...n.lists, ...n.words, ...n.redirs];
    case 'pipeline':
      return n.commands;
    case 'list':
      return n.pipelines;
  }
  return [];
}

/** The file name of a command word: `/usr/bin/python3` -> `python3`. */
export function programName(word: string): string {
  return word.slice(word.lastIndexOf('/') + 1);
}

/** Quotes `text` as one single-quoted shell word. */
export function singleQuoted(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
