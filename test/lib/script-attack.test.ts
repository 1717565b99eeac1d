// The second security review's attacks on the script tag, written as attacks: each form is refused
// with its exact message, the refused forms are shown to run a value as code when written by
// hand, and the forms the tag does accept are run under bash, dash and busybox ash after Tekton's
// substitution with a hostile value.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanUp, HOSTILE, run, runText, Shell, SHELLS, tag } from './script-harness';

afterAll(cleanUp);

describe('the script tag refuses each attack with the safe form', () => {
  it.each([
    ["a heredoc piped into sh", "cat <<EOF | sh\necho @\nEOF", "script: $(params.p) is in a pipeline that feeds sh, which runs what it reads as shell code (line 2). Pipe in a fixed script that reads the env var by name: echo 'echo \"${PARAMS_P}\"' | sh"],
    ["a heredoc piped into bash", "cat <<EOF | bash\necho @\nEOF", "script: $(params.p) is in a pipeline that feeds bash, which runs what it reads as shell code (line 2). Pipe in a fixed script that reads the env var by name: echo 'echo \"${PARAMS_P}\"' | bash"],
    ["a heredoc piped through tee into sh", "cat <<EOF | tee /dev/null | sh\necho @\nEOF", "script: $(params.p) is in a pipeline that feeds sh, which runs what it reads as shell code (line 2). Pipe in a fixed script that reads the env var by name: echo 'echo \"${PARAMS_P}\"' | sh"],
    ["a heredoc piped into python3", "cat <<EOF | python3\nprint(\"@\")\nEOF", "script: $(params.p) is in a pipeline that feeds python3, which runs what it reads as python3 code (line 2). Read the env var by name inside the program instead: python3 -c 'import os; print(os.environ[\"PARAMS_P\"])'"],
    ["a here-string fed to bash", "bash <<< \"echo @\"", "script: $(params.p) is in a here-string fed to bash, which runs it as shell code (line 1). Write the script it runs as fixed text that reads the env var by name, for example: echo \"${PARAMS_P}\""],
    ["a here-string fed to sh", "sh <<< \"echo @\"", "script: $(params.p) is in a here-string fed to sh, which runs it as shell code (line 1). Write the script it runs as fixed text that reads the env var by name, for example: echo \"${PARAMS_P}\""],
    ["source <(...)", "source <(echo \"echo @\")", "script: $(params.p) is in a process substitution read as a file by source, which runs it as shell code (line 1). Write the script it runs as fixed text that reads the env var by name, for example: echo \"${PARAMS_P}\""],
    ["bash <(...)", "bash <(echo \"echo @\")", "script: $(params.p) is in a process substitution read as a file by bash, which runs it as shell code (line 1). Write the script it runs as fixed text that reads the env var by name, for example: echo \"${PARAMS_P}\""],
    ["sh < <(...)", "sh < <(echo \"echo @\")", "script: $(params.p) is in a process substitution fed to the stdin of sh, which runs it as shell code (line 1). Write the script it runs as fixed text that reads the env var by name, for example: echo \"${PARAMS_P}\""],
    ["tee >(sh)", "echo \"echo @\" | tee >(sh)", "script: $(params.p) is in a script that writes into >(...) running sh, which runs what it reads as code, so the tag cannot follow the value (line 1). Read the env var by name in that command instead of writing text into it"],
    ["a pipe into ssh", "echo @ | ssh host", "script: $(params.p) is in a pipeline that feeds ssh, which runs what it reads as shell code without the step's env vars (line 1). Send the value as data on stdin instead, for example: printf '%s\\n' \"${PARAMS_P}\" | ssh host 'IFS= read -r value; echo \"$value\"'"],
    ["a pipe into sudo sh", "echo @ | sudo sh", "script: $(params.p) is in a pipeline that feeds sudo sh, which runs what it reads as shell code without the step's env vars (line 1). Send the value as data on stdin instead, for example: printf '%s\\n' \"${PARAMS_P}\" | sudo sh -c 'IFS= read -r value; echo \"$value\"'"],
    ["bash -O extglob -c", "bash -O extglob -c \"echo @\"", "script: $(params.p) is given to a command the tag cannot read (bash with the option -O), so it cannot prove the value stays data (line 1). Write the program name as fixed text in the script and pass the value as a separate, quoted argument, or read the env var by name inside the program"],
    ["bash --rcfile x -c", "bash --rcfile x -c \"echo @\"", "script: $(params.p) is given to a command the tag cannot read (bash with the option --rcfile), so it cannot prove the value stays data (line 1). Write the program name as fixed text in the script and pass the value as a separate, quoted argument, or read the env var by name inside the program"],
    ["bash --init-file x -c", "bash --init-file x -c \"echo @\"", "script: $(params.p) is given to a command the tag cannot read (bash with the option --init-file), so it cannot prove the value stays data (line 1). Write the program name as fixed text in the script and pass the value as a separate, quoted argument, or read the env var by name inside the program"],
    ["$SHELL -c", "$SHELL -c \"echo @\"", "script: $(params.p) is given to a command the tag cannot read (its program name is not fixed text), so it cannot prove the value stays data (line 1). Write the program name as fixed text in the script and pass the value as a separate, quoted argument, or read the env var by name inside the program"],
    ["\"$BASH\" -c", "\"$BASH\" -c \"echo @\"", "script: $(params.p) is given to a command the tag cannot read (its program name is not fixed text), so it cannot prove the value stays data (line 1). Write the program name as fixed text in the script and pass the value as a separate, quoted argument, or read the env var by name inside the program"],
    ["coproc sh -c", "coproc sh -c \"echo @\"", "script: the tag cannot read the script with certainty (line 1, near \"coproc sh -c \\\"echo ${PARAMS_P}\": coproc is not read by the tag: what the script writes to a coprocess or menu cannot be followed), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    ["alias", "alias x=\"echo @\"", "script: $(params.p) is alias text, which the shell reads as code wherever the alias is used (dash and busybox ash expand aliases in scripts) (line 1). Keep the interpolation out of it: assign the value to a variable (v=<interpolation>) and use \"$v\" where the shell treats it as data"],
    ["PS4 with set -x", "PS4=\"+ @ \"; set -x; true", "script: $(params.p) is assigned to PS4, which the shell itself reads (as code, a prompt it expands, a path it runs from or a setting of how it reads text) (line 1). Assign it to a variable of your own with a plain name (value=\"${PARAMS_P}\") and use \"$value\""],
    ["declare -n", "declare -n r=@", "script: $(params.p) is assigned through a nameref (declare -n r), where bash reads the value as a variable name and evaluates its array subscript (line 1). Assign it to a variable of your own with a plain name (value=\"${PARAMS_P}\") and use \"$value\""],
    ["declare -a", "declare -a a=@", "script: $(params.p) is assigned by declare to an array (a), where bash reads a value such as \"(x $(touch x))\" as an array literal and runs its commands (line 1). Assign it without declare: a=(\"${PARAMS_P}\")"],
    ["read -s", "read -s @", "script: $(params.p) is used as a variable name (read), where bash evaluates an array subscript in the name as arithmetic, so a value such as \"a[$(touch x)]\" runs commands (line 1). Use a fixed variable name in the script and pass the value as data: value=\"${PARAMS_P}\""],
    ["read -rs", "read -rs @", "script: $(params.p) is used as a variable name (read), where bash evaluates an array subscript in the name as arithmetic, so a value such as \"a[$(touch x)]\" runs commands (line 1). Use a fixed variable name in the script and pass the value as data: value=\"${PARAMS_P}\""],
    ["a CR before #", "echo x \r# ; sh -c \"echo @\"", "script: the tag cannot read the script with certainty (line 1, near \"\\r# ; sh -c \\\"echo ${PARAMS_P}\\\"\": the control character U+000D, which bash and dash read as part of a word where a reader sees a blank, a line end or nothing (a CR before # makes the rest of the line code, not a comment); remove it), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    ["a VT before #", "echo x \u000b# ; sh -c \"echo @\"", "script: the tag cannot read the script with certainty (line 1, near \"\\u000b# ; sh -c \\\"echo ${PARAMS_P}\\\"\": the control character U+000B, which bash and dash read as part of a word where a reader sees a blank, a line end or nothing (a CR before # makes the rest of the line code, not a comment); remove it), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    ["an FF before #", "echo x \f# ; sh -c \"echo @\"", "script: the tag cannot read the script with certainty (line 1, near \"\\f# ; sh -c \\\"echo ${PARAMS_P}\\\"\": the control character U+000C, which bash and dash read as part of a word where a reader sees a blank, a line end or nothing (a CR before # makes the rest of the line code, not a comment); remove it), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    ["a NUL", "echo x \u0000; echo @", "script: the tag cannot read the script with certainty (line 1, near \"\\u0000; echo ${PARAMS_P}\": the control character U+0000, which bash and dash read as part of a word where a reader sees a blank, a line end or nothing (a CR before # makes the rest of the line code, not a comment); remove it), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    ["a lone surrogate", "echo \ud800; echo @", "script: the tag cannot read the script with certainty (line 1, near \"\\ud800; echo ${PARAMS_P}\": a lone UTF-16 surrogate, which has no UTF-8 form, so the shell would read bytes other than the ones the tag read; remove it), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    ["a command name made by a command substitution", "$(command -v sh) -c \"echo @\"", "script: $(params.p) is given to a command the tag cannot read (its program name is not fixed text), so it cannot prove the value stays data (line 1). Write the program name as fixed text in the script and pass the value as a separate, quoted argument, or read the env var by name inside the program"],
    ["the value as the command name", "@ --version", "script: $(params.p) is given to a command the tag cannot read (its program name is not fixed text), so it cannot prove the value stays data (line 1). Write the program name as fixed text in the script and pass the value as a separate, quoted argument, or read the env var by name inside the program"],
    ["the value as the program of a wrapper", "timeout 10 @", "script: $(params.p) is given to a command the tag cannot read (an option of timeout that is not fixed text), so it cannot prove the value stays data (line 1). Write the program name as fixed text in the script and pass the value as a separate, quoted argument, or read the env var by name inside the program"],
    ["xargs into sh -c reading stdin", "echo @ | xargs sh -c", "script: $(params.p) is in a pipeline that feeds xargs sh, which runs what it reads as shell code (line 1). Pipe in a fixed script that reads the env var by name: echo 'echo \"${PARAMS_P}\"' | xargs sh"],
    ["a write into exec > >(sh)", "exec 3> >(sh); echo @ >&3", "script: $(params.p) is in a script that writes into >(...) running sh, which runs what it reads as code, so the tag cannot follow the value (line 1). Read the env var by name in that command instead of writing text into it"],
    ["BASH_ENV for a later bash", "BASH_ENV=@ bash -c true", "script: $(params.p) is assigned to BASH_ENV, which the shell itself reads (as code, a prompt it expands, a path it runs from or a setting of how it reads text) (line 1). Assign it to a variable of your own with a plain name (value=\"${PARAMS_P}\") and use \"$value\""],
    ["NODE_OPTIONS", "export NODE_OPTIONS=@", "script: $(params.p) is assigned to NODE_OPTIONS, which programs started later read to load or run code (line 1). Assign it to a variable of your own with a plain name (value=\"${PARAMS_P}\") and use \"$value\""],
    ["an env assignment through env", "env LD_PRELOAD=@ ls", "script: $(params.p) is assigned to LD_PRELOAD, which programs started later read to load or run code (line 1). Assign it to a variable of your own with a plain name (value=\"${PARAMS_P}\") and use \"$value\""],
    ["declare on a variable that is an array", "a=(1); declare a=@", "script: $(params.p) is assigned by declare to an array (a), where bash reads a value such as \"(x $(touch x))\" as an array literal and runs its commands (line 1). Assign it without declare: a=(\"${PARAMS_P}\")"],
    ["an assignment to a variable declared -i elsewhere", "declare -i n; n=@", "script: $(params.p) is assigned to an integer variable (n is declared with -i), where bash evaluates the value as an arithmetic expression, so a value such as \"a[$(touch x)]\" runs commands even when quoted (line 1). Declare the variable without -i, or check that the value is a number first: case \"${PARAMS_P}\" in ''|*[!0-9]*) exit 1;; esac"],
    ["printf with the value as its format, which may be -v", "printf @ x", "script: $(params.p) is used as a variable name (printf (its first argument may be read as an option such as -v)), where bash evaluates an array subscript in the name as arithmetic, so a value such as \"a[$(touch x)]\" runs commands (line 1). Use a fixed variable name in the script and pass the value as data: value=\"${PARAMS_P}\""],
    ["[ with the value where an operator may stand", "[ ! @ ]", "script: $(params.p) is a word of [ that is not next to a fixed operator, so the value itself could be read as an operator such as -v (line 1). Put a fixed operator next to it: [ -n \"$v\", [ \"$v\" = x"],
    ["set with the value as an option", "set @", "script: $(params.p) is given to set before --, where it can be read as a shell option (line 1). Write set -- followed by the interpolation to set the positional parameters"],
    ["source with the value as the file", ". @", "script: $(params.p) is the file that . runs as shell code, so the value chooses the code (line 1). Name the script as fixed text and pass the value to it as an argument or env var"],
    ["a shell with the value as its script file", "sh @", "script: $(params.p) is given to a command the tag cannot read (sh with an option that is not fixed text), so it cannot prove the value stays data (line 1). Write the program name as fixed text in the script and pass the value as a separate, quoted argument, or read the env var by name inside the program"],
    ["a value printed into eval through a variable in a substitution", "eval \"echo $(v=@; printf %s \"$v\")\"", "script: $(params.p) is in text that eval runs again as shell code, after another command or expansion has produced it (line 1). Write the inner command in single quotes and let that shell read the env var by name: eval 'echo \"${PARAMS_P}\"'"],
    ["sudo with an option that is not fixed text", "sudo $OPTS sh -c \"echo @\"", "script: $(params.p) is given to a command the tag cannot read (an option of sudo that is not fixed text), so it cannot prove the value stays data (line 1). Write the program name as fixed text in the script and pass the value as a separate, quoted argument, or read the env var by name inside the program"],
    ["env -S", "env -S \"sh -c\" \"echo @\"", "script: $(params.p) is given to a command the tag cannot read (env -S splits its argument into a command), so it cannot prove the value stays data (line 1). Write the program name as fixed text in the script and pass the value as a separate, quoted argument, or read the env var by name inside the program"],
    ["a later word naming a shell after a wrapper", "nice -n 5 foo sh -c \"echo @\"", "script: $(params.p) is given to a command the tag cannot read (nice runs foo, and a later word names a program that runs code, so the tag cannot tell which one nice runs), so it cannot prove the value stays data (line 1). Write the program name as fixed text in the script and pass the value as a separate, quoted argument, or read the env var by name inside the program"],
    ["a while loop reading stdin into eval", "echo @ | while read -r l; do eval \"$l\"; done", "script: $(params.p) is in a pipeline that feeds a command that reads it, eval runs text it did not get as fixed text, which may be what the loop read (line 1). Read the value from the env var by name instead of through stdin"],
    ["a pipe into busybox sh", "echo @ | busybox sh", "script: $(params.p) is in a pipeline that feeds sh, which runs what it reads as shell code (line 1). Pipe in a fixed script that reads the env var by name: echo 'echo \"${PARAMS_P}\"' | sh"],
    ["a heredoc into sh -s with a command substitution", "sh -s <<EOF\n$(echo @)\nEOF", "script: $(params.p) is in a heredoc fed to sh, which runs its text as shell code after this shell has expanded it (line 2). Quote the delimiter (<<'EOF') and write \"${PARAMS_P}\" in the body: the inner shell then reads the env var itself"],
    ["getopts with the value as the name", "getopts ab @", "script: $(params.p) is used as a variable name (getopts), where bash evaluates an array subscript in the name as arithmetic, so a value such as \"a[$(touch x)]\" runs commands (line 1). Use a fixed variable name in the script and pass the value as data: value=\"${PARAMS_P}\""],
    ["wait -p", "wait -p @", "script: $(params.p) is used as a variable name (wait -p), where bash evaluates an array subscript in the name as arithmetic, so a value such as \"a[$(touch x)]\" runs commands (line 1). Use a fixed variable name in the script and pass the value as data: value=\"${PARAMS_P}\""],
    ["shopt", "shopt -s @", "script: $(params.p) is a shell option name for shopt, which changes how the shell reads the rest of the script (line 1). Keep the interpolation out of it: assign the value to a variable (v=<interpolation>) and use \"$v\" where the shell treats it as data"],
    ["a ${!x} indirection key", "echo ${!@}", "script: the tag cannot read the script with certainty (line 1, near \"${!${PARAMS_P}}\": ${!...} with an operator, which the tag does not read), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],

  ])('%s', (_name, template, message) => {
    expect(() => tag(template)).toThrow(message);
    try {
      tag(template);
    } catch (e) {
      expect((e as Error).message).toBe(message);
    }
  });
});

/** A value for programs that fail on HOSTILE's syntax before running anything (python compiles first; bash names must parse). */
const PYTHON = '")\nimport os; os.system("touch PWNED")\nprint("';
const NAME = 'a[$(touch PWNED)]';

describe('the refused forms, written by hand with the value in an env var, run it as code', () => {
  it.each<[string, string, readonly Shell[], string?]>([
    ['a heredoc piped into sh', 'cat <<EOF | sh\necho "$X"\nEOF', SHELLS],
    ['a heredoc piped through tee into sh', 'cat <<EOF | tee /dev/null | sh\necho "$X"\nEOF', SHELLS],
    ['a heredoc piped into python3', 'cat <<EOF | python3\nprint("$X")\nEOF', SHELLS, PYTHON],
    ['a here-string fed to bash', 'bash <<< "echo $X"', ['bash']],
    ['a here-string fed to sh', 'sh <<< "echo $X"', ['bash']],
    ['source <(...)', 'source <(echo "echo $X")', ['bash', 'busybox ash']],
    ['bash <(...)', 'bash <(echo "echo $X")', ['bash', 'busybox ash']],
    ['sh < <(...)', 'sh < <(echo "echo $X")', ['bash', 'busybox ash']],
    ['tee >(sh)', 'echo "echo $X" | tee >(sh) > /dev/null; wait $!', ['bash', 'busybox ash']],
    ['bash -O extglob -c', 'bash -O extglob -c "echo $X"', SHELLS],
    ['bash --rcfile x -c', 'bash --rcfile x -c "echo $X"', SHELLS],
    ['$SHELL -c', 'SHELL=sh; $SHELL -c "echo $X"', SHELLS],
    ['coproc sh -c', 'coproc sh -c "echo $X"; wait', ['bash']],
    ['alias', 'alias x="echo $X"\nx', ['dash', 'busybox ash']],
    ['PS4 with set -x', 'PS4="+ $X "; set -x; true', ['bash']],
    ['declare -n', 'declare -n r="$X"; echo "$r"', ['bash'], NAME],
    ['declare -a', 'declare -a a="$X"', ['bash'], '(x $(touch PWNED))'],
    ['read -s', 'read -s "$X" <<< 1', ['bash'], NAME],
    ['a CR before #', 'echo x \r# ; sh -c "echo $X"', SHELLS],
    ['xargs into sh -c', 'echo "$X" | xargs -0 sh -c', SHELLS, 'touch PWNED'],
    ['BASH_ENV for a later bash', 'BASH_ENV="$X" bash -c true', SHELLS],
    ['declare on a variable that is an array', 'a=(1); declare a="$X"', ['bash'], '(x $(touch PWNED))'],
    ['an assignment to a variable declared -i elsewhere', 'declare -i n; n="$X"', ['bash'], NAME],
    ['printf with the value as its format', 'printf "$X" x', ['bash'], `-v${NAME}`],
    ['a while loop reading stdin into eval', 'echo "$X" | while read -r l; do eval "$l"; done', SHELLS, 'touch PWNED'],
  ])('%s', (_name, text, shells, value = HOSTILE) => {
    expect(SHELLS.filter((shell) => runText(shell, text, { X: value }).pwned)).toEqual(shells);
  });
});

describe('forms near the attacks that the tag places, run with a hostile value: nothing runs and the value arrives intact', () => {
  const all = SHELLS;
  it.each<[string, string, (v: string) => string, readonly Shell[]]>([
    ['busybox sh -c', `busybox sh -c "printf '%s' @ > out"`, (v) => v, all],
    ['bash /dev/stdin with a heredoc', `bash /dev/stdin <<EOF\nprintf '%s' @ > out\nEOF`, (v) => v, all],
    ['. /dev/stdin with a heredoc', `. /dev/stdin <<EOF\nprintf '%s' @ > out\nEOF`, (v) => v, ['bash', 'busybox ash']],
    ['bash -euo pipefail -c', `bash -euo pipefail -c "printf '%s' @ > out"`, (v) => v, all],
    ['env with a plain variable for sh -c', `env VALUE=@ sh -c 'printf %s "$VALUE" > out'`, (v) => v, all],
    ['a pipe into xargs that runs printf', `printf '%s' @ | xargs -0 printf '%s' > out`, (v) => v, all],
    ['a loop that reads stdin as data', `printf '%s\\n' @ | while IFS= read -r l; do printf '%s|' "$l"; done > out`, (v) => v.split('\n').map((l) => `${l}|`).join(''), all],
    ['read -p', `read -r -p @ line < /dev/null; printf ok > out`, () => 'ok', ['bash']],
    ['[ -n ]', `[ -n @ ] && printf ok > out`, () => 'ok', all],
    ['printf --, with the value as the format', `printf -- @ > out`, (v) => v, all],
    ['set --', `set -- @; printf '%s' "$1" > out`, (v) => v, all],
    ['export of a plain name', `export VALUE=@; sh -c 'printf %s "$VALUE"' > out`, (v) => v, all],
    ['a here-string fed to cat, piped into tr', `cat <<< @ | tr x x > out`, (v) => `${v}\n`, ['bash']],
    ['a heredoc fed to cat, written to a file', `cat > out <<EOF\n@\nEOF`, (v) => `${v}\n`, all],
    ['a process substitution read by cat', `cat <(printf '%s' @) > out`, (v) => v, ['bash', 'busybox ash']],
  ])('%s', (_name, template, expected, shells) => {
    const s = tag(template);
    for (const shell of shells) {
      const r = run(s, shell, HOSTILE);
      expect({ shell, pwned: r.pwned, out: r.out }).toEqual({ shell, pwned: false, out: expected(HOSTILE) });
    }
  });
});
