// The compile cache (lib/compile-cache.ts) as the built package uses it: build/lib/ copied to a
// folder of its own (node_modules linked beside it), and real node processes loading it. The
// installed tarball's behaviour, message by message, is in test/package/consumer.test.ts.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../support/clone';

const dir = mkdtempSync(join(tmpdir(), 'cdk8s-tekton-compile-cache-'));
const lib = join(dir, 'lib');
const cache = join(lib, '.cache');
// A program that synthesizes one Task whose step uses the script tag: it loads the core, the shell
// parser and the validation engine.
const PROGRAM = `const { App, Chart } = require('cdk8s');
const { script, Task } = require('./lib');
const app = new App({ outdir: process.argv[2] });
const task = new Task(new Chart(app, 'c'), 'build');
const target = task.addParam('target');
task.addStep({ name: 'make', image: 'alpine:3.20', script: script\`make \${target}\` });
app.synth();
`;
const env = { ...process.env, NODE_DEBUG: 'cdk8s-tekton', CDK8S_CHECK_UPGRADE: 'false' };

/** A bundle as npm run build writes one: a module's body as one function expression, and the build's fingerprint. */
function bundleText(body: string, mark: string): string {
  const banner = /^\(function \(load\).*\{$/m.exec(readFileSync(join(REPO, 'build', 'lib', 'index-shell.js'), 'utf8'))![0];
  return `${banner}\n'use strict';\n${body}\n});\n//# cdk8s-tekton-build=${mark}\n`;
}

beforeAll(() => {
  cpSync(join(REPO, 'build', 'lib'), lib, { recursive: true, filter: (src) => !src.endsWith('.cache') });
  symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'app.js'), PROGRAM);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the program in a fresh process; its exit code, and the cache's debug lines without the pid. */
function synth(out: string): { code: number | null; lines: string[] } {
  const r = spawnSync(process.execPath, ['app.js', out], { cwd: dir, env, encoding: 'utf8' });
  return { code: r.status, lines: r.stderr.split('\n').filter(Boolean).map((l) => l.replace(/^CDK8S-TEKTON \d+: /, '')) };
}

describe('the compile cache', () => {
  it('is left whole when several processes write it at once, and each later process compiles from it', async () => {
    rmSync(cache, { recursive: true, force: true });
    const runs = Array.from({ length: 6 }, (_, i) =>
      new Promise<number | null>((done) => spawn(process.execPath, ['app.js', join(dir, `out-${i}`)], { cwd: dir, env, stdio: 'ignore' }).on('exit', done)),
    );
    expect(await Promise.all(runs)).toEqual([0, 0, 0, 0, 0, 0]);
    // One file per bundle; no temporary file of a writer is left.
    expect(readdirSync(cache).map((f) => f.replace(/-[0-9a-f]{16}-\d+-\d+-v8-.*\.bin$/, ''))).toEqual(['index-core.js', 'index-shell.js', 'index-validate.js']);
    const next = synth(join(dir, 'out-next'));
    expect(next).toEqual({ code: 0, lines: ['compile cache: index-core.js: compiled from the cache', 'compile cache: index-shell.js: compiled from the cache', 'compile cache: index-validate.js: compiled from the cache'] });
  });

  it('gives each bundle one module: a plain require of a bundle loaded through the cache returns the same exports', () => {
    const check = `const { loadBundle } = require('./lib/compile-cache.js');
const viaCache = loadBundle('index-validate.js');
console.log(viaCache === require('./lib/index-validate.js'), require('./lib/index-shell.js') === loadBundle('index-shell.js'));
`;
    writeFileSync(join(dir, 'same.js'), check);
    const r = spawnSync(process.execPath, ['same.js'], { cwd: dir, encoding: 'utf8' });
    expect({ code: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({ code: 0, stdout: 'true true\n', stderr: '' });
  });

  it('names a cache after the bundle\'s build fingerprint: another build of the same length and modification time does not use it', () => {
    // Two builds of one bundle, byte for byte the same length, given the same mtime (npm writes
    // every file of a package with one fixed mtime). V8 alone would take the first one's cache.
    const build = (answer: number, mark: string) => bundleText(`exports.answer = () => ${answer};`, mark);
    const bundle = join(lib, 'index-twin.js');
    const program = `const twin = require('./lib/compile-cache.js').loadBundle('index-twin.js'); require('./lib/compile-cache.js').loadBundle('index-validate.js'); console.log(twin.answer());\n`;
    writeFileSync(join(dir, 'twin.js'), program);
    const run = () => {
      const r = spawnSync(process.execPath, ['twin.js'], { cwd: dir, env, encoding: 'utf8' });
      return { stdout: r.stdout, twin: r.stderr.split('\n').filter((l) => l.includes('index-twin.js')).map((l) => l.replace(/^CDK8S-TEKTON \d+: /, '').replace(/-[0-9a-f]{16}-.*\.bin/, '-<key>.bin')) };
    };
    const when = new Date('1985-10-26T08:15:00Z');
    writeFileSync(bundle, build(1, '1111111111111111'));
    utimesSync(bundle, when, when);
    expect(run()).toEqual({ stdout: '1\n', twin: ['compile cache: index-twin.js: no cache yet', `compile cache: wrote ${cache}/index-twin.js-<key>.bin`] });
    expect(run()).toEqual({ stdout: '1\n', twin: ['compile cache: index-twin.js: compiled from the cache'] });
    writeFileSync(bundle, build(2, '2222222222222222'));
    utimesSync(bundle, when, when);
    const second = run();
    expect(second.stdout).toBe('2\n');
    expect(second.twin.slice(0, 2)).toEqual(['compile cache: index-twin.js: no cache yet', `compile cache: wrote ${cache}/index-twin.js-<key>.bin`]);
    // A bundle without the fingerprint is loaded as Node loads any module, and gets no cache.
    writeFileSync(bundle, "'use strict';\nexports.answer = () => 3;\n");
    expect(run()).toEqual({ stdout: '3\n', twin: ['compile cache: index-twin.js: no build fingerprint at its end, loaded without the cache'] });
  });

  it('reports an error thrown by a bundle as it is, and leaves no half-loaded module behind', () => {
    writeFileSync(join(lib, 'index-broken.js'), bundleText("exports.before = 1;\nthrow new Error('broken at load');", '0123456789abcdef'));
    // The process also loads the validation engine, so it writes its caches when it exits: none for the broken bundle.
    const check = `const { loadBundle } = require('./lib/compile-cache.js');
loadBundle('index-validate.js');
for (let i = 0; i < 2; i++) {
  try { loadBundle('index-broken.js'); } catch (e) { console.log(e.message, require.cache[require.resolve('./lib/index-broken.js')] === undefined); }
}
`;
    writeFileSync(join(dir, 'broken.js'), check);
    const r = spawnSync(process.execPath, ['broken.js'], { cwd: dir, encoding: 'utf8' });
    expect({ code: r.status, stdout: r.stdout }).toEqual({ code: 0, stdout: 'broken at load true\nbroken at load true\n' });
    expect(existsSync(cache) ? readdirSync(cache).filter((f) => f.startsWith('index-broken.js')) : []).toEqual([]);
  });
  it('copied into an app\'s bundle, takes the package\'s whole library from the entry, and without it says what to do', () => {
    // What a bundler does with the loader: its text inside another file, named after the app.
    writeFileSync(join(dir, 'bundled-app.js'), `${readFileSync(join(lib, 'compile-cache.js'), 'utf8')}
console.log(exports.loadBundle('index-core.js', () => ({ whole: true })).whole);
try { exports.loadBundle('index-validate.js'); } catch (e) { console.log(e.message); }
`);
    const r = spawnSync(process.execPath, ['bundled-app.js'], { cwd: dir, encoding: 'utf8' });
    expect({ code: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({
      code: 0,
      stdout: `true\ncdk8s-tekton's index-validate.js is not beside ${join(dir, 'bundled-app.js')}: the package was bundled into an app without its entry (build/lib/index.js); import the package by its name, or mark cdk8s-tekton as external in the bundler\n`,
      stderr: '',
    });
  });
});
