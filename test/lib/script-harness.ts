// Runs a script as Tekton would after the script tag: the step's env values and the script text
// get Tekton's substitution (every $(params.x) replaced by the value, wherever it stands), then
// the script runs in a scratch directory under a real shell. Shared by the script tag's attack tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { Param, Script, script } from '../../lib';

export const p = new Param('p');

/** The shells Tekton images run scripts with: bash, dash (Debian's /bin/sh) and busybox ash (Alpine's). */
export const SHELLS = ['bash', 'dash', 'busybox ash'] as const;
export type Shell = (typeof SHELLS)[number];

/** A value that runs `touch PWNED` if any shell or program reads it as code, or splits it. */
export const HOSTILE = `a[$(touch PWNED)]'$(touch PWNED)'"$(touch PWNED)"\`touch PWNED\`;touch PWNED\nEOF\ntouch PWNED\n)\nimport os; os.system("touch PWNED")\n`;

const dirs: string[] = [];

export function cleanUp(): void {
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
}

/** The script tag applied to a template where every `@` stands for the interpolated param. */
export function tag(template: string): Script {
  const parts = template.split('@');
  return script(Object.assign(parts, { raw: parts }), ...parts.slice(1).map(() => p));
}

/** The tag's text for `template`, checked to be `text`, with the value passed through the env var. */
export function written(template: string, text: string): Script {
  const s = tag(template);
  expect(s.text).toBe(text);
  expect(s.env).toEqual([{ name: 'PARAMS_P', value: '$(params.p)' }]);
  return s;
}

/** What the tag makes of `template`: the text it writes when it places the value, else its refusal. */
export function outcome(template: string): string {
  try {
    return tag(template).text;
  } catch (e) {
    return (e as Error).message;
  }
}

/** Tekton's substitution: `$(params.<name>)` replaced by the value. */
export function substitute(text: string, value: string): string {
  return text.replace(/\$\(params\.p\)/g, () => value);
}

export interface Ran {
  readonly pwned: boolean;
  readonly out?: string;
  readonly code: number | null;
  readonly stderr: string;
}

/** Runs `text` with `env` under `shell` in a fresh directory, stdin from /dev/null. */
export function runText(shell: Shell, text: string, env: Record<string, string>): Ran {
  const dir = mkdtempSync(join(tmpdir(), 'script-attack-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'script.sh'), text);
  const [command, ...args] = shell.split(' ');
  const r = spawnSync(command, [...args, 'script.sh'], { cwd: dir, env: { PATH: process.env.PATH, HOME: dir, ...env }, encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'pipe'] });
  return { pwned: existsSync(join(dir, 'PWNED')), out: existsSync(join(dir, 'out')) ? readFileSync(join(dir, 'out'), 'utf8') : undefined, code: r.status, stderr: r.stderr };
}

/** Runs the tag's output after Tekton's substitution with `value`. */
export function run(s: Script, shell: Shell, value: string): Ran {
  const env = Object.fromEntries(s.env.map((e) => [e.name, substitute(e.value, value)]));
  return runText(shell, substitute(s.text, value), env);
}

/** Runs `text` under bash with the real watch, which needs a terminal type even when its output is a pipe. */
export function underWatch(text: string, value: string): Ran {
  return runText('bash', text, { PARAMS_P: value, TERM: 'xterm' });
}
