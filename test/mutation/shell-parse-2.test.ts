// lib/shell/parse.ts through the constructs its first mutation run found no test in scope reaching
// (for and case, [[ ]], function, ${...} operators, backquotes, heredoc forms, redirections, array
// assignments, control characters and lone surrogates): each template gives the exact text the tag
// writes or the exact refusal, and the loops the tag writes run under every shell.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanUp, HOSTILE, outcome, run, SHELLS, tag } from '../lib/script-harness';

afterAll(cleanUp);

/** Each template with one interpolation (@; a second @ stands for the same param) and what the tag makes of it. */
const ROWS: Array<[string, string]> = [
    ["for x in a \"b\" @; do echo \"$x\"; done", "for x in a \"b\" \"${PARAMS_P}\"; do echo \"$x\"; done"],
    ["for x; do echo @; done", "for x; do echo \"${PARAMS_P}\"; done"],
    ["for ((i=0; i<3; i++)); do echo @; done", "for ((i=0; i<3; i++)); do echo \"${PARAMS_P}\"; done"],
    ["for ((i=0; i<@; i++)); do :; done", "script: $(params.p) is used inside bash arithmetic (for (( ))), where bash evaluates the value as an expression, so a value such as \"a[$(touch x)]\" runs commands even when quoted (line 1). Check that it is a number first and use the checked copy: n=\"${PARAMS_P}\"; case \"$n\" in ''|*[!0-9]*) echo \"not a number: $n\" >&2; exit 1;; esac; then use $n in the arithmetic"],
    ["for 1x in a; do echo @; done", "script: the tag cannot read the script with certainty (line 1, near \" in a; do echo ${PARAMS_P}; do\": expected a variable name after for), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    ["case @ in\n(a|b) echo 1;;\n*) echo 2;;&\nc) echo 3;&\nesac", "case \"${PARAMS_P}\" in\n(a|b) echo 1;;\n*) echo 2;;&\nc) echo 3;&\nesac"],
    ["case x in a) echo @;; esac", "case x in a) echo \"${PARAMS_P}\";; esac"],
    ["case x in a echo @;; esac", "script: the tag cannot read the script with certainty (line 1, near \"echo ${PARAMS_P};; esac\": expected \")\"), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    ["case @", "script: the tag cannot read the script with certainty (line 1, near the end: expected in), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    ["case x in a|) echo @;; esac", "script: the tag cannot read the script with certainty (line 1, near \") echo ${PARAMS_P};; esac\": expected a case pattern), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    ["[[ -n @ && ( a < b ) || ! -z x ]]", "[[ -n \"${PARAMS_P}\" && ( a < b ) || ! -z x ]]"],
    ["[[ @ > a ]]", "[[ \"${PARAMS_P}\" > a ]]"],
    ["[[ !x == @ ]]", "[[ !x == \"${PARAMS_P}\" ]]"],
    ["[[ -n @", "script: the tag cannot read the script with certainty (line 1, near the end: unterminated [[), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    ["function f { echo @; }", "function f { echo \"${PARAMS_P}\"; }"],
    ["function f() { echo @; }", "function f() { echo \"${PARAMS_P}\"; }"],
    ["function f\n{ echo @; }", "function f\n{ echo \"${PARAMS_P}\"; }"],
    ["if true; then echo @; elif false; then :; else :; fi", "if true; then echo \"${PARAMS_P}\"; elif false; then :; else :; fi"],
    ["until false; do echo @; done", "until false; do echo \"${PARAMS_P}\"; done"],
    ["while :; do echo @; done", "while :; do echo \"${PARAMS_P}\"; done"],
    ["echo ${x:-a\\}b} @", "echo ${x:-a\\}b} \"${PARAMS_P}\""],
    ["echo \"${x:-\"a\"}\" @", "echo \"${x:-\"a\"}\" \"${PARAMS_P}\""],
    ["echo ${#x} ${!x} ${x[1]} ${x:1:2} ${x/a/b} ${x##*/} @", "echo ${#x} ${!x} ${x[1]} ${x:1:2} ${x/a/b} ${x##*/} \"${PARAMS_P}\""],
    ["echo ${!x:-a} @", "script: the tag cannot read the script with certainty (line 1, near \"${!x:-a} ${PARAMS_P}\": ${!...} with an operator, which the tag does not read), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    ["echo ${x[1]:-a} @", "script: the tag cannot read the script with certainty (line 1, near \":-a} ${PARAMS_P}\": an operator after an array subscript, which the tag does not read), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    ["echo ${x~} @", "script: the tag cannot read the script with certainty (line 1, near \"~} ${PARAMS_P}\": a ${...} operator the tag does not read), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    ["echo ${ @", "script: the tag cannot read the script with certainty (line 1, near \"${ ${PARAMS_P}\": a ${...} the tag does not read), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    ["echo ${x:-a @", "script: the tag cannot read the script with certainty (line 1, near \"${x:-a ${PARAMS_P}\": an unterminated ${), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    ["echo \"${x:-'a'}\" @", "script: the tag cannot read the script with certainty (line 1, near \"'a'}\\\" ${PARAMS_P}\": a single quote inside \"${...}\", which bash and dash read differently), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    ["echo ${x:-$(echo a)`echo b`} @", "echo ${x:-$(echo a)`echo b`} \"${PARAMS_P}\""],
    ["echo $[1+2] @", "echo $[1+2] \"${PARAMS_P}\""],
    ["echo `echo a` @", "echo `echo a` \"${PARAMS_P}\""],
    ["echo `echo \\\\a` @", "script: the tag cannot read the script with certainty (line 1, near \"`echo \\\\\\\\a` ${PARAMS_P}\": a backslash or quote inside backquotes; write $(...) instead), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    ["echo \"`echo \"a\"`\" @", "script: the tag cannot read the script with certainty (line 1, near \"`echo \\\"a\\\"`\\\" ${PARAMS_P}\": a backslash or quote inside backquotes; write $(...) instead), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    ["echo `echo `@", "echo `echo `\"${PARAMS_P}\""],
    ["echo `echo `a`` @", "echo `echo `a`` \"${PARAMS_P}\""],
    ["echo `echo a @", "script: the tag cannot read the script with certainty (line 1, near \"`echo a ${PARAMS_P}\": an unterminated backquote), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    ["cat <<-EOF\n\t@\n\tEOF", "cat <<-EOF\n\t${PARAMS_P}\n\tEOF"],
    ["echo $(cat <<EOF\n@\nEOF\n)", "echo $(cat <<EOF\n${PARAMS_P}\nEOF\n)"],
    ["echo \u0001 @", "script: the tag cannot read the script with certainty (line 1, near \"\\u0001 ${PARAMS_P}\": the control character U+0001, which bash and dash read as part of a word where a reader sees a blank, a line end or nothing (a CR before # makes the rest of the line code, not a comment); remove it), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    ["echo \ud800 @", "script: the tag cannot read the script with certainty (line 1, near \"\\ud800 ${PARAMS_P}\": a lone UTF-16 surrogate, which has no UTF-8 form, so the shell would read bytes other than the ones the tag read; remove it), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    ["echo \udc00x @", "script: the tag cannot read the script with certainty (line 1, near \"\\udc00x ${PARAMS_P}\": a lone UTF-16 surrogate, which has no UTF-8 form, so the shell would read bytes other than the ones the tag read; remove it), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    ["coproc echo @", "script: the tag cannot read the script with certainty (line 1, near \"coproc echo ${PARAMS_P}\": coproc is not read by the tag: what the script writes to a coprocess or menu cannot be followed), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    ["select x in a; do echo @; done", "script: the tag cannot read the script with certainty (line 1, near \"select x in a; do echo ${PARAM\": select is not read by the tag: what the script writes to a coprocess or menu cannot be followed), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    ["fi; echo @", "script: the tag cannot read the script with certainty (line 1, near \"fi; echo ${PARAMS_P}\": unexpected \"f\"), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    ["then echo @", "script: the tag cannot read the script with certainty (line 1, near \"then echo ${PARAMS_P}\": unexpected \"t\"), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    ["echo @ |& cat", "echo \"${PARAMS_P}\" |& cat"],
    ["echo @ ;; x", "script: the tag cannot read the script with certainty (line 1, near \";; x\": unexpected \";\"), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    ["((x = 1)); echo @", "((x = 1)); echo \"${PARAMS_P}\""],
    ["(( @ ))", "script: $(params.p) is used inside bash arithmetic ((( ))), where bash evaluates the value as an expression, so a value such as \"a[$(touch x)]\" runs commands even when quoted (line 1). Check that it is a number first and use the checked copy: n=\"${PARAMS_P}\"; case \"$n\" in ''|*[!0-9]*) echo \"not a number: $n\" >&2; exit 1;; esac; then use $n in the arithmetic"],
    ["x[1]=a; echo @", "x[1]=a; echo \"${PARAMS_P}\""],
    ["x[@]=1", "script: $(params.p) is used inside bash arithmetic (an array subscript x[...]), where bash evaluates the value as an expression, so a value such as \"a[$(touch x)]\" runs commands even when quoted (line 1). Check that it is a number first and use the checked copy: n=\"${PARAMS_P}\"; case \"$n\" in ''|*[!0-9]*) echo \"not a number: $n\" >&2; exit 1;; esac; then use $n in the arithmetic"],
    ["x=(a [2]=b); echo @", "x=(a [2]=b); echo \"${PARAMS_P}\""],
    ["x=([1]=@)", "x=([1]=\"${PARAMS_P}\")"],
    ["echo @ 2>&1 >> f <> g >| h &> i &>> j <&0 >&2", "echo \"${PARAMS_P}\" 2>&1 >> f <> g >| h &> i &>> j <&0 >&2"],
    ["echo @ <<< \"a\" 3< f", "echo \"${PARAMS_P}\" <<< \"a\" 3< f"],
    ["cat <<E\"O\"F\n@\nEOF", "script: $(params.p) is in a heredoc with a quoted delimiter (<<'EOF'), where the shell expands nothing, so it would stay literal text (line 2). Use an unquoted delimiter (<<EOF) to insert the value; if the text is a script that runs later with the step's env, write ${PARAMS_P} in it as plain text"],
    ["cat <<EOF\n$(echo @\nEOF\n)", "script: the tag cannot read the script with certainty (line 2, near \"$(echo ${PARAMS_P}\": an expansion that runs past the end of its heredoc), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    ["cat <<EOF\n@ \\$x \\\nEOF", "cat <<EOF\n${PARAMS_P} \\$x \\\nEOF"],
    ["echo $(cat <<EOF\n)\nEOF\n) @", "echo $(cat <<EOF\n)\nEOF\n) \"${PARAMS_P}\""],
    ["echo \"a\\\nb\" @", "echo \"a\\\nb\" \"${PARAMS_P}\""],
    ["echo \"\\$x \\a\" @", "echo \"\\$x \\a\" \"${PARAMS_P}\""],
    ["echo a\\\nb @", "echo a\\\nb \"${PARAMS_P}\""],
    ["echo $'a\\'b' @", "script: the tag cannot read the script with certainty (line 1, near \"\\\\'b' ${PARAMS_P}\": \\' inside $'...', which bash reads as a quote and dash as the end of the string), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    ["echo $'a' @", "echo $'a' \"${PARAMS_P}\""],
    ["echo 'a @", "script: the tag cannot read the script with certainty (line 1, near \"'a ${PARAMS_P}\": an unterminated quote), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    ["echo \"a @", "script: the tag cannot read the script with certainty (line 1, near \"\\\"a ${PARAMS_P}\": an unterminated double quote), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    ["echo # @", "echo # ${PARAMS_P}"],
    ["echo a#b @", "echo a#b \"${PARAMS_P}\""],
    ["time -p echo @", "time -p echo \"${PARAMS_P}\""],
    ["! echo @", "! echo \"${PARAMS_P}\""],
    ["echo @ && echo b || echo c & echo d; echo e", "echo \"${PARAMS_P}\" && echo b || echo c & echo d; echo e"],
];

describe('each construct the parser reads, or refuses with its reason', () => {
  it.each(ROWS)('%j', (template, expected) => {
    expect(outcome(template)).toBe(expected);
  });
});

describe('the loops and branches the tag writes, run with a hostile value', () => {
  it.each([
    ['for x in a @; do printf %s "$x" >> out; done', 'for x in a "${PARAMS_P}"; do printf %s "$x" >> out; done', `a${HOSTILE}`],
    ['case @ in\n(a|b) : ;;\n*) printf %s @ > out ;;\nesac', 'case "${PARAMS_P}" in\n(a|b) : ;;\n*) printf %s "${PARAMS_P}" > out ;;\nesac', HOSTILE],
    ['if true; then printf %s @ > out; elif false; then :; else :; fi', 'if true; then printf %s "${PARAMS_P}" > out; elif false; then :; else :; fi', HOSTILE],
  ])('%j', (template, text, out) => {
    const s = tag(template);
    expect(s.text).toBe(text);
    for (const shell of SHELLS) expect(run(s, shell, HOSTILE), `${shell}: ${text}`).toMatchObject({ pwned: false, out });
  });
});
