// Every official example converts to a module that compiles under tsc --strict and synthesizes
// back to its own objects (after the normalisation in test/support/convert-normalise.ts).
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convert, Converted } from '../../lib/convert';
import { validateManifests } from '../../lib';
import { normalise, undoScriptRewrite } from '../support/convert-normalise';
import { compile, projectDir, synth } from '../support/converted';
import { compareByRunning } from '../support/script-run';
import { corpusMissing, TEKTON_CORPUS } from '../support/corpus';
import { yamlFiles } from '../support/yaml-files';

/** Cluster configuration an example relies on (as in test/validate/conformance.test.ts): the module's synth checks with it. */
const CLUSTER_CONFIG: Record<string, Record<string, unknown>> = {
  'examples/v1/taskruns/no-ci/default-workspaces.yaml': { defaultTaskRunWorkspaceBinding: true },
};

/**
 * The one example Tekton's webhook rejects (see test/triggers/examples.test.ts): its converted
 * module keeps the mistake, and synth refuses it with the same message. It is the one file whose
 * round trip (convert, synth, convert) is not checked: there is no synthesized YAML to convert.
 */
const REJECTED: Record<string, string> = {
  'triggers-examples/v1beta1/azurerepo/pull/azurerepo-pullrequest-listener.yaml': '$(tt.params.azurerepo-user-type) is used, and the template declares no param "azurerepo-user-type"',
};

const parts = ['examples/v1', 'triggers-examples'].filter((p) => corpusMissing(p) === undefined);
const files = parts.flatMap((p) => yamlFiles(join(TEKTON_CORPUS, p)));
const missing = corpusMissing('examples/v1');

(missing ? describe.skip : describe)(`convert: the official examples${missing ? ` [skipped: ${missing}]` : ''}`, () => {
  const converted = new Map<string, { docs: Record<string, unknown>[]; result: Converted; module: string }>();
  let dir = '';
  let tscOutput = '';
  const equal: string[] = [];
  let comparedByRunning = 0;
  const roundTrips: string[] = [];

  beforeAll(() => {
    files.forEach((file, i) => {
      const docs = parseAllDocuments(readFileSync(file, 'utf8')).map((d) => d.toJSON()).filter(Boolean);
      const result = convert(docs, { chartName: 'ExampleChart', sources: [relative(TEKTON_CORPUS, file)] });
      converted.set(file, { docs, result, module: `example${i}.ts` });
    });
    dir = projectDir();
    tscOutput = compile(dir, new Map([...converted.values()].map((c) => [c.module, c.result.code])));
  }, 600_000);

  it('finds the 152 v1 examples and the Triggers examples', () => {
    expect(files.filter((f) => f.includes('examples/v1/'))).toHaveLength(152);
    expect(files.length).toBeGreaterThan(152);
  });

  it('compiles every converted module in one tsc --strict program', () => {
    expect(tscOutput).toBe('');
  });

  it.each(files.map((f) => [relative(TEKTON_CORPUS, f), f]))('%s synthesizes to its own objects', (_name, file) => {
    const c = converted.get(file)!;
    const rejected = REJECTED[relative(TEKTON_CORPUS, file)];
    if (rejected !== undefined) {
      expect(() => synth(dir, c.module, 'ExampleChart')).toThrow(rejected);
      return;
    }
    const synthesized = synth(dir, c.module, 'ExampleChart', CLUSTER_CONFIG[relative(TEKTON_CORPUS, file)]);
    // Converted code passes validate with no script.tekton-reference warning: step results and
    // artifacts travel as env vars too, which Tekton's entrypoint fills in as it does the script.
    const warned = validateManifests(synthesized.map((manifest, i) => ({ manifest: manifest as Record<string, unknown>, source: `#${i}` })), { apiFields: 'alpha', enableArtifacts: true });
    const fields = new Set(warned.filter((p) => p.rule === 'script.tekton-reference').map((p) => `${p.input}:${p.field}`));
    expect([...fields]).toEqual([]);
    // Converting what the module synthesized gives the module back, byte for byte.
    const again = convert(synthesized as Record<string, unknown>[], { chartName: 'ExampleChart', sources: [relative(TEKTON_CORPUS, file)] });
    expect(again.code).toBe(c.result.code);
    roundTrips.push(file);
    const out = synthesized.map(normalise);
    const input = c.docs.map(normalise);
    const rewritten = undoScriptRewrite(input, out);
    expect(compareByRunning(rewritten)).toEqual([]);
    comparedByRunning += rewritten.length;
    expect(out).toEqual(input);
    equal.push(file);
  });

  afterAll(() => {
    const all = [...converted.entries()];
    const fields = all.reduce((n, [, c]) => n + c.result.fields, 0);
    const escapes = all.reduce((n, [, c]) => n + c.result.escapes, 0);
    const worst = all.filter(([, c]) => c.result.escapes > 0).sort((a, b) => b[1].result.escapes / b[1].result.fields - a[1].result.escapes / a[1].result.fields).slice(0, 5);
    console.log(`convert: ${all.length} files converted, ${equal.length} equal after normalisation, ${escapes} escape hatches in ${fields} fields (${((1000 * escapes) / fields).toFixed(1)} per 1000)`);
    console.log(`round trip (convert, synth, convert) gives the same module: ${roundTrips.length} of ${all.length}`);
    console.log(`steps whose rewritten code was compared by running both versions (under bash; Python scripts under python3): ${comparedByRunning}`);
    console.log(`worst: ${worst.map(([f, c]) => `${relative(TEKTON_CORPUS, f)} (${c.result.escapes} in ${c.result.fields})`).join('; ')}`);
  });
});
