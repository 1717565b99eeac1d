// Survivors of lib/shell/commands.ts that a rerun left although shell-commands-2.test.ts was meant
// to kill them (issue 20), and that change what a user gets: the text the tag writes, or its
// refusal. Each test names the mutants it kills (line of commands.ts as the run read it, and
// Stryker's change); each mutant was applied by hand and the test failed on it. Where a refusal
// guards against a real attack, the test also runs the script the mutant would have accepted.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanUp, outcome, runText } from '../lib/script-harness';

afterAll(cleanUp);

const unknown = (why: string) =>
  `script: $(params.p) is given to a command the tag cannot read (${why}), so it cannot prove the value stays data (line 1). Write the program name as fixed text in the script and pass the value as a separate, quoted argument, or read the env var by name inside the program`;
const foreign = (label: string) =>
  `script: $(params.p) is in the command text that ${label} runs as shell code, and that shell does not get the step's env vars (line 1). Send the value as data on stdin instead, for example: printf '%s\\n' "\${PARAMS_P}" | ${label} 'IFS= read -r value; echo "$value"'`;

describe('wrappers', () => {
  // Kills commands.ts:157 ArithmeticOperator: start + 1 → start - 1 #2: the words searched for a
  // program that runs code are those after docker, not the value of sudo -u before it (the user
  // node of the Node.js images), which the mutant took for the program node.
  it('looks for the program a container runs after the container command, not before it', () => {
    expect(outcome('sudo -u node docker exec c sh -c "echo @"')).toBe(foreign('sudo sh -c'));
  });

  // Kills commands.ts:170 ConditionalExpression: program === 'env' → true: only env -S splits a
  // word into a command; sudo -S reads the password from stdin.
  it('reads sudo -S as the option that reads the password from stdin', () => {
    expect(outcome('sudo -S apt-get install -y @')).toBe('sudo -S apt-get install -y "${PARAMS_P}"');
  });

  // Kills commands.ts:173 ConditionalExpression: program === 'env' → true #2: only env reads
  // NAME=value as an assignment; nohup runs a program of that name, so the value would choose it.
  it('refuses a NAME=value word after nohup, which nohup runs as the program', () => {
    expect(outcome('nohup X=@ make')).toBe(unknown('its program name after a wrapper is not fixed text'));
  });

  // Kills commands.ts:173 Regex: /^([A-Za-z_][A-Za-z0-9_]*)=/ → /([A-Za-z_][A-Za-z0-9_]*)=/: an
  // option of env such as --unset= is not an assignment of a variable named unset, and its value
  // is not fixed text.
  it('reads --unset= given to env as an option, not as an assignment', () => {
    expect(outcome('env --unset=@ make')).toBe(unknown('an option of env that is not fixed text'));
  });

  // Kills commands.ts:175 Regex: /^[-+]/ → /[-+]/: a word that starts with fixed text other than
  // - or + is an operand even when a - follows (the lock file of flock here).
  it('reads a lock file whose fixed text holds a dash as the operand of flock', () => {
    expect(outcome('flock "/tmp/lock-$JOB" make @')).toBe('flock "/tmp/lock-$JOB" make "${PARAMS_P}"');
  });

  // Kills commands.ts:194 ConditionalExpression: i >= at → true (roleOf) and #2 (fileOf): when
  // the tag cannot tell which program a wrapper runs (rsync -e ssh names ssh later), only the words
  // from that program on are unknown; the password given to sshpass before it stays data.
  it('keeps the words of a wrapper before the program it cannot read as data', () => {
    expect(outcome('sshpass -p @ rsync -e ssh ./dist host:/srv')).toBe('sshpass -p "${PARAMS_P}" rsync -e ssh ./dist host:/srv');
    expect(outcome('sshpass -f <(printf %s @) rsync -e ssh ./dist host:/srv')).toBe('sshpass -f <(printf %s "${PARAMS_P}") rsync -e ssh ./dist host:/srv');
    expect(outcome('sshpass -p x rsync -e ssh @ host:/srv')).toBe(unknown('sshpass runs rsync, and a later word names a program that runs code, so the tag cannot tell which one sshpass runs'));
  });

  // Kills commands.ts:207 ConditionalExpression: i <= start → false: the words of a wrapper are
  // not read by the program it runs, so the signal given to timeout is not a word of test.
  it('does not read the words of a wrapper as words of the program it runs', () => {
    expect(outcome('timeout -s @ 5 test -e /tmp/ready')).toBe('timeout -s "${PARAMS_P}" 5 test -e /tmp/ready');
  });
});

// Kills commands.ts:292 ConditionalExpression: i >= first → true: the options of watch are not
// part of the text it gives to sh -c, so the value of -n stays a quoted word of its own.
it('keeps the value of watch -n a quoted word outside the command text', () => {
  expect(outcome('watch -n @ "echo hi"')).toBe('watch -n "${PARAMS_P}" "echo hi"');
});

// Kills commands.ts:412 ConditionalExpression: k >= at → true (fileOf): a shell reads the value of
// -o as an option name, so a <(...) there is not read as a file even when an option the tag does
// not know comes after it.
it('keeps a file given to a shell before an option the tag does not know as data', () => {
  expect(outcome('bash -o <(echo @) -O extglob')).toBe('bash -o <(echo "${PARAMS_P}") -O extglob');
});

describe('python', () => {
  // Kills commands.ts:434 StringLiteral: '-m' → "": python -m runs a module, which reads stdin as
  // data, even when the module's name is not fixed text.
  it('reads what python -m gets on stdin as data', () => {
    expect(outcome('echo @ | python3 -m "$tool"')).toBe('echo "${PARAMS_P}" | python3 -m "$tool"');
  });

  // Kills commands.ts:434 LogicalOperator: operand >= 0 && operand < args.length && args[operand] !==
  // undefined → … || args[operand] !== undefined, and ConditionalExpression: args[operand] !==
  // undefined → true: a script file that is not fixed text may be -, so python reads stdin as code.
  it('refuses a pipeline into python whose script file is not fixed text', () => {
    expect(outcome('echo @ | python3 "$script"')).toBe(
      `script: $(params.p) is in a pipeline that feeds python3, which runs what it reads as python3 code (line 1). Read the env var by name inside the program instead: python3 -c 'import os; print(os.environ["PARAMS_P"])'`,
    );
    // What the mutants wrote, run with the script file - : the value runs.
    const ran = runText('bash', 'echo "${PARAMS_P}" | python3 "$script"', { PARAMS_P: 'import os; os.system("touch PWNED")', script: '-' });
    expect(ran).toMatchObject({ pwned: true, code: 0 });
  });
});
