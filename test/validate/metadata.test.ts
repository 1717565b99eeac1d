// Labels and annotations as the API server checks them, where the invalid-manifest corpus does not
// reach: the size limit at its exact edge, variables that stand for any text, every place a spec
// carries metadata, hostile keys, and the same check failing `cdk8s synth`.
import { Chart, Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { formatProblem, PipelineServiceAccount, Task, validateManifests } from '../../lib';

const STEPS = [{ name: 'run', image: 'alpine:3.20', script: 'true' }];
const task = (metadata: Record<string, unknown>) => ({ apiVersion: 'tekton.dev/v1', kind: 'Task', metadata: { name: 't', ...metadata }, spec: { steps: STEPS } });
const lines = (...manifests: unknown[]) => validateManifests(manifests.map((manifest, i) => ({ manifest, source: `m${i}` }))).map(formatProblem);
const SIZE = 'move the large values into a ConfigMap (or a file in the repository) and keep a short reference in the annotation';
const KEY_RULE = 'allowed: an optional prefix that is a DNS subdomain (lowercase letters, digits, "-" and ".", at most 253 characters) and "/", then a name of at most 63 letters, digits, "-", "_" and ".", starting and ending with a letter or digit';
const VALUE_RULE = 'allowed: empty, or at most 63 letters, digits, "-", "_" and ".", starting and ending with a letter or digit';

describe('labels and annotations: the API server\'s limits', () => {
  it('allows 256 KiB of annotation keys and values, counted in UTF-8 bytes, and not one byte more', () => {
    const key = 'acme.io/notes';
    const fill = (bytes: number) => ({ annotations: { [key]: 'é'.repeat(Math.floor((bytes - key.length) / 2)) + 'x'.repeat((bytes - key.length) % 2) } });
    expect(lines(task(fill(262_144)))).toEqual([]);
    expect(lines(task(fill(262_145)))).toEqual([
      `Task "t": metadata.annotations: the annotations hold 262145 bytes of keys and values, and the API server allows at most 262144 (256 KiB) on one object. Fix: ${SIZE}`,
    ]);
  });

  it('takes a 63-character name part and a 253-character prefix, and refuses one more of either', () => {
    const prefix = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`;
    expect(prefix.length).toBe(253);
    expect(lines(task({ labels: { [`${prefix}/${'n'.repeat(63)}`]: 'v'.repeat(63) } }))).toEqual([]);
    const long = `${prefix}e/n`;
    // A long value is shown cut to 120 characters after "got".
    expect(lines(task({ labels: { [long]: 'v'.repeat(64) } }))).toEqual([
      `Task "t": metadata.labels["${long}"]: label key "${long}" is not a qualified name (the prefix is 254 characters long), and the API server refuses it; ${KEY_RULE} (got ${JSON.stringify(long).slice(0, 117)}...). Fix: rename the label key, for example to "${prefix}/n"`,
      `Task "t": metadata.labels["${long}"]: label value "${'v'.repeat(64)}" is not valid (it is 64 characters long), and the API server refuses it; ${VALUE_RULE} (got "${'v'.repeat(64)}"). Fix: set it to "${'v'.repeat(63)}", or move the text to an annotation (annotation values are free text)`,
    ]);
  });

  it('checks annotation keys lowercased and label keys as written, and takes an empty label value', () => {
    expect(lines(task({ labels: { 'app.kubernetes.io/part-of': '' }, annotations: { 'Acme.IO/Owner': 'Payments Team' } }))).toEqual([]);
    expect(lines(task({ annotations: { '/owner': 'x', 'a/': 'y' } }))).toEqual([
      `Task "t": metadata.annotations["/owner"]: annotation key "/owner" is not a qualified name (the prefix before "/" is empty), and the API server refuses it; ${KEY_RULE} (got "/owner"). Fix: rename the annotation key, for example to "owner"`,
      `Task "t": metadata.annotations["a/"]: annotation key "a/" is not a qualified name (the name part is empty), and the API server refuses it; ${KEY_RULE} (got "a/"). Fix: rename the annotation key to a qualified name such as example.com/name`,
    ]);
  });

  it('prints a hostile key escaped: no raw ESC, CR or newline reaches the message', () => {
    const key = 'x\u001b]0;pwned\u0007\r\norka-runner: ok';
    const [line] = lines(task({ labels: { [key]: 'v' } }));
    expect(line).toBe(`Task "t": metadata.labels["x\\u001b]0;pwned\\u0007\\r\\norka-runner: ok"]: label key "x\\u001b]0;pwned\\u0007\\r\\norka-runner: ok" is not a qualified name (the name part holds a character that is not allowed, or does not start and end with a letter or digit), and the API server refuses it; ${KEY_RULE} (got "x\\u001b]0;pwned\\u0007\\r\\norka-runner: ok"). Fix: rename the label key, for example to "x--0-pwned---orka-runner--ok"`);
    expect(line).not.toMatch(/[\u0000-\u001f]/);
  });
});

describe('labels and annotations inside specs', () => {
  const bad = { labels: { 'a b': 'x' } };
  const problem = (resource: string, at: string) =>
    `${resource}: ${at}.labels["a b"]: label key "a b" is not a qualified name (the name part holds a character that is not allowed, or does not start and end with a letter or digit), and the API server refuses it; ${KEY_RULE} (got "a b"). Fix: rename the label key, for example to "a-b"`;

  it('checks every place Tekton and Triggers carry metadata that becomes an object', () => {
    const claim = { name: 'ws', volumeClaimTemplate: { metadata: bad, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } } };
    const inner = { name: 'inner', taskSpec: { metadata: bad, steps: STEPS } };
    const run = {
      apiVersion: 'tekton.dev/v1', kind: 'PipelineRun', metadata: { name: 'r' },
      spec: { pipelineSpec: { workspaces: [{ name: 'ws' }], tasks: [inner], finally: [{ ...inner, name: 'last' }] }, taskRunSpecs: [{ pipelineTaskName: 'inner', metadata: bad }], workspaces: [claim] },
    };
    const listener = {
      apiVersion: 'triggers.tekton.dev/v1beta1', kind: 'EventListener', metadata: { name: 'el' },
      spec: { serviceAccountName: 'el', triggers: [], resources: { kubernetesResource: { spec: { template: { metadata: bad, spec: {} } } } } },
    };
    const custom = { apiVersion: 'tekton.dev/v1beta1', kind: 'CustomRun', metadata: { name: 'c' }, spec: { customSpec: { apiVersion: 'acme.io/v1', kind: 'Wait', metadata: bad, spec: {} } } };
    const config = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm', ...bad } };
    const got = lines(run, listener, custom, config).filter((l) => l.includes('"a b"'));
    expect(got).toEqual([
      problem('PipelineRun "r"', 'spec.pipelineSpec.tasks[0].taskSpec.metadata'),
      problem('PipelineRun "r"', 'spec.pipelineSpec.finally[0].taskSpec.metadata'),
      problem('PipelineRun "r"', 'spec.taskRunSpecs[0].metadata'),
      problem('PipelineRun "r"', 'spec.workspaces[0].volumeClaimTemplate.metadata'),
      problem('EventListener "el"', 'spec.resources.kubernetesResource.spec.template.metadata'),
      problem('CustomRun "c"', 'spec.customSpec.metadata'),
      problem('ConfigMap "cm"', 'metadata'),
    ]);
  });

  it('refuses a value that is not a string where no schema types the metadata', () => {
    const pipeline = { apiVersion: 'tekton.dev/v1', kind: 'Pipeline', metadata: { name: 'p' }, spec: { tasks: [{ name: 'a', taskSpec: { metadata: { labels: { tier: 2 }, annotations: { 'acme.io/owners': ['a', 'b'] } }, steps: STEPS } }] } };
    expect(lines(pipeline)).toEqual([
      'Pipeline "p": spec.tasks[0].taskSpec.metadata.labels.tier: a label value must be a string (got 2). Fix: quote it: "2"',
      'Pipeline "p": spec.tasks[0].taskSpec.metadata.annotations["acme.io/owners"]: an annotation value must be a string (got ["a","b"]). Fix: write the value as a string',
    ]);
  });

  it('lets a variable stand for any text, and still reports what no value of it can fix', () => {
    const template = (labels: Record<string, string>) => ({
      apiVersion: 'triggers.tekton.dev/v1beta1', kind: 'TriggerTemplate', metadata: { name: 'tt' },
      spec: { params: [{ name: 'sha' }], resourcetemplates: [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { generateName: 'cm-', labels } }] },
    });
    expect(lines(template({ 'acme.io/sha': '$(tt.params.sha)', 'acme.io/run': 'r-$(uid)', [`${'k'.repeat(60)}$(tt.params.sha)`]: 'v' }))).toEqual([]);
    const long = `${'v'.repeat(64)}$(tt.params.sha)`;
    expect(lines(template({ 'acme.io/sha': 'sha $(tt.params.sha)', 'acme.io/long': long, 'acme.io/ctx': '$(context.pipelineRun.name)' }))).toEqual([
      `TriggerTemplate "tt": spec.resourcetemplates[0].metadata.labels["acme.io/sha"]: label value "sha $(tt.params.sha)" is not valid (it holds a character that is not allowed, or does not start and end with a letter or digit), and the API server refuses it; ${VALUE_RULE} (got "sha $(tt.params.sha)"). Fix: set a valid value, or move the text to an annotation (annotation values are free text)`,
      `TriggerTemplate "tt": spec.resourcetemplates[0].metadata.labels["acme.io/long"]: label value "${long}" is not valid (it is 64 characters long without its variables), and the API server refuses it; ${VALUE_RULE} (got "${long}"). Fix: set a valid value, or move the text to an annotation (annotation values are free text)`,
      `TriggerTemplate "tt": spec.resourcetemplates[0].metadata.labels["acme.io/ctx"]: label value "$(context.pipelineRun.name)" is not valid (it holds a character that is not allowed, or does not start and end with a letter or digit), and the API server refuses it; ${VALUE_RULE} (got "$(context.pipelineRun.name)"). Fix: set it to "context.pipelineRun.name", or move the text to an annotation (annotation values are free text)`,
    ]);
  });

  it('reads {{ variables }} as text filled in by Pipelines-as-Code in a .tekton/ run, and as literal text elsewhere', () => {
    const run = (annotations: Record<string, string>) => ({
      apiVersion: 'tekton.dev/v1', kind: 'PipelineRun', metadata: { name: 'r', annotations, labels: { 'acme.io/sha': '{{ revision }}' } },
      spec: { pipelineSpec: { tasks: [{ name: 'a', taskSpec: { steps: STEPS } }] } },
    });
    expect(lines(run({ 'pipelinesascode.tekton.dev/on-event': '[push]', 'pipelinesascode.tekton.dev/on-target-branch': '[main]' }))).toEqual([]);
    expect(lines(run({}))).toEqual([
      `PipelineRun "r": metadata.labels["acme.io/sha"]: label value "{{ revision }}" is not valid (it holds a character that is not allowed, or does not start and end with a letter or digit), and the API server refuses it; ${VALUE_RULE} (got "{{ revision }}"). Fix: set it to "revision", or move the text to an annotation (annotation values are free text)`,
    ]);
  });
});

describe('labels and annotations at synth', () => {
  it('fails cdk8s synth for labels given to the constructs, with the construct path', () => {
    const app = Testing.app();
    const chart = new Chart(app, 'test');
    new Task(chart, 'build', { labels: { 'team name': 'payments' } }).addStep({ name: 'run', image: 'alpine:3.20', script: 'true' });
    new PipelineServiceAccount(chart, 'builder', { annotations: { 'acme.io/a/b': 'x' } });
    expect(() => app.synth()).toThrow(
      [
        'Validation failed with the following errors:',
        `  [] [test/builder/Resource] ServiceAccount "builder": metadata.annotations["acme.io/a/b"]: annotation key "acme.io/a/b" is not a qualified name (it holds more than one "/"), and the API server refuses it; ${KEY_RULE} (got "acme.io/a/b"). Fix: rename the annotation key, for example to "acme.io/b"`,
        `  [test/build] Task "build": metadata.labels["team name"]: label key "team name" is not a qualified name (the name part holds a character that is not allowed, or does not start and end with a letter or digit), and the API server refuses it; ${KEY_RULE} (got "team name"). Fix: rename the label key, for example to "team-name"`,
      ].join('\n'),
    );
  });
});
