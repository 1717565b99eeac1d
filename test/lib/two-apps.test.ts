// Rendering and synth-time validation belong to each App: two Apps built side by side in one
// process, and synthesized one after the other, write exactly what each writes alone in a fresh
// process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { App, Chart } from 'cdk8s';
import { afterAll, describe, expect, it } from 'vitest';
import { DiamondChart } from '../../examples/diamond/app';
import { HelloChart } from '../../examples/hello/app';
import { configureValidation, Pipeline, synthWarnings, Task } from '../../lib';

const ROOT = resolve(__dirname, '../..');
const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'cdk8s-tekton-apps-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** What `app.synth()` writes for the charts `make` adds, in a fresh node process. */
function alone(make: 'hello' | 'diamond'): string {
  const outdir = tempDir();
  const program = `
    const { App } = require('cdk8s');
    const { ${make === 'hello' ? 'HelloChart' : 'DiamondChart'}: C } = require('./examples/${make}/app');
    const app = new App({ outdir: ${JSON.stringify(outdir)} });
    new C(app);
    app.synth();`;
  const r = spawnSync(process.execPath, ['-r', './scripts/register-ts.cjs', '-e', program], { cwd: ROOT, encoding: 'utf8' });
  expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
  return readFileSync(join(outdir, `${make}.k8s.yaml`), 'utf8');
}

describe('two Apps in one process', () => {
  it('synthesize byte-identical to each App alone, with construction and synth interleaved', () => {
    const a = new App({ outdir: tempDir() });
    const b = new App({ outdir: tempDir() });
    new HelloChart(a);
    new DiamondChart(b);
    // Validating B between A's validation and A's rendering must not change what A writes.
    expect(b.node.validate()).toEqual([]);
    const aYaml = a.synthYaml();
    b.synth();
    a.synth();
    expect(aYaml).toBe(alone('hello'));
    expect(readFileSync(join(a.outdir, 'hello.k8s.yaml'), 'utf8')).toBe(aYaml);
    expect(readFileSync(join(b.outdir, 'diamond.k8s.yaml'), 'utf8')).toBe(alone('diamond'));
  });

  it('keep their validation settings and problems apart', () => {
    const strict = new App({ outdir: tempDir() });
    const off = new App({ outdir: tempDir() });
    configureValidation(off, { enabled: false });
    for (const app of [strict, off]) {
      const chart = new Chart(app, 'c');
      const task = new Task(chart, 't', { steps: [{ image: 'alpine', script: 'true' }] });
      const p = new Pipeline(chart, 'p');
      const a = p.addTask('a', { task });
      p.addTask('b', { task, params: { x: a.result('nothing') } });
    }
    expect(() => strict.synthYaml()).toThrow('Validation failed with the following errors:\n  [c/p] Pipeline "p": spec.tasks[1].params[0].value: $(tasks.a.results.nothing) names result "nothing", which Task "t" does not declare; results: none (got "$(tasks.a.results.nothing)"). Fix: use a declared result, or declare it in the task');
    expect(off.synthYaml()).toContain('value: $(tasks.a.results.nothing)');
    expect(synthWarnings(off)).toEqual([]);
  });
});
