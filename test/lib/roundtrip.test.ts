import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { App, Chart } from 'cdk8s';
import { parseAllDocuments } from 'yaml';
import { afterAll, expect, it } from 'vitest';
import { configureValidation, fromManifest } from '../../lib';
import { describeWithCorpus } from '../support/corpus';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? yamlFiles(p) : [p];
  });
}

/**
 * The documented normalisation (README, "Importing YAML"): keys sorted, null values and empty lists
 * dropped (cdk8s omits them), StepAction tekton.dev/v1alpha1 written as v1beta1.
 */
export function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.length ? value.map(normalise) : undefined;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = normalise((value as Record<string, unknown>)[key]);
      if (v !== undefined) out[key] = v;
    }
    return out;
  }
  return value === null ? undefined : value;
}

function upgrade(doc: Record<string, unknown>): Record<string, unknown> {
  return doc.apiVersion === 'tekton.dev/v1alpha1' && doc.kind === 'StepAction' ? { ...doc, apiVersion: 'tekton.dev/v1beta1' } : doc;
}

describeWithCorpus('fromManifest round-trips every official Tekton example', 'examples/v1', (examples) => {
  const files = yamlFiles(examples);
  let roundTripped = 0;

  it('finds the 152 example files', () => {
    expect(files).toHaveLength(152);
  });

  it.each(files.map((f) => [relative(examples, f), f]))('%s', (_name, file) => {
    const docs = parseAllDocuments(readFileSync(file, 'utf8')).map((d) => d.toJSON()).filter(Boolean);
    const app = new App();
    // The examples are checked by the validator at their own feature level in test/validate.
    configureValidation(app, { enabled: false });
    const chart = new Chart(app, 'import');
    docs.forEach((doc, i) => fromManifest(chart, `doc-${i}`, doc));
    expect(chart.toJson().map(normalise)).toEqual(docs.map((d) => normalise(upgrade(d))));
    roundTripped++;
  });

  afterAll(() => {
    console.log(`round-trip: ${roundTripped} of ${files.length} official examples import and synthesize back to the same objects`);
  });
});
