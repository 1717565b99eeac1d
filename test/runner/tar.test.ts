import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeHeader, END_OF_ARCHIVE, padding, safeName, TarEntry, TarParser } from '../../runner/orka/tar';

/** Parses a whole archive, returning entries and the data of each file. */
async function parse(archive: Buffer, chunkSize = 997): Promise<{ entry: TarEntry; data: string }[]> {
  const result: { entry: TarEntry; data: string }[] = [];
  const parser = new TarParser((entry) => {
    const chunks: Buffer[] = [];
    const item = { entry, data: '' };
    result.push(item);
    return { write: (c) => { chunks.push(Buffer.from(c)); }, end: () => { item.data = Buffer.concat(chunks).toString(); } };
  });
  for (let i = 0; i < archive.length; i += chunkSize) await parser.push(archive.subarray(i, i + chunkSize));
  parser.end();
  return result;
}

function member(name: string, content: string, extra: Partial<TarEntry> = {}): Buffer {
  const data = Buffer.from(content);
  const entry: TarEntry = { name, type: 'file', size: data.length, mode: 0o644, mtime: 1_700_000_000, linkname: '', ...extra };
  return Buffer.concat([encodeHeader(entry), data, padding(data.length)]);
}

describe('tar codec', () => {
  it('round-trips files, a long name through a pax header, a directory and a symlink, across chunk borders', async () => {
    const longName = `${'deep/'.repeat(30)}file with spaces é.txt`;
    const archive = Buffer.concat([
      encodeHeader({ name: 'dir', type: 'directory', size: 0, mode: 0o755, mtime: 0, linkname: '' }),
      member('dir/a.txt', 'hello'),
      member(longName, 'long'),
      encodeHeader({ name: 'dir/link', type: 'symlink', size: 0, mode: 0o777, mtime: 0, linkname: `../${'x'.repeat(120)}` }),
      member('empty', ''),
      END_OF_ARCHIVE,
    ]);
    const entries = await parse(archive);
    expect(entries.map((e) => [e.entry.name, e.entry.type, e.data])).toEqual([
      ['dir', 'directory', ''],
      ['dir/a.txt', 'file', 'hello'],
      [longName, 'file', 'long'],
      ['dir/link', 'symlink', ''],
      ['empty', 'file', ''],
    ]);
    expect(entries[3].entry.linkname).toBe(`../${'x'.repeat(120)}`);
  });

  it('is read by GNU tar, with modes and long names intact', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tar-test-'));
    const longName = `${'n'.repeat(90)}/${'m'.repeat(90)}.sh`;
    const archive = Buffer.concat([member(longName, '#!/bin/sh\n', { mode: 0o755 }), END_OF_ARCHIVE]);
    execFileSync('tar', ['-xf', '-', '-C', dir], { input: archive });
    expect(readFileSync(path.join(dir, longName), 'utf8')).toBe('#!/bin/sh\n');
    expect(execFileSync('stat', ['-c', '%a', path.join(dir, longName)]).toString().trim()).toBe('755');
  });

  it('reads what GNU tar writes: GNU long names, hard links, symlinks', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tar-test-'));
    const longName = `${'a'.repeat(120)}.txt`;
    mkdirSync(path.join(dir, 'src'));
    writeFileSync(path.join(dir, 'src', longName), 'long');
    execFileSync('ln', [path.join(dir, 'src', longName), path.join(dir, 'src', 'hard')]);
    symlinkSync(longName, path.join(dir, 'src', 'soft'));
    const archive = execFileSync('tar', ['-cf', '-', '-C', dir, 'src'], { maxBuffer: 1 << 24 });
    const entries = await parse(archive, 512);
    const byName = new Map(entries.map((e) => [e.entry.name, e]));
    expect(byName.get(`src/${longName}`)?.data).toBe('long');
    expect(byName.get('src/soft')?.entry).toMatchObject({ type: 'symlink', linkname: longName });
    expect(byName.get('src/hard')?.entry).toMatchObject({ type: 'hardlink', linkname: `src/${longName}` });
  });

  it('refuses members that would land outside the target directory', async () => {
    expect(() => safeName('../etc/passwd')).toThrow('would land outside the target directory');
    expect(() => safeName('/etc/passwd')).toThrow('would land outside');
    expect(safeName('./build/./app.ipa')).toBe('build/app.ipa');
    const archive = Buffer.concat([member('ok', 'x'), member('a/../../evil', 'x'), END_OF_ARCHIVE]);
    await expect(parse(archive)).rejects.toThrow('refusing the archive member "a/../../evil"');
  });

  it('refuses a pax header over 1 MiB (held in memory whole) and a pax size that is not a byte count', async () => {
    const huge = Buffer.concat([member('a'.repeat(2 << 20), 'x'), END_OF_ARCHIVE]);
    const body = Buffer.byteLength(` path=${'a'.repeat(2 << 20)}\n`);
    const paxSize = body + String(body).length;
    await expect(parse(huge, 65536)).rejects.toThrow(`the archive has a pax header of ${paxSize} bytes; a real one is a few KiB (the limit is 1 MiB)`);
    const record = ' size=-5\n';
    const records = Buffer.from(`${record.length + 2}${record}`);
    const pax = Buffer.concat([encodeHeader({ name: 'PaxHeader', type: 'file', size: records.length, mode: 0o644, mtime: 0, linkname: '' }), records, padding(records.length)]);
    pax[156] = 'x'.charCodeAt(0);
    let sum = 0;
    pax.fill(0x20, 148, 156);
    for (let i = 0; i < 512; i++) sum += pax[i];
    pax.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
    await expect(parse(Buffer.concat([pax, member('a.txt', 'x'), END_OF_ARCHIVE]))).rejects.toThrow('the archive has a pax size "-5" that is not a byte count');
  });

  it('reports an archive cut short and a corrupt header', async () => {
    const archive = Buffer.concat([member('a.txt', 'hello world'), END_OF_ARCHIVE]);
    await expect(parse(archive.subarray(0, 520))).rejects.toThrow('the archive ended in the middle of a file');
    const corrupt = Buffer.from(archive);
    corrupt[10] ^= 0xff;
    await expect(parse(corrupt)).rejects.toThrow('header checksum mismatch');
  });
});
