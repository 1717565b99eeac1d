// The runner's writes under ORKA_OUTPUT_DIR (runner/orka/safe-write.ts), called directly on real
// folders, files and links: names and entries from the VM refused at each edge, control characters
// shown, modes without setuid, what is in the way of a file or folder, links kept inside (alone and
// together), the link-hop limit at its boundary, a sibling folder whose name extends the root's,
// and each local failure as one line.
import { linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkedEntryName, checkedName, localError, LocalWriteError, printable, SafeTree, UnsafeArtifactError } from '../../runner/orka/safe-write';

/** A fresh folder holding `root` (the output directory, not yet made) and room beside it. */
function place(): { base: string; root: string } {
  const base = realpathSync(mkdtempSync(join(tmpdir(), 'safe-write-')));
  return { base, root: join(base, 'out') };
}

const OUTSIDE = (root: string) => `, outside ORKA_OUTPUT_DIR (${root}); a symlink in the local tree or among the artifacts leads out of it: remove the link, or point ORKA_OUTPUT_DIR at an empty directory`;

async function rejection(p: Promise<unknown>): Promise<{ name: string; message: string }> {
  try {
    await p;
  } catch (e) {
    return { name: (e as Error).name, message: (e as Error).message };
  }
  return { name: 'none', message: '' };
}

describe('names from the VM', () => {
  it('normalises a relative path and refuses one that is absolute, climbs, is empty or holds NUL', () => {
    expect(checkedName('a/./b//c/', 'the artifact')).toBe('a/b/c');
    expect(checkedName('..x/y..', 'the artifact')).toBe('..x/y..');
    const refused = (raw: string, shown: string) => expect(() => checkedName(raw, 'the member')).toThrow(new UnsafeArtifactError(`refusing the member "${shown}" from the VM: it would land outside ORKA_OUTPUT_DIR; artifact paths must be relative, without ".."`));
    refused('/etc/passwd', '/etc/passwd');
    refused('a/../../b', 'a/../../b');
    refused('..', '..');
    refused('', '');
    refused('./.', './.');
    refused('a\0b', 'a\\x00b');
  });

  it('takes a listed entry only as one plain name', () => {
    expect(checkedEntryName('...', 'dir')).toBe('...');
    for (const [name, shown] of [['', ''], ['.', '.'], ['..', '..'], ['a/b', 'a/b'], ['a\0', 'a\\x00']]) {
      expect(() => checkedEntryName(name, 'out\ndir')).toThrow(new UnsafeArtifactError(`refusing the entry "${shown}" that the VM listed in "out\\ndir": a directory entry is one plain name; the VM's SFTP server is broken or hostile`));
    }
    expect(new UnsafeArtifactError('m').name).toBe('UnsafeArtifactError');
  });

  it('shows each control character escaped and cuts a text after 200 characters', () => {
    expect(printable('\0\x01\t\n\r\x1b\x1f\x7f \x80é~')).toBe('\\x00\\x01\\t\\n\\r\\x1b\\x1f\\x7f \x80é~');
    expect(printable('x'.repeat(200))).toBe('x'.repeat(200));
    expect(printable(`${'x'.repeat(200)}\n`)).toBe(`${'x'.repeat(200)}…`);
  });
});

describe('SafeTree: files', () => {
  it('makes the root and its parents, and opens one that exists', async () => {
    const { base } = place();
    const deep = join(base, 'a', 'b', 'out');
    const tree = await SafeTree.open(deep);
    expect({ root: tree.root, isDir: statSync(deep).isDirectory() }).toEqual({ root: deep, isDir: true });
    writeFileSync(join(deep, 'kept'), 'k');
    await SafeTree.open(deep);
    expect(readFileSync(join(deep, 'kept'), 'utf8')).toBe('k');
    writeFileSync(join(base, 'file'), 'f');
    expect(await rejection(SafeTree.open(join(base, 'file', 'out')))).toEqual({ name: 'LocalWriteError', message: `creating ${join(base, 'file', 'out')} failed: EEXIST: file already exists, mkdir '${join(base, 'file')}'; ORKA_OUTPUT_DIR must be a writable directory with room for the artifacts` });
  });

  it('writes a file with its mode, without setuid or setgid, making its folders', async () => {
    const { root } = place();
    const tree = await SafeTree.open(root);
    await tree.writeFile('bin/tool', Buffer.from('#!/bin/sh\n'), 0o6755);
    await tree.writeFile('bin/sticky', Buffer.from(''), 0o1640);
    await tree.writeFile('notes', Buffer.from('n'), 0o100644);
    const mode = (f: string) => (statSync(join(root, f)).mode & 0o7777).toString(8);
    expect({ tool: mode('bin/tool'), sticky: mode('bin/sticky'), notes: mode('notes'), bin: mode('bin'), text: readFileSync(join(root, 'bin/tool'), 'utf8') }).toEqual({ tool: '755', sticky: '1640', notes: '644', bin: '755', text: '#!/bin/sh\n' });
  });

  it('replaces what is at a file\'s name (a link out, a hard link) instead of writing through it', async () => {
    const { base, root } = place();
    const tree = await SafeTree.open(root);
    writeFileSync(join(base, 'victim'), 'original');
    symlinkSync(join(base, 'victim'), join(root, 'through-link'));
    linkSync(join(base, 'victim'), join(root, 'hard'));
    await tree.writeFile('through-link', Buffer.from('new'), 0o644);
    await tree.writeFile('hard', Buffer.from('new'), 0o644);
    expect({ victim: readFileSync(join(base, 'victim'), 'utf8'), link: lstatSync(join(root, 'through-link')).isFile(), hard: readFileSync(join(root, 'hard'), 'utf8') }).toEqual({ victim: 'original', link: true, hard: 'new' });
  });

  it('refuses a file where a folder is, and a folder where a file is', async () => {
    const { root } = place();
    const tree = await SafeTree.open(root);
    mkdirSync(join(root, 'taken'));
    writeFileSync(join(root, 'plain'), 'p');
    expect(await rejection(tree.writeFile('taken', Buffer.from('x'), 0o644))).toEqual({ name: 'UnsafeArtifactError', message: `cannot write "taken" into ORKA_OUTPUT_DIR (${root}): a directory of that name is in the way; remove it or use an empty ORKA_OUTPUT_DIR` });
    expect(await rejection(tree.writeFile('plain/inner', Buffer.from('x'), 0o644))).toEqual({ name: 'UnsafeArtifactError', message: `cannot write below "plain" in ORKA_OUTPUT_DIR (${root}): a file of that name is in the way of a directory from the VM; remove it or use an empty ORKA_OUTPUT_DIR` });
  });

  it('reports a file it may not replace as a local failure', async () => {
    // Folder permissions do not stop root and no read-only mount is at hand, so a file of the proc
    // file system stands in: unlinking it fails with EACCES or EPERM for anyone.
    const proc = await SafeTree.open('/proc/self');
    expect(await rejection(proc.writeFile('status', Buffer.from('x'), 0o644))).toEqual({ name: 'LocalWriteError', message: expect.stringMatching(/^replacing \/proc\/\d+\/status failed: permission denied; ORKA_OUTPUT_DIR must be a writable directory with room for the artifacts$/) });
  });
});

describe('SafeTree: folders and links', () => {
  it('follows a folder link that stays inside, and refuses one that leaves or leads to a file', async () => {
    const { base, root } = place();
    const tree = await SafeTree.open(root);
    mkdirSync(join(root, 'real'));
    writeFileSync(join(root, 'afile'), 'f');
    mkdirSync(join(base, 'elsewhere'));
    symlinkSync('real', join(root, 'inside'));
    symlinkSync(join(root, 'real'), join(root, 'absolute-inside'));
    symlinkSync(join(base, 'elsewhere'), join(root, 'out-link'));
    symlinkSync('afile', join(root, 'to-file'));
    expect(await tree.dir('inside/sub')).toBe(join(root, 'real', 'sub'));
    expect(await tree.dir('absolute-inside')).toBe(join(root, 'real'));
    expect(await tree.dir('')).toBe(root);
    expect(await tree.dir('.')).toBe(root);
    expect(await rejection(tree.writeFile('out-link/f', Buffer.from('x'), 0o644))).toEqual({ name: 'UnsafeArtifactError', message: `refusing to write "out-link" from the VM: it resolves to ${join(base, 'elsewhere')}${OUTSIDE(root)}` });
    expect(await rejection(tree.dir('to-file'))).toEqual({ name: 'UnsafeArtifactError', message: `refusing to write "to-file" from the VM: the symlink ${join(root, 'to-file')} does not lead to a directory${OUTSIDE(root)}` });
  });

  it('makes each folder once however many writes ask for it', async () => {
    const { root } = place();
    const tree = await SafeTree.open(root);
    const [a, b] = await Promise.all([tree.dir('x/y'), tree.dir('x/y'), tree.writeFile('x/y/f', Buffer.from('f'), 0o644), tree.writeFile('x/g', Buffer.from('g'), 0o644)]);
    expect({ a, b, files: [readFileSync(join(root, 'x/y/f'), 'utf8'), readFileSync(join(root, 'x/g'), 'utf8')] }).toEqual({ a: join(root, 'x/y'), b: join(root, 'x/y'), files: ['f', 'g'] });
  });

  it('refuses a folder beside the root whose name begins with the root\'s', async () => {
    const { base, root } = place();
    const tree = await SafeTree.open(root);
    mkdirSync(`${root}x`);
    symlinkSync('../outx', join(root, 'sibling'));
    expect(await rejection(tree.resolve('sibling/f'))).toEqual({ name: 'UnsafeArtifactError', message: `refusing to write "sibling/f" from the VM: it resolves to ${join(base, 'outx', 'f')}${OUTSIDE(root)}` });
    expect(await tree.resolve('a/../b/./c')).toBe(join(root, 'b', 'c'));
    expect(await rejection(tree.resolve('..'))).toEqual({ name: 'UnsafeArtifactError', message: `refusing to write ".." from the VM: it resolves to ${base}${OUTSIDE(root)}` });
  });

  it('follows 40 links in a row and refuses the 41st, as Linux does', async () => {
    const { root } = place();
    const tree = await SafeTree.open(root);
    mkdirSync(join(root, 'end'));
    symlinkSync('end', join(root, 'l0'));
    for (let i = 1; i <= 40; i++) symlinkSync(`l${i - 1}`, join(root, `l${i}`));
    expect(await tree.resolve('l39/f')).toBe(join(root, 'end', 'f'));
    expect(await rejection(tree.resolve('l40/f'))).toEqual({ name: 'UnsafeArtifactError', message: `refusing to write "l40/f" from the VM: it goes through a symlink loop${OUTSIDE(root)}` });
  });

  it('lets an error other than a missing name through while resolving', async () => {
    const { root } = place();
    const tree = await SafeTree.open(root);
    writeFileSync(join(root, 'file'), 'f');
    await expect(tree.resolve('file/below')).rejects.toMatchObject({ code: 'ENOTDIR' });
  });

  it('recreates a link that stays inside, and refuses one that points out', async () => {
    const { root } = place();
    const tree = await SafeTree.open(root);
    await tree.symlink('sub/up', '../target');
    await tree.symlink('here', './x/../y');
    expect({ up: readlinkSync(join(root, 'sub/up')), here: readlinkSync(join(root, 'here')) }).toEqual({ up: '../target', here: './x/../y' });
    const refused = (relative: string, target: string, shown = target) => `refusing the symlink "${relative}" -> "${shown}" from the VM: it points outside ORKA_OUTPUT_DIR; make the link relative and inside the artifacts, or archive the bundle on the VM (ditto -c -k --keepParent) and list the archive instead`;
    for (const [relative, target, shown] of [['a', '/etc'], ['a', '..'], ['sub/a', '../..'], ['a', '../x'], ['a', 'ok\0', 'ok\\x00']]) {
      expect(await rejection(tree.symlink(relative, target))).toEqual({ name: 'UnsafeArtifactError', message: refused(relative, target, shown) });
    }
  });

  it('removes, once all are made, a link that leaves the root together with others (`d -> b/c`, `b/c -> ..`, `sub/escape -> ../d/..`)', async () => {
    const { base, root } = place();
    const tree = await SafeTree.open(root);
    await tree.dir('b');
    await tree.symlink('b/c', '..');
    await tree.symlink('d', 'b/c');
    await tree.symlink('sub/escape', '../d/..');
    expect(await rejection(tree.verifyLinks())).toEqual({ name: 'UnsafeArtifactError', message: `refusing to write "sub/escape" from the VM: it resolves to ${base}${OUTSIDE(root)}` });
    expect({ escape: lstatSync(join(root, 'sub/escape'), { throwIfNoEntry: false }), d: readlinkSync(join(root, 'd')) }).toEqual({ escape: undefined, d: 'b/c' });
    const fine = await SafeTree.open(join(base, 'fine'));
    await fine.symlink('x', 'y');
    await expect(fine.verifyLinks()).resolves.toBeUndefined();
  });

  it('hard-links a file inside, and refuses a source reached through a link out', async () => {
    const { base, root } = place();
    const tree = await SafeTree.open(root);
    await tree.writeFile('f', Buffer.from('data'), 0o644);
    await tree.hardlink('sub/g', 'f');
    writeFileSync(join(base, 'secret'), 's');
    symlinkSync(join(base, 'secret'), join(root, 'out'));
    expect({ same: statSync(join(root, 'sub/g')).ino === statSync(join(root, 'f')).ino }).toEqual({ same: true });
    expect(await rejection(tree.hardlink('h', 'out'))).toEqual({ name: 'UnsafeArtifactError', message: `refusing to write "out" from the VM: it resolves to ${join(base, 'secret')}${OUTSIDE(root)}` });
    expect(await rejection(tree.hardlink('h', 'missing'))).toEqual({ name: 'LocalWriteError', message: `linking ${join(root, 'h')} failed: ENOENT: no such file or directory, link '${join(root, 'missing')}' -> '${join(root, 'h')}'; ORKA_OUTPUT_DIR must be a writable directory with room for the artifacts` });
  });
});

describe('SafeTree: what the disk refuses', () => {
  it('writes into a folder that is already there', async () => {
    const { root } = place();
    const tree = await SafeTree.open(root);
    mkdirSync(join(root, 'existing'));
    await tree.writeFile('existing/f', Buffer.from('f'), 0o644);
    expect(readFileSync(join(root, 'existing/f'), 'utf8')).toBe('f');
  });

  it('reports a name longer than the file system takes, for the root, a folder, a file and a link', async () => {
    const { base, root } = place();
    const long = 'n'.repeat(300);
    const tail = '; ORKA_OUTPUT_DIR must be a writable directory with room for the artifacts';
    expect(await rejection(SafeTree.open(join(base, long)))).toEqual({ name: 'LocalWriteError', message: `creating ${join(base, long)} failed: ENAMETOOLONG: name too long, mkdir '${join(base, long)}'${tail}` });
    const tree = await SafeTree.open(root);
    expect(await rejection(tree.writeFile(`${long}/f`, Buffer.from('x'), 0o644))).toEqual({ name: 'LocalWriteError', message: `creating ${join(root, long)} failed: ENAMETOOLONG: name too long, mkdir '${join(root, long)}'${tail}` });
    expect(await rejection(tree.writeFile(long, Buffer.from('x'), 0o644))).toEqual({ name: 'LocalWriteError', message: `writing ${join(root, long)} failed: ENAMETOOLONG: name too long, open '${join(root, long)}'${tail}` });
    expect(await rejection(tree.symlink(long, 'x'))).toEqual({ name: 'LocalWriteError', message: `linking ${join(root, long)} failed: ENAMETOOLONG: name too long, symlink 'x' -> '${join(root, long)}'${tail}` });
  });

  it('closes every file it writes', async () => {
    const { root } = place();
    const tree = await SafeTree.open(root);
    const open = () => readdirSync('/proc/self/fd').length;
    const before = open();
    for (let i = 0; i < 5; i++) await tree.writeFile(`f${i}`, Buffer.from('x'), 0o644);
    expect(open()).toBe(before);
  });
});

describe('local failures', () => {
  it('says each kind of disk failure in one line, keeping its code, and passes the runner\'s own errors through', () => {
    const failure = (code: string | undefined) => localError(Object.assign(new Error(`raw ${code}`), { code }), '/out/f', 'writing');
    const tail = '; ORKA_OUTPUT_DIR must be a writable directory with room for the artifacts';
    expect(['ENOSPC', 'EROFS', 'EACCES', 'EPERM', 'EDQUOT', 'EIO', undefined].map((c) => {
      const e = failure(c) as LocalWriteError;
      return [e.name, e.code, e.message];
    })).toEqual([
      ['LocalWriteError', 'ENOSPC', `writing /out/f failed: no space left on the device${tail}`],
      ['LocalWriteError', 'EROFS', `writing /out/f failed: the file system is read-only${tail}`],
      ['LocalWriteError', 'EACCES', `writing /out/f failed: permission denied${tail}`],
      ['LocalWriteError', 'EPERM', `writing /out/f failed: permission denied${tail}`],
      ['LocalWriteError', 'EDQUOT', `writing /out/f failed: disk quota exceeded${tail}`],
      ['LocalWriteError', 'EIO', `writing /out/f failed: raw EIO${tail}`],
      ['LocalWriteError', undefined, `writing /out/f failed: raw undefined${tail}`],
    ]);
    const unsafe = new UnsafeArtifactError('u');
    const local = new LocalWriteError('l', 'ENOSPC');
    expect([localError(unsafe, '/x', 'writing'), localError(local, '/x', 'writing')]).toEqual([unsafe, local]);
    expect([localError(unsafe, '/x', 'writing') === unsafe, localError(local, '/x', 'writing') === local]).toEqual([true, true]);
  });
});
