// Tekton Triggers' own v1beta1 and v1alpha1 examples: the validator accepts every file the upstream
// webhook accepts. Each example folder is validated together with the corpus' shared example-pipeline.yaml,
// with refs to objects outside the folder allowed (the folders refer to each other's templates and
// bindings, and reuse names, so they cannot all be validated as one set).
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, isWarning, validateManifests } from '../../lib';
import type { ManifestInput } from '../../lib';
import { parseYamlStream } from '../../lib/yaml';
import { corpusMissing, describeWithCorpus } from '../support/corpus';
import { yamlFiles } from '../support/yaml-files';

/** The one file the webhook rejects: its TaskRun uses $(tt.params.azurerepo-user-type), which the template does not declare. */
const REJECTED = 'v1beta1/azurerepo/pull/azurerepo-pullrequest-listener.yaml';
const REJECTED_PROBLEMS = [
  'TriggerTemplate "azurerepo-pr-template": spec.resourcetemplates[0]: $(tt.params.azurerepo-user-type) is used, and the template declares no param "azurerepo-user-type"; declared: azurerepo-event-type, azurerepo-url, azurerepo-pullreq-sha, azurerepo-pullreq-state, azurerepo-pullreq-number, azurerepo-pullreq-repo-name, azurerepo-pullreq-html-url, azurerepo-pullreq-title, azurerepo-pullreq-user (got "$(tt.params.azurerepo-user-type)"). Fix: add {name: azurerepo-user-type} to spec.params, or fix the reference',
];

/**
 * The RBAC files whose ClusterRoleBinding binds the listener's account in namespace "default"
 * while the listener has no namespace (the examples assume `kubectl apply` into "default"): a
 * warning, as for the user who applied such YAML with -n ci (issue 14, finding 4).
 */
const RBAC_DEFAULT_NAMESPACE = ['bitbucket-cloud/rbac.yaml', 'bitbucket-server/rbac.yaml', 'cron/rbac.yaml', 'embedded-trigger/rbac.yaml', 'eventlisteners/rbac.yaml', 'gitlab/rbac.yaml', 'label-selector/rbac.yaml', 'namespace-selector/01_rbac.yaml', 'slack/rbac.yaml', 'trigger-ref/rbac.yaml', 'triggergroups/rbac.yaml'];

/**
 * Accepted with warnings: the slack example's inline template declares `response`, which no
 * binding provides, and its bindings provide `branch` and `image`, which the template lacks.
 */
const WARNINGS: Record<string, string[]> = {
  'v1beta1/slack/slack-eventlistener-interceptor.yaml': ['trigger.param-not-provided', 'trigger.param-not-declared', 'trigger.param-not-declared'],
  ...Object.fromEntries(RBAC_DEFAULT_NAMESPACE.map((f) => [`v1beta1/${f}`, ['eventlistener.rbac-namespace']])),
};

describeWithCorpus('Tekton Triggers examples', 'triggers-examples', (CORPUS) => {
  const load = (file: string): ManifestInput[] => parseYamlStream(readFileSync(file, 'utf8')).documents.map((d) => d.value).filter(Boolean).map((manifest) => ({ manifest, source: relative(CORPUS, file) }));
  const files = yamlFiles(join(CORPUS, 'v1beta1'));
  const shared = load(join(CORPUS, 'example-pipeline.yaml'));
  const byFolder = new Map<string, string[]>();
  for (const f of files) byFolder.set(dirname(f), [...(byFolder.get(dirname(f)) ?? []), f]);
  const results = new Map<string, { errors: string[]; warnings: string[]; docs: number }>();
  // The shared file's tekton.dev/v1beta1 Task and Pipeline are checked against their schema only.
  const sharedProblems = new Set<string>();
  for (const folderFiles of byFolder.values()) {
    const inputs = [...folderFiles.flatMap(load), ...shared];
    for (const f of folderFiles) results.set(relative(CORPUS, f), { errors: [], warnings: [], docs: inputs.filter((i) => i.source === relative(CORPUS, f)).length });
    for (const p of validateManifests(inputs, { checkRefsExist: false })) {
      const r = results.get(inputs[p.input].source);
      if (!r) sharedProblems.add(formatProblem(p));
      else if (isWarning(p)) r.warnings.push(p.rule);
      else r.errors.push(formatProblem(p));
    }
  }

  it('reads the whole corpus: 92 files in 25 folders, 175 documents of which 83 are Triggers objects', () => {
    const triggersDocs = files.flatMap(load).filter((i) => String(i.manifest.apiVersion).startsWith('triggers.tekton.dev/')).length;
    expect([files.length, byFolder.size, [...results.values()].reduce((n, r) => n + r.docs, 0), triggersDocs]).toEqual([92, 25, 175, 83]);
  });

  it('the shared example-pipeline.yaml gets only the warning that its v1beta1 documents are checked against their schema only', () => {
    expect([...sharedProblems].map((m) => m.replace(/: apiVersion: only the schema of tekton\.dev\/v1beta1 .*/, ''))).toEqual([
      'warning: Task "say-hello"',
      'warning: Task "say-message"',
      'warning: Task "say-bye"',
      'warning: Pipeline "simple-pipeline"',
    ]);
  });

  it.each(files.map((f) => relative(CORPUS, f)))('%s', (rel) => {
    const r = results.get(rel)!;
    expect(r.errors).toEqual(rel === REJECTED ? REJECTED_PROBLEMS : []);
    expect(r.warnings).toEqual(WARNINGS[rel] ?? []);
  });
});

/**
 * The v1alpha1 examples write interceptors in the older forms (`- cel: {filter}`, `- github: {...}`)
 * that Triggers' v1alpha1 webhook converts to the ref form. The corpus beside the repository in CI
 * predates them, so this suite runs where the corpus has them (`npm run fetch-conformance` copies
 * them) and is otherwise skipped with that reason, in CI too.
 */
const ALPHA = 'triggers-examples/v1alpha1';
const ALPHA_FOLDERS = 16;
if (corpusMissing(ALPHA) !== undefined && corpusMissing('triggers-examples') === undefined) {
  process.stderr.write(`skipped: Tekton Triggers v1alpha1 examples: ${corpusMissing(ALPHA)}\n`);
  describe.skip(`Tekton Triggers v1alpha1 examples [skipped: ${corpusMissing(ALPHA)}]`, () => {
    it('needs the v1alpha1 examples in the corpus', () => undefined);
  });
} else {
  describeWithCorpus('Tekton Triggers v1alpha1 examples', 'triggers-examples/v1alpha1', (dir) => {
    const CORPUS = dirname(dir);
    const load = (file: string): ManifestInput[] => parseYamlStream(readFileSync(file, 'utf8')).documents.map((d) => d.value).filter(Boolean).map((manifest) => ({ manifest, source: relative(CORPUS, file) }));
    const files = yamlFiles(dir);
    const shared = load(join(CORPUS, 'example-pipeline.yaml'));
    const byFolder = new Map<string, string[]>();
    for (const f of files) {
      const folder = relative(dir, f).split('/')[0];
      byFolder.set(folder, [...(byFolder.get(folder) ?? []), f]);
    }
    const rejected = new Map<string, string[]>();
    for (const [folder, folderFiles] of byFolder) {
      const inputs = [...folderFiles.flatMap(load), ...shared];
      const errors = validateManifests(inputs, { checkRefsExist: false }).filter((p) => !isWarning(p) && folderFiles.some((f) => relative(CORPUS, f) === inputs[p.input].source));
      if (errors.length > 0) rejected.set(folder, errors.map(formatProblem));
    }

    it(`accepts all ${ALPHA_FOLDERS} folders, the older interceptor forms included`, () => {
      expect(byFolder.size).toBe(ALPHA_FOLDERS);
      expect(Object.fromEntries(rejected)).toEqual({});
    });
  });
}
