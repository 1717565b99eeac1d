import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { Chart, Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { fromManifest, Param, ParamType, Script, script, synthWarnings, Task, validateManifests } from '../../lib';

const name = new Param('name');
const flags = new Param('flags', { type: ParamType.ARRAY });
const p = new Param('p');

describe('script tag', () => {
  it('moves each reference into an env var, quoted for an unquoted position', () => {
    const s = script`echo ${name}`;
    expect(s.text).toBe('echo "${PARAMS_NAME}"');
    expect(s.env).toEqual([{ name: 'PARAMS_NAME', value: '$(params.name)' }]);
  });

  it('does not add quotes inside double quotes and closes single quotes around the variable', () => {
    expect(script`echo "hello ${name}!"`.text).toBe('echo "hello ${PARAMS_NAME}!"');
    expect(script`echo 'hello ${name}!'`.text).toBe(`echo 'hello '"\${PARAMS_NAME}"'!'`);
  });

  it('keeps one env var for a reference used twice', () => {
    expect(script`echo ${name} ${name}`.env).toEqual([{ name: 'PARAMS_NAME', value: '$(params.name)' }]);
  });

  it('inserts plain strings and numbers as text', () => {
    expect(script`sleep ${5}; echo ${'x'}`.text).toBe('sleep 5; echo x');
  });

  it('refuses references in a script run by a non-shell interpreter', () => {
    expect(() => script`#!/usr/bin/env python3
print("${name}")`).toThrow('script: the script runs with "python3", so $(params.name) cannot be placed as a shell variable. Read it from an env var you set on the step (env: { NAME: $(params.name) }) instead.');
  });

  it('places each call of one template by its own text: a loop reuses the placement, a changed text is placed again', () => {
    const tag = (command: string, quote: string) => script`${command} ${quote}${name}${quote}`;
    const texts = [
      tag('echo', ''),
      tag('echo', ''),
      tag('echo', "'"),
      tag('echo', ''),
    ].map((s) => s.text);
    expect(texts).toEqual(['echo "${PARAMS_NAME}"', 'echo "${PARAMS_NAME}"', `echo ''"\${PARAMS_NAME}"''`, 'echo "${PARAMS_NAME}"']);
    for (let i = 0; i < 2; i++) expect(() => tag('ssh host', '')).toThrow('script: $(params.name) is ');
    expect(tag('echo', '').text).toBe('echo "${PARAMS_NAME}"');
  });

  it('refuses whole array params, which Tekton cannot put in an env var', () => {
    expect(() => script`echo ${flags}`).toThrow('script: array param "flags" cannot be interpolated into a script. Pass it as args (args: [flags.all]) and read "$@", or interpolate one element with .at(i)/.key(k).');
  });
});

describe('script tag: the parser gives each interpolation its context', () => {
  it.each([
    ["a comment with an apostrophe does not shift the quoting", () => script`# don't\nrm -rf ${p}/build`, `# don't\nrm -rf "\${PARAMS_P}"/build`],
    ["a comment with an apostrophe before a double-quoted path (the rm -rf regression)", () => script`# don't\nrm -rf "${p}/build"`, '# don\'t\nrm -rf "${PARAMS_P}/build"'],
    ['inside $\'...\' the string is closed and reopened', () => script`echo $'a\\t${p}'`, `echo $'a\\t'"\${PARAMS_P}"$''`],
    ['"$(... ${p})" quotes the variable inside the command substitution', () => script`echo "$(basename ${p})"`, 'echo "$(basename "${PARAMS_P}")"'],
    ['an unquoted heredoc expands it once, unquoted', () => script`cat <<EOF\nhi ${p}\nEOF`, 'cat <<EOF\nhi ${PARAMS_P}\nEOF'],
    ['two in one double-quoted string, after blanks', () => script`echo "${p} \t${p}"`, 'echo "${PARAMS_P} \t${PARAMS_P}"'],
    ['two in one sh -c string', () => script`sh -c "echo ${p} ${p}"`, `sh -c 'echo "\${PARAMS_P}" "\${PARAMS_P}"'`],
    ['watch joins its words into the inner script', () => script`watch -n 5 "ls ${p}"`, `watch -n 5 'ls "\${PARAMS_P}"'`],
    ['flock -c', () => script`flock /tmp/l -c "ls ${p}"`, `flock /tmp/l -c 'ls "\${PARAMS_P}"'`],
    ['sed -f and python3 with a program file take data', () => script`sed -f prog.sed ${p}; python3 run.py ${p}`, 'sed -f prog.sed "${PARAMS_P}"; python3 run.py "${PARAMS_P}"'],
    ['a pipe into a shell that runs a script file is data', () => script`echo ${p} | sh script.sh`, 'echo "${PARAMS_P}" | sh script.sh'],
    ['a heredoc fed to bash with a script file is data', () => script`bash run.sh <<EOF
${p}
EOF`, 'bash run.sh <<EOF\n${PARAMS_P}\nEOF'],
    ['a comment keeps the bare variable', () => script`true # uses ${p}`, 'true # uses ${PARAMS_P}'],
    ['sh -c "..." gets a single-quoted script that reads the variable itself', () => script`sh -c "echo ${p}"`, `sh -c 'echo "\${PARAMS_P}"'`],
    ['bash -euo pipefail -c', () => script`bash -euo pipefail -c "echo ${p}" name ${p}`, `bash -euo pipefail -c 'echo "\${PARAMS_P}"' name "\${PARAMS_P}"`],
    ['eval joins its words into the inner script', () => script`eval echo ${p}`, `eval 'echo "\${PARAMS_P}"'`],
    ['trap', () => script`trap "rm -rf ${p}" EXIT`, `trap 'rm -rf "\${PARAMS_P}"' EXIT`],
    ['an unquoted heredoc fed to sh that expands nothing else: its delimiter is quoted', () => script`sh <<-EOF > out\n\techo ${p}\n\tEOF`, `sh <<-'EOF' > out\n\techo "\${PARAMS_P}"\n\tEOF`],
    ['a quoted heredoc fed to sh', () => script`sh <<'EOF'\necho ${p}\nEOF`, `sh <<'EOF'\necho "\${PARAMS_P}"\nEOF`],
    ['find -exec sh -c', () => script`find . -exec sh -c "echo ${p} {}" \\;`, `find . -exec sh -c 'echo "\${PARAMS_P}" {}' \\;`],
    ['the value side of export and declare', () => script`export A=${p}; local B="${p}"`, 'export A="${PARAMS_P}"; local B="${PARAMS_P}"'],
    ['ssh options and destination are data', () => script`ssh -i key ${p} uptime`, 'ssh -i key "${PARAMS_P}" uptime'],
    ['awk -v is data', () => script`awk -v x=${p} '{ print x }' file`, `awk -v x="\${PARAMS_P}" '{ print x }' file`],
    ['[ ... -eq ... ] compares integers without evaluating them', () => script`[ ${p} -eq 1 ]`, '[ "${PARAMS_P}" -eq 1 ]'],
    ['a workspace path written as text is kept', () => script`cd ${'$(workspaces.src.path)'} && ls ${p}`, 'cd $(workspaces.src.path) && ls "${PARAMS_P}"'],
  ])('%s', (_name, make, text) => {
    expect(make().text).toBe(text);
  });

  it.each([
    ["$(( ))", () => script`echo $(( ${p} + 1 ))`, "script: $(params.p) is used inside bash arithmetic ($(( ))), where bash evaluates the value as an expression, so a value such as \"a[$(touch x)]\" runs commands even when quoted (line 1). Check that it is a number first and use the checked copy: n=\"${PARAMS_P}\"; case \"$n\" in ''|*[!0-9]*) echo \"not a number: $n\" >&2; exit 1;; esac; then use $n in the arithmetic"],
    ["(( ))", () => script`(( ${p} > 1 )) && echo big`, "script: $(params.p) is used inside bash arithmetic ((( ))), where bash evaluates the value as an expression, so a value such as \"a[$(touch x)]\" runs commands even when quoted (line 1). Check that it is a number first and use the checked copy: n=\"${PARAMS_P}\"; case \"$n\" in ''|*[!0-9]*) echo \"not a number: $n\" >&2; exit 1;; esac; then use $n in the arithmetic"],
    ["$[ ]", () => script`echo $[ ${p} + 1 ]`, "script: $(params.p) is used inside bash arithmetic ($[ ]), where bash evaluates the value as an expression, so a value such as \"a[$(touch x)]\" runs commands even when quoted (line 1). Check that it is a number first and use the checked copy: n=\"${PARAMS_P}\"; case \"$n\" in ''|*[!0-9]*) echo \"not a number: $n\" >&2; exit 1;; esac; then use $n in the arithmetic"],
    ["an array subscript on the left", () => script`x[${p}]=1`, "script: $(params.p) is used inside bash arithmetic (an array subscript x[...]), where bash evaluates the value as an expression, so a value such as \"a[$(touch x)]\" runs commands even when quoted (line 1). Check that it is a number first and use the checked copy: n=\"${PARAMS_P}\"; case \"$n\" in ''|*[!0-9]*) echo \"not a number: $n\" >&2; exit 1;; esac; then use $n in the arithmetic"],
    ["an array subscript in ${x[...]}", () => script`echo "\${x[${p}]}"`, "script: $(params.p) is used inside bash arithmetic (an array subscript x[...]), where bash evaluates the value as an expression, so a value such as \"a[$(touch x)]\" runs commands even when quoted (line 1). Check that it is a number first and use the checked copy: n=\"${PARAMS_P}\"; case \"$n\" in ''|*[!0-9]*) echo \"not a number: $n\" >&2; exit 1;; esac; then use $n in the arithmetic"],
    ["a ${x:offset} slice", () => script`echo "\${s:${p}:1}"`, "script: $(params.p) is used inside bash arithmetic (${x:offset:length}), where bash evaluates the value as an expression, so a value such as \"a[$(touch x)]\" runs commands even when quoted (line 1). Check that it is a number first and use the checked copy: n=\"${PARAMS_P}\"; case \"$n\" in ''|*[!0-9]*) echo \"not a number: $n\" >&2; exit 1;; esac; then use $n in the arithmetic"],
    ["for (( ))", () => script`for (( i = 0; i < ${p}; i++ )); do :; done`, "script: $(params.p) is used inside bash arithmetic (for (( ))), where bash evaluates the value as an expression, so a value such as \"a[$(touch x)]\" runs commands even when quoted (line 1). Check that it is a number first and use the checked copy: n=\"${PARAMS_P}\"; case \"$n\" in ''|*[!0-9]*) echo \"not a number: $n\" >&2; exit 1;; esac; then use $n in the arithmetic"],
    ["[[ -eq ]]", () => script`[[ ${p} -eq 1 ]]`, "script: $(params.p) is used inside bash arithmetic ([[ ... -eq ... ]]), where bash evaluates the value as an expression, so a value such as \"a[$(touch x)]\" runs commands even when quoted (line 1). Check that it is a number first and use the checked copy: n=\"${PARAMS_P}\"; case \"$n\" in ''|*[!0-9]*) echo \"not a number: $n\" >&2; exit 1;; esac; then use $n in the arithmetic"],
    ["let", () => script`let "x = ${p} + 1"`, "script: $(params.p) is used inside bash arithmetic (let), where bash evaluates the value as an expression, so a value such as \"a[$(touch x)]\" runs commands even when quoted (line 1). Check that it is a number first and use the checked copy: n=\"${PARAMS_P}\"; case \"$n\" in ''|*[!0-9]*) echo \"not a number: $n\" >&2; exit 1;; esac; then use $n in the arithmetic"],
    ["declare -i", () => script`declare -i n=${p}`, "script: $(params.p) is assigned to an integer variable (declare -i), where bash evaluates the value as an arithmetic expression, so a value such as \"a[$(touch x)]\" runs commands even when quoted (line 1). Declare the variable without -i, or check that the value is a number first: case \"${PARAMS_P}\" in ''|*[!0-9]*) exit 1;; esac"],
    ["arithmetic fed by a command substitution", () => script`echo $(( $(cat ${p}) ))`, "script: $(params.p) is used inside bash arithmetic ($(( ))), where bash evaluates the value as an expression, so a value such as \"a[$(touch x)]\" runs commands even when quoted (line 1). Check that it is a number first and use the checked copy: n=\"${PARAMS_P}\"; case \"$n\" in ''|*[!0-9]*) echo \"not a number: $n\" >&2; exit 1;; esac; then use $n in the arithmetic"],
    ["unset", () => script`unset ${p}`, "script: $(params.p) is used as a variable name (unset), where bash evaluates an array subscript in the name as arithmetic, so a value such as \"a[$(touch x)]\" runs commands (line 1). Use a fixed variable name in the script and pass the value as data: value=\"${PARAMS_P}\""],
    ["read", () => script`read -r ${p} < file`, "script: $(params.p) is used as a variable name (read), where bash evaluates an array subscript in the name as arithmetic, so a value such as \"a[$(touch x)]\" runs commands (line 1). Use a fixed variable name in the script and pass the value as data: value=\"${PARAMS_P}\""],
    ["printf -v", () => script`printf -v ${p} '%s' x`, "script: $(params.p) is used as a variable name (printf -v), where bash evaluates an array subscript in the name as arithmetic, so a value such as \"a[$(touch x)]\" runs commands (line 1). Use a fixed variable name in the script and pass the value as data: value=\"${PARAMS_P}\""],
    ["[[ -v ]]", () => script`[[ -v ${p} ]]`, "script: $(params.p) is used as a variable name (-v), where bash evaluates an array subscript in the name as arithmetic, so a value such as \"a[$(touch x)]\" runs commands (line 1). Use a fixed variable name in the script and pass the value as data: value=\"${PARAMS_P}\""],
    ["export NAME", () => script`export ${p}`, "script: $(params.p) is used as a variable name (export), where bash evaluates an array subscript in the name as arithmetic, so a value such as \"a[$(touch x)]\" runs commands (line 1). Use a fixed variable name in the script and pass the value as data: value=\"${PARAMS_P}\""],
    ["ssh host \"...\"", () => script`ssh -p 22 host "ls ${p}"`, "script: $(params.p) is in the command text that ssh runs as shell code, and that shell does not get the step's env vars (line 1). Send the value as data on stdin instead, for example: printf '%s\\n' \"${PARAMS_P}\" | ssh host 'IFS= read -r value; echo \"$value\"'"],
    ["sudo sh -c", () => script`sudo sh -c "echo ${p}"`, "script: $(params.p) is in the command text that sudo sh -c runs as shell code, and that shell does not get the step's env vars (line 1). Send the value as data on stdin instead, for example: printf '%s\\n' \"${PARAMS_P}\" | sudo sh -c 'IFS= read -r value; echo \"$value\"'"],
    ["env -i sh -c", () => script`env -i sh -c "echo ${p}"`, "script: $(params.p) is in the command text that env -i sh -c runs as shell code, and that shell does not get the step's env vars (line 1). Send the value as data on stdin instead, for example: printf '%s\\n' \"${PARAMS_P}\" | env -i sh -c 'IFS= read -r value; echo \"$value\"'"],
    ["su -c", () => script`su -c "echo ${p}" nobody`, "script: $(params.p) is in the command text that su -c runs as shell code, and that shell does not get the step's env vars (line 1). Send the value as data on stdin instead, for example: printf '%s\\n' \"${PARAMS_P}\" | su -c 'IFS= read -r value; echo \"$value\"'"],
    ["python3 -c", () => script`python3 -c "print('${p}')"`, "script: $(params.p) is inside the program text that python3 -c runs, where it would be read as python3 code (line 1). Read the env var by name inside the program instead: python3 -c 'import os; print(os.environ[\"PARAMS_P\"])'"],
    ["node -e", () => script`node -e "console.log('${p}')"`, "script: $(params.p) is inside the program text that node -e runs, where it would be read as node code (line 1). Read the env var by name inside the program instead: node -e 'console.log(process.env.PARAMS_P)'"],
    // Each flag that makes an interpreter run its argument is refused, not only the common one.
    ["node -p", () => script`node -p "'${p}'"`, "script: $(params.p) is inside the program text that node -p runs, where it would be read as node code (line 1). Read the env var by name inside the program instead: node -e 'console.log(process.env.PARAMS_P)'"],
    ["node --print", () => script`node --print "'${p}'"`, "script: $(params.p) is inside the program text that node --print runs, where it would be read as node code (line 1). Read the env var by name inside the program instead: node -e 'console.log(process.env.PARAMS_P)'"],
    ["node --eval", () => script`node --eval "'${p}'"`, "script: $(params.p) is inside the program text that node --eval runs, where it would be read as node code (line 1). Read the env var by name inside the program instead: node -e 'console.log(process.env.PARAMS_P)'"],
    ["perl -E", () => script`perl -E "say '${p}'"`, "script: $(params.p) is inside the program text that perl -E runs, where it would be read as perl code (line 1). Read the env var by name inside the program instead: perl -e 'print $ENV{PARAMS_P}'"],
    ["ruby -e", () => script`ruby -e "puts '${p}'"`, "script: $(params.p) is inside the program text that ruby -e runs, where it would be read as ruby code (line 1). Read the env var by name inside the program instead: ruby -e 'puts ENV[\"PARAMS_P\"]'"],
    ["an awk program", () => script`awk '{ print "${p}" }' file`, "script: $(params.p) is inside the program text that awk runs, where it would be read as awk code (line 1). Read the env var by name inside the program instead: awk 'BEGIN { print ENVIRON[\"PARAMS_P\"] }'"],
    ["an unquoted heredoc fed to bash that expands other things", () => script`bash <<EOF\necho $HOME ${p}\nEOF`, "script: $(params.p) is in a heredoc fed to bash, which runs its text as shell code after this shell has expanded it (line 2). Quote the delimiter (<<'EOF') and write \"${PARAMS_P}\" in the body: the inner shell then reads the env var itself"],
    ["a heredoc fed to python3", () => script`python3 <<EOF\nprint("${p}")\nEOF`, "script: $(params.p) is in a heredoc fed to python3, which runs it as python3 code (line 2). Read the env var by name inside the program instead: python3 -c 'import os; print(os.environ[\"PARAMS_P\"])'"],
    ["a heredoc fed to ssh", () => script`ssh host <<'EOF'\necho ${p}\nEOF`, "script: $(params.p) is in a heredoc fed to ssh, which runs it as shell code without the step's env vars (line 2). Send the value as data on stdin instead, for example: printf '%s\\n' \"${PARAMS_P}\" | ssh host 'IFS= read -r value; echo \"$value\"'"],
    ["a quoted heredoc fed to cat", () => script`cat <<'EOF' > out\n${p}\nEOF`, "script: $(params.p) is in a heredoc with a quoted delimiter (<<'EOF'), where the shell expands nothing, so it would stay literal text (line 2). Use an unquoted delimiter (<<EOF) to insert the value; if the text is a script that runs later with the step's env, write ${PARAMS_P} in it as plain text"],
    ["sh -c text made by a command substitution", () => script`sh -c "echo $(cat ${p})"`, "script: $(params.p) is in text that sh -c runs again as shell code, after another command or expansion has produced it (line 1). Write the inner command in single quotes and let that shell read the env var by name: sh -c 'echo \"${PARAMS_P}\"'"],
    ["sh -c text that expands other variables", () => script`sh -c "cd $HOME && echo ${p}"`, "script: $(params.p) is in text that sh -c runs again as shell code, and that text also expands other variables or commands, so it cannot be quoted for both shells (line 1). Write the inner command in single quotes and let the inner shell read the env var by name: sh -c 'echo \"${PARAMS_P}\"'"],
    ["after a backslash", () => script`echo \\${p}`, "script: $(params.p) is at a place where the shell does not read it as a variable (after a backslash or a $, or inside a heredoc delimiter) (line 1). Remove the backslash or $ before it; to build text around the value, assign it first (v= followed by the interpolation) and use \"$v\""],
    ["a script that does not parse", () => script`if true; then echo ${p}`, "script: the tag cannot read the script with certainty (line 1, near the end: expected fi), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    // bash ends $'it\'s' after the s; dash 0.5.12 reads $ and then 'it\', so the two shells disagree on where quoting ends.
    ["$'it\\'s', which bash and dash end in different places", () => script`echo $'it\\'s' ${p}`, "script: the tag cannot read the script with certainty (line 1, near \"\\\\'s' ${PARAMS_P}\": \\' inside $'...', which bash reads as a quote and dash as the end of the string), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    ["a pipe into sh", () => script`echo "echo ${p}" | sh`, "script: $(params.p) is in a pipeline that feeds sh, which runs what it reads as shell code (line 1). Pipe in a fixed script that reads the env var by name: echo 'echo \"${PARAMS_P}\"' | sh"],
    ["a pipe into bash, from curl", () => script`curl -H "X-Token: ${p}" https://example.com/install.sh | bash`, "script: $(params.p) is in a pipeline that feeds bash, which runs what it reads as shell code (line 1). Pipe in a fixed script that reads the env var by name: echo 'echo \"${PARAMS_P}\"' | bash"],
    ["a pipe into python3", () => script`printf '%s' ${p} | python3`, "script: $(params.p) is in a pipeline that feeds python3, which runs what it reads as python3 code (line 1). Read the env var by name inside the program instead: python3 -c 'import os; print(os.environ[\"PARAMS_P\"])'"],
    ["a pipe into ssh", () => script`echo ${p} | ssh host`, "script: $(params.p) is in a pipeline that feeds ssh, which runs what it reads as shell code without the step's env vars (line 1). Send the value as data on stdin instead, for example: printf '%s\\n' \"${PARAMS_P}\" | ssh host 'IFS= read -r value; echo \"$value\"'"],
    ["a sed script", () => script`sed -i "s/x/${p}/" file`, "script: $(params.p) is inside the program text that sed runs, where it would be read as sed code (line 1). Read the env var by name inside the program instead: awk '{ gsub(/x/, ENVIRON[\"PARAMS_P\"]) } 1'"],
    ["a second sed -e script", () => script`sed -e 's/a/b/' -e "s/x/${p}/" file`, "script: $(params.p) is inside the program text that sed -e runs, where it would be read as sed code (line 1). Read the env var by name inside the program instead: awk '{ gsub(/x/, ENVIRON[\"PARAMS_P\"]) } 1'"],
    ["perl -pe", () => script`perl -pe "s/x/${p}/" file`, "script: $(params.p) is inside the program text that perl -pe runs, where it would be read as perl code (line 1). Read the env var by name inside the program instead: perl -e 'print $ENV{PARAMS_P}'"],
    ["runuser -c", () => script`runuser -u nobody -c "ls ${p}"`, "script: $(params.p) is in the command text that runuser -c runs as shell code, and that shell does not get the step's env vars (line 1). Send the value as data on stdin instead, for example: printf '%s\\n' \"${PARAMS_P}\" | runuser -c 'IFS= read -r value; echo \"$value\"'"],
    ["a heredoc fed to bash -s that runs a command substitution", () => script`bash -s <<EOF\necho $(date) ${p}\nEOF`, "script: $(params.p) is in a heredoc fed to bash, which runs its text as shell code after this shell has expanded it (line 2). Quote the delimiter (<<'EOF') and write \"${PARAMS_P}\" in the body: the inner shell then reads the env var itself"],
    ["if (( ))", () => script`if (( ${p} > 1 )); then :; fi`, "script: $(params.p) is used inside bash arithmetic ((( ))), where bash evaluates the value as an expression, so a value such as \"a[$(touch x)]\" runs commands even when quoted (line 1). Check that it is a number first and use the checked copy: n=\"${PARAMS_P}\"; case \"$n\" in ''|*[!0-9]*) echo \"not a number: $n\" >&2; exit 1;; esac; then use $n in the arithmetic"],
    ["[[ -gt ]] in a compound test", () => script`[[ ${p} -gt 1 && a == b ]]`, "script: $(params.p) is used inside bash arithmetic ([[ ... -gt ... ]]), where bash evaluates the value as an expression, so a value such as \"a[$(touch x)]\" runs commands even when quoted (line 1). Check that it is a number first and use the checked copy: n=\"${PARAMS_P}\"; case \"$n\" in ''|*[!0-9]*) echo \"not a number: $n\" >&2; exit 1;; esac; then use $n in the arithmetic"],
    ["an array literal subscript", () => script`a=([${p}]=1)`, "script: $(params.p) is used inside bash arithmetic (an array subscript ([...]=value)), where bash evaluates the value as an expression, so a value such as \"a[$(touch x)]\" runs commands even when quoted (line 1). Check that it is a number first and use the checked copy: n=\"${PARAMS_P}\"; case \"$n\" in ''|*[!0-9]*) echo \"not a number: $n\" >&2; exit 1;; esac; then use $n in the arithmetic"],
    ["${#a[...]}", () => script`echo \${#a[${p}]}`, "script: $(params.p) is used inside bash arithmetic (an array subscript x[...]), where bash evaluates the value as an expression, so a value such as \"a[$(touch x)]\" runs commands even when quoted (line 1). Check that it is a number first and use the checked copy: n=\"${PARAMS_P}\"; case \"$n\" in ''|*[!0-9]*) echo \"not a number: $n\" >&2; exit 1;; esac; then use $n in the arithmetic"],
    ["local -i", () => script`local -i n=${p}`, "script: $(params.p) is assigned to an integer variable (local -i), where bash evaluates the value as an arithmetic expression, so a value such as \"a[$(touch x)]\" runs commands even when quoted (line 1). Declare the variable without -i, or check that the value is a number first: case \"${PARAMS_P}\" in ''|*[!0-9]*) exit 1;; esac"],
    ["ssh behind sshpass", () => script`sshpass -p secret ssh host "ls ${p}"`, "script: $(params.p) is in the command text that ssh runs as shell code, and that shell does not get the step's env vars (line 1). Send the value as data on stdin instead, for example: printf '%s\\n' \"${PARAMS_P}\" | ssh host 'IFS= read -r value; echo \"$value\"'"],
  ])('refuses %s with the safe form', (_name, make, message) => {
    expect(make).toThrow(message);
    try {
      make();
    } catch (e) {
      expect((e as Error).message).toBe(message);
    }
  });
});

describe('Tekton references left in a script text', () => {
  const LEFT = `script: $(params.p) is in the script text, where Tekton substitutes its value before the shell reads it, so a value such as "$(touch x)" runs as shell code. Interpolate the reference object itself in the script tag, not a string built from it: script\`url="https://x/\${p}"; curl "$url"\` passes it as env var PARAMS_P and reads "\${PARAMS_P}". Or set env: { PARAMS_P: '$(params.p)' } on the step and write "\${PARAMS_P}" in the script. Script.unsafeRaw(text) keeps the text as written, for trusted values only.`;

  it('are refused by the tag when a string built from a param is interpolated', () => {
    const url = `https://x/${p}`;
    expect(() => script`curl ${url}`).toThrow(LEFT);
  });

  it.each([
    ['a param', 'echo $(params.p)', '$(params.p)'],
    ['an object param key', 'echo $(params.o.key)', '$(params.o.key)'],
    ['a param in brackets', 'echo $(params["a.b"])', '$(params["a.b"])'],
    ['a task result', 'echo $(tasks.build.results.digest)', '$(tasks.build.results.digest)'],
    ['a step result', 'echo $(steps.s.results.r)', '$(steps.s.results.r)'],
    ['an artifact', 'echo $(tasks.a.outputs.image)', '$(tasks.a.outputs.image)'],
  ])('are refused at synth in a plain-string step script: %s', (_name, text, ref) => {
    const task = new Task(new Chart(Testing.app(), 'c'), 't');
    expect(() => task.addStep({ name: 's', image: 'alpine', script: text })).toThrow(`Task "t": step "s": script: ${ref} is in the script text`);
  });

  it('are refused in a sidecar script, with the full message', () => {
    const task = new Task(new Chart(Testing.app(), 'c'), 't');
    expect(() => task.addSidecar({ name: 'side', image: 'alpine', script: 'echo $(params.p)' })).toThrow(`Task "t": sidecar "side": ${LEFT}`);
  });

  it('are allowed when Tekton controls the value: paths, context names, task states', () => {
    const task = new Task(new Chart(Testing.app(), 'c'), 't');
    const text = 'cd $(workspaces.src.path) && echo $(context.taskRun.name) $(tasks.status) > $(results.out.path) $(step.results.r.path)';
    expect(() => task.addStep({ name: 's', image: 'alpine', script: text })).not.toThrow();
  });

  it('are kept with Script.unsafeRaw, the visible escape hatch', () => {
    const chart = new Chart(Testing.app(), 'c');
    const task = new Task(chart, 't');
    task.addParam('p');
    task.addStep({ name: 's', image: 'alpine', script: Script.unsafeRaw('echo $(params.p)') });
    expect(Testing.synth(chart)[0].spec.steps[0].script).toBe('echo $(params.p)');
  });

  it('are kept as written in an imported manifest, with a warning at synth', () => {
    const chart = new Chart(Testing.app(), 'c');
    fromManifest(chart, 'task', {
      apiVersion: 'tekton.dev/v1',
      kind: 'Task',
      metadata: { name: 'imported' },
      spec: { params: [{ name: 'p' }], steps: [{ name: 's', image: 'alpine', script: 'echo $(params.p)' }] },
    });
    expect(Testing.synth(chart)[0].spec.steps[0].script).toBe('echo $(params.p)');
    expect(synthWarnings(chart)).toEqual([
      '[c/task/Resource] warning: Task "imported": spec.steps[0].script: $(params.p) is substituted into the script text before the shell reads it, so a value such as "$(touch x)" or "; rm -rf /" runs as shell code (got "$(params.p)"). Fix: pass it as an env var and read the variable in the script: env: [{name: PARAMS_P, value: "$(params.p)"}] and "${PARAMS_P}" in the script (the cdk8s-tekton script tag does this for you)',
    ]);
  });
});

describe('the validator on scripts (rule script.tekton-reference)', () => {
  const task = (spec: Record<string, unknown>) => ({ manifest: { apiVersion: 'tekton.dev/v1', kind: 'Task', metadata: { name: 't' }, spec }, source: 't.yaml' });

  it('warns once per reference in step and sidecar scripts, and not for Tekton-controlled variables', () => {
    const problems = validateManifests([
      task({
        params: [{ name: 'p' }],
        workspaces: [{ name: 'src' }],
        steps: [{ name: 's', image: 'alpine', script: 'echo $(params.p) $(params.p) $(workspaces.src.path) $(context.taskRun.name)' }],
        sidecars: [{ name: 'side', image: 'alpine', script: 'echo $(params.p)' }],
      }),
    ]);
    expect(problems.map((p) => [p.severity, p.rule, p.field, p.value])).toEqual([
      ['warning', 'script.tekton-reference', 'spec.steps[0].script', '$(params.p)'],
      ['warning', 'script.tekton-reference', 'spec.sidecars[0].script', '$(params.p)'],
    ]);
  });

  it('reports a step result in a script once, as the existing error', () => {
    const problems = validateManifests([task({ steps: [{ name: 's', image: 'alpine', script: 'echo $(steps.a.results.b)' }] })]);
    expect(problems.map((p) => [p.severity ?? 'error', p.rule])).toEqual([['error', 'step.result-ref-field']]);
  });
});

describe('the parser', () => {
  it('is plain JavaScript: a script tag compiles no WebAssembly and reads no grammar file', () => {
    const probe = `
      const fs = require('fs');
      const read = fs.readFileSync;
      const files = [];
      fs.readFileSync = function (file, ...rest) { files.push(String(file)); return read.call(this, file, ...rest); };
      let compiled = 0;
      for (const k of ['Module', 'compile', 'instantiate']) { const f = WebAssembly[k]; WebAssembly[k] = function (...a) { compiled++; return k === 'Module' ? new f(...a) : f.apply(this, a); }; }
      const lib = require('./lib');
      lib.script\`echo \${new lib.Param('p')}\`;
      console.log(JSON.stringify([compiled, files.filter((f) => /wasm|tree-sitter/.test(f))]));`;
    const out = execFileSync(process.execPath, ['-r', './scripts/register-ts.cjs', '-e', probe], { cwd: resolve(__dirname, '../..'), encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual([0, []]);
  });
});

describe('the shells the tag reads for', () => {
  it('refuses a script whose shebang names zsh, which reads some text differently from sh and bash', () => {
    expect(() => script`#!/bin/zsh
echo ${name}`).toThrow('script: the script runs with "zsh", so $(params.name) cannot be placed as a shell variable. Read it from an env var you set on the step (env: { NAME: $(params.name) }) instead. The tag reads scripts for sh, bash, dash and busybox ash only.');
    expect(script`#!/bin/busybox sh
echo ${name}`.text).toBe('#!/bin/busybox sh\necho "${PARAMS_NAME}"');
  });
});
