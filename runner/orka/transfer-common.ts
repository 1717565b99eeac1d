// What the tar and SFTP transfers share: result types, the local tree walk, the remote listing
// script, and helpers for exec channels. Everything read from the VM into memory here is capped: a
// hostile or broken VM can make a channel talk forever.

import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { ClientChannel } from 'ssh2';
import { abortReason } from './errors';
import { ConnectionLostError } from './ssh';

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
export const NO_TAR = 127;
/** Files up to this size are read and written whole; bigger ones are streamed. */
export const SMALL_FILE = 1 << 20;
/**
 * Downloaded bytes allowed to wait for the local disk before reading pauses. Small on purpose:
 * received buffers that wait longer outlive V8's young generation, and at 64 MiB a 200 MB download
 * ran ~8 full garbage collections and twice the CPU (loopback: ~280 → ~430 MB/s at 4 MiB).
 */
export const MAX_PENDING_WRITE_BYTES = 4 << 20;
const MISSING_MARKER = 'orka-runner-missing ';
/** Stderr of a transfer command kept for messages: its end, where the reason is. */
const MAX_STDERR_BYTES = 64 << 10;
/** The NUL-separated list of matched paths: 16 MiB is a few hundred thousand paths. */
export const MAX_LISTING_BYTES = 16 << 20;

// ---------------------------------------------------------------- local tree

export interface LocalEntry {
  readonly name: string;
  readonly type: 'file' | 'directory' | 'symlink';
  readonly size: number;
  readonly mode: number;
  readonly mtime: number;
  readonly linkname: string;
}

/** Every entry under `root`, parents before children, names sorted so archives are reproducible. */
export async function walk(root: string): Promise<LocalEntry[]> {
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


/**
 * Shell that prints every path the patterns ($@) match, NUL-terminated, and a marker line on
 * stderr for each pattern that matches nothing. IFS is a newline so a pattern with spaces stays one
 * word while its glob characters still expand.
 */
export function listMatchesScript(pipeTo = ''): string {
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

export function missingFrom(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l.startsWith(MISSING_MARKER)).map((l) => l.slice(MISSING_MARKER.length));
}

export function withoutMarkers(stderr: string): string {
  return stderr.split('\n').filter((l) => !l.startsWith(MISSING_MARKER)).join('\n');
}

/** Writes every buffer, resuming after short writes. */
export async function writeAll(handle: fsp.FileHandle, buffers: Buffer[]): Promise<void> {
  let rest = buffers;
  while (rest.length > 0) {
    let { bytesWritten } = await handle.writev(rest);
    // A short write leaves a tail: drop what was written and retry the remainder.
    let i = 0;
    while (i < rest.length && bytesWritten >= rest[i].length) bytesWritten -= rest[i++].length;
    rest = i < rest.length ? [rest[i].subarray(bytesWritten), ...rest.slice(i + 1)] : [];
  }
}

export async function parallel<T>(items: readonly T[], limit: number, signal: AbortSignal | undefined, fn: (item: T) => Promise<void>): Promise<void> {
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
export function write(channel: ClientChannel, data: Buffer, closed: Promise<void>): Promise<void> | undefined {
  if (data.length === 0 || channel.write(data)) return undefined;
  return Promise.race([new Promise<void>((resolve) => channel.once('drain', resolve)), closed]);
}

/** A channel's stderr as text, keeping only its last MAX_STDERR_BYTES: a chatty VM cannot fill memory. */
export function collect(stream: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve) => {
    let chunks: Buffer[] = [];
    let bytes = 0;
    stream.on('data', (c: Buffer) => {
      chunks.push(c);
      bytes += c.length;
      if (bytes > 2 * MAX_STDERR_BYTES) {
        const tail = Buffer.concat(chunks).subarray(-MAX_STDERR_BYTES);
        chunks = [tail];
        bytes = tail.length;
      }
    });
    const done = (): void => resolve(Buffer.concat(chunks).subarray(-MAX_STDERR_BYTES).toString('utf8'));
    stream.on('end', done);
    stream.on('close', done);
  });
}

/** A channel's whole output, refused beyond `limit` bytes (the channel is closed then). */
export function collectBuffer(channel: ClientChannel, limit: number, what: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    channel.on('data', (c: Buffer) => {
      bytes += c.length;
      if (bytes > limit) {
        channel.close();
        reject(new RemoteTransferError(`${what} from the VM went over ${limit >> 20} MiB; list fewer files in ORKA_ARTIFACTS (archive a directory on the VM first)`));
        return;
      }
      chunks.push(c);
    });
    channel.on('end', () => resolve(Buffer.concat(chunks)));
    channel.on('close', () => resolve(Buffer.concat(chunks)));
  });
}

/** Closes the channel if the run is cancelled, so a transfer never outlives a SIGTERM. */
export async function raceAbort<T>(work: Promise<T>, signal: AbortSignal | undefined, channel: ClientChannel): Promise<T> {
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

export async function settle(done: Promise<{ code: number | null }>, stderr: Promise<string>, doing: string, signal: AbortSignal | undefined, channel: ClientChannel): Promise<void> {
  const result = await raceAbort(done, signal, channel);
  if (result.code !== 0) throw remoteFailure(doing, result.code, await stderr);
}

export function remoteFailure(doing: string, code: number | null, stderr: string): Error {
  if (code === null) return new ConnectionLostError(`the connection closed while ${doing}`);
  const detail = stderr.trim().split('\n').slice(-3).join(' / ');
  return new RemoteTransferError(`${doing} failed with exit code ${code}${detail ? `: ${detail}` : ''}`);
}

