// The script tag's output run for real: Tekton's substitution is done here (every $(params.x)
// in the env values and in the script text is replaced by a hostile value), then the script runs
// with bash and with dash in a scratch directory. Nothing hostile may run (no PWNED file), and the
// value must arrive byte for byte.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Param, Script, script } from '../../lib';

const p = new Param('p');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Values that run `touch PWNED` if the shell ever reads them as code, or break apart if split or globbed. */
const HOSTILE = [
  '$(touch PWNED)',
  '`touch PWNED`',
  '; touch PWNED',
  "'; touch PWNED; '",
  '"; touch PWNED; "',
  'a\ntouch PWNED',
  '*',
  '${IFS}touch${IFS}PWNED',
  'a[$(touch PWNED)]',
  'EOF\ntouch PWNED\nEOF',
  '  two  spaces\tand a tab  ',
  'back\\slash \\$(touch PWNED) \\',
  "it's",
  '-n',
];

/** Tekton's substitution: `$(params.<name>)` replaced by the value, wherever it stands. */
function substitute(text: string, values: Record<string, string>): string {
  return text.replace(/\$\(params\.([A-Za-z0-9_-]+)\)/g, (ref, name: string) => values[name] ?? ref);
}

function run(s: Script, shell: 'bash' | 'dash', value: string) {
  const dir = mkdtempSync(join(tmpdir(), 'script-shell-'));
  dirs.push(dir);
  for (const f of ['a.txt', 'b.txt']) writeFileSync(join(dir, f), '');
  writeFileSync(join(dir, 'script.sh'), substitute(s.text, { p: value }));
  const env = Object.fromEntries(s.env.map((e) => [e.name, substitute(e.value, { p: value })]));
  const r = spawnSync(shell, ['script.sh'], { cwd: dir, env: { PATH: process.env.PATH, HOME: dir, ...env }, encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'pipe'] });
  return {
    code: r.status,
    stderr: r.stderr,
    pwned: existsSync(join(dir, 'PWNED')),
    out: existsSync(join(dir, 'out')) ? readFileSync(join(dir, 'out'), 'utf8') : undefined,
  };
}

/** A context: the script, what `out` must hold for a value, and the shells whose syntax it uses. */
const CONTEXTS: Array<[string, Script, (v: string) => string, Array<'bash' | 'dash'>]> = [
  ['a plain word', script`printf '%s' ${p} > out`, (v) => v, ['bash', 'dash']],
  ['double quotes', script`printf '%s' "[${p}]" > out`, (v) => `[${v}]`, ['bash', 'dash']],
  ['single quotes', script`printf '%s' '[${p}]' > out`, (v) => `[${v}]`, ['bash', 'dash']],
  ['a double-quoted string, twice after blanks', script`printf '%s' "${p} \t${p}" > out`, (v) => `${v} \t${v}`, ['bash', 'dash']],
  ['sh -c "...", twice', script`sh -c "printf '%s|%s' ${p}  ${p} > out"`, (v) => `${v}|${v}`, ['bash', 'dash']],
  ['"$(... ${p})"', script`x="$(printf '%s' ${p})"; printf '%s' "$x" > out`, (v) => v, ['bash', 'dash']],
  ["a comment with an apostrophe before it (# don't)", script`# don't stop\nprintf '%s' ${p}/build > out`, (v) => `${v}/build`, ['bash', 'dash']],
  ["a comment with an apostrophe before a double-quoted path", script`# don't\nprintf '%s' "${p}/build" > out`, (v) => `${v}/build`, ['bash', 'dash']],
  ["$'...' before it", script`printf '%s' $'it\\x27s' ${p} > out`, (v) => `it's${v}`, ['bash']],
  ["inside $'...'", script`printf '%s' $'[\\t${p}]' > out`, (v) => `[\t${v}]`, ['bash']],
  ['an unquoted heredoc', script`cat > out <<EOF\n${p}\nEOF`, (v) => `${v}\n`, ['bash', 'dash']],
  ['sh -c "..."', script`sh -c "printf '%s' ${p} > out"`, (v) => v, ['bash', 'dash']],
  ["bash -c '...\"...\"'", script`bash -c 'printf "%s" "[${p}]" > out'`, (v) => `[${v}]`, ['bash', 'dash']],
  ['sh -c nested in sh -c', script`sh -c "bash -c 'printf %s [${p}] > out'"`, (v) => `[${v}]`, ['bash', 'dash']],
  ['timeout 10 sh -c', script`timeout 10 sh -euc "printf '%s' ${p} > out"`, (v) => v, ['bash', 'dash']],
  ['flock -c', script`flock lock -c "printf '%s' ${p} > out"`, (v) => v, ['bash', 'dash']],
  ['eval "..."', script`eval "printf '%s' ${p} > out"`, (v) => v, ['bash', 'dash']],
  ['eval with several words', script`eval printf "'%s'" ${p} '>' out`, (v) => v, ['bash', 'dash']],
  ['trap "..." EXIT', script`trap "printf '%s' ${p} > out" EXIT`, (v) => v, ['bash', 'dash']],
  ['an unquoted heredoc fed to sh', script`sh <<EOF\nprintf '%s' ${p} > out\nEOF`, (v) => v, ['bash', 'dash']],
  ['a quoted heredoc fed to sh', script`sh <<'EOF'\nprintf '%s' ${p} > out\nEOF`, (v) => v, ['bash', 'dash']],
  ['a for list', script`for x in ${p}; do printf '%s' "$x" > out; done`, (v) => v, ['bash', 'dash']],
  ['a case word and pattern', script`case ${p} in ${p}) printf '%s' ${p} > out;; esac`, (v) => v, ['bash', 'dash']],
  ['assignments and export', script`v=${p}; export W=${p}; printf '%s|%s' "$v" "$W" > out`, (v) => `${v}|${v}`, ['bash', 'dash']],
  ['a ${x:-default}', script`printf '%s|%s' "\${UNSET:-${p}}" \${UNSET:-${p}} > out`, (v) => `${v}|${v}`, ['bash', 'dash']],
  ['[ = ] and [[ == ]]', script`[ ${p} = ${p} ] && [[ ${p} == ${p} ]] && printf ok > out`, () => 'ok', ['bash']],
  ['a here-string', script`cat <<< ${p} > out`, (v) => `${v}\n`, ['bash']],
];

describe.each(CONTEXTS)('a param in %s', (_name, s, expected, shells) => {
  it.each(shells.flatMap((shell) => HOSTILE.map((value) => [shell, value] as const)))('%s: %j arrives intact and runs nothing', (shell, value) => {
    const r = run(s, shell, value);
    expect({ pwned: r.pwned, out: r.out, code: r.code, stderr: r.stderr }).toEqual({ pwned: false, out: expected(value), code: 0, stderr: '' });
  });
});

describe('what the tag refuses is really unsafe', () => {
  // The refused forms, written by hand with the variable quoted: bash still runs the value.
  it.each([
    ['$(( ))', 'echo $(( "$X" + 1 ))'],
    ['an array subscript', 'a[1]=x; echo "${a["$X"]}"'],
    ['[[ -eq ]]', '[[ "$X" -eq 1 ]]'],
    ['let', 'let "n = $X"'],
    ['declare -i', 'declare -i n="$X"'],
    ['unset', 'a=(1 2); unset "$X"'],
    ['[[ -v ]]', '[[ -v "$X" ]]'],
    ['[ -v ]', 'a=(1); [ -v "$X" ]'],
    ['printf -v', 'printf -v "$X" %s 1'],
    ['read', 'a=(1); read -r "$X" <<< 1'],
  ])('%s runs a quoted value as code in bash', (_name, text) => {
    const dir = mkdtempSync(join(tmpdir(), 'script-shell-'));
    dirs.push(dir);
    spawnSync('bash', ['-c', text], { cwd: dir, env: { PATH: process.env.PATH, HOME: dir, X: 'a[$(touch PWNED)]' }, stdio: 'ignore' });
    expect(existsSync(join(dir, 'PWNED'))).toBe(true);
  });

  it('a param left in the text (Script.unsafeRaw) runs as code after Tekton substitutes it', () => {
    expect(run(Script.unsafeRaw('printf %s "$(params.p)" > out'), 'dash', '$(touch PWNED)').pwned).toBe(true);
  });
});

it('[ ... -eq ... ], which the tag allows, does not evaluate a quoted value in bash', () => {
  const dir = mkdtempSync(join(tmpdir(), 'script-shell-'));
  dirs.push(dir);
  spawnSync('bash', ['-c', '[ "$X" -eq 1 ]; test "$X" -gt 1'], { cwd: dir, env: { PATH: process.env.PATH, HOME: dir, X: 'a[$(touch PWNED)]' }, stdio: 'ignore' });
  expect(existsSync(join(dir, 'PWNED'))).toBe(false);
});

it('left no PWNED file outside the scratch directories either', () => {
  expect(existsSync(join(process.cwd(), 'PWNED'))).toBe(false);
});
