// What a command does with its arguments, as far as the script tag needs to know: which
// arguments a command runs again as code, and whether that code sees the step's env vars.
import { programName, SyntaxNode } from './parse';

export const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh', 'busybox']);

/** Interpreters that take a program as an argument, with the flags that introduce it and how the program reads an env var. */
const INTERPRETERS: Record<string, { flags: readonly string[]; readEnv: (name: string) => string }> = {
  python: { flags: ['-c'], readEnv: (n) => `python -c 'import os; print(os.environ["${n}"])'` },
  python3: { flags: ['-c'], readEnv: (n) => `python3 -c 'import os; print(os.environ["${n}"])'` },
  node: { flags: ['-e', '--eval', '-p', '--print'], readEnv: (n) => `node -e 'console.log(process.env.${n})'` },
  perl: { flags: ['-e', '-E'], readEnv: (n) => `perl -e 'print $ENV{${n}}'` },
  ruby: { flags: ['-e'], readEnv: (n) => `ruby -e 'puts ENV["${n}"]'` },
  php: { flags: ['-r'], readEnv: (n) => `php -r 'echo getenv("${n}");'` },
  pwsh: { flags: ['-c', '-Command', '-command'], readEnv: (n) => `pwsh -c '$env:${n}'` },
  awk: { flags: [], readEnv: (n) => `awk 'BEGIN { print ENVIRON["${n}"] }'` },
  gawk: { flags: [], readEnv: (n) => `gawk 'BEGIN { print ENVIRON["${n}"] }'` },
  mawk: { flags: [], readEnv: (n) => `mawk 'BEGIN { print ENVIRON["${n}"] }'` },
};

/** Commands that run the rest of their words as a command and pass the environment on. */
const ENV_WRAPPERS = new Set(['env', 'exec', 'command', 'builtin', 'nohup', 'nice', 'timeout', 'time', 'stdbuf', 'setsid', 'xargs', 'find', 'watch', 'flock']);
/** Commands that run the rest of their words elsewhere, without the step's env vars. */
const FOREIGN_WRAPPERS = new Set(['sudo', 'doas', 'su', 'runuser', 'chroot', 'docker', 'podman', 'kubectl', 'nsenter', 'ssh']);
/** ssh options that take a value (from ssh(1)). */
const SSH_OPTIONS_WITH_VALUE = new Set('BbcDEeFIiJLlmOoPpQRSWw');

/** What a command does with the argument that holds an interpolation. */
export type ArgumentRole =
  /** Data: the command does not run it as code. */
  | { readonly kind: 'data' }
  /** Shell code run by a shell that inherits the step's env (`eval`, `sh -c`, `trap`, a heredoc fed to `sh`): the words that make up the code. */
  | { readonly kind: 'shell'; readonly label: string; readonly words: readonly SyntaxNode[] }
  /** Code run where the step's env vars are not passed (ssh, sudo, docker, su -c, env -i). */
  | { readonly kind: 'foreign'; readonly label: string }
  /** A program in another language. */
  | { readonly kind: 'interpreter'; readonly label: string; readonly program: string }
  /** The name of a variable, where bash evaluates an array subscript as arithmetic. */
  | { readonly kind: 'name'; readonly label: string }
  /** An arithmetic expression (`let`). */
  | { readonly kind: 'arithmetic'; readonly label: string };

const DATA: ArgumentRole = { kind: 'data' };

interface Word {
  readonly node: SyntaxNode;
  readonly text: string;
}

/** The words of a command, name first, each with its static text (or its source text). */
function wordsOf(cmd: SyntaxNode, unquote: (n: SyntaxNode) => string | undefined): Word[] {
  const out: Word[] = [];
  for (const child of cmd.namedChildren) {
    if (child.type === 'variable_assignment' || child.type.endsWith('_redirect')) continue;
    const node = child.type === 'command_name' ? child.firstNamedChild ?? child : child;
    out.push({ node: child, text: unquote(node) ?? child.text });
  }
  return out;
}

function isOption(word: string | undefined): boolean {
  return word !== undefined && word.length > 1 && (word.startsWith('-') || word.startsWith('+')) && word !== '--';
}

function runsCode(word: string): boolean {
  const p = programName(word);
  return SHELLS.has(p) || p in INTERPRETERS || p === 'eval' || p === 'ssh';
}

/**
 * Where the program that gets the arguments starts, skipping wrappers such as `timeout 60` or
 * `sudo`; `through` names a wrapper that does not pass the step's env vars on.
 */
function programStart(words: readonly Word[], before: number): { start: number; through?: string } | undefined {
  let start = 0;
  let through: string | undefined;
  for (;;) {
    const program = programName(words[start].text);
    const env = ENV_WRAPPERS.has(program);
    if (!env && (!FOREIGN_WRAPPERS.has(program) || program === 'ssh')) return { start, through };
    if (!env) through ??= program;
    if (program === 'env' && words.slice(start + 1, before).some((w) => ['-i', '--ignore-environment', '-'].includes(w.text))) through ??= 'env -i';
    if (program === 'su' && words.slice(start + 1, before).some((w) => w.text === '-c')) return { start, through: 'su -c' };
    let next = start + 1;
    while (next < before && !runsCode(words[next].text)) next++;
    if (next >= before) return undefined;
    start = next;
  }
}

/**
 * The role of `arg` in `cmd`, a `command` node; `arg` is the child of `cmd` that holds the
 * interpolation. `unquote` gives a word's static text when it has one.
 */
export function roleOf(cmd: SyntaxNode, arg: SyntaxNode, unquote: (n: SyntaxNode) => string | undefined): ArgumentRole {
  const words = wordsOf(cmd, unquote);
  const at = words.findIndex((w) => w.node.id === arg.id);
  if (at <= 0) return DATA;
  const found = programStart(words, at);
  if (!found) return DATA;
  if (found.through === 'su -c') return { kind: 'foreign', label: 'su -c' };
  const program = programName(words[found.start].text);
  const args = words.slice(found.start + 1);
  const role = programRole(program, args.map((w) => w.text), at - found.start - 1, args.map((w) => w.node));
  if ((role.kind === 'shell' || role.kind === 'interpreter') && found.through !== undefined) return { kind: 'foreign', label: `${found.through} ${role.label}` };
  return role;
}

function programRole(program: string, args: readonly string[], index: number, nodes: readonly SyntaxNode[]): ArgumentRole {
  switch (program) {
    case 'eval':
      return { kind: 'shell', label: 'eval', words: nodes };
    case 'trap': {
      const code = args[0] === '--' ? 1 : 0;
      return index === code && args.length > code + 1 ? { kind: 'shell', label: 'trap', words: [nodes[code]] } : DATA;
    }
    case 'let':
      return { kind: 'arithmetic', label: 'let' };
    case 'unset':
      return { kind: 'name', label: 'unset' };
    case 'read':
    case 'mapfile':
    case 'readarray':
      return isOption(args[index]) || (isOption(args[index - 1]) && args[index - 1] !== '-r') ? DATA : { kind: 'name', label: program };
    case 'printf':
      return args[index - 1] === '-v' ? { kind: 'name', label: 'printf -v' } : DATA;
    case 'test':
    case '[':
      return args[index - 1] === '-v' ? { kind: 'name', label: `${program} -v` } : DATA;
    case 'ssh': {
      let i = 0;
      while (i < args.length && isOption(args[i])) i += args[i].length === 2 && SSH_OPTIONS_WITH_VALUE.has(args[i][1]) ? 2 : 1;
      return index > i ? { kind: 'foreign', label: 'ssh' } : DATA;
    }
  }
  if (SHELLS.has(program)) {
    let i = 0;
    let dashC = false;
    while (i < args.length && isOption(args[i])) {
      const letters = args[i].startsWith('--') ? '' : args[i].slice(1);
      if (letters.includes('c')) dashC = true;
      i += letters.includes('o') && !letters.includes('c') ? 2 : 1;
    }
    if (args[i] === '--') i++;
    return dashC && index === i ? { kind: 'shell', label: `${program} -c`, words: [nodes[i]] } : DATA;
  }
  const interpreter = INTERPRETERS[program];
  if (!interpreter) return DATA;
  if (interpreter.flags.length === 0) return index === awkProgram(args) ? { kind: 'interpreter', label: program, program } : DATA;
  const flag = args.findIndex((a) => interpreter.flags.includes(a));
  return flag >= 0 && index === flag + 1 ? { kind: 'interpreter', label: `${program} ${args[flag]}`, program } : DATA;
}

/** The index of awk's program text: its first operand, unless a `-f` file gives the program. */
function awkProgram(args: readonly string[]): number {
  if (args.includes('-f')) return -1;
  let i = 0;
  while (i < args.length && isOption(args[i])) i += ['-v', '-F'].includes(args[i]) ? 2 : 1;
  return i;
}

/** How a program in `program`'s language reads an env var, for messages. */
export function readEnvExample(program: string, name: string): string {
  return (INTERPRETERS[program] ?? INTERPRETERS.python3).readEnv(name);
}

/** The role of a heredoc's text for the command it is fed to (`cmd`, the redirected statement's body). */
export function heredocRole(cmd: SyntaxNode | null, unquote: (n: SyntaxNode) => string | undefined): ArgumentRole {
  if (!cmd || cmd.type !== 'command') return DATA;
  const words = wordsOf(cmd, unquote);
  const found = programStart(words, words.length);
  if (!found) return DATA;
  const program = programName(words[found.start].text);
  const args = words.slice(found.start + 1).map((w) => w.text);
  let role: ArgumentRole = DATA;
  if (program === 'ssh') role = { kind: 'foreign', label: 'ssh' };
  else if (SHELLS.has(program) && !args.some((a) => isOption(a) && !a.startsWith('--') && a.slice(1).includes('c'))) role = { kind: 'shell', label: program, words: [] };
  else if (program in INTERPRETERS) role = { kind: 'interpreter', label: program, program };
  if (role.kind !== 'data' && found.through !== undefined) return { kind: 'foreign', label: `${found.through} ${program}` };
  return role;
}
