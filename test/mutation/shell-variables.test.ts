// Which variables the script tag lets a value be assigned to (lib/shell/variables.ts), at each
// edge of its two lists and of what a script declares: every name the lists hold is refused with
// its own message, a name that only contains or starts like one is data, and each declaration
// (declare -i/-a/-n, read -a, mapfile) is seen whichever keyword and flag spelling it uses.
import { describe, expect, it } from 'vitest';
import { outcome, runText } from '../lib/script-harness';

const FIX = 'Assign it to a variable of your own with a plain name (value="${PARAMS_P}") and use "$value"';
const shellReads = (name: string) =>
  `script: $(params.p) is assigned to ${name}, which the shell itself reads (as code, a prompt it expands, a path it runs from or a setting of how it reads text) (line 1). ${FIX}`;
const programsRead = (name: string) => `script: $(params.p) is assigned to ${name}, which programs started later read to load or run code (line 1). ${FIX}`;

describe('variables the shell itself reads', () => {
  const names = [
    'PS0', 'PS1', 'PS4', 'PROMPT_COMMAND', 'ENV', 'BASH', 'BASH_ENV', 'BASHOPTS', 'IFS', 'PATH', 'CDPATH', 'SHELLOPTS',
    'GLOBIGNORE', 'EXECIGNORE', 'HISTFILE', 'HOSTFILE', 'INPUTRC', 'MAILPATH', 'MAIL', 'FUNCNEST', 'POSIXLY_CORRECT',
    'LANG', 'LC_ALL', 'LC_CTYPE', 'OPTIND', 'SECONDS', 'RANDOM', 'SRANDOM', 'LINENO', 'HISTTIMEFORMAT', 'TIMEFORMAT',
    'COMP_WORDBREAKS', 'COMP_CWORD',
  ];
  it.each(names)('%s is refused', (name) => {
    expect(outcome(`${name}=@`)).toBe(shellReads(name));
  });
});

describe('variables programs read to load or run code', () => {
  const names = [
    'LD_PRELOAD', 'LD_LIBRARY_PATH', 'NODE_OPTIONS', 'NODE_PATH', 'PYTHONSTARTUP', 'PYTHONPATH', 'PYTHONHOME', 'PYTHONINSPECT',
    'PERL5OPT', 'PERL5LIB', 'PERLLIB', 'RUBYOPT', 'RUBYLIB', 'GIT_SSH_COMMAND', 'GIT_DIR', 'EDITOR', 'VISUAL', 'PAGER',
    'MANPAGER', 'SSH_ASKPASS', 'SUDO_ASKPASS', 'LESSOPEN', 'LESSCLOSE', 'BROWSER', 'JAVA_TOOL_OPTIONS', '_JAVA_OPTIONS',
    'JDK_JAVA_OPTIONS', 'MAVEN_OPTS', 'GRADLE_OPTS', 'npm_config_userconfig', 'npm_config_user_agent', 'NPM_CONFIG_USERCONFIG',
    'NPM_CONFIG_USER_AGENT', 'DOCKER_CONFIG', 'KUBECONFIG', 'PROMPT', 'XDG_CONFIG_HOME', 'HOME',
  ];
  it.each(names)('%s is refused', (name) => {
    expect(outcome(`${name}=@`)).toBe(programsRead(name));
  });
});

describe('names that only contain or begin like a listed one are data', () => {
  it.each([
    'XPS1', 'PS1X', 'PS', 'PSX', 'MYPATH', 'PATHS', 'LC_', 'LCALL', 'XLC_ALL', 'COMP_', 'MYBASH', 'OPTINDX',
    'LD_', 'XLD_PRELOAD', 'LD_PRELOADx', 'GIT_', 'MYGIT_DIR', 'npm_config_', 'NPM_CONFIG_', 'XHOME', 'HOMEDIR', 'NODE_OPTIONSX',
  ])('%s', (name) => {
    expect(outcome(`${name}=@`)).toBe(`${name}="\${PARAMS_P}"`);
  });
});

const integer = (what: string) =>
  `script: $(params.p) is assigned to an integer variable (${what}), where bash evaluates the value as an arithmetic expression, so a value such as "a[$(touch x)]" runs commands even when quoted (line 1). Declare the variable without -i, or check that the value is a number first: case "\${PARAMS_P}" in ''|*[!0-9]*) exit 1;; esac`;
const array = (keyword: string, name: string) =>
  `script: $(params.p) is assigned by ${keyword} to an array (${name}), where bash reads a value such as "(x $(touch x))" as an array literal and runs its commands (line 1). Assign it without ${keyword}: ${name}=("\${PARAMS_P}")`;
const nameref = (name: string) =>
  `script: $(params.p) is assigned through a nameref (declare -n ${name}), where bash reads the value as a variable name and evaluates its array subscript (line 1). ${FIX}`;
const UNKNOWN = (name: string) =>
  `script: $(params.p) is assigned to a variable in a script that declares attributes (-i, -n, -a) for a name that is not fixed text, so the tag cannot tell what ${name} is (line 1). Write the names in declare, local and typeset as fixed text`;

describe('what the script declares about a variable, whichever keyword and flag spelling', () => {
  it.each([
    ['declare -i', 'declare -i n; n=@', integer('n is declared with -i')],
    ['typeset -i', 'typeset -i n; n=@', integer('n is declared with -i')],
    ['local -i in a function', 'f() { local -i n; n=@; }', integer('n is declared with -i')],
    ['export -i', 'export -i n; n=@', integer('n is declared with -i')],
    ['readonly -i', 'readonly -i n; n=@', integer('n is declared with -i')],
    ['-i among other letters', 'declare -xi n=5; n=@', integer('n is declared with -i')],
    ['-i, then an option that removes another attribute', 'declare -i +x n; n=@', integer('n is declared with -i')],
    ['-i, then --', 'declare -i -- n; n=@', integer('n is declared with -i')],
    ['+i removes the attribute', 'declare +i n; n=@', 'declare +i n; n="${PARAMS_P}"'],
    ['-x is no attribute that evaluates', 'declare -x n; n=@', 'declare -x n; n="${PARAMS_P}"'],
    ['a flag given to another command', 'echo -i n; n=@', 'echo -i n; n="${PARAMS_P}"'],
    ['declare -i with no name', 'declare -i; n=@', 'declare -i; n="${PARAMS_P}"'],
    ['declare -i on a name that is not fixed text', 'declare -i "$x"; y=@', UNKNOWN('y')],
    ['declare -i on ${x}', 'declare -i ${x}; y=@', UNKNOWN('y')],
    ['declare -x on a name that is not fixed text', 'declare -x "$x"; y=@', 'declare -x "$x"; y="${PARAMS_P}"'],
    ['declare -a', 'declare -a a; declare a=@', array('declare', 'a')],
    ['declare -A', 'declare -A m; declare m=@', array('declare', 'm')],
    ['an array assignment', 'a=(1); declare a=@', array('declare', 'a')],
    ['an element assignment', 'a[0]=1; declare a=@', array('declare', 'a')],
    ['read -a', 'read -a arr; declare arr=@', array('declare', 'arr')],
    ['read -ra', 'read -ra arr; declare arr=@', array('declare', 'arr')],
    ['read without -a', 'read -r arr; declare arr=@', 'read -r arr; declare arr="${PARAMS_P}"'],
    ['read -p takes a prompt', 'read -p a arr; declare arr=@', 'read -p a arr; declare arr="${PARAMS_P}"'],
    ['read -a with no name', 'read -a; x=@', 'read -a; x="${PARAMS_P}"'],
    ['mapfile', 'mapfile lines; declare lines=@', array('declare', 'lines')],
    ['mapfile -t', 'mapfile -t lines; declare lines=@', array('declare', 'lines')],
    ['readarray -t', 'readarray -t lines; declare lines=@', array('declare', 'lines')],
    ['mapfile fills MAPFILE without a name', 'mapfile; declare MAPFILE=@', array('declare', 'MAPFILE')],
    ['a plain assignment to an array is data', 'a=(1); a=@', 'a=(1); a="${PARAMS_P}"'],
    ['declare -a with the value', 'declare -a a=@', array('declare', 'a')],
    ['typeset -a with the value', 'typeset -a a=@', array('typeset', 'a')],
    ['declare -i with the value', 'declare -i n=@', integer('declare -i')],
    ['local -i with the value', 'local -i n=@', integer('local -i')],
    ['typeset -i with the value', 'typeset -i n=@', integer('typeset -i')],
    ['declare -n', 'declare -n r; r=@', nameref('r')],
    ['declare -n, then declare', 'declare -n r; declare r=@', nameref('r')],
    ['declare -n with the value', 'declare -n r=@', nameref('r')],
  ])('%s', (_name, template, expected) => {
    expect(outcome(template)).toBe(expected);
  });
});

describe('edges the first mutation run of variables.ts found', () => {
  it.each([
    ['a plain assignment does not make an array', 'x=1; declare x=@', 'x=1; declare x="${PARAMS_P}"'],
    ['an empty assignment does not make an array', 'x=; declare x=@', 'x=; declare x="${PARAMS_P}"'],
    ['a word with a dash inside is no option', 'declare a-i; a=@', 'declare a-i; a="${PARAMS_P}"'],
    ['an option with a digit is invalid, so it sets nothing', 'declare -i2 n; n=@', 'declare -i2 n; n="${PARAMS_P}"'],
    ['two option words without i, a or n', 'declare -x -r a; declare a=@', 'declare -x -r a; declare a="${PARAMS_P}"'],
    ['the keyword itself is no name', 'typeset -i n; typeset=@', 'typeset -i n; typeset="${PARAMS_P}"'],
    ['a name that starts with a digit is invalid', 'declare -i 9n; n=@', 'declare -i 9n; n="${PARAMS_P}"'],
    ['another command does not fill an array', 'echo x; declare x=@', 'echo x; declare x="${PARAMS_P}"'],
    ['read -a among words that only end like it', 'read -r x-a y; declare y=@', 'read -r x-a y; declare y="${PARAMS_P}"'],
  ])('%s', (_name, template, expected) => {
    expect(outcome(template)).toBe(expected);
  });

  // A bug this run found: the option of read -a and the count of mapfile -n were taken for names,
  // so the array they fill was not known and declare could assign an array literal to it.
  it.each([
    ['read -ar x fills r', 'read -ar x; declare r=@', array('declare', 'r')],
    ['read -ar x does not fill x', 'read -ar x; declare x=@', 'read -ar x; declare x="${PARAMS_P}"'],
    ['read -t 5 -a arr', 'read -t 5 -a arr; declare arr=@', array('declare', 'arr')],
    ['mapfile -n 5 lines', 'mapfile -n 5 lines; declare lines=@', array('declare', 'lines')],
    ['mapfile -tn5 lines', 'mapfile -tn5 lines; declare lines=@', array('declare', 'lines')],
    ['mapfile -d , lines', 'mapfile -d , lines; declare lines=@', array('declare', 'lines')],
    ['mapfile -- lines', 'mapfile -- lines; declare lines=@', array('declare', 'lines')],
    ['mapfile -n 5 fills MAPFILE', 'mapfile -n 5; declare MAPFILE=@', array('declare', 'MAPFILE')],
    ['read -a of a name that is not fixed text', 'read -a "$v"; x=@', UNKNOWN('x')],
    ['mapfile of a name that is not fixed text', 'mapfile "$v"; x=@', UNKNOWN('x')],
    ['mapfile -- with nothing after fills MAPFILE', 'mapfile --; declare MAPFILE=@', array('declare', 'MAPFILE')],
    ['mapfile -- of a name that is not fixed text', 'mapfile -- "$v"; x=@', UNKNOWN('x')],
    ['read -p takes a prompt, not an array name', 'read -p msg x; declare msg=@', 'read -p msg x; declare msg="${PARAMS_P}"'],
  ])('%s', (_name, template, expected) => {
    expect(outcome(template)).toBe(expected);
  });

  it('runs the array literal a declare assigns after read -ar, in bash', () => {
    const ran = runText('bash', 'read -ar x <<< "a b"; declare r="${PARAMS_P}"', { PARAMS_P: '(x $(touch PWNED))' });
    expect(ran.pwned).toBe(true);
  });
});
