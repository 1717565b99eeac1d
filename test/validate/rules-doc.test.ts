// docs/rules.md is generated from the engine (scripts/rules-doc.ts): every rule id the engine can
// report is documented in lib/validate/rule-docs.ts with a real example message, and the file in
// the repository is what the generator writes today.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_DOCS } from '../../lib/validate/rule-docs';
import { examples, renderRulesDoc, ruleSites, RULES_MD } from '../../scripts/rules-doc';

const sites = ruleSites();
const documented = Object.keys(RULE_DOCS);
const found = examples();

describe('docs/rules.md', () => {
  it('finds the rules in the engine source, fixed ids and templates', () => {
    expect(sites.filter((s) => !s.pattern).length).toBeGreaterThan(140);
    expect(sites.filter((s) => s.pattern).map((s) => s.id)).toContain('feature.${level}');
  });

  it('documents every rule id the engine reports', () => {
    const missing = [...new Set(sites.filter((s) => !s.pattern && !(s.id in RULE_DOCS)).map((s) => `${s.id} (${s.where})`))];
    expect(missing, 'add these to lib/validate/rule-docs.ts').toEqual([]);
  });

  it('documents at least one id for every id template, and every id the invalid manifests produce', () => {
    const bare = sites.filter((s) => s.pattern && !documented.some((id) => s.pattern!.test(id))).map((s) => `${s.id} (${s.where})`);
    expect(bare, 'document the ids these templates make in lib/validate/rule-docs.ts').toEqual([]);
    expect([...found.keys()].filter((id) => !(id in RULE_DOCS)), 'add these to lib/validate/rule-docs.ts').toEqual([]);
  });

  it('documents no rule the engine does not have', () => {
    const known = (id: string) => sites.some((s) => (s.pattern ? s.pattern.test(id) : s.id === id));
    expect(documented.filter((id) => !known(id)), 'remove these from lib/validate/rule-docs.ts').toEqual([]);
  });

  it('has an example message for every rule, made by the validator for that rule', () => {
    expect(documented.filter((id) => !found.has(id)), 'give these an example in lib/validate/rule-docs.ts (or a manifest in test/validate/invalid/)').toEqual([]);
    expect(found.get('metadata.name')).toEqual({
      message: 'Task (no name): metadata.name: a Task needs a name (or generateName). Fix: set metadata.name',
      source: 'test/validate/invalid/01-name-missing.yaml',
    });
    expect(found.get('step.shape')).toEqual({
      message: 'TriggerTemplate "tt": spec.resourcetemplates[0].spec.pipelineSpec.tasks[0].taskSpec.steps[0]: a step must be an object (got 7). Fix: write the step as a map with image and script or command',
      source: 'lib/validate/rule-docs.ts',
    });
  });

  it('is up to date with the engine', () => {
    expect(readFileSync(RULES_MD, 'utf8') === renderRulesDoc(), 'docs/rules.md is stale: run "npm run rules-doc" and commit it').toBe(true);
  });
});
