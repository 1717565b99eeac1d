import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { describeWithCorpus } from './support/corpus';

const ROOT = resolve(__dirname, '..');

describeWithCorpus('lib/imports (generated L1)', 'crds', (crds) => {
  it('is exactly what `npm run import` generates from the Tekton CRDs (the L1 classes and the schema)', () => {
    const out = mkdtempSync(join(tmpdir(), 'cdk8s-tekton-import-'));
    execFileSync(process.execPath, [join(ROOT, 'scripts/import.mjs'), out], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, TEKTON_CRDS_DIR: crds } });
    for (const file of ['tekton.dev.ts', 'tekton-schema.ts']) {
      const committed = readFileSync(join(ROOT, 'lib/imports', file), 'utf8');
      expect(readFileSync(join(out, file), 'utf8') === committed, `${file} is current`).toBe(true);
      expect(committed.startsWith('// GENERATED FILE: do not edit.')).toBe(true);
    }
  });
});
