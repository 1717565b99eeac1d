// What a command does with its arguments, as far as the script tag needs to know: which
// arguments a command runs again as code, and whether that code sees the step's env vars.
import { namedChildrenOf, programName, SyntaxNode } from './parse';

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
  sed: { flags: ['-e', '--expression'], readEnv: (n) => `awk '{ gsub(/x/, ENVIRON["${n}"]) } 1'` },
  gawk: { flags: [], readEnv: (n) => `gawk 'BEGIN { print ENVIRON["${n}"] }'` },
  mawk: { flags: [], readEnv: (n) => `mawk 'BEGIN { print ENVIRON["${n}"] }'` },
};

/** Commands that run the rest of their words as a command and pass the environment on. */
const ENV_WRAPPERS = new Set(['env', 'exec', 'command', 'builtin', 'nohup', 'nice', 'ionice', 'chrt', 'taskset', 'timeout', 'time', 'stdbuf', 'unbuffer', 'setsid', 'xargs', 'find', 'sshpass']);
/** Commands that run the rest of their words elsewhere, without the step's env vars. */
const FOREIGN_WRAPPERS = new Set(['sudo', 'doas', 'chroot', 'docker', 'podman', 'kubectl', 'nsenter']);
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
  /** The role of the command's standard input (a heredoc, or a pipe into it). */
  readonly heredoc: ArgumentRole;
}

function isOption(word: string | undefined): boolean {
  return word !== undefined && word.length > 1 && (word.startsWith('-') || word.startsWith('+')) && word !== '--';
}

function runsCode(word: string): boolean {
  const p = programName(word);
  return SHELLS.has(p) || p in INTERPRETERS || ['eval', 'ssh', 'su', 'runuser', 'watch', 'flock'].includes(p);
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
  for (const child of namedChildrenOf(cmd)) {
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
  else if (SHELLS.has(program) && readsProgramFromStdin(args, true)) heredoc = foreign({ kind: 'shell', label: program, words: [] });
  else if (program in INTERPRETERS && program !== 'sed' && !program.endsWith('awk') && readsProgramFromStdin(args, false)) heredoc = foreign({ kind: 'interpreter', label: program, program });
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
    case 'runuser':
      return (i) => (args[i - 1] === '-c' || args[i - 1] === '--command' ? { kind: 'foreign', label: `${program} -c` } : DATA);
    case 'flock': {
      const role: ArgumentRole = { kind: 'shell', label: 'flock -c', words: [] };
      return (i) => (args[i - 1] === '-c' || args[i - 1] === '--command' ? { ...role, words: [nodes[i]] } : DATA);
    }
    case 'watch': {
      let first = 0;
      while (first < args.length && isOption(args[first])) first += ['-n', '--interval', '-d'].includes(args[first]) && !args[first].includes('=') ? 2 : 1;
      const role: ArgumentRole = args.includes('-x') || args.includes('--exec') ? DATA : { kind: 'shell', label: 'watch', words: nodes.slice(first) };
      return (i) => (i >= first ? role : DATA);
    }
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
  const isFlag = (a: string | undefined) => a !== undefined && interpreter.flags.some((f) => a === f || (/^-[a-zA-Z]$/.test(f) && /^-[a-zA-Z]+$/.test(a) && a.endsWith(f[1])));
  // Without a code flag, awk and sed read their program from the first operand (unless -f names a file).
  const operand = args.some(isFlag) || args.some((a) => a === '-f' || a.startsWith('--file')) ? -1 : interpreter.flags.length === 0 ? awkProgram(args) : program === 'sed' ? firstOperand(args, ['-l']) : -1;
  return (i) => (isFlag(args[i - 1]) ? { kind: 'interpreter', label: `${program} ${args[i - 1]}`, program } : i === operand ? { kind: 'interpreter', label: program, program } : DATA);
}

/** The index of awk's program text: its first operand, unless a `-f` file gives the program. */
function awkProgram(args: readonly string[]): number {
  return args.includes('-f') ? -1 : firstOperand(args, ['-v', '-F']);
}

/** The index of the first argument that is not an option; `withValue` lists options that take the next argument. */
function firstOperand(args: readonly string[], withValue: readonly string[]): number {
  let i = 0;
  while (i < args.length && isOption(args[i])) i += withValue.includes(args[i]) ? 2 : 1;
  return args[i] === '--' ? i + 1 : i;
}

/** A shell or interpreter reads its program from stdin when it is given no program file (or `-s` / `-`). */
function readsProgramFromStdin(args: readonly string[], shell: boolean): boolean {
  if (shell && hasDashC(args)) return false;
  if (!shell && args.some((a) => isOption(a))) {
    const code = args.findIndex((a) => ['-c', '-e', '-E', '-r', '--eval', '-p', '--print'].includes(a));
    if (code >= 0) return false;
  }
  if (args.includes('-s') || args.includes('-')) return true;
  return firstOperand(args, shell ? ['-o', '+o'] : []) >= args.length;
}

/** How a program in `program`'s language reads an env var, for messages. */
export function readEnvExample(program: string, name: string): string {
  return (INTERPRETERS[program] ?? INTERPRETERS.python3).readEnv(name);
}
