// Which variables a value may be assigned to. Assigning is data for an ordinary variable, but
// bash evaluates the value assigned to an integer variable or through a nameref, re-parses one
// assigned by `declare` to an array, and some variables are read as code later (PS4 with set -x,
// BASH_ENV when a bash starts, LD_PRELOAD and NODE_OPTIONS when any program starts).
import { staticWord } from './parse';
import { childrenOf, List, Node } from './syntax';

/** What the whole script declares about its variables; `unknown` when a declaration with attributes names a variable that is not fixed text. */
export interface VariableFacts {
  readonly integers: Set<string>;
  readonly arrays: Set<string>;
  readonly namerefs: Set<string>;
  unknown: boolean;
}

/** Variables the shell itself reads as code, prompts, paths to run or settings of how it reads text. */
const SHELL_SPECIAL = /^(PS[0-9]|PROMPT_COMMAND|ENV|BASH.*|IFS|PATH|CDPATH|SHELLOPTS|GLOBIGNORE|EXECIGNORE|HISTFILE|HOSTFILE|INPUTRC|MAILPATH|MAIL|FUNCNEST|POSIXLY_CORRECT|LANG|LC_[A-Z_]+|OPTIND|SECONDS|RANDOM|SRANDOM|LINENO|HISTTIMEFORMAT|TIMEFORMAT|COMP_[A-Z_]+)$/;
/** Environment variables that make the programs that read them load or run code. */
const PROGRAM_SPECIAL = /^(LD_[A-Z_]+|NODE_OPTIONS|NODE_PATH|PYTHONSTARTUP|PYTHONPATH|PYTHONHOME|PYTHONINSPECT|PERL5OPT|PERL5LIB|PERLLIB|RUBYOPT|RUBYLIB|GIT_[A-Z_]+|EDITOR|VISUAL|PAGER|MANPAGER|SSH_ASKPASS|SUDO_ASKPASS|LESSOPEN|LESSCLOSE|BROWSER|JAVA_TOOL_OPTIONS|_JAVA_OPTIONS|JDK_JAVA_OPTIONS|MAVEN_OPTS|GRADLE_OPTS|npm_config_[A-Za-z_]+|NPM_CONFIG_[A-Z_]+|DOCKER_CONFIG|KUBECONFIG|PROMPT|XDG_CONFIG_HOME|HOME)$/;

export function variableFacts(root: List): VariableFacts {
  const facts: VariableFacts = { integers: new Set(), arrays: new Set(), namerefs: new Set(), unknown: false };
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.t === 'assign' && (n.array || n.value?.parts[0]?.t === 'arith')) facts.arrays.add(n.name);
    if (n.t === 'simple' && n.words.length) {
      const words = n.words.map((w) => staticWord(w));
      const first = words[0];
      if (first === 'declare' || first === 'typeset' || first === 'local' || first === 'export' || first === 'readonly') {
        const flags = words.filter((w) => w !== undefined && /^-[A-Za-z]+$/.test(w)).join('');
        const sets = [/i/.test(flags) && facts.integers, /[aA]/.test(flags) && facts.arrays, /n/.test(flags) && facts.namerefs].filter((s): s is Set<string> => s !== false);
        if (sets.length) {
          for (const w of words.slice(1)) {
            if (w === undefined) facts.unknown = true;
            else if (!w.startsWith('-') && !w.startsWith('+')) sets.forEach((s) => s.add(/^[A-Za-z_][A-Za-z0-9_]*/.exec(w)?.[0] ?? w));
          }
        }
      }
      if (first === 'read' || first === 'mapfile' || first === 'readarray') filledArrays(facts, first, words);
    }
    stack.push(...childrenOf(n));
  }
  return facts;
}

/** Options of read and mapfile that take a value: the rest of their word, or the next word (`read -ar x` fills r). */
const VALUE_OPTIONS: Record<string, string> = { read: 'adinNptu', mapfile: 'dnOsuCc', readarray: 'dnOsuCc' };

/** The arrays `read -a NAME` and `mapfile NAME` (MAPFILE without one) fill, read option by option as the builtins do. */
function filledArrays(facts: VariableFacts, program: string, words: ReadonlyArray<string | undefined>): void {
  let operand: string | undefined = 'MAPFILE';
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (w === undefined) {
      facts.unknown = true;
      return;
    }
    if (w === '--' || !/^-[A-Za-z]/.test(w)) {
      operand = w === '--' ? words[i + 1] : w;
      if (w === '--' && i + 1 >= words.length) operand = 'MAPFILE';
      break;
    }
    const at = [...w.slice(1)].findIndex((letter) => VALUE_OPTIONS[program].includes(letter));
    if (at < 0) continue;
    const value = at + 2 < w.length ? w.slice(at + 2) : words[++i];
    if (value === undefined && i < words.length) facts.unknown = true;
    else if (value !== undefined && program === 'read' && w[at + 1] === 'a') facts.arrays.add(value);
  }
  if (program === 'read') return;
  if (operand === undefined) facts.unknown = true;
  else facts.arrays.add(operand);
}

/** Why assigning a value to `name` is not data, with the fix; undefined when it is. `declaration` for `declare` and its kin, with their option letters. */
export function assignmentProblem(name: string, vars: VariableFacts, holeName: string, example: string, declaration?: { keyword: string; flags: string }): { what: string; fix: string } | undefined {
  const plainFix = `Assign it to a variable of your own with a plain name (value="\${${holeName}}") and use "$value"`;
  if (SHELL_SPECIAL.test(name)) return { what: `assigned to ${name}, which the shell itself reads (as code, a prompt it expands, a path it runs from or a setting of how it reads text)`, fix: plainFix };
  if (PROGRAM_SPECIAL.test(name)) return { what: `assigned to ${name}, which programs started later read to load or run code`, fix: plainFix };
  const intFlag = declaration && /i/.test(declaration.flags);
  if (intFlag || vars.integers.has(name)) {
    return {
      what: `assigned to an integer variable (${intFlag ? `${declaration!.keyword} -i` : `${name} is declared with -i`}), where bash evaluates the value as an arithmetic expression, so a value such as ${example} runs commands even when quoted`,
      fix: `Declare the variable without -i, or check that the value is a number first: case "\${${holeName}}" in ''|*[!0-9]*) exit 1;; esac`,
    };
  }
  if ((declaration && /n/.test(declaration.flags)) || vars.namerefs.has(name)) return { what: `assigned through a nameref (declare -n ${name}), where bash reads the value as a variable name and evaluates its array subscript`, fix: plainFix };
  if (declaration && (/[aA]/.test(declaration.flags) || vars.arrays.has(name))) return { what: `assigned by ${declaration.keyword} to an array (${name}), where bash reads a value such as "(x $(touch x))" as an array literal and runs its commands`, fix: `Assign it without ${declaration.keyword}: ${name}=("\${${holeName}}")` };
  if (vars.unknown) return { what: `assigned to a variable in a script that declares attributes (-i, -n, -a) for a name that is not fixed text, so the tag cannot tell what ${name} is`, fix: 'Write the names in declare, local and typeset as fixed text' };
  return undefined;
}
