// lib/shell/parse.ts, lines 1 to 399, through the mutants its second run left undetected there: each
// row gives the exact text the tag writes or the exact refusal, and a comment names the lines whose
// mutants it tells apart. Every text the tag writes here also runs under every shell with a hostile value.
import { afterAll, describe, expect, it } from 'vitest';
import { Param, script } from '../../lib';
import { cleanUp, HOSTILE, outcome, run, SHELLS, tag } from '../lib/script-harness';

afterAll(cleanUp);

/** Each template (@ stands for the param) and the text the tag writes or its refusal. */
const ROWS: Array<[string, string]> = [
    // line 27: the words that end a list ('else', 'esac', ']]' in RESERVED_END)
    ["if true; then :; else eval @; fi", "script: $(params.p) is given to a command the tag cannot read (its program name is not fixed text), so it cannot prove the value stays data (line 1 of the inner script). Write the program name as fixed text in the script and pass the value as a separate, quoted argument, or read the env var by name inside the program"],
    ["case x in a) echo @\nesac", "case x in a) echo \"${PARAMS_P}\"\nesac"],
    ["echo a; ]] @", "script: the tag cannot read the script with certainty (line 1, near \"]] ${PARAMS_P}\": unexpected \"]\"), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    // line 28: a for loop's variable is a whole name (both anchors of NAME); line 270: one that is not fixed text
    ["for a-b in a; do echo @; done", "script: the tag cannot read the script with certainty (line 1, near \" in a; do echo ${PARAMS_P}; do\": expected a variable name after for), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    ["for ab in a; do echo @; done", "for ab in a; do echo \"${PARAMS_P}\"; done"],
    ["for $x in a; do echo @; done", "script: the tag cannot read the script with certainty (line 1, near \" in a; do echo ${PARAMS_P}; do\": expected a variable name after for), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    // line 67: a control character is named by its upper-case code
    ["echo \u001b @", "script: the tag cannot read the script with certainty (line 1, near \"\\u001b ${PARAMS_P}\": the control character U+001B, which bash and dash read as part of a word where a reader sees a blank, a line end or nothing (a CR before # makes the rest of the line code, not a comment); remove it), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    // line 95: a heredoc whose body never comes (the check and its message)
    ["echo @; cat <<EOF", "script: the tag cannot read the script with certainty (line 1, near the end: the heredoc ending in EOF has no body), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    // line 106: a backslash-newline between words is a blank (the four parts of the test, and the i += 2 that skips it)
    ["echo a \\\n| cat @", "echo a \\\n| cat \"${PARAMS_P}\""],
    ["echo @ \\\n; echo b", "echo \"${PARAMS_P}\" \\\n; echo b"],
    // lines 131 and 155: only an operator at the cursor ends a command (peekOp's anchor; a pipeline that stops at no operator ends the list)
    ["(echo a)b; echo @", "script: the tag cannot read the script with certainty (line 1, near \"b; echo ${PARAMS_P}\": unexpected \"b\"), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    // line 148: ;; and ;& after an empty case branch end its list (both tests, startsWith)
    ["case x in a) ;; b) echo @;; esac", "case x in a) ;; b) echo \"${PARAMS_P}\";; esac"],
    ["case x in a) ;& b) echo @;; esac", "case x in a) ;& b) echo \"${PARAMS_P}\";; esac"],
    ["case x in a)\n;;\nb) echo @;; esac", "case x in a)\n;;\nb) echo \"${PARAMS_P}\";; esac"],
    // lines 166 and 358: ! before a pipeline is the keyword (the test and its literal); lines 169 and 170: only time takes -p, and only at the cursor
    ["! eval @", "script: $(params.p) is given to a command the tag cannot read (its program name is not fixed text), so it cannot prove the value stays data (line 1 of the inner script). Write the program name as fixed text in the script and pass the value as a separate, quoted argument, or read the env var by name inside the program"],
    ["! (( @ ))", "script: $(params.p) is used inside bash arithmetic ((( ))), where bash evaluates the value as an expression, so a value such as \"a[$(touch x)]\" runs commands even when quoted (line 1). Check that it is a number first and use the checked copy: n=\"${PARAMS_P}\"; case \"$n\" in ''|*[!0-9]*) echo \"not a number: $n\" >&2; exit 1;; esac; then use $n in the arithmetic"],
    ["! -f x; echo @", "! -f x; echo \"${PARAMS_P}\""],
    ["time x-python3 -c @", "time x-python3 -c \"${PARAMS_P}\""],
    // line 193: a reserved word where a command starts (after |) is refused with its name
    ["echo @ | fi", "script: the tag cannot read the script with certainty (line 1, near \"fi\": unexpected fi), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    // line 199: a subshell's body is its child, so a value printed in it is followed into the pipe
    ["(echo @) | sh", "script: $(params.p) is in a pipeline that feeds sh, which runs what it reads as shell code (line 1). Pipe in a fixed script that reads the env var by name: echo 'echo \"${PARAMS_P}\"' | sh"],
    // lines 267 and 282: the ; after for's head is optional, and nothing else is skipped there; line 273: 'in' after a newline
    ["for ((i=0;i<1;i++)) do echo @; done", "for ((i=0;i<1;i++)) do echo \"${PARAMS_P}\"; done"],
    ["for x do echo @; done", "for x do echo \"${PARAMS_P}\"; done"],
    ["for x\nin a; do echo @; done", "for x\nin a; do echo \"${PARAMS_P}\"; done"],
    // lines 295 and 297: function with no name; the () after the name is skipped forward
    ["function ; echo @", "script: the tag cannot read the script with certainty (line 1, near \"; echo ${PARAMS_P}\": expected a function name), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    ["function xif() { echo @; }", "function xif() { echo \"${PARAMS_P}\"; }"],
    // line 323: case with no subject
    ["case ;echo @", "script: the tag cannot read the script with certainty (line 1, near \";echo ${PARAMS_P}\": expected a word after case), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    // line 342: ;; ends a case branch only at the cursor
    ["case x in a) echo @; };; esac", "script: the tag cannot read the script with certainty (line 1, near \"};; esac\": expected esac), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    // line 357: a [[ ]] operator only at the cursor
    ["[[ '(@' == a ]]", "[[ '('\"${PARAMS_P}\"'' == a ]]"],
    // line 358: ! is an operator in [[ ]] only when a blank follows, so !value stays one word next to -eq or -v (the test, its literal, the negated blank class, the slice)
    ["[[ 1 -eq !@ ]]", "script: $(params.p) is used inside bash arithmetic ([[ ... -eq ... ]]), where bash evaluates the value as an expression, so a value such as \"a[$(touch x)]\" runs commands even when quoted (line 1). Check that it is a number first and use the checked copy: n=\"${PARAMS_P}\"; case \"$n\" in ''|*[!0-9]*) echo \"not a number: $n\" >&2; exit 1;; esac; then use $n in the arithmetic"],
    ["[[ -v !@ ]]", "script: $(params.p) is used as a variable name (-v), where bash evaluates an array subscript in the name as arithmetic, so a value such as \"a[$(touch x)]\" runs commands (line 1). Use a fixed variable name in the script and pass the value as data: value=\"${PARAMS_P}\""],
    ["! [[ 1 -eq !@ ]]", "script: $(params.p) is used inside bash arithmetic ([[ ... -eq ... ]]), where bash evaluates the value as an expression, so a value such as \"a[$(touch x)]\" runs commands even when quoted (line 1). Check that it is a number first and use the checked copy: n=\"${PARAMS_P}\"; case \"$n\" in ''|*[!0-9]*) echo \"not a number: $n\" >&2; exit 1;; esac; then use $n in the arithmetic"],
    // line 381: unterminated (( (the check at the end, its boundary and its message); line 382: )) closes only at depth 0
    ["echo @; (( 1 + 2", "script: the tag cannot read the script with certainty (line 1, near \" 1 + 2\": unterminated (( ))), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    ["(( (1+(2)) )); echo @", "(( (1+(2)) )); echo \"${PARAMS_P}\""],
    // line 389: $name and ${name} are read in arithmetic (the $ test and every class and quantifier of the name pattern, its anchor, the 256-character window) and skipped (lines 390 and 391)
    ["(( $x + 1 )); echo @", "(( $x + 1 )); echo \"${PARAMS_P}\""],
    ["(( $x )); echo @", "(( $x )); echo \"${PARAMS_P}\""],
    ["(( ${x} + 1 )); echo @", "(( ${x} + 1 )); echo \"${PARAMS_P}\""],
    ["(( ${xyz} + 1 )); echo @", "(( ${xyz} + 1 )); echo \"${PARAMS_P}\""],
    ["(( $xy + 1 )); echo @", "(( $xy + 1 )); echo \"${PARAMS_P}\""],
    ["(( $1 + $x )); echo @", "script: the tag cannot read the script with certainty (line 1, near \"$1 + $x )); echo ${PARAMS_P}\": \"$\" inside (( )), which the tag reads only with names, numbers and operators), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    // lines 394 to 399: another character in arithmetic is refused, as arithmetic when a value is inside it up to the close (lines 397 and 398) and by the character when not; line 84: holesIn counts only holes before its end
    ["(( \"1\" )); echo @", "script: the tag cannot read the script with certainty (line 1, near \"\\\"1\\\" )); echo ${PARAMS_P}\": \"\\\"\" inside (( )), which the tag reads only with names, numbers and operators), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    ["(( \"1\" + @", "script: $(params.p) is used inside bash arithmetic ((( ))), where bash evaluates the value as an expression, so a value such as \"a[$(touch x)]\" runs commands even when quoted (line 1). Check that it is a number first and use the checked copy: n=\"${PARAMS_P}\"; case \"$n\" in ''|*[!0-9]*) echo \"not a number: $n\" >&2; exit 1;; esac; then use $n in the arithmetic"],
    ["(( 1 + \"a\" + $x )); echo @", "script: the tag cannot read the script with certainty (line 1, near \"\\\"a\\\" + $x )); echo ${PARAMS_P}\": \"\\\"\" inside (( )), which the tag reads only with names, numbers and operators), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    ["(( '1' + $x )); echo @", "script: the tag cannot read the script with certainty (line 1, near \"'1' + $x )); echo ${PARAMS_P}\": \"'\" inside (( )), which the tag reads only with names, numbers and operators), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read \"${PARAMS_P}\" in a plain-string script"],
    // line 84: a heredoc ends at the line that is its delimiter, so a value standing where that line starts is not in the body
    ["cat <<'${PARAMS_P}'\nx\n@", "script: $(params.p) is at a place where the shell does not read it as a variable (after a backslash or a $, or inside a heredoc delimiter) (line 3). Remove the backslash or $ before it; to build text around the value, assign it first (v= followed by the interpolation) and use \"$v\""],
];

describe('the lists, loops, tests and arithmetic the parser reads, or refuses with its reason', () => {
  it.each(ROWS)('%j', (template, expected) => {
    expect(outcome(template)).toBe(expected);
  });
});

describe('a value whose env var name is longer than the $name pattern reads in arithmetic', () => {
  // line 385: a value in arithmetic is skipped whole, so it is found there and the earliest value's
  // refusal (here the pipe into sh) comes first, not a refusal of the arithmetic after it.
  it('is refused where it first goes wrong', () => {
    const name = 'x'.repeat(260);
    const long = new Param(name);
    const parts = ['echo ', ' | sh; (( ', ' ))'];
    let message = '';
    try {
      script(Object.assign([...parts], { raw: parts }), long, long);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toBe(`script: $(params.${name}) is in a pipeline that feeds sh, which runs what it reads as shell code (line 1). Pipe in a fixed script that reads the env var by name: echo 'echo "\${PARAMS_${name.toUpperCase()}}"' | sh`);
  });
});

describe('every text the tag writes above, run with a hostile value', () => {
  const written = ROWS.filter(([, expected]) => !expected.startsWith('script: '));

  it('covers the rows that write text', () => {
    expect(written.length).toBe(20);
  });

  it.each(written)('%j', (template) => {
    const s = tag(template);
    for (const shell of SHELLS) expect(run(s, shell, HOSTILE).pwned, `${shell}: ${s.text}`).toBe(false);
  });
});
