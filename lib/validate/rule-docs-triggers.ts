// The Triggers part of rule-docs.ts: what each Triggers rule checks, the field it guards, and the
// smallest manifests that break it (no manifest of test/validate/invalid/ is a Triggers object).
// Not shipped in the package.
import type { RuleDoc } from './rule-docs';

const T = 'triggers.tekton.dev/v1beta1';
const obj = (kind: string, spec: unknown, metadata: Record<string, unknown> = { name: 'build' }) => ({ apiVersion: T, kind, metadata, ...(spec === undefined ? {} : { spec }) });
const listener = (spec: Record<string, unknown>, metadata: Record<string, unknown> = { name: 'listener' }) => obj('EventListener', { serviceAccountName: 'el', ...spec }, metadata);
const withTrigger = (trigger: Record<string, unknown>) => listener({ triggers: [{ name: 'push', ...trigger }] });
const REF = { template: { ref: 'build' } };
const NO_REFS = { checkRefsExist: false };
const withInterceptor = (x: unknown) => ({ manifests: [withTrigger({ ...REF, interceptors: [x] })], options: NO_REFS });
const withBinding = (b: unknown) => ({ manifests: [withTrigger({ ...REF, bindings: [b] })], options: NO_REFS });
const pod = (spec: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ manifests: [listener({ labelSelector: {}, resources: { kubernetesResource: { ...extra, spec: { template: { spec } } } } })] });
const RUN = { apiVersion: 'tekton.dev/v1', kind: 'TaskRun', metadata: { generateName: 'run-' }, spec: { taskSpec: { steps: [{ name: 'run', image: 'alpine:3.20', script: 'true' }] } } };
const template = (spec: unknown) => ({ manifests: [obj('TriggerTemplate', spec)] });
const inline = (params: unknown[], bindings: unknown[]) => ({ manifests: [withTrigger({ bindings, template: { spec: { params, resourcetemplates: [RUN] } } })] });
const binding = (spec: unknown) => ({ manifests: [obj('TriggerBinding', spec)] });
const WEBHOOK = { kind: 'Service', apiVersion: 'v1', name: 'hook' };
const alphaInterceptor = (x: unknown) => ({ manifests: [{ ...withTrigger({ ...REF, interceptors: [x] }), apiVersion: 'triggers.tekton.dev/v1alpha1' }], options: NO_REFS });

export const TRIGGERS_RULE_DOCS: Record<string, RuleDoc> = {
  'eventlistener.container-field': { guards: 'spec.resources.*.spec.template.spec.containers[] (EventListener)', checks: 'The listener\'s container sets only resources, env, securityContext and (kubernetesResource) probes.', example: pod({ containers: [{ image: 'mine' }] }) },
  'eventlistener.containers': { guards: 'spec.resources.*.spec.template.spec.containers (EventListener)', checks: 'The listener\'s pod template has at most one container.', example: pod({ containers: [{}, {}] }) },
  'eventlistener.env-source': { guards: 'spec.resources.*.spec.template.spec.containers[].env[] (EventListener)', checks: 'Env vars of the listener come from valueFrom.secretKeyRef only.', example: pod({ containers: [{ env: [{ name: 'TOKEN', value: 'plain' }] }] }) },
  'eventlistener.group-interceptors': { guards: 'spec.triggerGroups[].interceptors (EventListener)', checks: 'A trigger group has at least one interceptor.', example: { manifests: [listener({ triggerGroups: [{ name: 'g', triggerSelector: { labelSelector: {} } }] })] } },
  'eventlistener.group-selector': { guards: 'spec.triggerGroups[].triggerSelector (EventListener)', checks: 'A trigger group selects its Triggers by labelSelector or namespaceSelector.', example: { manifests: [listener({ triggerGroups: [{ name: 'g', interceptors: [{ ref: { name: 'cel' }, params: [{ name: 'filter', value: 'true' }] }], triggerSelector: {} }] })] } },
  'eventlistener.load-balancer-class': { guards: 'spec.resources.kubernetesResource.serviceLoadBalancerClass (EventListener)', checks: 'serviceLoadBalancerClass is only set with serviceType LoadBalancer.', example: pod({}, { serviceLoadBalancerClass: 'internal' }) },
  'eventlistener.name-length': { guards: 'metadata.name (EventListener)', checks: 'An EventListener name has at most 60 characters (its Service is named el-<name>).', example: { manifests: [listener({ labelSelector: {} }, { name: 'a'.repeat(61) })] } },
  'eventlistener.no-triggers': { guards: 'spec (EventListener)', checks: 'An EventListener sets triggers, triggerGroups, namespaceSelector.matchNames or labelSelector.', example: { manifests: [listener({})] } },
  'eventlistener.payload-validation': { guards: 'metadata.annotations["tekton.dev/payload-validation"] (EventListener)', checks: 'The payload-validation annotation is "true" or "false".', example: { manifests: [listener({ labelSelector: {} }, { name: 'listener', annotations: { 'tekton.dev/payload-validation': 'yes' } })] } },
  'eventlistener.pod-field': { guards: 'spec.resources.*.spec.template.spec (EventListener)', checks: 'The listener\'s pod template sets only serviceAccountName, containers, tolerations, nodeSelector, affinity, topologySpreadConstraints, imagePullSecrets and securityContext.', example: pod({ hostNetwork: true }) },
  'eventlistener.rbac-namespace': { guards: 'subjects[].namespace (RoleBinding, ClusterRoleBinding)', checks: 'A RoleBinding or ClusterRoleBinding subject that names an EventListener\'s service account names the listener\'s namespace (a warning when the listener has none: it runs where kubectl apply puts it).', example: { manifests: [listener({ labelSelector: {} }, { name: 'listener', namespace: 'ci' }), { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: { name: 'el', namespace: 'ci' }, subjects: [{ kind: 'ServiceAccount', name: 'el', namespace: 'default' }], roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'tekton-triggers-eventlistener-roles' } }] } },
  'eventlistener.replicas': { guards: 'spec.resources.kubernetesResource.replicas (EventListener)', checks: 'replicas is not negative.', example: pod({}, { replicas: -1 }) },
  'eventlistener.resources-exclusive': { guards: 'spec.resources (EventListener)', checks: 'kubernetesResource and customResource are not both set.', example: { manifests: [listener({ labelSelector: {}, resources: { kubernetesResource: {}, customResource: {} } })] } },
  'eventlistener.spec': { guards: 'spec (EventListener)', checks: 'An EventListener has a spec.', example: { manifests: [obj('EventListener', undefined, { name: 'listener' })] } },
  'eventlistener.tls-env': { guards: 'spec.resources.*.spec.template.spec.containers[].env (EventListener)', checks: 'TLS_CERT and TLS_KEY are set together or not at all.', example: pod({ containers: [{ env: [{ name: 'TLS_CERT', valueFrom: { secretKeyRef: { name: 'tls', key: 'tls.crt' } } }] }] }) },
  'interceptor.cel-overlay-key': { guards: 'interceptors[].params[overlays].value[].key', checks: 'Every CEL overlay has the key its result is stored under.', example: withInterceptor({ ref: { name: 'cel' }, params: [{ name: 'overlays', value: [{ expression: 'body.after' }] }] }) },
  'interceptor.cel-parse': { guards: 'interceptors[].params[filter|overlays].value', checks: 'A CEL filter or overlay expression parses.', example: withInterceptor({ ref: { name: 'cel' }, params: [{ name: 'filter', value: "body.ref == 'refs/heads/main' &&" }] }) },
  'interceptor.cel-type': { guards: 'interceptors[].params[filter|overlays].value', checks: 'A CEL filter or overlay expression is a string.', example: withInterceptor({ ref: { name: 'cel' }, params: [{ name: 'filter', value: true }] }) },
  'interceptor.cel-empty': { guards: 'interceptors[].cel (v1alpha1)', checks: 'A v1alpha1 `cel:` interceptor has a filter or overlays.', example: alphaInterceptor({ cel: {} }) },
  'interceptor.deprecated-form': { guards: 'interceptors[].cel|github|gitlab|bitbucket (v1beta1)', checks: 'The interceptor forms older than `ref:` are used in triggers.tekton.dev/v1alpha1 only (its webhook converts them; v1beta1 has no such fields).', example: withInterceptor({ cel: { filter: "body.ref == 'refs/heads/main'" } }) },
  'interceptor.one-form': { guards: 'interceptors[] (v1alpha1)', checks: 'A v1alpha1 interceptor sets at most one of webhook, github, gitlab and bitbucket.', example: alphaInterceptor({ github: { eventTypes: ['push'] }, gitlab: { eventTypes: ['Push Hook'] } }) },
  'interceptor.ref-kind': { guards: 'interceptors[].ref.kind', checks: 'An interceptor ref is a ClusterInterceptor or a NamespacedInterceptor.', example: withInterceptor({ ref: { name: 'github', kind: 'Interceptor' } }) },
  'interceptor.ref-name': { guards: 'interceptors[].ref.name', checks: 'An interceptor names the interceptor to run, unless it is a legacy webhook interceptor.', example: withInterceptor({ ref: {} }) },
  'interceptor.shape': { guards: 'interceptors[]', checks: 'An interceptor entry is an object.', example: withInterceptor('github') },
  'interceptor.webhook-api-version': { guards: 'interceptors[].webhook.objectRef.apiVersion', checks: 'A webhook interceptor\'s Service is referred to with apiVersion v1.', example: withInterceptor({ webhook: { objectRef: { ...WEBHOOK, apiVersion: 'v2' } } }) },
  'interceptor.webhook-header-name': { guards: 'interceptors[].webhook.header[].name', checks: 'A header a webhook interceptor adds has a canonical HTTP header name.', example: withInterceptor({ webhook: { objectRef: WEBHOOK, header: [{ name: 'x-token', value: 'a' }] } }) },
  'interceptor.webhook-header-value': { guards: 'interceptors[].webhook.header[].value', checks: 'A header a webhook interceptor adds has a value.', example: withInterceptor({ webhook: { objectRef: WEBHOOK, header: [{ name: 'X-Token', value: '' }] } }) },
  'interceptor.webhook-kind': { guards: 'interceptors[].webhook.objectRef.kind', checks: 'A webhook interceptor refers to a Service.', example: withInterceptor({ webhook: { objectRef: { ...WEBHOOK, kind: 'Pod' } } }) },
  'interceptor.webhook-object-ref': { guards: 'interceptors[].webhook.objectRef', checks: 'A webhook interceptor names the Service that runs it.', example: withInterceptor({ webhook: {} }) },
  'template.fixed-name': { guards: 'spec.resourcetemplates[].metadata.name (TriggerTemplate)', checks: 'Warns when a templated run has a fixed name: every event after the first would fail to create it.', example: template({ resourcetemplates: [{ ...RUN, metadata: { name: 'run' } }] }) },
  'template.param-duplicate': { guards: 'spec.params[].name (TriggerTemplate)', checks: 'A template param is declared once.', example: template({ params: [{ name: 'sha' }, { name: 'sha' }], resourcetemplates: [RUN] }) },
  'template.param-undeclared': { guards: 'spec.resourcetemplates[] (TriggerTemplate)', checks: 'Every $(tt.params.x) in the resource templates is a declared template param.', example: template({ resourcetemplates: [{ ...RUN, metadata: { generateName: 'run-', labels: { sha: '$(tt.params.sha)' } } }] }) },
  'template.resource-type': { guards: 'spec.resourcetemplates[] (TriggerTemplate)', checks: 'Every resource template has apiVersion and kind.', example: template({ resourcetemplates: [{ metadata: { generateName: 'run-' } }] }) },
  'template.resourcetemplates': { guards: 'spec.resourcetemplates (TriggerTemplate)', checks: 'A template creates at least one resource.', example: template({ params: [{ name: 'sha' }] }) },
  'template.spec': { guards: 'spec (TriggerTemplate)', checks: 'A TriggerTemplate has a non-empty spec.', example: template({}) },
  'trigger.binding-empty': { guards: 'bindings[] (Trigger, EventListener triggers)', checks: 'A binding entry is a ref or an inline name and value.', example: withBinding({}) },
  'trigger.binding-kind': { guards: 'bindings[].kind', checks: 'A binding ref is to a TriggerBinding or a ClusterTriggerBinding.', example: withBinding({ ref: 'push', kind: 'Binding' }) },
  'trigger.binding-ref': { guards: 'bindings[].ref', checks: 'A binding ref names a binding.', example: withBinding({ ref: '' }) },
  'trigger.binding-ref-and-name': { guards: 'bindings[]', checks: 'A binding entry is either a ref or an inline param, not both.', example: withBinding({ ref: 'push', name: 'sha', value: '$(body.after)' }) },
  'trigger.binding-shape': { guards: 'bindings[]', checks: 'A binding entry is an object.', example: withBinding('push') },
  'trigger.binding-value': { guards: 'bindings[].value', checks: 'An inline binding has a value.', example: withBinding({ name: 'sha' }) },
  'trigger.name': { guards: 'spec.triggers[].name (EventListener)', checks: 'A trigger name is a valid label value (it labels what the trigger creates).', example: { manifests: [withTrigger({ ...REF, name: '-push' })], options: NO_REFS } },
  'trigger.param-not-declared': { guards: 'bindings[]', checks: 'Warns when a binding provides a param the template does not declare (Triggers drops its value).', example: inline([{ name: 'sha', default: 'HEAD' }], [{ name: 'branch', value: '$(body.ref)' }]) },
  'trigger.param-not-provided': { guards: 'bindings', checks: 'Warns when a template param without a default is provided by no binding (the run gets the literal $(tt.params.x) text).', example: inline([{ name: 'sha' }], []) },
  'trigger.param-provided-twice': { guards: 'bindings[]', checks: 'No two bindings of a trigger provide the same param (Triggers fails every event then).', example: inline([{ name: 'sha' }], [{ name: 'sha', value: '$(body.after)' }, { name: 'sha', value: '$(body.before)' }]) },
  'trigger.ref-exclusive': { guards: 'spec.triggers[] (EventListener)', checks: 'A trigger with triggerRef sets no template, bindings or interceptors of its own.', example: { manifests: [withTrigger({ triggerRef: 'on-push', ...REF })], options: NO_REFS } },
  'trigger.ref-not-found': { guards: 'template.ref, bindings[].ref, triggerRef', checks: 'A TriggerTemplate, TriggerBinding, ClusterTriggerBinding or Trigger a trigger names is among the documents, or declared external.', example: { manifests: [withTrigger(REF)] } },
  'trigger.shape': { guards: 'spec.triggers[] (EventListener), spec (Trigger)', checks: 'A trigger is an object.', example: { manifests: [listener({ triggers: ['push'] })] } },
  'trigger.template': { guards: 'template (Trigger, EventListener triggers)', checks: 'A trigger names the template it creates (or, in an EventListener, a Trigger by triggerRef).', example: { manifests: [withTrigger({})] } },
  'trigger.template-apiversion': { guards: 'template.apiversion', checks: 'A template ref\'s apiversion is v1alpha1 or v1beta1.', example: { manifests: [withTrigger({ template: { ref: 'build', apiversion: 'v1' } })], options: NO_REFS } },
  'trigger.template-ref': { guards: 'template.ref', checks: 'A template ref names a TriggerTemplate.', example: { manifests: [withTrigger({ template: { ref: '' } })] } },
  'trigger.template-ref-or-spec': { guards: 'template', checks: 'A trigger\'s template is exactly one of a ref and an inline spec.', example: { manifests: [withTrigger({ template: {} })] } },
  'triggerbinding.param-duplicate': { guards: 'spec.params[].name (TriggerBinding, ClusterTriggerBinding)', checks: 'A binding gives each param once.', example: binding({ params: [{ name: 'sha', value: '$(body.after)' }, { name: 'sha', value: '$(body.before)' }] }) },
  'triggerbinding.param-name': { guards: 'spec.params[].name (TriggerBinding, ClusterTriggerBinding)', checks: 'A binding param has a name.', example: binding({ params: [{ value: '$(body.after)' }] }) },
  'triggerbinding.param-value': { guards: 'spec.params[].value (TriggerBinding, ClusterTriggerBinding)', checks: 'A binding param has a string value.', example: binding({ params: [{ name: 'sha' }] }) },
  'triggerbinding.spec': { guards: 'spec (TriggerBinding, ClusterTriggerBinding)', checks: 'A binding has a non-empty spec.', example: binding({}) },
  'triggerbinding.unclosed': { guards: 'spec.params[].value, bindings[].value', checks: 'Every "$(" in a binding value is closed by ")".', example: binding({ params: [{ name: 'sha', value: '$(body.after' }] }) },
};
