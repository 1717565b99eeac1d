import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { App, Chart, Yaml } from 'cdk8s';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DiamondChart } from '../examples/diamond/app';
import { HelloChart } from '../examples/hello/app';
import { LoyaltyPacChart } from '../examples/loyalty-pac/app';
import { LoyaltySystemChart } from '../examples/loyalty-system/app';
import { ResolversChart } from '../examples/resolvers/app';
import { validateManifests } from '../lib';

const ROOT = resolve(__dirname, '..');

// tekton-lint cannot follow resolver refs (they have no task name to look up), so for the
// resolvers example its missing-resource rule is off; every other rule stays at its default.
const EXAMPLES: Array<{ name: string; synth: () => string; lintRulesOff?: string[] }> = [
  { name: 'hello', synth: () => synthYaml((app) => new HelloChart(app)) },
  { name: 'diamond', synth: () => synthYaml((app) => new DiamondChart(app)) },
  { name: 'resolvers', synth: () => synthYaml((app) => new ResolversChart(app)), lintRulesOff: ['no-missing-resource'] },
  { name: 'loyalty-system', synth: () => synthYaml((app) => new LoyaltySystemChart(app)) },
  // Two charts: the definitions CI applies and the run it creates (README, "CI recipe").
  { name: 'loyalty-build', synth: () => runProgram('examples/loyalty-build/app.ts', ['loyalty.k8s.yaml', 'loyalty-run.k8s.yaml']) },
  { name: 'loyalty-pac', synth: () => synthYaml((app) => new LoyaltyPacChart(app)) },
];

function synthYaml(make: (app: App) => Chart): string {
  const chart = make(new App({ outdir: mkdtempSync(join(tmpdir(), 'cdk8s-tekton-ex-')) }));
  return Yaml.stringify(...chart.toJson());
}

/** Runs an example that is a whole program (its own App and app.synth()) as cdk8s would, and reads what it wrote (files joined as one YAML stream); it must print nothing. */
function runProgram(program: string, files: readonly string[]): string {
  const outdir = mkdtempSync(join(tmpdir(), 'cdk8s-tekton-ex-'));
  const result = spawnSync(process.execPath, ['-r', './scripts/register-ts.cjs', program], { cwd: ROOT, env: { ...process.env, CDK8S_OUTDIR: outdir }, encoding: 'utf8' });
  expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({ status: 0, stdout: '', stderr: '' });
  const yaml = files.map((file) => readFileSync(join(outdir, file), 'utf8')).join('---\n');
  rmSync(outdir, { recursive: true, force: true });
  return yaml;
}

describe.each(EXAMPLES)('example $name', ({ name, synth, lintRulesOff }) => {
  const expectedFile = join(ROOT, 'examples', name, 'expected.k8s.yaml');
  const yaml = synth();
  if (process.env.UPDATE_EXPECTED === '1') writeFileSync(expectedFile, yaml);

  it('synthesizes exactly the committed YAML', () => {
    expect(yaml).toBe(readFileSync(expectedFile, 'utf8'));
  });

  it('synthesizes byte-identical YAML every time', () => {
    expect(synth()).toBe(yaml);
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
