// Reading the files `cdk8s-tekton validate` is given, defensively: only regular files, a size
// cap, symbolic links followed once, and YAML refused (as the Kubernetes decoder refuses it) when
// aliases expand it far beyond its size or it nests deeper than the rule engine walks.
import { closeSync, constants, type Dirent, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_YAML_BYTES, parseYamlStream, type YamlStream } from '../yaml';
import type { ManifestInput } from '../validate/types';
import { UsageError } from './args';
import { shown, usageError } from './output';

/** A problem with an input file itself (not with a manifest in it). */
export interface InputProblem {
  readonly file: string;
  readonly line?: number;
  readonly rule: string;
  readonly message: string;
  readonly fix: string;
}

export interface Located extends ManifestInput {
  readonly file: string;
  readonly line: number;
  /** Index of the document among all documents of its file, empty ones included. */
  readonly index: number;
}

/** The YAML reader's own cap: a larger file is refused before it is read. */
export const MAX_FILE_BYTES = MAX_YAML_BYTES;

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'ENAMETOOLONG') return 'file name too long';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return code ?? String((e as Error).message);
}

/**
 * The start every file-reading command shares: parse the command line, print the help when asked
 * (exit 0), collect the files; a usage error is printed with the help text (exit 2). Returns the
 * exit code, or the arguments and what was collected.
 */
export function startCommand<A extends { readonly paths: readonly string[] }>(
  command: string,
  help: string,
  argv: readonly string[],
  parse: (argv: readonly string[]) => A | 'help',
  out: (s: string) => void,
  err: (s: string) => void,
  name: (path: string) => string = shown,
): number | { args: A; collected: { files: string[]; problems: InputProblem[] } } {
  try {
    const args = parse(argv);
    if (args === 'help') {
      out(help);
      return 0;
    }
    return { args, collected: collect(args.paths, name) };
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return usageError(command, help, e.message, err);
  }
}

/**
 * The YAML files named by `paths`: files as given, directories searched for *.yaml and *.yml.
 * A missing argument is a usage error; what goes wrong under a directory (a dangling symbolic
 * link, a link loop, an unreadable folder) is reported and the search goes on. Each real file is
 * listed once, however many links lead to it. `name` spells a path in a usage error.
 */
export function collect(paths: readonly string[], name: (path: string) => string = shown): { files: string[]; problems: InputProblem[] } {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  const seenFiles = new Set<string>();
  const addFile = (path: string, real: string) => {
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    files.push(path);
  };
  const walk = (dir: string, real: string, ancestors: ReadonlySet<string>, visited: Set<string>) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (e) {
      problems.push({ file: dir, rule: 'file.unreadable', message: `cannot read directory: ${reason(e)}`, fix: 'make it readable, or leave it out' });
      return;
    }
    const inside = new Set([...ancestors, real]);
    for (const entry of entries) {
      const base = entry.name;
      const full = join(dir, base);
      let isDirectory: boolean;
      let target: string;
      try {
        // An entry that is not a link is where the folder's real path says: only links need
        // resolving (realpathSync reads every component of the path again).
        const plain = entry.isFile() || entry.isDirectory();
        isDirectory = plain ? entry.isDirectory() : statSync(full).isDirectory();
        target = plain ? join(real, base) : realpathSync(full);
      } catch (e) {
        // A broken link is reported when it could have been a YAML file, or a folder (a loop).
        if (!/\.ya?ml$/.test(base) && (e as NodeJS.ErrnoException).code !== 'ELOOP') continue;
        const what = reason(e) === 'no such file or directory' ? 'dangling symbolic link (its target does not exist)' : reason(e);
        problems.push({ file: full, rule: 'file.unreadable', message: `cannot read: ${what}; skipped`, fix: 'remove the link or point it at an existing file' });
        continue;
      }
      if (isDirectory) {
        if (inside.has(target)) {
          problems.push({ file: full, rule: 'file.symlink-loop', message: `symbolic link loop: it leads back to ${name(target)}, a folder being searched; not followed`, fix: 'remove the link, or point it outside the folder it is in' });
        } else if (!visited.has(target)) {
          visited.add(target);
          walk(full, target, inside, visited);
        }
      } else if (/\.ya?ml$/.test(base)) {
        addFile(full, target);
      }
    }
  };
  const visited = new Set<string>();
  for (const path of paths) {
    let stat;
    let real: string;
    try {
      stat = statSync(path);
      real = realpathSync(path);
    } catch (e) {
      throw new UsageError(`${name(path)}: ${reason(e)}`);
    }
    if (!stat.isDirectory()) addFile(path, real);
    else if (!visited.has(real)) {
      visited.add(real);
      walk(path, real, new Set(), visited);
    }
  }
  return { files, problems };
}

function notRegular(file: string, kind: string): InputProblem {
  return { file, rule: 'file.not-regular', message: `is ${kind}; only regular files are read`, fix: 'save the YAML to a file and pass that file' };
}

/** The text of a regular file, read without blocking (a FIFO or device is refused, not opened for reading). */
function readRegular(file: string): string | InputProblem {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    // A socket cannot be opened at all (ENXIO), so fstat below never sees one: say what it is.
    if ((e as NodeJS.ErrnoException).code === 'ENXIO' && statSync(file, { throwIfNoEntry: false })?.isSocket()) return notRegular(file, 'a socket');
    return { file, rule: 'file.unreadable', message: `cannot read: ${reason(e)}`, fix: 'make the file readable, or leave it out' };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return notRegular(file, stat.isFIFO() ? 'a FIFO' : stat.isCharacterDevice() || stat.isBlockDevice() ? 'a device' : 'not a regular file');
    const tooLarge: InputProblem = { file, rule: 'file.too-large', message: `is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB (the API server takes at most 3 MiB per object)`, fix: 'split it into smaller files' };
    if (stat.size > MAX_FILE_BYTES) return tooLarge;
    const buffer = Buffer.alloc(Math.min(stat.size + 1, MAX_FILE_BYTES + 1));
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > MAX_FILE_BYTES) return tooLarge;
    return decode(file, buffer.subarray(0, length));
  } catch (e) {
    return { file, rule: 'file.unreadable', message: `cannot read: ${reason(e)}`, fix: 'make the file readable, or leave it out' };
  } finally {
    closeSync(fd);
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The file's text; like the Kubernetes decoder, refuses what is not UTF-8 or holds control characters. */
function decode(file: string, bytes: Uint8Array): string | InputProblem {
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return { file, rule: 'yaml.encoding', message: 'is not UTF-8 text (a binary file?)', fix: 'pass YAML files only, saved as UTF-8' };
  }
  const control = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/.exec(text);
  if (control) {
    const line = text.slice(0, control.index).split('\n').length;
    const code = `U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    return { file, line, rule: 'yaml.encoding', message: `malformed YAML: the control character ${code} is not allowed in YAML`, fix: 'remove it, or write it as an escape ("\\x..") inside a double-quoted string' };
  }
  return text;
}

/** Adds one decoded document, unless it is empty or not a mapping. */
function accept(file: string, line: number, index: number, manifest: unknown, docs: Located[], problems: InputProblem[]): void {
  if (manifest === null || manifest === undefined) return;
  if (typeof manifest !== 'object' || Array.isArray(manifest)) {
    const what = Array.isArray(manifest) ? 'a list' : `a ${typeof manifest === 'string' ? 'text' : typeof manifest} value`;
    problems.push({ file, line, rule: 'yaml.not-object', message: `the document is ${what}, not a Kubernetes object (a mapping with apiVersion, kind and metadata)`, fix: 'write each document as a mapping, or remove what is not YAML' });
    return;
  }
  docs.push({ manifest, source: `${file}:${line}`, file, line, index });
}

/**
 * The documents of one file, read with the same defences as `read` (a regular file under the size
 * cap, nesting and alias expansion bounded), for commands that need the objects but no lines;
 * throws an Error whose message says where the file is wrong (`file:line: ...`), spelling the
 * path with `name`.
 */
export function loadDocuments(file: string, name: (path: string) => string = shown): unknown[] {
  const text = readRegular(file);
  const stream = typeof text === 'string' ? parseYamlStream(text) : undefined;
  const refused = stream ? stream.problems[0] : (text as InputProblem);
  if (refused) throw new Error(`${name(file)}${refused.line === undefined ? '' : `:${refused.line}`}: ${refused.message}. Fix: ${refused.fix}`);
  return stream!.documents.map((d) => d.value);
}

/**
 * Files larger than this keep only their documents' first lines, so that the parsed node trees of
 * a huge input are not all held at once; no single object the API server stores is 1.5 MB.
 */
const MAX_MAPPED_CHARS = 4 * 1024 * 1024;

/**
 * Reads every document of every file, each file parsed once; `streams` keeps, for files small
 * enough, the parsed streams that know the lines of fields.
 */
export function read(files: readonly string[]): { docs: Located[]; problems: InputProblem[]; streams: ReadonlyMap<string, YamlStream> } {
  const docs: Located[] = [];
  const problems: InputProblem[] = [];
  const streams = new Map<string, YamlStream>();
  for (const file of files) {
    const text = readRegular(file);
    if (typeof text !== 'string') {
      problems.push(text);
      continue;
    }
    const stream = parseYamlStream(text);
    if (text.length <= MAX_MAPPED_CHARS) streams.set(file, stream);
    for (const p of stream.problems) problems.push({ file, line: p.line, rule: p.rule, message: p.message, fix: p.fix });
    for (const d of stream.documents) if (d.value !== undefined) accept(file, d.line, d.index, d.value, docs, problems);
  }
  return { docs, problems, streams };
}
