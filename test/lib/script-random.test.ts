// Random scripts built from shell fragments (commands that re-read text, arithmetic, heredocs,
// pipes, quotes and substitutions, nested in each other) with one interpolated param. Whatever
// the tag accepts must not run the param's value: after Tekton's substitution the script runs
// with bash and dash, and no hostile command may have run. What it refuses must be refused with
// its own kind of message, never with a crash.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { Param, Script, script } from '../../lib';

const p = new Param('p');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Every way a value might run: command and process substitution, separators, quotes, arithmetic, a heredoc end. */
const VALUE = `a[$(touch PWNED)]'$(touch PWNED)'"$(touch PWNED)"\`touch PWNED\`;touch PWNED\nEOF\ntouch PWNED\n`;

/** Commands around a word `@`. */
const COMMANDS = [
  (w: string) => `printf '%s\\n' ${w}`,
  (w: string) => `v=${w}; printf '%s' "$v"`,
  (w: string) => `eval "echo ${w}"`,
  (w: string) => `eval echo ${w}`,
  (w: string) => `sh -c "echo ${w}"`,
  (w: string) => `sh -c 'echo ${w}'`,
  (w: string) => `bash -c "printf %s ${w}"`,
  (w: string) => `timeout 5 sh -c "echo ${w}"`,
  (w: string) => `find . -maxdepth 0 -exec sh -c "echo ${w}" \\;`,
  (w: string) => `trap "echo ${w}" EXIT`,
  (w: string) => `echo $(( ${w} ))`,
  (w: string) => `[[ ${w} -eq 1 ]]`,
  (w: string) => `x[${w}]=1`,
  (w: string) => `cat <<EOF\n${w}\nEOF`,
  (w: string) => `sh <<'EOF'\necho ${w}\nEOF`,
  (w: string) => `sh <<EOF\necho ${w}\nEOF`,
  (w: string) => `echo ${w} | sh`,
  (w: string) => `echo ${w} | tr a b`,
  (w: string) => `case ${w} in *) echo ok;; esac`,
  (w: string) => `for i in ${w}; do echo "$i"; done`,
  (w: string) => `# don't\necho ${w}`,
  (w: string) => `echo $'it\\'s' ${w}`,
];

/** Words around an inner word `@`. */
const WORDS = [
  (x: string) => x,
  (x: string) => `"${x}"`,
  (x: string) => `'${x}'`,
  (x: string) => `"a ${x} b"`,
  (x: string) => `$(echo ${x})`,
  (x: string) => `"$(echo ${x})"`,
  (x: string) => `\${UNSET:-${x}}`,
  (x: string) => `${x}/build`,
];

/** A small seeded generator, so a failure names a script that can be rerun. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function build(next: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  let word = pick(WORDS)('@');
  if (next() < 0.5) word = pick(WORDS)(pick(COMMANDS)(word).includes('\n') ? word : `$(${pick(COMMANDS)(word)})`);
  return pick(COMMANDS)(word);
}

function tag(template: string): Script {
  const [before, after] = template.split('@');
  const strings = Object.assign([before, after], { raw: [before, after] });
  return script(strings, p);
}

function runs(s: Script, shell: string): boolean {
  const dir = mkdtempSync(join(tmpdir(), 'script-random-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'script.sh'), s.text);
  const env = Object.fromEntries(s.env.map((e) => [e.name, e.value.replace('$(params.p)', VALUE)]));
  spawnSync(shell, ['script.sh'], { cwd: dir, env: { PATH: process.env.PATH, HOME: dir, ...env }, stdio: 'ignore', timeout: 10_000 });
  return existsSync(join(dir, 'PWNED'));
}

const SCRIPTS = 150;

it(`${SCRIPTS} random scripts: accepted ones run nothing with bash or dash, refused ones say why`, () => {
  const next = random(8);
  const outcome = { accepted: 0, refused: 0 };
  for (let i = 0; i < SCRIPTS; i++) {
    const template = build(next);
    let s: Script;
    try {
      s = tag(template);
    } catch (e) {
      expect((e as Error).message, template).toMatch(/^script: (\$\(params\.p\) is |the tag cannot read the script with certainty)/);
      outcome.refused++;
      continue;
    }
    outcome.accepted++;
    expect(s.text, template).not.toContain('$(params.');
    expect([runs(s, 'bash'), runs(s, 'dash')], `${template}\n=> ${s.text}`).toEqual([false, false]);
  }
  // Both kinds must occur, or the test would prove nothing about one of them.
  expect(outcome.accepted).toBeGreaterThan(30);
  expect(outcome.refused).toBeGreaterThan(30);
});
