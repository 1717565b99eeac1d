// The package as users get it: packed once (prepack builds it, in a copy of the repository), the
// tarball installed into fresh projects (npm's cache, warmed by `npm ci`, keeps it fast), and used
// every way a cdk8s user would: the `cdk8s init typescript-app` layout with its app command
// (npx ts-node main.ts) running the README's quick start, tsc then node, plain JavaScript, ESM, the
// CLI, the Orka image context, and a project made by `cdk8s-tekton init` with its own commands
// (npm run synth, that is `cdk8s synth`, and npm test). Only that last project installs cdk8s-cli,
// the heaviest package by far; the first runs the app command of its cdk8s.yaml as cdk8s synth would.
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parseAllDocuments } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyOfRepository, REPO } from '../support/clone';

const own = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
const TEMPLATE = join(REPO, 'node_modules/cdk8s-cli/templates/typescript-app');
const ENV = { ...process.env, CDK8S_CHECK_UPGRADE: 'false' };
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const work = mkdtempSync(join(tmpdir(), 'cdk8s-tekton-consumer-'));
const app = join(work, 'app'); // the cdk8s typescript-app layout
const initialized = join(work, 'from-init'); // made by `cdk8s-tekton init`
let tarball = '';

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = ENV) {
  const r = spawnSync(command, args, { cwd, env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function install(dir: string): Promise<void> {
  await promisify(execFile)(NPM, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, env: ENV });
}

const quickStart = /```ts\n([\s\S]*?)```/.exec(readFileSync(join(REPO, 'README.md'), 'utf8'))![1];
const asCommonJs = (code: string) => code.replace(/^import \{([^}]*)\} from '([^']+)';$/gm, "const {$1} = require('$2');");

const ORKA_APP = `const { App, Chart } = require('cdk8s');
const { OrkaBuildScript, OrkaCluster, OrkaMacBuild } = require('cdk8s-tekton');
const app = new App();
new OrkaMacBuild(new Chart(app, 'mac'), 'ios-build', {
  cluster: OrkaCluster.v3({ url: 'https://orka.example', tokenSecret: 'orka-token' }),
  runnerImage: 'ghcr.io/acme/orka-runner:0.1.0',
  vmImage: 'sonoma-xcode16',
  ssh: { keySecret: 'orka-vm-ssh' },
  buildScript: OrkaBuildScript.inline('xcodebuild'),
});
app.synth();
`;

beforeAll(async () => {
  const clone = copyOfRepository('cdk8s-tekton-pack-');
  try {
    execFileSync(NPM, ['pack', '--pack-destination', work, '--loglevel=error'], { cwd: clone, env: ENV, stdio: 'pipe' });
  } finally {
    rmSync(clone, { recursive: true, force: true });
  }
  tarball = join(work, `cdk8s-tekton-${own.version}.tgz`);
  execFileSync('tar', ['-xzf', tarball, '-C', work]);

  mkdirSync(app);
  cpSync(join(TEMPLATE, 'cdk8s.yaml'), join(app, 'cdk8s.yaml'));
  cpSync(join(TEMPLATE, 'tsconfig.json'), join(app, 'tsconfig.json'));
  writeFileSync(join(app, 'package.json'), JSON.stringify({
    name: 'consumer',
    private: true,
    dependencies: { 'cdk8s': own.peerDependencies.cdk8s, 'cdk8s-tekton': `file:${tarball}`, 'constructs': own.peerDependencies.constructs },
    devDependencies: Object.fromEntries(['@types/node', 'ts-node', 'typescript'].map((p) => [p, own.devDependencies[p]])),
  }, null, 2));
  writeFileSync(join(app, 'main.ts'), quickStart);
  writeFileSync(join(app, 'app.js'), asCommonJs(quickStart));
  writeFileSync(join(app, 'app.mjs'), quickStart);
  writeFileSync(join(app, 'orka.js'), ORKA_APP);

  // init runs from the unpacked tarball: it needs nothing but Node.
  mkdirSync(initialized);
  const init = run(process.execPath, [join(work, 'package/bin/cdk8s-tekton.js'), 'init', '--dependency', tarball], initialized);
  if (init.code !== 0) throw new Error(`cdk8s-tekton init failed: ${init.stderr}`);

  await Promise.all([install(app), install(initialized)]);
}, 300_000);

afterAll(() => rm(work, { recursive: true, force: true }), 120_000);

function synthesized(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}

describe('the packed tarball', () => {
  it('holds the compiled library with typings and source maps, the CLI, the runner bundle, README and LICENSE, and nothing else', () => {
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n').map((f) => f.replace(/^package\//, ''));
    // docs/ and examples/ ship because the README points at them; the examples are sources to read.
    const allowed = /^(package\.json|README\.md|LICENSE|bin\/(cdk8s-tekton\.js|register\.cjs)|build\/orka-runner\.js|build\/(lib|runner\/orka)\/.+\.(js|d\.ts|js\.map)|docs\/[^/]+\.md|examples\/[^/]+(\/[^/]+)?\.(ts|yaml|sh))$/;
    expect(files.filter((f) => !allowed.test(f))).toEqual([]);
    for (const f of ['build/lib/index.js', 'build/lib/index.d.ts', 'build/lib/index-core.js', 'build/lib/index-core.js.map', 'build/lib/compile-cache.js', 'build/lib/cli/validate.js', 'build/lib/cli/init.js', 'build/lib/shell/parse.js', 'build/orka-runner.js', 'LICENSE', 'docs/rules.md', 'examples/loyalty-build/app.ts', 'examples/loyalty-build/expected.k8s.yaml']) expect(files).toContain(f);
    expect(files.filter((f) => /(^|\/)(test|bench|scripts)\/|tsconfig|vitest|rule-docs|\.ts$/.test(f) && !f.endsWith('.d.ts') && !f.startsWith('examples/'))).toEqual([]);
    // Every relative link of the README leads to a file the package ships.
    const links = [...readFileSync(join(REPO, 'README.md'), 'utf8').matchAll(/\]\((?!https?:|#)([^)]+)\)/g)].map((m) => m[1].replace(/\/$/, ''));
    expect(links.filter((l) => !files.some((f) => f === l || f.startsWith(`${l}/`)))).toEqual([]);
    console.log(`tarball: ${statSync(tarball).size} bytes, ${files.length} files`);
  });

  it('has runtime dependencies that are exactly what the compiled code imports, and no build tools', () => {
    const installed = JSON.parse(readFileSync(join(app, 'node_modules/cdk8s-tekton/package.json'), 'utf8'));
    const js = execFileSync('find', [join(app, 'node_modules/cdk8s-tekton/build/lib'), '-name', '*.js'], { encoding: 'utf8' }).trim().split('\n');
    // require.resolve counts too: a module resolved by path is as much a dependency as one imported,
    // and so does a require made by createRequire.
    const requires = js.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/(?:require(?:\.resolve)?|createRequire\)?\(__filename\))\((["'])([^"'.][^"']*)\1\)/g)].map((m) => ({ file: relative(app, f), module: m[2] })));
    // esbuild is required only on the from-sources path of the Orka image context (a dev checkout);
    // the package copies the runner bundle it ships.
    expect(requires.filter((r) => r.module === 'esbuild').map((r) => r.file).sort()).toEqual(['node_modules/cdk8s-tekton/build/lib/index-all.js', 'node_modules/cdk8s-tekton/build/lib/index-extras.js', 'node_modules/cdk8s-tekton/build/lib/orka/image-context.js']);
    const imported = new Set(requires.map((r) => r.module).filter((m) => !m.startsWith('node:') && m !== 'esbuild'));
    expect([...imported].sort()).toEqual(['@marcbachmann/cel-js', 'cdk8s', 'constructs', 're2js', 'yaml']);
    expect(Object.keys(installed.peerDependencies).sort()).toEqual(['cdk8s', 'constructs']);
    // cdk8s-plus-27 is imported by the typings only (Kubernetes types in the public API).
    expect(Object.keys(installed.dependencies).sort()).toEqual(['@marcbachmann/cel-js', 'cdk8s-plus-27', 're2js', 'yaml']);
    for (const tool of ['esbuild', 'ssh2', 'vitest']) expect(existsSync(join(app, 'node_modules', tool)), tool).toBe(false);
  });

  it('installs no native addon, so no install needs a C++ toolchain', () => {
    const native = execFileSync('find', [join(app, 'node_modules'), '(', '-name', '*.node', '-o', '-name', 'binding.gyp', ')'], { encoding: 'utf8' }).trim();
    expect(native).toBe('');
  });
});

describe('a project in the cdk8s typescript-app layout, with the tarball installed', () => {
  let quick: string;

  it('synthesizes the README quick start with the layout\'s app command, npx ts-node main.ts', () => {
    const command = /^app: (.*)$/m.exec(readFileSync(join(app, 'cdk8s.yaml'), 'utf8'))![1];
    expect(command).toBe('npx ts-node main.ts');
    const r = run('sh', ['-c', command], app);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr, 'no synth warning: the quick start follows the CI recipe').not.toContain('warning:');
    // The README's CI recipe: the definitions in one file (kubectl apply), the run in another (kubectl create).
    quick = `${synthesized(app, 'dist/ci.k8s.yaml')}---\n${synthesized(app, 'dist/ci-run.k8s.yaml')}`;
    const docs = parseAllDocuments(quick).map((d) => d.toJSON());
    expect(docs.map((d) => `${d.kind}/${d.metadata.name ?? d.metadata.generateName}`)).toEqual(['Task/unit-test', 'Pipeline/ci', 'PipelineRun/ci-run-']);
    expect(docs[0].spec.steps[0].script).toBe('npm test -- "${PARAMS_TARGET}" > "${RESULTS_REPORT_PATH}"');
    expect(docs[1].spec.tasks[1]).toMatchObject({ name: 'test', runAfter: ['clone'], taskRef: { name: 'unit-test' } });
  });

  it('compiles with tsc, and node runs the JavaScript to the same YAML', () => {
    const tsc = run(NPX, ['tsc'], app);
    expect(tsc.code, tsc.stdout).toBe(0);
    const r = run(process.execPath, ['main.js'], app, { ...ENV, CDK8S_OUTDIR: 'out-tsc' });
    expect(r.code, r.stderr).toBe(0);
    expect(`${synthesized(app, 'out-tsc/ci.k8s.yaml')}---\n${synthesized(app, 'out-tsc/ci-run.k8s.yaml')}`).toBe(quick);
  });

  it.each([['a plain JavaScript (CommonJS) app', 'app.js', 'out-cjs'], ['an ESM app', 'app.mjs', 'out-esm']])('runs %s to the same YAML', (_what, file, out) => {
    const r = run(process.execPath, [file], app, { ...ENV, CDK8S_OUTDIR: out });
    expect(r.code, r.stderr).toBe(0);
    expect(`${synthesized(app, `${out}/ci.k8s.yaml`)}---\n${synthesized(app, `${out}/ci-run.k8s.yaml`)}`).toBe(quick);
  });

  it('names constructs by their own class in messages, as the sources do (the bundle keeps class names)', () => {
    writeFileSync(join(app, 'names.js'), `const { App, Chart } = require('cdk8s');
const { KanikoTask, Pipeline, Task } = require('cdk8s-tekton');
const chart = new Chart(new App(), 'names');
const task = new Task(chart, 'build');
task.addStep({ name: 'a', image: 'alpine:3.20', script: 'true' });
try { task.addStep({ name: 'a', image: 'alpine:3.20', script: 'true' }); } catch (e) { console.log(e.message); }
console.log([new Pipeline(chart, 'ci').ownerLabel, new KanikoTask(chart, 'kaniko').ownerLabel].join(', '));
`);
    expect(run(process.execPath, ['names.js'], app)).toEqual({
      code: 0,
      stdout: 'Task "build": step "a" is declared twice. Give each step a unique name.\nPipeline "ci", KanikoTask "kaniko"\n',
      stderr: '',
    });
  });

  it('loads the validation engine and the shell parser only when first used, each from its own file', () => {
    const loaded = `const chunks = () => Object.keys(require.cache).filter((f) => /index-(validate|shell)\\.js$/.test(f)).map((f) => f.split('/').pop());
const { App, Chart } = require('cdk8s');
const { script, Task } = require('cdk8s-tekton');
const seen = [chunks().join(' ')];
const app = new App({ outdir: 'out-lazy' });
const task = new Task(new Chart(app, 'lazy'), 'build');
const target = task.addParam('target');
task.addStep({ name: 'a', image: 'alpine:3.20', script: script\`make \${target}\` });
seen.push(chunks().join(' '));
app.synth();
seen.push(chunks().join(' '));
console.log(seen.join(' | '));
`;
    writeFileSync(join(app, 'lazy.js'), loaded);
    expect(run(process.execPath, ['lazy.js'], app)).toEqual({ code: 0, stdout: ' | index-shell.js | index-shell.js index-validate.js\n', stderr: '' });
    expect(synthesized(app, 'out-lazy/lazy.k8s.yaml')).toContain('script: make "${PARAMS_TARGET}"');
  });

  it('loads Orka, the catalog, Triggers and Pipelines-as-Code from a file of their own when one of them is first used, sharing the core\'s classes and validation', () => {
    const loaded = `const chunks = () => Object.keys(require.cache).filter((f) => /index-[a-z]+\\.js$/.test(f)).map((f) => f.split('/').pop()).sort();
const { App, Chart } = require('cdk8s');
const tekton = require('cdk8s-tekton');
const seen = [chunks().join(' ')];
const app = new App({ outdir: 'out-extras' });
const chart = new Chart(app, 'extras');
new tekton.Task(chart, 'plain').addStep({ name: 'a', image: 'alpine:3.20', script: 'true' });
seen.push(chunks().join(' '));
const kaniko = new tekton.KanikoTask(chart, 'kaniko');
seen.push(chunks().join(' '));
console.log(seen.join(' | '));
console.log(kaniko instanceof tekton.Task, Object.getPrototypeOf(tekton.KanikoTask.prototype) === tekton.Task.prototype);
// A Pipeline of the core takes the catalog's Task; a wrong param to it fails synth through the core's validation.
const pipeline = new tekton.Pipeline(chart, 'build');
pipeline.addTask('image', { task: kaniko, params: { IMAGE: 'ghcr.io/acme/app', NOPE: 'x' } });
try { app.synth(); } catch (e) { console.log(e.message.split('\\n')[1].trim()); }
`;
    writeFileSync(join(app, 'extras.js'), loaded);
    const r = run(process.execPath, ['extras.js'], app);
    expect(r.stderr).toBe('');
    const [chunks, classes, problem] = r.stdout.split('\n');
    expect(chunks).toBe('index-core.js | index-core.js | index-core.js index-extras.js');
    expect(classes).toBe('true true');
    expect(problem).toMatch(/^\[extras\/build\] Pipeline "build": spec\.tasks\[0\]\.params\[\d\]\.name: /);
    expect(problem).toContain('"NOPE"');
  });

  it('validates the synthesized YAML with npx cdk8s-tekton validate dist/', () => {
    expect(run(NPX, ['cdk8s-tekton', 'validate', 'dist/'], app)).toEqual({ code: 0, stdout: 'ok: 3 documents in 2 files are valid\n', stderr: '' });
    writeFileSync(join(app, 'dist', 'broken.yaml'), 'apiVersion: tekton.dev/v1\nkind: Task\nmetadata:\n  name: broken\nspec:\n  steps: []\n');
    const r = run(NPX, ['cdk8s-tekton', 'validate', 'dist/'], app);
    rmSync(join(app, 'dist', 'broken.yaml'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Task "broken": spec.steps: a Task needs at least one step.');
  });

  it('prints the runner\'s help with npx cdk8s-tekton orka-runner --help', () => {
    const r = run(NPX, ['cdk8s-tekton', 'orka-runner', '--help'], app);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('usage: cdk8s-tekton orka-runner');
    expect(r.stdout).toContain('  ORKA_URL ');
  });

  it('runs when the app is bundled into one file (esbuild --bundle), with no node_modules beside it, to the same YAML', () => {
    const bundled = join(work, 'bundled');
    mkdirSync(bundled);
    /** esbuild's bundle of `file` of the app, written under the same name to `bundled`. */
    const bundle = (file: string) => run(join(REPO, 'node_modules/.bin/esbuild'), [file, '--bundle', '--platform=node', `--outfile=${join(bundled, file)}`, '--log-level=warning'], app);
    // No warning: nothing of the package is left for the bundler to guess at (esbuild included).
    expect(bundle('app.js')).toEqual({ code: 0, stdout: '', stderr: '' });
    const r = run(process.execPath, ['app.js'], bundled, { ...ENV, CDK8S_OUTDIR: 'out' });
    expect(r, r.stderr).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(`${synthesized(bundled, 'out/ci.k8s.yaml')}---\n${synthesized(bundled, 'out/ci-run.k8s.yaml')}`).toBe(quick);
    // Validation runs in the bundle too: a mistake fails the synth with the same message.
    writeFileSync(join(app, 'broken.js'), `const { App, Chart } = require('cdk8s');
const { Pipeline, Task } = require('cdk8s-tekton');
const app = new App({ outdir: 'out-broken' });
const chart = new Chart(app, 'broken');
const task = new Task(chart, 'build');
task.addStep({ name: 'a', image: 'alpine:3.20', script: 'true' });
new Pipeline(chart, 'ci').addTask('build', { task, params: { NOPE: 'x' } });
try { app.synth(); } catch (e) { console.log(e.message); }
`);
    const plain = run(process.execPath, ['broken.js'], app);
    expect(plain.stdout).toContain('"NOPE"');
    expect(bundle('broken.js')).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(run(process.execPath, ['broken.js'], bundled)).toEqual(plain);
    // The Orka image context needs the runner file the package ships, which a bundle leaves behind.
    expect(bundle('orka.js')).toEqual({ code: 0, stdout: '', stderr: '' });
    const orka = run(process.execPath, ['orka.js'], bundled, { ...ENV, CDK8S_OUTDIR: 'out-orka' });
    expect(orka.code).toBe(1);
    expect(orka.stderr).toContain(`[mac/ios-build] could not write the runner image context to orka-runner-image: OrkaMacBuild's image context needs the Orka runner that cdk8s-tekton ships (build/orka-runner.js), and it is not at ${resolve(bundled, '../../orka-runner.js')}: when the app is bundled into one file, mark cdk8s-tekton as external (esbuild --external:cdk8s-tekton) so the package stays in node_modules, or reinstall cdk8s-tekton`);
  });

  it('writes the Orka image context from the shipped runner bundle, without esbuild', () => {
    const r = run(process.execPath, ['orka.js'], app, { ...ENV, CDK8S_OUTDIR: 'out-orka' });
    expect(r.code, r.stderr).toBe(0);
    const shipped = readFileSync(join(app, 'node_modules/cdk8s-tekton/build/orka-runner.js'));
    expect(readFileSync(join(app, 'out-orka/orka-runner-image/orka-runner.js')).equals(shipped)).toBe(true);
    expect(readFileSync(join(app, 'out-orka/orka-runner-image/Dockerfile'), 'utf8')).toContain('COPY orka-runner.js ./orka-runner.js');
  });
});

describe('the compile cache of the installed package', () => {
  const lib = join(app, 'node_modules/cdk8s-tekton/build/lib');
  const cache = join(lib, '.cache');
  const DEBUG = { ...ENV, NODE_DEBUG: 'cdk8s-tekton', CDK8S_OUTDIR: 'out-cache' };
  /** `node app.js` with the cache's debug lines: the lines (pid and cache folder made constant), and the YAML. */
  const synth = (env: NodeJS.ProcessEnv = DEBUG, args: string[] = []) => {
    const r = run(process.execPath, [...args, 'app.js'], app, env);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stderr.split('\n').filter(Boolean).map((l) => l.replace(/^CDK8S-TEKTON \d+: /, '').replaceAll(cache, '<cache>').replace(/-[0-9a-f]{16}-\d+-\d+-v8-[^ ]+\.bin/, '-<key>.bin'));
    return { lines, yaml: `${synthesized(app, 'out-cache/ci.k8s.yaml')}---\n${synthesized(app, 'out-cache/ci-run.k8s.yaml')}` };
  };
  const files = () => (existsSync(cache) ? readdirSync(cache).sort() : []);
  /** The name of the cache of `bundle` as it is now: its build fingerprint, size and mtime, then V8 and the CPU. */
  const cacheName = (bundle: string) => {
    const path = join(lib, bundle);
    const { size, mtimeMs } = statSync(path);
    const build = /\/\/# cdk8s-tekton-build=([0-9a-f]{16})\n/.exec(readFileSync(path, 'utf8'))![1];
    return `${bundle}-${build}-${size}-${Math.trunc(mtimeMs)}-v8-${process.versions.v8}-${process.arch}.bin`;
  };
  let plain = '';
  const quick = () => plain;

  beforeAll(() => {
    // The YAML without the cache, as every process wrote it before there was one.
    const r = run(process.execPath, ['app.js'], app, { ...ENV, CDK8S_OUTDIR: 'out-plain', NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(r.code, r.stderr).toBe(0);
    plain = `${synthesized(app, 'out-plain/ci.k8s.yaml')}---\n${synthesized(app, 'out-plain/ci-run.k8s.yaml')}`;
  });

  it('writes the bytecode of the bundles a process ran when it exits, and the next process compiles from it', () => {
    rmSync(cache, { recursive: true, force: true });
    // A process that only loads the library writes nothing: the cache is to hold what a synth runs.
    const loadOnly = run(process.execPath, ['-e', "require('cdk8s-tekton')"], app, DEBUG);
    expect(loadOnly.stderr.replace(/CDK8S-TEKTON \d+: /g, '')).toBe('compile cache: index-core.js: no cache yet\ncompile cache: nothing is written: this process did not synthesize\n');
    expect(files()).toEqual([]);
    const first = synth();
    expect(first.yaml).toBe(quick());
    expect(first.lines).toEqual([
      'compile cache: index-core.js: no cache yet',
      'compile cache: index-shell.js: no cache yet',
      'compile cache: index-validate.js: no cache yet',
      'compile cache: wrote <cache>/index-core.js-<key>.bin',
      'compile cache: wrote <cache>/index-shell.js-<key>.bin',
      'compile cache: wrote <cache>/index-validate.js-<key>.bin',
    ]);
    expect(files()).toContain(cacheName('index-core.js'));
    expect(files()).toHaveLength(3);
    const second = synth();
    expect(second.yaml).toBe(quick());
    expect(second.lines).toEqual(['compile cache: index-core.js: compiled from the cache', 'compile cache: index-shell.js: compiled from the cache', 'compile cache: index-validate.js: compiled from the cache']);
    // Without NODE_DEBUG the cache says nothing.
    expect(run(process.execPath, ['app.js'], app, { ...ENV, CDK8S_OUTDIR: 'out-cache' })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('writes again a cache V8 refuses, and a bundle edited in place gets a cache of its own', () => {
    synth();
    const core = files().find((f) => f.startsWith('index-core.js-'))!;
    writeFileSync(join(cache, core), 'not bytecode');
    const refused = synth();
    expect(refused.yaml).toBe(quick());
    expect(refused.lines).toEqual(['compile cache: index-core.js: V8 refused the cache, it is written again', 'compile cache: index-shell.js: compiled from the cache', 'compile cache: index-validate.js: compiled from the cache', 'compile cache: wrote <cache>/index-core.js-<key>.bin']);
    expect(readFileSync(join(cache, core), 'utf8')).not.toBe('not bytecode');
    // patch-package and hand edits change the file's modification time: the old cache is not used,
    // and is removed when the new one is written.
    const bundle = join(lib, 'index-validate.js');
    const { atime, mtime } = statSync(bundle);
    const before = files().find((f) => f.startsWith('index-validate.js-'))!;
    utimesSync(bundle, atime, new Date(mtime.getTime() + 5000));
    try {
      const edited = synth();
      expect(edited.yaml).toBe(quick());
      expect(edited.lines).toEqual([
        'compile cache: index-core.js: compiled from the cache',
        'compile cache: index-shell.js: compiled from the cache',
        'compile cache: index-validate.js: no cache yet',
        'compile cache: wrote <cache>/index-validate.js-<key>.bin',
        'compile cache: removed <cache>/index-validate.js-<key>.bin, made from an earlier version of the bundle',
      ]);
      expect(files()).not.toContain(before);
      const after = files().filter((f) => f.startsWith('index-validate.js-'));
      expect(after).toEqual([cacheName('index-validate.js')]);
    } finally {
      utimesSync(bundle, atime, mtime);
    }
  });

  it('loads as before when the cache folder cannot be made, when NODE_DISABLE_COMPILE_CACHE=1, and with --enable-source-maps', () => {
    rmSync(cache, { recursive: true, force: true });
    writeFileSync(cache, 'a file where the folder would be');
    try {
      const blocked = synth();
      expect(blocked.yaml).toBe(quick());
      expect(blocked.lines.at(-1)).toMatch(/^compile cache: <cache> cannot be made \(EEXIST: file already exists, mkdir '.*'\); nothing is written$/);
      expect(run(process.execPath, ['app.js'], app, { ...ENV, CDK8S_OUTDIR: 'out-cache' })).toEqual({ code: 0, stdout: '', stderr: '' });
    } finally {
      rmSync(cache, { force: true });
    }
    for (const [env, args] of [[{ ...DEBUG, NODE_DISABLE_COMPILE_CACHE: '1' }, []], [DEBUG, ['--enable-source-maps']]] as const) {
      const plain = synth(env, [...args]);
      expect(plain.yaml).toBe(quick());
      expect(plain.lines).toEqual([]);
      expect(files()).toEqual([]);
    }
  });
});

describe('TypeScript 6 and ts-node in the cdk8s layout', () => {
  const globals = join(work, 'globals');
  const code = "console.log(`node ${process.version.startsWith('v')}`);\n";

  it('needs "types": ["node"] in tsconfig.json for Node globals, and works with it', () => {
    mkdirSync(globals);
    symlinkSync(join(app, 'node_modules'), join(globals, 'node_modules'), 'dir');
    writeFileSync(join(globals, 'main.ts'), code);
    const tsconfig = JSON.parse(readFileSync(join(TEMPLATE, 'tsconfig.json'), 'utf8'));
    writeFileSync(join(globals, 'tsconfig.json'), JSON.stringify(tsconfig));
    const without = run(NPX, ['ts-node', 'main.ts'], globals);
    expect(without.code).not.toBe(0);
    expect(without.stderr).toContain("error TS2584: Cannot find name 'console'");
    tsconfig.compilerOptions.types = ['node'];
    writeFileSync(join(globals, 'tsconfig.json'), JSON.stringify(tsconfig));
    expect(run(NPX, ['ts-node', 'main.ts'], globals)).toEqual({ code: 0, stdout: 'node true\n', stderr: '' });
  });
});

describe('a project made by npx cdk8s-tekton init --dependency <tarball>', () => {
  const name = initialized.split('/').pop()!;

  it('synthesizes with its own npm run synth', () => {
    const r = run(NPM, ['run', 'synth'], initialized);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr, 'no synth warning: the run follows the CI recipe').not.toContain('warning:');
    const docs = parseAllDocuments(synthesized(initialized, `dist/${name}.k8s.yaml`)).map((d) => d.toJSON());
    expect(docs.map((d) => `${d.kind}/${d.metadata.name}`)).toEqual(['Task/unit-test', 'Pipeline/ci']);
    const runs = parseAllDocuments(synthesized(initialized, `dist/${name}-run.k8s.yaml`)).map((d) => d.toJSON());
    expect(runs.map((d) => `${d.kind}/${d.metadata.generateName}`)).toEqual(['PipelineRun/ci-run-']);
  });

  it('passes its own npm test', () => {
    const r = run(NPM, ['test'], initialized);
    expect(r.code, `${r.stdout}${r.stderr}`).toBe(0);
    expect(r.stdout).toContain('ok 1 - the charts synthesize a Task and a Pipeline, and a PipelineRun of it');
    expect(r.stdout).toContain('# pass 1\n# fail 0');
  });

  it('synthesizes through cdk8s-tekton/register without type-checking; its npm test catches the type error', () => {
    expect(readFileSync(join(initialized, 'cdk8s.yaml'), 'utf8')).toBe('language: typescript\napp: node -r cdk8s-tekton/register main.ts\n');
    const main = readFileSync(join(initialized, 'main.ts'), 'utf8');
    const lines = main.split('\n').length;
    writeFileSync(join(initialized, 'main.ts'), `${main}export const retries: number = '3';\n`);
    try {
      const synth = run(NPM, ['run', 'synth'], initialized);
      expect(synth.code, synth.stderr).toBe(0);
      const test = run(NPM, ['test'], initialized);
      expect(test.code).not.toBe(0);
      expect(`${test.stdout}${test.stderr}`).toContain(`main.ts(${lines},14): error TS2322: Type 'string' is not assignable to type 'number'.`);
    } finally {
      writeFileSync(join(initialized, 'main.ts'), main);
    }
  });
});
