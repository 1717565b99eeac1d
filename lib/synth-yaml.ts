// An app's synth writes each chart with cdk8s's `Yaml.save`, whose `Yaml.stringify` hands every
// manifest to the `yaml` package: for a big app that took more time than everything the library
// does, and as much as the rest of a fresh process's synth. While an app holding Tekton constructs
// synthesizes, `Yaml.stringify` writes each manifest with the quick writer
// (lib/yaml-fast-write.ts), which gives the same text or leaves the manifest to cdk8s's own
// writer. cdk8s's function is back in place once the synchronous synth has returned (a microtask).
import { Yaml } from 'cdk8s';
import { writeSimpleYaml } from './yaml-fast-write';

type Stringify = (...docs: unknown[]) => string;

/** cdk8s's own `Yaml.stringify`, as this module found it. */
const cdk8sStringify: Stringify = Yaml.stringify;

/** cdk8s's `Yaml.stringify`, manifest by manifest: the quick writer's text, or cdk8s's when it is not sure. */
function stringify(...docs: unknown[]): string {
  return docs.map((doc) => (doc === undefined ? '\n' : (writeSimpleYaml(doc) ?? cdk8sStringify.call(Yaml, doc)))).join('---\n');
}

/**
 * Makes the synth in progress write its YAML with the quick writer, until the synchronous code
 * around it has run. Leaves `Yaml.stringify` alone when something else has replaced it.
 */
export function quickYamlForThisSynth(): void {
  if (Yaml.stringify !== cdk8sStringify) return;
  (Yaml as { stringify: Stringify }).stringify = stringify;
  queueMicrotask(() => {
    if (Yaml.stringify === stringify) (Yaml as { stringify: Stringify }).stringify = cdk8sStringify;
  });
}
