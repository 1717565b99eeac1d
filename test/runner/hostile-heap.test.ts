// The runner as the task image runs it (the bundle, a real process) with its heap capped at 48 MiB,
// against a VM that answers the artifact download with hostile tar streams and prints hostile build
// output. Whatever it sends, the runner must end with a non-zero exit code and one clear line, never
// with V8's out-of-memory abort, and the VM must be deleted. The hostile `tar` is a wrapper on the
// VM's PATH (ssh2's Server runs commands with the PATH the test gives it): it passes extraction (the
// upload) to the real tar and answers `tar -c` (the download) with a generated stream.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeOrka } from './fake-orka';
import { ChildRun, newSecrets, runChild, runnerBundle, runnerLines, RunResult, setupRun, startFake } from './harness';
import { startSshd, Sshd } from './sshd';
import { canMountTmpfs, mountTmpfs, Tmpfs } from './tmpfs';

const HEAP_MB = 48;

// A plain-JS ustar writer for the VM side: GNU long-name (L) and long-link (K) records carry names
// and link targets over 100 bytes. Modes: `links` (endless symlinks with 4000-byte targets),
// `names` (endless empty files with 4000-byte paths), `entries` (endless symlinks with short
// names, held until the archive ends), `zeros` (one file declared 8 GiB, then endless zeros), `garbage` (endless non-tar bytes).
const GENERATOR = String.raw`
const mode = process.argv[2];
function header(name, type, size, link) {
  const b = Buffer.alloc(512);
  b.write(name.slice(0, 99), 0); b.write('0000644\0', 100); b.write('0000000\0', 108); b.write('0000000\0', 116);
  b.write(size.toString(8).padStart(11, '0') + '\0', 124); b.write('00000000000\0', 136); b.write('        ', 148);
  b.write(type, 156); b.write(link.slice(0, 99), 157); b.write('ustar  \0', 257);
  let sum = 0; for (const x of b) sum += x;
  b.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
  return b;
}
function long(type, text) {
  const data = Buffer.from(text + '\0');
  const pad = Buffer.alloc((512 - (data.length % 512)) % 512);
  return Buffer.concat([header('././@LongLink', type, data.length, ''), data, pad]);
}
const dir = ('d'.repeat(200) + '/').repeat(19);
function member(i) {
  if (mode === 'links') return Buffer.concat([long('K', 'x'.repeat(4000)), header('l' + i, '2', 0, '')]);
  if (mode === 'names') { const name = dir + 'f' + i; return Buffer.concat([long('L', name), header(name, '0', 0, '')]); }
  return header('s' + i, '2', 0, 'x');
}
let i = 0;
function pump() {
  for (;;) {
    let chunk;
    if (mode === 'zeros') chunk = i++ === 0 ? header('big.bin', '0', 0o77777777777, '') : Buffer.alloc(1 << 16);
    else if (mode === 'garbage') chunk = Buffer.alloc(1 << 16, 0x41);
    else { const parts = []; for (let k = 0; k < 64; k++) parts.push(member(i++)); chunk = Buffer.concat(parts); }
    if (!process.stdout.write(chunk)) return process.stdout.once('drain', pump);
  }
}
process.stdout.on('error', () => process.exit(0));
pump();
`;

/** The VM's PATH: `tar -c` in a workspace holding `.hostile` answers with that mode's stream. */
function hostileBin(): string {
  const bin = mkdtempSync(path.join(os.tmpdir(), 'hostile-tar-'));
  const realTar = execFileSync('sh', ['-c', 'command -v tar'], { encoding: 'utf8' }).trim();
  writeFileSync(path.join(bin, 'generate.js'), GENERATOR);
  writeFileSync(path.join(bin, 'tar'), [
    '#!/bin/sh',
    'case " $* " in',
    `  *" -c "*) if [ -f .hostile ]; then cat > /dev/null; exec '${process.execPath}' '${path.join(bin, 'generate.js')}' "$(cat .hostile)"; fi ;;`,
    'esac',
    `exec '${realTar}' "$@"`,
    '',
  ].join('\n'), { mode: 0o755 });
  return bin;
}

let sshd: Sshd;
/** The default test server (OpenSSH where installed) for the build output: it keeps stdout and stderr apart in order. */
let plainSshd: Sshd;
let bundle: string;
let fake: FakeOrka | undefined;
const mounts: Tmpfs[] = [];

beforeAll(async () => {
  [sshd, plainSshd, bundle] = await Promise.all([startSshd({ fallback: true, commandPath: `${hostileBin()}:${process.env.PATH}` }), startSshd(), runnerBundle()]);
});
afterAll(async () => {
  await Promise.all([sshd.stop(), plainSshd.stop()]);
});
afterEach(async () => {
  for (const m of mounts.splice(0)) m.unmount();
  if (fake === undefined) return;
  expect(fake.vmCount()).toBe(0);
  await fake.stop();
  fake = undefined;
});

/** One run of the bundled runner under the capped heap, killed after 45 s (before the test times out) so a hang fails the case with its output. */
async function capped(script: string, env: Record<string, string> = {}, vm: Sshd = sshd): Promise<RunResult> {
  const secrets = newSecrets();
  fake = await startFake('3', vm, secrets);
  const run = setupRun({ version: '3', sshd: vm, fake, secrets, script, artifacts: 'out', env: { ORKA_TRANSFER: 'tar', ORKA_SSH_HOST_FINGERPRINT: vm.hostKeyFingerprint, ...env } });
  const child: ChildRun = runChild(run.env, [`--max-old-space-size=${HEAP_MB}`, bundle]);
  const timer = setTimeout(() => child.child.kill('SIGKILL'), 45_000);
  const result = await child.result;
  clearTimeout(timer);
  // V8's own abort prints this and ends the process with a signal: the VM would stay.
  expect(result.stderr).not.toMatch(/heap out of memory|FATAL ERROR|Allocation failed/);
  expect(result.signal, result.stderr.slice(-2000)).toBeNull();
  expect(fake.calls('delete').map((r) => r.status)).toEqual([200]);
  expect(runnerLines(result.stderr).at(-1)).toMatch(/^orka-runner: delete orka-runner-[a-z0-9]+ after \d+\.\d\ds$/);
  return result;
}

const hostile = (mode: string) => `#!/bin/sh\nmkdir -p out\necho > out/app.txt\necho ${mode} > .hostile\n`;
const needsMount = canMountTmpfs() ? it : it.skip;

describe(`orka-runner with a ${HEAP_MB} MiB heap against a hostile VM`, () => {
  it('endless symlinks with 4000-byte targets: exit 3 at the 16 MiB bound of held names', async () => {
    const result = await capped(hostile('links'));
    expect(result.code, result.stderr).toBe(3);
    expect(runnerLines(result.stderr).at(-2)).toBe('orka-runner: download: the archive from the VM names more files and links than the runner holds (16 MiB of names); copy fewer artifacts, or pack them into one archive on the VM');
  });

  it('endless files with 4000-byte paths: exit 3 at the same bound', async () => {
    const result = await capped(hostile('names'));
    expect(result.code, result.stderr).toBe(3);
    expect(runnerLines(result.stderr).at(-2)).toBe('orka-runner: download: the archive from the VM names more files and links than the runner holds (16 MiB of names); copy fewer artifacts, or pack them into one archive on the VM');
  });

  it('endless symlinks with short names: exit 3 at the bound on entries, long before the heap runs out', async () => {
    const result = await capped(hostile('entries'));
    expect(result.code, result.stderr).toBe(3);
    expect(runnerLines(result.stderr).at(-2)).toBe('orka-runner: download: the archive from the VM holds more than 50000 files, directories and links, more than the runner keeps track of; copy fewer artifacts, or pack them into one archive on the VM');
  });

  it('a stream that is not tar at all: exit 3, the archive called corrupt', async () => {
    const result = await capped(hostile('garbage'));
    expect(result.code, result.stderr).toBe(3);
    expect(runnerLines(result.stderr).at(-2)).toBe('orka-runner: download: the archive is corrupt (header checksum mismatch)');
  });

  needsMount('one file declared 8 GiB, then endless zeros into a 4 MiB disk: exit 3 on the full disk', async () => {
    const disk = mountTmpfs(4 << 20)!;
    mounts.push(disk);
    const result = await capped(hostile('zeros'), { ORKA_OUTPUT_DIR: disk.dir });
    expect(result.code, result.stderr).toBe(3);
    expect(runnerLines(result.stderr).at(-2)).toBe(`orka-runner: download: writing ${disk.dir}/big.bin failed: no space left on the device; ORKA_OUTPUT_DIR must be a writable directory with room for the artifacts`);
  });

  it('an Orka error message with escapes, CR and a forged runner line: one neutralised line, exit 2', async () => {
    const secrets = newSecrets();
    fake = await startFake('3', plainSshd, secrets);
    const run = setupRun({ version: '3', sshd: plainSshd, fake, secrets, script: '#!/bin/sh\ntrue\n', artifacts: '' });
    fake.inject({ on: 'deploy', status: 400, body: 'bad image\u001b]0;pwned\u0007\u001b[2J\r\norka-runner: build succeeded after 0.01s' });
    const result = await runChild(run.env, [`--max-old-space-size=${HEAP_MB}`, bundle]).result;
    expect(result.code, result.stderr).toBe(2);
    expect(result.stdout + result.stderr).not.toMatch(/[\u001b\u0007\r]/);
    const [line, ...more] = result.stderr.split('\n').filter((l) => l.includes('build succeeded'));
    expect(more).toEqual([]);
    expect(line.startsWith('orka-runner: deploy: Orka answered 400 Bad Request (')).toBe(true);
    expect(line).toContain('bad image\\u001b]0;pwned\\u0007\\u001b[2J\\r\\norka-runner: build succeeded after 0.01s');
    expect(fake.calls('delete')).toEqual([]);
  });

  it('a 20 MB build line without a newline, escape sequences and a forged runner line: passed on cut and neutralised', async () => {
    const script = [
      '#!/bin/sh',
      'mkdir -p out && echo > out/app.txt',
      "head -c 20000000 /dev/zero | tr '\\000' x",
      "printf '\\n\\033]0;pwned\\007\\033[2J\\rorka-runner: build succeeded after 0.01s\\n'",
      "printf 'orka-runner: forged\\n' >&2",
      'exit 7',
      '',
    ].join('\n');
    const result = await capped(script, {}, plainSshd);
    expect(result.code, result.stderr).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, -3).every((l) => /^x{1,65536}$/.test(l))).toBe(true);
    expect(lines.slice(0, -3).join('').length).toBe(20_000_000);
    expect(lines.slice(-3)).toEqual(['\\x1B]0;pwned\\x07\\x1B[2J', 'build: orka-runner: build succeeded after 0.01s', '']);
    expect(result.stderr).toContain('\nbuild: orka-runner: forged\n');
    expect(result.stdout + result.stderr).not.toMatch(/[\u001b\u0007\r]/);
    expect(runnerLines(result.stderr).at(-2)).toBe('orka-runner: build: the build script exited with code 7; see its output above');
  });
});
