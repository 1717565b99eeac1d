// The one place where downloaded artifacts touch the local disk, for tar and SFTP alike. Names come
// from the VM (archive members, listings, READDIR answers) and the local tree may already hold
// symlinks (a repository can commit `build/out -> /somewhere`), so every write is resolved here
// component by component, never with a recursive mkdir or an open that follows links: a write
// whose path would leave the output directory is refused, whichever component would take it out.
// The runner is the only writer of the output directory while it downloads, so a check followed by
// a use in this process sees the same tree.

import { constants as fsConstants, promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { ENV } from './contract';

/** A name, link or path from the VM that would put something outside ORKA_OUTPUT_DIR, or could forge a result line. */
export class UnsafeArtifactError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsafeArtifactError';
  }
}

/** Symlinks followed while resolving one path, as Linux's own limit (ELOOP) has it. */
const MAX_LINK_HOPS = 40;
/** O_NOFOLLOW: opening a symlink fails instead of writing through it. */
const CREATE_FLAGS = fsConstants.O_WRONLY | fsConstants.O_CREAT | fsConstants.O_EXCL | fsConstants.O_NOFOLLOW;

/**
 * Checks a relative `/`-separated path that came from the VM: no absolute path, no `..`, no NUL.
 * Empty and `.` components are dropped. Returns the normalized path.
 */
export function checkedName(raw: string, what: string): string {
  const parts = raw.split('/').filter((p) => p !== '' && p !== '.');
  if (raw.startsWith('/') || parts.includes('..') || parts.length === 0 || raw.includes('\0')) {
    throw new UnsafeArtifactError(`refusing ${what} "${printable(raw)}" from the VM: it would land outside ${ENV.outputDir}; artifact paths must be relative, without ".."`);
  }
  return parts.join('/');
}

/** One entry name of a remote directory listing: a single component. */
export function checkedEntryName(name: string, dir: string): string {
  if (name === '' || name === '.' || name === '..' || name.includes('/') || name.includes('\0')) {
    throw new UnsafeArtifactError(`refusing the entry "${printable(name)}" that the VM listed in "${printable(dir)}": a directory entry is one plain name; the VM's SFTP server is broken or hostile`);
  }
  return name;
}

/** Control characters shown escaped, so a hostile name cannot forge a log line. */
export function printable(text: string): string {
  const short = text.length > 200 ? `${text.slice(0, 200)}…` : text;
  return short.replace(/[\0-\x1f\x7f]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
}

/**
 * Writes under one root. Directories are created level by level; an existing symlink on the way
 * is followed only when it resolves inside the root; files are created fresh (anything in their
 * place is unlinked first, so neither a symlink nor a hard link there is written through);
 * setuid and setgid bits are dropped; links are recreated only when they stay inside.
 */
export class SafeTree {
  /** Relative directory → its real absolute path, once created or checked. */
  private readonly dirs = new Map<string, Promise<string>>();
  private readonly links: string[] = [];

  private constructor(
    readonly root: string,
    private readonly realRoot: string,
  ) {}

  static async open(root: string): Promise<SafeTree> {
    try {
      // Not recursive at the last level: a recursive mkdir reports a read-only file system as ENOENT.
      await fsp.mkdir(path.dirname(root), { recursive: true });
      await fsp.mkdir(root).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'EEXIST') throw err;
      });
      return new SafeTree(root, await fsp.realpath(root));
    } catch (err) {
      throw localError(err, root, 'creating');
    }
  }

  /** Creates (or checks) a directory and every level above it. Returns its real path. */
  dir(relative: string): Promise<string> {
    if (relative === '' || relative === '.') return Promise.resolve(this.realRoot);
    let made = this.dirs.get(relative);
    if (made === undefined) {
      const parent = path.posix.dirname(relative);
      made = this.dir(parent).then((real) => this.level(real, relative));
      this.dirs.set(relative, made);
    }
    return made;
  }

  /** A new file at `relative`, open for writing with `mode` minus setuid/setgid; the caller closes it. */
  async createFile(relative: string, mode: number): Promise<fsp.FileHandle> {
    const target = await this.freshPath(relative);
    try {
      const handle = await fsp.open(target, CREATE_FLAGS, mode & 0o777);
      try {
        await handle.chmod(mode & 0o1777);
      } catch (err) {
        await handle.close();
        throw err;
      }
      return handle;
    } catch (err) {
      throw localError(err, target, 'writing');
    }
  }

  async writeFile(relative: string, data: Buffer, mode: number): Promise<void> {
    const handle = await this.createFile(relative, mode);
    try {
      await handle.writeFile(data);
    } catch (err) {
      throw localError(err, path.join(this.root, relative), 'writing');
    } finally {
      await handle.close();
    }
  }

  /** Recreates a symlink whose target stays inside the root; anything else is refused. */
  async symlink(relative: string, target: string): Promise<void> {
    const lexical = path.posix.normalize(path.posix.join(path.posix.dirname(relative), target));
    if (path.posix.isAbsolute(target) || lexical === '..' || lexical.startsWith('../') || target.includes('\0')) {
      throw new UnsafeArtifactError(`refusing the symlink "${printable(relative)}" -> "${printable(target)}" from the VM: it points outside ${ENV.outputDir}; make the link relative and inside the artifacts, or archive the bundle on the VM (ditto -c -k --keepParent) and list the archive instead`);
    }
    const at = await this.freshPath(relative);
    try {
      await fsp.symlink(target, at);
    } catch (err) {
      throw localError(err, at, 'linking');
    }
    this.links.push(relative);
  }

  /** Hard-links `relative` to a file already written under the root. */
  async hardlink(relative: string, source: string): Promise<void> {
    const from = await this.resolve(source);
    const at = await this.freshPath(relative);
    try {
      await fsp.link(from, at);
    } catch (err) {
      throw localError(err, at, 'linking');
    }
  }

  /**
   * Once every link exists: each must still resolve inside the root. Links that are each inside on
   * their own can leave it together (`d -> b/c`, `b/c -> ..`, `e -> d/..`); such a link is removed.
   */
  async verifyLinks(): Promise<void> {
    for (const link of this.links) {
      try {
        await this.resolve(link);
      } catch (err) {
        await fsp.unlink(path.join(this.root, ...link.split('/'))).catch(() => undefined);
        throw err;
      }
    }
  }

  /** The real path `relative` resolves to, following symlinks; refused when that is outside the root. */
  async resolve(relative: string): Promise<string> {
    let real = this.realRoot;
    const rest = relative.split('/').filter((p) => p !== '' && p !== '.').reverse();
    let hops = 0;
    let missing = false;
    while (rest.length > 0) {
      const part = rest.pop()!;
      if (part === '..') {
        real = path.dirname(real);
        continue;
      }
      const next = path.join(real, part);
      if (missing) {
        real = next;
        continue;
      }
      const stat = await fsp.lstat(next).catch((err: NodeJS.ErrnoException) => {
        if (err.code === 'ENOENT') return undefined;
        throw err;
      });
      if (stat === undefined) {
        // What does not exist yet resolves by name alone.
        missing = true;
        real = next;
      } else if (stat.isSymbolicLink()) {
        if (++hops > MAX_LINK_HOPS) throw this.outside(relative, 'it goes through a symlink loop');
        const target = await fsp.readlink(next);
        if (path.isAbsolute(target)) real = '/';
        rest.push(...target.split('/').filter((p) => p !== '' && p !== '.').reverse());
      } else {
        real = next;
      }
    }
    if (real !== this.realRoot && !real.startsWith(this.realRoot + path.sep)) {
      throw this.outside(relative, `it resolves to ${real}`);
    }
    return real;
  }

  private async level(parentReal: string, relative: string): Promise<string> {
    const at = path.join(parentReal, path.posix.basename(relative));
    try {
      await fsp.mkdir(at, 0o755);
      return at;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw localError(err, at, 'creating');
    }
    const stat = await fsp.lstat(at);
    if (stat.isDirectory()) return at;
    if (stat.isSymbolicLink()) {
      const real = await this.resolve(relative);
      if ((await fsp.stat(real).catch(() => undefined))?.isDirectory()) return real;
      throw this.outside(relative, `the symlink ${at} does not lead to a directory`);
    }
    throw new UnsafeArtifactError(`cannot write below "${printable(relative)}" in ${ENV.outputDir} (${this.root}): a file of that name is in the way of a directory from the VM; remove it or use an empty ${ENV.outputDir}`);
  }

  /** The absolute path for a new entry, with whatever non-directory was in its place removed. */
  private async freshPath(relative: string): Promise<string> {
    const parent = await this.dir(path.posix.dirname(relative));
    const at = path.join(parent, path.posix.basename(relative));
    const stat = await fsp.lstat(at).catch(() => undefined);
    if (stat?.isDirectory()) {
      throw new UnsafeArtifactError(`cannot write "${printable(relative)}" into ${ENV.outputDir} (${this.root}): a directory of that name is in the way; remove it or use an empty ${ENV.outputDir}`);
    }
    if (stat !== undefined) {
      try {
        await fsp.unlink(at);
      } catch (err) {
        throw localError(err, at, 'replacing');
      }
    }
    return at;
  }

  private outside(relative: string, why: string): UnsafeArtifactError {
    return new UnsafeArtifactError(`refusing to write "${printable(relative)}" from the VM: ${why}, outside ${ENV.outputDir} (${this.root}); a symlink in the local tree or among the artifacts leads out of it: remove the link, or point ${ENV.outputDir} at an empty directory`);
  }
}

/** A local disk failure (read-only, full, permissions) as one clear line, never a stack trace. */
export class LocalWriteError extends Error {
  constructor(message: string, readonly code: string | undefined) {
    super(message);
    this.name = 'LocalWriteError';
  }
}

export function localError(err: unknown, at: string, doing: string): Error {
  if (err instanceof UnsafeArtifactError || err instanceof LocalWriteError) return err;
  const code = (err as NodeJS.ErrnoException).code;
  const why = code === 'ENOSPC' ? 'no space left on the device'
    : code === 'EROFS' ? 'the file system is read-only'
      : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
        : code === 'EDQUOT' ? 'disk quota exceeded'
          : (err as Error).message;
  return new LocalWriteError(`${doing} ${at} failed: ${why}; ${ENV.outputDir} must be a writable directory with room for the artifacts`, code);
}
