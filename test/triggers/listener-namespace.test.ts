// Finding 4 of issue 14: a listener applied with `kubectl apply -n ci` from a chart without a
// namespace got RBAC subjects in namespace "default", so it had no permissions in "ci". Synth now
// fails with the fix, and `validate` flags such a binding in plain YAML.
import { App, Chart, Testing } from 'cdk8s';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { configureValidation, EventListener, formatProblem, validateManifests } from '../../lib';

/** The user's program: a listener for a template already in the cluster. */
function program(chartNamespace?: string, listenerNamespace?: string): App {
  const app = Testing.app();
  configureValidation(app, { externalRefs: ['build-on-push'] });
  const chart = new Chart(app, 'ci', chartNamespace === undefined ? {} : { namespace: chartNamespace });
  new EventListener(chart, 'listener', { namespace: listenerNamespace, triggers: [{ name: 'push', template: 'build-on-push' }] });
  return app;
}

function subjectsOf(app: App): unknown[] {
  return app.charts[0].toJson().filter((m) => m.kind.endsWith('RoleBinding')).map((m) => ({ kind: m.kind, name: m.metadata.name, namespace: m.metadata.namespace, subjects: m.subjects }));
}

const NO_NAMESPACE = '[ci/listener] EventListener "listener": subjects[0].namespace of its RoleBinding and ClusterRoleBinding "el-listener": no namespace is known for the listener\'s ServiceAccount "el-listener" (got none: neither the chart "ci" nor the EventListener sets one). The subjects must name the namespace the listener runs in, and `kubectl apply -n <namespace>` does not change them, so the listener would get no permissions there. Fix: set the chart\'s namespace (new Chart(app, \'ci\', { namespace: \'ci\' })) or the EventListener\'s namespace prop ({ namespace: \'ci\' }), with the namespace you apply to; or pass serviceAccount to bring an account you bind yourself';

describe('EventListener RBAC namespace', () => {
  it('a chart without a namespace, meant for kubectl apply -n ci: synth fails with the fix', () => {
    expect(() => program().synth()).toThrow(`Validation failed with the following errors:\n  ${NO_NAMESPACE}`);
  });

  it('the fix applied: the chart namespace puts the subjects where the listener runs', () => {
    const app = program('ci');
    expect(() => app.synth()).not.toThrow();
    expect(subjectsOf(app)).toEqual([
      { kind: 'RoleBinding', name: 'el-listener', namespace: 'ci', subjects: [{ kind: 'ServiceAccount', name: 'el-listener', namespace: 'ci' }] },
      { kind: 'ClusterRoleBinding', name: 'el-listener-ci', namespace: undefined, subjects: [{ kind: 'ServiceAccount', name: 'el-listener', namespace: 'ci' }] },
    ]);
  });

  it('or the EventListener\'s namespace prop', () => {
    const app = program(undefined, 'ci');
    expect(() => app.synth()).not.toThrow();
    expect(subjectsOf(app)).toEqual([
      { kind: 'RoleBinding', name: 'el-listener', namespace: 'ci', subjects: [{ kind: 'ServiceAccount', name: 'el-listener', namespace: 'ci' }] },
      { kind: 'ClusterRoleBinding', name: 'el-listener-ci', namespace: undefined, subjects: [{ kind: 'ServiceAccount', name: 'el-listener', namespace: 'ci' }] },
    ]);
  });
});

// The YAML the earlier version wrote for the program above (subjects in "default"), as validate reads it.
const yaml = (listenerNamespace: string) => `
apiVersion: triggers.tekton.dev/v1beta1
kind: EventListener
metadata:
  name: listener${listenerNamespace}
spec:
  serviceAccountName: el-listener
  triggers:
    - name: push
      template:
        ref: build-on-push
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: el-listener
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: tekton-triggers-eventlistener-roles
subjects:
  - kind: ServiceAccount
    name: el-listener
    namespace: default
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: el-listener-default
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: tekton-triggers-eventlistener-clusterroles
subjects:
  - kind: ServiceAccount
    name: el-listener
    namespace: default
`;

function validate(text: string): string[] {
  const docs = parseAllDocuments(text).map((d) => d.toJSON());
  return validateManifests(docs.map((manifest, i) => ({ manifest, source: `dist#${i}` })), { externalRefs: ['build-on-push'] }).map(formatProblem);
}

describe('validate: eventlistener.rbac-namespace', () => {
  it('a listener without a namespace and subjects in "default": a warning on each binding', () => {
    const warning = (kind: string, name: string) => `warning: ${kind} "${name}": subjects[0].namespace: binds ServiceAccount "el-listener" of EventListener "listener" in namespace "default", but the listener has no metadata.namespace: it runs in the namespace kubectl apply targets, and gets none of these permissions anywhere else (got "default"). Fix: set metadata.namespace of EventListener "listener" (and of its ServiceAccount) to the namespace of the subject, or the subject's namespace to the one you apply to (in cdk8s: the chart's namespace or the EventListener's namespace prop)`;
    expect(validate(yaml(''))).toEqual([warning('RoleBinding', 'el-listener'), warning('ClusterRoleBinding', 'el-listener-default')]);
  });

  it('a listener in "ci" and subjects in "default": an error on each binding; the fix applied is clean', () => {
    const error = (kind: string, name: string) => `${kind} "${name}": subjects[0].namespace: binds ServiceAccount "el-listener" of EventListener "listener" in namespace "default", but the listener runs in namespace "ci", so it gets none of these permissions (got "default"). Fix: set subjects[0].namespace to "ci"`;
    const inCi = yaml('\n  namespace: ci');
    expect(validate(inCi)).toEqual([error('RoleBinding', 'el-listener'), error('ClusterRoleBinding', 'el-listener-default')]);
    expect(validate(inCi.replaceAll('namespace: default', 'namespace: ci'))).toEqual([]);
  });
});
