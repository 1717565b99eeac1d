// Places env-var expansions into a shell script where the script tag found interpolations: the
// script is parsed, each interpolation's context is read from the syntax tree, and the variable
// is quoted for that context, handed by name to an inner shell that re-reads the text, or refused
// with the safe form where no quoting protects it.
import { CommandInfo, describeCommand, readEnvExample } from './commands';
import { childrenOf, firstError, namedChildrenOf, singleQuoted, SyntaxNode, withShellTree } from './parse';

/** An interpolation: `${name}` stands at [start, end) of the script text. */
export interface Hole {
  readonly start: number;
  readonly end: number;
  /** The env var the step sets. */
  readonly name: string;
  /** What was interpolated, for messages: `$(params.target)`. */
  readonly ref: string;
}

/** A refusal: the message says where and what to write instead. */
export class ScriptContextError extends Error {}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const MAX_DEPTH = 4;
const EXAMPLE_VALUE = '"a[$(touch x)]"';

/** The script with every hole written safely for its context; throws ScriptContextError where that is impossible. */
export function placeVariables(text: string, holes: readonly Hole[], depth = 0): string {
  return withShellTree(text, (root) => placeIn(root, text, holes, depth));
}

function placeIn(root: SyntaxNode, text: string, holes: readonly Hole[], depth: number): string {
  const error = firstError(root);
  if (error && holes.length) {
    const line = text.slice(0, error.startIndex).split('\n').length;
    const near = text.slice(error.startIndex, error.startIndex + 30).split('\n')[0];
    throw new ScriptContextError(
      `the script does not parse as shell (line ${line}${depth ? ' of the inner script' : ''}, near ${JSON.stringify(near)}), so the tag cannot tell how to quote ${holes[0].ref}. Fix the shell syntax; if the script is valid bash that the parser does not read, pass the value yourself: set env: { ${holes[0].name}: ... } on the step and read "\${${holes[0].name}}" in a plain-string script`,
    );
  }
  const parsed: Parsed = { text, root, holes: new Holes(text, holes), depth, commands: new Map() };
  // Holes come in text order, and an edit that covers several (an inner script) is made for the first of them.
  const pieces: string[] = [];
  let done = 0;
  for (const hole of holes) {
    if (hole.start < done) continue;
    const edit = editFor(parsed, hole);
    pieces.push(text.slice(done, edit.start), edit.text);
    done = edit.end;
  }
  pieces.push(text.slice(done));
  return pieces.join('');
}

/** The holes of one script, found by position in constant or logarithmic time. */
class Holes {
  private readonly byEnd = new Map<number, Hole>();

  /** @param list in text order */
  public constructor(
    private readonly text: string,
    public readonly list: readonly Hole[],
  ) {
    for (const h of list) this.byEnd.set(h.end, h);
  }

  /**
   * The hole that is `node`. tree-sitter-bash counts the blanks before a `${` inside double
   * quotes or a heredoc into the expansion's first token, so the node may start at those blanks.
   */
  public at(node: SyntaxNode): Hole | undefined {
    const h = this.byEnd.get(node.endIndex);
    return h && node.startIndex <= h.start && /^[ \t]*$/.test(this.text.slice(node.startIndex, h.start)) ? h : undefined;
  }

  /** The holes inside [start, end), in order. */
  public within(start: number, end: number): Hole[] {
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.list[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    const out: Hole[] = [];
    for (let i = lo; i < this.list.length && this.list[i].end <= end; i++) out.push(this.list[i]);
    return out;
  }
}

/** A parsed script with its holes; commands are read once each, however many holes they hold. */
interface Parsed {
  readonly text: string;
  readonly root: SyntaxNode;
  readonly holes: Holes;
  readonly depth: number;
  readonly commands: Map<number, CommandInfo>;
}

function commandInfo(p: Parsed, cmd: SyntaxNode): CommandInfo {
  let info = p.commands.get(cmd.id);
  if (!info) {
    info = describeCommand(cmd, (n) => staticText(p.text, n, p.holes)?.text);
    p.commands.set(cmd.id, info);
  }
  return info;
}

function ancestors(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let n: SyntaxNode | null = node; n; n = n.parent) out.push(n);
  return out;
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

function editFor(p: Parsed, hole: Hole): Edit {
  const { text, root, holes, depth } = p;
  let node = root.descendantForIndex(hole.start, hole.end)!;
  while (node.parent && (node.startIndex > hole.start || node.endIndex < hole.end)) node = node.parent;
  const chain = ancestors(node);
  const own = chain.find((n) => n.type === 'expansion' && holes.at(n) === hole);
  const refuse = (what: string, fix: string): never => {
    throw new ScriptContextError(`${hole.ref} is ${what} (line ${lineOf(text, hole.start)}${depth ? ' of the inner script' : ''}). ${fix}`);
  };
  const refuseName = (construct: string): never =>
    refuse(
      `used as a variable name (${construct}), where bash evaluates an array subscript in the name as arithmetic, so a value such as ${EXAMPLE_VALUE} runs commands`,
      `Use a fixed variable name in the script and pass the value as data: value="\${${hole.name}}"`,
    );
  const viaStdin = (label: string) =>
    `Send the value as data on stdin instead, for example: printf '%s\\n' "\${${hole.name}}" | ${label === 'ssh' ? 'ssh host' : label} 'IFS= read -r value; echo "$value"'`;
  const refuseArithmetic = (construct: string): never =>
    refuse(
      `used inside bash arithmetic (${construct}), where bash evaluates the value as an expression, so a value such as ${EXAMPLE_VALUE} runs commands even when quoted`,
      `Check that it is a number first and use the checked copy: n="\${${hole.name}}"; case "$n" in ''|*[!0-9]*) echo "not a number: $n" >&2; exit 1;; esac; then use $n in the arithmetic`,
    );
  let commandSeen = false;
  let rewrite: (() => Edit) | undefined;
  for (let i = own ? chain.indexOf(own) + 1 : 0; i < chain.length; i++) {
    const a = chain[i];
    const below = chain[i - 1] ?? a;
    const arithmetic = arithmeticConstruct(a, below);
    if (arithmetic) refuseArithmetic(arithmetic);
    if (a.type === 'unset_command') refuseName(a.firstChild?.text ?? 'unset');
    if (a.type === 'unary_expression' && childrenOf(a).some((c) => c.type === 'test_operator' && c.text === '-v')) refuseName('-v');
    if (a.type === 'declaration_command') {
      const keyword = a.firstChild?.text ?? 'declare';
      if (below.type !== 'variable_assignment') refuseName(keyword);
      if (namedChildrenOf(a).some((c) => c.type === 'word' && /^[-+][a-zA-Z]*i/.test(c.text))) {
        refuse(`assigned to an integer variable (${keyword} -i), where bash evaluates the value as an arithmetic expression, so a value such as ${EXAMPLE_VALUE} runs commands even when quoted`, `Declare the variable without -i, or check that the value is a number first: case "\${${hole.name}}" in ''|*[!0-9]*) exit 1;; esac`);
      }
    }
    if (a.type === 'command_substitution' || a.type === 'process_substitution') commandSeen = true;
    if (a.type === 'command') {
      const role = commandInfo(p, a).roleOf(below);
      if (role.kind === 'name') refuseName(role.label);
      if (role.kind === 'arithmetic') refuseArithmetic(role.label);
      if (role.kind === 'foreign') refuse(`in the command text that ${role.label} runs as shell code, and that shell does not get the step's env vars`, viaStdin(role.label));
      if (role.kind === 'interpreter') refuse(`inside the program text that ${role.label} runs, where it would be read as ${role.program} code`, `Read the env var by name inside the program instead: ${readEnvExample(role.program, hole.name)}`);
      if (role.kind === 'shell') {
        if (commandSeen || rewrite || depth >= MAX_DEPTH) refuse(`in text that ${role.label} runs again as shell code, after another command or expansion has produced it`, `Write the inner command in single quotes and let that shell read the env var by name: ${role.label} 'echo "\${${hole.name}}"'`);
        rewrite = () => reEvaluated(p, role.words, role.label, hole);
      }
      commandSeen = true;
    }
    if (a.type === 'pipeline') {
      const stages = namedChildrenOf(a);
      for (const stage of stages.slice(stages.findIndex((c) => c.id === below.id) + 1)) {
        const cmd = stage.type === 'redirected_statement' ? stage.childForFieldName('body') : stage;
        const role = cmd?.type === 'command' ? commandInfo(p, cmd).heredoc : undefined;
        if (role?.kind === 'foreign') refuse(`in a pipeline that feeds ${role.label}, which runs what it reads as shell code without the step's env vars`, viaStdin(role.label));
        if (role?.kind === 'interpreter') refuse(`in a pipeline that feeds ${role.label}, which runs what it reads as ${role.program} code`, `Read the env var by name inside the program instead: ${readEnvExample(role.program, hole.name)}`);
        if (role?.kind === 'shell') refuse(`in a pipeline that feeds ${role.label}, which runs what it reads as shell code`, `Pipe in a fixed script that reads the env var by name: echo 'echo "\${${hole.name}}"' | ${role.label}`);
      }
    }
    if (a.type === 'heredoc_body') {
      const statement = a.parent?.parent;
      const body = statement?.type === 'redirected_statement' ? statement.childForFieldName('body') : null;
      const role = body?.type === 'command' ? commandInfo(p, body).heredoc : { kind: 'data' as const };
      const quoted = a.parent ? /['"\\]/.test(childrenOf(a.parent).find((c) => c.type === 'heredoc_start')?.text ?? '') : false;
      if (role.kind === 'foreign') refuse(`in a heredoc fed to ${role.label}, which runs it as shell code without the step's env vars`, viaStdin(role.label));
      if (role.kind === 'interpreter') refuse(`in a heredoc fed to ${role.label}, which runs it as ${role.program} code`, `Read the env var by name inside the program instead: ${readEnvExample(role.program, hole.name)}`);
      if (role.kind === 'shell') {
        const quotable = quoted || staticHeredoc(p, a);
        if (!quotable || commandSeen || rewrite || depth >= MAX_DEPTH) refuse(`in a heredoc fed to ${role.label}, which runs its text as shell code after this shell has expanded it`, `Quote the delimiter (<<'EOF') and write "\${${hole.name}}" in the body: the inner shell then reads the env var itself`);
        rewrite = () => heredocBody(p, a, quoted);
      }
      if (role.kind === 'data' && quoted && !rewrite) refuse(`in a heredoc with a quoted delimiter (<<'EOF'), where the shell expands nothing, so it would stay literal text`, `Use an unquoted delimiter (<<EOF) to insert the value; if the text is a script that runs later with the step's env, write \${${hole.name}} in it as plain text`);
    }
  }
  if (rewrite) return rewrite();
  return { start: hole.start, end: hole.end, text: quotedFor(own, node, hole, refuse, text) };
}

/** The bash arithmetic construct `a` makes of its child `below`, if any. */
function arithmeticConstruct(a: SyntaxNode, below: SyntaxNode): string | undefined {
  switch (a.type) {
    case 'arithmetic_expansion':
      return a.text.startsWith('$[') ? '$[ ]' : '$(( ))';
    case 'c_style_for_statement':
      return 'for (( ))';
    case 'subscript':
      return 'an array subscript x[...]';
    case 'concatenation':
      return a.parent?.type === 'array' && /^\[[^\]]*$/.test(a.text.slice(0, below.startIndex - a.startIndex)) && a.text.includes(']=') ? 'an array subscript ([...]=value)' : undefined;
    case 'compound_statement':
      return a.text.startsWith('((') ? '(( ))' : undefined;
    case 'expansion': {
      const colon = childrenOf(a).find((c) => c.type === ':');
      return colon && below.startIndex > colon.startIndex ? '${x:offset:length}' : undefined;
    }
    case 'binary_expression': {
      const op = childrenOf(a).find((c) => c.type === 'test_operator')?.text;
      const test = ancestors(a).find((n) => n.type === 'test_command');
      return op && /^-(eq|ne|lt|le|gt|ge)$/.test(op) && test?.text.startsWith('[[') ? `[[ ... ${op} ... ]]` : undefined;
    }
  }
  return undefined;
}

/** The text that reads the env var where the hole stands, for a context that needs no second shell. */
function quotedFor(own: SyntaxNode | undefined, node: SyntaxNode, hole: Hole, refuse: (what: string, fix: string) => never, text: string): string {
  const plain = `\${${hole.name}}`;
  if (own) {
    for (let n = own.parent; n; n = n.parent) {
      if (n.type === 'string' || n.type === 'translated_string' || n.type === 'heredoc_body') return plain;
      if (n.type !== 'expansion') break;
    }
    return `"${plain}"`;
  }
  switch (node.type) {
    case 'comment':
      return plain;
    case 'raw_string':
      return `'"${plain}"'`;
    case 'ansi_c_string':
      if (/(^|[^\\])(\\\\)*\\$/.test(text.slice(node.startIndex, hole.start))) break;
      return `'"${plain}"$'`;
  }
  return refuse(
    'at a place where the shell does not read it as a variable (after a backslash or a $, or inside a heredoc delimiter)',
    'Remove the backslash or $ before it; to build text around the value, assign it first (v= followed by the interpolation) and use "$v"',
  );
}

/** Static text of a word: its value after quote removal, with the holes in it; undefined when the word expands anything else. */
function staticText(text: string, node: SyntaxNode, holes: Holes): { text: string; holes: Hole[] } | undefined {
  const isHole = (n: SyntaxNode) => holes.at(n);
  const out = { text: '', holes: [] as Hole[] };
  const addHole = (h: Hole) => {
    const start = out.text.length;
    out.text += `\${${h.name}}`;
    out.holes.push({ ...h, start, end: out.text.length });
  };
  const visit = (n: SyntaxNode): boolean => {
    switch (n.type) {
      case 'word':
      case 'number':
        if (/[$`]/.test(n.text.replace(/\\./gs, ''))) return false;
        out.text += n.text.replace(/\\\n/g, '').replace(/\\(.)/gs, '$1');
        return true;
      case 'raw_string': {
        let at = n.startIndex + 1;
        for (const h of holes.within(at, n.endIndex - 1)) {
          out.text += text.slice(at, h.start);
          addHole(h);
          at = h.end;
        }
        out.text += text.slice(at, n.endIndex - 1);
        return true;
      }
      case 'concatenation':
        return childrenOf(n).every(visit);
      case 'expansion': {
        const h = isHole(n);
        if (h) addHole(h);
        return h !== undefined;
      }
      case 'string': {
        let at = n.startIndex + 1;
        for (const child of namedChildrenOf(n)) {
          if (child.type === 'string_content') continue;
          const h = isHole(child);
          if (!h || !appendDoubleQuoted(out, text.slice(at, h.start))) return false;
          addHole(h);
          at = child.endIndex;
        }
        return appendDoubleQuoted(out, text.slice(at, n.endIndex - 1));
      }
    }
    return false;
  };
  return visit(node) ? out : undefined;
}

function appendDoubleQuoted(out: { text: string }, segment: string): boolean {
  if (/[$`]/.test(segment.replace(/\\./gs, ''))) return false;
  out.text += segment.replace(/\\\n/g, '').replace(/\\([$`"\\])/g, '$1');
  return true;
}

/** `eval ...` / `sh -c '...'`: the inner script is placed on its own, then passed as one single-quoted word. */
function reEvaluated({ text, holes, depth }: Parsed, words: readonly SyntaxNode[], label: string, hole: Hole): Edit {
  let inner = '';
  const innerHoles: Hole[] = [];
  for (const [i, w] of words.entries()) {
    const part = staticText(text, w, holes);
    if (!part) {
      throw new ScriptContextError(
        `${hole.ref} is in text that ${label} runs again as shell code, and that text also expands other variables or commands, so it cannot be quoted for both shells (line ${lineOf(text, hole.start)}). Write the inner command in single quotes and let the inner shell read the env var by name: ${label} 'echo "\${${hole.name}}"'`,
      );
    }
    const offset = inner.length + (i ? 1 : 0);
    inner += (i ? ' ' : '') + part.text;
    innerHoles.push(...part.holes.map((h) => ({ ...h, start: h.start + offset, end: h.end + offset })));
  }
  return { start: words[0].startIndex, end: words[words.length - 1].endIndex, text: singleQuoted(placeVariables(inner, innerHoles, depth + 1)) };
}

/**
 * A heredoc fed to a shell: its body is that shell's script, placed on its own. An unquoted
 * delimiter is quoted (the body expands nothing else, see staticHeredoc), so the inner shell
 * reads the variables itself.
 */
function heredocBody({ text, holes, depth }: Parsed, body: SyntaxNode, quoted: boolean): Edit {
  const inside = holes.within(body.startIndex, body.endIndex).map((h) => ({ ...h, start: h.start - body.startIndex, end: h.end - body.startIndex }));
  const placed = placeVariables(body.text, inside, depth + 1);
  const start = childrenOf(body.parent!).find((c) => c.type === 'heredoc_start')!;
  if (quoted) return { start: body.startIndex, end: body.endIndex, text: placed };
  return { start: start.startIndex, end: body.endIndex, text: `'${start.text}'${text.slice(start.endIndex, body.startIndex)}${placed}` };
}

/** An unquoted heredoc body that expands nothing but the holes, with no holes between its delimiter and its body. */
function staticHeredoc({ text, holes }: Parsed, body: SyntaxNode): boolean {
  const start = body.parent && childrenOf(body.parent).find((c) => c.type === 'heredoc_start');
  if (!start || !/^[A-Za-z0-9_]+$/.test(start.text) || holes.within(start.endIndex, body.startIndex).length) return false;
  let at = body.startIndex;
  for (const h of holes.within(body.startIndex, body.endIndex)) {
    if (/[$`\\]/.test(text.slice(at, h.start))) return false;
    at = h.end;
  }
  return !/[$`\\]/.test(text.slice(at, body.endIndex));
}
