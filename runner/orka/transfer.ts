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
// measured slower (sshd then buffers more), so ssh2's default stays. Measured by
// `BENCH_ONLY=4 npm run bench`.

import { createHash, Hash } from 'node:crypto';
import { constants as fsConstants, createReadStream, promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { Attributes, Client, ClientChannel, FileEntry, SFTPWrapper } from 'ssh2';
import { TransferMode } from './contract';
import { abortReason } from './errors';
import { channelDone, closedReason, ConnectionLostError, isConnected, openExec, shCommand } from './ssh';
import { encodeHeader, END_OF_ARCHIVE, EntrySink, padding, TarEntry, TarParser } from './tar';

export interface TransferOptions {
  /**
   * `auto` (default) uploads over SFTP, falling back to tar when the VM offers no SFTP subsystem,
   * and downloads with tar, falling back to SFTP when the VM has no tar. `tar` and `sftp` force one.
   */
  readonly mode?: TransferMode;
  readonly signal?: AbortSignal;
}

export interface UploadResult {
  readonly mode: 'tar' | 'sftp';
  readonly files: number;
  readonly bytes: number;
}

export interface DownloadedFile {
  /** Relative to the local target directory, `/`-separated. */
  readonly path: string;
  readonly size: number;
  readonly sha256: string;
}

export interface DownloadResult {
  readonly mode: 'tar' | 'sftp';
  /** Regular files written (symlinks and directories are recreated but not listed), sorted by path. */
  readonly files: readonly DownloadedFile[];
  /** Patterns that matched nothing on the VM. */
  readonly missing: readonly string[];
}

/** A failure on the VM's side of a transfer (its tar, its file system), as opposed to a lost connection. */
export class RemoteTransferError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RemoteTransferError';
  }
}

/** Exit status the remote scripts use to say "tar is not installed", as a shell does for a missing command. */
const NO_TAR = 127;
/** Files up to this size are read and written whole; bigger ones are streamed. */
const SMALL_FILE = 1 << 20;
/** Small files read ahead of the one being sent, so disk reads overlap the network. */
const READ_AHEAD = 16;
/**
 * Downloaded bytes allowed to wait for the local disk before reading pauses. Small on purpose:
 * received buffers that wait longer outlive V8's young generation, and at 64 MiB a 200 MB download
 * ran ~8 full garbage collections and twice the CPU (loopback: ~280 → ~430 MB/s at 4 MiB).
 */
const MAX_PENDING_WRITE_BYTES = 4 << 20;
const SFTP_PARALLEL_FILES = 8;
/** Files downloaded at once over SFTP: a small file is two round trips (open, read), so many overlap. */
const SFTP_PARALLEL_DOWNLOADS = 32;
const SFTP_CHUNK = 255 * 1024;
const SFTP_REQUESTS_PER_FILE = 16;
const MISSING_MARKER = 'orka-runner-missing ';
const PARSE_QUEUE_HIGH = 64;

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
  if (options.mode !== 'sftp') {
    const result = await tarDownload(client, remoteDir, patterns, localDir, options.signal);
    if (result !== undefined) return result;
    if (options.mode === 'tar') throw new RemoteTransferError('the VM has no tar command; set ORKA_TRANSFER=sftp or auto');
    try {
      return await sftpDownload(client, remoteDir, patterns, localDir, options.signal);
    } catch (err) {
      if (err instanceof SftpUnavailableError) throw new RemoteTransferError(`the VM offers neither a tar command nor SFTP (${err.message})`);
      throw err;
    }
  }
  return sftpDownload(client, remoteDir, patterns, localDir, options.signal);
}

// ---------------------------------------------------------------- local tree

interface LocalEntry {
  readonly name: string;
  readonly type: 'file' | 'directory' | 'symlink';
  readonly size: number;
  readonly mode: number;
  readonly mtime: number;
  readonly linkname: string;
}

/** Every entry under `root`, parents before children, names sorted so archives are reproducible. */
async function walk(root: string): Promise<LocalEntry[]> {
  const result: LocalEntry[] = [];
  const visit = async (relative: string): Promise<void> => {
    const names = (await fsp.readdir(path.join(root, relative))).sort();
    const stats = await Promise.all(names.map((n) => fsp.lstat(path.join(root, relative, n))));
    for (let i = 0; i < names.length; i++) {
      const name = relative === '' ? names[i] : `${relative}/${names[i]}`;
      const stat = stats[i];
      const base = { name, size: 0, mode: stat.mode & 0o7777, mtime: Math.floor(stat.mtimeMs / 1000), linkname: '' };
      if (stat.isDirectory()) {
        result.push({ ...base, type: 'directory' });
        await visit(name);
      } else if (stat.isFile()) {
        result.push({ ...base, type: 'file', size: stat.size });
      } else if (stat.isSymbolicLink()) {
        result.push({ ...base, type: 'symlink', linkname: await fsp.readlink(path.join(root, name)) });
      }
      // Sockets, FIFOs and devices have no meaning on another machine; they are skipped.
    }
  };
  await visit('');
  return result;
}

// ---------------------------------------------------------------- tar over exec

async function tarUpload(client: Client, localDir: string, entries: readonly LocalEntry[], remoteDir: string, signal?: AbortSignal): Promise<UploadResult | undefined> {
  const script = `command -v tar >/dev/null 2>&1 || exit ${NO_TAR}; mkdir -p "$1" && cd "$1" && exec tar -xf -`;
  const channel = await openExec(client, shCommand(script, [remoteDir]));
  const stderr = collect(channel.stderr);
  const done = channelDone(channel);
  // The channel only reports its exit once its (empty) output has been read to the end.
  channel.resume();
  // If the remote side gives up early, stop writing instead of waiting for a drain that never comes.
  let closed = false;
  const closedEarly = done.then(() => { closed = true; });
  const files = entries.filter((e) => e.type === 'file');
  const readers = new ReadAhead(localDir, files);
  let bytes = 0;
  let writeError: unknown;
  try {
    for (const entry of entries) {
      if (closed) break;
      await write(channel, encodeHeader(entry), closedEarly);
      if (entry.type !== 'file') continue;
      const data = readers.take(entry);
      if (data instanceof Promise) {
        const buffer = await data;
        checkSize(entry, buffer.length);
        await write(channel, buffer, closedEarly);
      } else {
        let sent = 0;
        for await (const chunk of createReadStream(path.join(localDir, entry.name), { highWaterMark: SMALL_FILE })) {
          sent += (chunk as Buffer).length;
          if (sent > entry.size) break;
          await write(channel, chunk as Buffer, closedEarly);
        }
        checkSize(entry, sent);
      }
      await write(channel, padding(entry.size), closedEarly);
      bytes += entry.size;
    }
    if (!closed) await write(channel, END_OF_ARCHIVE, closedEarly);
  } catch (err) {
    writeError = err;
  } finally {
    readers.cancel();
    channel.end();
  }
  const result = await raceAbort(done, signal, channel);
  if (result.code === NO_TAR) return undefined;
  if (writeError instanceof RemoteTransferError || (writeError !== undefined && result.code === 0)) throw writeError;
  if (result.code !== 0) throw remoteFailure('unpacking the workspace on the VM', result.code, await stderr);
  if (writeError !== undefined) throw writeError;
  return { mode: 'tar', files: files.length, bytes };
}

function checkSize(entry: LocalEntry, actual: number): void {
  if (actual !== entry.size) {
    throw new RemoteTransferError(`${entry.name} changed size while being uploaded (${entry.size} → ${actual} bytes); nothing may write to the workspace during the upload`);
  }
}

/** Reads the next few small files while earlier ones are being sent. */
class ReadAhead {
  private readonly pending = new Map<string, Promise<Buffer>>();
  private next = 0;

  constructor(
    private readonly root: string,
    private readonly files: readonly LocalEntry[],
  ) {}

  /** The whole content of a small file (as a promise), or undefined for a big one that must be streamed. */
  take(entry: LocalEntry): Promise<Buffer> | undefined {
    this.fill(entry);
    const data = this.pending.get(entry.name);
    this.pending.delete(entry.name);
    return data;
  }

  cancel(): void {
    // Swallow read errors of files that will never be sent.
    for (const p of this.pending.values()) p.catch(() => undefined);
    this.pending.clear();
  }

  private fill(current: LocalEntry): void {
    while (this.next < this.files.length) {
      const entry = this.files[this.next];
      if (entry !== current && this.pending.size >= READ_AHEAD) break;
      this.next++;
      if (entry.size <= SMALL_FILE) this.pending.set(entry.name, fsp.readFile(path.join(this.root, entry.name)));
      if (entry === current) break;
    }
  }
}

async function tarDownload(client: Client, remoteDir: string, patterns: readonly string[], localDir: string, signal?: AbortSignal): Promise<DownloadResult | undefined> {
  // COPYFILE_DISABLE stops macOS tar from adding ._ AppleDouble files for extended attributes.
  const script = [
    `command -v tar >/dev/null 2>&1 || exit ${NO_TAR}`,
    'export COPYFILE_DISABLE=1',
    'cd "$1" || exit 2',
    'shift',
    listMatchesScript(' | tar -c -b 256 -f - --null -T -'),
  ].join('\n');
  const channel = await openExec(client, shCommand(script, [remoteDir, ...patterns]));
  const stderr = collect(channel.stderr);
  const done = channelDone(channel);
  const extractor = new Extractor(localDir);
  const parser = new TarParser((entry) => extractor.entry(entry));
  const feed = new ParserFeed(parser, channel);
  try {
    const result = await raceAbort(done, signal, channel);
    const parseError = await feed.drained();
    if (result.code === NO_TAR) return undefined;
    const errText = await stderr;
    if (result.code !== 0) throw remoteFailure('packing the artifacts on the VM', result.code, withoutMarkers(errText));
    if (parseError !== undefined) throw parseError;
    parser.end();
    const files = await extractor.finish();
    return { mode: 'tar', files, missing: missingFrom(errText) };
  } catch (err) {
    await extractor.abort();
    throw err;
  }
}

/**
 * Hands channel data to the parser strictly in order, synchronously while the parser keeps up, and
 * pauses the channel only when too many chunks wait behind a slow disk.
 */
class ParserFeed {
  private readonly queue: Buffer[] = [];
  private busy = false;
  private error: unknown;
  private onIdle: (() => void) | undefined;

  constructor(
    private readonly parser: TarParser,
    private readonly channel: ClientChannel,
  ) {
    channel.on('data', (chunk: Buffer) => {
      this.queue.push(chunk);
      if (!this.busy) this.drain();
      else if (this.queue.length > PARSE_QUEUE_HIGH) channel.pause();
    });
  }

  /** Resolves once every received chunk is parsed, with the first parse error if any. */
  drained(): Promise<unknown> {
    if (!this.busy) return Promise.resolve(this.error);
    return new Promise((resolve) => { this.onIdle = () => resolve(this.error); });
  }

  private drain(): void {
    while (this.queue.length > 0) {
      const chunk = this.queue.shift()!;
      if (this.error !== undefined) continue;
      let pending: Promise<void> | undefined;
      try {
        pending = this.parser.push(chunk);
      } catch (err) {
        this.error = err;
        continue;
      }
      if (pending !== undefined) {
        this.busy = true;
        pending.catch((err) => { this.error ??= err; }).finally(() => {
          this.busy = false;
          this.drain();
        });
        return;
      }
    }
    this.channel.resume();
    this.onIdle?.();
    this.onIdle = undefined;
  }
}

/**
 * Shell that prints every path the patterns ($@) match, NUL-terminated, and a marker line on
 * stderr for each pattern that matches nothing. IFS is a newline so a pattern with spaces stays one
 * word while its glob characters still expand.
 */
function listMatchesScript(pipeTo = ''): string {
  return [
    "IFS='",
    "'",
    'for p in "$@"; do',
    '  found=',
    '  for m in $p; do',
    '    if [ -e "$m" ] || [ -L "$m" ]; then printf \'%s\\0\' "$m"; found=1; fi',
    '  done',
    `  [ -n "$found" ] || printf '${MISSING_MARKER}%s\\n' "$p" >&2`,
    `done${pipeTo}`,
  ].join('\n');
}

function missingFrom(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l.startsWith(MISSING_MARKER)).map((l) => l.slice(MISSING_MARKER.length));
}

function withoutMarkers(stderr: string): string {
  return stderr.split('\n').filter((l) => !l.startsWith(MISSING_MARKER)).join('\n');
}

/**
 * Writes archive members into a directory. Small files are written whole and in parallel, big ones
 * in 1 MiB batches, while the next members keep arriving; links are made last, so no file is ever
 * written through a symlink that came from the archive.
 */
class Extractor {
  private readonly dirs = new Map<string, Promise<void>>();
  private readonly writes = new Set<Promise<void>>();
  private pendingBytes = 0;
  private failure: unknown;
  private readonly files = new Map<string, DownloadedFile>();
  private readonly links: TarEntry[] = [];
  /** Big files being written, to close if the download breaks off mid-file. */
  private readonly open = new Set<fsp.FileHandle>();

  constructor(private readonly root: string) {}

  entry(entry: TarEntry): Promise<EntrySink> | EntrySink | undefined {
    if (this.failure !== undefined) throw this.failure;
    switch (entry.type) {
      case 'directory':
        // Not awaited: files below chain their writes on this mkdir.
        this.track(0, this.ensureDir(entry.name));
        return undefined;
      case 'symlink':
      case 'hardlink':
        this.links.push(entry);
        return undefined;
      case 'file':
        return entry.size <= SMALL_FILE ? this.smallFile(entry) : this.bigFile(entry);
      default:
        return undefined;
    }
  }

  /** Lets in-flight writes settle and closes open files, so a retry starts from a quiet directory. */
  async abort(): Promise<void> {
    await Promise.allSettled([...this.writes]);
    await Promise.allSettled([...this.open].map((handle) => handle.close()));
    this.open.clear();
  }

  async finish(): Promise<DownloadedFile[]> {
    await Promise.all(this.writes);
    if (this.failure !== undefined) throw this.failure;
    for (const link of this.links) await this.makeLink(link);
    return [...this.files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  private smallFile(entry: TarEntry): EntrySink {
    const hash = createHash('sha256');
    const chunks: Buffer[] = [];
    return {
      write: (chunk) => {
        hash.update(chunk);
        chunks.push(chunk);
        return undefined;
      },
      end: () => {
        this.record(entry, hash);
        const target = this.localPath(entry.name);
        const data = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
        return this.track(data.length, this.ensureDir(path.posix.dirname(entry.name))
          .then(() => replaceFile(target, data, entry.mode)));
      },
    };
  }

  private async bigFile(entry: TarEntry): Promise<EntrySink> {
    await this.ensureDir(path.posix.dirname(entry.name));
    const target = this.localPath(entry.name);
    await removeIfSymlink(target);
    const handle = await fsp.open(target, 'w', entry.mode & 0o777);
    this.open.add(handle);
    const hash = createHash('sha256');
    let batch: Buffer[] = [];
    let batchBytes = 0;
    let writing: Promise<void> = Promise.resolve();
    const flush = (): Promise<void> | undefined => {
      const data = batch;
      const bytes = batchBytes;
      batch = [];
      batchBytes = 0;
      // writev hands the received packets to the kernel as they are: no copy into one buffer.
      writing = writing.then(() => writeAll(handle, data));
      return this.track(bytes, writing);
    };
    return {
      write: (chunk) => {
        hash.update(chunk);
        batch.push(chunk);
        batchBytes += chunk.length;
        return batchBytes >= SMALL_FILE ? flush() : undefined;
      },
      end: () => {
        this.record(entry, hash);
        const pending = flush();
        const closing = writing.then(() => handle.chmod(entry.mode & 0o7777)).finally(() => {
          this.open.delete(handle);
          return handle.close();
        });
        this.track(0, closing);
        return pending;
      },
    };
  }

  /** Counts a write in flight; returns a promise to wait on only when too much is waiting for the disk. */
  private track(bytes: number, write: Promise<void>): Promise<void> | undefined {
    this.pendingBytes += bytes;
    const tracked = write.then(
      () => { this.pendingBytes -= bytes; },
      (err) => { this.pendingBytes -= bytes; this.failure ??= err; },
    ).finally(() => this.writes.delete(tracked));
    this.writes.add(tracked);
    if (this.pendingBytes <= MAX_PENDING_WRITE_BYTES) return undefined;
    return Promise.race(this.writes).then(() => {
      if (this.failure !== undefined) throw this.failure;
    });
  }

  private record(entry: TarEntry, hash: Hash): void {
    this.files.set(entry.name, { path: entry.name, size: entry.size, sha256: hash.digest('hex') });
  }

  private ensureDir(relative: string): Promise<void> {
    if (relative === '.' || relative === '') return Promise.resolve();
    let made = this.dirs.get(relative);
    if (made === undefined) {
      made = fsp.mkdir(this.localPath(relative), { recursive: true }).then(() => undefined);
      this.dirs.set(relative, made);
    }
    return made;
  }

  private async makeLink(entry: TarEntry): Promise<void> {
    await this.ensureDir(path.posix.dirname(entry.name));
    const target = this.localPath(entry.name);
    await fsp.rm(target, { force: true });
    if (entry.type === 'symlink') {
      await fsp.symlink(entry.linkname, target);
      return;
    }
    const source = this.files.get(entry.linkname);
    if (source === undefined) throw new RemoteTransferError(`the archive hard-links ${entry.name} to ${entry.linkname}, which it does not contain`);
    await fsp.link(this.localPath(entry.linkname), target);
    this.files.set(entry.name, { ...source, path: entry.name });
  }

  private localPath(relative: string): string {
    return path.join(this.root, ...relative.split('/'));
  }
}

async function writeAll(handle: fsp.FileHandle, buffers: Buffer[]): Promise<void> {
  let rest = buffers;
  while (rest.length > 0) {
    let { bytesWritten } = await handle.writev(rest);
    // A short write leaves a tail: drop what was written and retry the remainder.
    let i = 0;
    while (i < rest.length && bytesWritten >= rest[i].length) bytesWritten -= rest[i++].length;
    rest = i < rest.length ? [rest[i].subarray(bytesWritten), ...rest.slice(i + 1)] : [];
  }
}

/** Writes a whole file, replacing (not following) a symlink that may sit at that path. */
async function replaceFile(target: string, data: Buffer, mode: number): Promise<void> {
  await removeIfSymlink(target);
  await fsp.writeFile(target, data, { mode: mode & 0o777 });
  await fsp.chmod(target, mode & 0o7777);
}

async function removeIfSymlink(target: string): Promise<void> {
  try {
    if ((await fsp.lstat(target)).isSymbolicLink()) await fsp.unlink(target);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}

// ---------------------------------------------------------------- SFTP

async function sftpUpload(sftp: SFTPWrapper, localDir: string, entries: readonly LocalEntry[], remoteDir: string, signal?: AbortSignal): Promise<UploadResult> {
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

async function sftpDownload(client: Client, remoteDir: string, patterns: readonly string[], localDir: string, signal?: AbortSignal): Promise<DownloadResult> {
  // Globs are expanded by the VM's shell, exactly as in tar mode; SFTP then copies what matched.
  // The SFTP session starts while the shell lists: two process starts on the VM, overlapped.
  const opening = openSftp(client);
  opening.catch(() => undefined); // awaited below; must not count as unhandled meanwhile
  let matches: string[];
  let errText: string;
  try {
    const channel = await openExec(client, shCommand(`cd "$1" || exit 2\nshift\n${listMatchesScript()}`, [remoteDir, ...patterns]));
    const stdout = collectBuffer(channel);
    const stderr = collect(channel.stderr);
    const result = await raceAbort(channelDone(channel), signal, channel);
    errText = await stderr;
    if (result.code !== 0) throw remoteFailure('listing the artifacts on the VM', result.code, withoutMarkers(errText));
    matches = (await stdout).toString('utf8').split('\0').filter((m) => m !== '').map((m) => m.replace(/^(\.\/)+/, ''));
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
    // READDIR answers carry each entry's lstat attributes: one round trip per directory, not per file.
    const visit = async (name: string, known?: Attributes): Promise<void> => {
      const stats = known?.mode !== undefined ? known : await sftpCall<Attributes>((cb) => sftp.lstat(`${remoteDir}/${name}`, cb));
      const type = stats.mode & fsConstants.S_IFMT;
      if (type === fsConstants.S_IFDIR) {
        dirs.add(name);
        const list = await sftpCall<FileEntry[]>((cb) => sftp.readdir(`${remoteDir}/${name}`, cb));
        for (const item of list.sort((a, b) => (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0))) {
          await visit(`${name}/${item.filename}`, item.attrs);
        }
      } else if (type === fsConstants.S_IFLNK) {
        links.push({ name, target: await sftpCall<string>((cb) => sftp.readlink(`${remoteDir}/${name}`, cb)) });
      } else if (type === fsConstants.S_IFREG) {
        files.set(name, { name, mode: stats.mode & 0o7777, size: stats.size });
      }
    };
    for (const match of matches) await visit(match);
    const localDirs = new Map<string, Promise<unknown>>();
    const ensureDir = (dir: string): Promise<unknown> => {
      let made = localDirs.get(dir);
      if (made === undefined) localDirs.set(dir, made = fsp.mkdir(dir, { recursive: true }));
      return made;
    };
    for (const dir of dirs) await ensureDir(path.join(localDir, dir));
    const downloaded = new Map<string, DownloadedFile>();
    // Many files in flight at once, each read with several requests in flight: a small file costs
    // two round trips (open, read) shared with its neighbours, instead of a handful in a row.
    await parallel([...files.values()], SFTP_PARALLEL_DOWNLOADS, signal, async (file) => {
      const local = path.join(localDir, ...file.name.split('/'));
      await ensureDir(path.dirname(local));
      downloaded.set(file.name, await sftpGetFile(sftp, `${remoteDir}/${file.name}`, local, file));
    });
    if (signal?.aborted) throw abortReason(signal);
    for (const link of links) {
      const local = path.join(localDir, link.name);
      await ensureDir(path.dirname(local));
      await fsp.rm(local, { force: true });
      await fsp.symlink(link.target, local);
    }
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
async function sftpGetFile(sftp: SFTPWrapper, remote: string, local: string, file: RemoteFile): Promise<DownloadedFile> {
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
    await removeIfSymlink(local);
    if (file.size <= SMALL_FILE) {
      // Small files are read whole into one buffer and written with one call.
      const data = Buffer.allocUnsafe(file.size);
      await pipelined(file.size, (position, length) => readExact(data.subarray(position, position + length), position), (chunk) => { hash.update(chunk); });
      await fsp.writeFile(local, data, { mode: file.mode & 0o777 });
      await fsp.chmod(local, file.mode);
    } else {
      const out = await fsp.open(local, 'w', file.mode & 0o777);
      try {
        let batch: Buffer[] = [];
        let batchBytes = 0;
        let writing: Promise<void> = Promise.resolve();
        let unwritten = 0;
        // Buffers go back to the reads once written: a fresh 255 KiB buffer per read costs more in
        // garbage collection than the copy into it.
        const spare: Buffer[] = [];
        const flush = (): void => {
          const data = batch;
          const bytes = batchBytes;
          batch = [];
          batchBytes = 0;
          writing = writing.then(() => writeAll(out, data)).then(() => {
            unwritten -= bytes;
            for (const b of data) if (b.length === SFTP_CHUNK) spare.push(b);
          });
        };
        const buffer = (length: number): Buffer => (length === SFTP_CHUNK ? spare.pop() : undefined) ?? Buffer.allocUnsafe(length);
        await pipelined(file.size, (position, length) => readExact(buffer(length), position), (chunk) => {
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
        await out.chmod(file.mode);
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
class SftpUnavailableError extends Error {
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
function openSftp(client: Client): Promise<SFTPWrapper> {
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
async function sftpMkdirs(sftp: SFTPWrapper, dir: string): Promise<void> {
  const parts = dir.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const prefix = parts.slice(0, i).join('/');
    if (prefix === '' || prefix === '.') continue;
    const exists = await new Promise<boolean>((resolve) => sftp.stat(prefix, (err, stats) => resolve(!err && stats.isDirectory())));
    if (!exists) await sftpCall<void>((cb) => sftp.mkdir(prefix, (err) => cb(err, undefined)));
  }
}

// ---------------------------------------------------------------- helpers

async function parallel<T>(items: readonly T[], limit: number, signal: AbortSignal | undefined, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      if (signal?.aborted) throw abortReason(signal);
      await fn(items[next++]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Writes with backpressure; stops waiting if the channel closes first. */
function write(channel: ClientChannel, data: Buffer, closed: Promise<void>): Promise<void> | undefined {
  if (data.length === 0 || channel.write(data)) return undefined;
  return Promise.race([new Promise<void>((resolve) => channel.once('drain', resolve)), closed]);
}

function collect(stream: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    stream.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

function collectBuffer(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('close', () => resolve(Buffer.concat(chunks)));
  });
}

/** Closes the channel if the run is cancelled, so a transfer never outlives a SIGTERM. */
async function raceAbort<T>(work: Promise<T>, signal: AbortSignal | undefined, channel: ClientChannel): Promise<T> {
  if (signal === undefined) return work;
  const onAbort = (): void => { channel.close(); };
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    const result = await work;
    if (signal.aborted) throw abortReason(signal);
    return result;
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

async function settle(done: Promise<{ code: number | null }>, stderr: Promise<string>, doing: string, signal: AbortSignal | undefined, channel: ClientChannel): Promise<void> {
  const result = await raceAbort(done, signal, channel);
  if (result.code !== 0) throw remoteFailure(doing, result.code, await stderr);
}

function remoteFailure(doing: string, code: number | null, stderr: string): Error {
  if (code === null) return new ConnectionLostError(`the connection closed while ${doing}`);
  const detail = stderr.trim().split('\n').slice(-3).join(' / ');
  return new RemoteTransferError(`${doing} failed with exit code ${code}${detail ? `: ${detail}` : ''}`);
}

