// transfer.ts against both test SSH servers (OpenSSH and ssh2's Server) in every mode, plus the
// automatic fallbacks: uploads to tar on a VM without SFTP, downloads to SFTP on a VM without tar.
import { createHash } from 'node:crypto';
import {
  lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync,
} from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'ssh2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadPaths, uploadFile, uploadTree } from '../../runner/orka/transfer';
import { opensshAvailable, startSshd, Sshd, SshdOptions } from './sshd';

function connect(sshd: Sshd): Promise<Client> {
  return new Promise((resolve, reject) => {
    const client = new Client();
    client.on('ready', () => resolve(client)).on('error', reject);
    client.connect({ host: sshd.host, port: sshd.port, username: sshd.user, privateKey: sshd.clientKey });
  });
}

/**
 * Starts a test SSH server for the enclosing describe block and keeps one connection to it;
 * `options` runs in beforeAll, so it may prepare files first.
 */
function connectedTo(options: () => SshdOptions): { readonly client: Client } {
  let sshd: Sshd | undefined;
  let client: Client | undefined;
  beforeAll(async () => {
    sshd = await startSshd(options());
    client = await connect(sshd);
  });
  afterAll(async () => {
    client?.end();
    await sshd?.stop();
  });
  return {
    get client(): Client {
      if (!client) throw new Error('connectedTo: the connection is only there while the tests of its describe block run');
      return client;
    },
  };
}

/** A PATH directory with only what the transfer scripts need besides tar, to play a VM without tar. */
function binWithoutTar(): string {
  const bin = mkdtempSync(path.join(os.tmpdir(), 'no-tar-bin-'));
  for (const tool of ['mkdir', 'cat', 'chmod', 'dirname', 'sh']) symlinkSync(`/bin/${tool}`, path.join(bin, tool));
  return bin;
}

const LONG = `${'long-directory-name/'.repeat(6)}file-with-a-long-name.txt`;
const BIG = Buffer.alloc(3_000_000);
for (let i = 0; i < BIG.length; i++) BIG[i] = (i * 31) % 251;

function makeTree(root: string): void {
  const put = (name: string, data: string | Buffer, mode = 0o644): void => {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), data, { mode });
  };
  put('tree/a.txt', 'alpha\n');
  put('tree/run.sh', '#!/bin/sh\necho hi\n', 0o755);
  put('tree/deep/er/b.bin', BIG);
  put('tree/empty.txt', '');
  put('with space/é ü.txt', 'unicode\n');
  put(LONG, 'long\n');
  mkdirSync(path.join(root, 'tree/empty-dir'));
  symlinkSync('a.txt', path.join(root, 'tree/link-to-a'));
}

/** Relative path → description of every entry, for comparing two trees. */
function snapshot(root: string): Record<string, string> {
  const result: Record<string, string> = {};
  const visit = (relative: string): void => {
    for (const name of readdirSync(path.join(root, relative)).sort()) {
      const rel = relative ? `${relative}/${name}` : name;
      const full = path.join(root, rel);
      const stat = lstatSync(full);
      if (stat.isSymbolicLink()) result[rel] = `link → ${readlinkSync(full)}`;
      else if (stat.isDirectory()) {
        result[rel] = 'dir';
        visit(rel);
      } else result[rel] = `${(stat.mode & 0o777).toString(8)} ${createHash('sha256').update(readFileSync(full)).digest('hex')}`;
    }
  };
  visit('');
  return result;
}

const servers: { name: string; fallback: boolean }[] = [
  ...(opensshAvailable() ? [{ name: 'OpenSSH sshd', fallback: false }] : []),
  { name: "ssh2's Server", fallback: true },
];

for (const server of servers) {
  describe(`transfers with ${server.name}`, () => {
    const ssh = connectedTo(() => ({ fallback: server.fallback }));

    for (const mode of ['tar', 'sftp'] as const) {
      it(`${mode}: uploads a tree exactly and downloads globbed paths with sha256`, async () => {
        const local = mkdtempSync(path.join(os.tmpdir(), 'xfer-local-'));
        const vm = mkdtempSync(path.join(os.tmpdir(), 'xfer-vm-'));
        makeTree(local);
        const uploaded = await uploadTree(ssh.client, local, `${vm}/work`, { mode });
        expect(uploaded).toEqual({ mode, files: 6, bytes: 6 + 18 + BIG.length + 0 + 8 + 5 });
        expect(snapshot(`${vm}/work`)).toEqual(snapshot(local));

        const out = mkdtempSync(path.join(os.tmpdir(), 'xfer-out-'));
        const result = await downloadPaths(ssh.client, `${vm}/work`, ['tree/*.txt', 'tree/deep', 'with space/*', 'long-directory-name', 'tree/link-to-a', 'nothing*'], out, { mode });
        expect(result.mode).toBe(mode);
        expect(result.missing).toEqual(['nothing*']);
        const hash = (f: string): string => createHash('sha256').update(readFileSync(path.join(local, f))).digest('hex');
        const expected = ['tree/a.txt', 'tree/empty.txt', 'tree/deep/er/b.bin', 'with space/é ü.txt', LONG].sort();
        expect(result.files.map((f) => f.path)).toEqual(expected);
        for (const f of result.files) expect(f.sha256, f.path).toBe(hash(f.path));
        for (const f of expected) expect(readFileSync(path.join(out, f)).equals(readFileSync(path.join(local, f))), f).toBe(true);
        expect(readlinkSync(path.join(out, 'tree/link-to-a'))).toBe('a.txt');
      });
    }

    it('auto: uploads over SFTP and downloads with tar', async () => {
      const local = mkdtempSync(path.join(os.tmpdir(), 'xfer-local-'));
      const vm = mkdtempSync(path.join(os.tmpdir(), 'xfer-vm-'));
      makeTree(local);
      for (const options of [{}, { mode: 'auto' as const }]) {
        const target = `${vm}/work-${Object.keys(options).length}`;
        expect(await uploadTree(ssh.client, local, target, options)).toEqual({ mode: 'sftp', files: 6, bytes: 6 + 18 + BIG.length + 0 + 8 + 5 });
        expect(snapshot(target)).toEqual(snapshot(local));
        const out = mkdtempSync(path.join(os.tmpdir(), 'xfer-out-'));
        const result = await downloadPaths(ssh.client, target, ['tree/deep', 'tree/link-to-a'], out, options);
        expect(result.mode).toBe('tar');
        expect(result.files.map((f) => f.path)).toEqual(['tree/deep/er/b.bin']);
        expect(readFileSync(path.join(out, 'tree/deep/er/b.bin')).equals(BIG)).toBe(true);
        expect(readlinkSync(path.join(out, 'tree/link-to-a'))).toBe('a.txt');
      }
    });

    it('uploadFile writes one file with its mode, creating the directory', async () => {
      const vm = mkdtempSync(path.join(os.tmpdir(), 'xfer-vm-'));
      const script = path.join(vm, 'local.sh');
      writeFileSync(script, '#!/bin/sh\n');
      for (const mode of ['tar', 'sftp'] as const) {
        await uploadFile(ssh.client, script, `${vm}/${mode}/sub/build-script`, 0o755, { mode });
        expect(readFileSync(`${vm}/${mode}/sub/build-script`, 'utf8')).toBe('#!/bin/sh\n');
        expect(lstatSync(`${vm}/${mode}/sub/build-script`).mode & 0o777).toBe(0o755);
      }
    });
  });
}

for (const server of servers) {
  describe(`transfers with ${server.name} offering no SFTP`, () => {
    const ssh = connectedTo(() => ({ fallback: server.fallback, sftp: false }));

    it('auto uploads fall back to tar (the build script then goes with cat); sftp mode fails as before', async () => {
      const local = mkdtempSync(path.join(os.tmpdir(), 'xfer-local-'));
      const vm = mkdtempSync(path.join(os.tmpdir(), 'xfer-vm-'));
      makeTree(local);
      await expect(uploadTree(ssh.client, local, `${vm}/forced`, { mode: 'sftp' })).rejects.toThrow('Unable to start subsystem: sftp');
      for (const options of [{}, { mode: 'auto' as const }]) {
        const target = `${vm}/work-${Object.keys(options).length}`;
        const uploaded = await uploadTree(ssh.client, local, target, options);
        expect(uploaded).toEqual({ mode: 'tar', files: 6, bytes: 6 + 18 + BIG.length + 0 + 8 + 5 });
        expect(snapshot(target)).toEqual(snapshot(local));
        // As the runner does: the build script travels the way the workspace did.
        await uploadFile(ssh.client, path.join(local, 'tree/run.sh'), `${target}/../script-${Object.keys(options).length}/build-script`, 0o755, { mode: uploaded.mode });
        expect(readFileSync(`${vm}/script-${Object.keys(options).length}/build-script`, 'utf8')).toBe('#!/bin/sh\necho hi\n');
        expect(lstatSync(`${vm}/script-${Object.keys(options).length}/build-script`).mode & 0o777).toBe(0o755);
        const out = mkdtempSync(path.join(os.tmpdir(), 'xfer-out-'));
        const result = await downloadPaths(ssh.client, target, ['tree/a.txt'], out, options);
        expect(result.mode).toBe('tar');
        expect(result.files.map((f) => f.path)).toEqual(['tree/a.txt']);
      }
    });
  });
}

describe('transfers with a VM that has no tar', () => {
  const ssh = connectedTo(() => ({ fallback: true, commandPath: binWithoutTar() }));

  it('auto uploads over SFTP and downloads fall back to SFTP; tar mode says what to do', async () => {
    const local = mkdtempSync(path.join(os.tmpdir(), 'xfer-local-'));
    const vm = mkdtempSync(path.join(os.tmpdir(), 'xfer-vm-'));
    makeTree(local);
    expect((await uploadTree(ssh.client, local, `${vm}/work`)).mode).toBe('sftp');
    expect(snapshot(`${vm}/work`)).toEqual(snapshot(local));
    const out = mkdtempSync(path.join(os.tmpdir(), 'xfer-out-'));
    const result = await downloadPaths(ssh.client, `${vm}/work`, ['tree/a.txt'], out);
    expect(result.mode).toBe('sftp');
    expect(result.files.map((f) => f.path)).toEqual(['tree/a.txt']);
    await expect(uploadTree(ssh.client, local, `${vm}/again`, { mode: 'tar' })).rejects.toThrow('the VM has no tar command; set ORKA_TRANSFER=sftp or auto');
  });
});

describe('transfers with a VM that has neither tar nor SFTP', () => {
  const ssh = connectedTo(() => ({ fallback: true, commandPath: binWithoutTar(), sftp: false }));

  it('auto says that both are missing, both ways', async () => {
    const local = mkdtempSync(path.join(os.tmpdir(), 'xfer-local-'));
    const vm = mkdtempSync(path.join(os.tmpdir(), 'xfer-vm-'));
    makeTree(local);
    await expect(uploadTree(ssh.client, local, `${vm}/work`)).rejects.toThrow('the VM offers neither SFTP (Unable to start subsystem: sftp) nor a tar command');
    writeFileSync(path.join(vm, 'a.txt'), 'alpha\n');
    const out = mkdtempSync(path.join(os.tmpdir(), 'xfer-out-'));
    await expect(downloadPaths(ssh.client, vm, ['a.txt'], out)).rejects.toThrow('the VM offers neither a tar command nor SFTP (Unable to start subsystem: sftp)');
  });
});

if (opensshAvailable()) {
  describe('tar details with OpenSSH', () => {
    const ssh = connectedTo(() => ({}));

    it('recreates hard links and lists each linked file with its hash', async () => {
      const vm = mkdtempSync(path.join(os.tmpdir(), 'xfer-vm-'));
      writeFileSync(path.join(vm, 'one'), 'same\n');
      require('node:child_process').execFileSync('ln', [path.join(vm, 'one'), path.join(vm, 'two')]);
      const out = mkdtempSync(path.join(os.tmpdir(), 'xfer-out-'));
      const result = await downloadPaths(ssh.client, vm, ['one', 'two'], out, { mode: 'tar' });
      const digest = createHash('sha256').update('same\n').digest('hex');
      expect(result.files).toEqual([{ path: 'one', size: 5, sha256: digest }, { path: 'two', size: 5, sha256: digest }]);
      expect(lstatSync(path.join(out, 'two')).ino).toBe(lstatSync(path.join(out, 'one')).ino);
    });

    it('reports a remote tar failure as such', async () => {
      const vm = mkdtempSync(path.join(os.tmpdir(), 'xfer-vm-'));
      await expect(downloadPaths(ssh.client, `${vm}/missing-dir`, ['x'], vm, { mode: 'tar' })).rejects.toThrow(/packing the artifacts on the VM failed with exit code 2/);
    });
  });
}
