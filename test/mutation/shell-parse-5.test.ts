// lib/shell/parse.ts, lines 550 to 777 (words, quotes, expansions, backquotes and ${...}), through the
// mutants its rerun left undetected: each template gives the exact text the tag writes or the exact refusal,
// and the texts that put the value somewhere the reader might doubt run under every shell with a hostile value.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanUp, HOSTILE, outcome, run, SHELLS, tag } from '../lib/script-harness';

afterAll(cleanUp);

/** The refusal for a script the parser cannot read with certainty, around its reason. */
function unread(reason: string): string {
  return `script: the tag cannot read the script with certainty (${reason}), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read "\${PARAMS_P}" in a plain-string script`;
}

/** What the tag says when the value reaches eval: the inner script's program name is the value. */
const EVAL = 'script: $(params.p) is given to a command the tag cannot read (its program name is not fixed text), so it cannot prove the value stays data (line 1 of the inner script). Write the program name as fixed text in the script and pass the value as a separate, quoted argument, or read the env var by name inside the program';

const ROWS: Array<[string, string]> = [
  // 569: a tab and a & end a word, so the # after them starts a comment.
  ['echo a\t# @', 'echo a\t# ${PARAMS_P}'],
  ['echo a&# @', 'echo a&# ${PARAMS_P}'],
  // 575: < and > end a word; 590: a # right after a redirection operator starts a comment, so the target is missing.
  ['echo a># @', unread('line 1, near the end: expected a word after >')],
  ['echo a<# @', unread('line 1, near the end: expected a word after <')],
  // 570: a < or > right after = is a redirection, not the start of a process substitution.
  ['x=<b echo @', 'x=<b echo "${PARAMS_P}"'],
  // 580: a backslash at the very end of the script is the text \\, which eval reads as the last character of its script.
  ['eval echo @ \\', 'eval \'echo "${PARAMS_P}" \\\''],
  // 579: a backslash-newline joins the word, so the command is eval.
  ['ev\\\nal @', EVAL],
  // 603: in '...' a backslash is plain text, and the quote after it ends the string.
  ["echo 'a\\' @", "echo 'a\\' \"${PARAMS_P}\""],
  // 606: the scan for \' stops at the quote that ends $'...'.
  ["echo $'a' 'b\\' @", "echo $'a' 'b\\' \"${PARAMS_P}\""],
  // 606, 610: a $'... with no end is refused as unterminated.
  ["echo $'abc @", unread(`line 1, near "$'abc \${PARAMS_P}": an unterminated quote`)],
  // 637: a newline inside double quotes before a pending heredoc body is refused; without a newline it is read.
  ['cat <<EOF; echo "a\nb" @\nx\nEOF', unread('line 1, at the end of the line: a quoted newline before a heredoc body')],
  ['cat <<EOF; echo "a" @\nx\nEOF', 'cat <<EOF; echo "a" "${PARAMS_P}"\nx\nEOF'],
  // 641: a backslash-newline inside double quotes joins the text, so the command is eval.
  ['"ev\\\nal" @', EVAL],
  // 641: any other backslash stays in double-quoted text, so the command is eval\x, not eval.
  ['"eval\\x" @', '"eval\\x" "${PARAMS_P}"'],
  // 688: $% is text; the name after $ is read only right at the $.
  ['echo $%@ $abcdefghijklmnopqrstuvwxyz', 'echo $%"${PARAMS_P}" $abcdefghijklmnopqrstuvwxyz'],
  // 693, 694: a $ before no name is the text $, so the command is eval$, not eval.
  ['eval$ @', 'eval$ "${PARAMS_P}"'],
  // 701: only the text inside the backquotes is checked for a backslash.
  ['echo \\a `echo b` @', 'echo \\a `echo b` "${PARAMS_P}"'],
  // 701, 703: in double quotes only a " inside the backquotes is refused, not the one that opens the string.
  ['echo "`echo b`" @', 'echo "`echo b`" "${PARAMS_P}"'],
  // 704: a backquote inside double quotes inside backquotes.
  ['echo `echo "`echo a`"` @', unread('line 1, near "`echo a`\\"` ${PARAMS_P}": nested backquotes')],
  // 711: a command inside backquotes that stops before the closing backquote.
  ['echo `echo a)` @', unread('line 1, near ")` ${PARAMS_P}": unexpected text inside backquotes')],
  // 719: a positional parameter of two digits.
  ['echo ${10} @', 'echo ${10} "${PARAMS_P}"'],
  // 734: the operator is read only right after the name.
  ['echo ${x~-a} @', unread('line 1, near "~-a} ${PARAMS_P}": a ${...} operator the tag does not read')],
  // 737: the offset of ${$:...} is read after the colon, not from the name $.
  ['echo ${$:0:1} @', 'echo ${$:0:1} "${PARAMS_P}"'],
  // 726, 730, 747: a nested ${...} or \} ends where it should, so the # after a blank is still inside the word, not a comment.
  ['echo ${y:-${x} #@}', 'echo ${y:-${x} #"${PARAMS_P}"}'],
  ['echo ${y:-${x[1]} #@}', 'echo ${y:-${x[1]} #"${PARAMS_P}"}'],
  ['echo ${y:-\\} #@}', 'echo ${y:-\\} #"${PARAMS_P}"}'],
  // 750, 751: a } inside backquotes or double quotes in the word of ${...} does not end it.
  ['echo ${x:-`echo }`} @', 'echo ${x:-`echo }`} "${PARAMS_P}"'],
  ['echo ${x:-"}"} @', 'echo ${x:-"}"} "${PARAMS_P}"'],
  // 756: a newline inside ${...} is refused only before a pending heredoc body.
  ['cat <<EOF; echo ${x:-a\nb} @\nx\nEOF', unread('line 1, at the end of the line: a newline inside ${...} before a heredoc body')],
  ['echo ${x:-a\nb} @', 'echo ${x:-a\nb} "${PARAMS_P}"'],
  ['cat <<EOF; echo ${x:-a} @\nx\nEOF', 'cat <<EOF; echo ${x:-a} "${PARAMS_P}"\nx\nEOF'],
  // 773: the delimiter "E$" is the two characters E$, so the body ends at E$ and the value is in a quoted heredoc.
  ['cat <<"E$"\n@\nE$', 'script: $(params.p) is in a heredoc with a quoted delimiter (<<\'EOF\'), where the shell expands nothing, so it would stay literal text (line 2). Use an unquoted delimiter (<<EOF) to insert the value; if the text is a script that runs later with the step\'s env, write ${PARAMS_P} in it as plain text'],
  // 659, 682, 709: after $(...), <(...) or `...` the depth is back where it was, so a heredoc body after them is read.
  ['cat <<EOF; echo $(echo a) @\nx\nEOF', 'cat <<EOF; echo $(echo a) "${PARAMS_P}"\nx\nEOF'],
  ['cat <<EOF; echo <(echo a) @\nx\nEOF', 'cat <<EOF; echo <(echo a) "${PARAMS_P}"\nx\nEOF'],
  ['cat <<EOF; echo `echo a` @\nx\nEOF', 'cat <<EOF; echo `echo a` "${PARAMS_P}"\nx\nEOF'],
  // 657, 680, 707: each of <(...), $(...) and `...` goes one level deeper, so two of them nested are two levels, not zero.
  ['cat <<EOF; echo $(cat <(\n@\nEOF\n))', unread('line 1, near "<<EOF; echo $(cat <(": a heredoc whose body starts inside another construct')],
  ['cat <<EOF; echo <(cat $(\n@\nEOF\n))', unread('line 1, near "<<EOF; echo <(cat $(": a heredoc whose body starts inside another construct')],
  ['cat <<EOF; echo $(echo `\n@\nEOF\n`)', unread('line 1, near "<<EOF; echo $(echo `": a heredoc whose body starts inside another construct')],
  // 676: $((...)) is read from after its opening.
  ['echo $((1+2)) @', 'echo $((1+2)) "${PARAMS_P}"'],
];

describe('words, quotes and expansions the parser reads, or refuses with its reason', () => {
  it.each(ROWS)('%j', (template, expected) => {
    expect(outcome(template)).toBe(expected);
  });
});

describe('the texts the tag writes there, run with a hostile value', () => {
  it.each([
    ['printf %s a > out\t# @', 'printf %s a > out\t# ${PARAMS_P}', 'a'],
    ['x=>out printf %s @', 'x=>out printf %s "${PARAMS_P}"', HOSTILE],
    ['exec > out; eval printf %s @ \\', 'exec > out; eval \'printf %s "${PARAMS_P}" \\\'', `${HOSTILE}\\`],
    ['printf %s @ "$%"@ ${10} > out', 'printf %s "${PARAMS_P}" "$%""${PARAMS_P}" ${10} > out', `${HOSTILE}$%${HOSTILE}`],
    ["printf %s 'a\\' 'c\\' @ > out", "printf %s 'a\\' 'c\\' \"${PARAMS_P}\" > out", `a\\c\\${HOSTILE}`],
    ['printf %s "`echo b`" @ > out', 'printf %s "`echo b`" "${PARAMS_P}" > out', `b${HOSTILE}`],
    ['x=; printf %s ${y:-${x} #@} ${x:-"}"} ${x:-`echo }`} > out', 'x=; printf %s ${y:-${x} #"${PARAMS_P}"} ${x:-"}"} ${x:-`echo }`} > out', `#${HOSTILE}}}`],
    ['cat <<EOF > out; echo $(echo a) `echo c` > /dev/null\n@\nEOF', 'cat <<EOF > out; echo $(echo a) `echo c` > /dev/null\n${PARAMS_P}\nEOF', `${HOSTILE}\n`],
  ])('%j', (template, text, out) => {
    const s = tag(template);
    expect(s.text).toBe(text);
    for (const shell of SHELLS) expect(run(s, shell, HOSTILE), `${shell}: ${text}`).toMatchObject({ pwned: false, out });
  });
});
