// `cdk8s-tekton validate` on hostile input: alias bombs, deep nesting, huge and binary files,
// links that dangle or loop, FIFOs and devices, absurd file names. Each run must end (within
// spawnSync's timeout) with exit 1 (or 2 for a usage error) and a message that says what is wrong.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, symlinkSync, truncateSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/validate';
import { MAX_FILE_BYTES } from '../../lib/cli/validate-read';
import { shownPath } from '../support/shown-path';

const BIN = resolve(__dirname, '../../bin/cdk8s-tekton.js');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, 'validate', ...args], { cwd, encoding: 'utf8', timeout: 20_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function workdir(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'cdk8s-tekton-input-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const TASK = 'apiVersion: tekton.dev/v1\nkind: Task\nmetadata:\n  name: t\nspec:\n  steps:\n    - name: s\n      image: alpine\n      script: echo hi\n';

/** A Pipeline whose inline step holds `levels` levels of nine aliases each, in `field` (walked by the rules). */
function bomb(levels: number, map: boolean): string {
  const lines = ['apiVersion: tekton.dev/v1', 'kind: Pipeline', 'metadata:', '  name: p', '  annotations:'];
  lines.push(map ? '    l0: &l0 {a: x}' : '    l0: &l0 [x]');
  for (let i = 1; i <= levels; i++) {
    const refs = Array.from({ length: 9 }, (_, k) => (map ? `k${k}: *l${i - 1}` : `*l${i - 1}`)).join(', ');
    lines.push(`    l${i}: &l${i} ${map ? `{${refs}}` : `[${refs}]`}`);
  }
  lines.push('spec:', '  tasks:', '    - name: t', '      taskSpec:', '        steps:', '          - name: s', '            image: alpine', `            ${map ? 'securityContext' : 'args'}: *l${levels}`);
  return `${lines.join('\n')}\n`;
}

const ALIASES = 'YAML aliases expand this document far beyond its size (excessive aliasing, as the Kubernetes decoder calls it). Fix: write the repeated parts out, or use fewer nested aliases';
const DEEP = 'YAML nests deeper than 1000 levels. Fix: flatten the structure: Tekton manifests nest a few dozen levels at most';

describe('validate: YAML that expands or nests without bound', () => {
  it.each([
    ['list', false],
    ['map', true],
  ])('refuses a %s alias bomb without expanding it, with exit 1', (_kind, map) => {
    // Expanded, its 10 levels of 9 aliases would be 9^10 nodes: the run would not end before
    // spawnSync's 20 s timeout kills it (exit code null).
    const dir = workdir({ 'bomb.yaml': bomb(10, map) });
    const r = run(['bomb.yaml'], dir);
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 1, stdout: `bomb.yaml:1: ${ALIASES}\n1 problem in 1 of 1 files\n` });
  });

  it('refuses a bomb also in a file read by the slower parser (one with a syntax error elsewhere)', () => {
    const dir = workdir({ 'bomb.yaml': `${bomb(10, false)}---\nkind: [\n` });
    const r = run(['bomb.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe(`bomb.yaml:1: ${ALIASES}`);
    expect(r.stdout).toMatch(/\nbomb\.yaml:\d+: malformed YAML: .+\. Fix: correct the YAML syntax at that line\n2 problems in 1 of 1 files\n$/);
  });

  it('accepts ordinary anchors and aliases', () => {
    const text = `${TASK.replace('      script: echo hi\n', '      env: &env\n        - {name: A, value: "1"}\n')}    - name: s2\n      image: alpine\n      env: *env\n`;
    expect(run(['t.yaml'], workdir({ 't.yaml': text }))).toMatchObject({ code: 0, stdout: 'ok: 1 documents in 1 files are valid\n' });
  });

  it.each([10_000, 100_000])('refuses %i-deep flow nesting with its line, not a stack overflow', (depth) => {
    const dir = workdir({ 'deep.yaml': `${TASK}      args: ${'['.repeat(depth)}${']'.repeat(depth)}\n` });
    const r = run(['deep.yaml'], dir);
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({ code: 1, stdout: `deep.yaml:10: ${DEEP}\n1 problem in 1 of 1 files\n`, stderr: '' });
  });

  it('refuses deep nesting in a file that only the slower parser reads', () => {
    const dir = workdir({ 'deep.yaml': `${TASK}      args: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\nkind: [\n` });
    const r = run(['deep.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`: ${DEEP}\n`);
    expect(r.stdout).not.toContain('call stack');
  });
});

describe('validate: huge, binary and odd files', () => {
  it('reads a 50 MB file', () => {
    const script = `echo ${'x'.repeat(1000)}\n`.repeat(50_000);
    const dir = workdir({ 'big.yaml': `${TASK.replace('script: echo hi', 'script: |')}${script.replace(/^/gm, '        ')}` });
    expect(run(['big.yaml'], dir)).toMatchObject({ code: 0, stdout: 'ok: 1 documents in 1 files are valid\n' });
  });

  it('refuses a file over 64 MiB without reading it', () => {
    const dir = workdir();
    const fd = openSync(join(dir, 'huge.yaml'), 'w');
    ftruncateSync(fd, 65 * 1024 * 1024);
    closeSync(fd);
    const r = run(['huge.yaml'], dir);
    expect({ code: r.code, stdout: r.stdout }).toEqual({
      code: 1,
      stdout: 'huge.yaml: is larger than 64 MiB (the API server takes at most 3 MiB per object). Fix: split it into smaller files\n1 problem in 1 of 1 files\n',
    });
  });

  it('reads a file of exactly the 64 MiB cap and refuses one byte more', async () => {
    expect(MAX_FILE_BYTES).toBe(64 * 1024 * 1024);
    const dir = workdir({ 'cap.yaml': TASK, 'over.yaml': TASK });
    // Sparse files: the Task, then zero bytes up to the size. Reading the one at the cap reaches
    // the first zero byte (line 10), which shows the file was read rather than refused unread.
    truncateSync(join(dir, 'cap.yaml'), MAX_FILE_BYTES);
    truncateSync(join(dir, 'over.yaml'), MAX_FILE_BYTES + 1);
    const validate = async (file: string) => {
      const out: string[] = [];
      const code = await main([join(dir, file)], (s) => out.push(s), (s) => out.push(s));
      return { code, out: out.join('') };
    };
    expect(await validate('cap.yaml')).toEqual({
      code: 1,
      out: `${shownPath(join(dir, 'cap.yaml'))}:10: malformed YAML: the control character U+0000 is not allowed in YAML. Fix: remove it, or write it as an escape ("\\x..") inside a double-quoted string\n1 problem in 1 of 1 files\n`,
    });
    expect(await validate('over.yaml')).toEqual({
      code: 1,
      out: `${shownPath(join(dir, 'over.yaml'))}: is larger than 64 MiB (the API server takes at most 3 MiB per object). Fix: split it into smaller files\n1 problem in 1 of 1 files\n`,
    });
  });

  it('reports binary garbage, control characters and documents that are not objects', () => {
    let seed = 12345;
    const garbage = Buffer.from(Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24));
    const dir = workdir({ 'bin.yaml': garbage, 'nul.yaml': `${TASK}\0rest`, 'text.yaml': 'just words\n---\n- a\n' });
    expect(run(['bin.yaml', 'nul.yaml', 'text.yaml'], dir)).toMatchObject({
      code: 1,
      stderr: '',
      stdout: [
        'bin.yaml: is not UTF-8 text (a binary file?). Fix: pass YAML files only, saved as UTF-8',
        'nul.yaml:10: malformed YAML: the control character U+0000 is not allowed in YAML. Fix: remove it, or write it as an escape ("\\x..") inside a double-quoted string',
        'text.yaml:1: the document is a text value, not a Kubernetes object (a mapping with apiVersion, kind and metadata). Fix: write each document as a mapping, or remove what is not YAML',
        'text.yaml:3: the document is a list, not a Kubernetes object (a mapping with apiVersion, kind and metadata). Fix: write each document as a mapping, or remove what is not YAML',
        '4 problems in 3 of 3 files',
        '',
      ].join('\n'),
    });
  });

  it('reads a file with a byte order mark, and empty documents', () => {
    const dir = workdir({ 'bom.yaml': `\uFEFF${TASK}`, 'empty.yaml': '---\n---\n...\n', 'blank.yaml': '' });
    expect(run(['bom.yaml', 'empty.yaml', 'blank.yaml'], dir)).toMatchObject({ code: 0, stdout: 'ok: 1 documents in 3 files are valid\n' });
  });
});

describe('validate: links, FIFOs, devices and names', () => {
  it('reports a dangling link and link loops under a folder, and checks the rest', () => {
    const dir = workdir({ 'tekton/sub/task.yaml': TASK, 'tekton/notes.txt': 'x' });
    symlinkSync('missing.yaml', join(dir, 'tekton/dangling.yaml'));
    symlinkSync('missing', join(dir, 'tekton/not-yaml'));
    symlinkSync('..', join(dir, 'tekton/sub/up'));
    symlinkSync('self', join(dir, 'tekton/self'));
    symlinkSync('sub', join(dir, 'tekton/same'));
    const r = run(['tekton'], dir);
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({
      code: 1,
      stdout: [
        'tekton/dangling.yaml: cannot read: dangling symbolic link (its target does not exist); skipped. Fix: remove the link or point it at an existing file',
        'tekton/same/up: symbolic link loop: it leads back to tekton, a folder being searched; not followed. Fix: remove the link, or point it outside the folder it is in',
        'tekton/self: cannot read: symbolic link loop; skipped. Fix: remove the link or point it at an existing file',
        '3 problems in 3 of 4 files',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('reports a FIFO given directly or found in a folder, without waiting on it', () => {
    const dir = workdir({ 'task.yaml': TASK });
    expect(spawnSync('mkfifo', [join(dir, 'pipe.yaml')]).status).toBe(0);
    const message = 'pipe.yaml: is a FIFO; only regular files are read. Fix: save the YAML to a file and pass that file';
    expect(run(['pipe.yaml'], dir)).toMatchObject({ code: 1, stdout: `${message}\n1 problem in 1 of 1 files\n` });
    expect(run(['.'], dir)).toMatchObject({ code: 1, stdout: `${message}\n1 problem in 1 of 2 files\n` });
  });

  it('reports /dev/zero as a device without reading it', () => {
    expect(run(['/dev/zero'], workdir())).toMatchObject({ code: 1, stdout: '/dev/zero: is a device; only regular files are read. Fix: save the YAML to a file and pass that file\n1 problem in 1 of 1 files\n' });
  });

  it('does not echo a 10 MB file name in full', async () => {
    const name = 'a'.repeat(10 * 1024 * 1024);
    const out: string[] = [];
    const err: string[] = [];
    const code = await main([name], (s) => out.push(s), (s) => err.push(s));
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('').split('\n')[0]).toBe(`cdk8s-tekton validate: ${'a'.repeat(120)}...${'a'.repeat(60)} (a name of 10485760 characters): file name too long`);
  });
});
