// Conformance suites that need Tekton's own manifests (see corpus-dir.ts for where they are found).
// A clone with nothing beside it still passes `npm test`: such suites are reported as skipped with
// the reason, except under CI=true, where a missing corpus fails.
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { corpusMissing, TEKTON_CORPUS } from './corpus-dir';

export { corpusMissing, TEKTON_CORPUS } from './corpus-dir';

/**
 * Declares a suite that reads `part` of the corpus (such as 'examples/v1', 'crds' or
 * 'triggers-examples'); `body` gets that folder's absolute path and declares the tests as inside a
 * `describe`. Without the folder the suite is skipped, its title carrying the reason (and one line
 * on stderr says it); under CI=true it fails instead, with the same reason.
 */
export function describeWithCorpus(title: string, part: string, body: (dir: string) => void): void {
  const missing = corpusMissing(part);
  if (missing === undefined) {
    describe(title, () => body(join(TEKTON_CORPUS, part)));
    return;
  }
  if (process.env.CI === 'true') {
    describe(title, () => {
      it('has its corpus', () => {
        throw new Error(`${missing} (CI=true: the conformance suites must run in CI)`);
      });
    });
    return;
  }
  process.stderr.write(`skipped: ${title}: ${missing}\n`);
  describe.skip(`${title} [skipped: ${missing}]`, () => {
    it('needs the conformance corpus', () => undefined);
  });
}
