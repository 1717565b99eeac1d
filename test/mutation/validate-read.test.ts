// How `validate` and the other file-reading commands collect and read their input
// (lib/cli/validate-read.ts), called in-process on real files, links, FIFOs, sockets and devices:
// which names a folder search takes, each link problem with its exact text, every kind of file
// that is not regular, the control characters at the edges of the refused set, each kind of
// document that is not a mapping, and the size limits at their boundaries.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../lib/cli/args';
import { collect, loadDocuments, MAX_FILE_BYTES, read, startCommand } from '../../lib/cli/validate-read';

const TASK = 'apiVersion: tekton.dev/v1\nkind: Task\nmetadata:\n  name: t\n';

function workdir(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'cdk8s-tekton-read-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** Paths relative to `dir`, for comparing file lists. */
const under = (dir: string) => (p: string) => p.slice(dir.length + 1);

describe('collect: the files a folder search takes', () => {
  it('takes *.yaml and *.yml under every folder, sorted by name, and nothing else', () => {
    const dir = workdir({ 'b.yaml': TASK, 'a.yml': TASK, 'c.yamlx': TASK, 'yaml': TASK, 'd.YAML': TASK, 'notes.txt': 'x', 'sub/e.yaml': TASK, 'sub/deeper/f.yml': TASK });
    const { files, problems } = collect([dir]);
    expect({ files: files.map(under(dir)), problems }).toEqual({ files: ['a.yml', 'b.yaml', 'sub/deeper/f.yml', 'sub/e.yaml'], problems: [] });
  });

  it('lists the files of a folder by name, whatever order the folder gives them in', () => {
    // Made in reverse order: the directory's own order (creation or hash order) is not by name.
    const names = Array.from({ length: 40 }, (_, i) => `f${String(39 - i).padStart(2, '0')}.yaml`);
    const dir = workdir(Object.fromEntries(names.map((n) => [n, TASK])));
    expect(collect([dir]).files.map(under(dir))).toEqual([...names].sort());
  });

  it('sorts names by their UTF-16 code units, not by their UTF-8 bytes as the system lists them', () => {
    // U+FF5A is EF BD 9A in UTF-8 and U+1F600 F0 9F 98 80, but in UTF-16 the surrogate D83D comes first.
    const dir = workdir({ '\u{ff5a}.yaml': TASK, '\u{1f600}.yaml': TASK, 'a.yaml': TASK });
    expect(collect([dir]).files.map(under(dir))).toEqual(['a.yaml', '\u{1f600}.yaml', '\u{ff5a}.yaml']);
  });

  it('keeps a file given by name whatever it is called, and lists a file once however many links lead to it', () => {
    const dir = workdir({ 'task.txt': TASK, 'sub/a.yaml': TASK });
    symlinkSync(join(dir, 'sub/a.yaml'), join(dir, 'sub/b.yaml'));
    symlinkSync(join(dir, 'sub'), join(dir, 'again'));
    const { files, problems } = collect([join(dir, 'task.txt'), join(dir, 'task.txt'), join(dir, 'sub'), join(dir, 'again'), join(dir, 'sub/a.yaml')]);
    expect({ files: files.map(under(dir)), problems }).toEqual({ files: ['task.txt', 'sub/a.yaml'], problems: [] });
  });

  it('searches a folder reached by two links, or given twice, once', () => {
    const dir = workdir({ 'shared/a.yaml': TASK, 'one/x.yaml': TASK, 'two/y.yaml': TASK });
    symlinkSync(join(dir, 'shared'), join(dir, 'one/link'));
    symlinkSync(join(dir, 'shared'), join(dir, 'two/link'));
    // A dangling link in it would be reported once for each search.
    symlinkSync(join(dir, 'shared/gone.yaml'), join(dir, 'shared/dangling.yaml'));
    const dangling = (at: string) => ({ file: join(dir, at), rule: 'file.unreadable', message: 'cannot read: dangling symbolic link (its target does not exist); skipped', fix: 'remove the link or point it at an existing file' });
    const viaLinks = collect([join(dir, 'one'), join(dir, 'two')]);
    expect({ files: viaLinks.files.map(under(dir)), problems: viaLinks.problems }).toEqual({ files: ['one/link/a.yaml', 'one/x.yaml', 'two/y.yaml'], problems: [dangling('one/link/dangling.yaml')] });
    const twice = collect([join(dir, 'shared'), join(dir, 'shared')]);
    expect({ files: twice.files.map(under(dir)), problems: twice.problems }).toEqual({ files: ['shared/a.yaml'], problems: [dangling('shared/dangling.yaml')] });
  });

  it('reports a dangling link that could be YAML and skips one that could not', () => {
    const dir = workdir({ 'ok.yaml': TASK });
    symlinkSync(join(dir, 'gone.yaml'), join(dir, 'dangling.yaml'));
    symlinkSync(join(dir, 'gone.yml'), join(dir, 'dangling.yml'));
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
    symlinkSync(join(dir, 'gone.yaml'), join(dir, 'dangling.yaml.bak'));
    const { files, problems } = collect([dir]);
    const fix = 'remove the link or point it at an existing file';
    expect({ files: files.map(under(dir)), problems }).toEqual({
      files: ['ok.yaml'],
      problems: [
        { file: join(dir, 'dangling.yaml'), rule: 'file.unreadable', message: 'cannot read: dangling symbolic link (its target does not exist); skipped', fix },
        { file: join(dir, 'dangling.yml'), rule: 'file.unreadable', message: 'cannot read: dangling symbolic link (its target does not exist); skipped', fix },
      ],
    });
  });

  it('reports a loop of links whatever its name, as a loop', () => {
    const dir = workdir();
    symlinkSync(join(dir, 'b'), join(dir, 'a'));
    symlinkSync(join(dir, 'a'), join(dir, 'b'));
    const { files, problems } = collect([dir]);
    const fix = 'remove the link or point it at an existing file';
    expect({ files, problems }).toEqual({
      files: [],
      problems: [
        { file: join(dir, 'a'), rule: 'file.unreadable', message: 'cannot read: symbolic link loop; skipped', fix },
        { file: join(dir, 'b'), rule: 'file.unreadable', message: 'cannot read: symbolic link loop; skipped', fix },
      ],
    });
  });

  it('does not follow a link back to a folder being searched, and says which', () => {
    const dir = workdir({ 'top/a.yaml': TASK, 'top/sub/b.yaml': TASK });
    symlinkSync(join(dir, 'top'), join(dir, 'top/sub/up'));
    symlinkSync(join(dir, 'top/sub'), join(dir, 'top/sub/self'));
    // The folder is named as the caller names paths (the CLI: relative to the working directory when shorter).
    const { files, problems } = collect([join(dir, 'top')], (p) => `<${p.slice(dir.length + 1)}>`);
    const fix = 'remove the link, or point it outside the folder it is in';
    expect({ files: files.map(under(dir)), problems }).toEqual({
      files: ['top/a.yaml', 'top/sub/b.yaml'],
      problems: [
        { file: join(dir, 'top/sub/self'), rule: 'file.symlink-loop', message: 'symbolic link loop: it leads back to <top/sub>, a folder being searched; not followed', fix },
        { file: join(dir, 'top/sub/up'), rule: 'file.symlink-loop', message: 'symbolic link loop: it leads back to <top>, a folder being searched; not followed', fix },
      ],
    });
  });

  it('throws a usage error for a missing, looping, too long or impossible path, spelled by name', () => {
    const dir = workdir({ 'file.yaml': TASK });
    symlinkSync(join(dir, 'self'), join(dir, 'self'));
    const name = (p: string) => `<${p.slice(dir.length + 1, dir.length + 20)}>`;
    const thrown = (path: string) => {
      try {
        collect([path], name);
      } catch (e) {
        return { usage: e instanceof UsageError, message: (e as Error).message };
      }
      return undefined;
    };
    expect(thrown(join(dir, 'missing.yaml'))).toEqual({ usage: true, message: '<missing.yaml>: no such file or directory' });
    expect(thrown(join(dir, 'self'))).toEqual({ usage: true, message: '<self>: symbolic link loop' });
    expect(thrown(join(dir, 'x'.repeat(300)))).toEqual({ usage: true, message: `<${'x'.repeat(19)}>: file name too long` });
    expect(thrown(join(dir, 'file.yaml/inside'))).toEqual({ usage: true, message: '<file.yaml/inside>: ENOTDIR' });
  });
});

describe('read: files that are not regular', () => {
  const servers: Server[] = [];
  afterAll(() => servers.forEach((s) => s.close()));

  it('refuses a FIFO, a device, a socket and a folder without reading them', async () => {
    const dir = workdir();
    execFileSync('mkfifo', [join(dir, 'fifo.yaml')]);
    const server = createServer();
    servers.push(server);
    await new Promise<void>((done) => server.listen(join(dir, 'socket.yaml'), done));
    const files = [join(dir, 'fifo.yaml'), '/dev/null', join(dir, 'socket.yaml'), dir];
    const fix = 'save the YAML to a file and pass that file';
    expect(read(files).problems).toEqual([
      { file: files[0], rule: 'file.not-regular', message: 'is a FIFO; only regular files are read', fix },
      { file: '/dev/null', rule: 'file.not-regular', message: 'is a device; only regular files are read', fix },
      { file: files[2], rule: 'file.not-regular', message: 'is a socket; only regular files are read', fix },
      { file: dir, rule: 'file.not-regular', message: 'is not a regular file; only regular files are read', fix },
    ]);
  });

  it('reports a file it cannot open, and goes on with the next', () => {
    const dir = workdir({ 'ok.yaml': TASK });
    const { docs, problems } = read([join(dir, 'missing.yaml'), join(dir, 'ok.yaml')]);
    expect(problems).toEqual([{ file: join(dir, 'missing.yaml'), rule: 'file.unreadable', message: 'cannot read: no such file or directory', fix: 'make the file readable, or leave it out' }]);
    expect(docs.map((d) => d.source)).toEqual([`${join(dir, 'ok.yaml')}:1`]);
  });
});

describe('read: sizes at their limits', () => {
  it('reads a file of exactly the cap and refuses one byte more', () => {
    const dir = workdir();
    // Sparse files of zero bytes: the one at the cap is read whole (and its first NUL refused),
    // the one over it is refused before reading.
    writeFileSync(join(dir, 'cap.yaml'), '');
    truncateSync(join(dir, 'cap.yaml'), MAX_FILE_BYTES);
    writeFileSync(join(dir, 'over.yaml'), '');
    truncateSync(join(dir, 'over.yaml'), MAX_FILE_BYTES + 1);
    expect(read([join(dir, 'cap.yaml'), join(dir, 'over.yaml')]).problems).toEqual([
      { file: join(dir, 'cap.yaml'), line: 1, rule: 'yaml.encoding', message: 'malformed YAML: the control character U+0000 is not allowed in YAML', fix: 'remove it, or write it as an escape ("\\x..") inside a double-quoted string' },
      { file: join(dir, 'over.yaml'), rule: 'file.too-large', message: 'is larger than 64 MiB (the API server takes at most 3 MiB per object)', fix: 'split it into smaller files' },
    ]);
  });

  it('reads the last byte of a file of exactly the cap', () => {
    const dir = workdir();
    const text = Buffer.alloc(MAX_FILE_BYTES, 0x20);
    text.write('a: 1\n', 0);
    text[MAX_FILE_BYTES - 1] = 0x01;
    writeFileSync(join(dir, 'cap.yaml'), text);
    expect(read([join(dir, 'cap.yaml')]).problems.map((p) => `${p.line} ${p.message}`)).toEqual(['2 malformed YAML: the control character U+0001 is not allowed in YAML']);
  });

  it('keeps the parsed stream of a file of up to 4 MiB of text, and not of a larger one', () => {
    const limit = 4 * 1024 * 1024;
    const text = (length: number) => `${TASK}#${'x'.repeat(length - TASK.length - 2)}\n`;
    const dir = workdir({ 'at.yaml': text(limit), 'over.yaml': text(limit + 1) });
    const { docs, problems, streams } = read([join(dir, 'at.yaml'), join(dir, 'over.yaml')]);
    expect({ docs: docs.length, problems, streams: [...streams.keys()].map(under(dir)) }).toEqual({ docs: 2, problems: [], streams: ['at.yaml'] });
    expect(streams.get(join(dir, 'at.yaml'))?.lineOf(0, ['metadata', 'name'])).toBe(4);
  });
});

describe('read: what a file holds', () => {
  it('refuses text that is not UTF-8', () => {
    const dir = workdir({ 'bin.yaml': Buffer.from([0x61, 0x3a, 0x20, 0xff, 0x0a]) });
    expect(read([join(dir, 'bin.yaml')]).problems).toEqual([{ file: join(dir, 'bin.yaml'), rule: 'yaml.encoding', message: 'is not UTF-8 text (a binary file?)', fix: 'pass YAML files only, saved as UTF-8' }]);
  });

  it('refuses the C0 controls but tab, LF and CR, and DEL, naming the first one and its line', () => {
    const refused = [0x00, 0x08, 0x0b, 0x0c, 0x0e, 0x1f, 0x7f];
    const kept = [0x09, 0x0a, 0x0d, 0x20, 0x80, 0x9f];
    const dir = workdir(Object.fromEntries([...refused, ...kept].map((c) => [`c${c}.yaml`, `a: 1\n\nb: "x${String.fromCharCode(c)}y"\nc: "\x01"\n`])));
    const first = (c: number) => read([join(dir, `c${c}.yaml`)]).problems.map((p) => `${p.line} ${p.message}`);
    const code = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
    for (const c of refused) expect(first(c)).toEqual([`3 malformed YAML: the control character ${code(c)} is not allowed in YAML`]);
    // The file's later U+0001 is then the first one refused (an LF adds a line before it; a lone CR does not end a line).
    for (const c of kept) expect(first(c)).toEqual([`${c === 0x0a ? 5 : 4} malformed YAML: the control character U+0001 is not allowed in YAML`]);
  });

  it('takes each mapping with its file, line and index, skips empty documents and reports the rest', () => {
    const dir = workdir({ 'mixed.yaml': `${TASK}---\n---\n~\n---\n- a\n---\ntext\n---\n42\n---\ntrue\n---\nkind: X\n---\nkey: [\n` });
    const file = join(dir, 'mixed.yaml');
    const { docs, problems } = read([file]);
    expect(docs).toEqual([
      { manifest: { apiVersion: 'tekton.dev/v1', kind: 'Task', metadata: { name: 't' } }, source: `${file}:1`, file, line: 1, index: 0 },
      { manifest: { kind: 'X' }, source: `${file}:17`, file, line: 17, index: 7 },
    ]);
    const fix = 'write each document as a mapping, or remove what is not YAML';
    const not = (line: number, what: string) => ({ file, line, rule: 'yaml.not-object', message: `the document is ${what}, not a Kubernetes object (a mapping with apiVersion, kind and metadata)`, fix });
    expect(problems.map((p) => (p.rule === 'yaml.syntax' ? { ...p, message: '' } : p))).toEqual([
      { file, line: 20, rule: 'yaml.syntax', message: '', fix: 'correct the YAML syntax at that line' },
      not(9, 'a list'),
      not(11, 'a text value'),
      not(13, 'a number value'),
      not(15, 'a boolean value'),
    ]);
  });
});

const BIN = resolve(__dirname, '../../bin/cdk8s-tekton.js');

describe('files and folders it may not read', () => {
  it('reports a folder it may not list and a file or socket it may not open, and goes on', async () => {
    const valid = `${TASK}spec:\n  steps:\n    - name: s\n      image: alpine\n      script: echo hi\n`;
    const dir = workdir({ 'ok.yaml': valid, 'locked/inside.yaml': TASK, 'secret.yaml': TASK });
    chmodSync(dir, 0o755);
    const server = createServer();
    await new Promise<void>((done) => server.listen(join(dir, 'socket.yaml'), done));
    try {
      // In this process first, so that this test reaches the lines whose texts the CLI prints below.
      expect(read([join(dir, 'socket.yaml')]).problems.map((p) => p.message)).toEqual(['is a socket; only regular files are read']);
      expect(() => collect([join(dir, 'ok.yaml/x')], () => 'ok.yaml/x')).toThrow(new UsageError('ok.yaml/x: ENOTDIR'));
      chmodSync(join(dir, 'locked'), 0o000);
      chmodSync(join(dir, 'secret.yaml'), 0o000);
      chmodSync(join(dir, 'socket.yaml'), 0o000);
      // Root reads anything, so as root the CLI (which reads the files with these same functions)
      // runs without the capabilities that override file permissions; a worker thread cannot
      // change its own user, and user nobody could not read Stryker's sandbox.
      const command = [process.execPath, BIN, 'validate', '.'];
      if (process.geteuid?.() === 0) command.unshift('setpriv', '--bounding-set', '-dac_override,-dac_read_search');
      const r = spawnSync(command[0], command.slice(1), { cwd: dir, encoding: 'utf8', timeout: 20_000, env: { ...process.env, CDK8S_CHECK_UPGRADE: 'false' } });
      expect({ code: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({
        code: 1,
        stdout: [
          'locked: cannot read directory: permission denied. Fix: make it readable, or leave it out',
          'secret.yaml: cannot read: permission denied. Fix: make the file readable, or leave it out',
          // A socket it may not open is refused for the permission, as any file is.
          'socket.yaml: cannot read: permission denied. Fix: make the file readable, or leave it out',
          '3 problems in 3 of 4 files',
          '',
        ].join('\n'),
        stderr: '',
      });
    } finally {
      server.close();
    }
  });

  it('reports a file that fails while it is read (/proc/self/mem at address 0)', () => {
    expect(read(['/proc/self/mem']).problems).toEqual([{ file: '/proc/self/mem', rule: 'file.unreadable', message: 'cannot read: EIO', fix: 'make the file readable, or leave it out' }]);
  });

  it('closes every file it opens, read or refused', () => {
    const dir = workdir({ 'ok.yaml': TASK, 'bin.yaml': Buffer.from([0xff]) });
    execFileSync('mkfifo', [join(dir, 'fifo.yaml')]);
    const open = () => readdirSync('/proc/self/fd').length;
    const before = open();
    for (let i = 0; i < 5; i++) read([join(dir, 'ok.yaml'), join(dir, 'bin.yaml'), join(dir, 'fifo.yaml'), '/proc/self/mem']);
    expect(open()).toBe(before);
  });
});

describe('loadDocuments', () => {
  it('gives the values of every document, empty ones included', () => {
    const dir = workdir({ 'two.yaml': `${TASK}---\n---\n- 1\n` });
    expect(loadDocuments(join(dir, 'two.yaml'))).toEqual([{ apiVersion: 'tekton.dev/v1', kind: 'Task', metadata: { name: 't' } }, null, [1]]);
  });

  it('throws with the name, the line when there is one, the message and the fix', () => {
    const dir = workdir({ 'bad.yaml': `${TASK}---\nkey: "\x07"\n` });
    execFileSync('mkfifo', [join(dir, 'fifo.yaml')]);
    const name = (p: string) => `[${p.slice(dir.length + 1)}]`;
    expect(() => loadDocuments(join(dir, 'bad.yaml'), name)).toThrow(
      new Error('[bad.yaml]:6: malformed YAML: the control character U+0007 is not allowed in YAML. Fix: remove it, or write it as an escape ("\\x..") inside a double-quoted string'),
    );
    expect(() => loadDocuments(join(dir, 'fifo.yaml'), name)).toThrow(new Error('[fifo.yaml]: is a FIFO; only regular files are read. Fix: save the YAML to a file and pass that file'));
  });

  it('throws for a problem the YAML reader finds', () => {
    const dir = workdir({ 'syntax.yaml': 'a: 1\nb: [\n' });
    expect(() => loadDocuments(join(dir, 'syntax.yaml'))).toThrow(/^.*syntax\.yaml:\d+: malformed YAML: .*\. Fix: correct the YAML syntax at that line$/);
  });
});

describe('startCommand', () => {
  const parse = (argv: readonly string[]) => {
    if (argv.includes('--help')) return 'help' as const;
    if (argv.includes('--bad')) throw new UsageError('unknown option --bad');
    if (argv.includes('--crash')) throw new RangeError('not a usage error');
    return { paths: argv };
  };
  const sinks = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, o: (s: string) => out.push(s), e: (s: string) => err.push(s) };
  };

  it('prints the help on stdout and returns 0', () => {
    const s = sinks();
    expect(startCommand('check', 'HELP\n', ['--help'], parse, s.o, s.e)).toBe(0);
    expect({ out: s.out, err: s.err }).toEqual({ out: ['HELP\n'], err: [] });
  });

  it('prints a usage error with the help on stderr and returns 2, for a bad option or a missing file', () => {
    const s = sinks();
    const dir = workdir();
    expect(startCommand('check', 'HELP\n', ['--bad'], parse, s.o, s.e)).toBe(2);
    expect(startCommand('check', 'HELP\n', [join(dir, 'none.yaml')], parse, s.o, s.e, (p) => p.slice(dir.length + 1))).toBe(2);
    expect({ out: s.out, err: s.err }).toEqual({ out: [], err: ['cdk8s-tekton check: unknown option --bad\n\nHELP\n', 'cdk8s-tekton check: none.yaml: no such file or directory\n\nHELP\n'] });
  });

  it('lets any other error through', () => {
    const s = sinks();
    expect(() => startCommand('check', 'HELP\n', ['--crash'], parse, s.o, s.e)).toThrow(new RangeError('not a usage error'));
  });

  it('returns the parsed arguments and the files collected', () => {
    const s = sinks();
    const dir = workdir({ 'a.yaml': TASK });
    expect(startCommand('check', 'HELP\n', [dir], parse, s.o, s.e)).toEqual({ args: { paths: [dir] }, collected: { files: [join(dir, 'a.yaml')], problems: [] } });
    expect({ out: s.out, err: s.err }).toEqual({ out: [], err: [] });
  });
});
