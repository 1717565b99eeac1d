// Downloads that try to write outside the output directory, for both transfer methods: a symlink
// already in the local tree (a repository can commit one), links and modes among the artifacts
// (real files on a real OpenSSH sshd), and what only a hostile VM sends: crafted archives (a `tar`
// on the VM's PATH that prints one) and READDIR answers naming `..` (ssh2's Server).
import { execFileSync } from 'node:child_process';
import {
  chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync,
} from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'ssh2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeHeader, END_OF_ARCHIVE, padding } from '../../runner/orka/tar';
import { downloadPaths } from '../../runner/orka/transfer';
import { opensshAvailable, startSshd, Sshd, SshdOptions } from './sshd';

function temp(name: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `${name}-`));
}

/** A test SSH server and one connection to it for the enclosing describe block. */
function connectedTo(options: () => SshdOptions): { readonly client: Client } {
  let sshd: Sshd | undefined;
  let client: Client | undefined;
  beforeAll(async () => {
    sshd = await startSshd(options());
    client = await new Promise<Client>((resolve, reject) => {
      const c = new Client();
      c.on('ready', () => resolve(c)).on('error', reject);
      c.connect({ host: sshd!.host, port: sshd!.port, username: sshd!.user, privateKey: sshd!.clientKey });
    });
  });
  afterAll(async () => {
    client?.end();
    await sshd?.stop();
  });
  return {
    get client(): Client {
      if (!client) throw new Error('connectedTo: only while the tests of its describe block run');
      return client;
    },
  };
}

/** Every entry under `dir`, symlinks not followed, for "nothing was written here" checks. */
function contents(dir: string, prefix = ''): string[] {
  const result: string[] = [];
  for (const name of readdirSync(path.join(dir, prefix)).sort()) {
    const rel = prefix === '' ? name : `${prefix}/${name}`;
    result.push(rel);
    if (lstatSync(path.join(dir, rel)).isDirectory()) result.push(...contents(dir, rel));
  }
  return result;
}

const realServer = opensshAvailable() ? 'OpenSSH sshd' : "ssh2's Server";

describe(`downloads from a real VM tree (${realServer})`, () => {
  const ssh = connectedTo(() => ({}));

  for (const mode of ['tar', 'sftp'] as const) {
    it(`${mode}: a symlink in the local tree that leads outside is never written through`, async () => {
      const vm = temp('vm');
      mkdirSync(path.join(vm, 'build/out'), { recursive: true });
      writeFileSync(path.join(vm, 'build/out/evil.txt'), 'evil\n');
      writeFileSync(path.join(vm, 'build/app.txt'), 'app\n');
      const out = temp('out');
      const outside = temp('outside');
      mkdirSync(path.join(out, 'build'));
      // As a repository would commit it: build/out -> /some/dir.
      symlinkSync(outside, path.join(out, 'build/out'));
      await expect(downloadPaths(ssh.client, vm, ['build'], out, { mode })).rejects.toThrow(
        `refusing to write "build/out" from the VM: it resolves to ${outside}, outside ORKA_OUTPUT_DIR (${out}); a symlink in the local tree or among the artifacts leads out of it: remove the link, or point ORKA_OUTPUT_DIR at an empty directory`);
      expect(contents(outside)).toEqual([]);
      expect(readlinkSync(path.join(out, 'build/out'))).toBe(outside);
    });

    it(`${mode}: a symlink inside the output directory is followed, one among the artifacts pointing outside is refused`, async () => {
      const vm = temp('vm');
      mkdirSync(path.join(vm, 'build/real'), { recursive: true });
      writeFileSync(path.join(vm, 'build/real/a.txt'), 'a\n');
      const out = temp('out');
      mkdirSync(path.join(out, 'elsewhere'));
      symlinkSync('elsewhere', path.join(out, 'build'));
      const result = await downloadPaths(ssh.client, vm, ['build/real'], out, { mode });
      expect(result.files.map((f) => f.path)).toEqual(['build/real/a.txt']);
      expect(readFileSync(path.join(out, 'elsewhere/real/a.txt'), 'utf8')).toBe('a\n');

      const outside = temp('outside');
      symlinkSync(outside, path.join(vm, 'build/abs'));
      symlinkSync('../../escape', path.join(vm, 'build/rel'));
      await expect(downloadPaths(ssh.client, vm, ['build/abs'], temp('out'), { mode })).rejects.toThrow(
        `refusing the symlink "build/abs" -> "${outside}" from the VM: it points outside ORKA_OUTPUT_DIR; make the link relative and inside the artifacts, or archive the bundle on the VM (ditto -c -k --keepParent) and list the archive instead`);
      await expect(downloadPaths(ssh.client, vm, ['build/rel'], temp('out'), { mode })).rejects.toThrow(
        'refusing the symlink "build/rel" -> "../../escape" from the VM: it points outside ORKA_OUTPUT_DIR;');
    });

    it(`${mode}: a file two patterns match is written once, whole`, async () => {
      const vm = temp('vm');
      writeFileSync(path.join(vm, 'a.txt'), 'a'.repeat(100_000));
      writeFileSync(path.join(vm, 'big.bin'), Buffer.alloc(3_000_000, 7));
      const out = temp('out');
      const result = await downloadPaths(ssh.client, vm, ['a.txt', '*.txt', 'big.bin', '*.bin'], out, { mode });
      expect(result.files.map((f) => [f.path, f.size])).toEqual([['a.txt', 100_000], ['big.bin', 3_000_000]]);
      expect(readFileSync(path.join(out, 'a.txt'), 'utf8')).toBe('a'.repeat(100_000));
      expect(readFileSync(path.join(out, 'big.bin')).equals(Buffer.alloc(3_000_000, 7))).toBe(true);
    });

    it(`${mode}: setuid and setgid bits are dropped, other mode bits kept`, async () => {
      const vm = temp('vm');
      for (const [name, mode_] of [['suid', 0o4755], ['sgid', 0o2750], ['plain', 0o640]] as const) {
        writeFileSync(path.join(vm, name), name);
        chmodSync(path.join(vm, name), mode_);
      }
      const out = temp('out');
      await downloadPaths(ssh.client, vm, ['suid', 'sgid', 'plain'], out, { mode });
      expect(['suid', 'sgid', 'plain'].map((n) => (lstatSync(path.join(out, n)).mode & 0o7777).toString(8))).toEqual(['755', '750', '640']);
    });

    it(`${mode}: a file in the way is replaced, never written through (a hard link to a file outside keeps its content)`, async () => {
      const vm = temp('vm');
      writeFileSync(path.join(vm, 'app.txt'), 'new\n');
      const out = temp('out');
      const outside = path.join(temp('outside'), 'precious.txt');
      writeFileSync(outside, 'precious\n');
      execFileSync('ln', [outside, path.join(out, 'app.txt')]);
      await downloadPaths(ssh.client, vm, ['app.txt'], out, { mode });
      expect(readFileSync(path.join(out, 'app.txt'), 'utf8')).toBe('new\n');
      expect(readFileSync(outside, 'utf8')).toBe('precious\n');
    });
  }
});

/** A PATH for the VM whose `tar` prints `archive`, whatever it is asked. */
function binWithArchive(archive: Buffer): string {
  const bin = temp('hostile-bin');
  for (const tool of ['cat', 'sh', 'mkdir', 'chmod', 'dirname']) symlinkSync(`/bin/${tool}`, path.join(bin, tool));
  const file = path.join(bin, 'archive.tar');
  writeFileSync(file, archive);
  writeFileSync(path.join(bin, 'tar'), `#!/bin/sh\ncat > /dev/null\nexec cat '${file}'\n`, { mode: 0o755 });
  return bin;
}

type Member = { name: string; type: 'file' | 'directory' | 'symlink' | 'hardlink'; data?: string; linkname?: string; mode?: number };

function archive(members: readonly Member[]): Buffer {
  const parts: Buffer[] = [];
  for (const m of members) {
    const data = Buffer.from(m.data ?? '');
    parts.push(encodeHeader({ name: m.name, type: m.type, size: data.length, mode: m.mode ?? 0o644, mtime: 0, linkname: m.linkname ?? '' }));
    if (data.length > 0) parts.push(data, padding(data.length));
  }
  parts.push(END_OF_ARCHIVE);
  return Buffer.concat(parts);
}

describe('crafted archives from a hostile VM (tar mode)', () => {
  const outside = temp('outside');
  writeFileSync(path.join(outside, 'existing.txt'), 'untouched\n');
  const cases: { name: string; members: Member[]; error: string }[] = [
    {
      name: 'a symlink to outside, then a hard link written through it',
      members: [
        { name: 'build/payload', type: 'file', data: 'pwned\n' },
        { name: 'build/a', type: 'symlink', linkname: outside },
        { name: 'build/a/existing.txt', type: 'hardlink', linkname: 'build/payload' },
      ],
      error: `refusing the symlink "build/a" -> "${outside}" from the VM: it points outside ORKA_OUTPUT_DIR`,
    },
    {
      name: 'links that are each inside but lead outside together',
      members: [
        { name: 'b', type: 'directory' },
        { name: 'd', type: 'symlink', linkname: 'b/c' },
        { name: 'b/c', type: 'symlink', linkname: '..' },
        { name: 'e', type: 'symlink', linkname: 'd/..' },
      ],
      error: 'refusing to write "e" from the VM: it resolves to ',
    },
    {
      name: 'a hard link to a file outside',
      members: [{ name: 'x', type: 'hardlink', linkname: '../../etc/passwd' }],
      error: 'refusing the hard link target "../../etc/passwd" from the VM: it would land outside ORKA_OUTPUT_DIR; artifact paths must be relative, without ".."',
    },
    {
      name: 'a symlink whose target is longer than any Linux path',
      members: [{ name: 'l', type: 'symlink', linkname: 'x'.repeat(5000) }],
      error: 'the archive has a member whose link target is 5000 bytes; a path on Linux is at most 4096',
    },
    {
      name: 'endless symlinks with long targets, held until the archive ends',
      members: Array.from({ length: 4200 }, (_, i) => ({ name: `l${i}`, type: 'symlink' as const, linkname: 'x'.repeat(4000) })),
      error: 'the archive from the VM names more files and links than the runner holds (16 MiB of names); copy fewer artifacts, or pack them into one archive on the VM',
    },
  ];
  for (const c of cases) {
    describe(c.name, () => {
      const ssh = connectedTo(() => ({ fallback: true, commandPath: binWithArchive(archive(c.members)) }));
      it('is refused, and nothing outside changes', async () => {
        const out = path.join(temp('root'), 'out');
        mkdirSync(out);
        await expect(downloadPaths(ssh.client, temp('vm'), ['.'], out, { mode: 'tar' })).rejects.toThrow(c.error);
        expect(contents(outside)).toEqual(['existing.txt']);
        expect(readFileSync(path.join(outside, 'existing.txt'), 'utf8')).toBe('untouched\n');
        expect(contents(path.dirname(out)).filter((e) => e !== 'out' && !e.startsWith('out/'))).toEqual([]);
      });
    });
  }
});

describe('a hostile SFTP listing (READDIR names with "..")', () => {
  const ssh = connectedTo(() => ({ fallback: true, readdirExtra: (dir) => (path.basename(dir) === 'build' ? ['../../escape.txt'] : []) }));

  it('is refused before anything is written', async () => {
    const vm = temp('vm');
    mkdirSync(path.join(vm, 'work/build'), { recursive: true });
    writeFileSync(path.join(vm, 'work/build/app.txt'), 'app\n');
    writeFileSync(path.join(vm, 'escape.txt'), 'escaped\n');
    const root = temp('root');
    const out = path.join(root, 'out');
    mkdirSync(path.join(out, 'build'), { recursive: true });
    await expect(downloadPaths(ssh.client, path.join(vm, 'work'), ['build'], out, { mode: 'sftp' })).rejects.toThrow(
      'refusing the entry "../../escape.txt" that the VM listed in "build": a directory entry is one plain name; the VM\'s SFTP server is broken or hostile');
    expect(existsSync(path.join(root, 'escape.txt'))).toBe(false);
    expect(contents(root)).toEqual(['out', 'out/build']);
  });
});
