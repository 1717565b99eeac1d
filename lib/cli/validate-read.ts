// Reading the files `cdk8s-tekton validate` is given, defensively: only regular files, a size
// cap, symbolic links followed once, and YAML refused (as the Kubernetes decoder refuses it) when
// aliases expand it far beyond its size or it nests deeper than the rule engine walks.
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadAll } from 'js-yaml';
import { Document, LineCounter, parseAllDocuments } from 'yaml';
import type { ManifestInput } from '../validate/types';
import { UsageError } from './args';


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

/** Larger than any manifest the API server takes (3 MiB per request), with room for big Pipelines. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** Kubernetes' decoder stops at 10000 levels; the rule engine walks recursively, so it stops sooner. */
export const MAX_DEPTH = 1000;

/** A path as printed: relative to the working directory, and cut when it is absurdly long. */
export function shown(file: string): string {
  const rel = relative(process.cwd(), file) || file;
  const text = rel.length < file.length ? rel : file;
  return text.length > 240 ? `${text.slice(0, 120)}...${text.slice(-60)} (a name of ${text.length} characters)` : text;
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'ENAMETOOLONG') return 'file name too long';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return code ?? String((e as Error).message);
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
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (e) {
      problems.push({ file: dir, rule: 'file.unreadable', message: `cannot read directory: ${reason(e)}`, fix: 'make it readable, or leave it out' });
      return;
    }
    const inside = new Set([...ancestors, real]);
    for (const name of names) {
      const full = join(dir, name);
      let stat;
      let target: string;
      try {
        stat = statSync(full);
        target = realpathSync(full);
      } catch (e) {
        // A broken link is reported when it could have been a YAML file, or a folder (a loop).
        if (!/\.ya?ml$/.test(name) && (e as NodeJS.ErrnoException).code !== 'ELOOP') continue;
        const what = reason(e) === 'no such file or directory' ? 'dangling symbolic link (its target does not exist)' : reason(e);
        problems.push({ file: full, rule: 'file.unreadable', message: `cannot read: ${what}; skipped`, fix: 'remove the link or point it at an existing file' });
        continue;
      }
      if (stat.isDirectory()) {
        if (inside.has(target)) {
          problems.push({ file: full, rule: 'file.symlink-loop', message: `symbolic link loop: it leads back to ${shown(target)}, a folder being searched; not followed`, fix: 'remove the link, or point it outside the folder it is in' });
        } else if (!visited.has(target)) {
          visited.add(target);
          walk(full, target, inside, visited);
        }
      } else if (/\.ya?ml$/.test(name)) {
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

/** The text of a regular file, read without blocking (a FIFO or device is refused, not opened for reading). */
function readRegular(file: string): string | InputProblem {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return { file, rule: 'file.unreadable', message: `cannot read: ${reason(e)}`, fix: 'make the file readable, or leave it out' };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      const kind = stat.isFIFO() ? 'a FIFO' : stat.isCharacterDevice() || stat.isBlockDevice() ? 'a device' : stat.isSocket() ? 'a socket' : 'not a regular file';
      return { file, rule: 'file.not-regular', message: `is ${kind}; only regular files are read`, fix: 'save the YAML to a file and pass that file' };
    }
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

class ShapeError extends Error {
  public constructor(message: string, public readonly rule: string, public readonly fix: string, public readonly line?: number) {
    super(message);
  }
}

const tooDeep = (line?: number) => new ShapeError(`YAML nests deeper than ${MAX_DEPTH} levels`, 'yaml.depth', 'flatten the structure: Tekton manifests nest a few dozen levels at most', line);

/** How much alias expansion go-yaml (and so the API server) tolerates: 99% of a small document, 10% of a huge one. */
function allowedAliasRatio(decoded: number): number {
  if (decoded <= 400_000) return 0.99;
  if (decoded >= 4_000_000) return 0.1;
  return 0.99 - 0.89 * ((decoded - 400_000) / 3_600_000);
}

/**
 * Counts what decoding `root` expands to, where a YAML alias is a second reference to one object,
 * in time linear in the distinct nodes; throws as soon as the expansion would be refused.
 */
function checkExpansion(root: unknown): void {
  const sizes = new WeakMap<object, { nodes: number; height: number }>();
  let decoded = 0;
  let aliased = 0;
  const stack: Array<{ value: object; children: unknown[]; next: number; nodes: number; height: number }> = [];
  const visit = (value: unknown): { nodes: number; height: number } | undefined => {
    if (value === null || typeof value !== 'object') {
      decoded++;
      return { nodes: 1, height: 1 };
    }
    const known = sizes.get(value);
    if (known) {
      decoded += known.nodes;
      aliased += known.nodes;
      if (stack.length + known.height > MAX_DEPTH) throw tooDeep();
      if (aliased > 100 && decoded > 1000 && aliased / decoded > allowedAliasRatio(decoded)) {
        throw new ShapeError('YAML aliases expand this document far beyond its size (excessive aliasing, as the Kubernetes decoder calls it)', 'yaml.aliases', 'write the repeated parts out, or use fewer nested aliases');
      }
      return known;
    }
    const children = Array.isArray(value) ? value : Object.values(value);
    const keys = Array.isArray(value) ? 0 : children.length;
    decoded += 1 + keys;
    stack.push({ value, children, next: 0, nodes: 1 + keys, height: 0 });
    if (stack.length > MAX_DEPTH) throw tooDeep();
    return undefined;
  };
  const top = visit(root);
  if (top) return;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    if (frame.next < frame.children.length) {
      const size = visit(frame.children[frame.next++]);
      if (size) {
        frame.nodes += size.nodes;
        frame.height = Math.max(frame.height, size.height);
      }
      continue;
    }
    stack.pop();
    const size = { nodes: frame.nodes, height: frame.height + 1 };
    sizes.set(frame.value, size);
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.nodes += size.nodes;
      parent.height = Math.max(parent.height, size.height);
    }
  }
}

/** js-yaml, stopped before its recursion runs out of stack on deep nesting. */
function loadFast(text: string): unknown[] {
  let depth = 0;
  return loadAll(text, undefined, {
    listener(event, state) {
      if (event === 'close') depth--;
      else if (++depth > MAX_DEPTH) throw tooDeep(state.line + 1);
    },
  });
}

/**
 * The line where each document's content starts, for a stream split at `---` markers; an empty
 * document (a marker followed by nothing) gets undefined. Returns one entry per document in the
 * order a YAML parser yields them.
 */
function documentLines(text: string): Array<number | undefined> {
  const lines = text.split('\n');
  const starts: Array<number | undefined> = [];
  let current: number | undefined;
  let open = false;
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (/^---(\s|$)/.test(line)) {
      if (open || current !== undefined) starts.push(current);
      open = true;
      const inline = line.slice(3).trim();
      current = inline !== '' && !inline.startsWith('#') ? i + 1 : undefined;
    } else if (/^\.\.\.(\s|$)/.test(line)) {
      if (open || current !== undefined) starts.push(current);
      open = false;
      current = undefined;
    } else if (current === undefined && line.trim() !== '' && !line.trimStart().startsWith('#') && !line.startsWith('%')) {
      current = i + 1;
    }
  });
  if (open || current !== undefined) starts.push(current);
  return starts;
}

/** Adds one parsed document, unless it is empty, not a mapping, or expands or nests too far. */
function accept(file: string, line: number, index: number, manifest: unknown, docs: Located[], problems: InputProblem[]): void {
  if (manifest === null || manifest === undefined) return;
  if (typeof manifest !== 'object' || Array.isArray(manifest)) {
    const what = Array.isArray(manifest) ? 'a list' : `a ${typeof manifest === 'string' ? 'text' : typeof manifest} value`;
    problems.push({ file, line, rule: 'yaml.not-object', message: `the document is ${what}, not a Kubernetes object (a mapping with apiVersion, kind and metadata)`, fix: 'write each document as a mapping, or remove what is not YAML' });
    return;
  }
  try {
    checkExpansion(manifest);
    docs.push({ manifest, source: `${file}:${line}`, file, line, index });
  } catch (e) {
    if (!(e instanceof ShapeError)) throw e;
    problems.push({ file, line: e.line ?? line, rule: e.rule, message: e.message, fix: e.fix });
  }
}

/** The documents of one file read with `yaml`, which reports every error of every document with its line. */
function readSlow(file: string, text: string, docs: Located[], problems: InputProblem[]): void {
  const lines = new LineCounter();
  let parsed: Document.Parsed[];
  try {
    parsed = parseAllDocuments(text, { lineCounter: lines, prettyErrors: false }) as Document.Parsed[];
  } catch (e) {
    const deep = e instanceof RangeError;
    problems.push({ file, rule: deep ? 'yaml.depth' : 'yaml.syntax', message: deep ? tooDeep().message : `malformed YAML: ${(e as Error).message}`, fix: deep ? tooDeep().fix : 'correct the YAML syntax' });
    return;
  }
  parsed.forEach((doc, index) => {
    const errors = doc.errors.filter((e) => !/Maximum call stack/.test(e.message));
    if (errors.length < doc.errors.length) problems.push({ file, line: lines.linePos(doc.range[0]).line, rule: 'yaml.depth', message: tooDeep().message, fix: tooDeep().fix });
    for (const e of errors) problems.push({ file, line: lines.linePos(e.pos[0]).line, rule: 'yaml.syntax', message: `malformed YAML: ${e.message.split('\n')[0]}`, fix: 'correct the YAML syntax at that line' });
    if (doc.errors.length > 0) return;
    const line = lines.linePos(doc.contents?.range?.[0] ?? doc.range[0]).line;
    accept(file, line, index, doc.toJS({ json: true, maxAliasCount: -1 }), docs, problems);
  });
}

/**
 * The documents of one file, read with the same defences as `read` (a regular file under the size
 * cap, nesting and alias expansion bounded), for commands that need the objects but no lines;
 * throws an Error whose message says what is wrong with the file.
 */
export function loadDocuments(file: string): unknown[] {
  const text = readRegular(file);
  if (typeof text !== 'string') throw new Error(`${text.message}. Fix: ${text.fix}`);
  const documents = loadFast(text);
  for (const document of documents) if (document !== null && typeof document === 'object') checkExpansion(document);
  return documents;
}

/**
 * Reads every document of every file. js-yaml reads a well-formed file quickly (the `yaml`
 * package takes over a second for a 5000-task pipeline); a file it cannot read is read again with
 * `yaml` for its errors and lines.
 */
export function read(files: readonly string[]): { docs: Located[]; problems: InputProblem[]; texts: Map<string, string> } {
  const docs: Located[] = [];
  const problems: InputProblem[] = [];
  const texts = new Map<string, string>();
  for (const file of files) {
    const text = readRegular(file);
    if (typeof text !== 'string') {
      problems.push(text);
      continue;
    }
    texts.set(file, text);
    let fast: unknown[] | undefined;
    try {
      fast = loadFast(text);
    } catch (e) {
      if (e instanceof ShapeError) {
        problems.push({ file, line: e.line, rule: e.rule, message: e.message, fix: e.fix });
        continue;
      }
      fast = undefined;
    }
    const starts = fast ? documentLines(text) : [];
    if (!fast || starts.length !== fast.length) {
      readSlow(file, text, docs, problems);
      continue;
    }
    fast.forEach((manifest, index) => accept(file, starts[index] ?? 1, index, manifest, docs, problems));
  }
  return { docs, problems, texts };
}
