// lib/shell/parse.ts lines 400 to 549 at the edges its mutation rerun left open: brackets inside
// arithmetic, a reserved word after an assignment, empty commands, name() function definitions,
// assignments and array assignments, and heredocs (delimiters, <<- tabs, end lines, quoted bodies,
// expansions in unquoted bodies). Each template gives the exact text the tag writes or the exact
// refusal; the heredocs and branches it writes run under every shell with a hostile value.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanUp, HOSTILE, outcome, run, SHELLS, tag } from '../lib/script-harness';
import { unreadable } from '../lib/script-messages';

afterAll(cleanUp);


const SUBSCRIPT = 'script: $(params.p) is used inside bash arithmetic (an array subscript x[...]), where bash evaluates the value as an expression, so a value such as "a[$(touch x)]" runs commands even when quoted (line 1). Check that it is a number first and use the checked copy: n="${PARAMS_P}"; case "$n" in \'\'|*[!0-9]*) echo "not a number: $n" >&2; exit 1;; esac; then use $n in the arithmetic';

const QUOTED_HEREDOC = 'script: $(params.p) is in a heredoc with a quoted delimiter (<<\'EOF\'), where the shell expands nothing, so it would stay literal text (line 3). Use an unquoted delimiter (<<EOF) to insert the value; if the text is a script that runs later with the step\'s env, write ${PARAMS_P} in it as plain text';

/** Each template (@ for the param) and what the tag makes of it. */
const ROWS: Array<[string, string]> = [
  // Brackets nest inside arithmetic and close it only at depth 0 (401 and 402: every mutant of the
  // depth count, the ( and ) tests and the depth > 0 guard).
  ['echo $((1+(2))) @', 'echo $((1+(2))) "${PARAMS_P}"'],
  // A [ inside a subscript opens a level, so the first ] does not end it (401: the [ test).
  ['x[a[1]+@]=1', SUBSCRIPT],
  // ... and its ] closes that level (402: the ] test).
  ['x[a[1]]=1; echo @', 'x[a[1]]=1; echo "${PARAMS_P}"'],
  // A ) at depth 0 is text that leaves the depth at 0, so the ] after it ends the subscript (402:
  // depth > 0 made true or >= 0, and depth-- made depth++).
  ['x[1)]=1; echo @', 'x[1)]=1; echo "${PARAMS_P}"'],
  // After an assignment, fi is a command name in every shell, so the echo is inside the if (432:
  // the assigns.length === 0 test and the && between it and the reserved-word test).
  ['if true; then x=1 fi; echo @; fi', 'if true; then x=1 fi; echo "${PARAMS_P}"; fi'],
  // A command with no word, assignment or redirection is refused, naming what stands there (446).
  ['echo a; ; echo @', unreadable(1, '; echo ${PARAMS_P}', 'expected a command, found ";"')],
  ['echo @ |', unreadable(1, undefined, 'expected a command, found "the end"')],
  // A lone redirection is a command (446: the redirs test).
  ['>f; echo @', '>f; echo "${PARAMS_P}"'],
  // name() is a function definition only right after the first word (437: the words, assigns
  // and redirs tests), with blanks allowed only before and inside the () (437: the regex).
  ['echo a () { echo @; }', unreadable(1, '() { echo ${PARAMS_P}; }', 'unexpected "(" (bash reads it as a pattern only with extglob, which the tag does not read)')],
  ['echo @; f() { :; }', 'echo "${PARAMS_P}"; f() { :; }'],
  ['f () { echo @; }', 'f () { echo "${PARAMS_P}"; }'],
  ['f( ) { echo @; }', 'f( ) { echo "${PARAMS_P}"; }'],
  // An assignment's name starts the word: 1=a is a command name, so the value is its argument (452).
  ['1=a @', '1=a "${PARAMS_P}"'],
  // += is an assignment, whose value is data (465).
  ['x+=@', 'x+="${PARAMS_P}"'],
  // In an array, = only follows a [subscript]: =#a is one element (479: sub || ...).
  ['x=(=#a); echo @', 'x=(=#a); echo "${PARAMS_P}"'],
  // A [subscript] not followed by = is followed by the element's text, not skipped (479: the = test).
  ['x=([1]"a"); echo @', 'x=([1]"a"); echo "${PARAMS_P}"'],
  // [1]= with no value is an empty element, and text that is no element is refused (481).
  ['x=([1]=); echo @', 'x=([1]=); echo "${PARAMS_P}"'],
  ['x=(a (b)); echo @', unreadable(1, '(b)); echo ${PARAMS_P}', 'unexpected text in an array assignment')],
  // A heredoc delimiter is fixed text (503).
  ['cat <<E@\nx\nE', unreadable(1, 'E${PARAMS_P}', 'a heredoc delimiter must be fixed text')],
  // A body that would start inside $( is refused (511).
  ['cat <<EOF $(\necho a)\n@\nEOF', unreadable(1, '<<EOF $(', 'a heredoc whose body starts inside another construct')],
  // A body with no end line is refused, also for the empty delimiter at the end of the text (514).
  ["cat <<''\n@\n", unreadable(1, "<<''", 'the heredoc ending in  has no end line')],
  ['cat <<EOF\n@', unreadable(1, '<<EOF', 'the heredoc ending in EOF has no end line')],
  // After a delimiter line the next heredoc's body starts on the next line: here the empty
  // delimiter's first line is the one holding the value (520: nl < 0 made true or >= 0).
  ["cat <<A <<'' > out\nA\n@\n\n", QUOTED_HEREDOC],
  // ... and the script goes on after the whole delimiter line, not at its last character (520: lineEnd - 1).
  ["cat <<'EOF;'\nx\nEOF;\necho @", "cat <<'EOF;'\nx\nEOF;\necho \"${PARAMS_P}\""],
  // A quoted body holds no expansions, so an unclosed $( there is text (525).
  ["cat <<'EOF'\n$(\nEOF\necho @", "cat <<'EOF'\n$(\nEOF\necho \"${PARAMS_P}\""],
  // In an unquoted body, backquotes are command substitutions (543: the ` test).
  ['cat <<EOF\n`echo @`\nEOF', 'cat <<EOF\n`echo "${PARAMS_P}"`\nEOF'],
  // A heredoc started by an expansion inside a heredoc body is refused (545).
  ['cat <<A\n$(cat <<B)\nA\necho @', unreadable(2, '', 'a heredoc inside a heredoc body')],
];

describe('lines 400 to 549 of the parser: each construct read, or refused with its reason', () => {
  it.each(ROWS)('%j', (template, expected) => {
    expect(outcome(template)).toBe(expected);
  });
});

describe('the heredocs and branches the tag writes, run with a hostile value', () => {
  it.each([
    // For <<, a tab-indented delimiter is body text (504: strip only for <<-).
    ['cat <<EOF > out\n\tEOF\n@\nEOF', 'cat <<EOF > out\n\tEOF\n${PARAMS_P}\nEOF', `\tEOF\n${HOSTILE}\n`],
    // For <<-, only leading tabs go, all of them (518: the regex anchor and its +).
    ['cat <<-EOF > out\nEOF\t\n@\nEOF', 'cat <<-EOF > out\nEOF\t\n${PARAMS_P}\nEOF', `EOF\t\n${HOSTILE}\n`],
    ['cat <<-EOF > out\n\t\t@\n\t\tEOF', 'cat <<-EOF > out\n\t\t${PARAMS_P}\n\t\tEOF', `${HOSTILE}\n`],
    // A backslash in an unquoted body escapes the $ after it, so $( opens nothing (541).
    ['cat <<EOF > out\n\\$( @\nEOF', 'cat <<EOF > out\n\\$( ${PARAMS_P}\nEOF', `$( ${HOSTILE}\n`],
    // $' in an unquoted body is a $ and a quote, not bash's $'...' (543: expansions read as quoted).
    ["cat <<EOF > out\nit$'s @\nEOF", "cat <<EOF > out\nit$'s ${PARAMS_P}\nEOF", `it$'s ${HOSTILE}\n`],
    // fi after an assignment is a command (not found), and the branch runs on (432).
    ['if true; then x=1 fi 2> /dev/null; printf %s @ > out; fi', 'if true; then x=1 fi 2> /dev/null; printf %s "${PARAMS_P}" > out; fi', HOSTILE],
  ])('%j', (template, text, out) => {
    const s = tag(template);
    expect(s.text).toBe(text);
    for (const shell of SHELLS) expect(run(s, shell, HOSTILE), `${shell}: ${text}`).toMatchObject({ pwned: false, out });
  });
});
