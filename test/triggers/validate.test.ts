import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/validate';
import { formatProblem, validateManifests } from '../../lib';
import type { ValidationOptions } from '../../lib';
import { parseYamlStream } from '../../lib/yaml';

/** Every problem of the YAML documents, as the CLI prints it (warnings start with "warning: "). */
function problems(yaml: string, options: ValidationOptions = {}): string[] {
  const docs = parseYamlStream(yaml).documents.map((d) => d.value);
  return validateManifests(docs.map((manifest, i) => ({ manifest, source: `#${i}` })), options).map(formatProblem);
}

const PIPELINE = `
apiVersion: tekton.dev/v1
kind: Pipeline
metadata: {name: build}
spec:
  params: [{name: url}, {name: revision, default: main}]
  workspaces: [{name: source}]
  tasks:
    - name: echo
      params: [{name: url, value: $(params.url)}]
      workspaces: [{name: out, workspace: source}]
      taskSpec:
        params: [{name: url}]
        workspaces: [{name: out}]
        steps: [{name: echo, image: alpine, command: [echo, $(params.url)]}]
`;

const TEMPLATE = `
apiVersion: triggers.tekton.dev/v1beta1
kind: TriggerTemplate
metadata: {name: build-template}
spec:
  params: [{name: url}, {name: revision, default: main}]
  resourcetemplates:
    - apiVersion: tekton.dev/v1
      kind: PipelineRun
      metadata: {generateName: build-}
      spec:
        pipelineRef: {name: build}
        params: [{name: url, value: $(tt.params.url)}, {name: revision, value: $(tt.params.revision)}]
        workspaces: [{name: source, emptyDir: {}}]
`;

const BINDING = `
apiVersion: triggers.tekton.dev/v1beta1
kind: TriggerBinding
metadata: {name: push}
spec:
  params: [{name: url, value: $(body.repository.clone_url)}, {name: revision, value: $(body.after)}]
`;

function listener(trigger: string, apiVersion = 'triggers.tekton.dev/v1beta1'): string {
  return `
apiVersion: ${apiVersion}
kind: EventListener
metadata: {name: listener}
spec:
  serviceAccountName: el
  triggers:
${trigger.replace(/^/gm, '    ')}
`;
}

const GOOD_TRIGGER = `- name: push
  bindings: [{ref: push}]
  template: {ref: build-template}`;

const all = (...docs: string[]): string => docs.join('\n---\n');

describe('Triggers validation across documents', () => {
  it('accepts a listener, binding, template and pipeline that fit together, in v1beta1 and v1alpha1', () => {
    expect(problems(all(PIPELINE, TEMPLATE, BINDING, listener(GOOD_TRIGGER)))).toEqual([]);
    const alpha = all(PIPELINE, TEMPLATE, BINDING, listener(GOOD_TRIGGER, 'triggers.tekton.dev/v1alpha1')).replace(/triggers\.tekton\.dev\/v1beta1/g, 'triggers.tekton.dev/v1alpha1');
    expect(problems(alpha)).toEqual([]);
  });

  it('reports a template the trigger names that is not among the documents, unless declared external', () => {
    const yaml = all(BINDING, listener(GOOD_TRIGGER));
    expect(problems(yaml)).toEqual([
      'EventListener "listener": spec.triggers[0].template.ref: TriggerTemplate "build-template" is not among the documents validated together; TriggerTemplates there: none (got "build-template"). Fix: define the TriggerTemplate in this app (or pass its file to validate), fix the name, or declare that it exists in the cluster: configureValidation(app, { externalRefs: [\'build-template\'] }), or on the command line --external build-template',
    ]);
    expect(problems(yaml, { externalRefs: ['build-template'] })).toEqual([]);
    expect(problems(yaml, { checkRefsExist: false })).toEqual([]);
  });

  it('reports a binding the trigger names that is not among the documents, by kind', () => {
    const trigger = `- name: push
  bindings: [{ref: push}, {ref: shared, kind: ClusterTriggerBinding}]
  template: {ref: build-template}`;
    expect(problems(all(PIPELINE, TEMPLATE, BINDING, listener(trigger)))).toEqual([
      'EventListener "listener": spec.triggers[0].bindings[1].ref: ClusterTriggerBinding "shared" is not among the documents validated together; ClusterTriggerBindings there: none (got "shared"). Fix: define the ClusterTriggerBinding in this app (or pass its file to validate), fix the name, or declare that it exists in the cluster: configureValidation(app, { externalRefs: [\'shared\'] }), or on the command line --external shared',
    ]);
  });

  it('reports a triggerRef to a Trigger that is not among the documents', () => {
    expect(problems(listener('- name: by-ref\n  triggerRef: on-push'))).toEqual([
      'EventListener "listener": spec.triggers[0].triggerRef: Trigger "on-push" is not among the documents validated together; Triggers there: none (got "on-push"). Fix: define the Trigger in this app (or pass its file to validate), fix the name, or declare that it exists in the cluster: configureValidation(app, { externalRefs: [\'on-push\'] }), or on the command line --external on-push',
    ]);
  });

  it('reports a $(tt.params.x) the template does not declare', () => {
    const template = TEMPLATE.replace('$(tt.params.url)', '$(tt.params.repo-url)');
    expect(problems(all(PIPELINE, template, BINDING, listener(GOOD_TRIGGER)))).toContain(
      'TriggerTemplate "build-template": spec.resourcetemplates[0]: $(tt.params.repo-url) is used, and the template declares no param "repo-url"; declared: url, revision (got "$(tt.params.repo-url)"). Fix: add {name: repo-url} to spec.params, or fix the reference',
    );
  });

  it('warns when the bindings do not provide a template param without a default', () => {
    const binding = BINDING.replace('{name: url, value: $(body.repository.clone_url)}, ', '');
    expect(problems(all(PIPELINE, TEMPLATE, binding, listener(GOOD_TRIGGER)))).toEqual([
      'warning: EventListener "listener": spec.triggers[0].bindings: TriggerTemplate "build-template" has param "url" without a default, and no binding of this trigger provides it, so what the trigger creates gets the literal text $(tt.params.url); the bindings provide: revision. Fix: add a param "url" to one of the trigger\'s TriggerBindings (or an inline binding {name: url, value: ...}), or give the template\'s param a default',
    ]);
  });

  it('warns when a binding provides a param the template does not declare', () => {
    const trigger = `- name: push
  bindings: [{ref: push}, {name: branch, value: $(body.ref)}]
  template: {ref: build-template}`;
    expect(problems(all(PIPELINE, TEMPLATE, BINDING, listener(trigger)))).toEqual([
      'warning: EventListener "listener": spec.triggers[0].bindings[1]: inline binding "branch" provides param "branch", which TriggerTemplate "build-template" does not declare, so its value is dropped; the template\'s params: url, revision (got "branch"). Fix: rename the binding param to one of the template\'s params, declare "branch" in the template, or remove it from the binding',
    ]);
  });

  it('reports a param that two bindings provide', () => {
    const trigger = `- name: push
  bindings: [{ref: push}, {name: url, value: $(body.repository.ssh_url)}]
  template: {ref: build-template}`;
    expect(problems(all(PIPELINE, TEMPLATE, BINDING, listener(trigger)))).toEqual([
      'EventListener "listener": spec.triggers[0].bindings[1]: param "url" is provided by both TriggerBinding "push" and inline binding "url"; Triggers rejects such an event (got "url"). Fix: provide the param in one binding only',
    ]);
  });

  it('reports a CEL filter and a CEL overlay that do not parse', () => {
    const trigger = `- name: push
  bindings: [{ref: push}]
  template: {ref: build-template}
  interceptors:
    - ref: {name: cel}
      params:
        - {name: filter, value: "body.ref == 'refs/heads/main' &&"}
        - {name: overlays, value: [{key: short, expression: "body.after.truncate(7"}]}`;
    expect(problems(all(PIPELINE, TEMPLATE, BINDING, listener(trigger)))).toEqual([
      'EventListener "listener": spec.triggers[0].interceptors[0].params[0].value: the CEL filter does not parse: Unexpected token: EOF (got "body.ref == \'refs/heads/main\' &&"). Fix: correct the expression (see https://github.com/google/cel-spec for the syntax)',
      'EventListener "listener": spec.triggers[0].interceptors[0].params[1].value[0].expression: the CEL overlay "short" does not parse: Expected RPAREN, got EOF (got "body.after.truncate(7"). Fix: correct the expression (see https://github.com/google/cel-spec for the syntax)',
    ]);
  });

  it('loads the CEL parser on the first CEL expression, not with the library', () => {
    const probe = `
      const loaded = () => Object.keys(require.cache).some((k) => k.includes('cel-js'));
      const lib = require('./lib');
      const before = loaded();
      const listener = { apiVersion: 'triggers.tekton.dev/v1beta1', kind: 'EventListener', metadata: { name: 'l' }, spec: { triggers: [{ name: 'push', interceptors: [{ ref: { name: 'cel' }, params: [{ name: 'filter', value: 'body.ref ==' }] }] }] } };
      const problems = lib.validateManifests([{ manifest: listener, source: '#0' }]).filter((p) => p.message.includes('CEL'));
      console.log(JSON.stringify([before, problems.map((p) => p.field), loaded()]));`;
    const out = execFileSync(process.execPath, ['-r', './scripts/register-ts.cjs', '-e', probe], { cwd: resolve(__dirname, '../..'), encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual([false, ['spec.triggers[0].interceptors[0].params[0].value'], true]);
  });

  it('checks a template\'s PipelineRun against its Pipeline: a missing workspace and a missing param fail', () => {
    const template = TEMPLATE.replace('params: [{name: url, value: $(tt.params.url)}, {name: revision, value: $(tt.params.revision)}]', 'params: [{name: revision, value: $(tt.params.revision)}]').replace('workspaces: [{name: source, emptyDir: {}}]', 'serviceAccountName: builder').replace('params: [{name: url}, {name: revision, default: main}]\n  resourcetemplates', 'params: [{name: revision, default: main}]\n  resourcetemplates');
    const binding = BINDING.replace('{name: url, value: $(body.repository.clone_url)}, ', '');
    const lines = problems(all(PIPELINE, template, binding, listener(GOOD_TRIGGER)));
    expect(lines).toEqual([
      'TriggerTemplate "build-template": spec.resourcetemplates[0].spec.params: Pipeline "build" requires param "url" (string, no default), which is not given. Fix: add {name: url, value: ...} to spec.params, or give the param a default',
      'TriggerTemplate "build-template": spec.resourcetemplates[0].spec.workspaces: Pipeline "build" requires workspace "source", which is not bound. Fix: add a binding named "source" to spec.workspaces, or mark the workspace optional',
    ]);
  });

  it('reports a template\'s PipelineRun whose Pipeline is not among the documents', () => {
    expect(problems(all(TEMPLATE, BINDING, listener(GOOD_TRIGGER)))).toEqual([
      'TriggerTemplate "build-template": spec.resourcetemplates[0].spec.pipelineRef.name: Pipeline "build" is not among the documents validated together; Pipelines there: none (got "build"). Fix: add the document that defines it to the manifests validated together, fix the name, or declare that it exists in the cluster: externalRefs: [\'build\'] in the validation options',
    ]);
  });

  it('lets template params stand for unknown strings: a timeout from $(tt.params.x) is not judged, a literal one is', () => {
    const timed = (timeout: string) => TEMPLATE.replace('params: [{name: url}, {name: revision, default: main}]\n  resourcetemplates', 'params: [{name: url}, {name: revision, default: main}, {name: limit, default: 1h}]\n  resourcetemplates').replace('pipelineRef: {name: build}', `pipelineRef: {name: build}\n        timeouts: {pipeline: "${timeout}"}`);
    expect(problems(all(PIPELINE, timed('$(tt.params.limit)'), BINDING, listener(GOOD_TRIGGER)))).toEqual([]);
    expect(problems(all(PIPELINE, timed('1x'), BINDING, listener(GOOD_TRIGGER)))).toEqual([
      'TriggerTemplate "build-template": spec.resourcetemplates[0].spec.timeouts.pipeline: not a duration (got "1x"). Fix: write a duration such as 30m, 1h or 1h30m (0s for none)',
    ]);
  });

  it('warns about a resource template with a fixed name', () => {
    const template = TEMPLATE.replace('generateName: build-', 'name: build-run');
    expect(problems(all(PIPELINE, template, BINDING, listener(GOOD_TRIGGER)))).toEqual([
      'warning: TriggerTemplate "build-template": spec.resourcetemplates[0].metadata.name: the PipelineRun has a fixed name, so every event after the first fails to create it (it already exists) (got "build-run"). Fix: use metadata.generateName: <prefix>- instead (or put $(uid) in the name)',
    ]);
  });
});

describe('Triggers webhook rules (section 17)', () => {
  it('EventListener: name length, payload-validation annotation, no triggers', () => {
    const yaml = `apiVersion: triggers.tekton.dev/v1beta1
kind: EventListener
metadata:
  name: ${'a'.repeat(61)}
  annotations: {tekton.dev/payload-validation: "yes"}
spec: {serviceAccountName: el}`;
    expect(problems(yaml).map((l) => l.slice(0, l.indexOf(' (got') < 0 ? l.indexOf('. Fix:') : l.indexOf(' (got')))).toEqual([
      `EventListener "${'a'.repeat(61)}": metadata.name: an EventListener name may have at most 60 characters (Triggers names its Service "el-<name>"); this one has 61`,
      `EventListener "${'a'.repeat(61)}": metadata.annotations["tekton.dev/payload-validation"]: the annotation tekton.dev/payload-validation must be "true" or "false"`,
      `EventListener "${'a'.repeat(61)}": spec: an EventListener must set at least one of triggers, triggerGroups, namespaceSelector.matchNames and labelSelector`,
    ]);
  });

  it('trigger: triggerRef with a template, bad label name, binding with ref and name, inline binding without value, template with ref and spec', () => {
    const trigger = `- name: "-bad"
  triggerRef: other
  template: {ref: t}
- name: ok
  bindings: [{ref: a, name: b}, {name: c}]
  template: {ref: t, spec: {resourcetemplates: [{}]}, apiversion: v1}`;
    expect(problems(listener(trigger), { checkRefsExist: false }).map((l) => l.slice(0, l.indexOf('. Fix:')))).toEqual([
      'EventListener "listener": spec.triggers[0].name: a trigger name must be a valid label value (it becomes the tekton.dev/trigger label): at most 63 characters, letters, digits, "-", "_" and ".", starting and ending with a letter or digit (got "-bad")',
      'EventListener "listener": spec.triggers[0].template: a trigger with triggerRef may not set template; the Trigger it names has its own',
      'EventListener "listener": spec.triggers[1].template: a trigger template must set exactly one of ref and spec; it sets both',
      'EventListener "listener": spec.triggers[1].template.apiversion: template.apiversion must be v1alpha1 or v1beta1 (got "v1")',
      'EventListener "listener": spec.triggers[1].template.spec.resourcetemplates[0]: every resource template needs apiVersion and kind',
      'EventListener "listener": spec.triggers[1].bindings[0]: a binding sets both ref and name; it is either a ref to a binding object or an inline param',
      'EventListener "listener": spec.triggers[1].bindings[1].value: inline binding "c" needs a value',
    ]);
  });

  it('listener resources: exclusive kinds, negative replicas, pod and container fields, env sources, TLS pair, load balancer class', () => {
    const yaml = `apiVersion: triggers.tekton.dev/v1beta1
kind: EventListener
metadata: {name: l}
spec:
  labelSelector: {matchLabels: {a: b}}
  resources:
    customResource: {}
    kubernetesResource:
      replicas: -1
      serviceLoadBalancerClass: x
      spec:
        template:
          spec:
            hostNetwork: true
            containers:
              - image: nope
                env: [{name: TLS_CERT, value: plain}]
              - {}`;
    expect(problems(yaml).map((l) => l.slice(0, l.indexOf('. Fix:')))).toEqual([
      'EventListener "l": spec.resources: kubernetesResource and customResource may not both be set',
      'EventListener "l": spec.resources.kubernetesResource.replicas: replicas may not be negative (got -1)',
      'EventListener "l": spec.resources.kubernetesResource.serviceLoadBalancerClass: serviceLoadBalancerClass is only allowed with serviceType LoadBalancer, and serviceType is "ClusterIP"',
      'EventListener "l": spec.resources.kubernetesResource.spec.template.spec.hostNetwork: the listener\'s pod template may not set hostNetwork; allowed: serviceAccountName, containers, tolerations, nodeSelector, affinity, topologySpreadConstraints, imagePullSecrets, securityContext',
      'EventListener "l": spec.resources.kubernetesResource.spec.template.spec.containers: the listener\'s pod template may have at most one container; it has 2',
      'EventListener "l": spec.resources.kubernetesResource.spec.template.spec.containers[0].image: the listener\'s container may not set image; allowed: resources, env, securityContext, livenessProbe, readinessProbe, startupProbe',
      'EventListener "l": spec.resources.kubernetesResource.spec.template.spec.containers[0].env[0]: env var "TLS_CERT" of the listener may only come from valueFrom.secretKeyRef',
      'EventListener "l": spec.resources.kubernetesResource.spec.template.spec.containers[0].env: env vars TLS_CERT and TLS_KEY must be given together; only TLS_CERT is set',
    ]);
  });

  it('trigger groups, interceptors and webhook interceptors', () => {
    const yaml = `apiVersion: triggers.tekton.dev/v1beta1
kind: EventListener
metadata: {name: l}
spec:
  triggerGroups:
    - name: g
      triggerSelector: {}
  triggers:
    - name: t
      template: {ref: x}
      interceptors:
        - ref: {kind: Interceptor}
        - webhook: {objectRef: {kind: Pod, apiVersion: v2, name: s}, header: [{name: x-lower, value: ""}]}`;
    expect(problems(yaml, { checkRefsExist: false }).map((l) => l.slice(0, l.indexOf('. Fix:')))).toEqual([
      'EventListener "l": spec.triggers[0].interceptors[0].ref.name: an interceptor needs ref.name (github, gitlab, bitbucket, cel, slack, or a custom interceptor)',
      'EventListener "l": spec.triggers[0].interceptors[1].webhook.objectRef.kind: a webhook interceptor\'s objectRef.kind must be Service (got "Pod")',
      'EventListener "l": spec.triggers[0].interceptors[1].webhook.objectRef.apiVersion: a webhook interceptor\'s objectRef.apiVersion must be v1 (got "v2")',
      'EventListener "l": spec.triggers[0].interceptors[1].webhook.header[0].name: a header name must be a non-empty canonical HTTP header name (each word capitalized, e.g. X-Custom-Header) (got "x-lower")',
      'EventListener "l": spec.triggers[0].interceptors[1].webhook.header[0].value: header "x-lower" needs a non-empty value',
      'EventListener "l": spec.triggerGroups[0].triggerSelector: a trigger group must select its Triggers with triggerSelector.labelSelector or triggerSelector.namespaceSelector',
      'EventListener "l": spec.triggerGroups[0].interceptors: a trigger group needs at least one interceptor',
    ]);
  });

  it('TriggerBinding: empty spec, duplicate params, unclosed $(; TriggerTemplate: empty spec; Trigger without template', () => {
    const yaml = `apiVersion: triggers.tekton.dev/v1beta1
kind: TriggerBinding
metadata: {name: b1}
spec: {}
---
apiVersion: triggers.tekton.dev/v1beta1
kind: ClusterTriggerBinding
metadata: {name: b2}
spec:
  params: [{name: a, value: "$(body.x"}, {name: a, value: x}]
---
apiVersion: triggers.tekton.dev/v1beta1
kind: TriggerTemplate
metadata: {name: t}
spec: {}
---
apiVersion: triggers.tekton.dev/v1beta1
kind: Trigger
metadata: {name: tr}
spec: {bindings: [{ref: b1}]}`;
    expect(problems(yaml).map((l) => l.slice(0, l.indexOf('. Fix:')))).toEqual([
      'TriggerBinding "b1": spec: a TriggerBinding needs a spec with params (got {})',
      'ClusterTriggerBinding "b2": spec.params[0].value: a "$(" in the value is not closed by ")" (got "$(body.x")',
      'ClusterTriggerBinding "b2": spec.params[1].name: param "a" is given more than once (got "a")',
      'TriggerTemplate "t": spec: a TriggerTemplate needs a spec with resourcetemplates',
      'Trigger "tr": spec.template: a Trigger needs a template',
    ]);
  });
});

describe('cdk8s-tekton validate with Triggers documents', () => {
  it('reports a missing template by file and accepts it with --external or --allow-external-refs', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'cdk8s-tekton-trig-'));
    const file = join(dir, 'listener.yaml');
    writeFileSync(file, all(BINDING, listener(GOOD_TRIGGER)));
    let out = '';
    expect(await main([file], (s) => (out += s), (s) => (out += s))).toBe(1);
    expect(out).toContain('EventListener "listener": spec.triggers[0].template.ref: TriggerTemplate "build-template" is not among the documents validated together');
    out = '';
    expect(await main([file, '--external', 'build-template'], (s) => (out += s), (s) => (out += s))).toBe(0);
    expect(await main([file, '--allow-external-refs'], (s) => (out += s), (s) => (out += s))).toBe(0);
  });
});
