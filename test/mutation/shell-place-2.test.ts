// lib/shell/place.ts at the edges its mutation run left open: each branch the run found untested
// gets the exact text the tag writes or the exact refusal, and where the meaning matters what the
// tag writes runs under real shells with a hostile value. The first block holds the two bugs that
// run led to, each with the old output shown to run the value.
import { afterAll, describe, expect, it } from 'vitest';
import { Param, script } from '../../lib';
import { cleanUp, HOSTILE, outcome, run, runText, SHELLS, tag } from '../lib/script-harness';

afterAll(cleanUp);

const pipedInto = (how: string, label: string, fix: string) => `script: $(params.p) is ${how}${label}, which runs ${how.startsWith('in a pipeline') ? 'what it reads' : 'it'} as shell code (line 1). ${fix}`;
const pipeFix = `Pipe in a fixed script that reads the env var by name: echo 'echo "\${PARAMS_P}"' | sh`;
const fixedScript = 'Write the script it runs as fixed text that reads the env var by name, for example: echo "${PARAMS_P}"';
const shellVariable = (name: string) =>
  `script: $(params.p) is assigned to ${name}, which the shell itself reads (as code, a prompt it expands, a path it runs from or a setting of how it reads text) (line 1). Assign it to a variable of your own with a plain name (value="\${PARAMS_P}") and use "$value"`;
const variableName = (construct: string) =>
  `script: $(params.p) is used as a variable name (${construct}), where bash evaluates an array subscript in the name as arithmetic, so a value such as "a[$(touch x)]" runs commands (line 1). Use a fixed variable name in the script and pass the value as data: value="\${PARAMS_P}"`;
const integer = `script: $(params.p) is assigned to an integer variable (declare -i), where bash evaluates the value as an arithmetic expression, so a value such as "a[$(touch x)]" runs commands even when quoted (line 1). Declare the variable without -i, or check that the value is a number first: case "\${PARAMS_P}" in ''|*[!0-9]*) exit 1;; esac`;

describe('bugs the mutation run of place.ts led to', () => {
  // A command or process substitution in a command's words, assignments or redirections inherits
  // that command's stdin: in a pipeline stage, or under a compound command's redirection, the
  // commands in it read what the value was written into.
  it.each([
    ['a process substitution in a pipeline stage', 'printf %s @ | cat <(sh)', pipedInto('in a pipeline that feeds ', 'sh', pipeFix)],
    ['a command substitution in a pipeline stage', 'printf %s @ | echo $(sh)', pipedInto('in a pipeline that feeds ', 'sh', pipeFix)],
    ['a command substitution in an assignment of a pipeline stage', 'printf %s @ | x=$(sh)', pipedInto('in a pipeline that feeds ', 'sh', pipeFix)],
    ['a process substitution as the stdin of a pipeline stage', 'printf %s @ | cat < <(sh)', pipedInto('in a pipeline that feeds ', 'sh', pipeFix)],
    ['a command substitution in a group given a here-string', '{ x=$(sh); } <<< @', pipedInto('in a here-string fed to ', 'sh', fixedScript)],
    ['a command substitution in a loop given a here-string', 'while read l; do x=$(sh); done <<< @', pipedInto('in a here-string fed to ', 'sh', fixedScript)],
    ['the second of two substitutions in a pipeline stage', 'printf %s @ | cat <(sh) "$(printf .)"', pipedInto('in a pipeline that feeds ', 'sh', pipeFix)],
    ['the word list of a for loop in a pipeline stage', 'printf %s @ | for x in $(sh); do :; done', pipedInto('in a pipeline that feeds ', 'sh', pipeFix)],
  ])('refuses the value read as code by %s', (_name, template, message) => {
    expect(outcome(template)).toBe(message);
  });

  it('wrote text whose substitutions ran the value, as bash and dash read it', () => {
    const env = { PARAMS_P: 'touch PWNED' };
    expect(runText('bash', 'printf "%s\\n" "${PARAMS_P}" | cat <(sh)', env).pwned).toBe(true);
    expect(runText('bash', '{ x=$(sh); } <<< "${PARAMS_P}"', env).pwned).toBe(true);
    for (const shell of SHELLS) expect(runText(shell, 'printf "%s\\n" "${PARAMS_P}" | echo $(sh)', env).pwned, shell).toBe(true);
  });

  it('still places a value piped into a stage whose substitutions read nothing', () => {
    const s = tag('printf %s @ | (cat; printf %s "$(printf .)") > out');
    expect(s.text).toBe('printf %s "${PARAMS_P}" | (cat; printf %s "$(printf .)") > out');
    for (const shell of SHELLS) expect(run(s, shell, HOSTILE), shell).toMatchObject({ pwned: false, out: `${HOSTILE}.` });
  });

  // bash gives element 0 of name=(...) to the name itself: PS4=(v) sets PS4, PATH=(v) sets PATH.
  it.each([
    ['PS4=(@)', shellVariable('PS4')],
    ['PATH=(a @)', shellVariable('PATH')],
    ['BASH_ENV=(@)', shellVariable('BASH_ENV')],
    ['declare -i n; n=(@)', `script: $(params.p) is assigned to an integer variable (n is declared with -i), where bash evaluates the value as an arithmetic expression, so a value such as "a[$(touch x)]" runs commands even when quoted (line 1). Declare the variable without -i, or check that the value is a number first: case "\${PARAMS_P}" in ''|*[!0-9]*) exit 1;; esac`],
  ])('refuses %j, an array literal assigned to a variable the shell reads', (template, message) => {
    expect(outcome(template)).toBe(message);
  });

  it('wrote array literals that ran the value under bash', () => {
    const env = { PARAMS_P: '$(touch PWNED)' };
    expect(runText('bash', 'PS4=("${PARAMS_P}"); set -x; true', env).pwned).toBe(true);
    expect(runText('bash', 'declare -i n; n=("a[${PARAMS_P}]")', env).pwned).toBe(true);
  });

  it('still places an element of an array of its own', () => {
    const s = tag('x=(a @); printf %s "${x[1]}" > out');
    expect(s.text).toBe('x=(a "${PARAMS_P}"); printf %s "${x[1]}" > out');
    expect(run(s, 'bash', HOSTILE)).toMatchObject({ pwned: false, out: HOSTILE });
  });
});

describe('each branch of place.ts at its edge', () => {
  it.each([
    // The line of a syntax error in an inner script is that script's, and a stop at a line break is on the line it ends.
    ['sh -c "echo @ ("', `script: the tag cannot read the script with certainty (line 1 of the inner script, near "(": unexpected "(" (bash reads it as a pattern only with extglob, which the tag does not read)), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read "\${PARAMS_P}" in a plain-string script`],
    ['echo @ >\necho', `script: the tag cannot read the script with certainty (line 1, at the end of the line: expected a word after >), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read "\${PARAMS_P}" in a plain-string script`],
    // env NAME=value assigns NAME for the program it runs.
    ['env PATH=@ ls', shellVariable('PATH')],
    ['env X=@ printenv X', 'env X="${PARAMS_P}" printenv X'],
    // A redirection target is a file name; only a here-string or what a substitution produced is stdin.
    ['sh < @', 'sh < "${PARAMS_P}"'],
    ['sh > "$(printf %s @)"', 'sh > "$(printf %s "${PARAMS_P}")"'],
    // A value in >(...) is written by that command, not read as a file by the command around it.
    ['sh >(echo @)', 'sh >(echo "${PARAMS_P}")'],
    // eval of <(...) runs the path /dev/fd/N, not the text behind it.
    ['eval <(echo @)', 'eval <(echo "${PARAMS_P}")'],
    ['readonly @', variableName('readonly')],
    ['declare -ix Y=@', integer],
    // Only an option word gives declare its letters.
    ['declare xi=1 Y=@', 'declare xi=1 Y="${PARAMS_P}"'],
    ['declare x=-i Y=@', 'declare x=-i Y="${PARAMS_P}"'],
    ['declare -i" " Y=@', 'declare -i" " Y="${PARAMS_P}"'],
    ['declare a-b=@', variableName('declare')],
    // [[ ]] reads only a whole operator word as arithmetic or as a variable name.
    ['[[ x-eq @ ]]', '[[ x-eq "${PARAMS_P}" ]]'],
    ['[[ -eqx @ ]]', '[[ -eqx "${PARAMS_P}" ]]'],
    ['[[ -R @ ]]', variableName('-R')],
    // A heredoc body that starts with the value: placed as its own inner script.
    ['sh <<EOF\n@\nEOF', `script: $(params.p) is given to a command the tag cannot read (its program name is not fixed text), so it cannot prove the value stays data (line 1 of the inner script). Write the program name as fixed text in the script and pass the value as a separate, quoted argument, or read the env var by name inside the program`],
    // A backslash outside the heredoc body does not stop its rewrite.
    ['echo \\\\x; sh <<EOF\necho @\nEOF', `echo \\\\x; sh <<'EOF'\necho "\${PARAMS_P}"\nEOF`],
    // A backslash is literal inside '...': only $'...' reads it as an escape.
    ["echo 'a\\@' > out", `echo 'a\\'"\${PARAMS_P}"'' > out`],
  ])('%j', (template, expected) => {
    expect(outcome(template)).toBe(expected);
  });

  it.each([
    ['a loop that prints what it read', 'printf %s @ | while read -r l; do printf %s "$l" >> out; done', 'printf %s "${PARAMS_P}" | while read -r l; do printf %s "$l" >> out; done', SHELLS, HOSTILE.replace(/\n/g, '')],
    ['a value after a file read from <(sh)', 'cat <(sh) > /dev/null; printf %s @ > out', 'cat <(sh) > /dev/null; printf %s "${PARAMS_P}" > out', ['bash'] as const, HOSTILE],
    ['[[ -n ]]', '[[ -n @ ]] && printf %s yes > out', '[[ -n "${PARAMS_P}" ]] && printf %s yes > out', ['bash'] as const, 'yes'],
    ['four heredocs fed to sh, one inside the other', 'sh <<A\nsh <<B\nsh <<C\nsh <<D\nprintf %s @ > out\nD\nC\nB\nA', "sh <<'A'\nsh <<'B'\nsh <<'C'\nsh <<'D'\nprintf %s \"${PARAMS_P}\" > out\nD\nC\nB\nA", SHELLS, HOSTILE],
  ])('%s', (_name, template, text, shells, out) => {
    const s = tag(template);
    expect(s.text).toBe(text);
    for (const shell of shells) expect(run(s, shell, HOSTILE), `${shell}: ${text}`).toMatchObject({ pwned: false, out });
  });

  it('names the interpolation of the inner script that cannot be read, not one before the heredoc', () => {
    const parts = ['echo ', '; sh <<EOF\necho ', ' (\nEOF'];
    expect(() => script(Object.assign(parts, { raw: parts }), new Param('p'), new Param('q'))).toThrow(
      `script: the tag cannot read the script with certainty (line 1 of the inner script, near "(": unexpected "(" (bash reads it as a pattern only with extglob, which the tag does not read)), so it cannot prove where $(params.q) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_Q: ... } on the step and read "\${PARAMS_Q}" in a plain-string script`,
    );
  });

  it('refuses a fifth heredoc fed to sh inside four', () => {
    expect(outcome('sh <<A\nsh <<B\nsh <<C\nsh <<D\nsh <<E\nprintf %s @ > out\nE\nD\nC\nB\nA')).toBe(
      `script: $(params.p) is in a heredoc fed to sh, which runs its text as shell code after this shell has expanded it (line 2 of the inner script). Quote the delimiter (<<'EOF') and write "\${PARAMS_P}" in the body: the inner shell then reads the env var itself`,
    );
  });
});
