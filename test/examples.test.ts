import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { App, Chart, Yaml } from 'cdk8s';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DiamondChart } from '../examples/diamond/app';
import { HelloChart } from '../examples/hello/app';
import { LoyaltySystemChart } from '../examples/loyalty-system/app';
import { ResolversChart } from '../examples/resolvers/app';
import { validateManifests } from '../lib';

const ROOT = resolve(__dirname, '..');

// tekton-lint cannot follow resolver refs (they have no task name to look up), so for the
// resolvers example its missing-resource rule is off; every other rule stays at its default.
const EXAMPLES: Array<{ name: string; make: (app: App) => Chart; lintRulesOff?: string[] }> = [
  { name: 'hello', make: (app) => new HelloChart(app) },
  { name: 'diamond', make: (app) => new DiamondChart(app) },
  { name: 'resolvers', make: (app) => new ResolversChart(app), lintRulesOff: ['no-missing-resource'] },
  { name: 'loyalty-system', make: (app) => new LoyaltySystemChart(app) },
];

function synthYaml(make: (app: App) => Chart): string {
  const chart = make(new App({ outdir: mkdtempSync(join(tmpdir(), 'cdk8s-tekton-ex-')) }));
  return Yaml.stringify(...chart.toJson());
}

describe.each(EXAMPLES)('example $name', ({ name, make, lintRulesOff }) => {
  const expectedFile = join(ROOT, 'examples', name, 'expected.k8s.yaml');
  const yaml = synthYaml(make);
  if (process.env.UPDATE_EXPECTED === '1') writeFileSync(expectedFile, yaml);

  it('synthesizes exactly the committed YAML', () => {
    expect(yaml).toBe(readFileSync(expectedFile, 'utf8'));
  });

  it('synthesizes byte-identical YAML every time', () => {
    expect(synthYaml(make)).toBe(yaml);
  });

  it('passes the validator at the default feature level', () => {
    const docs = parseAllDocuments(yaml).map((d) => d.toJSON());
    expect(validateManifests(docs.map((manifest, i) => ({ manifest, source: `${name}#${i}` })))).toEqual([]);
  });

  it('passes @ibm/tekton-lint with zero errors', () => {
    const parsed = parseAllDocuments(yaml);
    expect(parsed.flatMap((d) => d.errors)).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'cdk8s-tekton-lint-'));
    const file = join(dir, `${name}.yaml`);
    writeFileSync(file, yaml);
    const defaults = readFileSync(join(ROOT, 'node_modules/@ibm/tekton-lint/.tektonlintrc.yaml'), 'utf8');
    const config = (lintRulesOff ?? []).reduce((text, rule) => text.replace(new RegExp(`^(\\s+${rule}:) \\w+$`, 'm'), '$1 off'), defaults);
    writeFileSync(join(dir, '.tektonlintrc.yaml'), config);
    let out: string;
    try {
      out = execFileSync(join(ROOT, 'node_modules/.bin/tekton-lint'), ['--format', 'json', '--config', dir, file], { cwd: dir, encoding: 'utf8' });
    } catch (e) {
      out = (e as { stdout: string }).stdout;
    }
    const problems = JSON.parse(out.slice(out.indexOf('['))) as Array<{ level: string; message: string; rule: string }>;
    expect(problems.filter((p) => p.level === 'error')).toEqual([]);
  });
});
