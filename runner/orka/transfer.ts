// Copying files to and from the VM, in two ways. tar streamed over an SSH exec channel is a single
// stream with no per-file round trips, so 2000 small files cost about as much as one big one. SFTP
// uploads keep several files and several writes per file in flight; its downloads keep many files
// and several reads per file in flight, and list directories with READDIR's attributes rather than
// an LSTAT per file. The default (`auto`) uploads over SFTP, which measured faster than tar for one
// big file and for many small ones, and falls back to tar when the VM's sshd offers no SFTP
// subsystem; it downloads with tar, far faster for big files, and falls back to SFTP when the VM
// has no tar. Both need the connection's TCP_NODELAY: with Nagle's algorithm on (Node's default),
// small SSH messages such as SFTP read requests and window adjusts wait for delayed ACKs, which held
// ssh2's fastGet to ~80 MB/s on loopback. What limits a download after that is CPU in this one
// thread (decrypting, hashing, garbage collection), not the 2 MiB channel window: a wider window
// measured slower (sshd then buffers more), so ssh2's default stays. Where the local side touches the disk, both methods go through one safe-write layer
// (safe-write.ts): nothing from the VM is written outside the output directory. Measured by
// `BENCH_ONLY=4 npm run bench`.

import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { Client, SFTPWrapper } from 'ssh2';
import { TransferMode } from './contract';
import { SafeTree } from './safe-write';
import { channelDone, openExec, shCommand } from './ssh';
import {
  collect, DownloadResult, RemoteTransferError, settle, UploadResult, walk,
} from './transfer-common';
import { openSftp, sftpDownload, sftpMkdirs, SftpUnavailableError, sftpUpload } from './transfer-sftp';
import { tarDownload, tarUpload } from './transfer-tar';

export { DownloadedFile, DownloadResult, RemoteTransferError, UploadResult } from './transfer-common';
export { LocalWriteError, UnsafeArtifactError } from './safe-write';

export interface TransferOptions {
  /**
   * `auto` (default) uploads over SFTP, falling back to tar when the VM offers no SFTP subsystem,
   * and downloads with tar, falling back to SFTP when the VM has no tar. `tar` and `sftp` force one.
   */
  readonly mode?: TransferMode;
  readonly signal?: AbortSignal;
}

/** Copies the contents of `localDir` into `remoteDir` (created if needed), keeping modes and symlinks. */
export async function uploadTree(client: Client, localDir: string, remoteDir: string, options: TransferOptions = {}): Promise<UploadResult> {
  client.setNoDelay(true);
  const entries = await walk(localDir);
  if (options.mode === 'tar') {
    const result = await tarUpload(client, localDir, entries, remoteDir, options.signal);
    if (result === undefined) throw new RemoteTransferError('the VM has no tar command; set ORKA_TRANSFER=sftp or auto');
    return result;
  }
  let sftp: SFTPWrapper;
  try {
    sftp = await openSftp(client);
  } catch (err) {
    if (options.mode === 'sftp' || !(err instanceof SftpUnavailableError)) throw err;
    // Only a session that never started falls back: nothing has been written yet.
    const result = await tarUpload(client, localDir, entries, remoteDir, options.signal);
    if (result === undefined) throw new RemoteTransferError(`the VM offers neither SFTP (${err.message}) nor a tar command`);
    return result;
  }
  return sftpUpload(sftp, localDir, entries, remoteDir, options.signal);
}

/**
 * Copies one local file to `remotePath` with the given mode, creating its directory: over SFTP in
 * `sftp` mode, else with `cat` over an exec channel (which needs no tar). The runner passes the mode
 * its workspace upload used, so the build script travels the same way.
 */
export async function uploadFile(client: Client, localFile: string, remotePath: string, mode: number, options: TransferOptions = {}): Promise<void> {
  client.setNoDelay(true);
  const data = await fsp.readFile(localFile);
  if (options.mode === 'sftp') {
    const sftp = await openSftp(client);
    try {
      await sftpMkdirs(sftp, path.posix.dirname(remotePath));
      await new Promise<void>((resolve, reject) => sftp.writeFile(remotePath, data, { mode }, (err) => (err ? reject(err) : resolve())));
      await new Promise<void>((resolve, reject) => sftp.chmod(remotePath, mode, (err) => (err ? reject(err) : resolve())));
    } finally {
      sftp.end();
    }
    return;
  }
  const channel = await openExec(client, shCommand('d=$(dirname "$1") && mkdir -p "$d" && cat > "$1" && chmod "$2" "$1"', [remotePath, mode.toString(8)]));
  const stderr = collect(channel.stderr);
  const done = channelDone(channel);
  channel.resume();
  channel.end(data);
  await settle(done, stderr, 'writing the build script', options.signal, channel);
}

/**
 * Copies what `patterns` (paths or globs relative to `remoteDir`, expanded by the VM's shell)
 * match into `localDir`, keeping relative paths, and returns each file's sha256.
 */
export async function downloadPaths(client: Client, remoteDir: string, patterns: readonly string[], localDir: string, options: TransferOptions = {}): Promise<DownloadResult> {
  client.setNoDelay(true);
  if (patterns.length === 0) return { mode: options.mode === 'sftp' ? 'sftp' : 'tar', files: [], missing: [] };
  const tree = await SafeTree.open(localDir);
  if (options.mode !== 'sftp') {
    const result = await tarDownload(client, remoteDir, patterns, tree, options.signal);
    if (result !== undefined) return result;
    if (options.mode === 'tar') throw new RemoteTransferError('the VM has no tar command; set ORKA_TRANSFER=sftp or auto');
    try {
      return await sftpDownload(client, remoteDir, patterns, tree, options.signal);
    } catch (err) {
      if (err instanceof SftpUnavailableError) throw new RemoteTransferError(`the VM offers neither a tar command nor SFTP (${err.message})`);
      throw err;
    }
  }
  return sftpDownload(client, remoteDir, patterns, tree, options.signal);
}
