// The runner's log (runner/orka/log.ts) at the edges test/runner/units.test.ts does not reach:
// which stream a build line goes to, a forged runner line only at the start, each control
// character made visible, PEM armour left alone, a secret inside a longer one, CRLF keys, an
// excerpt exactly at its limit, and where a cut moves when secrets overlap it.
import { describe, expect, it } from 'vitest';
import { LineSplitter, Log, neutral, seconds } from '../../runner/orka/log';

function streams(): { log: Log; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { log: new Log({ write: (s: string) => (out += s) }, { write: (s: string) => (err += s) }), out: () => out, err: () => err };
}

describe('log lines', () => {
  it('passes a build line to the stream it came from; runner lines go to stderr', () => {
    const { log, out, err } = streams();
    log.buildLine('stdout', 'to stdout');
    log.buildLine('stderr', 'to stderr');
    log.info('info');
    log.warn('deploy', 'slow');
    expect(out()).toBe('to stdout\n');
    expect(err()).toBe('to stderr\norka-runner: info\norka-runner: warning: deploy: slow\n');
  });

  it('marks a build line as the build\'s only when it starts (after blanks) with orka-runner:', () => {
    const { log, out } = streams();
    log.buildLine('stdout', 'say orka-runner: inside');
    log.buildLine('stdout', '\torka-runner: after a tab');
    log.buildLine('stdout', 'orka-runner:');
    log.buildLine('stdout', 'orka-runner; not the prefix');
    expect(out()).toBe('say orka-runner: inside\nbuild: \torka-runner: after a tab\nbuild: orka-runner:\norka-runner; not the prefix\n');
  });

  it('makes every C0 control but tab, DEL and every C1 control visible, and nothing else', () => {
    const controls = [0x00, 0x01, 0x08, 0x0a, 0x0b, 0x0d, 0x1b, 0x1f, 0x7f, 0x80, 0x9b, 0x9f];
    expect(neutral(controls.map((c) => String.fromCharCode(c)).join(''))).toBe('\\x00\\x01\\x08\\x0A\\x0B\\x0D\\x1B\\x1F\\x7F\\x80\\x9B\\x9F');
    const kept = '\t !~\u00a0\u00e9\u2028';
    expect(neutral(kept)).toBe(kept);
  });

  it('folds a multi-line message into one line and drops trailing blanks', () => {
    const { log, err } = streams();
    log.info('first  \r\n   second\nthird\n\n  ');
    log.info('tail   ');
    expect(err()).toBe('orka-runner: first second third\norka-runner: tail\n');
  });

  it('prints a step with its detail, or without one, and the seconds with two decimals', () => {
    const { log, err } = streams();
    // Started 90 s ago: the figure is 90 s and the few milliseconds this test takes.
    log.step('ssh-ready', '10.0.0.5:8822', Date.now() - 90_000);
    log.step('vm-deleted', '', Date.now() - 90_000);
    expect(err()).toMatch(/^orka-runner: ssh-ready 10\.0\.0\.5:8822 after 90\.\d\ds\norka-runner: vm-deleted after 90\.\d\ds\n$/);
    expect([seconds(0), seconds(1234), seconds(1235.1), seconds(60_000)]).toEqual(['0.00s', '1.23s', '1.24s', '60.00s']);
  });
});

describe('secrets in the log', () => {
  it('ignores undefined, masks a secret inside a longer one whole, and leaves PEM armour lines readable', () => {
    const { log, err } = streams();
    log.addSecret(undefined);
    log.addSecret('abcd');
    log.addSecret('abcdefgh');
    log.addSecret('-----BEGIN RSA PRIVATE KEY-----\r\nMIIEowIBAAKCAQEA\r\n-----END RSA PRIVATE KEY-----\r\n');
    log.info('abcdefgh abcd abcdxyz');
    log.info('-----BEGIN RSA PRIVATE KEY----- MIIEowIBAAKCAQEA -----END RSA PRIVATE KEY-----');
    expect(err()).toBe('orka-runner: *** *** ***xyz\norka-runner: -----BEGIN RSA PRIVATE KEY----- *** -----END RSA PRIVATE KEY-----\n');
  });

  it('masks a secret given with surrounding blanks, in its trimmed and escaped forms', () => {
    const { log, err } = streams();
    log.addSecret('  pass word\t');
    log.info('[pass word] ["  pass word\\t"]');
    expect(err()).toBe('orka-runner: [***] ["***"]\n');
  });

  it('cuts an excerpt only beyond its limit', () => {
    const { log } = streams();
    expect(log.excerpt('abc', 3)).toBe('abc');
    expect(log.excerpt('abcd', 3)).toBe('abc…');
    log.addSecret('wxyz');
    expect(log.excerpt('a wxyz', 5)).toBe('a ***');
  });
});

describe('safeCut', () => {
  it('moves the cut to the start of a secret that spans it, not one that ends or starts at it', () => {
    const { log } = streams();
    log.addSecret('SECRET');
    expect(log.safeCut('abSECRETcd', 5)).toBe(2);
    expect(log.safeCut('abSECRETcd', 8)).toBe(8);
    expect(log.safeCut('abSECRETcd', 2)).toBe(2);
    expect(log.safeCut('abSECRETcd', 3)).toBe(2);
    expect(log.safeCut('abSECRETcd', 7)).toBe(2);
    expect(log.safeCut('SECRET', 3)).toBe(0);
    // The search starts just far enough back: an earlier whole occurrence does not hide the spanning one.
    expect(log.safeCut('SECRETxxSECRET', 11)).toBe(8);
  });

  it('finds a spanning occurrence right after one that ends at the cut, and moves again for overlapping secrets', () => {
    const { log } = streams();
    log.addSecret('aaaa');
    expect(log.safeCut('aaaaa', 4)).toBe(0);
    const other = streams().log;
    other.addSecret('AAAAAAB');
    other.addSecret('BBCC');
    expect(other.safeCut('AAAAAABBCC', 8)).toBe(0);
    expect(other.safeCut('xxxxxxBBCC', 8)).toBe(6);
  });

  it('a line splitter cuts where it is told, never at nothing, until the rest is within the limit', () => {
    const lines: string[] = [];
    const splitter = new LineSplitter((l) => lines.push(l), () => 0);
    splitter.push(Buffer.from('x'.repeat(70_000)));
    splitter.end();
    // Held text beyond 64 KiB + 4 KiB is cut as it comes; what is left at the end is cut to 64 KiB.
    // A cut at 0 takes one character, so no loop is endless.
    expect(lines.map((l) => l.length)).toEqual([...Array(70_000 - 65_536).fill(1), 65_536]);
  });

  it('holds a line without a newline up to the limit and its 4 KiB look-ahead, and cuts it as it comes beyond that', () => {
    const held: string[] = [];
    const atSlack = new LineSplitter((l) => held.push(l));
    atSlack.push(Buffer.from('z'.repeat(65_536 + 4_096)));
    expect(held).toEqual([]);
    const cut: string[] = [];
    const beyond = new LineSplitter((l) => cut.push(l));
    beyond.push(Buffer.from('z'.repeat(65_536 + 4_096 + 1)));
    // Before the stream ends: memory stays bounded for a line that never ends.
    expect(cut.map((l) => l.length)).toEqual([65_536]);
    beyond.end();
    expect(cut.map((l) => l.length)).toEqual([65_536, 4_097]);
  });

  it('a line that ends within the look-ahead slack is still cut to the limit, at a newline and at the end', () => {
    for (const ending of ['\n', '']) {
      const lines: string[] = [];
      const splitter = new LineSplitter((l) => lines.push(l));
      splitter.push(Buffer.from(`${'y'.repeat(65_536 + 2_000)}${ending}`));
      splitter.end();
      // Before, the whole 67,536-character line went out as one piece.
      expect(lines.map((l) => l.length)).toEqual([65_536, 2_000]);
    }
  });
});

describe('edges the first mutation run of log.ts found', () => {
  it('masks nothing but the secrets it was given, whatever the text', () => {
    const { log, err } = streams();
    log.info('Stryker was here');
    // A value with nothing to URL-encode, so its URL forms are the value itself.
    log.addSecret('hunter22');
    log.info('Stryker was here: hunter22');
    expect(err()).toBe('orka-runner: Stryker was here\norka-runner: Stryker was here: ***\n');
  });

  it('masks each line of a multi-line value with the blanks around it trimmed', () => {
    const { log, err } = streams();
    log.addSecret('first-line\n   second-line  \n');
    log.info('[second-line]');
    expect(err()).toBe('orka-runner: [***]\n');
  });

  it('takes a line for PEM armour only when the armour is the whole line', () => {
    const { log, err } = streams();
    log.addSecret('key-----BEGIN X-----');
    log.addSecret('-----END Y-----tail');
    log.info('[key-----BEGIN X-----] [-----END Y-----tail] [-----BEGIN X-----]');
    expect(err()).toBe('orka-runner: [***] [***] [-----BEGIN X-----]\n');
  });
});

describe('a line splitter at chunk borders', () => {
  const split = (chunks: Array<string | Buffer>): string[] => {
    const lines: string[] = [];
    const splitter = new LineSplitter((l) => lines.push(l));
    for (const c of chunks) splitter.push(typeof c === 'string' ? Buffer.from(c) : c);
    splitter.end();
    return lines;
  };

  it('passes on an empty first line', () => {
    expect(split(['\nabc\n'])).toEqual(['', 'abc']);
  });

  it('keeps a \\r at the end of a chunk with the \\n that starts the next, across an empty chunk', () => {
    expect(split(['a\r', '', '\nb\n'])).toEqual(['a', 'b']);
  });

  it('ends a line at a lone \\r at the end of a chunk when the next starts with text, and forgets it after that chunk', () => {
    expect(split(['a\r', 'b\n', '\nc'])).toEqual(['a', 'b', '', 'c']);
  });

  it('joins a multi-byte character whose bytes come in separate chunks', () => {
    const bytes = Buffer.from('aé€😀\n');
    expect(split([...bytes].map((b) => Buffer.from([b])))).toEqual(['aé€😀']);
  });
});
