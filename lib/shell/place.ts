// Places env-var expansions into a shell script where the script tag found interpolations. The
// script is parsed (parse.ts refuses what it cannot read with certainty); each interpolation is
// then followed from where it stands up through every command, pipe, heredoc, here-string and
// substitution its value can reach. It is placed only if every step keeps it data; where a
// shell re-reads it (eval, sh -c, a heredoc fed to sh) it is handed over by name; anywhere else
// it is refused with the safe form.
import { CommandFacts, DATA, describeCommand, readEnvExample, Role } from './commands';
import { ArithmeticHole, parseShell, ShellSyntaxError, staticWord } from './parse';
import { childrenOf, Command, Compound, Found, Heredoc, Hole, List, Node, Part, Simple, singleQuoted, Word } from './syntax';
import { assignmentProblem, VariableFacts, variableFacts } from './variables';

export type { Hole } from './syntax';

/** A refusal: the message says where and what to write instead. */
export class ScriptContextError extends Error {}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const MAX_DEPTH = 4;
export const EXAMPLE_VALUE = '"a[$(touch x)]"';

/** The script with every hole written safely for its context; throws ScriptContextError where that is impossible. */
export function placeVariables(text: string, holes: readonly Hole[], depth = 0): string {
  if (!holes.length) return text;
  let found: Found[];
  let root: List;
  try {
    ({ found, root } = parseShell(text, holes));
  } catch (e) {
    if (!(e instanceof ShellSyntaxError)) throw e;
    if (e instanceof ArithmeticHole) arithmetic({ text, depth } as Placing, e.hole, e.construct);
    // Where the parser stopped: the text there, up to the end of its line (none when it stopped at a newline).
    const where = e.at >= text.length ? 'near the end' : text[e.at] === '\n' ? 'at the end of the line' : `near ${JSON.stringify(text.slice(e.at, e.at + 30).split('\n')[0])}`;
    throw new ScriptContextError(
      `the tag cannot read the script with certainty (line ${lineOf(text, e.at)}${depth ? ' of the inner script' : ''}, ${where}: ${e.message}), so it cannot prove where ${holes[0].ref} lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { ${holes[0].name}: ... } on the step and read "\${${holes[0].name}}" in a plain-string script`,
    );
  }
  const quoted = new Map<Part, number>();
  for (const f of found) if (f.ctx === 'sq' && !quoted.has(f.node as Part)) quoted.set(f.node as Part, f.hole.start - f.node.start - 1);
  const p: Placing = { text, depth, holes, quoted, facts: new Map(), variables: variableFacts(root) };
  checkProcessSubstitutions(p, root);
  const byHole = new Map(found.map((f) => [f.hole, f]));
  const pieces: string[] = [];
  let done = 0;
  for (const hole of holes) {
    if (hole.start < done) continue;
    const f = byHole.get(hole);
    if (!f) refuse(p, hole, 'at a place where the shell does not read it as a variable (after a backslash or a $, or inside a heredoc delimiter)', 'Remove the backslash or $ before it; to build text around the value, assign it first (v= followed by the interpolation) and use "$v"');
    const edit = editFor(p, f);
    if (!edit) continue;
    pieces.push(text.slice(done, edit.start), edit.text);
    done = edit.end;
  }
  pieces.push(text.slice(done));
  return pieces.join('');
}

interface Placing {
  readonly text: string;
  readonly depth: number;
  readonly holes: readonly Hole[];
  /** Single-quoted parts that hold an interpolation, with the offset of the first one in the part's text (describeCommand). */
  readonly quoted: ReadonlyMap<Part, number>;
  readonly facts: Map<Simple, CommandFacts>;
  readonly variables: VariableFacts;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function refuse(p: Placing, hole: Hole, what: string, fix: string): never {
  throw new ScriptContextError(`${hole.ref} is ${what} (line ${lineOf(p.text, hole.start)}${p.depth ? ' of the inner script' : ''}). ${fix}`);
}

function factsOf(p: Placing, cmd: Simple): CommandFacts {
  let f = p.facts.get(cmd);
  if (!f) {
    f = describeCommand(cmd, p.quoted);
    p.facts.set(cmd, f);
  }
  return f;
}

function viaStdin(hole: Hole, label: string): string {
  const command = label === 'ssh' ? 'ssh host' : label.endsWith(' -c') ? label : `${label} -c`;
  return `Send the value as data on stdin instead, for example: printf '%s\\n' "\${${hole.name}}" | ${command} 'IFS= read -r value; echo "$value"'`;
}

function arithmetic(p: Placing, hole: Hole, construct: string): never {
  return refuse(
    p,
    hole,
    `used inside bash arithmetic (${construct}), where bash evaluates the value as an expression, so a value such as ${EXAMPLE_VALUE} runs commands even when quoted`,
    `Check that it is a number first and use the checked copy: n="\${${hole.name}}"; case "$n" in ''|*[!0-9]*) echo "not a number: $n" >&2; exit 1;; esac; then use $n in the arithmetic`,
  );
}

function refuseName(p: Placing, hole: Hole, construct: string): never {
  return refuse(
    p,
    hole,
    `used as a variable name (${construct}), where bash evaluates an array subscript in the name as arithmetic, so a value such as ${EXAMPLE_VALUE} runs commands`,
    `Use a fixed variable name in the script and pass the value as data: value="\${${hole.name}}"`,
  );
}

/** Refuses a hole for `role` reached as an argument (`how` says through what), unless the role is data or a shell that can take it by name. */
function refuseRole(p: Placing, hole: Hole, role: Role, how: 'argument' | 'pipeline' | 'heredoc' | 'here-string' | 'stdin' | 'file'): void {
  const where = { argument: '', pipeline: 'in a pipeline that feeds ', heredoc: 'in a heredoc fed to ', 'here-string': 'in a here-string fed to ', stdin: 'in a process substitution fed to the stdin of ', file: 'in a process substitution read as a file by ' }[how];
  switch (role.kind) {
    case 'assign':
      if (how === 'argument') refuseAssignment(p, hole, role.name);
      break;
    case 'name':
      refuseName(p, hole, role.label);
    case 'arithmetic':
      arithmetic(p, hole, role.label);
    case 'refuse':
      refuse(p, hole, how === 'argument' ? role.what : `${where}a command that reads it, ${role.what}`, role.fix);
    case 'foreign':
      if (how === 'argument') refuse(p, hole, `in the command text that ${role.label} runs as shell code, and that shell does not get the step's env vars`, viaStdin(hole, role.label));
      refuse(p, hole, `${where}${role.label}, which runs ${how === 'heredoc' ? 'it' : 'what it reads'} as shell code without the step's env vars`, viaStdin(hole, role.label));
    case 'interpreter':
      if (how === 'argument') refuse(p, hole, `inside the program text that ${role.label} runs, where it would be read as ${role.program} code`, `Read the env var by name inside the program instead: ${readEnvExample(role.program, hole.name)}`);
      refuse(p, hole, `${where}${role.label}, which runs ${how === 'heredoc' ? 'it' : 'what it reads'} as ${role.program} code`, `Read the env var by name inside the program instead: ${readEnvExample(role.program, hole.name)}`);
    case 'shell':
      if (how === 'pipeline') refuse(p, hole, `in a pipeline that feeds ${role.label}, which runs what it reads as shell code`, `Pipe in a fixed script that reads the env var by name: echo 'echo "\${${hole.name}}"' | ${role.label}`);
      if (how !== 'argument' && how !== 'heredoc') refuse(p, hole, `${where}${role.label}, which runs it as shell code`, `Write the script it runs as fixed text that reads the env var by name, for example: echo "\${${hole.name}}"`);
  }
}

/**
 * What the shell reads from stdin, for a command that is a pipeline stage or gets a heredoc: the
 * first role that is not data. A compound command (a loop, a group) reads stdin into variables, so
 * a command in it that runs a variable's text as code (eval "$line") counts as reading stdin as code.
 * A command or process substitution in the command's words, assignments or redirections inherits
 * that stdin too (`echo "$v" | cat <(sh)` runs the value), so the commands in it count as well.
 */
function stdinOf(p: Placing, cmd: Command, nested = false): Role {
  if (cmd.t === 'simple') {
    const facts = factsOf(p, cmd);
    if (nested && facts.stdin.kind === 'data') {
      const at = cmd.words.findIndex((w, i) => staticWord(w) === undefined && facts.roleOf(i).kind !== 'data');
      if (at >= 0) return { kind: 'refuse', what: `${facts.program ?? 'a command'} runs text it did not get as fixed text, which may be what the loop read`, fix: 'Read the value from the env var by name instead of through stdin' };
    }
    return facts.stdin.kind !== 'data' ? facts.stdin : substitutionsStdin(p, [...cmd.assigns, ...cmd.words, ...cmd.redirs]);
  }
  for (const list of cmd.lists) {
    for (const pipeline of list.pipelines) {
      for (const c of pipeline.commands) {
        const role = stdinOf(p, c, true);
        if (role.kind !== 'data') return role;
      }
    }
  }
  return substitutionsStdin(p, [...cmd.words, ...cmd.redirs]);
}

/** The stdin role of the substitutions among `nodes`, whose commands read what the command they stand in reads. */
function substitutionsStdin(p: Placing, nodes: Node[]): Role {
  const stack = [...nodes];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.t === 'cmdsub' || n.t === 'procsub') {
      const role = stdinOf(p, bodyGroup(n));
      if (role.kind !== 'data') return role;
    } else stack.push(...childrenOf(n));
  }
  return DATA;
}

/** The body of a substitution as a group, whose commands stdinOf reads as a loop's (they may read stdin into variables). */
function bodyGroup(n: Node & { body: List }): Compound {
  return { t: 'compound', kind: 'group', start: n.start, end: n.end, lists: [n.body], words: [], tokens: [], redirs: [] };
}

/** `>(...)` whose commands read stdin as code make whatever the script writes there code (`tee >(sh)`, `exec > >(sh)`): refused outright. */
function checkProcessSubstitutions(p: Placing, node: Node): void {
  const stack: Node[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.t === 'procsub' && n.dir === '>') {
      const role = stdinOf(p, bodyGroup(n));
      if (role.kind !== 'data') refuse(p, p.holes[0], `in a script that writes into >(...) running ${role.kind === 'refuse' ? 'a command the tag cannot read' : 'label' in role ? role.label : 'code'}, which runs what it reads as code, so the tag cannot follow the value`, 'Read the env var by name in that command instead of writing text into it');
    }
    stack.push(...childrenOf(n));
  }
}

function refuseAssignment(p: Placing, hole: Hole, name: string, declaration?: { keyword: string; flags: string }): void {
  const problem = assignmentProblem(name, p.variables, hole.name, EXAMPLE_VALUE, declaration);
  if (problem) refuse(p, hole, problem.what, problem.fix);
}

/** Follows one interpolation up the tree; returns its edit, or undefined to leave the text as it is (a comment). */
function editFor(p: Placing, f: Found): Edit | undefined {
  const { hole } = f;
  if (f.ctx === 'comment') return undefined;
  if (f.ctx === 'arith' && f.node.t === 'arith') arithmetic(p, hole, f.node.construct);
  if (f.ctx === 'ansi' && /(^|[^\\])(\\\\)*\\$/.test(p.text.slice(f.node.start, hole.start))) refuse(p, hole, 'at a place where the shell does not read it as a variable (after a backslash)', 'Remove the backslash before it');
  let produced = false;
  let rewrite: (() => Edit) | undefined;
  let below: Node = f.node;
  const shellRole = (role: Role & { kind: 'shell' }, make: () => Edit, what: string) => {
    if (produced || rewrite || p.depth >= MAX_DEPTH) refuse(p, hole, what, `Write the inner command in single quotes and let that shell read the env var by name: ${role.label} 'echo "\${${hole.name}}"'`);
    rewrite = make;
  };
  for (let n = f.ctx === 'heredoc' ? f.node : f.node.parent; n; below = n, n = n.parent) {
    switch (n.t) {
      case 'cmdsub':
        produced = true;
        break;
      case 'procsub':
        produced = true;
        if (n.dir === '<') {
          const word = n.parent as Word;
          const cmd = word.parent;
          if (cmd?.t === 'simple') refuseRole(p, hole, factsOf(p, cmd).fileOf(cmd.words.indexOf(word)), 'file');
        }
        break;
      case 'assign':
        // The value or an element of name=(...): bash gives element 0 to the name itself, so
        // PATH=(...) sets PATH. The walk goes on: a command in the same substitution or pipeline
        // may print the variable.
        refuseAssignment(p, hole, n.name);
        break;
      case 'redir': {
        const cmd = n.parent as Command;
        if (below === n.heredoc) break;
        if (n.op === '<<<' || (n.op === '<' && produced)) refuseRole(p, hole, stdinOf(p, cmd), n.op === '<<<' ? 'here-string' : 'stdin');
        break;
      }
      case 'heredoc': {
        const cmd = (n.parent as Node).parent as Command;
        const role = stdinOf(p, cmd);
        refuseRole(p, hole, role, 'heredoc');
        if (role.kind === 'shell') {
          const quotable = n.quoted || staticHeredoc(p, n);
          if (!quotable || produced || rewrite || p.depth >= MAX_DEPTH) refuse(p, hole, `in a heredoc fed to ${role.label}, which runs its text as shell code after this shell has expanded it`, `Quote the delimiter (<<'EOF') and write "\${${hole.name}}" in the body: the inner shell then reads the env var itself`);
          const doc = n;
          rewrite = () => heredocBody(p, doc);
        } else if (n.quoted && !rewrite) {
          refuse(p, hole, `in a heredoc with a quoted delimiter (<<'EOF'), where the shell expands nothing, so it would stay literal text`, `Use an unquoted delimiter (<<EOF) to insert the value; if the text is a script that runs later with the step's env, write \${${hole.name}} in it as plain text`);
        }
        below = cmd;
        n = cmd;
        break;
      }
      case 'simple': {
        if (below.t !== 'word') break;
        const index = n.words.indexOf(below);
        const facts = factsOf(p, n);
        if (index > 0 && isDeclaration(n)) {
          declaration(p, hole, n, index, below);
          break;
        }
        if (below.parts[0]?.t === 'procsub') break;
        const role = facts.roleOf(index);
        if (role.kind === 'shell') {
          const words = role.words;
          shellRole(role, () => reEvaluated(p, words, role.label, hole), `in text that ${role.label} runs again as shell code, after another command or expansion has produced it`);
        } else refuseRole(p, hole, role, 'argument');
        break;
      }
      case 'compound':
        if (below.t === 'word') compoundWord(p, hole, n, below);
        break;
      case 'pipeline': {
        const at = n.commands.indexOf(below as Command);
        for (const stage of n.commands.slice(at + 1)) refuseRole(p, hole, stdinOf(p, stage), 'pipeline');
        break;
      }
    }
  }
  return place(p, f, rewrite);
}

function isDeclaration(cmd: Simple): boolean {
  const first = staticWord(cmd.words[0]);
  return first !== undefined && ['declare', 'typeset', 'local', 'export', 'readonly'].includes(first);
}

/** `declare -x NAME=value`: only the value of a fixed name may hold a value, and only without attributes that evaluate it. */
function declaration(p: Placing, hole: Hole, cmd: Simple, index: number, word: Word): void {
  const keyword = staticWord(cmd.words[0])!;
  let flags = '';
  for (const w of cmd.words.slice(1, index)) {
    const t = staticWord(w);
    if (t === undefined) refuseName(p, hole, keyword);
    if (/^[-+][A-Za-z]+$/.test(t)) flags += t.slice(1);
  }
  const first = word.parts[0];
  const m = first?.t === 'lit' ? /^([A-Za-z_][A-Za-z0-9_]*)\+?=/.exec(first.value) : null;
  if (!m) refuseName(p, hole, keyword);
  refuseAssignment(p, hole, m[1], { keyword, flags });
}

/** A word of `for`, `case` or `[[ ]]`. */
function compoundWord(p: Placing, hole: Hole, c: Compound, word: Word): void {
  if (c.kind !== 'test') return;
  const at = c.tokens.indexOf(word);
  const before = c.tokens[at - 1];
  const after = c.tokens[at + 1];
  const op = (t: Word | string | undefined) => (typeof t === 'string' ? t : t === undefined ? undefined : staticWord(t));
  for (const o of [op(before), op(after)]) {
    if (o && /^-(eq|ne|lt|le|gt|ge)$/.test(o)) arithmetic(p, hole, `[[ ... ${o} ... ]]`);
  }
  if (op(before) === '-v' || op(before) === '-R') refuseName(p, hole, op(before)!);
}

/** The text that reads the env var where the hole stands, or the rewrite of the inner script. */
function place(_p: Placing, f: Found, rewrite: (() => Edit) | undefined): Edit {
  if (rewrite) return rewrite();
  const { hole } = f;
  const plain = `\${${hole.name}}`;
  if (f.ctx === 'sq') return { start: hole.start, end: hole.end, text: `'"${plain}"'` };
  if (f.ctx === 'ansi') return { start: hole.start, end: hole.end, text: `'"${plain}"$'` };
  for (let n = f.node.parent; n; n = n.parent) {
    if (n.t === 'dq' || n.t === 'heredoc') return { start: hole.start, end: hole.end, text: plain };
    if (n.t === 'word' && n.parent?.t !== 'param') break;
  }
  return { start: hole.start, end: hole.end, text: `"${plain}"` };
}

/** Static text of a word: its value after quote removal, with the holes in it; undefined when the word expands anything else. */
function staticText(p: Placing, w: Word): { text: string; holes: Hole[] } | undefined {
  const out = { text: '', holes: [] as Hole[] };
  const addHole = (h: Hole) => {
    const start = out.text.length;
    out.text += `\${${h.name}}`;
    out.holes.push({ ...h, start, end: out.text.length });
  };
  for (const part of w.parts) {
    if (part.t === 'lit') out.text += part.value;
    else if (part.t === 'hole') addHole(part.hole);
    else if (part.t === 'sq') {
      let at = part.start + 1;
      for (const h of p.holes.filter((h) => h.start >= part.start && h.end <= part.end)) {
        out.text += p.text.slice(at, h.start);
        addHole(h);
        at = h.end;
      }
      out.text += p.text.slice(at, part.end - 1);
    } else if (part.t === 'dq') {
      for (const q of part.parts) {
        if (q.t === 'lit') out.text += q.value;
        else if (q.t === 'hole') addHole(q.hole);
        else return undefined;
      }
    } else return undefined;
  }
  return out;
}

/** `eval ...` / `sh -c '...'`: the inner script is placed on its own, then passed as one single-quoted word. */
function reEvaluated(p: Placing, words: readonly Word[], label: string, hole: Hole): Edit {
  let inner = '';
  const innerHoles: Hole[] = [];
  for (const [i, w] of words.entries()) {
    const part = staticText(p, w);
    if (!part) {
      refuse(p, hole, `in text that ${label} runs again as shell code, and that text also expands other variables or commands, so it cannot be quoted for both shells`, `Write the inner command in single quotes and let the inner shell read the env var by name: ${label} 'echo "\${${hole.name}}"'`);
    }
    const offset = inner.length + (i ? 1 : 0);
    inner += (i ? ' ' : '') + part.text;
    innerHoles.push(...part.holes.map((h) => ({ ...h, start: h.start + offset, end: h.end + offset })));
  }
  return { start: words[0].start, end: words[words.length - 1].end, text: singleQuoted(placeVariables(inner, innerHoles, p.depth + 1)) };
}

/**
 * A heredoc fed to a shell: its body is that shell's script, placed on its own. An unquoted
 * delimiter is quoted (the body expands nothing else, see staticHeredoc), so the inner shell
 * reads the variables itself.
 */
function heredocBody(p: Placing, doc: Heredoc): Edit {
  const body = p.text.slice(doc.bodyStart, doc.bodyEnd);
  const inside = p.holes.filter((h) => h.start >= doc.bodyStart && h.end <= doc.bodyEnd).map((h) => ({ ...h, start: h.start - doc.bodyStart, end: h.end - doc.bodyStart }));
  const placed = placeVariables(body, inside, p.depth + 1);
  if (doc.quoted) return { start: doc.bodyStart, end: doc.bodyEnd, text: placed };
  const d = doc.delimiter;
  return { start: d.start, end: doc.bodyEnd, text: `'${p.text.slice(d.start, d.end)}'${p.text.slice(d.end, doc.bodyStart)}${placed}` };
}

/** An unquoted heredoc body that expands nothing but the holes, with no holes between its delimiter and its body. */
function staticHeredoc(p: Placing, doc: Heredoc): boolean {
  const d = doc.delimiter;
  if (!/^[A-Za-z0-9_]+$/.test(p.text.slice(d.start, d.end))) return false;
  if (p.holes.some((h) => h.start >= d.end && h.start < doc.bodyStart)) return false;
  return doc.parts.every((part) => part.t === 'hole') && !/\\/.test(p.text.slice(doc.bodyStart, doc.bodyEnd));
}
