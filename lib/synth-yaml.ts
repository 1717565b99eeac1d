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
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { debuglog } from 'node:util';
import { Yaml } from 'cdk8s';
import { writeSimpleYaml } from './yaml-fast-write';

type Stringify = (...docs: unknown[]) => string;

/** cdk8s's own `Yaml.stringify`, as this module found it. */
const cdk8sStringify: Stringify = Yaml.stringify;

/** The body of cdk8s's `Yaml.stringify` the quick writer copies: each document through yaml's stringify with these options. */
const CHECKED_STRINGIFY = "docs.map(r => r === undefined ? '\\n' : YAML.stringify(r, { keepUndefined: true, lineWidth: 0, version: yamlSchemaVersion })).join('---\\n')";
/** The versions of the `yaml` package (bundled by cdk8s) whose writer the quick writer was compared with. */
const CHECKED_YAML = new Set(['2.9.1']);

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

/** cdk8s's `Yaml.stringify`, manifest by manifest: a Tekton manifest in the quick writer's text (cdk8s's when it is not sure), any other in cdk8s's. */
function stringify(...docs: unknown[]): string {
  return docs.map((doc) => (doc === undefined ? '\n' : ((isTektonManifest(doc) ? writeSimpleYaml(doc) : undefined) ?? cdk8sStringify.call(Yaml, doc)))).join('---\n');
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
}
