// Places where lib/shell/parse.ts read a script differently from bash, dash and busybox ash, found
// by the third mutation run of the parser. Each test shows what the shells do with the text
// the old parser let through, and what the tag does now.
import { afterAll, describe, expect, it } from 'vitest';
import { parseShell } from '../../lib/shell/parse';
import type { Simple } from '../../lib/shell/syntax';
import { cleanUp, HOSTILE, outcome, run, runText, SHELLS, tag } from '../lib/script-harness';
import { unknown } from '../lib/script-messages';

afterAll(cleanUp);

describe('a # right after the = of an assignment', () => {
  it('is text in every shell, so the word after it is the command that runs', () => {
    // What the tag used to write for `x=# @`: the value as a comment, unquoted.
    for (const shell of SHELLS) expect(runText(shell, 'x=# ${PARAMS_P}\n', { PARAMS_P: 'touch PWNED' }).pwned, shell).toBe(true);
    // Now the value is read as the command's name, which is not fixed text.
    expect(outcome('x=# @')).toBe(unknown('its program name is not fixed text'));
    expect(outcome('x=#a @')).toBe(unknown('its program name is not fixed text'));
  });

  it('still begins a comment at the start of any other word, a redirection\'s target included', () => {
    // The shells read `>#f` as > before a comment and stop at the missing target.
    for (const shell of SHELLS) expect(runText(shell, 'echo a >#f\n', {}).code, shell).toBe(2);
    expect(outcome('echo @ >#f')).toBe(
      'script: the tag cannot read the script with certainty (line 1, near the end: expected a word after >), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read "${PARAMS_P}" in a plain-string script',
    );
  });

  it('still begins a comment at the start of any other word, an array element included', () => {
    expect(outcome('echo a # @')).toBe('echo a # ${PARAMS_P}');
    expect(outcome('a=(#b\n@)')).toBe('a=(#b\n"${PARAMS_P}")');
    const s = tag('x=#a; printf %s "$x" @ > out');
    expect(s.text).toBe('x=#a; printf %s "$x" "${PARAMS_P}" > out');
    for (const shell of SHELLS) expect(run(s, shell, HOSTILE), shell).toMatchObject({ pwned: false, out: `#a${HOSTILE}` });
  });
});

describe('a # right after the [n]= of an array element', () => {
  it('is text in bash, so the ) after it closes the array and the next line runs', () => {
    // What the tag used to write: it took #a) for a comment, so the array went on to the last ).
    expect(runText('bash', 'x=([1]=#a)\neval "${PARAMS_P}"\n)\n', { PARAMS_P: 'touch PWNED' }).pwned).toBe(true);
    expect(outcome('x=([1]=#a)\neval @\n)')).toBe(
      'script: the tag cannot read the script with certainty (line 3, near ")": unexpected ")"), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read "${PARAMS_P}" in a plain-string script',
    );
    const s = tag('x=([1]=#a [2]=b); printf %s "${x[1]}" @ > out');
    expect(s.text).toBe('x=([1]=#a [2]=b); printf %s "${x[1]}" "${PARAMS_P}" > out');
    expect(run(s, 'bash', HOSTILE)).toMatchObject({ pwned: false, out: `#a${HOSTILE}` });
  });
});

describe('a reserved word after a redirection', () => {
  it('is the name of the command, as every shell reads it, not the end of the compound', () => {
    const s = tag('if true; then >f fi; echo @ > out; fi');
    expect(s.text).toBe('if true; then >f fi; echo "${PARAMS_P}" > out; fi');
    for (const shell of SHELLS) expect(run(s, shell, HOSTILE), shell).toMatchObject({ pwned: false, out: `${HOSTILE}\n` });
  });
});

describe('a process substitution joined to the text before it', () => {
  it('is part of that word, as bash and busybox ash read it', () => {
    const text = 'cat --file=<(echo a) x';
    const cat = parseShell(text, []).root.pipelines[0].commands[0] as Simple;
    expect(cat.words.map((w) => w.parts.map((part) => part.t))).toEqual([['lit'], ['lit', 'procsub'], ['lit']]);
    for (const shell of ['bash', 'busybox ash'] as const) {
      expect(runText(shell, `printf '[%s]\\n' --file=<(echo a) "$V" > out\n`, { V: 'v' }).out, shell).toMatch(/^\[--file=\/dev\/fd\/\d+\]\n\[v\]\n$/);
    }
    // dash refuses the script, so nothing on that line runs.
    expect(runText('dash', 'printf %s --file=<(echo a) > out\n', {})).toMatchObject({ code: 2, out: undefined });
  });

  it('is followed into: a value piped into a command whose word holds one that runs sh is refused', () => {
    expect(outcome('printf %s @ | cat --file=<(sh) x')).toBe(
      'script: $(params.p) is in a pipeline that feeds sh, which runs what it reads as shell code (line 1). Pipe in a fixed script that reads the env var by name: echo \'echo "${PARAMS_P}"\' | sh',
    );
    const s = tag('cat --file=<(printf %s @) > out');
    expect(s.text).toBe('cat --file=<(printf %s "${PARAMS_P}") > out');
  });
});

describe('a heredoc opened in one command substitution', () => {
  it('does not take its body from a later substitution at the same depth', () => {
    // What the tag used to accept and write unchanged: dash and busybox ash run the line as a command.
    const old = 'echo $(cat <<EOF) $(\n${PARAMS_P}\nEOF\n)\n';
    for (const shell of ['dash', 'busybox ash'] as const) expect(runText(shell, old, { PARAMS_P: 'touch PWNED' }).pwned, shell).toBe(true);
    expect(outcome('echo $(cat <<EOF) $(\n@\nEOF\n)')).toBe(
      'script: the tag cannot read the script with certainty (line 1, near "<<EOF) $(": a heredoc whose body starts inside another construct), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read "${PARAMS_P}" in a plain-string script',
    );
  });

  it('takes its body from the lines after it inside the same substitution', () => {
    const s = tag('echo $(cat <<EOF\n@\nEOF\n) > out');
    expect(s.text).toBe('echo $(cat <<EOF\n${PARAMS_P}\nEOF\n) > out');
  });
});
