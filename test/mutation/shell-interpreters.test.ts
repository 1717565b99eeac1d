// Interpreters the script tag knows under other names than the plain one: every Python (python3.11,
// pypy3), the versioned names distributions install (php8.2, ruby3.1, perl5.36.0, lua5.4), and
// luajit, bun, Rscript, groovy, jruby and expect. A value in the program text they run is refused;
// a value given after the program stays data.
import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanUp, HOSTILE, outcome, run, runText, SHELLS, tag } from '../lib/script-harness';

afterAll(cleanUp);

/** The versioned names Debian installs beside python3 and perl (python3.11, perl5.36.0 on bookworm). */
const versioned = (pattern: RegExp): string => {
  const name = readdirSync('/usr/bin').find((n) => pattern.test(n));
  if (name === undefined) throw new Error(`no /usr/bin program matches ${pattern}: install python3 and perl`);
  return name;
};
const PYTHON = versioned(/^python3\.[0-9]+$/);
const PERL = versioned(/^perl5\.[0-9]+\.[0-9]+$/);

const inProgram = (program: string, flag: string, language: string, example: string) =>
  `script: $(params.p) is inside the program text that ${program} ${flag} runs, where it would be read as ${language} code (line 1). Read the env var by name inside the program instead: ${example}`;

describe('interpreters under other names', () => {
  it('refuses a value inside the program text each of them runs', () => {
    const PY = `python3 -c 'import os; print(os.environ["PARAMS_P"])'`;
    const rows: Array<[string, string]> = [
      ['pypy3 -c @', inProgram('pypy3', '-c', 'python3', PY)],
      ['pypy -c @', inProgram('pypy', '-c', 'python3', PY)],
      ['python3.11 -c @', inProgram('python3.11', '-c', 'python3', PY)],
      ['php8.2 -r @', inProgram('php8.2', '-r', 'php', `php -r 'echo getenv("PARAMS_P");'`)],
      ['ruby3.1 -e @', inProgram('ruby3.1', '-e', 'ruby', `ruby -e 'puts ENV["PARAMS_P"]'`)],
      ['perl5.36.0 -e @', inProgram('perl5.36.0', '-e', 'perl', `perl -e 'print $ENV{PARAMS_P}'`)],
      ['lua5.4 -e @', inProgram('lua5.4', '-e', 'lua', `lua -e 'print(os.getenv("PARAMS_P"))'`)],
      ['node20 -p @', inProgram('node20', '-p', 'node', `node -e 'console.log(process.env.PARAMS_P)'`)],
      ['luajit -e @', inProgram('luajit', '-e', 'luajit', `luajit -e 'print(os.getenv("PARAMS_P"))'`)],
      ['bun --print @', inProgram('bun', '--print', 'bun', `bun -e 'console.log(process.env.PARAMS_P)'`)],
      ['bun -p @', inProgram('bun', '-p', 'bun', `bun -e 'console.log(process.env.PARAMS_P)'`)],
      ['bun -e @', inProgram('bun', '-e', 'bun', `bun -e 'console.log(process.env.PARAMS_P)'`)],
      ['bun --eval @', inProgram('bun', '--eval', 'bun', `bun -e 'console.log(process.env.PARAMS_P)'`)],
      ['Rscript -e @', inProgram('Rscript', '-e', 'Rscript', `Rscript -e 'cat(Sys.getenv("PARAMS_P"))'`)],
      ['groovy -e @', inProgram('groovy', '-e', 'groovy', `groovy -e 'println System.getenv("PARAMS_P")'`)],
      ['jruby -e @', inProgram('jruby', '-e', 'jruby', `jruby -e 'puts ENV["PARAMS_P"]'`)],
      ['expect -c @', inProgram('expect', '-c', 'expect', `expect -c 'puts $env(PARAMS_P)'`)],
      ['timeout 5 python3.11 -c @', inProgram('python3.11', '-c', 'python3', PY)],
      ['perl5.36.0 @', 'script: $(params.p) is the script file that perl5.36.0 runs, so the value chooses the code (line 1). Name the script as fixed text and pass the value to it as an argument or env var'],
    ];
    for (const [template, refusal] of rows) expect(outcome(template), template).toBe(refusal);
  });

  it('what the tag used to write runs the value, with the real versioned python3 and perl', () => {
    expect(runText('dash', `${PYTHON} -c "\${PARAMS_P}"\n`, { PARAMS_P: 'import os; os.system("touch PWNED")' }).pwned).toBe(true);
    expect(runText('dash', `${PERL} -e "\${PARAMS_P}"\n`, { PARAMS_P: 'system("touch PWNED")' }).pwned).toBe(true);
    expect(outcome(`${PYTHON} -c @`)).toBe(inProgram(PYTHON, '-c', 'python3', `python3 -c 'import os; print(os.environ["PARAMS_P"])'`));
    expect(outcome(`${PERL} -e @`)).toBe(inProgram(PERL, '-e', 'perl', `perl -e 'print $ENV{PARAMS_P}'`));
  });

  it('keeps a value given after the program as data, in every shell', () => {
    for (const [template, text] of [
      [`${PYTHON} -c 'import sys; print(sys.argv[1], end="")' @ > out`, `${PYTHON} -c 'import sys; print(sys.argv[1], end="")' "\${PARAMS_P}" > out`],
      [`${PERL} -e 'print $ARGV[0]' @ > out`, `${PERL} -e 'print $ARGV[0]' "\${PARAMS_P}" > out`],
    ]) {
      const s = tag(template);
      expect(s.text).toBe(text);
      for (const shell of SHELLS) expect(run(s, shell, HOSTILE), `${shell}: ${s.text}`).toMatchObject({ pwned: false, out: HOSTILE });
    }
  });

  it('does not take a program whose name only starts like an interpreter for one', () => {
    expect(outcome('python-build @ /opt/py')).toBe('python-build "${PARAMS_P}" /opt/py');
    expect(outcome('perl-5 -e @')).toBe('perl-5 -e "${PARAMS_P}"');
    expect(outcome('phpunit -r @')).toBe('phpunit -r "${PARAMS_P}"');
  });
});
