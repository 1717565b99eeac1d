// Where the conformance suites and the benchmarks find Tekton's own manifests (the corpus): a folder
// holding examples/v1/ and crds/ from tektoncd/pipeline and triggers-examples/ from tektoncd/triggers.
// The repository does not carry it. No vitest here: the benchmarks import this too.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const REPO = resolve(__dirname, '../..');

/** The folder `npm run fetch-conformance` fills (git-ignored). */
export const CORPUS_CACHE = join(REPO, '.cache', 'tekton-conformance');

const SIBLING = resolve(REPO, '..', 'shared', 'tekton');

function choose(): { dir: string; from: string } {
  const configured = process.env.TEKTON_CONFORMANCE_DIR;
  if (configured) return { dir: resolve(configured), from: 'TEKTON_CONFORMANCE_DIR' };
  if (existsSync(SIBLING)) return { dir: SIBLING, from: 'the sibling folder ../shared/tekton' };
  return { dir: CORPUS_CACHE, from: 'the cache of npm run fetch-conformance' };
}

const chosen = choose();

/**
 * The corpus folder: `TEKTON_CONFORMANCE_DIR` when set, else `../shared/tekton` beside the
 * repository when present, else the cache that `npm run fetch-conformance` fills. It may not exist.
 */
export const TEKTON_CORPUS: string = chosen.dir;

/** Why `part` of the corpus cannot be read, or undefined when it can. */
export function corpusMissing(part: string): string | undefined {
  const dir = join(TEKTON_CORPUS, part);
  if (existsSync(dir)) return undefined;
  return `Tekton conformance corpus not found: ${dir} does not exist (corpus from ${chosen.from}). ` +
    'Fix: run "npm run fetch-conformance", or set TEKTON_CONFORMANCE_DIR to a folder holding examples/v1, crds and triggers-examples';
}
