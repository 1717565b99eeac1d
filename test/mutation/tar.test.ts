// The runner's tar codec (runner/orka/tar.ts) at the edges test/runner/tar.test.ts does not reach:
// every header field at the limits of its width, pax records whose length gains a digit, what GNU
// tar writes in each of its formats (GNU long names and links, ustar prefixes, pax times, FIFOs),
// numbers in base 256 or padded with blanks, the size and name limits at their boundaries,
// malformed pax records, backpressure from a handler and a sink, and archives cut at every point.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeHeader, END_OF_ARCHIVE, MAX_NAME_BYTES, padding, safeName, TarEntry, TarFormatError, TarParser } from '../../runner/orka/tar';

interface Parsed {
  entry: TarEntry;
  data: string;
}

/** Parses a whole archive in chunks of `chunkSize`, giving each entry and its file data. */
async function parse(archive: Buffer, chunkSize = 512): Promise<Parsed[]> {
  const result: Parsed[] = [];
  const parser = new TarParser((entry) => {
    const item = { entry, data: '' };
    result.push(item);
    return { write: (c) => { item.data += c.toString('latin1'); return undefined; }, end: () => undefined };
  });
  for (let i = 0; i < archive.length; i += chunkSize) await parser.push(archive.subarray(i, i + chunkSize));
  parser.end();
  return result;
}

async function failure(archive: Buffer, chunkSize = 512): Promise<string> {
  try {
    await parse(archive, chunkSize);
  } catch (e) {
    return `${(e as Error).name}: ${(e as Error).message}`;
  }
  return 'parsed';
}

const entry = (name: string, extra: Partial<TarEntry> = {}): TarEntry => ({ name, type: 'file', size: 0, mode: 0o644, mtime: 1_700_000_000, linkname: '', ...extra });
const file = (name: string, content: string, extra: Partial<TarEntry> = {}) => Buffer.concat([encodeHeader(entry(name, { size: Buffer.byteLength(content), ...extra })), Buffer.from(content), padding(Buffer.byteLength(content))]);

/** A header block built field by field (for what encodeHeader never writes), with its checksum. */
function rawHeader(fields: { name?: string; mode?: string; size?: string | Buffer; mtime?: string | Buffer; type?: string; link?: string; magic?: string; prefix?: string }): Buffer {
  const block = Buffer.alloc(512);
  block.write(fields.name ?? 'f', 0, 'utf8');
  block.write(fields.mode ?? '0000644\0', 100, 'latin1');
  const put = (value: string | Buffer, at: number) => (typeof value === 'string' ? block.write(value, at, 'latin1') : value.copy(block, at));
  put(fields.size ?? '00000000000\0', 124);
  put(fields.mtime ?? '00000000000\0', 136);
  block.write(fields.type ?? '0', 156, 'latin1');
  block.write(fields.link ?? '', 157, 'utf8');
  block.write(fields.magic ?? 'ustar\u000000', 257, 'latin1');
  block.write(fields.prefix ?? '', 345, 'utf8');
  block.fill(0x20, 148, 156);
  let sum = 0;
  for (const b of block) sum += b;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  return block;
}

/** A pax (or GNU long-name) member holding `data`, of type `type`. */
function metaMember(type: string, data: string | Buffer): Buffer {
  const bytes = Buffer.from(data);
  return Buffer.concat([rawHeader({ name: 'meta', type, size: `${bytes.length.toString(8).padStart(11, '0')}\0` }), bytes, padding(bytes.length)]);
}

describe('encodeHeader', () => {
  it('writes every ustar field as GNU tar reads it back', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tar-mut-'));
    const archive = Buffer.concat([
      encodeHeader(entry('folder', { type: 'directory', mode: 0o40750, mtime: 1_600_000_000.9 })),
      file('folder/run.sh', 'echo\n', { mode: 0o104755, mtime: -5 }),
      encodeHeader(entry('folder/link', { type: 'symlink', linkname: 'run.sh', mode: 0o777 })),
      encodeHeader(entry('folder/hard', { type: 'hardlink', linkname: 'folder/run.sh' })),
      END_OF_ARCHIVE,
    ]);
    const listing = execFileSync('tar', ['--numeric-owner', '--full-time', '-tvf', '-'], { input: archive, env: { ...process.env, TZ: 'UTC' } }).toString();
    expect(listing.replace(/ +/g, ' ')).toBe([
      'drwxr-x--- 0/0 0 2020-09-13 12:26:40 folder/',
      '-rwsr-xr-x 0/0 5 1970-01-01 00:00:00 folder/run.sh',
      'lrwxrwxrwx 0/0 0 2023-11-14 22:13:20 folder/link -> run.sh',
      'hrw-r--r-- 0/0 0 2023-11-14 22:13:20 folder/hard link to folder/run.sh',
      '',
    ].join('\n'));
    execFileSync('tar', ['-xf', '-', '-C', dir], { input: archive });
  });

  it('writes a name or link of exactly 100 bytes in ustar, and a pax record beyond, counting bytes', async () => {
    const hundred = 'é'.repeat(50);
    const over = `${'é'.repeat(50)}x`;
    const plain = encodeHeader(entry(hundred, { type: 'symlink', linkname: hundred }));
    const long = encodeHeader(entry(over, { type: 'symlink', linkname: over }));
    expect({ plain: plain.length, long: long.length, typeflag: String.fromCharCode(long[156]) }).toEqual({ plain: 512, long: 1536, typeflag: 'x' });
    const records = long.subarray(512, 1024).toString('utf8').replace(/\0+$/, '');
    expect(records).toBe(`111 path=${over}\n115 linkpath=${over}\n`);
    expect((await parse(Buffer.concat([long, END_OF_ARCHIVE]))).map((p) => [p.entry.name, p.entry.linkname])).toEqual([[over, over]]);
  });

  it('marks each header as POSIX ustar, and keeps a long name out of the fields after it', async () => {
    const name = `${'long/'.repeat(40)}file`;
    const header = encodeHeader(entry(name, { size: 0 }));
    expect([header.toString('latin1', 257, 265), header.toString('latin1', 1024 + 257, 1024 + 265)]).toEqual(['ustar\u000000', 'ustar\u000000']);
    expect((await parse(Buffer.concat([header, END_OF_ARCHIVE]))).map((p) => [p.entry.name, p.entry.linkname, p.entry.mode])).toEqual([[name, '', 0o644]]);
  });

  it('gives a directory a trailing slash, counted in its length', () => {
    const name = 'd'.repeat(100);
    const header = encodeHeader(entry(name, { type: 'directory' }));
    expect({ length: header.length, records: header.subarray(512, 1024).toString('utf8').replace(/\0+$/, '') }).toEqual({ length: 1536, records: `111 path=${name}/\n` });
  });

  it('makes a pax record\'s length count its own digits when they roll over', () => {
    // " path=<name>\n" of 996 bytes and its 3 digits make 999; of 997 bytes, 1000 has 4 digits, so 1001.
    const at = (nameBytes: number) => {
      const header = encodeHeader(entry('p'.repeat(nameBytes)));
      return header.toString('utf8', 512, 512 + Number.parseInt(header.toString('latin1', 124, 135), 8));
    };
    expect(at(989)).toBe(`999 path=${'p'.repeat(989)}\n`);
    expect(at(990)).toBe(`1001 path=${'p'.repeat(990)}\n`);
    expect(at(991)).toBe(`1002 path=${'p'.repeat(991)}\n`);
    expect([at(989).length, at(990).length, at(991).length]).toEqual([999, 1001, 1002]);
  });

  it('puts a size beyond 11 octal digits in a pax record and 0 in the header', () => {
    const size = 0o77777777777 + 1;
    const header = encodeHeader(entry('big', { size }));
    expect({ records: header.subarray(512, 1024).toString('latin1').replace(/\0+$/, ''), field: header.subarray(1024 + 124, 1024 + 136).toString('latin1') }).toEqual({ records: `19 size=${size}\n`, field: '00000000000\0' });
    const fits = encodeHeader(entry('big', { size: 0o77777777777 }));
    expect({ length: fits.length, field: fits.subarray(124, 136).toString('latin1') }).toEqual({ length: 512, field: '77777777777\0' });
  });

  it('writes an entry of another type as a regular file, and pads data to whole blocks', () => {
    expect(String.fromCharCode(encodeHeader(entry('x', { type: 'other' }))[156])).toBe('0');
    expect([0, 1, 511, 512, 513, 1024].map((n) => padding(n).length)).toEqual([0, 511, 1, 0, 511, 0]);
    expect(padding(3).every((b) => b === 0)).toBe(true);
  });
});

describe('TarParser on what GNU tar writes', () => {
  function tree(longLink: boolean): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tar-mut-'));
    const long = `${'d'.repeat(60)}/${'f'.repeat(60)}.txt`;
    mkdirSync(path.join(dir, 'src', 'd'.repeat(60)), { recursive: true });
    writeFileSync(path.join(dir, 'src', long), 'long');
    if (longLink) symlinkSync(`${'t'.repeat(120)}`, path.join(dir, 'src', 'far'));
    execFileSync('mkfifo', [path.join(dir, 'src', 'pipe')]);
    utimesSync(path.join(dir, 'src', long), 1_650_000_000.25, 1_650_000_000.25);
    return dir;
  }

  it.each(['gnu', 'ustar', 'pax'])('reads the %s format: names, links, types, times', async (format) => {
    // ustar cannot hold a link target over 100 bytes.
    const dir = tree(format !== 'ustar');
    const args = ['--format', format, '--sort=name', '-cf', '-', '-C', dir, 'src'];
    const archive = execFileSync('tar', args, { maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'ignore'] });
    const parsed = await parse(archive, 700);
    const long = `src/${'d'.repeat(60)}/${'f'.repeat(60)}.txt`;
    const byName = new Map(parsed.map((p) => [p.entry.name, p]));
    expect(byName.get(long)).toMatchObject({ entry: { type: 'file', size: 4, mtime: format === 'pax' ? 1_650_000_000.25 : 1_650_000_000 }, data: 'long' });
    if (format !== 'ustar') expect(byName.get('src/far')?.entry).toMatchObject({ type: 'symlink', linkname: 't'.repeat(120) });
    expect(byName.get('src/pipe')?.entry).toMatchObject({ type: 'other', size: 0 });
  });
});

describe('TarParser on headers written by hand', () => {
  it('reads base-256 numbers, and octal padded with blanks or NULs', async () => {
    const big = Buffer.alloc(12);
    big[0] = 0x80;
    big.writeUIntBE(2 ** 40 + 7, 6, 6);
    const archive = Buffer.concat([
      rawHeader({ name: 'a', type: '5', mtime: big, mode: ' 755 \0\0\0' }),
      rawHeader({ name: 'b', size: ' \0   3 \0\0\0\0\0', mtime: '\0\0\0\0\0\0\0\0\0\0\0\0' }),
      Buffer.from('abc'),
      padding(3),
      END_OF_ARCHIVE,
    ]);
    expect((await parse(archive)).map((p) => [p.entry.name, p.entry.mode, p.entry.mtime, p.entry.size, p.data])).toEqual([['a', 0o755, 2 ** 40 + 7, 0, ''], ['b', 0o644, 0, 3, 'abc']]);
    // A field may use its full width, without a NUL or blank; an octal number ends at a blank inside.
    const full = Buffer.concat([rawHeader({ name: 'c', size: '000000000003', mode: '07 7\0\0\0\0' }), Buffer.from('xyz'), padding(3), END_OF_ARCHIVE]);
    expect((await parse(full)).map((p) => [p.entry.size, p.entry.mode, p.data])).toEqual([[3, 7, 'xyz']]);
  });

  it('takes the types of old and contiguous files as files, and skips the data of any other type', async () => {
    const archive = Buffer.concat([
      rawHeader({ name: 'old', type: '\0', size: '00000000002\0' }), Buffer.from('ab'), padding(2),
      rawHeader({ name: 'contig', type: '7', size: '00000000001\0' }), Buffer.from('c'), padding(1),
      rawHeader({ name: 'dev', type: '3', size: '00000000004\0' }), Buffer.from('dddd'), padding(4),
      rawHeader({ name: 'dir', type: '5', size: '00000000000\0' }),
      END_OF_ARCHIVE,
    ]);
    expect((await parse(archive)).map((p) => [p.entry.name, p.entry.type, p.entry.size, p.data])).toEqual([['old', 'file', 2, 'ab'], ['contig', 'file', 1, 'c'], ['dev', 'other', 0, 'dddd'], ['dir', 'directory', 0, '']]);
  });

  it('reads no data after a directory or link header, whatever size it gives', async () => {
    const archive = Buffer.concat([rawHeader({ name: 'd', type: '5', size: '00000001000\0' }), rawHeader({ name: 'l', type: '2', link: 't', size: '00000001000\0' }), rawHeader({ name: 'f' }), END_OF_ARCHIVE]);
    expect((await parse(archive)).map((p) => [p.entry.name, p.entry.type, p.entry.size])).toEqual([['d', 'directory', 0], ['l', 'symlink', 0], ['f', 'file', 0]]);
  });

  it('joins a ustar prefix, but not the same bytes under GNU\'s magic', async () => {
    const archive = Buffer.concat([rawHeader({ name: 'leaf', prefix: 'some/dir' }), rawHeader({ name: 'gnu', prefix: 'ignored', magic: 'ustar  \0' }), END_OF_ARCHIVE]);
    expect((await parse(archive)).map((p) => p.entry.name)).toEqual(['some/dir/leaf', 'gnu']);
  });

  it('applies GNU long names and links to the next member only, and ignores a global pax header', async () => {
    const archive = Buffer.concat([
      metaMember('L', `${'n'.repeat(150)}\0junk`),
      metaMember('K', 'l'.repeat(150)),
      rawHeader({ name: 'short', type: '2', link: 'short-link' }),
      metaMember('g', '20 path=global-name\n'),
      rawHeader({ name: 'next', type: '2', link: 'next-link' }),
      END_OF_ARCHIVE,
    ]);
    expect((await parse(archive)).map((p) => [p.entry.name, p.entry.linkname])).toEqual([['n'.repeat(150), 'l'.repeat(150)], ['next', 'next-link']]);
  });

  it('reads pax records up to a malformed one, ignoring records without a key', async () => {
    const records = (text: string) => parse(Buffer.concat([metaMember('x', text), rawHeader({ name: 'plain', mtime: '00000000007\0' }), END_OF_ARCHIVE]));
    expect((await records('14 mtime=42.5\n10 =empty\n16 path=renamed\n')).map((p) => [p.entry.name, p.entry.mtime])).toEqual([['renamed', 42.5]]);
    expect((await records('16 path=renamed\n0 path=x\n')).map((p) => p.entry.name)).toEqual(['renamed']);
    expect((await records('16 path=renamed\nno-length-here')).map((p) => p.entry.name)).toEqual(['renamed']);
    expect((await records('x path=renamed\n')).map((p) => p.entry.name)).toEqual(['plain']);
    expect((await records('')).map((p) => [p.entry.name, p.entry.mtime])).toEqual([['plain', 7]]);
    expect((await records('9 path=x\n')).map((p) => p.entry.name)).toEqual(['x']);
    // A record without "=" sets nothing.
    expect((await records('8 pathX\n')).map((p) => p.entry.name)).toEqual(['plain']);
    const afterEmpty = await parse(Buffer.concat([metaMember('x', ''), rawHeader({ name: 'f', size: '00000000003\0' }), Buffer.from('abc'), padding(3), END_OF_ARCHIVE]));
    expect(afterEmpty.map((p) => [p.entry.name, p.data])).toEqual([['f', 'abc']]);
    // The records apply to the next member only.
    const two = await parse(Buffer.concat([metaMember('x', '16 path=renamed\n'), rawHeader({ name: 'one' }), rawHeader({ name: 'two' }), END_OF_ARCHIVE]));
    expect(two.map((p) => p.entry.name)).toEqual(['renamed', 'two']);
  });

  it('takes a pax size of up to 15 digits and refuses more', async () => {
    const sized = (size: string) => Buffer.concat([metaMember('x', `${Buffer.byteLength(` size=${size}\n`) + 2} size=${size}\n`), rawHeader({ name: 'f' })]);
    expect(await parse(Buffer.concat([sized('000000000000003'), Buffer.from('xyz'), padding(3), END_OF_ARCHIVE]))).toEqual([{ entry: { name: 'f', type: 'file', size: 3, mode: 0o644, mtime: 0, linkname: '' }, data: 'xyz' }]);
    expect(await failure(Buffer.concat([sized('0000000000000003'), END_OF_ARCHIVE]))).toBe('TarFormatError: the archive has a pax size "0000000000000003" that is not a byte count');
    expect(await failure(Buffer.concat([sized(`3${'x'.repeat(60)}`), END_OF_ARCHIVE]))).toBe(`TarFormatError: the archive has a pax size "3${'x'.repeat(39)}" that is not a byte count`);
  });

  it('holds a pax header of 1 MiB, refuses one byte more, and names a GNU long name as such', async () => {
    const record = (total: number) => {
      const head = `${total} path=`;
      return `${head}${'a'.repeat(total - head.length - 1)}\n`;
    };
    const limit = 1 << 20;
    const held = await failure(Buffer.concat([metaMember('x', record(limit)), rawHeader({ name: 'f' }), END_OF_ARCHIVE]), 65536);
    expect(held).toBe(`TarFormatError: the archive has a member whose name is ${limit - 14} bytes; a path on Linux is at most 4096`);
    expect(await failure(Buffer.concat([metaMember('x', record(limit + 1)), END_OF_ARCHIVE]), 65536)).toBe(`TarFormatError: the archive has a pax header of ${limit + 1} bytes; a real one is a few KiB (the limit is 1 MiB)`);
    expect(await failure(Buffer.concat([metaMember('L', 'n'.repeat(limit + 1)), END_OF_ARCHIVE]), 65536)).toBe(`TarFormatError: the archive has a GNU long-name header of ${limit + 1} bytes; a real one is a few KiB (the limit is 1 MiB)`);
    expect(await failure(Buffer.concat([metaMember('K', 'n'.repeat(limit + 1)), END_OF_ARCHIVE]), 65536)).toBe(`TarFormatError: the archive has a GNU long-name header of ${limit + 1} bytes; a real one is a few KiB (the limit is 1 MiB)`);
  });

  it('takes a name and a link target of up to 4096 bytes and refuses one byte more', async () => {
    const named = (name: string, link: string) => Buffer.concat([metaMember('L', name), metaMember('K', link), rawHeader({ type: '2' }), END_OF_ARCHIVE]);
    const max = 'a/'.repeat(MAX_NAME_BYTES / 2 - 1) + 'zz';
    expect((await parse(named(max, max))).map((p) => Buffer.byteLength(p.entry.name))).toEqual([MAX_NAME_BYTES]);
    expect(await failure(named(`${max}z`, 'l'))).toBe('TarFormatError: the archive has a member whose name is 4097 bytes; a path on Linux is at most 4096');
    expect(await failure(named('n', `${max}z`))).toBe('TarFormatError: the archive has a member whose link target is 4097 bytes; a path on Linux is at most 4096');
  });

  it('refuses a member whose name is empty or only dots and slashes', () => {
    for (const raw of ['', '.', './', './/.']) expect(() => safeName(raw)).toThrow(new TarFormatError(`refusing the archive member "${raw}": it would land outside the target directory`));
  });

  it('refuses a header whose checksum is off by one', async () => {
    const header = rawHeader({ name: 'f' });
    header.write(`${(Number.parseInt(header.toString('latin1', 148, 154), 8) + 1).toString(8).padStart(6, '0')}`, 148, 'latin1');
    expect(await failure(Buffer.concat([header, END_OF_ARCHIVE]))).toBe('TarFormatError: the archive is corrupt (header checksum mismatch)');
    expect(new TarFormatError('m').name).toBe('TarFormatError');
  });
});

describe('TarParser as a stream', () => {
  it('waits for a handler and a sink that return promises, in order, across chunk borders', async () => {
    const events: string[] = [];
    const later = (what: string) => new Promise<void>((done) => setImmediate(() => { events.push(what); done(); }));
    const parser = new TarParser(async (e) => {
      await later(`entry ${e.name}`);
      return { write: (c) => later(`write ${e.name} ${c.toString()}`), end: () => later(`end ${e.name}`) };
    });
    const archive = Buffer.concat([file('a', 'hello'), file('b', ''), END_OF_ARCHIVE, Buffer.from('ignored after the end')]);
    for (const cut of [600, 513, 100]) {
      events.length = 0;
      const p = new TarParser((parser as unknown as { onEntry: never }).onEntry);
      for (let i = 0; i < archive.length; i += cut) await p.push(archive.subarray(i, i + cut));
      p.end();
      // Cut after 513 bytes, the data comes in two writes.
      const writes = cut === 513 ? ['write a h', 'write a ello'] : ['write a hello'];
      expect(events).toEqual(['entry a', ...writes, 'end a', 'entry b', 'end b']);
    }
  });

  it('returns nothing to wait for when no handler or sink asks to wait', () => {
    const parser = new TarParser(() => ({ write: () => undefined, end: () => undefined }));
    expect(parser.push(Buffer.concat([file('a', 'x'), file('b', 'y')]))).toBeUndefined();
    expect(parser.push(END_OF_ARCHIVE)).toBeUndefined();
    expect(() => parser.end()).not.toThrow();
  });

  it('refuses an archive cut anywhere before its end marker', async () => {
    const archive = Buffer.concat([metaMember('x', '16 path=renamed\n'), file('a', 'hello'), END_OF_ARCHIVE]);
    const cuts = [0, 100, 512, 1024, 1500, 1536, 1600, 2048, 2100];
    const results = await Promise.all(cuts.map((n) => failure(archive.subarray(0, n))));
    const middle = 'TarFormatError: the archive ended in the middle of a file';
    const noEnd = 'TarFormatError: the archive has no end marker';
    // Cut in the padding after a file's data, nothing of a member is missing but the end marker.
    expect(results).toEqual([noEnd, middle, middle, noEnd, middle, middle, noEnd, noEnd, middle]);
    expect(await failure(archive.subarray(0, archive.length - 512))).toBe('parsed');
  });
});
