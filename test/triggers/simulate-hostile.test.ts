// Attacks on `simulate` by whoever can send a webhook: the body chooses the strings the listener's
// CEL runs on. Each test is the attack; the replay must stay bounded and its verdict honest.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BudgetExceeded, ReplayBudget } from '../../lib/simulate/budget';
import { simulateEvent } from '../../lib/simulate/engine';
import { makeEvent } from '../../lib/simulate/event';
import { parseYamlStream } from '../../lib/yaml';
import { scratch, simulate } from './simulate-support';

const BIN = resolve(__dirname, '../../bin/cdk8s-tekton.js');
const { write } = scratch('cdk8s-tekton-simulate-hostile-');

/** An EventListener whose one cel interceptor has `filter` and `overlays`, creating a PipelineRun whose timeout is the `pipeline` param. */
function listener(filter: string, overlays: Array<{ key: string; expression: string }> = []): string {
  return `apiVersion: triggers.tekton.dev/v1beta1
kind: EventListener
metadata:
  name: hooks
spec:
  serviceAccountName: hooks
  triggers:
    - name: t
      interceptors:
        - ref: {name: cel}
          params:
            - name: filter
              value: ${JSON.stringify(filter)}
            - name: overlays
              value: ${JSON.stringify(overlays)}
      bindings:
        - {name: pipeline, value: $(body.pipeline)}
      template:
        spec:
          params: [{name: pipeline}]
          resourcetemplates:
            - apiVersion: tekton.dev/v1
              kind: PipelineRun
              metadata: {generateName: run-}
              spec:
                pipelineRef: {name: p}
                timeouts: {pipeline: $(tt.params.pipeline)}
`;
}

const run = (yaml: string, body: unknown) => simulate([write(yaml, 'listener.yaml'), '--body', write(JSON.stringify(body), 'body.json'), '--allow-external-refs']);

/** Ten levels of ten aliases each (10^10 items) from 569 bytes: go-yaml's ratio check refuses it, as the validator does. */
const ALIAS_BOMB = ['l0: &l0 [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 9 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(10).fill(`*l${i}`).join(', ')}]`)].join('\n');

describe('simulate: a hostile webhook body', () => {
  it('matches a backtracking pattern against a 41-byte body in linear time (RE2, as Triggers)', () => {
    const body = JSON.stringify({ title: `${'a'.repeat(40)}!`, pipeline: 'p' });
    const files = write(listener('body.title.matches("^(\\\\w+\\\\s?)*$")'), 'redos.yaml');
    // A real process with a deadline: a backtracking engine takes minutes here.
    const r = spawnSync(process.execPath, [BIN, 'simulate', files, '--body', write(body, 'redos.json'), '--format', 'json'], { encoding: 'utf8', timeout: 20_000 });
    expect({ status: r.status, signal: r.signal, stderr: r.stderr }).toEqual({ status: 0, signal: null, stderr: '' });
    expect(JSON.parse(r.stdout).triggers[0].reason).toBe('interceptor 1 (cel) stopped it: expression body.title.matches("^(\\\\w+\\\\s?)*$") did not return true');
  });

  it('reports a pattern RE2 does not accept as the cel interceptor does, naming it', async () => {
    const r = await run(listener('body.pipeline.matches("(a)\\\\1")'), { pipeline: 'aa' });
    expect(r.stdout.split('\n')[3]).toBe('  not fired: interceptor 1 (cel) stopped it: error evaluating cel expression: expression "body.pipeline.matches(\\"(a)\\\\\\\\1\\")" failed: matches: invalid regular expression "(a)\\\\1": error parsing regexp: invalid escape sequence: `\\1`');
  });

  it('refuses an alias bomb given to parseYAML() with the validator\'s limit, instead of expanding it', async () => {
    const r = await run(listener('true', [{ key: 'doc', expression: 'body.yaml.parseYAML()' }]), { yaml: ALIAS_BOMB, pipeline: 'p' });
    expect(r.stdout.split('\n')[3]).toBe(
      '  not fired: interceptor 1 (cel) stopped it: error evaluating cel expression: expression "body.yaml.parseYAML()" failed: YAML aliases expand this document far beyond its size (excessive aliasing, as the Kubernetes decoder calls it) (after: filter returned true)',
    );
  });

  it('cannot reach Object.prototype through an overlay key: an invalid run stays an error, exit 1', async () => {
    const r = await run(listener('true', [{ key: '__proto__.severity', expression: 'body.level' }]), { level: 'warning', pipeline: 'soon' });
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'severity')).toBe(false);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('  interceptor 1 (cel): continue; filter returned true; extensions.__proto__.severity = "warning"\n');
    expect(r.stdout).toContain('  invalid: PipelineRun (generateName "run-"): spec.timeouts.pipeline:');
  });

  it("reads $(body.constructor) as a missing field, not as the prototype's constructor", async () => {
    const yaml = listener('true', [{ key: 'x', expression: '"y"' }]).replace('$(body.pipeline)', '$(body.constructor)');
    const r = await run(yaml, { pipeline: 'p' });
    expect(r.stdout.split('\n')[4]).toBe('  not fired: failed to replace JSONPath value for param pipeline: $(body.constructor): "constructor" is not found. Fix: in the trigger\'s inline binding "pipeline", make param pipeline read a field this event has, or give the template\'s param pipeline a default');
  });
});

describe('simulate: the replay as a whole has a budget', () => {
  const manifests = (filter: string, overlays: Array<{ key: string; expression: string }> = []) => parseYamlStream(listener(filter, overlays)).documents.map((d) => d.value);

  it('stops a comprehension over a large body when the time runs out, and says so', () => {
    const body = JSON.stringify({ l: Array.from({ length: 1000 }, (_, i) => i), pipeline: 'p' });
    const event = makeEvent(body, [], 'http://localhost/');
    expect(() => simulateEvent(manifests('body.l.all(x, body.l.all(y, body.l.all(z, x + y + z >= 0)))'), event, new Map(), { milliseconds: 200 })).toThrow(
      'the replay ran out of its time budget (0.2 s); the event or the CEL expressions cost too much to replay offline',
    );
  });

  it('counts heap growth from the smallest heap seen, so collecting garbage from before the replay gives it no room', () => {
    const readings = [100, 40, 41, 40 + 1024 * 1024 + 1];
    const budget = new ReplayBudget({ heapBytes: 1024 * 1024 }, () => 0, () => readings.shift()!);
    budget.check(); // 40: the collection lowers the mark
    budget.check(); // 41
    // 1 MiB + 1 byte above 40, though still under 100 + 1 MiB, the heap at the start.
    expect(() => budget.check()).toThrow('the replay ran out of its memory budget (1 MiB of heap); the event or the CEL expressions cost too much to replay offline');
    // And from then on at every call.
    expect(() => budget.check()).toThrow(BudgetExceeded);
  });

  it('stops when the heap grows past the memory budget, and says so', () => {
    // Each element is a new flat string of 100 kB that the list being built keeps alive, so the
    // heap grows by 100 kB per element whatever the collector does (a `+` of two strings would
    // make a rope of a few bytes, and the growth would be left to the garbage's timing).
    const body = JSON.stringify({ l: Array.from({ length: 1000 }, (_, i) => i), s: 'x'.repeat(100_000), pipeline: 'p' });
    const event = makeEvent(body, [], 'http://localhost/');
    expect(() => simulateEvent(manifests('true', [{ key: 'big', expression: 'body.l.map(x, marshalJSON([body.s, x]))' }]), event, new Map(), { heapBytes: 1024 * 1024 })).toThrow(
      'the replay ran out of its memory budget (1 MiB of heap); the event or the CEL expressions cost too much to replay offline',
    );
  });
});
