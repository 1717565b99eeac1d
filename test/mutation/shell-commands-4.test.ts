// Survivors of lib/shell/commands.ts that a rerun left although shell-commands-2.test.ts was meant
// to kill them (issue 20), and that change what a user gets: the text the tag writes, or its
// refusal. Each test names the mutants it kills (line of commands.ts as the run read it, and
// Stryker's change); each mutant was applied by hand and the test failed on it. Where a refusal
// guards against a real attack, the test also runs the script the mutant would have accepted.
// The last tests are for bugs found while reading those mutants; each failed on the old code.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanUp, HOSTILE, outcome, run, runText, SHELLS, written } from '../lib/script-harness';
import { foreign, unknown } from '../lib/script-messages';

afterAll(cleanUp);


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

describe('bugs found while reading these mutants', () => {
  // Found reading commands.ts:172 (t === '--' → false, '--' → "" #2): the tag stopped reading a
  // wrapper's words at --, so it took timeout's duration or env's NAME=value after -- for the
  // program, refused these scripts, and did not see flock's -c after -- and its lock file: the
  // old text of the first template ran the value under the real flock.
  it('reads the operands and env assignments after --, and flock -c after -- and its lock file', () => {
    const old = runText('bash', 'flock -- lock -c "echo ${PARAMS_P} > out"', { PARAMS_P: '$(touch PWNED)' });
    expect(old).toMatchObject({ pwned: true, code: 0 });
    const cases = [
      ['flock -- lock -c "echo @ > out"', `flock -- lock -c 'echo "\${PARAMS_P}" > out'`],
      ['flock -w 5 -- lock --command "echo @ > out"', `flock -w 5 -- lock --command 'echo "\${PARAMS_P}" > out'`],
      ['flock -- lock sh -c "echo @ > out"', `flock -- lock sh -c 'echo "\${PARAMS_P}" > out'`],
      ['timeout -- 5 sh -c "echo @ > out"', `timeout -- 5 sh -c 'echo "\${PARAMS_P}" > out'`],
      ['env -- X=1 sh -c "echo @ > out"', `env -- X=1 sh -c 'echo "\${PARAMS_P}" > out'`],
    ];
    for (const [template, text] of cases) {
      const s = written(template, text);
      for (const shell of SHELLS) expect(run(s, shell, HOSTILE), `${template} under ${shell}`).toMatchObject({ pwned: false, out: `${HOSTILE}\n`, code: 0 });
    }
    expect(outcome('env -- X=@ make')).toBe('env -- X="${PARAMS_P}" make');
    // After -- a word that looks like an option is the program env runs.
    expect(outcome('env -- -i sh -c "echo @"')).toBe(unknown('env runs -i, and a later word names a program that runs code, so the tag cannot tell which one env runs'));
  });

  // Found reading commands.ts:207 (i <= start → i < start): an interpolation in single quotes made
  // a word the tag took for fixed text, so the value could name the program that runs (the old
  // text ran touch), or choose an option of a wrapper or a shell.
  it('refuses an interpolation in single quotes in the program name or a wrapper option', () => {
    expect(runText('bash', `''"\${PARAMS_P}"'' PWNED`, { PARAMS_P: 'touch' })).toMatchObject({ pwned: true, code: 0 });
    expect(outcome("'@' PWNED")).toBe(unknown('its program name is not fixed text'));
    expect(outcome("'@/bin/test' -n x")).toBe(unknown('its program name is not fixed text'));
    // The quoted part need not be the whole word (commands.ts:160, some → every).
    expect(outcome("'@'x PWNED")).toBe(unknown('its program name is not fixed text'));
    expect(outcome("x'@' PWNED")).toBe(unknown('its program name is not fixed text'));
    expect(outcome("nice '@' make")).toBe(unknown('an option of nice that is not fixed text'));
    expect(outcome("sudo '-@' make")).toBe(unknown('an option of sudo that is not fixed text'));
    expect(outcome("timeout '@' 5 sh -c x")).toBe(unknown('an option of timeout that is not fixed text'));
    expect(outcome("sh '-@' x")).toBe(unknown('sh with an option that is not fixed text'));
    expect(outcome("python3 '-@' x.py")).toBe(
      'script: $(params.p) is the script file that python3 runs, so the value chooses the code (line 1). Name the script as fixed text and pass the value to it as an argument or env var',
    );
    // Where fixed text comes first the word is an operand, and an argument or option value stays data.
    expect(outcome("timeout 'x@' 5 echo")).toBe(`timeout 'x'"\${PARAMS_P}"'' 5 echo`);
    expect(outcome("sudo -u '@' make")).toBe(`sudo -u ''"\${PARAMS_P}"'' make`);
    expect(outcome("env 'X=@' make")).toBe(`env 'X='"\${PARAMS_P}"'' make`);
  });

  // Found reading commands.ts:194 (i >= at → true #2): xargs -a reads the words it gives to its
  // program from a file as it does from stdin, so a <(...) there is code when that program runs
  // code; the old text ran the value under the real xargs.
  it('reads the file of xargs -a as what xargs hands to its program', () => {
    const old = runText('bash', 'xargs -a <(echo "${PARAMS_P}") sh -c', { PARAMS_P: "'touch PWNED'" });
    expect(old).toMatchObject({ pwned: true, code: 0 });
    const asFile = (label: string) =>
      `script: $(params.p) is in a process substitution read as a file by ${label}, which runs it as shell code (line 1). Write the script it runs as fixed text that reads the env var by name, for example: echo "\${PARAMS_P}"`;
    expect(outcome('xargs -a <(echo @) sh -c')).toBe(asFile('xargs sh'));
    expect(outcome('xargs -0 --arg-file <(echo @) bash -c')).toBe(asFile('xargs bash'));
    expect(outcome('xargs -a <(echo @) ./x.sh python3')).toBe(
      `script: $(params.p) is in a process substitution read as a file by a command that reads it, given to a command the tag cannot read (xargs runs ./x.sh, and a later word names a program that runs code, so the tag cannot tell which one xargs runs), so it cannot prove the value stays data (line 1). Write the program name as fixed text in the script and pass the value as a separate, quoted argument, or read the env var by name inside the program`,
    );
    const s = written('xargs -a <(echo @) echo > out', 'xargs -a <(echo "${PARAMS_P}") echo > out');
    expect(run(s, 'bash', 'a b')).toMatchObject({ pwned: false, out: 'a b\n', code: 0 });
  });
});
