// A minimal tar codec for streaming files over one SSH exec channel. Writes ustar with pax
// extended headers for long names and big sizes (GNU tar and macOS bsdtar both read that). Reads
// ustar, pax and GNU long-name archives, which is what either tar writes by default.

const BLOCK = 512;
export const END_OF_ARCHIVE: Buffer = Buffer.alloc(2 * BLOCK);

export type EntryType = 'file' | 'directory' | 'symlink' | 'hardlink' | 'other';

export interface TarEntry {
  /** Relative path with `/` separators, no leading `./` and no trailing `/`. */
  readonly name: string;
  readonly type: EntryType;
  readonly size: number;
  readonly mode: number;
  readonly mtime: number;
  /** Target of a symlink or hardlink. */
  readonly linkname: string;
}

const TYPE_FLAG: Record<Exclude<EntryType, 'other'>, string> = { file: '0', directory: '5', symlink: '2', hardlink: '1' };
/** A pax or GNU long-name member is held in memory whole; names and link targets never need more. */
const MAX_META_BYTES = 1 << 20;
/** Linux's PATH_MAX: a longer member name or link target could not be created, so it is refused before it is held. */
export const MAX_NAME_BYTES = 4096;
/** Largest value of the 11-digit octal size field. */
const MAX_OCTAL_SIZE = 0o77777777777;

/** Zero bytes that pad a member's data to a whole block. */
export function padding(size: number): Buffer {
  const rest = size % BLOCK;
  return rest === 0 ? EMPTY : Buffer.alloc(BLOCK - rest);
}
const EMPTY = Buffer.alloc(0);

/** The header block(s) of one member: a pax header first when the name, link or size do not fit ustar. */
export function encodeHeader(entry: Omit<TarEntry, 'name'> & { readonly name: string }): Buffer {
  const name = entry.type === 'directory' ? `${entry.name}/` : entry.name;
  const pax: [string, string][] = [];
  if (Buffer.byteLength(name) > 100) pax.push(['path', name]);
  if (Buffer.byteLength(entry.linkname) > 100) pax.push(['linkpath', entry.linkname]);
  if (entry.size > MAX_OCTAL_SIZE) pax.push(['size', String(entry.size)]);
  const header = ustarHeader(name, TYPE_FLAG[entry.type as Exclude<EntryType, 'other'>] ?? '0', entry.size > MAX_OCTAL_SIZE ? 0 : entry.size, entry.mode, entry.mtime, entry.linkname);
  if (pax.length === 0) return header;
  const records = Buffer.from(pax.map(([key, value]) => paxRecord(key, value)).join(''));
  const paxHeader = ustarHeader('PaxHeader', 'x', records.length, 0o644, entry.mtime, '');
  return Buffer.concat([paxHeader, records, padding(records.length), header]);
}

/** `<length> <key>=<value>\n`, where length counts its own digits. */
function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  const bodyLength = Buffer.byteLength(body);
  let length = bodyLength + String(bodyLength).length;
  if (String(length).length > String(bodyLength).length) length++;
  return `${length}${body}`;
}

function ustarHeader(name: string, typeflag: string, size: number, mode: number, mtime: number, linkname: string): Buffer {
  const block = Buffer.alloc(BLOCK);
  writeString(block, 0, 100, name);
  writeOctal(block, 100, 8, mode & 0o7777);
  writeOctal(block, 108, 8, 0);
  writeOctal(block, 116, 8, 0);
  writeOctal(block, 124, 12, size);
  writeOctal(block, 136, 12, Math.max(0, Math.floor(mtime)));
  block.write('        ', 148, 'latin1');
  block.write(typeflag, 156, 'latin1');
  writeString(block, 157, 100, linkname);
  block.write('ustar\u000000', 257, 'latin1');
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += block[i];
  writeOctal(block, 148, 7, sum);
  return block;
}

/** Truncates to the field; the pax record carries the full value when it does not fit. */
function writeString(block: Buffer, offset: number, length: number, value: string): void {
  const bytes = Buffer.from(value);
  bytes.copy(block, offset, 0, Math.min(length, bytes.length));
}

function writeOctal(block: Buffer, offset: number, length: number, value: number): void {
  block.write(`${value.toString(8).padStart(length - 1, '0')}\0`, offset, length, 'latin1');
}

/** Receives the data of one file member. `write` may return a promise to slow the parser down. */
export interface EntrySink {
  write(chunk: Buffer): Promise<void> | undefined;
  end(): Promise<void> | undefined;
}

export type EntryHandler = (entry: TarEntry) => Promise<EntrySink | undefined> | EntrySink | undefined;

export class TarFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TarFormatError';
  }
}

/**
 * A push parser: feed it chunks as they arrive (awaiting each `push` gives backpressure) and call
 * `end` at the end of the stream. File data is handed to the sink the handler returns.
 */
export class TarParser {
  private header = Buffer.alloc(BLOCK);
  private headerFill = 0;
  /** Bytes of the current member's data still to come, then its padding. */
  private dataLeft = 0;
  private padLeft = 0;
  private sink: EntrySink | undefined;
  /** Data of a pax or GNU long-name member, collected whole. */
  private meta: { kind: string; chunks: Buffer[] } | undefined;
  private paxOverrides: Record<string, string> = {};
  private longName: string | undefined;
  private longLink: string | undefined;
  private sawEnd = false;

  constructor(private readonly onEntry: EntryHandler) {}

  /**
   * Feeds the next chunk. Returns a promise only when a handler or sink asked to wait; the chunk
   * has been consumed when it resolves. Most chunks are parsed synchronously, which matters at
   * thousands of 32 KiB packets per second.
   */
  push(chunk: Buffer): Promise<void> | undefined {
    return this.consume(chunk, 0);
  }

  private consume(chunk: Buffer, start: number): Promise<void> | undefined {
    let offset = start;
    while (offset < chunk.length && !this.sawEnd) {
      if (this.dataLeft > 0) {
        const take = Math.min(this.dataLeft, chunk.length - offset);
        const part = chunk.subarray(offset, offset + take);
        offset += take;
        this.dataLeft -= take;
        let pending: Promise<void> | void | undefined;
        if (this.meta !== undefined) this.meta.chunks.push(part);
        else if (this.sink !== undefined) pending = this.sink.write(part);
        if (this.dataLeft === 0) pending = pending === undefined ? this.finishData() : pending.then(() => this.finishData());
        if (pending !== undefined) return pending.then(() => this.consume(chunk, offset));
        continue;
      }
      if (this.padLeft > 0) {
        const take = Math.min(this.padLeft, chunk.length - offset);
        offset += take;
        this.padLeft -= take;
        continue;
      }
      const take = Math.min(BLOCK - this.headerFill, chunk.length - offset);
      chunk.copy(this.header, this.headerFill, offset, offset + take);
      this.headerFill += take;
      offset += take;
      if (this.headerFill === BLOCK) {
        this.headerFill = 0;
        const pending = this.startMember(this.header);
        if (pending !== undefined) return pending.then(() => this.consume(chunk, offset));
      }
    }
    return undefined;
  }

  /** Fails if the stream stopped inside a member: a download cut short must not look complete. */
  end(): void {
    if (this.dataLeft > 0 || this.headerFill > 0 || this.meta !== undefined) {
      throw new TarFormatError('the archive ended in the middle of a file');
    }
    if (!this.sawEnd) throw new TarFormatError('the archive has no end marker');
  }

  private startMember(block: Buffer): Promise<void> | undefined {
    if (block.every((b) => b === 0)) {
      // The first of the two zero blocks ends the archive; tar may pad further, which is ignored.
      this.sawEnd = true;
      return undefined;
    }
    verifyChecksum(block);
    const typeflag = String.fromCharCode(block[156] || 0x30);
    let size = readNumber(block, 124, 12);
    if (typeflag === 'x' || typeflag === 'g' || typeflag === 'L' || typeflag === 'K') {
      if (!(size <= MAX_META_BYTES)) {
        throw new TarFormatError(`the archive has a ${typeflag === 'L' || typeflag === 'K' ? 'GNU long-name' : 'pax'} header of ${size} bytes; a real one is a few KiB (the limit is ${MAX_META_BYTES >> 20} MiB)`);
      }
      this.meta = { kind: typeflag, chunks: [] };
      this.beginData(size);
      return size === 0 ? this.finishData() : undefined;
    }
    const overrides = this.paxOverrides;
    this.paxOverrides = {};
    const rawName = overrides.path ?? this.longName ?? headerName(block);
    const linkname = overrides.linkpath ?? this.longLink ?? readString(block, 157, 100);
    this.longName = undefined;
    this.longLink = undefined;
    for (const [what, value] of [['name', rawName], ['link target', linkname]]) {
      const bytes = Buffer.byteLength(value);
      if (bytes > MAX_NAME_BYTES) throw new TarFormatError(`the archive has a member whose ${what} is ${bytes} bytes; a path on Linux is at most ${MAX_NAME_BYTES}`);
    }
    if (overrides.size !== undefined) {
      size = /^\d{1,15}$/.test(overrides.size) ? Number(overrides.size) : NaN;
      if (Number.isNaN(size)) throw new TarFormatError(`the archive has a pax size "${overrides.size.slice(0, 40)}" that is not a byte count`);
    }
    const type = entryType(typeflag);
    const entry: TarEntry = {
      name: safeName(rawName),
      type,
      size: type === 'file' ? size : 0,
      mode: readNumber(block, 100, 8),
      mtime: overrides.mtime !== undefined ? Number(overrides.mtime) : readNumber(block, 136, 12),
      linkname,
    };
    // Only regular files carry data; anything else with a size (devices, unknown types) is skipped.
    const dataSize = type === 'file' || type === 'other' ? size : 0;
    const sink = this.onEntry(entry);
    return sink instanceof Promise ? sink.then((s) => this.openData(s, dataSize)) : this.openData(sink, dataSize);
  }

  private openData(sink: EntrySink | undefined, size: number): Promise<void> | undefined {
    this.sink = sink;
    this.beginData(size);
    return this.dataLeft === 0 ? this.finishData() : undefined;
  }

  private beginData(size: number): void {
    this.dataLeft = size;
    this.padLeft = (BLOCK - (size % BLOCK)) % BLOCK;
  }

  private finishData(): Promise<void> | undefined {
    const meta = this.meta;
    if (meta !== undefined) {
      this.meta = undefined;
      const data = Buffer.concat(meta.chunks);
      if (meta.kind === 'x') this.paxOverrides = parsePax(data);
      else if (meta.kind === 'L') this.longName = cString(data);
      else if (meta.kind === 'K') this.longLink = cString(data);
      return undefined;
    }
    const sink = this.sink;
    this.sink = undefined;
    return sink?.end() ?? undefined;
  }
}

function entryType(typeflag: string): EntryType {
  switch (typeflag) {
    case '0': case '\0': case '7': return 'file';
    case '5': return 'directory';
    case '2': return 'symlink';
    case '1': return 'hardlink';
    default: return 'other';
  }
}

/** POSIX ustar splits long names into prefix/name; GNU's "ustar  " magic uses that area for other fields. */
function headerName(block: Buffer): string {
  const name = readString(block, 0, 100);
  const magic = block.toString('latin1', 257, 263);
  if (magic === 'ustar\0') {
    const prefix = readString(block, 345, 155);
    if (prefix !== '') return `${prefix}/${name}`;
  }
  return name;
}

/**
 * Archive names become local paths: refuse anything that could land outside the target directory.
 */
export function safeName(raw: string): string {
  const parts = raw.split('/').filter((p) => p !== '' && p !== '.');
  if (raw.startsWith('/') || parts.includes('..') || parts.length === 0) {
    throw new TarFormatError(`refusing the archive member "${raw}": it would land outside the target directory`);
  }
  return parts.join('/');
}

function verifyChecksum(block: Buffer): void {
  const stored = readNumber(block, 148, 8);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : block[i];
  if (sum !== stored) throw new TarFormatError('the archive is corrupt (header checksum mismatch)');
}

function readString(block: Buffer, offset: number, length: number): string {
  return cString(block.subarray(offset, offset + length));
}

function cString(bytes: Buffer): string {
  const end = bytes.indexOf(0);
  return bytes.toString('utf8', 0, end === -1 ? bytes.length : end);
}

/** Octal text, or GNU base-256 when the top bit of the first byte is set (sizes above 8 GiB). */
function readNumber(block: Buffer, offset: number, length: number): number {
  if (block[offset] & 0x80) {
    let value = block[offset] & 0x7f;
    for (let i = 1; i < length; i++) value = value * 256 + block[offset + i];
    return value;
  }
  const text = block.toString('latin1', offset, offset + length).replace(/[\0 ]+$/, '').replace(/^[\0 ]+/, '');
  return text === '' ? 0 : Number.parseInt(text, 8);
}

function parsePax(data: Buffer): Record<string, string> {
  const result: Record<string, string> = {};
  let offset = 0;
  while (offset < data.length) {
    const space = data.indexOf(0x20, offset);
    if (space === -1) break;
    const length = Number.parseInt(data.toString('latin1', offset, space), 10);
    if (!(length > 0)) break;
    const record = data.toString('utf8', space + 1, offset + length - 1);
    const eq = record.indexOf('=');
    if (eq > 0) result[record.slice(0, eq)] = record.slice(eq + 1);
    offset += length;
  }
  return result;
}
