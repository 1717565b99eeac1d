// An app's synth writes each chart with cdk8s's `Yaml.save`, whose `Yaml.stringify` hands every
// manifest to the `yaml` package: for a big app that took more time than everything the library
// does, and as much as the rest of a fresh process's synth. From the first synth of an app holding
// Tekton constructs on, `Yaml.stringify` writes each manifest a Tekton construct rendered with the
// quick writer (lib/yaml-fast-write.ts), which gives the same text or leaves the manifest to
// cdk8s's own writer; any other document goes to cdk8s's writer as before. The manifests are told
// apart by identity (the objects the constructs' toJson returned), not by when they are written,
// so a program writes the same way whatever it awaits in between.
//
// The quick writer copies the choices of one writer: cdk8s's `Yaml.stringify` with its options,
// over the `yaml` version cdk8s bundles. It is used only when the installed cdk8s has both, as
// test/yaml/fast-write.test.ts compared them; another cdk8s writes with its own writer.
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { debuglog } from 'node:util';
import { Yaml } from 'cdk8s';
import { writeSimpleYaml } from './yaml-fast-write';

type Stringify = (...docs: unknown[]) => string;

type Save = (filePath: string, docs: unknown[]) => void;

/** cdk8s's own `Yaml.stringify`, as this module found it. */
const cdk8sStringify: Stringify = Yaml.stringify;
/** cdk8s's own `Yaml.save`, as this module found it. */
const cdk8sSave: Save = Yaml.save;

/** The body of cdk8s's `Yaml.stringify` the quick writer copies: each document through yaml's stringify with these options. */
const CHECKED_STRINGIFY = "docs.map(r => r === undefined ? '\\n' : YAML.stringify(r, { keepUndefined: true, lineWidth: 0, version: yamlSchemaVersion })).join('---\\n')";
/** The versions of the `yaml` package (bundled by cdk8s) whose writer the quick writer was compared with. */
const CHECKED_YAML = new Set(['2.9.1']);

/** cdk8s's `Yaml.save`, which the quick writer's save copies: its documents through `Yaml.stringify`, the text written to the file as UTF-8. */
const CHECKED_SAVE = /^save\(filePath, docs\) \{\s*const data = this\.stringify\(\.\.\.docs\);\s*fs\.writeFileSync\(filePath, data, \{ encoding: 'utf8' \}\);\s*\}$/;

/** True when cdk8s's `Yaml.save` is the one the quick writer's save copies. */
export function isCheckedSave(saveSource: string): boolean {
  return CHECKED_SAVE.test(saveSource);
}

/** True when cdk8s's writer is the one the quick writer was compared with. */
export function isCheckedWriter(stringifySource: string, yamlVersion: string): boolean {
  return stringifySource.includes(CHECKED_STRINGIFY) && CHECKED_YAML.has(yamlVersion);
}

const log = debuglog('cdk8s-tekton');

/** Whether the installed cdk8s writes as the quick writer does (read once, by useQuickYaml). */
function quickWriterApplies(): boolean {
  try {
    const yamlPackage = require.resolve('yaml/package.json', { paths: [dirname(require.resolve('cdk8s'))] });
    const version: string = JSON.parse(readFileSync(yamlPackage, 'utf8')).version;
    if (isCheckedWriter(String(cdk8sStringify), version)) return true;
    log("quick YAML writer off: cdk8s's Yaml.stringify or its yaml %s is not the writer it copies", version);
  } catch (e) {
    log('quick YAML writer off: %s', (e as Error).message);
  }
  return false;
}

/** The manifests Tekton constructs rendered (their API objects' toJson), by identity. */
const tektonManifests = new WeakSet<object>();

/** Marks `manifest` as one a Tekton construct rendered: `Yaml.stringify` writes it with the quick writer. */
export function markTektonManifest(manifest: unknown): void {
  if (typeof manifest === 'object' && manifest !== null) tektonManifests.add(manifest);
}

/** True when `Yaml.stringify` writes `manifest` with the quick writer (a Tekton construct rendered it). */
export function isTektonManifest(manifest: unknown): boolean {
  return typeof manifest === 'object' && manifest !== null && tektonManifests.has(manifest);
}

/** One document's text as cdk8s's `Yaml.stringify` writes it: a Tekton manifest in the quick writer's text (cdk8s's when it is not sure), any other in cdk8s's. */
function documentText(doc: unknown): string {
  return doc === undefined ? '\n' : ((isTektonManifest(doc) ? writeSimpleYaml(doc) : undefined) ?? cdk8sStringify.call(Yaml, doc));
}

/** cdk8s's `Yaml.stringify`, manifest by manifest. */
function stringify(...docs: unknown[]): string {
  return docs.map(documentText).join('---\n');
}

/** The most text `save` writes at a time, in UTF-16 code units: short enough that V8 keeps each piece in the young generation's pages, not in a large object of its own. */
const WRITE_SIZE = 1 << 15;

/** True for the first half of a surrogate pair, which must not be written apart from the second. */
const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/**
 * Writes `texts`, separated by `---\n`, to the open file `fd`: short texts joined, long ones in
 * pieces, each at most WRITE_SIZE code units, through one buffer (a code unit is at most 3 bytes of
 * UTF-8), so the writing allocates no memory that outlives a piece.
 */
export function writeTexts(fd: number, texts: readonly string[]): void {
  const buffer = Buffer.allocUnsafe(3 * WRITE_SIZE);
  const write = (text: string): void => {
    const end = buffer.write(text, 0, 'utf8');
    for (let at = 0; at < end; ) at += writeSync(fd, buffer, at, end - at);
  };
  let group: string[] = [];
  let size = 0;
  const flush = (): void => {
    if (group.length > 0) write(group.join(''));
    group = [];
    size = 0;
  };
  const add = (text: string): void => {
    if (size + text.length > WRITE_SIZE) flush();
    if (text.length <= WRITE_SIZE) {
      group.push(text);
      size += text.length;
      return;
    }
    for (let from = 0; from < text.length; ) {
      let to = Math.min(from + WRITE_SIZE, text.length);
      if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to--;
      write(text.slice(from, to));
      from = to;
    }
  };
  for (let i = 0; i < texts.length; i++) {
    if (i > 0) add('---\n');
    add(texts[i]);
  }
  flush();
}

/**
 * cdk8s's `Yaml.save`, without the whole file as one string and again as one buffer (for an app of
 * 3000 Tasks, 2 MB each, a twentieth of its peak memory). Every document's text is made first, as
 * before, so a document that cannot be written leaves the file as it was; the file is then opened
 * as `writeFileSync` opens it and the same bytes written piece by piece. A `Yaml.stringify` that
 * something else has put in place since is called as cdk8s's save calls it.
 */
function save(this: unknown, filePath: string, docs: unknown[]): void {
  if (Yaml.stringify !== stringify) {
    cdk8sSave.call(this, filePath, docs);
    return;
  }
  const texts = docs.map(documentText);
  const fd = openSync(filePath, 'w', 0o666);
  try {
    writeTexts(fd, texts);
  } finally {
    closeSync(fd);
  }
}

let installed = false;

/**
 * Puts the quick writer in cdk8s's `Yaml.stringify` for the manifests of Tekton constructs, once,
 * when the first app holding them synthesizes; every other document is still written by cdk8s's
 * own function. Leaves `Yaml.stringify` alone when something else has replaced it, or when cdk8s's
 * writer is not the one the quick writer copies.
 */
export function useQuickYaml(): void {
  if (installed) return;
  installed = true;
  if (Yaml.stringify !== cdk8sStringify || !quickWriterApplies()) return;
  (Yaml as { stringify: Stringify }).stringify = stringify;
  if (Yaml.save === cdk8sSave && isCheckedSave(String(cdk8sSave))) (Yaml as { save: Save }).save = save;
  else log("quick YAML save off: cdk8s's Yaml.save is not the one it copies");
}
