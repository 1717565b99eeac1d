// How the script tag follows an interpolation up to every command that can read it
// (lib/shell/place.ts): through pipes, heredocs, here-strings, process substitutions, command
// substitutions, declarations and shells that re-read text. Each path ends in the exact text the tag
// writes or the exact refusal, and what it writes is run with a hostile value.
import { describe, expect, it } from 'vitest';
import { Param, script } from '../../lib';
import { HOSTILE, outcome, run, SHELLS, tag } from '../lib/script-harness';

const viaStdin = (label: string, command = label) =>
  `Send the value as data on stdin instead, for example: printf '%s\\n' "\${PARAMS_P}" | ${command} 'IFS= read -r value; echo "$value"'`;
const readEnv = {
  python3: `Read the env var by name inside the program instead: python3 -c 'import os; print(os.environ["PARAMS_P"])'`,
};
const fixedScript = 'Write the script it runs as fixed text that reads the env var by name, for example: echo "${PARAMS_P}"';
const reRead = (label: string) => `Write the inner command in single quotes and let that shell read the env var by name: ${label} 'echo "\${PARAMS_P}"'`;
const heredocShell = (line: number) =>
  `script: $(params.p) is in a heredoc fed to sh, which runs its text as shell code after this shell has expanded it (line ${line}). Quote the delimiter (<<'EOF') and write "\${PARAMS_P}" in the body: the inner shell then reads the env var itself`;
const variableName = (construct: string) =>
  `script: $(params.p) is used as a variable name (${construct}), where bash evaluates an array subscript in the name as arithmetic, so a value such as "a[$(touch x)]" runs commands (line 1). Use a fixed variable name in the script and pass the value as data: value="\${PARAMS_P}"`;
const loopReads = (how: string) =>
  `script: $(params.p) is ${how}a command that reads it, eval runs text it did not get as fixed text, which may be what the loop read (line 1). Read the value from the env var by name instead of through stdin`;
const writesInto = (what: string) =>
  `script: $(params.p) is in a script that writes into >(...) running ${what}, which runs what it reads as code, so the tag cannot follow the value (line 1). Read the env var by name in that command instead of writing text into it`;
const notRead = 'Remove the backslash or $ before it; to build text around the value, assign it first (v= followed by the interpolation) and use "$v"';

describe('refusals, each with where the value went and the safe form', () => {
  it.each([
    ['a pipe into sh', 'echo @ | sh', `script: $(params.p) is in a pipeline that feeds sh, which runs what it reads as shell code (line 1). Pipe in a fixed script that reads the env var by name: echo 'echo "\${PARAMS_P}"' | sh`],
    ['a pipe into source /dev/stdin', 'echo @ | source /dev/stdin', `script: $(params.p) is in a pipeline that feeds source, which runs what it reads as shell code (line 1). Pipe in a fixed script that reads the env var by name: echo 'echo "\${PARAMS_P}"' | source`],
    ['a pipe into python3', 'echo @ | python3', `script: $(params.p) is in a pipeline that feeds python3, which runs what it reads as python3 code (line 1). ${readEnv.python3}`],
    ['a pipe into ssh', 'echo @ | ssh host', `script: $(params.p) is in a pipeline that feeds ssh, which runs what it reads as shell code without the step's env vars (line 1). ${viaStdin('ssh', 'ssh host')}`],
    ['a heredoc piped into sudo sh', 'cat <<EOF | sudo sh\n@\nEOF', `script: $(params.p) is in a pipeline that feeds sudo sh, which runs what it reads as shell code without the step's env vars (line 2). ${viaStdin('sudo sh', 'sudo sh -c')}`],
    ['a pipe inside a command substitution', 'echo $(echo @ | sh)', `script: $(params.p) is in a pipeline that feeds sh, which runs what it reads as shell code (line 1). Pipe in a fixed script that reads the env var by name: echo 'echo "\${PARAMS_P}"' | sh`],
    ['a here-string to sh', 'sh <<< "echo @"', `script: $(params.p) is in a here-string fed to sh, which runs it as shell code (line 1). ${fixedScript}`],
    ['a here-string to python3', 'python3 <<< "print(@)"', `script: $(params.p) is in a here-string fed to python3, which runs what it reads as python3 code (line 1). ${readEnv.python3}`],
    ['a here-string to ssh', 'ssh host <<< "@"', `script: $(params.p) is in a here-string fed to ssh, which runs what it reads as shell code without the step's env vars (line 1). ${viaStdin('ssh', 'ssh host')}`],
    ['a file read by python3', 'python3 <(echo "@")', `script: $(params.p) is in a process substitution read as a file by python3, which runs what it reads as python3 code (line 1). ${readEnv.python3}`],
    ['a file read by sh', 'sh <(echo @)', `script: $(params.p) is in a process substitution read as a file by sh, which runs it as shell code (line 1). ${fixedScript}`],
    ['a file read by source', 'source <(echo @)', `script: $(params.p) is in a process substitution read as a file by source, which runs it as shell code (line 1). ${fixedScript}`],
    ['the stdin of ssh', 'ssh host < <(echo @)', `script: $(params.p) is in a process substitution fed to the stdin of ssh, which runs what it reads as shell code without the step's env vars (line 1). ${viaStdin('ssh', 'ssh host')}`],
    ['a heredoc to ssh', 'ssh host <<EOF\n@\nEOF', `script: $(params.p) is in a heredoc fed to ssh, which runs it as shell code without the step's env vars (line 2). ${viaStdin('ssh', 'ssh host')}`],
    ['a heredoc to python3 -', 'python3 - <<EOF\n@\nEOF', `script: $(params.p) is in a heredoc fed to python3, which runs it as python3 code (line 2). ${readEnv.python3}`],
    ['a heredoc to sh that expands $HOME', 'sh <<EOF\necho $HOME @\nEOF', heredocShell(2)],
    ['a heredoc to sh with a backslash', 'sh <<EOF\necho @ \\$x\nEOF', heredocShell(2)],
    ['a heredoc to sh whose delimiter is not a plain name', 'sh <<E-F\necho @\nE-F', heredocShell(2)],
    ['a heredoc to sh with a command substitution', 'sh <<EOF\n$(echo @)\nEOF', heredocShell(2)],
    ['a quoted heredoc', "cat <<'EOF'\n@\nEOF", `script: $(params.p) is in a heredoc with a quoted delimiter (<<'EOF'), where the shell expands nothing, so it would stay literal text (line 2). Use an unquoted delimiter (<<EOF) to insert the value; if the text is a script that runs later with the step's env, write \${PARAMS_P} in it as plain text`],
    ['a heredoc delimiter quoted by a backslash', 'cat <<\\EOF\n@\nEOF', `script: $(params.p) is in a heredoc with a quoted delimiter (<<'EOF'), where the shell expands nothing, so it would stay literal text (line 2). Use an unquoted delimiter (<<EOF) to insert the value; if the text is a script that runs later with the step's env, write \${PARAMS_P} in it as plain text`],
    ['eval of a command substitution', 'eval "$(echo @)"', `script: $(params.p) is in text that eval runs again as shell code, after another command or expansion has produced it (line 1). ${reRead('eval')}`],
    ['sh -c of a command substitution', 'sh -c "echo $(echo @)"', `script: $(params.p) is in text that sh -c runs again as shell code, after another command or expansion has produced it (line 1). ${reRead('sh -c')}`],
    ['eval of text that expands another variable', 'eval "echo @" "$x"', `script: $(params.p) is in text that eval runs again as shell code, and that text also expands other variables or commands, so it cannot be quoted for both shells (line 1). Write the inner command in single quotes and let the inner shell read the env var by name: eval 'echo "\${PARAMS_P}"'`],
    ['sh -c of text that expands a command', 'sh -c "echo $(date) @"', `script: $(params.p) is in text that sh -c runs again as shell code, and that text also expands other variables or commands, so it cannot be quoted for both shells (line 1). Write the inner command in single quotes and let the inner shell read the env var by name: sh -c 'echo "\${PARAMS_P}"'`],
    ['a loop that evals what it reads from a here-string', 'while read l; do eval "$l"; done <<< @', loopReads('in a here-string fed to ')],
    ['a loop that evals what it reads from a pipe', 'echo @ | while read l; do eval "$l"; done', loopReads('in a pipeline that feeds ')],
    ['a group that runs what it reads', 'echo @ | { read l; $l; }', `script: $(params.p) is in a pipeline that feeds a command that reads it, given to a command the tag cannot read (its program name is not fixed text), so it cannot prove the value stays data (line 1). Write the program name as fixed text in the script and pass the value as a separate, quoted argument, or read the env var by name inside the program`],
    ['a write into >(sh)', 'echo @ > >(sh)', writesInto('sh')],
    ['tee into >(sh)', 'tee >(sh) <<< @', writesInto('sh')],
    ['exec into >(python3)', 'exec > >(python3); echo @', writesInto('python3')],
    ['exec into a command that is not fixed text', 'exec > >($x); echo @', writesInto('a command the tag cannot read')],
    ['after a backslash', 'echo \\@', `script: $(params.p) is at a place where the shell does not read it as a variable (after a backslash or a $, or inside a heredoc delimiter) (line 1). ${notRead}`],
    ['after a $', 'echo $@', `script: $(params.p) is at a place where the shell does not read it as a variable (after a backslash or a $, or inside a heredoc delimiter) (line 1). ${notRead}`],
    ["after a backslash in $'...'", "echo $'a\\@'", 'script: $(params.p) is at a place where the shell does not read it as a variable (after a backslash) (line 1). Remove the backslash before it'],
    ['declare with a name that is not fixed text', 'declare "$v" X=@', variableName('declare')],
    ['declare with the = quoted', 'declare X"=@"', variableName('declare')],
    ['declare of a name', 'declare @=1', variableName('declare')],
    ['local of a name', 'local @', variableName('local')],
    ['a trap signal', 'trap x @', variableName('trap signal')],
    ['a heredoc on the line of the command, before the body', 'sh <<EOF @\necho\nEOF', `script: $(params.p) is given to a command the tag cannot read (sh with an option that is not fixed text), so it cannot prove the value stays data (line 1). Write the program name as fixed text in the script and pass the value as a separate, quoted argument, or read the env var by name inside the program`],
  ])('%s', (_name, template, message) => {
    expect(outcome(template)).toBe(message);
  });

  it('counts lines of the inner script from its own start', () => {
    expect(outcome('sh -c "true\necho $(date) @"')).toBe(
      `script: $(params.p) is in text that sh -c runs again as shell code, and that text also expands other variables or commands, so it cannot be quoted for both shells (line 2). Write the inner command in single quotes and let the inner shell read the env var by name: sh -c 'echo "\${PARAMS_P}"'`,
    );
    expect(outcome('eval "true; echo \\$(( @ ))"')).toBe(
      `script: $(params.p) is used inside bash arithmetic ($(( ))), where bash evaluates the value as an expression, so a value such as "a[$(touch x)]" runs commands even when quoted (line 1 of the inner script). Check that it is a number first and use the checked copy: n="\${PARAMS_P}"; case "$n" in ''|*[!0-9]*) echo "not a number: $n" >&2; exit 1;; esac; then use $n in the arithmetic`,
    );
  });
});

describe('what the tag writes, run with a hostile value', () => {
  it.each([
    ['a quoted heredoc fed to sh, inside eval', "eval \"sh <<'EOF'\necho @ > out\nEOF\"", `eval 'sh <<'\\''EOF'\\''\necho "\${PARAMS_P}" > out\nEOF'`, `${HOSTILE}\n`],
    ['sh -c inside sh -c', `sh -c "sh -c 'printf %s @ > out'"`, `sh -c 'sh -c '\\''printf %s "\${PARAMS_P}" > out'\\'''`, HOSTILE],
    ['sh -c in an assignment from a command substitution', 'x=$(sh -c "printf %s @"); printf %s "$x" > out', `x=$(sh -c 'printf %s "\${PARAMS_P}"'); printf %s "$x" > out`, HOSTILE.replace(/\n+$/, '')],
    ['an unquoted heredoc in a command substitution', 'printf %s "$(cat <<EOF\n@\nEOF\n)" > out', 'printf %s "$(cat <<EOF\n${PARAMS_P}\nEOF\n)" > out', HOSTILE.replace(/\n+$/, '')],
    ['sh -s with an unquoted heredoc', 'sh -s <<EOF\nprintf %s @ > out\nEOF', `sh -s <<'EOF'\nprintf %s "\${PARAMS_P}" > out\nEOF`, HOSTILE],
    ['a heredoc fed to a program that only copies it', 'sh -c "cat > out" <<EOF\n@\nEOF', `sh -c "cat > out" <<EOF\n\${PARAMS_P}\nEOF`, `${HOSTILE}\n`],
    ['a file read by cat', 'cat <(printf %s @) > out', 'cat <(printf %s "${PARAMS_P}") > out', HOSTILE],
    ['${x:-word}', 'printf %s ${x:-@} > out', 'printf %s ${x:-"${PARAMS_P}"} > out', HOSTILE],
    ['"${x:-word}"', 'printf %s "${x:-@}" > out', 'printf %s "${x:-${PARAMS_P}}" > out', HOSTILE],
    ["${x:-'word'}", "printf %s ${x:-'@'} > out", `printf %s \${x:-''"\${PARAMS_P}"''} > out`, HOSTILE],
    ['an element assignment', 'x[1]=@; printf %s "${x[1]}" > out', 'x[1]="${PARAMS_P}"; printf %s "${x[1]}" > out', HOSTILE],
    ['export', 'export X=@; printf %s "$X" > out', 'export X="${PARAMS_P}"; printf %s "$X" > out', HOSTILE],
    ['readonly with a second name', 'readonly X=@ Y=1; printf %s "$X" > out', 'readonly X="${PARAMS_P}" Y=1; printf %s "$X" > out', HOSTILE],
    ['trap --', 'trap -- "printf %s @ > out" EXIT', `trap -- 'printf %s "\${PARAMS_P}" > out' EXIT`, HOSTILE],
    ['a pipe into a subshell that only prints', 'printf %s @ | (cat > out)', 'printf %s "${PARAMS_P}" | (cat > out)', HOSTILE],
    ['a function body', 'f() { printf %s @ > out; }; f', 'f() { printf %s "${PARAMS_P}" > out; }; f', HOSTILE],
  ])('%s', (_name, template, text, out) => {
    const s = tag(template);
    expect(s.text).toBe(text);
    const shells = /\bdeclare|<\(|\[1\]/.test(template) ? (['bash'] as const) : SHELLS;
    for (const shell of shells) expect(run(s, shell, HOSTILE), `${shell}: ${text}`).toMatchObject({ pwned: false, out });
  });

  it('leaves a value in a comment as it is', () => {
    expect(outcome('true # @')).toBe('true # ${PARAMS_P}');
  });
});

describe('several interpolations: each is placed by the construct it stands in', () => {
  const p = new Param('p');
  const q = new Param('q');
  /** The tag with `@` standing for p, q, p, ... in turn. */
  const two = (template: string) => {
    const parts = template.split('@');
    try {
      return script(Object.assign(parts, { raw: parts }), ...parts.slice(1).map((_, i) => (i % 2 ? q : p))).text;
    } catch (e) {
      return (e as Error).message;
    }
  };
  it.each([
    ["eval 'echo @' @", `eval 'echo "\${PARAMS_P}" "\${PARAMS_Q}"'`],
    ["eval 'a @ b' 'c @ d'", `eval 'a "\${PARAMS_P}" b c "\${PARAMS_Q}" d'`],
    ["sh <<'EOF'\necho @\nEOF\necho @", `sh <<'EOF'\necho "\${PARAMS_P}"\nEOF\necho "\${PARAMS_Q}"`],
    ["echo @; sh <<'EOF'\necho @\nEOF", `echo "\${PARAMS_P}"; sh <<'EOF'\necho "\${PARAMS_Q}"\nEOF`],
    ['sh <<EOF\necho @\nEOF\necho @', `sh <<'EOF'\necho "\${PARAMS_P}"\nEOF\necho "\${PARAMS_Q}"`],
    ['echo @; sh <<EOF\necho @\nEOF', `echo "\${PARAMS_P}"; sh <<'EOF'\necho "\${PARAMS_Q}"\nEOF`],
    ['sh <<EOF; echo @\necho @\nEOF', `script: $(params.q) is in a heredoc fed to sh, which runs its text as shell code after this shell has expanded it (line 2). Quote the delimiter (<<'EOF') and write "\${PARAMS_Q}" in the body: the inner shell then reads the env var itself`],
    ['cat <<EOF; echo @\n@\nEOF', 'cat <<EOF; echo "${PARAMS_P}"\n${PARAMS_Q}\nEOF'],
    ['echo @@', 'echo "${PARAMS_P}""${PARAMS_Q}"'],
    ['echo @ | eval "$x"', 'echo "${PARAMS_P}" | eval "$x"'],
    ['tee >(cat) <<< @', 'tee >(cat) <<< "${PARAMS_P}"'],
  ])('%j', (template, expected) => {
    expect(two(template)).toBe(expected);
  });

  it('counts a newline at the very start as the end of line 1', () => {
    expect(two('\necho $((@))')).toBe(
      `script: $(params.p) is used inside bash arithmetic ($(( ))), where bash evaluates the value as an expression, so a value such as "a[$(touch x)]" runs commands even when quoted (line 2). Check that it is a number first and use the checked copy: n="\${PARAMS_P}"; case "$n" in ''|*[!0-9]*) echo "not a number: $n" >&2; exit 1;; esac; then use $n in the arithmetic`,
    );
  });

  it('hands text to inner shells four levels deep and refuses a fifth', () => {
    expect(outcome(`sh -c 'sh -c "sh -c \\"echo @\\""'`)).toBe(`sh -c 'sh -c '\\''sh -c '\\''\\'\\'''\\''echo "\${PARAMS_P}"'\\''\\'\\'''\\'''\\'''`);
    expect(outcome(`eval "eval 'eval \\"eval \\\\\\"eval echo @\\\\\\"\\"'"`)).toBe(
      `script: $(params.p) is in text that eval runs again as shell code, after another command or expansion has produced it (line 1 of the inner script). Write the inner command in single quotes and let that shell read the env var by name: eval 'echo "\${PARAMS_P}"'`,
    );
  });
});
