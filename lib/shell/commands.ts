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
const FOREIGN_WRAPPERS = new Set(['sudo', 'doas', 'runuser', 'chroot', 'docker', 'podman', 'kubectl', 'nsenter']);
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

/** A command read once: the role of each of its words, and of a heredoc fed to it. */
export interface CommandInfo {
  /** The role of the word that is `child`, a child node of the command. */
  roleOf(child: SyntaxNode): ArgumentRole;
  /** The role of a heredoc's text fed to the command. */
  readonly heredoc: ArgumentRole;
}

function isOption(word: string | undefined): boolean {
  return word !== undefined && word.length > 1 && (word.startsWith('-') || word.startsWith('+')) && word !== '--';
}

function runsCode(word: string): boolean {
  const p = programName(word);
  return SHELLS.has(p) || p in INTERPRETERS || p === 'eval' || p === 'ssh' || p === 'su';
}

function hasDashC(args: readonly string[]): boolean {
  return args.some((a) => isOption(a) && !a.startsWith('--') && a.slice(1).includes('c'));
}

/**
 * Reads a `command` node: skips wrappers such as `timeout 60` or `sudo` up to the program that
 * gets the arguments, and notes a wrapper that does not pass the step's env vars on. `unquote`
 * gives a word's static text when it has one. Linear in the number of words.
 */
export function describeCommand(cmd: SyntaxNode, unquote: (n: SyntaxNode) => string | undefined): CommandInfo {
  const nodes: SyntaxNode[] = [];
  const texts: string[] = [];
  const position = new Map<number, number>();
  for (const child of cmd.namedChildren) {
    if (child.type === 'variable_assignment' || child.type.endsWith('_redirect')) continue;
    position.set(child.id, nodes.length);
    nodes.push(child);
    texts.push(unquote(child.type === 'command_name' ? child.firstNamedChild ?? child : child) ?? child.text);
  }
  let start = 0;
  let through: string | undefined;
  while (start < texts.length) {
    const program = programName(texts[start]);
    const env = ENV_WRAPPERS.has(program);
    if (!env && !FOREIGN_WRAPPERS.has(program)) break;
    if (!env) through ??= program;
    let next = start + 1;
    while (next < texts.length && !runsCode(texts[next])) {
      if (program === 'env' && ['-i', '--ignore-environment', '-'].includes(texts[next])) through ??= 'env -i';
      next++;
    }
    start = next;
  }
  if (start >= texts.length) return { roleOf: () => DATA, heredoc: DATA };
  const program = programName(texts[start]);
  const args = texts.slice(start + 1);
  const roleAt = programRoles(program, args, nodes.slice(start + 1));
  const foreign = (role: ArgumentRole): ArgumentRole =>
    through !== undefined && (role.kind === 'shell' || role.kind === 'interpreter') ? { kind: 'foreign', label: `${through} ${role.label}` } : role;
  let heredoc: ArgumentRole = DATA;
  if (program === 'ssh') heredoc = { kind: 'foreign', label: 'ssh' };
  else if (SHELLS.has(program) && !hasDashC(args)) heredoc = foreign({ kind: 'shell', label: program, words: [] });
  else if (program in INTERPRETERS) heredoc = foreign({ kind: 'interpreter', label: program, program });
  return {
    roleOf: (child) => {
      const at = position.get(child.id);
      return at === undefined || at <= start ? DATA : foreign(roleAt(at - start - 1));
    },
    heredoc,
  };
}

/** The role of each argument of `program`, by index; the scans over the arguments are done once. */
function programRoles(program: string, args: readonly string[], nodes: readonly SyntaxNode[]): (index: number) => ArgumentRole {
  switch (program) {
    case 'eval': {
      const role: ArgumentRole = { kind: 'shell', label: 'eval', words: nodes };
      return () => role;
    }
    case 'trap': {
      const code = args[0] === '--' ? 1 : 0;
      const role: ArgumentRole = args.length > code + 1 ? { kind: 'shell', label: 'trap', words: [nodes[code]] } : DATA;
      return (i) => (i === code ? role : DATA);
    }
    case 'let':
      return () => ({ kind: 'arithmetic', label: 'let' });
    case 'unset':
      return () => ({ kind: 'name', label: 'unset' });
    case 'read':
    case 'mapfile':
    case 'readarray':
      return (i) => (isOption(args[i]) || (isOption(args[i - 1]) && args[i - 1] !== '-r') ? DATA : { kind: 'name', label: program });
    case 'printf':
      return (i) => (args[i - 1] === '-v' ? { kind: 'name', label: 'printf -v' } : DATA);
    case 'test':
    case '[':
      return (i) => (args[i - 1] === '-v' ? { kind: 'name', label: `${program} -v` } : DATA);
    case 'su':
      return (i) => (args[i - 1] === '-c' ? { kind: 'foreign', label: 'su -c' } : DATA);
    case 'ssh': {
      let destination = 0;
      while (destination < args.length && isOption(args[destination])) destination += args[destination].length === 2 && SSH_OPTIONS_WITH_VALUE.has(args[destination][1]) ? 2 : 1;
      return (i) => (i > destination ? { kind: 'foreign', label: 'ssh' } : DATA);
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
    const role: ArgumentRole = { kind: 'shell', label: `${program} -c`, words: [nodes[i]] };
    return (index) => (dashC && index === i ? role : DATA);
  }
  const interpreter = INTERPRETERS[program];
  if (!interpreter) return () => DATA;
  let code = -1;
  let label = program;
  if (interpreter.flags.length === 0) {
    code = awkProgram(args);
  } else {
    const flag = args.findIndex((a) => interpreter.flags.includes(a));
    if (flag >= 0) [code, label] = [flag + 1, `${program} ${args[flag]}`];
  }
  const role: ArgumentRole = { kind: 'interpreter', label, program };
  return (i) => (i === code ? role : DATA);
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
