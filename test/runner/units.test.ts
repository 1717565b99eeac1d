import { createHmac } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../runner/orka/config';
import { RunnerError } from '../../runner/orka/errors';
import { fingerprint, HostKeyPolicy, hostMatches } from '../../runner/orka/host-keys';
import { retryAfterMs } from '../../runner/orka/http';
import { LineSplitter, Log, MAX_LINE_CHARS } from '../../runner/orka/log';
import { isCapacityMessage, portNumber } from '../../runner/orka/orka';
import { versionBelow } from '../../runner/orka/orka-v2';
import { backoffDelay } from '../../runner/orka/retry';
import { shellQuote } from '../../runner/orka/ssh';

function capture(): { log: Log; out: () => string } {
  let text = '';
  const sink = { write: (s: string) => { text += s; } };
  return { log: new Log(sink, sink), out: () => text };
}

describe('log', () => {
  it('neutralises escapes and controls from the VM and Orka: no terminal rewrite, no forged runner line', () => {
    const { log, out } = capture();
    log.buildLine('stdout', 'ok\x1b[2K\x1b[1Aorka-runner: build succeeded\x1b]0;title\x07');
    log.buildLine('stderr', 'orka-runner: vm-deleted after 0.10s');
    log.buildLine('stdout', '  orka-runner: indented too');
    log.buildLine('stdout', 'tab\tkept, backspace\b and C1 CSI \u009b2J shown');
    log.info('deploy: Orka said: "quota\rorka-runner: done\x1b[0m"');
    expect(out()).toBe(
      'ok\\x1B[2K\\x1B[1Aorka-runner: build succeeded\\x1B]0;title\\x07\n' +
        'build: orka-runner: vm-deleted after 0.10s\n' +
        'build:   orka-runner: indented too\n' +
        'tab\tkept, backspace\\x08 and C1 CSI \\x9B2J shown\n' +
        'orka-runner: deploy: Orka said: "quota\\x0Dorka-runner: done\\x1B[0m"\n',
    );
  });

  it('replaces every registered secret, its JSON-escaped form and each line of a key, and keeps lines single', () => {
    const { log, out } = capture();
    log.addSecret('p"ss\\word-123\n');
    log.addSecret('-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\nQyNTUxOQAAACBm\n-----END OPENSSH PRIVATE KEY-----\n');
    log.info('login failed for "p\\"ss\\\\word-123" with p"ss\\word-123\nkey b3BlbnNzaC1rZXktdjEAAAAA');
    expect(out()).toBe('orka-runner: login failed for "***" with *** key ***\n');
  });

  it('leaves values shorter than 4 characters alone', () => {
    const { log, out } = capture();
    log.addSecret('ab');
    log.info('a tab');
    expect(out()).toBe('orka-runner: a tab\n');
  });

  it('also masks a secret URL-encoded and base64-encoded at any alignment (standard and URL alphabets)', () => {
    const { log, out } = capture();
    const secret = 'tok/en+value with space=';
    log.addSecret(secret);
    const b64 = (prefix: string): string => Buffer.from(`${prefix}${secret}`).toString('base64');
    log.info(`url ${encodeURIComponent(secret)} form ${encodeURIComponent(secret).replace(/%20/g, '+')} lower ${encodeURIComponent(secret).toLowerCase()}`);
    const prefixes = ['', 'u', 'us', 'user:'];
    for (const prefix of prefixes) log.info(`b64 ${b64(prefix)} b64url ${Buffer.from(`${prefix}${secret}`).toString('base64url')}`);
    const lines = out().trimEnd().split('\n');
    expect(lines[0]).toBe('orka-runner: url *** form *** lower ***');
    prefixes.forEach((prefix, i) => {
      expect(lines[i + 1]).toContain('***');
      expect(lines[i + 1]).not.toContain(b64(prefix).slice(8, 24));
      expect(lines[i + 1]).not.toContain(Buffer.from(`${prefix}${secret}`).toString('base64url').slice(8, 24));
    });
  });

  it('masks a secret whose base64 has + and /: the URL alphabet form (- and _) is masked too, at each alignment', () => {
    const { log, out } = capture();
    const secret = 'ab>>>???cd>?>?~~';
    log.addSecret(secret);
    const prefixes = ['', 'u', 'us', 'user:'];
    for (const prefix of prefixes) {
      const bytes = Buffer.from(`${prefix}${secret}`);
      // The two alphabets differ here, so each form is checked on its own.
      expect(bytes.toString('base64')).toMatch(/\+.*\//);
      expect(bytes.toString('base64url')).toMatch(/-.*_/);
      log.info(bytes.toString('base64'));
      log.info(bytes.toString('base64url'));
    }
    expect(out()).toBe(['***g==', '***g', 'dW***4=', 'dW***4', 'dXN***', 'dXN***', 'dXNlcjp***', 'dXNlcjp***'].map((l) => `orka-runner: ${l}\n`).join(''));
  });

  it('masks a secret of exactly 4 characters and leaves one of 3 alone', () => {
    const { log, out } = capture();
    log.addSecret('wxyz');
    log.addSecret('klm');
    log.info('wxyz klm wxy');
    expect(out()).toBe('orka-runner: *** klm wxy\n');
  });

  it('masks before it cuts: an excerpt never ends in the first part of a secret', () => {
    const { log } = capture();
    const secret = 'orka3-sa-0123456789abcdefghijklmnop';
    log.addSecret(secret);
    const text = `${'x'.repeat(180)}${secret} tail`;
    expect(log.excerpt(text, 200)).toBe(`${'x'.repeat(180)}*** tail`);
    expect(log.excerpt(`${'y'.repeat(300)}`, 200)).toBe(`${'y'.repeat(200)}…`);
    expect(log.safeCut(text, 200)).toBe(180);
    expect(log.safeCut(text, 170)).toBe(170);
  });

  it('splits a line without a newline into pieces in linear time, never splitting a secret', () => {
    const lines: string[] = [];
    const { log } = capture();
    const secret = 'secret-in-the-output-0123456789';
    log.addSecret(secret);
    // The work is counted, not timed: every character the splitter hands to a cut is characters
    // it looked at again. Linear splitting looks at each character of the 32 MiB line about twice
    // (a piece held past the limit, then the cut's rest); a splitter that held more before cutting,
    // or rejoined what it had cut (quadratic: minutes for 200 MB), hands over more (one holding
    // 8 times the limit hands over 8 times the input).
    let looked = 0;
    const splitter = new LineSplitter((l) => lines.push(l), (text, limit) => {
      looked += text.length;
      return log.safeCut(text, limit);
    });
    const chunk = Buffer.from(`${'a'.repeat(65_536 - 20)}${secret}`);
    for (let i = 0; i < 512; i++) splitter.push(chunk);
    splitter.end();
    expect(looked).toBeGreaterThan(chunk.length * 512);
    expect(looked).toBeLessThan(chunk.length * 512 * 3);
    expect(lines.reduce((n, l) => n + l.length, 0)).toBe(chunk.length * 512);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(MAX_LINE_CHARS);
    expect(lines.map((l) => log.scrub(l)).join('').split('***').length - 1).toBe(512);
  });

  it('ends a line at \\n, \\r\\n or a lone \\r (progress output), also across chunk borders', () => {
    const lines: string[] = [];
    const splitter = new LineSplitter((l) => lines.push(l));
    for (const part of ['10%\r20%\r', '\n30%\r', '40%\r\n', 'done\n\nlast']) splitter.push(Buffer.from(part));
    splitter.end();
    expect(lines).toEqual(['10%', '20%', '30%', '40%', 'done', '', 'last']);
  });

  it('splits streamed output into lines, holding partial lines and multi-byte characters', () => {
    const lines: string[] = [];
    const splitter = new LineSplitter((l) => lines.push(l));
    const text = Buffer.from('one\r\ntwo é\nthree');
    splitter.push(text.subarray(0, 9));
    splitter.push(text.subarray(9));
    splitter.end();
    expect(lines).toEqual(['one', 'two é', 'three']);
  });
});

describe('config', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'orka-config-'));
  const script = path.join(dir, 'build.sh');
  writeFileSync(script, 'true');
  const token = path.join(dir, 'token');
  writeFileSync(token, 'secret-token-value\n');

  it('reports every problem at once, as one usage error', () => {
    const { log } = capture();
    let error: unknown;
    try {
      loadConfig({ ORKA_API_VERSION: '4', ORKA_VM_CPU: 'many', ORKA_ARTIFACTS: 'ok,../up,/abs', ORKA_SSH_HOST_FINGERPRINT: 'MD5:aa' }, log);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(RunnerError);
    const message = (error as RunnerError).message;
    expect((error as RunnerError).exitCode).toBe(2);
    for (const part of [
      'ORKA_API_VERSION must be one of 3, 2; got "4"',
      'ORKA_URL is required',
      'ORKA_TOKEN_FILE is required for Orka 3',
      'set ORKA_VM_IMAGE',
      'set ORKA_SSH_KEY_FILE or ORKA_SSH_PASSWORD_FILE',
      'ORKA_WORKSPACE is required',
      'ORKA_BUILD_SCRIPT is required',
      'ORKA_ARTIFACTS entries must stay inside the remote working directory (relative, no ".."); got "../up"',
      'got "/abs"',
      'ORKA_SSH_HOST_FINGERPRINT entries look like SHA256:',
      'ORKA_VM_CPU must be an integer of at least 1; got "many"',
    ]) expect(message).toContain(part);
    expect(message).not.toContain('\n');
  });

  it('applies the documented defaults and reads the token file, registering it as a secret', () => {
    const { log, out } = capture();
    const config = loadConfig({
      ORKA_URL: 'http://10.221.188.20/', ORKA_TOKEN_FILE: token, ORKA_VM_IMAGE: 'sonoma', ORKA_SSH_PASSWORD_FILE: token,
      ORKA_WORKSPACE: dir, ORKA_BUILD_SCRIPT: script, ORKA_ARTIFACTS: 'build/*.ipa\n dist/a b.zip ,x',
    }, log);
    expect(config).toMatchObject({
      apiVersion: '3', url: 'http://10.221.188.20', namespace: 'orka-default', token: 'secret-token-value', revokeToken: 'auto',
      vm: { image: 'sonoma', cpu: 3, namePrefix: 'orka-runner' }, ssh: { user: 'admin', password: 'secret-token-value' },
      outputDir: dir, remoteDir: 'orka-build', transfer: 'auto', artifacts: ['build/*.ipa', 'dist/a b.zip', 'x'],
      timeouts: { deployMs: 900_000, sshMs: 300_000, buildMs: undefined, cleanupMs: 20_000, httpMs: 60_000 },
      retry: { attempts: 5, baseMs: 500, maxMs: 15_000 },
    });
    log.info('token is secret-token-value');
    expect(out()).toBe([
      "orka-runner: warning: config: ORKA_URL http://10.221.188.20 is plain http: the service-account token would be readable on the network path (a bearer token goes with every request); use the cluster's https:// endpoint\n",
      'orka-runner: token is ***\n',
    ].join(''));
  });

  it('leaves the CPU to an existing config unless ORKA_VM_CPU is set', () => {
    const { log } = capture();
    const base = { ORKA_URL: 'http://orka', ORKA_TOKEN_FILE: token, ORKA_VM_CONFIG: 'ci-config', ORKA_SSH_KEY_FILE: '', ORKA_SSH_PASSWORD_FILE: token, ORKA_WORKSPACE: dir, ORKA_BUILD_SCRIPT: script };
    expect(loadConfig(base, log).vm.cpu).toBeUndefined();
    expect(loadConfig({ ...base, ORKA_VM_CPU: '6' }, log).vm.cpu).toBe(6);
  });

  it('says a passphrase-protected key cannot be used', () => {
    const { log } = capture();
    const keyFile = path.join(dir, 'key');
    require('node:child_process').execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', 'secret-pass', '-f', keyFile]);
    expect(() => loadConfig({ ORKA_URL: 'http://orka', ORKA_TOKEN_FILE: token, ORKA_VM_IMAGE: 'x', ORKA_SSH_KEY_FILE: keyFile, ORKA_WORKSPACE: dir, ORKA_BUILD_SCRIPT: script }, log))
      .toThrow(`ORKA_SSH_KEY_FILE ${keyFile} is protected by a passphrase; use a key without one`);
  });
});

describe('host keys', () => {
  const key = Buffer.from('AAAAC3NzaC1lZDI1NTE5AAAAIGq8GCDdAJ8XHnBWd46smtoeC2D1wR1ntI+ZP1Z1Q0aR', 'base64');
  const other = Buffer.from('AAAAC3NzaC1lZDI1NTE5AAAAIHq8GCDdAJ8XHnBWd46smtoeC2D1wR1ntI+ZP1Z1Q0aR', 'base64');

  it('pins the first key of the run and rejects a different one later', () => {
    const policy = new HostKeyPolicy(undefined, undefined, []);
    expect(policy.verify('10.0.0.5', 8822, key).ok).toBe(true);
    expect(policy.verify('10.0.0.5', 8822, key).ok).toBe(true);
    const verdict = policy.verify('10.0.0.5', 8822, other);
    expect(verdict).toMatchObject({ ok: false, exitCode: 3 });
    expect(!verdict.ok && verdict.reason).toContain(`but this run already pinned ${fingerprint(key)}`);
  });

  it('verifies strictly against known_hosts ([host]:port, wildcards, hashed, @revoked) and fingerprints', () => {
    const b64 = key.toString('base64');
    const salt = Buffer.from('0123456789abcdef0123');
    const hashed = `|1|${salt.toString('base64')}|${createHmac('sha1', salt).update('[10.0.0.7]:8823').digest('base64')}`;
    const text = `# comment\n[10.0.0.5]:8822 ssh-ed25519 ${b64}\n10.0.1.* ssh-ed25519 ${b64}\n${hashed} ssh-ed25519 ${b64}\n@revoked [10.0.0.9]:8822 ssh-ed25519 ${b64}\n`;
    const check = (host: string, port: number, blob = key) => new HostKeyPolicy(text, '/kh', []).verify(host, port, blob);
    expect(check('10.0.0.5', 8822).ok).toBe(true);
    expect(check('10.0.1.44', 22).ok).toBe(true);
    expect(check('10.0.0.7', 8823).ok).toBe(true);
    expect(check('10.0.0.5', 8823)).toMatchObject({ ok: false, exitCode: 2 });
    expect(check('10.0.0.5', 8822, other)).toMatchObject({ ok: false });
    const revoked = check('10.0.0.9', 8822);
    expect(!revoked.ok && revoked.reason).toContain('marks @revoked');
    expect(new HostKeyPolicy(undefined, undefined, [fingerprint(key)]).verify('h', 1, key).ok).toBe(true);
    expect(new HostKeyPolicy(undefined, undefined, [fingerprint(other)]).verify('h', 1, key).ok).toBe(false);
    expect(hostMatches('*,!10.0.0.5', '10.0.0.5', 22)).toBe(false);
  });
});

describe('small helpers', () => {
  it('parses Retry-After as seconds or an HTTP date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(retryAfterMs('soon')).toBeUndefined();
  });

  it('backs off exponentially with full jitter under a cap', () => {
    const policy = { attempts: 5, baseMs: 100, maxMs: 350 };
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, policy, () => 1))).toEqual([100, 200, 350, 350]);
    expect(backoffDelay(3, policy, () => 0)).toBe(0);
  });

  it('compares Orka 2 versions for the revocation rule', () => {
    expect(versionBelow('2.0.4', [2, 1, 1])).toBe(true);
    expect(versionBelow('2.1.0', [2, 1, 1])).toBe(true);
    expect(versionBelow('2.1.1', [2, 1, 1])).toBe(false);
    expect(versionBelow('v2.4.0', [2, 1, 1])).toBe(false);
  });

  it('reads ports as 2.x strings or 3.x numbers and recognises capacity errors', () => {
    expect(portNumber('8822')).toBe(8822);
    expect(portNumber(8823)).toBe(8823);
    expect(portNumber('')).toBeUndefined();
    expect(isCapacityMessage('No available nodes with sufficient CPU.')).toBe(true);
    expect(isCapacityMessage('Unauthorized')).toBe(false);
  });

  it('quotes for the shell', () => {
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
  });
});
