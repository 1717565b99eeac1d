// tar streamed over an SSH exec channel, both ways: one stream with no per-file round trips, so
// 2000 small files cost about as much as one big one. Downloads are written through SafeTree.

import { createHash, Hash } from 'node:crypto';
import { createReadStream, promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { Client, ClientChannel } from 'ssh2';
import { checkedName, localError, printable, SafeTree } from './safe-write';
import { channelDone, openExec, shCommand } from './ssh';
import { encodeHeader, END_OF_ARCHIVE, EntrySink, padding, TarEntry, TarParser } from './tar';
import {
  collect, DownloadedFile, DownloadResult, listMatchesScript, LocalEntry, MAX_PENDING_WRITE_BYTES, missingFrom, NO_TAR,
  raceAbort, remoteFailure, RemoteTransferError, SMALL_FILE, UploadResult, withoutMarkers, write, writeAll,
} from './transfer-common';

/**
 * Names of files and links held until the archive ends (links are made last, files are listed in
 * the result): a VM that sends endless members with long names is refused here, not by the heap.
 */
export const MAX_HELD_NAME_BYTES = 16 << 20;
/**
 * Members held until the archive ends, whatever their names: each one costs the runner a few
 * hundred bytes (its result line, its checksum), so a VM that sends endless empty files with short
 * names is refused here too. Far above any real set of artifacts (an .xcarchive holds thousands).
 */
export const MAX_HELD_ENTRIES = 50_000;
/**
 * Writes waiting for the local disk, counted, not weighed: empty files weigh nothing, and a VM
 * sending them faster than the disk creates them would otherwise queue writes without bound.
 */
const MAX_WRITES_IN_FLIGHT = 256;

/** Small files read ahead of the one being sent, so disk reads overlap the network. */
const READ_AHEAD = 16;
const PARSE_QUEUE_HIGH = 64;

export async function tarUpload(client: Client, localDir: string, entries: readonly LocalEntry[], remoteDir: string, signal?: AbortSignal): Promise<UploadResult | undefined> {
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

export async function tarDownload(client: Client, remoteDir: string, patterns: readonly string[], tree: SafeTree, signal?: AbortSignal): Promise<DownloadResult | undefined> {
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
  const extractor = new Extractor(tree);
  const parser = new TarParser((entry) => extractor.entry(entry));
  const feed = new ParserFeed(parser, channel);
  try {
    const result = await raceAbort(done, signal, channel);
    const parseError = await feed.drained();
    // A refused member closed the channel: that, not the closing, is what happened.
    if (parseError !== undefined) throw parseError;
    if (result.code === NO_TAR) return undefined;
    const errText = await stderr;
    if (result.code !== 0) throw remoteFailure('packing the artifacts on the VM', result.code, withoutMarkers(errText));
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

  /** The first error stops the VM's side too: nothing more of a refused archive is read. */
  private fail(err: unknown): void {
    if (this.error !== undefined) return;
    this.error = err;
    this.channel.close();
  }

  private drain(): void {
    while (this.queue.length > 0) {
      const chunk = this.queue.shift()!;
      if (this.error !== undefined) continue;
      let pending: Promise<void> | undefined;
      try {
        pending = this.parser.push(chunk);
      } catch (err) {
        this.fail(err);
        continue;
      }
      if (pending !== undefined) {
        this.busy = true;
        pending.catch((err) => { this.fail(err); }).finally(() => {
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
 * Writes archive members through a SafeTree. Small files are written whole and in parallel, big
 * ones in 1 MiB batches, while the next members keep arriving; links are made last, so no file is
 * ever written through a symlink that came from the archive, and every link is checked once all exist.
 */
class Extractor {
  private readonly writes = new Set<Promise<void>>();
  private pendingBytes = 0;
  private failure: unknown;
  private readonly files = new Map<string, DownloadedFile>();
  private readonly links: TarEntry[] = [];
  private heldNameBytes = 0;
  private heldEntries = 0;
  /** Big files being written, to close if the download breaks off mid-file. */
  private readonly open = new Set<fsp.FileHandle>();
  /** The last write started per path: two patterns matching one file put it in the archive twice. */
  private readonly lastWrite = new Map<string, Promise<unknown>>();

  constructor(private readonly tree: SafeTree) {}

  /** Runs `write` once the previous write of the same path has settled, so they never race. */
  private inTurn(name: string, write: () => Promise<void>): Promise<void> {
    const previous = this.lastWrite.get(name);
    const next = previous === undefined ? write() : previous.then(write, write);
    // Forgotten once settled (unless a later write took its place): the map holds only writes in flight.
    const settled: Promise<unknown> = next.catch(() => undefined).then(() => {
      if (this.lastWrite.get(name) === settled) this.lastWrite.delete(name);
    });
    this.lastWrite.set(name, settled);
    return next;
  }

  entry(entry: TarEntry): Promise<EntrySink | undefined> | EntrySink | undefined {
    if (this.failure !== undefined) throw this.failure;
    this.heldNameBytes += entry.name.length + entry.linkname.length;
    if (this.heldNameBytes > MAX_HELD_NAME_BYTES) {
      throw new RemoteTransferError(`the archive from the VM names more files and links than the runner holds (${MAX_HELD_NAME_BYTES >> 20} MiB of names); copy fewer artifacts, or pack them into one archive on the VM`);
    }
    if (++this.heldEntries > MAX_HELD_ENTRIES) {
      throw new RemoteTransferError(`the archive from the VM holds more than ${MAX_HELD_ENTRIES} files, directories and links, more than the runner keeps track of; copy fewer artifacts, or pack them into one archive on the VM`);
    }
    switch (entry.type) {
      case 'directory':
        // Not awaited (files below chain their writes on this mkdir), unless too many writes wait.
        return this.track(0, this.tree.dir(entry.name).then(() => undefined))?.then(() => undefined);
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
    await this.tree.verifyLinks();
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
        const data = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
        return this.track(data.length, this.inTurn(entry.name, () => this.tree.writeFile(entry.name, data, entry.mode)));
      },
    };
  }

  private async bigFile(entry: TarEntry): Promise<EntrySink> {
    let handle!: fsp.FileHandle;
    await this.inTurn(entry.name, async () => { handle = await this.tree.createFile(entry.name, entry.mode); });
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
      writing = writing.then(() => writeAll(handle, data)).catch((err: unknown) => {
        throw localError(err, path.join(this.tree.root, entry.name), 'writing');
      });
      return this.track(bytes, writing);
    };
    return {
      write: (chunk) => {
        // A failed write (a full disk) ends the download here: the stream itself may never end.
        if (this.failure !== undefined) throw this.failure;
        hash.update(chunk);
        batch.push(chunk);
        batchBytes += chunk.length;
        return batchBytes >= SMALL_FILE ? flush() : undefined;
      },
      end: () => {
        this.record(entry, hash);
        const pending = flush();
        const closing = writing.finally(() => {
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
    if (this.pendingBytes <= MAX_PENDING_WRITE_BYTES && this.writes.size <= MAX_WRITES_IN_FLIGHT) return undefined;
    return Promise.race(this.writes).then(() => {
      if (this.failure !== undefined) throw this.failure;
    });
  }

  private record(entry: TarEntry, hash: Hash): void {
    this.files.set(entry.name, { path: entry.name, size: entry.size, sha256: hash.digest('hex') });
  }

  private async makeLink(entry: TarEntry): Promise<void> {
    if (entry.type === 'symlink') {
      await this.tree.symlink(entry.name, entry.linkname);
      return;
    }
    const linkname = checkedName(entry.linkname, 'the hard link target');
    const source = this.files.get(linkname);
    // GNU tar stores a file listed twice as a hard link to itself the second time: it is there already.
    if (linkname === entry.name && source !== undefined) return;
    if (source === undefined) throw new RemoteTransferError(`the archive hard-links ${printable(entry.name)} to ${printable(linkname)}, which it does not contain`);
    await this.tree.hardlink(entry.name, linkname);
    this.files.set(entry.name, { ...source, path: entry.name });
  }
}
