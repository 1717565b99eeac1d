// Whether a step the converter rewrote does what the original step does, found by running both.
//
// The rewrite moves each Tekton reference out of the code (a `script`, or the code word of
// `sh -c ...`) into an env var NAME = $(ref) that the code reads. Tekton pastes a reference's value
// into the original's text. So each version runs once, under bash (a Python script, which convert
// rewrites to read os.environ, under python3), with the same benign value for
// each reference: pasted into the original's text (Tekton's substitution), given to the converted
// one through its env vars. A benign value is one for which pasting a value and reading it from a
// variable must agree: a single word of digits for a param or task result, a fresh folder for a
// workspace path, a file path for a result path. Both runs see the same paths, the same env, the same
// working folder, in the same order, and are compared on everything they can change: exit status,
// stdout, stderr, the commands they ran outside the allowed tools (with their arguments) and every
// file they left. What makes the comparison honest:
// - Only plain local tools run for real (ALLOWED below: text, files, checksums; nothing that reads
//   the clock, randomness or the network). Any other command (kubectl, git, curl, docker, sleep,
//   date, ...) is not found, and bash's command_not_found_handle records it with its arguments
//   instead: a value that reaches such a tool differently shows as a different record.
// - The code runs as nobody when the test runs as root, in a folder of its own, so neither version
//   can change the machine or the other's inputs.
// - A run that does not end (a loop waiting for a sidecar) is a mismatch, never "equal": the check
//   fails closed.
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

/** The code of one container: its script, or its command and args (code run with `sh -c`), and its env. */
export interface StepCode {
  readonly script?: string;
  readonly command?: readonly unknown[];
  readonly args?: readonly unknown[];
  readonly env: ReadonlyArray<{ readonly name: string; readonly value?: unknown }>;
}

/** A step of the input and the same step of the converted module's output. */
export interface RewrittenStep {
  readonly where: string;
  readonly original: StepCode;
  readonly converted: StepCode;
}

/** The tools that run for real: deterministic, local, and unable to reach past the run's folder as nobody. */
const ALLOWED = ('cat ls echo printf test [ true false mkdir rm rmdir cp mv touch tee grep egrep fgrep sed awk cut tr head tail wc sort uniq ' +
  'diff cmp basename dirname seq xargs env expr base64 sha256sum sha1sum md5sum od tac rev paste jq find stat readlink realpath fold ' +
  'ln chmod nl comm join split csplit printenv yes dd').split(' ');

/** Tekton variables Tekton substitutes in a container's code and env. */
const VARIABLE = /\$\(((?:params|results|workspaces|context|tasks|finally|steps|step)(?:\.|\[)[^()]*)\)/g;

// set -x traces go to a file of their own (the members of a pipeline trace at once, and their lines
// would cut into the tools' error messages on stderr). Every missing command is recorded and succeeds. `sleep` too, and a wait loop (polling for a file a
// sidecar writes) ends the run at its fifth sleep, at the same point in both versions.
const PRELUDE = `exec 9>>"$RUN_TRACE"; BASH_XTRACEFD=9
command_not_found_handle() { printf '%s\\n' "$*" >> "$RUN_RECORD"; return 0; }
sleep() { printf 'sleep %s\\n' "$*" >> "$RUN_RECORD"; RUN_SLEPT=$((\${RUN_SLEPT:-0} + 1)); [ "$RUN_SLEPT" -lt 5 ] || exit 124; }
`;

/**
 * Randomness read from /dev/urandom (or /dev/random) becomes the same fixed bytes in both versions:
 * the device's path is replaced in both texts by a file of such bytes, which the rewrite never touches.
 */
const RANDOM_DEVICE = /\/dev\/u?random\b/g;

interface Outcome {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly record: string;
  readonly trace: string;
  readonly files: Record<string, string>;
}

/** Runs each step's two versions; returns one line per step whose runs differ. */
export function compareByRunning(steps: readonly RewrittenStep[]): string[] {
  if (steps.length === 0) return [];
  const base = mkdtempSync(join(tmpdir(), 'cdk8s-tekton-script-run-'));
  try {
    const bin = join(base, 'bin');
    mkdirSync(bin);
    for (const tool of ALLOWED) {
      const found = ['/usr/local/bin', '/usr/bin', '/bin'].map((d) => join(d, tool)).find((p) => existsSync(p));
      if (found) symlinkSync(found, join(bin, tool));
    }
    symlinkSync('/usr/bin/bash', join(bin, 'bash'));
    symlinkSync('/usr/bin/bash', join(bin, 'sh'));
    writeFileSync(join(base, 'prelude.sh'), PRELUDE);
    writeFileSync(join(base, 'random'), Buffer.from(Array.from({ length: 1 << 16 }, (_, i) => (i * 7919 + (i >> 8) * 31) % 256)));
    return steps.flatMap((step) => {
      const values = benignValues(step, join(base, 'run'));
      values.set('random', join(base, 'random'));
      const a = run(base, step.original, values);
      const b = run(base, step.converted, values);
      if (a === undefined || b === undefined) return [`${step.where}: the code is not run by a shell, so it was not compared`];
      if (a.status === null || b.status === null) return [`${step.where}: a run did not end (status ${a.status} and ${b.status}), so the two cannot be compared`];
      const diff = (['status', 'stdout', 'stderr', 'record', 'trace', 'files'] as const).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
      return diff.length ? [`${step.where}: ${diff.map((k) => `${k} ${JSON.stringify(a[k])} != ${JSON.stringify(b[k])}`).join('; ')}`] : [];
    });
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

/** One value per Tekton variable either version uses: paths under `root` for paths, else a word of digits. */
function benignValues(step: RewrittenStep, root: string): Map<string, string> {
  const values = new Map<string, string>();
  const texts = [step.original, step.converted].flatMap((c) => [c.script ?? '', JSON.stringify([c.command ?? [], c.args ?? [], c.env])]);
  for (const text of texts) {
    for (const m of text.matchAll(VARIABLE)) {
      const e = m[1];
      if (values.has(e)) continue;
      const path = /^workspaces\.([\w-]+)\.path$/.exec(e) ?? /^(?:steps\.[\w-]+\.)?(?:step\.)?results\.([\w.-]+)\.path$/.exec(e);
      values.set(e, path ? join(root, e.startsWith('workspaces.') ? 'workspaces' : 'results', path[1]) : e.endsWith('.bound') ? 'true' : String(41 + values.size));
    }
  }
  return values;
}

/** Tekton's substitution: each variable's text replaced by its value. */
function substitute(text: string, values: ReadonlyMap<string, string>): string {
  return text.replace(VARIABLE, (whole, e: string) => values.get(e) ?? whole).replace(RANDOM_DEVICE, values.get('random')!);
}

function run(base: string, code: StepCode, values: ReadonlyMap<string, string>): Outcome | undefined {
  const root = join(base, 'run');
  rmSync(root, { recursive: true, force: true });
  for (const dir of ['work', 'home', 'results', ...[...values.entries()].filter(([e]) => e.startsWith('workspaces.') && e.endsWith('.path')).map(([, v]) => relative(root, v))]) {
    mkdirSync(join(root, dir), { recursive: true });
  }
  let argv: string[];
  let program = '/usr/bin/bash';
  if (code.script !== undefined) {
    // A Python script runs under Python (its reads of os.environ are the rewrite); other interpreters are not compared.
    if (/^#!\s*\S*\/(?:env\s+)?python3?\s/.test(code.script)) program = '/usr/bin/python3';
    else if (/^#!/.test(code.script) && !/^#!\s*\S*\/(?:env\s+)?(?:a|ba|da|k|z)?sh\b/.test(code.script)) return undefined;
    writeFileSync(join(base, 'code.sh'), substitute(code.script, values));
    argv = [join(base, 'code.sh')];
  } else {
    const words = [...(code.command ?? []), ...(code.args ?? [])].map((w) => substitute(String(w), values));
    if (!/(^|\/)(ba|da)?sh$/.test(words[0] ?? '')) return undefined;
    argv = words.slice(1);
  }
  const env: Record<string, string> = { PATH: join(base, 'bin'), HOME: join(root, 'home'), BASH_ENV: join(base, 'prelude.sh'), RUN_RECORD: join(base, 'record'), RUN_TRACE: join(base, 'trace') };
  for (const e of code.env) env[e.name] = typeof e.value === 'string' ? substitute(e.value, values) : `from-${e.name}`;
  writeFileSync(join(base, 'record'), '');
  writeFileSync(join(base, 'trace'), '');
  // As nobody (when the test runs as root), the code can write only its own folder and /tmp.
  for (const p of [base, join(base, 'record'), join(base, 'trace'), ...walk(root).map((f) => join(root, f)), root]) chmodSync(p, statSync(p).isDirectory() ? 0o777 : 0o666);
  const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  // stdin is /dev/null, not the socket node gives a child by default: bash on a socket takes itself
  // for a remote shell and reads ~/.bashrc instead of BASH_ENV.
  const stdin = openSync('/dev/null', 'r');
  const r = spawnSync(program, argv, { cwd: join(root, 'work'), env, encoding: 'utf8', stdio: [stdin, 'pipe', 'pipe'], timeout: 20_000, ...asNobody });
  closeSync(stdin);
  const files: Record<string, string> = {};
  for (const f of walk(root)) files[f] = statSync(join(root, f)).isDirectory() ? '(folder)' : readFileSync(join(root, f), 'utf8');
  // stderr and the trace as their lines in order of text: the members of a pipeline run at once, so
  // their lines come in any order, from run to run of the same code.
  const lines = (text: string) => text.split(join(base, 'code.sh')).join('SCRIPT').split('\n').sort().join('\n');
  const stderr = lines(r.stderr);
  const trace = lines(readFileSync(join(base, 'trace'), 'utf8'));
  return { status: r.signal ? null : r.status, stdout: r.stdout, stderr, record: readFileSync(join(base, 'record'), 'utf8'), trace, files };
}

function walk(dir: string, prefix = ''): string[] {
  return readdirSync(dir).sort().flatMap((f) => {
    const p = join(prefix, f);
    return statSync(join(dir, f)).isDirectory() ? [p, ...walk(join(dir, f), p)] : [p];
  });
}
