// How lib/shell/commands.ts reads a whole command, beyond its tables (shell-commands.test.ts): which
// wrapper names the env vars a command loses, words and options that are not fixed text, env's
// assignments and -S, what xargs and a pipeline hand on, process substitutions read as files, and
// watch, whose -x decides whether its words are a command or one text for sh -c. Each case is the
// exact text the tag writes or the exact refusal.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanUp, HOSTILE, outcome, tag, underWatch } from '../lib/script-harness';
import { CANNOT_READ, foreign, UNKNOWN_FIX, unknown } from '../lib/script-messages';

afterAll(cleanUp);

const pipedTo = (label: string) =>
  `script: $(params.p) is in a pipeline that feeds ${label}, which runs what it reads as shell code (line 1). Pipe in a fixed script that reads the env var by name: echo 'echo "\${PARAMS_P}"' | ${label}`;
const asFile = (label: string) =>
  `script: $(params.p) is in a process substitution read as a file by ${label}, which runs it as shell code (line 1). Write the script it runs as fixed text that reads the env var by name, for example: echo "\${PARAMS_P}"`;
const nameOf = (construct: string) =>
  `script: $(params.p) is used as a variable name (${construct}), where bash evaluates an array subscript in the name as arithmetic, so a value such as "a[$(touch x)]" runs commands (line 1). Use a fixed variable name in the script and pass the value as data: value="\${PARAMS_P}"`;

describe('the first wrapper that drops the env vars names them in the message', () => {
  it.each([
    ['sudo doas sh -c "echo @"', 'sudo sh -c'],
    ['sudo env -i sh -c "echo @"', 'sudo sh -c'],
    ['env -i sudo sh -c "echo @"', 'env -i sh -c'],
    ['sudo docker exec c sh -c "echo @"', 'sudo sh -c'],
    ['env -i docker exec c sh -c "echo @"', 'env -i sh -c'],
    ['docker run "$img" sh -c "echo @"', 'docker sh -c'],
    ['kubectl exec "$pod" -- sh -c "echo @"', 'kubectl sh -c'],
  ])('%s', (template, label) => {
    expect(outcome(template)).toBe(foreign(label));
  });

  it('reads what a wrapper that drops them hands on through stdin or a file as going to that wrapper', () => {
    expect(outcome('echo @ | sudo sh')).toBe(
      `script: $(params.p) is in a pipeline that feeds sudo sh, which runs what it reads as shell code without the step's env vars (line 1). Send the value as data on stdin instead, for example: printf '%s\\n' "\${PARAMS_P}" | sudo sh -c 'IFS= read -r value; echo "$value"'`,
    );
    expect(outcome('sudo sh <(echo @)')).toBe(
      `script: $(params.p) is in a process substitution read as a file by sudo sh, which runs what it reads as shell code without the step's env vars (line 1). Send the value as data on stdin instead, for example: printf '%s\\n' "\${PARAMS_P}" | sudo sh -c 'IFS= read -r value; echo "$value"'`,
    );
  });

  it('leaves data to such a wrapper as data', () => {
    expect(outcome('sudo echo @')).toBe('sudo echo "${PARAMS_P}"');
    expect(outcome('sudo -u @ ls')).toBe('sudo -u "${PARAMS_P}" ls');
    expect(outcome('docker run "$img" echo @')).toBe('docker run "$img" echo "${PARAMS_P}"');
    expect(outcome('find . -name @')).toBe('find . -name "${PARAMS_P}"');
  });
});

describe('words and options that are not fixed text', () => {
  it.each([
    ['"$x" @', 'its program name is not fixed text'],
    ['$x @', 'its program name is not fixed text'],
    ['env -- @', 'its program name after a wrapper is not fixed text'],
    ['timeout "$s" sh -c "echo @"', 'an option of timeout that is not fixed text'],
    ['timeout "-$s" 5 sh -c "echo @"', 'an option of timeout that is not fixed text'],
    ['timeout "$s" echo @', 'an option of timeout that is not fixed text'],
    ['env "$x" @', 'an option of env that is not fixed text'],
    ['sh "-$x" @', 'sh with an option that is not fixed text'],
    ['env -S "sh -c x" @', 'env -S splits its argument into a command'],
    ['env -S x sh -c "echo @"', 'env -S splits its argument into a command'],
    ['env --split-string=x sh -c "echo @"', 'env -S splits its argument into a command'],
    ['env --split-string x @', 'env -S splits its argument into a command'],
  ])('%s', (template, why) => {
    expect(outcome(template)).toBe(unknown(why));
  });

  it('reads a word that starts with fixed text other than - or + as an operand', () => {
    expect(outcome('timeout "5$s" sh -c "echo @"')).toBe(`timeout "5$s" sh -c 'echo "\${PARAMS_P}"'`);
    expect(outcome('sh "x$x" @')).toBe('sh "x$x" "${PARAMS_P}"');
    expect(outcome('nice -n @ echo x')).toBe('nice -n "${PARAMS_P}" echo x');
  });

  it('refuses what a command it cannot read gets on stdin or from a file', () => {
    expect(outcome('echo @ | env "$x"')).toBe(`script: $(params.p) is in a pipeline that feeds a command that reads it, ${CANNOT_READ('an option of env that is not fixed text')} (line 1). ${UNKNOWN_FIX}`);
    expect(outcome('env "$x" <(echo @)')).toBe(
      `script: $(params.p) is in a process substitution read as a file by a command that reads it, ${CANNOT_READ('an option of env that is not fixed text')} (line 1). ${UNKNOWN_FIX}`,
    );
  });
});

describe("env's assignments", () => {
  it.each([
    ['env X=@ sh', 'env X="${PARAMS_P}" sh'],
    ['env X=@', 'env X="${PARAMS_P}"'],
    ['env X=1 Y=@ sh', 'env X=1 Y="${PARAMS_P}" sh'],
    ['env A=@ B=2 python3 -c x', 'env A="${PARAMS_P}" B=2 python3 -c x'],
    ['env "X=$v" sh -c "echo @"', `env "X=$v" sh -c 'echo "\${PARAMS_P}"'`],
  ])('%s', (template, expected) => {
    expect(outcome(template)).toBe(expected);
  });

  it('checks the name assigned like a shell assignment', () => {
    expect(outcome('env PATH=@ sh')).toBe(
      `script: $(params.p) is assigned to PATH, which the shell itself reads (as code, a prompt it expands, a path it runs from or a setting of how it reads text) (line 1). Assign it to a variable of your own with a plain name (value="\${PARAMS_P}") and use "$value"`,
    );
  });
});

describe('what reaches a command on stdin or as a file', () => {
  it.each([
    ['echo @ | xargs', 'echo "${PARAMS_P}" | xargs'],
    ['echo @ | xargs echo', 'echo "${PARAMS_P}" | xargs echo'],
    ['echo @ | nohup', 'echo "${PARAMS_P}" | nohup'],
    ['echo @ | source x.sh', 'echo "${PARAMS_P}" | source x.sh'],
    ['source x <(echo @)', 'source x <(echo "${PARAMS_P}")'],
    ['xargs -I @ sh -c x', 'xargs -I "${PARAMS_P}" sh -c x'],
    ['echo @ | xargs sh -c \'echo $0\'', pipedTo('xargs sh')],
    ['echo @ | xargs -0 sh', pipedTo('xargs sh')],
    ['echo @ | xargs bash', pipedTo('xargs bash')],
    ['echo @ | nohup sh', pipedTo('sh')],
    ['echo @ | source /dev/stdin', pipedTo('source')],
    ['echo @ | source', pipedTo('source')],
    ['echo @ | . -', pipedTo('.')],
    ['source <(echo @)', asFile('source')],
    ['bash <(echo @)', asFile('bash')],
  ])('%s', (template, expected) => {
    expect(outcome(template)).toBe(expected);
  });

  it('reads su and runuser without -c as a shell on stdin that does not get the env vars', () => {
    for (const program of ['su', 'runuser']) {
      expect(outcome(`echo @ | ${program}`)).toBe(
        `script: $(params.p) is in a pipeline that feeds ${program}, which runs what it reads as shell code without the step's env vars (line 1). Send the value as data on stdin instead, for example: printf '%s\\n' "\${PARAMS_P}" | ${program} -c 'IFS= read -r value; echo "$value"'`,
      );
    }
    expect(outcome('su -c x @')).toBe('su -c x "${PARAMS_P}"');
    expect(outcome('su - x -c "echo @"')).toBe(foreign('su -c'));
  });
});

describe('builtins at their edges', () => {
  it.each([
    ['trap -- "echo @" EXIT', `trap -- 'echo "\${PARAMS_P}"' EXIT`],
    ['trap -- "echo @"', 'trap -- "echo ${PARAMS_P}"'],
    ['trap -- x @', nameOf('trap signal')],
    ['trap x @', nameOf('trap signal')],
    ['unset -v @', nameOf('unset')],
    ['printf -v @', nameOf('printf -v')],
    ['printf -v x -- @', 'printf -v x -- "${PARAMS_P}"'],
    ['printf -- -- @', 'printf -- -- "${PARAMS_P}"'],
    ['wait -p x @', 'wait -p x "${PARAMS_P}"'],
    ['wait -n -p @', nameOf('wait -p')],
    ['[ -v @ ]', nameOf('[ -v')],
    ['[ -R @ ]', nameOf('[ -R')],
    ['test -v @', nameOf('test -v')],
    ['[ -n @ x ]', '[ -n "${PARAMS_P}" x ]'],
    // flock takes -c only after the lock file (it refuses it before), so here the value is data.
    ['flock -c "echo @" x', 'flock -c "echo ${PARAMS_P}" x'],
  ])('%s', (template, expected) => {
    expect(outcome(template)).toBe(expected);
  });
});


describe('watch: its words are one text for sh -c, or with -x among its options a command', () => {
  it.each([
    ['watch -x sh -c "echo @"', `watch -x sh -c 'echo "\${PARAMS_P}"'`],
    ['watch --exec sh -c "echo @"', `watch --exec sh -c 'echo "\${PARAMS_P}"'`],
    ['watch -tx sh -c "echo @"', `watch -tx sh -c 'echo "\${PARAMS_P}"'`],
    ['watch -x -- sh -c "echo @"', `watch -x -- sh -c 'echo "\${PARAMS_P}"'`],
    ['timeout 5 watch -x sh -c "echo @"', `timeout 5 watch -x sh -c 'echo "\${PARAMS_P}"'`],
    ['watch -x echo @', 'watch -x echo "${PARAMS_P}"'],
    ['watch --exec echo @', 'watch --exec echo "${PARAMS_P}"'],
    ['watch -x sudo sh -c "echo @"', foreign('sudo sh -c')],
    ['watch -xn 5 sh -c "echo @"', unknown('watch runs 5, and a later word names a program that runs code, so the tag cannot tell which one watch runs')],
    ['watch -x "$c" @', unknown('an option of watch that is not fixed text')],
    // -d takes a value only when attached, so the next word is already the command.
    ['watch -d "echo @"', `watch -d 'echo "\${PARAMS_P}"'`],
    ['watch -d 5 "echo @"', `watch -d '5 echo "\${PARAMS_P}"'`],
    ['watch --differences=permanent "echo @"', `watch --differences=permanent 'echo "\${PARAMS_P}"'`],
    ['watch -q 3 "echo @"', `watch -q 3 'echo "\${PARAMS_P}"'`],
    ['watch --equexit 3 "echo @"', `watch --equexit 3 'echo "\${PARAMS_P}"'`],
    ['watch -n5 "echo @"', `watch -n5 'echo "\${PARAMS_P}"'`],
    ['watch -nx "echo @"', `watch -nx 'echo "\${PARAMS_P}"'`],
    ['watch --interval=5 "echo @"', `watch --interval=5 'echo "\${PARAMS_P}"'`],
    ['watch -b -c -e -g -p -t -w "echo @"', `watch -b -c -e -g -p -t -w 'echo "\${PARAMS_P}"'`],
    ['watch --beep --color --differences --errexit --chgexit --precise --no-title --no-wrap "echo @"', `watch --beep --color --differences --errexit --chgexit --precise --no-title --no-wrap 'echo "\${PARAMS_P}"'`],
    ['watch -- "echo @"', `watch -- 'echo "\${PARAMS_P}"'`],
    ['watch "echo @" -x', `watch 'echo "\${PARAMS_P}" -x'`],
    ['watch -tz "echo @"', unknown('watch with the option -tz')],
    ['watch --int 5 "echo @"', unknown('watch with the option --int')],
    ['watch "$o" "echo @"', unknown('watch with an option that is not fixed text')],
    ['watch "-$o" "echo @"', unknown('watch with an option that is not fixed text')],
  ])('%s', (template, expected) => {
    expect(outcome(template)).toBe(expected);
  });

  // A bug found while reading commands.ts for its mutation run: the tag took any -x (even one after
  // the command) for watch -x and then left every word as data, and took -d to need a value, so the
  // value stayed inside the text that sh -c runs. The old texts below are what it wrote.
  it('keeps the value out of the code the real watch runs, which the old reading did not', () => {
    const old = [
      'watch -g -n 0.1 -x sh -c "date +%N; echo ${PARAMS_P} > out"',
      'watch -g -n 0.1 "date +%N; echo ${PARAMS_P} > out" -x',
      'watch -g -n 0.1 -d "date +%N; echo ${PARAMS_P} > out"',
    ];
    for (const text of old) expect(underWatch(text, '$(touch PWNED)').pwned).toBe(true);
    const written = [
      ['watch -g -n 0.1 -x sh -c "date +%N; echo @ > out"', `watch -g -n 0.1 -x sh -c 'date +%N; echo "\${PARAMS_P}" > out'`, ''],
      ['watch -g -n 0.1 "date +%N; echo @ > out" -x', `watch -g -n 0.1 'date +%N; echo "\${PARAMS_P}" > out -x'`, ' -x'],
      ['watch -g -n 0.1 -d "date +%N; echo @ > out"', `watch -g -n 0.1 -d 'date +%N; echo "\${PARAMS_P}" > out'`, ''],
      ['watch -g -q 3 -n 0.1 "date +%N; echo @ > out"', `watch -g -q 3 -n 0.1 'date +%N; echo "\${PARAMS_P}" > out'`, ''],
    ];
    for (const [template, text, after] of written) {
      const s = tag(template);
      expect(s.text).toBe(text);
      expect(s.env).toEqual([{ name: 'PARAMS_P', value: '$(params.p)' }]);
      expect(underWatch(s.text, HOSTILE)).toMatchObject({ pwned: false, out: `${HOSTILE}${after}\n`, code: 0 });
    }
  });
});

describe('interpreters and shells beyond the table', () => {
  const program = (label: string, language: string, read: string) =>
    `script: $(params.p) is inside the program text that ${label} runs, where it would be read as ${language} code (line 1). Read the env var by name inside the program instead: ${read}`;
  const piped = (label: string, read: string) =>
    `script: $(params.p) is in a pipeline that feeds ${label}, which runs what it reads as ${label} code (line 1). Read the env var by name inside the program instead: ${read}`;
  const NODE = `node -e 'console.log(process.env.PARAMS_P)'`;
  const PY = `python3 -c 'import os; print(os.environ["PARAMS_P"])'`;
  it.each([
    ['node -p "@"', program('node -p', 'node', NODE)],
    ['node --eval "@"', program('node --eval', 'node', NODE)],
    ['node --print "@"', program('node --print', 'node', NODE)],
    ['python3 -Ic "@"', program('python3 -Ic', 'python3', PY)],
    ['python2 -c "@"', program('python2 -c', 'python3', PY)],
    ['perl -nE "@"', program('perl -nE', 'perl', `perl -e 'print $ENV{PARAMS_P}'`)],
    ['ruby -ne "@"', program('ruby -ne', 'ruby', `ruby -e 'puts ENV["PARAMS_P"]'`)],
    ['sed -- "@"', program('sed', 'sed', `awk '{ gsub(/x/, ENVIRON["PARAMS_P"]) } 1'`)],
    ['echo @ | node', piped('node', NODE)],
    ['echo @ | perl', piped('perl', `perl -e 'print $ENV{PARAMS_P}'`)],
    ['echo @ | php', piped('php', `php -r 'echo getenv("PARAMS_P");'`)],
    ['python3 <(echo @)', `script: $(params.p) is in a process substitution read as a file by python3, which runs what it reads as python3 code (line 1). Read the env var by name inside the program instead: ${PY}`],
    ['echo @ | ruby -e x', 'echo "${PARAMS_P}" | ruby -e x'],
    ['echo @ | awk -f x', 'echo "${PARAMS_P}" | awk -f x'],
    ['awk --file x @', 'awk --file x "${PARAMS_P}"'],
    ['gawk -f x @', 'gawk -f x "${PARAMS_P}"'],
    ['sed -n -f x @', 'sed -n -f x "${PARAMS_P}"'],
    ['sed -e p @', 'sed -e p "${PARAMS_P}"'],
    ['pwsh -File x @', 'pwsh -File x "${PARAMS_P}"'],
    ['python3 -m mod x @', 'python3 -m mod x "${PARAMS_P}"'],
    ['bash -xc "echo @"', `bash -xc 'echo "\${PARAMS_P}"'`],
    ['sh -ec "echo @" x', `sh -ec 'echo "\${PARAMS_P}"' x`],
    ['bash -oo a b -c "echo @"', `bash -oo a b -c 'echo "\${PARAMS_P}"'`],
    ['echo @ | bash -c x', 'echo "${PARAMS_P}" | bash -c x'],
    ['sh - @', 'script: $(params.p) is the script file that sh runs, so the value chooses the code (line 1). Name the script as fixed text and pass the value to it as an argument or env var'],
  ])('%s', (template, expected) => {
    expect(outcome(template)).toBe(expected);
  });
});

describe('edges the mutation run of commands.ts left', () => {
  const chooses = (program: string) =>
    `script: $(params.p) is the script file that ${program} runs, so the value chooses the code (line 1). Name the script as fixed text and pass the value to it as an argument or env var`;
  it.each([
    // A bug this run led to: any -c among flock's words (here sh's) made flock's own -c, so sudo sh -c
    // got the text that reads the env var, which sudo does not pass on.
    ['flock /tmp/l sudo sh -c "echo @"', foreign('sudo sh -c')],
    ['flock /tmp/l env -i sh -c "echo @"', foreign('env -i sh -c')],
    ['flock -w 5 /tmp/l --command "echo @"', `flock -w 5 /tmp/l --command 'echo "\${PARAMS_P}"'`],
    ['docker exec c ssh host @', foreign('ssh').replace("| ssh '", "| ssh host '")],
    ['docker exec c su -c "echo @"', foreign('su -c')],
    ['docker exec c runuser -c "echo @"', foreign('runuser -c')],
    ['docker exec c watch "echo @"', foreign('docker watch').replace("| docker watch '", "| docker watch -c '")],
    ['echo @ | mypython3', 'echo "${PARAMS_P}" | mypython3'],
    ['echo @ | sh ./dev/run.sh', 'echo "${PARAMS_P}" | sh ./dev/run.sh'],
    ['env - sh -c "echo @"', unknown('env runs -, and a later word names a program that runs code, so the tag cannot tell which one env runs')],
    ['python3 -W x @', chooses('python3')],
    ['python3 -X dev @', chooses('python3')],
    ['node -r mod @', chooses('node')],
    ['node --require mod @', chooses('node')],
    ['ruby -I lib @', chooses('ruby')],
    ['ruby -C dir @', chooses('ruby')],
    // A bug this run led to: -m was read as taking a value, so the module's first argument was taken for the script file.
    ['python3 -m mod @', 'python3 -m mod "${PARAMS_P}"'],
    ['python3 -m @', chooses('python3')],
    ['python3 -c <(echo @)', 'python3 -c <(echo "${PARAMS_P}")'],
    ['pwsh -xC @', chooses('pwsh')],
    ['perl -x=e @', chooses('perl')],
    ['perl x-e @', 'perl x-e "${PARAMS_P}"'],
    ['echo "" @', 'echo "" "${PARAMS_P}"'],
    ['<(echo @)', `script: $(params.p) is in a process substitution read as a file by a command that reads it, ${CANNOT_READ('its program name is not fixed text')} (line 1). ${UNKNOWN_FIX}`],
    ['bash --rcfile <(echo @)', `script: $(params.p) is in a process substitution read as a file by a command that reads it, ${CANNOT_READ('bash with the option --rcfile')} (line 1). ${UNKNOWN_FIX}`],
    ['nice bash <(echo @)', asFile('bash')],
    ['timeout <(echo @) ssh host x', 'timeout <(echo "${PARAMS_P}") ssh host x'],
    ['set @ --', 'script: $(params.p) is given to set before --, where it can be read as a shell option (line 1). Write set -- followed by the interpolation to set the positional parameters'],
    ['flock @ -c x', 'flock "${PARAMS_P}" -c x'],
    ['read -x-p @ x', nameOf('read')],
    ['read x-p @', nameOf('read')],
    ['read -pp @ x', nameOf('read')],
    ['read -r -p @ x', 'read -r -p "${PARAMS_P}" x'],
    ['read -t 5 -p @ x', 'read -t 5 -p "${PARAMS_P}" x'],
    ['sh x-c @', 'sh x-c "${PARAMS_P}"'],
    ['echo @ | sh -s x', pipedTo('sh')],
    ['echo @ | sh -e x.sh', 'echo "${PARAMS_P}" | sh -e x.sh'],
    ['bash -o @ "$x"', 'bash -o "${PARAMS_P}" "$x"'],
  ])('%s', (template, expected) => {
    expect(outcome(template)).toBe(expected);
  });
});
