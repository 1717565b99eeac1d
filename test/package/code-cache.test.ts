// The package's bundles ship with V8 code caches (scripts/code-cache.mjs writes them at build;
// build/lib/load-cached.js reads them). A cache must fit the very source and Node.js it was made
// for: V8 itself compares only the source's length, so a bundle edited after the build (a patch
// of one word) would otherwise run the old code.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const BUILD = join(ROOT, 'build', 'lib');
const BUNDLES = ['index-main.js', 'index-validate.js', 'index-shell.js'];

/** A program that synthesizes a Task without steps and prints the first line of the error. */
const NO_STEPS = `const { App, Chart } = require('cdk8s');
const { Task } = require('./lib');
const app = new App({ outdir: 'out' });
new Task(new Chart(app, 'c'), 'empty');
try { app.synth(); } catch (e) { console.log(e.message.split('\\n')[1].trim()); }
`;

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'cdk8s-tekton-code-cache-test-'));
  symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'));
  writeFileSync(join(work, 'no-steps.js'), NO_STEPS);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of build/lib in the work folder, changed by `edit`; returns what the program prints with it. */
function runWithCopy(edit: (lib: string) => void): string {
  const lib = join(work, 'lib');
  rmSync(lib, { recursive: true, force: true });
  cpSync(BUILD, lib, { recursive: true });
  edit(lib);
  return execFileSync(process.execPath, ['no-steps.js'], { cwd: work, encoding: 'utf8' });
}

const MESSAGE = '[c/empty] Task "empty": spec.steps: a Task needs at least one step. Fix: add a step with an image and a script or command';

describe('the V8 code caches of the package', () => {
  it('are made by this Node.js from the exact source beside them, and V8 takes them', () => {
    for (const bundle of BUNDLES) {
      const source = readFileSync(join(BUILD, bundle), 'utf8');
      const data = readFileSync(join(BUILD, `${bundle}.v8cache`));
      const header = `cdk8s-tekton code cache 1\n${process.version}\n${createHash('sha256').update(source).digest('hex')}\n`;
      expect(data.subarray(0, header.length).toString(), bundle).toBe(header);
      const script = new vm.Script(Module.wrap(source), { filename: join(BUILD, bundle), cachedData: data.subarray(header.length) });
      expect(script.cachedDataRejected, bundle).toBe(false);
    }
  });

  it('run the library as built', () => {
    expect(runWithCopy(() => undefined)).toBe(`${MESSAGE}\n`);
  });

  it('are not used for a bundle edited after the build, even when its length is unchanged', () => {
    const edited = runWithCopy((lib) => {
      const file = join(lib, 'index-validate.js');
      const source = readFileSync(file, 'utf8');
      expect(source).toContain('needs at least one step');
      writeFileSync(file, source.replace('needs at least one step', 'needs at least one STEP'));
    });
    expect(edited).toBe(`${MESSAGE.replace('one step.', 'one STEP.')}\n`);
  });

  it('are ignored when damaged or made by another Node.js', () => {
    expect(runWithCopy((lib) => writeFileSync(join(lib, 'index-validate.js.v8cache'), 'not a cache'))).toBe(`${MESSAGE}\n`);
    const other = runWithCopy((lib) => {
      const file = join(lib, 'index-main.js.v8cache');
      writeFileSync(file, readFileSync(file).toString('latin1').replace(process.version, 'v0.0.0'), 'latin1');
    });
    expect(other).toBe(`${MESSAGE}\n`);
  });
});
