// A clone with nothing beside it (no Tekton corpus, no TEKTON_CONFORMANCE_DIR, not CI) passes:
// every suite that needs the corpus is reported as skipped, with the reason and the fix, and the
// rest of those files runs. The suites are found by their import of describeWithCorpus, so a new
// one is covered without touching this file.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyOfRepository } from '../support/clone';

const clone = copyOfRepository('cdk8s-tekton-standalone-');
const CACHE = join(clone, '.cache', 'tekton-conformance');

const USES_CORPUS = /^import \{[^}]*\bdescribeWithCorpus\b[^}]*\} from '[./]+support\/corpus';$/m;

function testFiles(dir: string): string[] {
  return readdirSync(join(clone, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return testFiles(rel);
    return e.name.endsWith('.test.ts') && USES_CORPUS.test(readFileSync(join(clone, rel), 'utf8')) ? [rel] : [];
  });
}

const corpusFiles = testFiles('test').sort();
const titles = corpusFiles.flatMap((f) => [...readFileSync(join(clone, f), 'utf8').matchAll(/describeWithCorpus\('([^']+)', '([^']+)'/g)].map((m) => ({ title: m[1], part: m[2] })));
let result: { status: number | null; output: string };

beforeAll(() => {
  const env: NodeJS.ProcessEnv = { ...process.env, CDK8S_CHECK_UPGRADE: 'false' };
  delete env.TEKTON_CONFORMANCE_DIR;
  delete env.CI;
  delete env.VITEST;
  const r = spawnSync(process.execPath, [join(clone, 'node_modules/vitest/vitest.mjs'), 'run', ...corpusFiles], { cwd: clone, env, encoding: 'utf8' });
  result = { status: r.status, output: `${r.stdout}${r.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}, 180_000);

afterAll(() => rmSync(clone, { recursive: true, force: true }));

describe('a clone with nothing beside it', () => {
  it('has the conformance suites', () => {
    expect(corpusFiles).toEqual(expect.arrayContaining(['test/cli/validate.test.ts', 'test/imports.test.ts', 'test/lib/roundtrip.test.ts', 'test/validate/conformance.test.ts']));
    expect(titles.length).toBeGreaterThanOrEqual(4);
  });

  it('passes them, each corpus suite reported as skipped with the reason and how to get the corpus', () => {
    expect(result.status, result.output).toBe(0);
    for (const { title, part } of titles) {
      expect(result.output).toContain(
        `skipped: ${title}: Tekton conformance corpus not found: ${join(CACHE, part)} does not exist (corpus from the cache of npm run fetch-conformance). ` +
          'Fix: run "npm run fetch-conformance", or set TEKTON_CONFORMANCE_DIR to a folder holding examples/v1, crds and triggers-examples',
      );
    }
    expect(result.output).toMatch(new RegExp(`Tests\\s+\\d+ passed \\| ${titles.length} skipped \\(`));
  });
});
