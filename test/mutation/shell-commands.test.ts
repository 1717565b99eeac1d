// What the script tag knows about commands (lib/shell/commands.ts), one entry at a time, from each
// program's manual: every option of a wrapper that takes a value (so the word after it is not the
// program it runs), every shell and interpreter with each flag that makes it run its argument,
// every builtin that defines or loads code, and every operator of [ and test. A wrong or missing
// entry either refuses a safe script or reads the wrong word as the program.
import { describe, expect, it } from 'vitest';
import { outcome, runText } from '../lib/script-harness';
import { foreign, unknown } from '../lib/script-messages';

/** The template with its inner `"echo @"` handed to the inner shell, which reads the env var itself. */
const handedOver = (template: string) => template.replace('"echo @"', `'echo "\${PARAMS_P}"'`);

describe('wrappers: the word after an option that takes a value is not the program', () => {
  it.each([
    'env -u V sh -c "echo @"', 'env --unset V sh -c "echo @"', 'env -C V sh -c "echo @"', 'env --chdir V sh -c "echo @"',
    'env -- sh -c "echo @"', 'env X=1 sh -c "echo @"',
    'exec -a V sh -c "echo @"', 'command sh -c "echo @"', 'builtin eval "echo @"', 'nohup sh -c "echo @"',
    'nice -n V sh -c "echo @"', 'nice --adjustment V sh -c "echo @"',
    'ionice -c V sh -c "echo @"', 'ionice -n V sh -c "echo @"', 'ionice -p V sh -c "echo @"', 'ionice -P V sh -c "echo @"',
    'ionice -u V sh -c "echo @"', 'ionice --class V sh -c "echo @"', 'ionice --classdata V sh -c "echo @"',
    'chrt -T V 10 sh -c "echo @"', 'chrt -P V 10 sh -c "echo @"', 'chrt -D V 10 sh -c "echo @"', 'chrt 10 sh -c "echo @"',
    'taskset 1 sh -c "echo @"',
    'timeout -s V 5 sh -c "echo @"', 'timeout -k V 5 sh -c "echo @"', 'timeout --signal V 5 sh -c "echo @"', 'timeout --kill-after V 5 sh -c "echo @"',
    'command time -f V sh -c "echo @"', 'command time -o V sh -c "echo @"', 'command time --format V sh -c "echo @"', 'command time --output V sh -c "echo @"',
    'stdbuf -i V sh -c "echo @"', 'stdbuf -o V sh -c "echo @"', 'stdbuf -e V sh -c "echo @"', 'stdbuf --input V sh -c "echo @"',
    'stdbuf --output V sh -c "echo @"', 'stdbuf --error V sh -c "echo @"',
    'unbuffer sh -c "echo @"', 'setsid sh -c "echo @"', 'busybox sh -c "echo @"',
    'xargs -I V sh -c "echo @"', 'xargs -d V sh -c "echo @"', 'xargs -n V sh -c "echo @"', 'xargs -L V sh -c "echo @"',
    'xargs -P V sh -c "echo @"', 'xargs -s V sh -c "echo @"', 'xargs -a V sh -c "echo @"', 'xargs -E V sh -c "echo @"',
    'xargs --delimiter V sh -c "echo @"', 'xargs --max-args V sh -c "echo @"', 'xargs --max-lines V sh -c "echo @"',
    'xargs --max-procs V sh -c "echo @"', 'xargs --max-chars V sh -c "echo @"', 'xargs --arg-file V sh -c "echo @"',
    'xargs --eof V sh -c "echo @"', 'xargs --replace V sh -c "echo @"',
    'sshpass -p V sh -c "echo @"', 'sshpass -f V sh -c "echo @"', 'sshpass -d V sh -c "echo @"', 'sshpass -P V sh -c "echo @"',
    'flock -w V /tmp/l sh -c "echo @"', 'flock -E V /tmp/l sh -c "echo @"', 'flock --timeout V /tmp/l sh -c "echo @"',
    'flock --conflict-exit-code V /tmp/l sh -c "echo @"', 'flock /tmp/l -c "echo @"', 'flock /tmp/l --command "echo @"',
    'fakeroot -l V sh -c "echo @"', 'fakeroot -s V sh -c "echo @"', 'fakeroot -i V sh -c "echo @"', 'fakeroot --lib V sh -c "echo @"',
    'fakeroot --faked V sh -c "echo @"',
    'setpriv --reuid V sh -c "echo @"', 'setpriv --regid V sh -c "echo @"', 'setpriv --groups V sh -c "echo @"',
    'setpriv --inh-caps V sh -c "echo @"', 'setpriv --bounding-set V sh -c "echo @"',
    'timeout 5 timeout 6 sh -c "echo @"', 'find . -exec sh -c "echo @" \\;',
  ])('%s', (template) => {
    expect(outcome(template)).toBe(handedOver(template));
  });

  it('takes an unlisted option to take no value, so its next word is the program', () => {
    expect(outcome('nice -x sh -c "echo @"')).toBe(`nice -x sh -c 'echo "\${PARAMS_P}"'`);
    expect(outcome('timeout 5 V sh -c "echo @"')).toBe(unknown('timeout runs V, and a later word names a program that runs code, so the tag cannot tell which one timeout runs'));
  });
});

describe('wrappers that run the command without the step\'s env vars', () => {
  it.each([
    ['sudo -u V sh -c "echo @"', 'sudo sh -c'], ['sudo -g V sh -c "echo @"', 'sudo sh -c'], ['sudo -C V sh -c "echo @"', 'sudo sh -c'],
    ['sudo -D V sh -c "echo @"', 'sudo sh -c'], ['sudo -h V sh -c "echo @"', 'sudo sh -c'], ['sudo -p V sh -c "echo @"', 'sudo sh -c'],
    ['sudo -r V sh -c "echo @"', 'sudo sh -c'], ['sudo -t V sh -c "echo @"', 'sudo sh -c'], ['sudo -U V sh -c "echo @"', 'sudo sh -c'],
    ['sudo -T V sh -c "echo @"', 'sudo sh -c'], ['sudo --user V sh -c "echo @"', 'sudo sh -c'], ['sudo --group V sh -c "echo @"', 'sudo sh -c'],
    ['sudo --prompt V sh -c "echo @"', 'sudo sh -c'], ['sudo --chdir V sh -c "echo @"', 'sudo sh -c'], ['sudo --host V sh -c "echo @"', 'sudo sh -c'],
    ['sudo --role V sh -c "echo @"', 'sudo sh -c'], ['sudo --type V sh -c "echo @"', 'sudo sh -c'], ['sudo --other-user V sh -c "echo @"', 'sudo sh -c'],
    ['sudo --command-timeout V sh -c "echo @"', 'sudo sh -c'], ['sudo --close-from V sh -c "echo @"', 'sudo sh -c'],
    ['doas -u V sh -c "echo @"', 'doas sh -c'], ['doas -C V sh -c "echo @"', 'doas sh -c'],
    ['chroot /x sh -c "echo @"', 'chroot sh -c'], ['chroot --userspec V /x sh -c "echo @"', 'chroot sh -c'], ['chroot --groups V /x sh -c "echo @"', 'chroot sh -c'],
    ['env -i sh -c "echo @"', 'env -i sh -c'], ['env --ignore-environment sh -c "echo @"', 'env -i sh -c'], ['sudo env sh -c "echo @"', 'sudo sh -c'],
    ['docker exec c sh -c "echo @"', 'docker sh -c'], ['podman exec c sh -c "echo @"', 'podman sh -c'], ['kubectl exec pod -- sh -c "echo @"', 'kubectl sh -c'],
    ['nsenter -t 1 sh -c "echo @"', 'nsenter sh -c'], ['systemd-run --user sh -c "echo @"', 'systemd-run sh -c'], ['nice docker exec c sh -c "echo @"', 'docker sh -c'],
  ])('%s', (template, label) => {
    expect(outcome(template)).toBe(foreign(label));
  });

  it('reads the words of a container command as data when no code runner is among them', () => {
    expect(outcome('docker run img echo @')).toBe('docker run img echo "${PARAMS_P}"');
  });
});

describe('shells and interpreters', () => {
  it.each(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh', 'yash', 'posh', 'lksh', '/bin/bash'])('%s -c hands the text over', (shell) => {
    expect(outcome(`${shell} -c "echo @"`)).toBe(`${shell} -c 'echo "\${PARAMS_P}"'`);
  });

  const program = (label: string, language: string, read: string) =>
    `script: $(params.p) is inside the program text that ${label} runs, where it would be read as ${language} code (line 1). Read the env var by name inside the program instead: ${read}`;
  it.each([
    ['python -c', 'python', `python -c 'import os; print(os.environ["PARAMS_P"])'`],
    ['python3 -c', 'python3', `python3 -c 'import os; print(os.environ["PARAMS_P"])'`],
    ['python3.11 -c', 'python3', `python3 -c 'import os; print(os.environ["PARAMS_P"])'`],
    ['node -e', 'node', `node -e 'console.log(process.env.PARAMS_P)'`],
    ['nodejs -e', 'nodejs', `nodejs -e 'console.log(process.env.PARAMS_P)'`],
    ['nodejs --eval', 'nodejs', `nodejs -e 'console.log(process.env.PARAMS_P)'`],
    ['nodejs -p', 'nodejs', `nodejs -e 'console.log(process.env.PARAMS_P)'`],
    ['nodejs --print', 'nodejs', `nodejs -e 'console.log(process.env.PARAMS_P)'`],
    ['perl -e', 'perl', `perl -e 'print $ENV{PARAMS_P}'`],
    ['perl -E', 'perl', `perl -e 'print $ENV{PARAMS_P}'`],
    ['ruby -e', 'ruby', `ruby -e 'puts ENV["PARAMS_P"]'`],
    ['php -r', 'php', `php -r 'echo getenv("PARAMS_P");'`],
    ['pwsh -c', 'pwsh', `pwsh -c '$env:PARAMS_P'`],
    ['pwsh -Command', 'pwsh', `pwsh -c '$env:PARAMS_P'`],
    ['pwsh -command', 'pwsh', `pwsh -c '$env:PARAMS_P'`],
    ['lua -e', 'lua', `lua -e 'print(os.getenv("PARAMS_P"))'`],
    ['sed -e', 'sed', `awk '{ gsub(/x/, ENVIRON["PARAMS_P"]) } 1'`],
    ['sed --expression', 'sed', `awk '{ gsub(/x/, ENVIRON["PARAMS_P"]) } 1'`],
    ['awk', 'awk', `awk 'BEGIN { print ENVIRON["PARAMS_P"] }'`],
    ['gawk', 'gawk', `gawk 'BEGIN { print ENVIRON["PARAMS_P"] }'`],
    ['mawk', 'mawk', `mawk 'BEGIN { print ENVIRON["PARAMS_P"] }'`],
    ['nawk', 'nawk', `nawk 'BEGIN { print ENVIRON["PARAMS_P"] }'`],
  ])('%s', (label, language, read) => {
    expect(outcome(`${label} "@"`)).toBe(program(label, language, read));
  });
});

describe('builtins that define or load code', () => {
  const FIX = 'Keep the interpolation out of it: assign the value to a variable (v=<interpolation>) and use "$v" where the shell treats it as data';
  it.each([
    ['alias x=@', 'alias text, which the shell reads as code wherever the alias is used (dash and busybox ash expand aliases in scripts)'],
    ['enable -f @ x', 'given to enable, which loads a builtin from a file it names'],
    ['complete -C @ x', 'given to complete, whose -C and -F run commands'],
    ['compgen -W @', 'given to compgen, which expands its word list as shell text'],
    ['bind -x @', 'given to bind, whose -x runs commands'],
    ['shopt -s @', 'a shell option name for shopt, which changes how the shell reads the rest of the script'],
    ['fc -s @', 'given to fc, which runs commands from the history'],
    ['unalias @', 'an alias name'],
  ])('%s', (template, what) => {
    expect(outcome(template)).toBe(`script: $(params.p) is ${what} (line 1). ${FIX}`);
  });

  it('reads them as programs when a wrapper runs them, which a wrapper cannot do', () => {
    expect(outcome('command alias @')).toBe('command alias "${PARAMS_P}"');
  });
});

describe('[ and test', () => {
  const notNext = (program: string) =>
    `script: $(params.p) is a word of ${program} that is not next to a fixed operator, so the value itself could be read as an operator such as -v (line 1). Put a fixed operator next to it: ${program} -n "$v", ${program} "$v" = x`;
  it.each(['-a', '-b', '-c', '-d', '-e', '-f', '-g', '-h', '-k', '-n', '-p', '-r', '-s', '-t', '-u', '-w', '-x', '-z', '-G', '-L', '-N', '-O', '-S', '-o'])(
    'the unary operator %s takes the value as its operand',
    (op) => {
      expect(outcome(`[ ${op} @ ]`)).toBe(`[ ${op} "\${PARAMS_P}" ]`);
      expect(outcome(`test ${op} @`)).toBe(`test ${op} "\${PARAMS_P}"`);
    },
  );

  it.each(['=', '==', '!=', '\\<', '\\>', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '-ot', '-ef'])('the binary operator %s takes the value on either side', (op) => {
    expect(outcome(`[ @ ${op} x ]`)).toBe(`[ "\${PARAMS_P}" ${op} x ]`);
    expect(outcome(`[ x ${op} @ ]`)).toBe(`[ x ${op} "\${PARAMS_P}" ]`);
  });

  it('takes a value alone as data, and refuses one that is next to no fixed operator', () => {
    expect(outcome('[ @ ]')).toBe('[ "${PARAMS_P}" ]');
    expect(outcome('test @')).toBe('test "${PARAMS_P}"');
    expect(outcome('[ x @ y ]')).toBe(notNext('['));
    expect(outcome('test x @ y')).toBe(notNext('test'));
    expect(outcome('[ ! @ ]')).toBe(notNext('['));
  });
});

describe('shell options', () => {
  // A bug found while writing these tests: the tag read -x- as the script file, and the value
  // after it as an argument, but busybox ash reads -x- as -x and runs the value as the script file.
  it('refuses an option word that is not letters, which busybox ash reads as options', () => {
    expect(outcome('sh -x- @')).toBe(unknown('sh with the option -x-'));
    expect(outcome('bash +- @')).toBe(unknown('bash with the option +-'));
    expect(runText('busybox ash', `printf 'touch PWNED\\n' > evil; busybox ash -x- "$PARAMS_P" 2> /dev/null`, { PARAMS_P: './evil' }).pwned).toBe(true);
  });
});

const nameOf = (construct: string) =>
  `script: $(params.p) is used as a variable name (${construct}), where bash evaluates an array subscript in the name as arithmetic, so a value such as "a[$(touch x)]" runs commands (line 1). Use a fixed variable name in the script and pass the value as data: value="\${PARAMS_P}"`;
const PRINTF_FIRST = 'printf (its first argument may be read as an option such as -v)';
const SET = 'script: $(params.p) is given to set before --, where it can be read as a shell option (line 1). Write set -- followed by the interpolation to set the positional parameters';
const chooses = (what: string) => `script: $(params.p) is ${what}, so the value chooses the code (line 1). Name the script as fixed text and pass the value to it as an argument or env var`;
const pipedTo = (shell: string) =>
  `script: $(params.p) is in a pipeline that feeds ${shell}, which runs what it reads as shell code (line 1). Pipe in a fixed script that reads the env var by name: echo 'echo "\${PARAMS_P}"' | ${shell}`;

describe('builtins that read a word as a name, and the words they take as data', () => {
  it.each([
    ['read -p @ x', 'read -p "${PARAMS_P}" x'],
    ['read -d @ x', 'read -d "${PARAMS_P}" x'],
    ['read -i @ x', 'read -i "${PARAMS_P}" x'],
    ['read -rp @ x', 'read -rp "${PARAMS_P}" x'],
    ['read -t @ x', nameOf('read')],
    ['read -u @ x', nameOf('read')],
    ['read -n @ x', nameOf('read')],
    ['read -N @ x', nameOf('read')],
    ['read -a @', nameOf('read')],
    ['read -r @', nameOf('read')],
    ['read -- @', nameOf('read')],
    ['read "$o" @', nameOf('read')],
    ['read -pr @ x', nameOf('read')],
    ['printf -v @ x', nameOf('printf -v')],
    ['printf -v x @', nameOf(PRINTF_FIRST)],
    ['printf @', nameOf(PRINTF_FIRST)],
    ['printf -- @', 'printf -- "${PARAMS_P}"'],
    ['printf -- %s @', 'printf -- %s "${PARAMS_P}"'],
    ['printf %s @', 'printf %s "${PARAMS_P}"'],
    ['printf -v x %s @', 'printf -v x %s "${PARAMS_P}"'],
    ['set @', SET],
    ['set -e @', SET],
    ['set -- @', 'set -- "${PARAMS_P}"'],
    ['set - @', 'set - "${PARAMS_P}"'],
    ['set -e -- @', 'set -e -- "${PARAMS_P}"'],
    ['wait -p @', nameOf('wait -p')],
    ['wait -n @', 'wait -n "${PARAMS_P}"'],
    ['wait @', 'wait "${PARAMS_P}"'],
    ['unset @', nameOf('unset')],
    ['getopts @ x', 'getopts "${PARAMS_P}" x'],
    ['getopts ab @', nameOf('getopts')],
    ['getopts ab x @', 'getopts ab x "${PARAMS_P}"'],
    ['mapfile @', nameOf('mapfile')],
    ['readarray -t @', nameOf('readarray')],
    ['trap "echo @"', 'trap "echo ${PARAMS_P}"'],
    ['source @', chooses('the file that source runs as shell code')],
    ['. @', chooses('the file that . runs as shell code')],
    ['source x @', 'source x "${PARAMS_P}"'],
  ])('%s', (template, expected) => {
    expect(outcome(template)).toBe(expected);
  });
});

describe('su, runuser, watch and ssh', () => {
  it.each([
    ['su -c "echo @"', foreign('su -c')],
    ['su --command "echo @"', foreign('su -c')],
    ['runuser -c "echo @"', foreign('runuser -c')],
    ['runuser --command "echo @"', foreign('runuser -c')],
    ['su x @', 'su x "${PARAMS_P}"'],
    ['watch "echo @"', `watch 'echo "\${PARAMS_P}"'`],
    ['watch -n 5 "echo @"', `watch -n 5 'echo "\${PARAMS_P}"'`],
    ['watch --interval 5 "echo @"', `watch --interval 5 'echo "\${PARAMS_P}"'`],
    ['watch -q 5 "echo @"', `watch -q 5 'echo "\${PARAMS_P}"'`],
    ['watch -t "echo @"', `watch -t 'echo "\${PARAMS_P}"'`],
    ['watch -x echo @', 'watch -x echo "${PARAMS_P}"'],
    ['watch --exec echo @', 'watch --exec echo "${PARAMS_P}"'],
    ['ssh host @', foreign('ssh').replace("| ssh '", "| ssh host '")],
    ['ssh -v host @', foreign('ssh').replace("| ssh '", "| ssh host '")],
    ['ssh -ptv host @', foreign('ssh').replace("| ssh '", "| ssh host '")],
    ['ssh -o X=1 host @', foreign('ssh').replace("| ssh '", "| ssh host '")],
    ['ssh @ ls', 'ssh "${PARAMS_P}" ls'],
    ['ssh -p @ host', 'ssh -p "${PARAMS_P}" host'],
    ['ssh -v @ ls', 'ssh -v "${PARAMS_P}" ls'],
  ])('%s', (template, expected) => {
    expect(outcome(template)).toBe(expected);
  });

  it('names ssh with its host in the fix for every option that takes a value', () => {
    for (const letter of 'BbcDEeFIiJLlmOoPpQRSWw') {
      expect(outcome(`ssh -${letter} V host @`)).toBe(foreign('ssh').replace("| ssh '", "| ssh host '"));
    }
  });
});

describe('a shell read exactly: which word is the code, the script file or stdin', () => {
  it.each([
    ['echo @ | sh -s', pipedTo('sh')],
    ['echo @ | sh -', pipedTo('sh')],
    ['echo @ | sh /dev/stdin', pipedTo('sh')],
    ['echo @ | sh -- /dev/stdin', pipedTo('sh')],
    ['echo @ | sh /proc/self/fd/0', pipedTo('sh')],
    ['echo @ | sh x.sh', 'echo "${PARAMS_P}" | sh x.sh'],
    ...['--norc', '--noprofile', '--posix', '--login', '--restricted', '--verbose', '--noediting', '--debugger', '--protected'].map((o) => [`echo @ | bash ${o}`, pipedTo('bash')]),
    ['echo @ | bash --rcfile x', `script: $(params.p) is in a pipeline that feeds a command that reads it, ${unknown('bash with the option --rcfile').slice('script: $(params.p) is '.length)}`],
    ['bash -O extglob -c "echo @"', unknown('bash with the option -O')],
    ['bash -o pipefail -c "echo @"', `bash -o pipefail -c 'echo "\${PARAMS_P}"'`],
    ['bash -eo pipefail -c "echo @"', `bash -eo pipefail -c 'echo "\${PARAMS_P}"'`],
    ['bash +e -c "echo @"', `bash +e -c 'echo "\${PARAMS_P}"'`],
    ['bash -abefhikmnprstuvxBCEHPTl -c "echo @"', `bash -abefhikmnprstuvxBCEHPTl -c 'echo "\${PARAMS_P}"'`],
    ['sh @', unknown('sh with an option that is not fixed text')],
    ['sh "$x" -c "echo @"', unknown('sh with an option that is not fixed text')],
    ['sh -- @', chooses('the script file that sh runs')],
    ['sh x.sh @', 'sh x.sh "${PARAMS_P}"'],
    ['sh -c "echo @" x', `sh -c 'echo "\${PARAMS_P}"' x`],
    ['sh -c x @', 'sh -c x "${PARAMS_P}"'],
    ['bash -c "echo @" -- x', `bash -c 'echo "\${PARAMS_P}"' -- x`],
    ['sh -s x @', 'sh -s x "${PARAMS_P}"'],
  ])('%s', (template, expected) => {
    expect(outcome(template)).toBe(expected);
  });
});

describe('an interpreter read exactly: the program text, the program file, stdin', () => {
  const program = (label: string, language: string, read: string) =>
    `script: $(params.p) is inside the program text that ${label} runs, where it would be read as ${language} code (line 1). Read the env var by name inside the program instead: ${read}`;
  const AWK = `awk 'BEGIN { print ENVIRON["PARAMS_P"] }'`;
  const SED = `awk '{ gsub(/x/, ENVIRON["PARAMS_P"]) } 1'`;
  const PERL = `perl -e 'print $ENV{PARAMS_P}'`;
  const PY = `python3 -c 'import os; print(os.environ["PARAMS_P"])'`;
  it.each([
    ['python3 run.py @', 'python3 run.py "${PARAMS_P}"'],
    ['python3 -W x run.py @', 'python3 -W x run.py "${PARAMS_P}"'],
    ['python3 -X dev run.py @', 'python3 -X dev run.py "${PARAMS_P}"'],
    ['python3 @', chooses('the script file that python3 runs')],
    ['node @', chooses('the script file that node runs')],
    ['perl -X run.pl @', chooses('the script file that perl runs')],
    ['python3 - @', 'python3 - "${PARAMS_P}"'],
    ['python3 /dev/stdin @', 'python3 /dev/stdin "${PARAMS_P}"'],
    ['python3 -- run.py @', 'python3 -- run.py "${PARAMS_P}"'],
    ['python -c x @', 'python -c x "${PARAMS_P}"'],
    ['echo @ | python3', `script: $(params.p) is in a pipeline that feeds python3, which runs what it reads as python3 code (line 1). Read the env var by name inside the program instead: ${PY}`],
    ['echo @ | python3 -', `script: $(params.p) is in a pipeline that feeds python3, which runs what it reads as python3 code (line 1). Read the env var by name inside the program instead: ${PY}`],
    ['echo @ | python3 run.py', 'echo "${PARAMS_P}" | python3 run.py'],
    ['echo @ | python3 -m mod', 'echo "${PARAMS_P}" | python3 -m mod'],
    ['echo @ | python3 -c x', 'echo "${PARAMS_P}" | python3 -c x'],
    ['echo @ | awk 1', 'echo "${PARAMS_P}" | awk 1'],
    ['echo @ | sed p', 'echo "${PARAMS_P}" | sed p'],
    ['awk -f prog.awk @', 'awk -f prog.awk "${PARAMS_P}"'],
    ['awk -f @', program('awk -f', 'awk', AWK)],
    ['awk -v x=1 "@"', program('awk', 'awk', AWK)],
    ['awk -F , "@"', program('awk', 'awk', AWK)],
    ['awk -- "@"', program('awk', 'awk', AWK)],
    ['awk 1 @', 'awk 1 "${PARAMS_P}"'],
    ['sed -f prog.sed @', 'sed -f prog.sed "${PARAMS_P}"'],
    ['sed -f @ x', program('sed -f', 'sed', SED)],
    ['sed --file=x @', 'sed --file=x "${PARAMS_P}"'],
    ['sed -l 5 "@"', program('sed', 'sed', SED)],
    ['sed -n "@"', program('sed', 'sed', SED)],
    ['sed p @', 'sed p "${PARAMS_P}"'],
    ['node run.js @', 'node run.js "${PARAMS_P}"'],
    ['node -r mod run.js @', 'node -r mod run.js "${PARAMS_P}"'],
    ['node --require mod run.js @', 'node --require mod run.js "${PARAMS_P}"'],
    ['ruby -I lib run.rb @', 'ruby -I lib run.rb "${PARAMS_P}"'],
    ['ruby -C dir run.rb @', 'ruby -C dir run.rb "${PARAMS_P}"'],
    ['perl -pe x @', 'perl -pe x "${PARAMS_P}"'],
    ['perl -pie x @', 'perl -pie x "${PARAMS_P}"'],
    ['perl -ne "@"', program('perl -ne', 'perl', PERL)],
    ['perl -lne "@"', program('perl -lne', 'perl', PERL)],
    ['python3 run.py <(echo @)', 'python3 run.py <(echo "${PARAMS_P}")'],
    ['bash x.sh <(echo @)', 'bash x.sh <(echo "${PARAMS_P}")'],
    ['awk -f <(echo @) x', `script: $(params.p) is in a process substitution read as a file by awk, which runs what it reads as awk code (line 1). Read the env var by name inside the program instead: ${AWK}`],
  ])('%s', (template, expected) => {
    expect(outcome(template)).toBe(expected);
  });
});
