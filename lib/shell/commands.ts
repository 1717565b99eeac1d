// What a command does with its words and its standard input, as far as the script tag needs to
// know: which words a program runs as code, which it reads as a variable name or arithmetic, and
// whether what it reads on stdin or from a file is a program. A command whose name is not fixed
// text, or a known program given an option the tag does not know, is "unknown": the tag cannot
// prove anything about it, so an interpolation that reaches it is refused.
import { staticWord } from './parse';
import { Part, programName, Simple, Word } from './syntax';

export const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh', 'yash', 'posh', 'lksh']);

/** Interpreters that take a program as an argument, with the flags that introduce it and how the program reads an env var. */
const INTERPRETERS: Record<string, { flags: readonly string[]; readEnv: (name: string) => string }> = {
  python: { flags: ['-c'], readEnv: (n) => `python -c 'import os; print(os.environ["${n}"])'` },
  python3: { flags: ['-c'], readEnv: (n) => `python3 -c 'import os; print(os.environ["${n}"])'` },
  node: { flags: ['-e', '--eval', '-p', '--print'], readEnv: (n) => `node -e 'console.log(process.env.${n})'` },
  nodejs: { flags: ['-e', '--eval', '-p', '--print'], readEnv: (n) => `nodejs -e 'console.log(process.env.${n})'` },
  perl: { flags: ['-e', '-E'], readEnv: (n) => `perl -e 'print $ENV{${n}}'` },
  ruby: { flags: ['-e'], readEnv: (n) => `ruby -e 'puts ENV["${n}"]'` },
  php: { flags: ['-r'], readEnv: (n) => `php -r 'echo getenv("${n}");'` },
  pwsh: { flags: ['-c', '-Command', '-command'], readEnv: (n) => `pwsh -c '$env:${n}'` },
  lua: { flags: ['-e'], readEnv: (n) => `lua -e 'print(os.getenv("${n}"))'` },
  luajit: { flags: ['-e'], readEnv: (n) => `luajit -e 'print(os.getenv("${n}"))'` },
  bun: { flags: ['-e', '--eval', '-p', '--print'], readEnv: (n) => `bun -e 'console.log(process.env.${n})'` },
  Rscript: { flags: ['-e'], readEnv: (n) => `Rscript -e 'cat(Sys.getenv("${n}"))'` },
  groovy: { flags: ['-e'], readEnv: (n) => `groovy -e 'println System.getenv("${n}")'` },
  jruby: { flags: ['-e'], readEnv: (n) => `jruby -e 'puts ENV["${n}"]'` },
  expect: { flags: ['-c'], readEnv: (n) => `expect -c 'puts $env(${n})'` },
  awk: { flags: [], readEnv: (n) => `awk 'BEGIN { print ENVIRON["${n}"] }'` },
  sed: { flags: ['-e', '--expression'], readEnv: (n) => `awk '{ gsub(/x/, ENVIRON["${n}"]) } 1'` },
  gawk: { flags: [], readEnv: (n) => `gawk 'BEGIN { print ENVIRON["${n}"] }'` },
  mawk: { flags: [], readEnv: (n) => `mawk 'BEGIN { print ENVIRON["${n}"] }'` },
  nawk: { flags: [], readEnv: (n) => `nawk 'BEGIN { print ENVIRON["${n}"] }'` },
};

/** watch's options that take the next word as their value (procps watch(1)); -d takes a value only when attached. */
const WATCH_VALUES = ['-n', '-q', '--interval', '--equexit'];

/**
 * Commands that run a command made of their later words: the options that take a value, and how
 * many operands come before the command (from each program's manual). `foreign`: the command runs
 * without the step's env vars. Options not listed are taken to take no value; a later word that
 * names a known code runner makes the command unknown, so a misread option cannot hide one.
 */
const WRAPPERS: Record<string, { readonly values: readonly string[]; readonly operands: number; readonly foreign?: boolean }> = {
  env: { values: ['-u', '-C', '--unset', '--chdir'], operands: 0 },
  exec: { values: ['-a'], operands: 0 },
  command: { values: [], operands: 0 },
  builtin: { values: [], operands: 0 },
  nohup: { values: [], operands: 0 },
  nice: { values: ['-n', '--adjustment'], operands: 0 },
  ionice: { values: ['-c', '-n', '-p', '-P', '-u', '--class', '--classdata'], operands: 0 },
  chrt: { values: ['-T', '-P', '-D'], operands: 1 },
  taskset: { values: [], operands: 1 },
  timeout: { values: ['-s', '-k', '--signal', '--kill-after'], operands: 1 },
  time: { values: ['-f', '-o', '--format', '--output'], operands: 0 },
  stdbuf: { values: ['-i', '-o', '-e', '--input', '--output', '--error'], operands: 0 },
  unbuffer: { values: [], operands: 0 },
  setsid: { values: [], operands: 0 },
  xargs: { values: ['-I', '-d', '-n', '-L', '-P', '-s', '-a', '-E', '--delimiter', '--max-args', '--max-lines', '--max-procs', '--max-chars', '--arg-file', '--eof', '--replace'], operands: 0 },
  sshpass: { values: ['-p', '-f', '-d', '-P'], operands: 0 },
  busybox: { values: [], operands: 0 },
  flock: { values: ['-w', '-E', '--timeout', '--conflict-exit-code'], operands: 1 },
  fakeroot: { values: ['-l', '-s', '-i', '--lib', '--faked'], operands: 0 },
  setpriv: { values: ['--reuid', '--regid', '--groups', '--inh-caps', '--bounding-set'], operands: 0 },
  sudo: { values: ['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-U', '-T', '--user', '--group', '--prompt', '--chdir', '--host', '--role', '--type', '--other-user', '--command-timeout', '--close-from'], operands: 0, foreign: true },
  doas: { values: ['-u', '-C'], operands: 0, foreign: true },
  chroot: { values: ['--userspec', '--groups'], operands: 1, foreign: true },
  // Only with -x among its options: otherwise watch joins its words into text for sh -c (programFacts).
  watch: { values: WATCH_VALUES, operands: 0 },
};
/** Commands that run a command somewhere else (a container, a namespace); their syntax is too wide to read, so the tag looks for a known code runner among their words. */
const REMOTE_WRAPPERS = new Set(['docker', 'podman', 'kubectl', 'nsenter', 'systemd-run', 'find']);
/** Builtins where any interpolated word is refused: they define code or load it (alias, enable -f, complete -C, shopt). */
const CODE_BUILTINS: Record<string, string> = {
  alias: 'alias text, which the shell reads as code wherever the alias is used (dash and busybox ash expand aliases in scripts)',
  enable: 'given to enable, which loads a builtin from a file it names',
  complete: 'given to complete, whose -C and -F run commands',
  compgen: 'given to compgen, which expands its word list as shell text',
  bind: 'given to bind, whose -x runs commands',
  shopt: 'a shell option name for shopt, which changes how the shell reads the rest of the script',
  fc: 'given to fc, which runs commands from the history',
  unalias: 'an alias name',
};
/** ssh options that take a value (from ssh(1)). */
const SSH_OPTIONS_WITH_VALUE = new Set('BbcDEeFIiJLlmOoPpQRSWw');

/** What a command does with one of its words, or with its stdin. */
export type Role =
  | { readonly kind: 'data' }
  /** Shell code run by a shell that inherits the step's env (`eval`, `sh -c`, `trap`): the words that make up the code. */
  | { readonly kind: 'shell'; readonly label: string; readonly words: readonly Word[] }
  /** Code run where the step's env vars are not passed (ssh, sudo, docker, su -c, env -i). */
  | { readonly kind: 'foreign'; readonly label: string }
  | { readonly kind: 'interpreter'; readonly label: string; readonly program: string }
  /** A variable name, where bash evaluates an array subscript in the name as arithmetic. */
  | { readonly kind: 'name'; readonly label: string }
  | { readonly kind: 'arithmetic'; readonly label: string }
  /** `NAME=value` given to env: an assignment to NAME. */
  | { readonly kind: 'assign'; readonly name: string }
  /** Anything else the tag refuses: `what` completes "$(params.p) is ...". */
  | { readonly kind: 'refuse'; readonly what: string; readonly fix: string };

export const DATA: Role = { kind: 'data' };

/** A simple command read once. */
export interface CommandFacts {
  /** The program that gets the arguments, after wrappers such as `timeout 60` or `sudo`. */
  readonly program?: string;
  /** The role of `words[index]`. */
  roleOf(index: number): Role;
  /** What the command does with its stdin. */
  readonly stdin: Role;
  /** What it does with the file `words[index]` names, for a `<(...)` there. */
  fileOf(index: number): Role;
}

const UNKNOWN_FIX = 'Write the program name as fixed text in the script and pass the value as a separate, quoted argument, or read the env var by name inside the program';

function unknown(why: string): Role {
  return { kind: 'refuse', what: `given to a command the tag cannot read (${why}), so it cannot prove the value stays data`, fix: UNKNOWN_FIX };
}

function isOption(word: string | undefined): boolean {
  return word !== undefined && word.length > 1 && (word.startsWith('-') || word.startsWith('+')) && word !== '--';
}

/** A program (not a builtin: a wrapper cannot run those) known to run code given to it. */
function runsCode(word: string): boolean {
  const p = programName(word);
  return SHELLS.has(p) || languageOf(p) !== undefined || ['ssh', 'su', 'runuser', 'watch'].includes(p);
}

function isPython(p: string): boolean {
  return /^python[0-9.]*$/.test(p);
}

/**
 * The INTERPRETERS entry a program name runs, or undefined: the name itself, any Python (python3.12,
 * pypy3), or a versioned name that distributions install beside the plain one (php8.2, ruby3.1,
 * perl5.36.0, lua5.4).
 */
function languageOf(p: string): string | undefined {
  if (Object.prototype.hasOwnProperty.call(INTERPRETERS, p)) return p;
  if (isPython(p) || /^pypy[0-9.]*$/.test(p)) return 'python3';
  const versioned = /^(php|ruby|perl|lua|luajit|node)[0-9][0-9.]*$/.exec(p);
  return versioned ? versioned[1] : undefined;
}

/** `/dev/stdin`, `/dev/fd/0`, `/proc/self/fd/0` and the like: a file operand that reads stdin or a pipe. */
function isStdinFile(path: string): boolean {
  return path === '-' || /^\/(dev|proc)\//.test(path);
}

/**
 * Reads a simple command. Linear in the number of words. `quoted`: the single-quoted parts that hold
 * an interpolation, each with the offset of its first one in the part's text; the tag rewrites them to
 * expand the value there, so a word with one is not fixed text (a value must not name the program).
 */
export function describeCommand(cmd: Simple, quoted: ReadonlyMap<Part, number>): CommandFacts {
  const texts = cmd.words.map((w) => (w.parts.some((part) => quoted.has(part)) ? undefined : staticWord(w)));
  const heads = cmd.words.map((w) => staticPrefix(w, quoted));
  let start = 0;
  let through: string | undefined;
  let xargs = false;
  /** The word after xargs -a: a file whose words xargs gives to its program, as it does with stdin. */
  let argFile = -1;
  const assigned = new Map<number, string>();
  let unknownWhy: string | undefined;
  while (start < texts.length) {
    const text = texts[start];
    if (text === undefined) {
      unknownWhy = `its program name ${start === 0 ? '' : 'after a wrapper '}is not fixed text`;
      break;
    }
    const program = programName(text);
    const spec = WRAPPERS[program];
    if (program === 'flock' && flockRunsText(texts, start)) break;
    if (program === 'watch' && !watchOptions(texts.slice(start + 1), heads.slice(start + 1)).exec) break;
    if (REMOTE_WRAPPERS.has(program)) {
      if (program !== 'find') through ??= program;
      let next = start + 1;
      while (next < texts.length && (texts[next] === undefined || !runsCode(texts[next]!))) next++;
      start = next;
      continue;
    }
    if (!spec) break;
    if (spec.foreign) through ??= program;
    if (program === 'xargs') xargs = true;
    let next = start + 1;
    let operands = spec.operands;
    // After --, no word is an option, but the wrapper's operands (timeout's duration) and env's assignments still come before the program.
    let ended = false;
    while (next < texts.length) {
      const t = texts[next];
      if (!ended && t === '--') {
        ended = true;
        next++;
        continue;
      }
      if (!ended && program === 'env' && t !== undefined && ['-i', '--ignore-environment', '-'].includes(t)) through ??= 'env -i';
      if (!ended && program === 'env' && (t === '-S' || t?.startsWith('--split-string'))) unknownWhy = 'env -S splits its argument into a command';
      if (!ended && program === 'xargs' && (t === '-a' || t === '--arg-file')) argFile = next + 1;
      const assignment = program === 'env' ? /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(heads[next] ?? '') : null;
      if (assignment) assigned.set(next++, assignment[1]);
      else if (!ended && (isOption(t) || (t === undefined && /^[-+]/.test(heads[next] ?? '-')))) {
        if (t === undefined) unknownWhy = `an option of ${program} that is not fixed text`;
        next += spec.values.includes(t!) ? 2 : 1;
      } else if (operands > 0) {
        operands--;
        next++;
      } else break;
    }
    if (unknownWhy !== undefined) break;
    start = next;
    const after = texts[start];
    if (after !== undefined && !WRAPPERS[programName(after)] && !REMOTE_WRAPPERS.has(programName(after)) && !runsCode(after) && texts.slice(start + 1).some((t) => t !== undefined && runsCode(t))) {
      unknownWhy = `${program} runs ${after}, and a later word names a program that runs code, so the tag cannot tell which one ${program} runs`;
      break;
    }
  }
  if (unknownWhy !== undefined) {
    const role = unknown(unknownWhy);
    const at = start;
    return { roleOf: (i) => (i >= at ? role : DATA), stdin: role, fileOf: (i) => (i >= at || i === argFile ? role : DATA) };
  }
  if (start >= texts.length) return { roleOf: () => DATA, stdin: DATA, fileOf: () => DATA };
  const program = programName(texts[start]!);
  const args = texts.slice(start + 1);
  const words = cmd.words.slice(start + 1);
  const facts = programFacts(program, args, words, start === 0, heads.slice(start + 1));
  // xargs turns what it reads (stdin, or the file of -a) into arguments of its program: code when that program runs code.
  const handed: Role = xargs && runsCode(program) ? { kind: 'shell', label: `xargs ${program}`, words: [] } : DATA;
  const stdin = handed.kind === 'data' ? facts.stdin : handed;
  const foreign = (role: Role): Role =>
    through !== undefined && (role.kind === 'shell' || role.kind === 'interpreter') ? { kind: 'foreign', label: `${through} ${role.label}` } : role;
  return {
    program,
    roleOf: (i) => (assigned.has(i) ? { kind: 'assign', name: assigned.get(i)! } : i <= start ? DATA : foreign(facts.roleOf(i - start - 1))),
    stdin: foreign(stdin),
    fileOf: (i) => (i === argFile ? foreign(handed) : i <= start ? DATA : foreign(facts.fileOf(i - start - 1))),
  };
}

/** The fixed text a word starts with (undefined when it starts with an expansion), to tell an operand from an option. */
function staticPrefix(w: Word, quoted: ReadonlyMap<Part, number>): string | undefined {
  const first = w.parts[0];
  if (first?.t === 'lit' || first?.t === 'sq') return first.value.slice(0, quoted.get(first)) || undefined;
  if (first?.t === 'dq' && first.parts[0]?.t === 'lit') return first.parts[0].value;
  // <(...) expands to a path such as /dev/fd/63.
  if (first?.t === 'procsub') return '/dev/fd/';
  return undefined;
}

interface ProgramFacts {
  roleOf(index: number): Role;
  readonly stdin: Role;
  fileOf(index: number): Role;
}

function only(roleOf: (index: number) => Role, stdin: Role = DATA, fileOf: (index: number) => Role = () => DATA): ProgramFacts {
  return { roleOf, stdin, fileOf };
}

/** The facts about `program` given `args` (undefined where a word is not fixed text). `builtin`: the program is the command's first word. */
function programFacts(program: string, args: ReadonlyArray<string | undefined>, words: readonly Word[], builtin: boolean, heads: ReadonlyArray<string | undefined>): ProgramFacts {
  if (builtin && program in CODE_BUILTINS) {
    const role: Role = { kind: 'refuse', what: CODE_BUILTINS[program], fix: 'Keep the interpolation out of it: assign the value to a variable (v=<interpolation>) and use "$v" where the shell treats it as data' };
    return only(() => role);
  }
  switch (program) {
    case 'eval': {
      const role: Role = { kind: 'shell', label: 'eval', words };
      return only(() => role);
    }
    case 'source':
    case '.': {
      const file = args[0];
      const stdin: Role = file === undefined || isStdinFile(file) ? { kind: 'shell', label: program, words: [] } : DATA;
      const chooses: Role = { kind: 'refuse', what: `the file that ${program} runs as shell code, so the value chooses the code`, fix: 'Name the script as fixed text and pass the value to it as an argument or env var' };
      return only((i) => (i === 0 ? chooses : DATA), stdin, (i) => (i === 0 ? { kind: 'shell', label: program, words: [] } : DATA));
    }
    case 'trap': {
      const code = args[0] === '--' ? 1 : 0;
      const role: Role = args.length > code + 1 ? { kind: 'shell', label: 'trap', words: [words[code]] } : DATA;
      return only((i) => (i === code ? role : i > code ? { kind: 'name', label: 'trap signal' } : DATA));
    }
    case 'let':
      return only(() => ({ kind: 'arithmetic', label: 'let' }));
    case 'unset':
    case 'getopts':
      return only((i) => (program === 'getopts' && i !== 1 ? DATA : { kind: 'name', label: program }));
    case 'read':
      return only(readRoles(args));
    case 'mapfile':
    case 'readarray':
      return only(() => ({ kind: 'name', label: program }));
    case 'printf': {
      let format = args[0] === '-v' ? 2 : 0;
      const ended = args[format] === '--';
      if (ended) format++;
      return only((i) => (i === 1 && args[0] === '-v' ? { kind: 'name', label: 'printf -v' } : i === format && !ended ? { kind: 'name', label: 'printf (its first argument may be read as an option such as -v)' } : DATA));
    }
    case 'set': {
      const end = args.findIndex((a) => a === '--' || a === '-');
      return only((i) => (end >= 0 && i > end ? DATA : { kind: 'refuse', what: 'given to set before --, where it can be read as a shell option', fix: 'Write set -- followed by the interpolation to set the positional parameters' }));
    }
    case 'wait':
      return only((i) => (args[i - 1] === '-p' ? { kind: 'name', label: 'wait -p' } : DATA));
    case 'test':
    case '[':
      return only((i) => testRole(program, args, i));
    case 'su':
    case 'runuser':
      return only((i) => (args[i - 1] === '-c' || args[i - 1] === '--command' ? { kind: 'foreign', label: `${program} -c` } : DATA), { kind: 'foreign', label: program });
    case 'flock': {
      const c = args.findIndex((a) => a === '-c' || a === '--command');
      return only((i) => (c >= 0 && i === c + 1 ? { kind: 'shell', label: 'flock -c', words: [words[i]] } : DATA));
    }
    case 'watch': {
      // Reached without -x (describeCommand reads watch -x as a wrapper): the words from the first operand on are one text for sh -c.
      const { first, bad } = watchOptions(args, heads);
      const role: Role = bad === undefined ? { kind: 'shell', label: 'watch', words: words.slice(first) } : unknown(`watch with ${bad}`);
      return only((i) => (i >= first ? role : DATA));
    }
    case 'ssh': {
      let destination = 0;
      while (destination < args.length && isOption(args[destination])) destination += args[destination]!.length === 2 && SSH_OPTIONS_WITH_VALUE.has(args[destination]![1]) ? 2 : 1;
      const role: Role = { kind: 'foreign', label: 'ssh' };
      return only((i) => (i > destination ? role : DATA), role, () => role);
    }
  }
  if (SHELLS.has(program)) return shellFacts(program, args, words, heads);
  const language = languageOf(program);
  if (language !== undefined) return interpreterFacts(language, program, args);
  return only(() => DATA);
}

/**
 * watch's options, read exactly: it stops reading them at its first operand (a later -x is part of the
 * command), and with -x it runs the command with exec instead of sh -c. `first`: the first operand, or the
 * option the tag does not know (`bad`), which could be -x or take the command as its value.
 */
function watchOptions(args: ReadonlyArray<string | undefined>, heads: ReadonlyArray<string | undefined>): { first: number; exec: boolean; bad?: string } {
  let exec = false;
  let i = 0;
  while (i < args.length) {
    const a = args[i];
    if (a === undefined) {
      if (heads[i] === undefined || /^[-+]/.test(heads[i]!)) return { first: i, exec, bad: 'an option that is not fixed text' };
      break;
    }
    if (a === '--') return { first: i + 1, exec };
    if (!isOption(a)) break;
    // Flags, then at most one of -d, -n, -q, whose value is the rest of the word or (for -n and -q) the next word.
    const short = /^-([bcegptwx]*)(?:([dnq])(.*))?$/.exec(a);
    if (short) {
      if (short[1].includes('x')) exec = true;
      i += short[2] !== undefined && short[2] !== 'd' && short[3] === '' ? 2 : 1;
    } else if (['--beep', '--color', '--differences', '--errexit', '--chgexit', '--precise', '--no-title', '--no-wrap', '--exec'].includes(a) || /^--(differences|interval|equexit)=/.test(a)) {
      if (a === '--exec') exec = true;
      i++;
    } else if (WATCH_VALUES.includes(a)) i += 2;
    else return { first: i, exec, bad: `the option ${a}` };
  }
  return { first: i, exec };
}

/** flock -c: the word after the lock file (options, then an optional --, come before it) is -c or --command (flock(1) takes neither as an option), and the command is one text for sh -c. */
function flockRunsText(texts: ReadonlyArray<string | undefined>, start: number): boolean {
  let file = start + 1;
  while (file < texts.length && isOption(texts[file])) file += WRAPPERS.flock.values.includes(texts[file]!) ? 2 : 1;
  if (texts[file] === '--') file++;
  return texts[file + 1] === '-c' || texts[file + 1] === '--command';
}

/** `read`: only the values of -p (prompt), -d (delimiter) and -i (initial text) are data; every other word is a name. */
function readRoles(args: ReadonlyArray<string | undefined>): (index: number) => Role {
  const data = new Set<number>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--' || a === undefined || !/^-[a-zA-Z]+$/.test(a)) break;
    const withValue = [...a.slice(1)].filter((l) => 'adinNptu'.includes(l));
    if (withValue.length === 1 && a.endsWith(withValue[0]) && 'pdi'.includes(withValue[0])) data.add(i + 1);
    if (withValue.length) i++;
  }
  return (i) => (data.has(i) ? DATA : { kind: 'name', label: 'read' });
}

const UNARY = new Set(['-a', '-b', '-c', '-d', '-e', '-f', '-g', '-h', '-k', '-n', '-p', '-r', '-s', '-t', '-u', '-w', '-x', '-z', '-G', '-L', '-N', '-O', '-S', '-o']);
const BINARY = new Set(['=', '==', '!=', '<', '>', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '-ot', '-ef']);

/** `[`/`test` split their words after expansion, so a value could be read as an operator: it is data only next to a fixed operator, or alone. */
function testRole(program: string, args: ReadonlyArray<string | undefined>, i: number): Role {
  const operands = program === '[' ? args.slice(0, -1) : args;
  const before = args[i - 1];
  if (before === '-v' || before === '-R') return { kind: 'name', label: `${program} ${before}` };
  if (operands.length === 1 || (before !== undefined && (UNARY.has(before) || BINARY.has(before))) || BINARY.has(args[i + 1] ?? '')) return DATA;
  return { kind: 'refuse', what: `a word of ${program} that is not next to a fixed operator, so the value itself could be read as an operator such as -v`, fix: `Put a fixed operator next to it: ${program} -n "$v", ${program} "$v" = x` };
}

/** A shell's options, read exactly: an option the tag does not know makes every later word unknown. */
function shellFacts(program: string, args: ReadonlyArray<string | undefined>, words: readonly Word[], heads: ReadonlyArray<string | undefined>): ProgramFacts {
  let i = 0;
  let dashC = false;
  let dashS = false;
  let bad: string | undefined;
  while (i < args.length) {
    const a = args[i];
    if (a === undefined) {
      // A word that starts with fixed text other than - or + is an operand; one that may start with a value is unknown.
      if (heads[i] === undefined || /^[-+]/.test(heads[i]!)) bad = 'an option that is not fixed text';
      break;
    }
    if (a === '--' || a === '-') {
      i++;
      break;
    }
    if (a.startsWith('--')) {
      if (['--norc', '--noprofile', '--posix', '--login', '--restricted', '--verbose', '--noediting', '--debugger', '--protected'].includes(a)) i++;
      else {
        bad = `the option ${a}`;
        break;
      }
      continue;
    }
    if (!/^[-+][A-Za-z]+$/.test(a)) {
      // busybox ash reads -x- as -x and takes the next word as the script file; bash and dash refuse it.
      if (/^[-+]/.test(a)) bad = `the option ${a}`;
      break;
    }
    const letters = a.slice(1);
    // -O sets a shopt option such as extglob, which changes how the shell reads the text the tag placed.
    if (/[^abefhikmnprstuvxBCEHPTlcso]/.test(letters)) {
      bad = `the option ${a}`;
      break;
    }
    if (letters.includes('c')) dashC = true;
    if (letters.includes('s')) dashS = true;
    const values = [...letters].filter((l) => l === 'o').length;
    i += 1 + values;
  }
  if (bad !== undefined) {
    const role = unknown(`${program} with ${bad}`);
    const at = i;
    return only((k) => (k >= at ? role : DATA), role, (k) => (k >= at ? role : DATA));
  }
  const code: Role = { kind: 'shell', label: program, words: [] };
  if (dashC) {
    const role: Role = { kind: 'shell', label: `${program} -c`, words: [words[i]] };
    return only((k) => (k === i ? role : DATA));
  }
  const script = dashS ? undefined : args[i];
  const stdin: Role = dashS || i >= args.length || script === undefined || isStdinFile(script) ? code : DATA;
  const chooses: Role = { kind: 'refuse', what: `the script file that ${program} runs, so the value chooses the code`, fix: 'Name the script as fixed text and pass the value to it as an argument or env var' };
  return only((k) => (k === i && !dashS ? chooses : DATA), stdin, (k) => (k === i && !dashS ? code : DATA));
}

function interpreterFacts(language: string, program: string, args: ReadonlyArray<string | undefined>): ProgramFacts {
  const interpreter = INTERPRETERS[language];
  const isFlag = (a: string | undefined) => a !== undefined && interpreter.flags.some((f) => a === f || (/^-[a-zA-Z]$/.test(f) && /^-[a-zA-Z]+$/.test(a) && a.endsWith(f[1])));
  const code = (label: string): Role => ({ kind: 'interpreter', label, program: language });
  const awkLike = interpreter.flags.length === 0 || program === 'sed';
  const hasFile = args.some((a) => a === '-f' || a?.startsWith('--file'));
  // Without a code flag, awk and sed read their program from the first operand (unless -f names a file); others read a script file.
  // python -m: the module's name is the first operand (so a value there chooses the code), and every word after it is the module's argument.
  const operand = args.some(isFlag) || hasFile ? -1 : firstOperand(args, program === 'sed' ? ['-l'] : awkLike ? ['-v', '-F'] : ['-W', '-X', '-r', '--require', '-I', '-C']);
  const hasCode = args.some(isFlag) || args.includes('-m') || (awkLike && !hasFile) || (operand >= 0 && operand < args.length && args[operand] !== undefined && !isStdinFile(args[operand]!));
  const stdin: Role = awkLike || hasCode ? DATA : code(program);
  const fileCode = (i: number) => args[i - 1] === '-f' || (!awkLike && i === operand);
  return only(
    (i) => (isFlag(args[i - 1]) ? code(`${program} ${args[i - 1]}`) : i === operand ? (awkLike ? code(program) : { kind: 'refuse', what: `the script file that ${program} runs, so the value chooses the code`, fix: 'Name the script as fixed text and pass the value to it as an argument or env var' }) : args[i - 1] === '-f' ? code(`${program} -f`) : DATA),
    stdin,
    (i) => (fileCode(i) ? code(program) : DATA),
  );
}

/** The index of the first argument that is not an option; `withValue` lists options that take the next argument. -1 when an option is not fixed text. */
function firstOperand(args: ReadonlyArray<string | undefined>, withValue: readonly string[]): number {
  let i = 0;
  while (i < args.length && (args[i] === undefined || isOption(args[i]))) {
    if (args[i] === undefined) return i;
    i += withValue.includes(args[i]!) ? 2 : 1;
  }
  return args[i] === '--' ? i + 1 : i;
}

/** How a program in `program`'s language reads an env var, for messages. */
export function readEnvExample(program: string, name: string): string {
  return INTERPRETERS[languageOf(program) ?? 'python3'].readEnv(name);
}
