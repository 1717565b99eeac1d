// Survivors of lib/shell/commands.ts that the mutation run left without a reason (issue 20) and that
// change what a user gets: a script the tag writes, or its refusal. Each test names the mutant it
// kills (line of the committed commands.ts and Stryker's change); each was applied by hand and the
// test failed on it. Where a test claims the written script keeps the value as data, it runs the
// script under real shells, or under the real watch (procps), with a hostile value.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanUp, HOSTILE, outcome, run, SHELLS, underWatch, written } from '../lib/script-harness';
import { unknown } from '../lib/script-messages';

afterAll(cleanUp);



describe('watch', () => {
  // Kills commands.ts:30 StringLiteral: '-q' → "": watch -x reads its options as a wrapper's, and
  // without -q among the options with a value the tag took 3 for the command watch runs, found sh
  // after it and refused the script.
  it('takes the word after -q as its value when it runs a command with -x', () => {
    const s = written('watch -x -g -q 3 -n 0.1 sh -c "date +%N; echo @ > out"', `watch -x -g -q 3 -n 0.1 sh -c 'date +%N; echo "\${PARAMS_P}" > out'`);
    expect(underWatch(s.text, HOSTILE)).toMatchObject({ pwned: false, out: `${HOSTILE}\n`, code: 0 });
  });

  // Kills commands.ts:320 ArithmeticOperator: i + 1 → i - 1: the text for sh -c starts after --,
  // so with more than one word after it the value is placed in that text, not refused and not
  // joined with the value of -n.
  it('reads every word after -- as the one text that sh -c runs', () => {
    expect(outcome('watch -- echo @')).toBe(`watch -- 'echo "\${PARAMS_P}"'`);
    expect(outcome('watch -n 1 -- echo @')).toBe(`watch -n 1 -- 'echo "\${PARAMS_P}"'`);
    const s = written(`watch -g -n 0.1 -- 'date +%N;' echo @ '> out'`, `watch -g -n 0.1 -- 'date +%N; echo "\${PARAMS_P}" > out'`);
    expect(underWatch(s.text, HOSTILE)).toMatchObject({ pwned: false, out: `${HOSTILE}\n`, code: 0 });
  });

  // Kills commands.ts:327 Regex: /^--(differences|interval|equexit)=/ → /--(differences|interval|equexit)=/:
  // only a word that starts with --interval= (or the others) is that option; -b--interval=1 is an
  // option the tag does not know, which the real watch rejects too.
  it('refuses an option that holds --interval= without starting with it', () => {
    expect(outcome('watch -b--interval=1 echo @')).toBe(unknown('watch with the option -b--interval=1'));
    const ran = underWatch('watch -b--interval=1 echo hi', 'x');
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain("watch: invalid option -- '-'");
  });
});

// Kills commands.ts:128 Regex: /^python[0-9.]*$/ → /^python[0-9.]*/: only python followed by a
// version is Python; pyenv's python-build takes a version name and a prefix, both data.
it('reads a program whose name only starts with python as an ordinary program', () => {
  expect(outcome('python-build @ /opt/py')).toBe('python-build "${PARAMS_P}" /opt/py');
  expect(outcome('python3.12 @')).toBe(
    'script: $(params.p) is the script file that python3.12 runs, so the value chooses the code (line 1). Name the script as fixed text and pass the value to it as an argument or env var',
  );
});

// Kills commands.ts:186 ArithmeticOperator: start + 1 → start - 1 #3: the words searched for a
// code runner are those after the program a wrapper runs, not the wrapper's own values, so the
// user node (of the Node.js images) is not taken for the program node.
it('does not take the value of a wrapper option for a later program that runs code', () => {
  expect(outcome('sudo -u node npm install @')).toBe('sudo -u node npm install "${PARAMS_P}"');
});

// Kills commands.ts:216 ConditionalExpression: first?.t === 'sq' → false: a word that starts with
// single quotes has fixed text, so 'NAME=value' given to env is an assignment, and sh after it is
// the program env runs.
it('reads a single-quoted NAME=value given to env as an assignment', () => {
  const s = written(`env 'GREETING=hello world' sh -c "echo @ > out"`, `env 'GREETING=hello world' sh -c 'echo "\${PARAMS_P}" > out'`);
  for (const shell of SHELLS) expect(run(s, shell, HOSTILE), shell).toMatchObject({ pwned: false, out: `${HOSTILE}\n`, code: 0 });
});
