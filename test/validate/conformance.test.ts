import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, isWarning, validateManifests, ValidationOptions } from '../../lib';
import { describeWithCorpus } from '../support/corpus';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? yamlFiles(p) : [p];
  });
}

/** The separate feature flags an alpha example turns on (upstream's e2e harness sets them per file). */
const ALPHA_FLAGS: Record<string, ValidationOptions> = {
  'pipelineruns/alpha/consume-artifacts-from-task.yaml': { enableArtifacts: true },
  'pipelineruns/alpha/param-enum.yaml': { enableParamEnum: true },
  'pipelineruns/alpha/pipelinerun-with-cel-when-expressions.yaml': { enableCelInWhenExpression: true },
  'taskruns/alpha/param-enum.yaml': { enableParamEnum: true },
  'taskruns/alpha/produce-consume-artifacts.yaml': { enableArtifacts: true },
  'taskruns/alpha/task-artifacts.yaml': { enableArtifacts: true },
};

/** no-ci examples need infrastructure, not features; one relies on config-defaults. */
const CONFIG: Record<string, ValidationOptions> = {
  'taskruns/no-ci/default-workspaces.yaml': { defaultTaskRunWorkspaceBinding: true },
};

/** The level a folder needs: top = stable, beta/ = beta, alpha/ = alpha plus flags, no-ci/ = the shipped default (beta). */
function optionsFor(rel: string): ValidationOptions {
  const folder = rel.split('/')[1];
  const apiFields = folder === 'alpha' ? 'alpha' : folder === 'beta' || folder === 'no-ci' ? 'beta' : 'stable';
  return { apiFields, ...ALPHA_FLAGS[rel], ...CONFIG[rel] };
}

describeWithCorpus('Tekton examples (conformance)', 'examples/v1', (examples) => {
  function load(rel: string) {
    const docs = parseAllDocuments(readFileSync(join(examples, rel), 'utf8')).map((d) => d.toJSON()).filter(Boolean);
    return docs.map((manifest, i) => ({ manifest, source: `${rel}#${i}` }));
  }

  const files = yamlFiles(examples).map((f) => relative(examples, f));
  let accepted = 0;

  describe('the validator accepts every official Tekton example at the level its folder needs', () => {
    it('finds the 152 example files', () => {
      expect(files).toHaveLength(152);
    });

    it.each(files)('%s', (rel) => {
      expect(validateManifests(load(rel), optionsFor(rel)).filter((p) => !isWarning(p)).map(formatProblem)).toEqual([]);
      accepted++;
    });

    it('warns only about param and result references in script text, 120 of them in 49 files, and in the code two commands run with sh -c', () => {
      const all = files.flatMap((rel) => validateManifests(load(rel), optionsFor(rel)).filter(isWarning).map((p) => ({ rel, p })));
      expect(all.filter(({ p }) => p.rule === 'script.command-reference').map(({ rel, p }) => [rel, p.field, p.value])).toEqual([
        ['pipelineruns/propagating_results_implicit_resultref.yaml', 'spec.pipelineSpec.tasks[1].taskSpec.steps[0].args', '$(tasks.add-uid.results.uid)'],
        ['taskruns/sidecar-interp.yaml', 'spec.taskSpec.sidecars[0].args', '$(params.some-input)'],
      ]);
      const warnings = all.filter(({ p }) => p.rule !== 'script.command-reference');
      expect(new Set(warnings.map(({ p }) => p.rule))).toEqual(new Set(['script.tekton-reference']));
      expect(warnings.every(({ p }) => p.field.endsWith('.script') && /^\$\((params|tasks|steps)[.[]/.test(String(p.value)))).toBe(true);
      expect([warnings.length, new Set(warnings.map(({ rel }) => rel)).size]).toEqual([120, 49]);
    });

    afterAll(() => {
      console.log(`conformance: the validator accepts ${accepted} of ${files.length} official examples`);
    });
  });

  describe('the feature level is enforced on the same examples', () => {
    it.each(Object.entries(ALPHA_FLAGS))('%s is rejected without its flag', (rel, flags) => {
      const [flag] = Object.keys(flags);
      const problems = validateManifests(load(rel), { apiFields: 'alpha' }).filter((p) => !isWarning(p));
      expect(problems.length).toBeGreaterThan(0);
      expect(new Set(problems.map((p) => p.rule))).toEqual(new Set([`feature.${{ enableArtifacts: 'enable-artifacts', enableParamEnum: 'enable-param-enum', enableCelInWhenExpression: 'enable-cel-in-whenexpression' }[flag]}`]));
    });

    it('pipelines in pipelines are rejected below alpha with the field and the fix', () => {
      const problems = validateManifests(load('pipelineruns/alpha/pipelines-in-pipelines.yaml'), { apiFields: 'beta' }).filter((p) => !isWarning(p));
      expect(problems.map(formatProblem)).toEqual([
        'Pipeline "pipelines-in-pipelines-spec": spec.tasks[0].pipelineSpec: a pipeline in a pipeline (pipelineSpec) is an alpha feature, and enable-api-fields is "beta". Fix: set enable-api-fields to "alpha" in the cluster\'s feature-flags ConfigMap and validate with apiFields: \'alpha\' in the validation options, or remove a pipeline in a pipeline (pipelineSpec)',
      ]);
    });

    it('matrix examples are rejected at stable', () => {
      const problems = validateManifests(load('pipelineruns/beta/pipelinerun-with-matrix.yaml'), { apiFields: 'stable' }).filter((p) => !isWarning(p));
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.every((p) => p.rule === 'feature.beta')).toBe(true);
    });

    it('the default-workspaces example needs default-task-run-workspace-binding', () => {
      expect(validateManifests(load('taskruns/no-ci/default-workspaces.yaml')).filter((p) => !isWarning(p)).map(formatProblem)).toEqual([
        'TaskRun "test-taskrun": spec.workspaces: Task "test-task" requires workspace "source", which is not bound. Fix: add a binding named "source" to spec.workspaces, or mark the workspace optional',
      ]);
    });
  });
});
