// SFTP, both ways. Uploads keep several files and several writes per file in flight; downloads
// keep many files and several reads per file in flight, and list directories with READDIR's
// attributes rather than an LSTAT per file. Every name the VM lists is checked, and downloads are
// written through SafeTree.

import { createHash } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import * as path from 'node:path';
import { Attributes, Client, FileEntry, SFTPWrapper } from 'ssh2';
import { abortReason } from './errors';
import { checkedEntryName, checkedName, localError, SafeTree } from './safe-write';
import { channelDone, closedReason, ConnectionLostError, isConnected, openExec, shCommand } from './ssh';
import {
  collect, collectBuffer, DownloadedFile, DownloadResult, listMatchesScript, LocalEntry, MAX_LISTING_BYTES,
  MAX_PENDING_WRITE_BYTES, missingFrom, parallel, raceAbort, remoteFailure, RemoteTransferError, SMALL_FILE, UploadResult,
  withoutMarkers, writeAll,
} from './transfer-common';

const SFTP_PARALLEL_FILES = 8;
/** Files downloaded at once over SFTP: a small file is two round trips (open, read), so many overlap. */
const SFTP_PARALLEL_DOWNLOADS = 32;
const SFTP_CHUNK = 255 * 1024;
const SFTP_REQUESTS_PER_FILE = 16;

export async function sftpUpload(sftp: SFTPWrapper, localDir: string, entries: readonly LocalEntry[], remoteDir: string, signal?: AbortSignal): Promise<UploadResult> {
  // Ending the session fails the writes in flight, so a cancelled run does not finish a big file first.
  const onAbort = (): void => { sftp.end(); };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    if (signal?.aborted) throw abortReason(signal);
    await sftpMkdirs(sftp, remoteDir);
    for (const dir of entries.filter((e) => e.type === 'directory')) {
      await sftpMkdirs(sftp, `${remoteDir}/${dir.name}`);
    }
    const files = entries.filter((e) => e.type === 'file');
    await parallel(files, SFTP_PARALLEL_FILES, signal, (file) => new Promise<void>((resolve, reject) => {
      sftp.fastPut(path.join(localDir, file.name), `${remoteDir}/${file.name}`,
        { chunkSize: SFTP_CHUNK, concurrency: SFTP_REQUESTS_PER_FILE, mode: file.mode },
        (err) => (err ? reject(err) : resolve()));
    }));
    for (const link of entries.filter((e) => e.type === 'symlink')) {
      const target = `${remoteDir}/${link.name}`;
      await new Promise<void>((resolve) => sftp.unlink(target, () => resolve()));
      await new Promise<void>((resolve, reject) => sftp.symlink(link.linkname, target, (err) => (err ? reject(err) : resolve())));
    }
    if (signal?.aborted) throw abortReason(signal);
    return { mode: 'sftp', files: files.length, bytes: files.reduce((n, f) => n + f.size, 0) };
  } catch (err) {
    if (signal?.aborted) throw abortReason(signal);
    throw err;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    sftp.end();
  }
}

/** Entries a download may list over SFTP, and the longest local path (Linux's PATH_MAX): a VM cannot make the walk endless. */
const MAX_LISTED_ENTRIES = 500_000;
const MAX_PATH_BYTES = 4096;

export async function sftpDownload(client: Client, remoteDir: string, patterns: readonly string[], tree: SafeTree, signal?: AbortSignal): Promise<DownloadResult> {
  // Globs are expanded by the VM's shell, exactly as in tar mode; SFTP then copies what matched.
  // The SFTP session starts while the shell lists: two process starts on the VM, overlapped.
  const opening = openSftp(client);
  opening.catch(() => undefined); // awaited below; must not count as unhandled meanwhile
  let matches: string[];
  let errText: string;
  try {
    const channel = await openExec(client, shCommand(`cd "$1" || exit 2\nshift\n${listMatchesScript()}`, [remoteDir, ...patterns]));
    const stdout = collectBuffer(channel, MAX_LISTING_BYTES, 'the list of matching paths');
    stdout.catch(() => undefined); // awaited below, after the exit status
    const stderr = collect(channel.stderr);
    const result = await raceAbort(channelDone(channel), signal, channel);
    const listing = await stdout;
    errText = await stderr;
    if (result.code !== 0) throw remoteFailure('listing the artifacts on the VM', result.code, withoutMarkers(errText));
    matches = listing.toString('utf8').split('\0').filter((m) => m !== '').map((m) => checkedName(m, 'the artifact path'));
  } catch (err) {
    opening.then((sftp) => sftp.end(), () => undefined);
    throw err;
  }

  const sftp = await opening;
  const onAbort = (): void => { sftp.end(); };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const files = new Map<string, RemoteFile>();
    const links: { name: string; target: string }[] = [];
    const dirs = new Set<string>();
    let listed = 0;
    // READDIR answers carry each entry's lstat attributes: one round trip per directory, not per file.
    const visit = async (name: string, known?: Attributes): Promise<void> => {
      if (++listed > MAX_LISTED_ENTRIES || Buffer.byteLength(name) > MAX_PATH_BYTES) {
        throw new RemoteTransferError(`the artifacts on the VM list more than ${MAX_LISTED_ENTRIES} entries or a path longer than ${MAX_PATH_BYTES} bytes; archive them on the VM and list the archive in ORKA_ARTIFACTS`);
      }
      const stats = known?.mode !== undefined ? known : await sftpCall<Attributes>((cb) => sftp.lstat(`${remoteDir}/${name}`, cb));
      const type = stats.mode & fsConstants.S_IFMT;
      if (type === fsConstants.S_IFDIR) {
        dirs.add(name);
        const list = await sftpCall<FileEntry[]>((cb) => sftp.readdir(`${remoteDir}/${name}`, cb));
        for (const item of list.sort((a, b) => (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0))) {
          await visit(`${name}/${checkedEntryName(item.filename, name)}`, item.attrs);
        }
      } else if (type === fsConstants.S_IFLNK) {
        links.push({ name, target: await sftpCall<string>((cb) => sftp.readlink(`${remoteDir}/${name}`, cb)) });
      } else if (type === fsConstants.S_IFREG) {
        files.set(name, { name, mode: stats.mode & 0o7777, size: stats.size });
      }
    };
    for (const match of matches) await visit(match);
    for (const dir of dirs) await tree.dir(dir);
    const downloaded = new Map<string, DownloadedFile>();
    // Many files in flight at once, each read with several requests in flight: a small file costs
    // two round trips (open, read) shared with its neighbours, instead of a handful in a row.
    await parallel([...files.values()], SFTP_PARALLEL_DOWNLOADS, signal, async (file) => {
      downloaded.set(file.name, await sftpGetFile(sftp, `${remoteDir}/${file.name}`, tree, file));
    });
    if (signal?.aborted) throw abortReason(signal);
    for (const link of links) await tree.symlink(link.name, link.target);
    await tree.verifyLinks();
    const sorted = [...downloaded.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { mode: 'sftp', files: sorted, missing: missingFrom(errText) };
  } catch (err) {
    if (signal?.aborted) throw abortReason(signal);
    throw err;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    sftp.end();
  }
}

interface RemoteFile {
  readonly name: string;
  readonly mode: number;
  readonly size: number;
}

/** Copies one remote file with pipelined reads, hashing it on the way; the size is the one listed. */
async function sftpGetFile(sftp: SFTPWrapper, remote: string, tree: SafeTree, file: RemoteFile): Promise<DownloadedFile> {
  const handle = await sftpCall<Buffer>((cb) => sftp.open(remote, 'r', cb));
  const hash = createHash('sha256');
  try {
    const readExact = async (into: Buffer, position: number): Promise<Buffer> => {
      let got = 0;
      while (got < into.length) {
        const n = await sftpCall<number>((cb) => sftp.read(handle, into, got, into.length - got, position + got, cb));
        if (n === 0) throw new RemoteTransferError(`${file.name} got shorter while being downloaded`);
        got += n;
      }
      return into;
    };
    if (file.size <= SMALL_FILE) {
      // Small files are read whole into one buffer and written with one call.
      const data = Buffer.allocUnsafe(file.size);
      await pipelined(file.size, (position, length) => readExact(data.subarray(position, position + length), position), (chunk) => { hash.update(chunk); });
      await tree.writeFile(file.name, data, file.mode);
    } else {
      const out = await tree.createFile(file.name, file.mode);
      try {
        let batch: Buffer[] = [];
        let batchBytes = 0;
        let writing: Promise<void> = Promise.resolve();
        let failure: unknown;
        let unwritten = 0;
        // Buffers go back to the reads once written: a fresh 255 KiB buffer per read costs more in
        // garbage collection than the copy into it.
        const spare: Buffer[] = [];
        const flush = (): void => {
          const data = batch;
          const bytes = batchBytes;
          batch = [];
          batchBytes = 0;
          writing = writing.then(() => writeAll(out, data).catch((err: unknown) => {
            throw localError(err, path.join(tree.root, file.name), 'writing');
          })).then(() => {
            unwritten -= bytes;
            for (const b of data) if (b.length === SFTP_CHUNK) spare.push(b);
          });
          // A failed write (a full disk) stops the reads at the next chunk instead of going unobserved.
          writing.catch((err: unknown) => { failure ??= err; });
        };
        const buffer = (length: number): Buffer => (length === SFTP_CHUNK ? spare.pop() : undefined) ?? Buffer.allocUnsafe(length);
        await pipelined(file.size, (position, length) => readExact(buffer(length), position), (chunk) => {
          if (failure !== undefined) throw failure;
          hash.update(chunk);
          batch.push(chunk);
          batchBytes += chunk.length;
          unwritten += chunk.length;
          if (batchBytes >= SMALL_FILE) flush();
          // Reading stops while too much waits for the local disk.
          return unwritten > MAX_PENDING_WRITE_BYTES ? writing : undefined;
        });
        flush();
        await writing;
      } finally {
        await out.close();
      }
    }
  } finally {
    // Nothing waits for the answer: the next file's requests go out behind it.
    try {
      sftp.close(handle, () => undefined);
    } catch {
      // The SFTP channel is already gone (cancelled); so is the handle.
    }
  }
  return { path: file.name, size: file.size, sha256: hash.digest('hex') };
}

/**
 * Reads `size` bytes in SFTP_CHUNK pieces with SFTP_REQUESTS_PER_FILE requests in flight, and hands
 * the pieces to `deliver` in file order; `deliver` may return a promise to hold further reads.
 */
async function pipelined(size: number, read: (position: number, length: number) => Promise<Buffer>, deliver: (chunk: Buffer) => Promise<void> | void): Promise<void> {
  const count = Math.ceil(size / SFTP_CHUNK);
  const inFlight: Promise<Buffer>[] = [];
  let issued = 0;
  const issue = (): void => {
    const position = issued++ * SFTP_CHUNK;
    const request = read(position, Math.min(SFTP_CHUNK, size - position));
    request.catch(() => undefined); // awaited below, in order; a later failure must not go unhandled meanwhile
    inFlight.push(request);
  };
  while (issued < count && issued < SFTP_REQUESTS_PER_FILE) issue();
  for (let i = 0; i < count; i++) {
    const chunk = await inFlight.shift()!;
    if (issued < count) issue();
    await deliver(chunk);
  }
}

/** The VM would not start an SFTP session (no subsystem configured, or its server failed to start) on a connection that is still up. */
export class SftpUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SftpUnavailableError';
  }
}

/**
 * Starts an SFTP session. A refusal while the connection stays up is an SftpUnavailableError (the
 * refused session channel then stays open, idle, until the connection closes: ssh2 does not hand it
 * back); a refusal because the connection went away is a ConnectionLostError.
 */
export function openSftp(client: Client): Promise<SFTPWrapper> {
  return new Promise((resolve, reject) => {
    const failed = (err: Error): void => {
      if (!isConnected(client)) reject(new ConnectionLostError(`the connection closed (${closedReason(client)})`));
      else reject(new SftpUnavailableError(err.message));
    };
    try {
      client.sftp((err, sftp) => (err ? failed(err) : resolve(sftp)));
    } catch {
      // ssh2 throws "Not connected" at once when the socket is already gone.
      reject(new ConnectionLostError(`the connection closed (${closedReason(client) ?? 'not connected'})`));
    }
  });
}

function sftpCall<T>(fn: (cb: (err: Error | undefined | null, value: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => fn((err, value) => (err ? reject(err) : resolve(value))));
}

/** mkdir -p over SFTP: creates each missing level, tolerating ones that exist. */
export async function sftpMkdirs(sftp: SFTPWrapper, dir: string): Promise<void> {
  const parts = dir.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const prefix = parts.slice(0, i).join('/');
    if (prefix === '' || prefix === '.') continue;
    const exists = await new Promise<boolean>((resolve) => sftp.stat(prefix, (err, stats) => resolve(!err && stats.isDirectory())));
    if (!exists) await sftpCall<void>((cb) => sftp.mkdir(prefix, (err) => cb(err, undefined)));
  }
}