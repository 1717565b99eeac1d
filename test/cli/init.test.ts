// `cdk8s-tekton init` on its own; test/package/consumer.test.ts installs what it writes and runs
// the project's own commands.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/init';

const own = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8'));

async function init(argv: string[], cwd = mkdtempSync(join(tmpdir(), 'cdk8s-tekton-init-'))) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, (s) => { stdout += s; }, (s) => { stderr += s; }, cwd);
  return { code, stdout, stderr, cwd };
}

describe('cdk8s-tekton init', () => {
  it('writes the project into an empty folder, named after it, depending on this version by default', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'cdk8s-tekton-init-'));
    const cwd = join(parent, 'Shop CI');
    mkdirSync(cwd);
    const r = await init([], cwd);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe(`wrote cdk8s.yaml, package.json, tsconfig.json, main.ts, main.test.ts, README.md, .gitignore in ${cwd}\nnext: npm install, then npm run synth (YAML in dist/) and npm test\n`);
    expect(readdirSync(cwd).sort()).toEqual(['.gitignore', 'README.md', 'cdk8s.yaml', 'main.test.ts', 'main.ts', 'package.json', 'tsconfig.json']);
    expect(readFileSync(join(cwd, 'cdk8s.yaml'), 'utf8')).toBe('language: typescript\napp: node -r cdk8s-tekton/register main.ts\n');
    const pkg = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8'));
    expect(pkg.name).toBe('shop-ci');
    expect(pkg.scripts).toMatchObject({ synth: 'CDK8S_CHECK_UPGRADE=false cdk8s synth', test: 'node --require ts-node/register --test main.test.ts' });
    expect(pkg.dependencies).toEqual({ 'cdk8s': own.peerDependencies.cdk8s, 'cdk8s-tekton': `^${own.version}`, 'constructs': own.peerDependencies.constructs });
    expect(pkg.devDependencies).toEqual({
      '@types/node': own.devDependencies['@types/node'],
      'cdk8s-cli': `^${own.devDependencies['cdk8s-cli']}`,
      'esbuild': own.devDependencies.esbuild,
      'ts-node': `^${own.devDependencies['ts-node']}`,
      'typescript': `~${own.devDependencies.typescript}`,
    });
    expect(JSON.parse(readFileSync(join(cwd, 'tsconfig.json'), 'utf8')).compilerOptions.types).toEqual(['node']);
    // The CI recipe: definitions applied, the run (generateName) in a chart of its own, created.
    expect(readFileSync(join(cwd, 'main.ts'), 'utf8')).toContain("  const ci = new CiChart(app, 'shop-ci');\n  new CiRunChart(app, 'shop-ci-run', ci.pipeline);\n");
    expect(readFileSync(join(cwd, 'main.ts'), 'utf8')).toContain("      generateName: 'ci-run-',\n");
    const readme = readFileSync(join(cwd, 'README.md'), 'utf8');
    expect(readme).toContain('npm run synth   # writes the Tekton YAML to dist/shop-ci.k8s.yaml and the run to dist/shop-ci-run.k8s.yaml');
    expect(readme).toContain('In CI, on every build: `kubectl apply -f dist/shop-ci.k8s.yaml` (the Task and the Pipeline),\nthen `kubectl create -f dist/shop-ci-run.k8s.yaml`');
  });

  it('takes the dependency from --dependency: a tarball path becomes file:<absolute path>, a range stays as it is', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'cdk8s-tekton-init-'));
    const tarball = join(cwd, '..', `${cwd.split('/').pop()}.tgz`);
    writeFileSync(tarball, '');
    const fromPath = await init(['--dependency', `../${cwd.split('/').pop()}.tgz`, '--name', 'ci'], cwd);
    expect(fromPath.code).toBe(0);
    expect(JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')).dependencies['cdk8s-tekton']).toBe(`file:${tarball}`);
    const fromRange = await init(['--dependency=~0.1.0']);
    expect(JSON.parse(readFileSync(join(fromRange.cwd, 'package.json'), 'utf8')).dependencies['cdk8s-tekton']).toBe('~0.1.0');
  });

  it('refuses a folder that is not empty, writing nothing', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'cdk8s-tekton-init-'));
    writeFileSync(join(cwd, 'main.ts'), 'mine');
    const r = await init([], cwd);
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr).toBe(`cdk8s-tekton init: ${cwd} is not empty (it has main.ts). Fix: run init in a new, empty folder\n`);
    expect(readdirSync(cwd)).toEqual(['main.ts']);
  });

  it.each([
    [['--bogus'], 'unknown option --bogus'],
    [['src'], 'unexpected argument "src"; init writes into the current folder'],
    [['--dependency'], '--dependency needs a value'],
    [['--name', 'Shop CI'], '--name "Shop CI" is not a valid name; allowed: lowercase letters, digits and "-", starting with a letter or digit'],
    [['--dependency', './missing.tgz'], '--dependency ./missing.tgz: <cwd>/missing.tgz does not exist; give the path of a tarball made by npm pack, or a version range'],
  ])('exits 2 on a usage error: %j', async (argv, message) => {
    const r = await init(argv);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(`cdk8s-tekton init: ${message.replace('<cwd>', r.cwd)}`);
    expect(r.stderr).toContain('usage: cdk8s-tekton init [--dependency <spec>] [--name <name>]');
    expect(readdirSync(r.cwd)).toEqual([]);
  });

  it('prints its help', async () => {
    const r = await init(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('usage: cdk8s-tekton init [--dependency <spec>] [--name <name>]');
  });
});
