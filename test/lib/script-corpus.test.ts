// A generated corpus that mixes the constructs the attacks used: commands that re-read text,
// pipes and heredocs into shells and interpreters, here-strings, process substitution, wrappers,
// declarations, loops that read stdin, quotes and substitutions, nested in each other, with one
// interpolated param. Whatever the tag accepts must not run the value with bash, dash or busybox
// ash after Tekton's substitution; what it refuses must be refused with one of its messages.
import { afterAll, expect, it } from 'vitest';
import { cleanUp, HOSTILE, run, SHELLS, tag } from './script-harness';
import { Script } from '../../lib';

afterAll(cleanUp);

/** Commands around a word `W`. */
const COMMANDS = [
  (w: string) => `printf '%s\\n' ${w}`,
  (w: string) => `v=${w}; printf '%s' "$v"`,
  (w: string) => `eval "echo ${w}"`,
  (w: string) => `sh -c "echo ${w}"`,
  (w: string) => `busybox sh -c "echo ${w}"`,
  (w: string) => `bash -O extglob -c "echo ${w}"`,
  (w: string) => `timeout 5 sh -c "echo ${w}"`,
  (w: string) => `echo ${w} | sh`,
  (w: string) => `echo ${w} | tee /dev/null | sh`,
  (w: string) => `echo ${w} | xargs sh -c`,
  (w: string) => `echo ${w} | while read -r l; do eval "$l"; done`,
  (w: string) => `printf '%s' ${w} | tr a b`,
  (w: string) => `cat <<EOF | sh\necho ${w}\nEOF`,
  (w: string) => `sh <<EOF\necho ${w}\nEOF`,
  (w: string) => `sh <<'EOF'\necho ${w}\nEOF`,
  (w: string) => `bash /dev/stdin <<EOF\necho ${w}\nEOF`,
  (w: string) => `sh <<< "echo ${w}"`,
  (w: string) => `cat <<< ${w}`,
  (w: string) => `sh < <(echo ${w})`,
  (w: string) => `cat <(echo ${w})`,
  (w: string) => `echo ${w} | tee >(sh) >/dev/null`,
  (w: string) => `$SHELL -c "echo ${w}"`,
  (w: string) => `alias x="echo ${w}"`,
  (w: string) => `PS4=${w}; set -x; true`,
  (w: string) => `export NAME=${w}`,
  (w: string) => `declare -a a=${w}`,
  (w: string) => `read -rs ${w} < /dev/null`,
  (w: string) => `echo $(( ${w} ))`,
  (w: string) => `case ${w} in *) echo ok;; esac`,
  (w: string) => `for i in ${w}; do echo "$i"; done`,
  (w: string) => `[ -n ${w} ] && echo set`,
  (w: string) => `env VALUE=${w} sh -c 'echo "$VALUE"'`,
  (w: string) => `# don't\necho ${w}`,
  (w: string) => `echo ok \r# ; echo ${w}`,
];

/** Words around an inner word `W`. */
const WORDS = [
  (x: string) => x,
  (x: string) => `"${x}"`,
  (x: string) => `'${x}'`,
  (x: string) => `"a ${x} b"`,
  (x: string) => `$(echo ${x})`,
  (x: string) => `"$(printf '%s' ${x})"`,
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
  if (next() < 0.5) {
    const inner = pick(COMMANDS)(word);
    word = pick(WORDS)(inner.includes('\n') ? word : `$(${inner})`);
  }
  const script = pick(COMMANDS)(word);
  return next() < 0.3 ? `${pick(COMMANDS)('ok')} | cat\n${script}` : script;
}

const SCRIPTS = 200;

it(`${SCRIPTS} generated scripts: accepted ones run nothing with bash, dash or busybox ash; refused ones say why`, () => {
  const next = random(15);
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
    expect(SHELLS.filter((shell) => run(s, shell, HOSTILE).pwned), `${template}\n=> ${s.text}`).toEqual([]);
  }
  // Both kinds must occur, or the test would prove nothing about one of them.
  expect(outcome.accepted).toBeGreaterThan(40);
  expect(outcome.refused).toBeGreaterThan(40);
});
