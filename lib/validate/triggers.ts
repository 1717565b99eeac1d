// Section 17: the Tekton Triggers webhook's rules for one document (EventListener, Trigger,
// TriggerBinding, ClusterTriggerBinding, TriggerTemplate). Rules across documents are in
// triggers-cross.ts; resource templates are checked as the runs they become in triggers-templates.ts.
import { available, byName, Doc, duplicates, isObject, list } from './core';
import { celParseError } from './cel';
import { deprecatedFormsOf } from '../facts/interceptors';
import type { Catalog } from './model';
import { checkResourceTemplate } from './triggers-templates';

const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const POD_FIELDS = ['serviceAccountName', 'containers', 'tolerations', 'nodeSelector', 'affinity', 'topologySpreadConstraints', 'imagePullSecrets', 'securityContext'];
const CONTAINER_FIELDS = ['resources', 'env', 'securityContext'];
const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'];
const TEMPLATE_API_VERSIONS = ['v1alpha1', 'v1beta1'];

/** `$(tt.params.<name>)` as Triggers detects it in resource templates. */
const TT_PARAM = /\$\(tt\.params\.([_a-zA-Z][_a-zA-Z0-9.-]*)\)/g;

export function checkEventListener(d: Doc, manifest: Record<string, any>, catalog: Catalog): void {
  const meta = isObject(manifest.metadata) ? manifest.metadata : {};
  if (typeof meta.name === 'string' && meta.name.length > 60) {
    d.report('eventlistener.name-length', 'metadata.name', `an EventListener name may have at most 60 characters (Triggers names its Service "el-<name>"); this one has ${meta.name.length}`, 'shorten the name', meta.name);
  }
  const payload = isObject(meta.annotations) ? meta.annotations['tekton.dev/payload-validation'] : undefined;
  if (payload !== undefined && payload !== 'true' && payload !== 'false') {
    d.report('eventlistener.payload-validation', 'metadata.annotations["tekton.dev/payload-validation"]', 'the annotation tekton.dev/payload-validation must be "true" or "false"', 'set it to "true" or "false", or remove it', payload);
  }
  const spec = manifest.spec;
  if (!isObject(spec)) {
    d.report('eventlistener.spec', 'spec', 'an EventListener needs a spec', 'add spec with triggers (or triggerGroups, namespaceSelector, labelSelector)', spec);
    return;
  }
  const selectsByNamespace = isObject(spec.namespaceSelector) && list(spec.namespaceSelector.matchNames).length > 0;
  if (list(spec.triggers).length === 0 && list(spec.triggerGroups).length === 0 && !selectsByNamespace && spec.labelSelector === undefined) {
    d.report('eventlistener.no-triggers', 'spec', 'an EventListener must set at least one of triggers, triggerGroups, namespaceSelector.matchNames and labelSelector', 'add a trigger under spec.triggers, or select Trigger objects with labelSelector or namespaceSelector');
  }
  const alpha = manifest.apiVersion === 'triggers.tekton.dev/v1alpha1';
  list(spec.triggers).forEach((t, i) => checkTriggerSpec(d, `spec.triggers[${i}]`, t, true, catalog, alpha));
  list(spec.triggerGroups).forEach((g, i) => {
    const at = `spec.triggerGroups[${i}]`;
    const selector = isObject(g) && isObject(g.triggerSelector) ? g.triggerSelector : {};
    if (selector.labelSelector === undefined && selector.namespaceSelector === undefined) {
      d.report('eventlistener.group-selector', `${at}.triggerSelector`, 'a trigger group must select its Triggers with triggerSelector.labelSelector or triggerSelector.namespaceSelector', 'add triggerSelector.labelSelector.matchLabels');
    }
    const interceptors = isObject(g) ? list(g.interceptors) : [];
    if (interceptors.length === 0) d.report('eventlistener.group-interceptors', `${at}.interceptors`, 'a trigger group needs at least one interceptor', 'add an interceptor, or use a plain trigger');
    interceptors.forEach((x, j) => checkInterceptor(d, `${at}.interceptors[${j}]`, x, alpha));
  });
  if (isObject(spec.resources)) checkListenerResources(d, spec.resources);
}

function checkListenerResources(d: Doc, resources: Record<string, any>): void {
  const k8s = resources.kubernetesResource;
  if (k8s !== undefined && resources.customResource !== undefined) {
    d.report('eventlistener.resources-exclusive', 'spec.resources', 'kubernetesResource and customResource may not both be set', 'keep one of them');
  }
  if (isObject(k8s)) {
    if (typeof k8s.replicas === 'number' && k8s.replicas < 0) d.report('eventlistener.replicas', 'spec.resources.kubernetesResource.replicas', 'replicas may not be negative', 'set replicas to 0 or more', k8s.replicas);
    if (k8s.serviceLoadBalancerClass !== undefined && k8s.serviceType !== 'LoadBalancer') {
      d.report('eventlistener.load-balancer-class', 'spec.resources.kubernetesResource.serviceLoadBalancerClass', `serviceLoadBalancerClass is only allowed with serviceType LoadBalancer, and serviceType is ${JSON.stringify(k8s.serviceType ?? 'ClusterIP')}`, 'set serviceType: LoadBalancer, or remove serviceLoadBalancerClass');
    }
    checkPodSpec(d, 'spec.resources.kubernetesResource.spec.template.spec', k8s.spec?.template?.spec, true);
  }
  const custom = resources.customResource;
  if (isObject(custom)) checkPodSpec(d, 'spec.resources.customResource.spec.template.spec', custom.spec?.template?.spec, false);
}

function checkPodSpec(d: Doc, at: string, pod: unknown, probesAllowed: boolean): void {
  if (!isObject(pod)) return;
  for (const key of Object.keys(pod)) {
    if (!POD_FIELDS.includes(key)) d.report('eventlistener.pod-field', `${at}.${key}`, `the listener's pod template may not set ${key}; allowed: ${POD_FIELDS.join(', ')}`, `remove ${key}`);
  }
  const containers = list(pod.containers);
  if (containers.length > 1) d.report('eventlistener.containers', `${at}.containers`, `the listener's pod template may have at most one container; it has ${containers.length}`, 'merge the settings into one container entry');
  const allowed = probesAllowed ? [...CONTAINER_FIELDS, ...PROBES] : CONTAINER_FIELDS;
  containers.forEach((c, i) => {
    if (!isObject(c)) return;
    for (const key of Object.keys(c)) {
      if (!allowed.includes(key)) d.report('eventlistener.container-field', `${at}.containers[${i}].${key}`, `the listener's container may not set ${key}; allowed: ${allowed.join(', ')}`, `remove ${key}`);
    }
    const env = list(c.env);
    const names = new Set<string>();
    env.forEach((e, j) => {
      if (!isObject(e)) return;
      if (typeof e.name === 'string') names.add(e.name);
      if (e.value !== undefined || !isObject(e.valueFrom) || e.valueFrom.secretKeyRef === undefined || Object.keys(e.valueFrom).length !== 1) {
        d.report('eventlistener.env-source', `${at}.containers[${i}].env[${j}]`, `env var "${e.name}" of the listener may only come from valueFrom.secretKeyRef`, 'put the value in a Secret and use valueFrom.secretKeyRef');
      }
    });
    if (names.has('TLS_CERT') !== names.has('TLS_KEY')) {
      d.report('eventlistener.tls-env', `${at}.containers[${i}].env`, `env vars TLS_CERT and TLS_KEY must be given together; only ${names.has('TLS_CERT') ? 'TLS_CERT' : 'TLS_KEY'} is set`, `add ${names.has('TLS_CERT') ? 'TLS_KEY' : 'TLS_CERT'} from the same TLS Secret, or remove both`);
    }
  });
}

/** A Trigger's spec, or one entry of an EventListener's `triggers`. */
export function checkTriggerSpec(d: Doc, at: string, t: unknown, inListener: boolean, catalog: Catalog, alpha = false): void {
  if (!isObject(t)) {
    d.report('trigger.shape', at, 'a trigger must be an object with bindings and a template', 'write it as {name, bindings: [...], template: {ref: <TriggerTemplate>}}', t);
    return;
  }
  if (inListener && t.name !== undefined && (typeof t.name !== 'string' || t.name.length > 63 || !LABEL_VALUE.test(t.name))) {
    d.report('trigger.name', `${at}.name`, 'a trigger name must be a valid label value (it becomes the tekton.dev/trigger label): at most 63 characters, letters, digits, "-", "_" and ".", starting and ending with a letter or digit', 'rename the trigger', t.name);
  }
  if (inListener && t.triggerRef !== undefined) {
    for (const key of ['template', 'bindings', 'interceptors']) {
      if (t[key] !== undefined) d.report('trigger.ref-exclusive', `${at}.${key}`, `a trigger with triggerRef may not set ${key}; the Trigger it names has its own`, `remove ${key}, or remove triggerRef`);
    }
    return;
  }
  if (t.template === undefined) {
    d.report('trigger.template', `${at}.template`, inListener ? 'a trigger needs a template or a triggerRef' : 'a Trigger needs a template', 'add template: {ref: <TriggerTemplate name>}');
  } else checkTemplateRef(d, `${at}.template`, t.template, catalog);
  list(t.bindings).forEach((b, i) => checkBindingEntry(d, `${at}.bindings[${i}]`, b));
  list(t.interceptors).forEach((x, i) => checkInterceptor(d, `${at}.interceptors[${i}]`, x, alpha));
}

function checkTemplateRef(d: Doc, at: string, template: unknown, catalog: Catalog): void {
  const tpl = isObject(template) ? template : {};
  const has = ['ref', 'spec'].filter((k) => tpl[k] !== undefined);
  if (has.length !== 1) {
    d.report('trigger.template-ref-or-spec', at, `a trigger template must set exactly one of ref and spec${has.length ? '; it sets both' : ''}`, has.length ? 'keep one of them' : 'add ref: <TriggerTemplate name>');
  } else if (tpl.ref !== undefined && (typeof tpl.ref !== 'string' || tpl.ref === '')) {
    d.report('trigger.template-ref', `${at}.ref`, 'template.ref must be the name of a TriggerTemplate', 'set ref to the metadata.name of a TriggerTemplate', tpl.ref);
  }
  if (tpl.apiversion !== undefined && !TEMPLATE_API_VERSIONS.includes(tpl.apiversion)) {
    d.report('trigger.template-apiversion', `${at}.apiversion`, `template.apiversion must be ${TEMPLATE_API_VERSIONS.join(' or ')}`, 'set apiversion: v1beta1, or remove it', tpl.apiversion);
  }
  if (isObject(tpl.spec)) checkTemplateSpec(d, `${at}.spec`, tpl.spec, catalog);
}

function checkBindingEntry(d: Doc, at: string, b: unknown): void {
  if (!isObject(b)) {
    d.report('trigger.binding-shape', at, 'a binding must be {ref: <TriggerBinding>} or {name, value}', 'write `- ref: <binding name>` or `- name: <param>` with `value: ...`', b);
    return;
  }
  if (b.ref !== undefined && b.name !== undefined) {
    d.report('trigger.binding-ref-and-name', at, 'a binding sets both ref and name; it is either a ref to a binding object or an inline param', 'keep ref (a TriggerBinding), or name and value (an inline param)');
  } else if (b.ref !== undefined) {
    if (typeof b.ref !== 'string' || b.ref === '') d.report('trigger.binding-ref', `${at}.ref`, 'a binding ref must be the name of a TriggerBinding or ClusterTriggerBinding', 'set ref to the binding\'s metadata.name', b.ref);
    if (b.kind !== undefined && b.kind !== 'TriggerBinding' && b.kind !== 'ClusterTriggerBinding') {
      d.report('trigger.binding-kind', `${at}.kind`, 'a binding kind must be TriggerBinding or ClusterTriggerBinding', 'set kind to TriggerBinding (the default) or ClusterTriggerBinding', b.kind);
    }
  } else if (typeof b.name !== 'string' || b.name === '') {
    d.report('trigger.binding-empty', at, 'a binding needs a ref or a name and value', 'write `- ref: <binding name>` or `- name: <param>` with `value: ...`');
  } else if (b.value === undefined) {
    d.report('trigger.binding-value', `${at}.value`, `inline binding "${b.name}" needs a value`, 'set value, e.g. $(body.head_commit.id)');
  } else checkClosed(d, `${at}.value`, b.value);
}

const CANONICAL_HEADER = /^([A-Z0-9][a-z0-9]*)(-[A-Z0-9][a-z0-9]*)*$/;

/**
 * Checks one interceptor. `alpha`: the document is triggers.tekton.dev/v1alpha1, whose webhook
 * also takes the older forms (`- cel: {filter}`, `- github: {secretRef, eventTypes}`, gitlab,
 * bitbucket) and rewrites them to the ref form (lib/facts/interceptors.ts); they are checked here
 * as that form is.
 */
export function checkInterceptor(d: Doc, at: string, x: unknown, alpha = false): void {
  if (!isObject(x)) {
    d.report('interceptor.shape', at, 'an interceptor must be an object with ref and params', 'write `- ref: {name: github}` with `params: [...]`', x);
    return;
  }
  const hasRef = isObject(x.ref) && typeof x.ref.name === 'string' && x.ref.name !== '';
  const forms = hasRef ? [] : deprecatedFormsOf(x);
  if (forms.length > 0) {
    checkDeprecatedForm(d, at, x, forms, alpha);
    return;
  }
  if (x.webhook !== undefined) {
    const hook = isObject(x.webhook) ? x.webhook : {};
    const obj = hook.objectRef;
    if (!isObject(obj)) {
      d.report('interceptor.webhook-object-ref', `${at}.webhook.objectRef`, 'a webhook interceptor needs objectRef, the Service that runs it', 'add objectRef: {kind: Service, apiVersion: v1, name: <service>}');
    } else {
      if (obj.kind !== 'Service') d.report('interceptor.webhook-kind', `${at}.webhook.objectRef.kind`, 'a webhook interceptor\'s objectRef.kind must be Service', 'set kind: Service', obj.kind);
      if (obj.apiVersion !== 'v1') d.report('interceptor.webhook-api-version', `${at}.webhook.objectRef.apiVersion`, 'a webhook interceptor\'s objectRef.apiVersion must be v1', 'set apiVersion: v1', obj.apiVersion);
    }
    list(hook.header).forEach((h, i) => {
      const name = isObject(h) ? h.name : undefined;
      if (typeof name !== 'string' || !CANONICAL_HEADER.test(name)) {
        d.report('interceptor.webhook-header-name', `${at}.webhook.header[${i}].name`, 'a header name must be a non-empty canonical HTTP header name (each word capitalized, e.g. X-Custom-Header)', 'write the header name in canonical form', name);
      }
      const value = isObject(h) ? h.value : undefined;
      if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
        d.report('interceptor.webhook-header-value', `${at}.webhook.header[${i}].value`, `header "${name}" needs a non-empty value`, 'give the header a value');
      }
    });
    return;
  }
  const ref = isObject(x.ref) ? x.ref : {};
  if (typeof ref.name !== 'string' || ref.name === '') {
    d.report('interceptor.ref-name', `${at}.ref.name`, 'an interceptor needs ref.name (github, gitlab, bitbucket, cel, slack, or a custom interceptor)', 'set ref.name', ref.name);
    return;
  }
  if (ref.kind !== undefined && ref.kind !== 'ClusterInterceptor' && ref.kind !== 'NamespacedInterceptor') {
    d.report('interceptor.ref-kind', `${at}.ref.kind`, 'an interceptor ref.kind must be ClusterInterceptor or NamespacedInterceptor', 'set kind: ClusterInterceptor (the default), or remove it', ref.kind);
  }
  if (ref.name === 'cel') checkCelParams(d, at, list(x.params));
}

/** An interceptor written in a form older than `ref:`: checked as the ref form it becomes (v1alpha1), refused in v1beta1. */
function checkDeprecatedForm(d: Doc, at: string, x: Record<string, any>, forms: readonly string[], alpha: boolean): void {
  const form = forms[0];
  if (!alpha) {
    d.report('interceptor.deprecated-form', `${at}.${form}`, `\`${form}:\` is an interceptor form of triggers.tekton.dev/v1alpha1 only; v1beta1 has no such field, so the webhook finds no interceptor here`, `write it as \`ref: {name: ${form}}\` with its fields as params (${form === 'cel' ? '[{name: filter, value: ...}, {name: overlays, value: [...]}]' : '[{name: secretRef, value: {...}}, {name: eventTypes, value: [...]}]'})`, x[form]);
    return;
  }
  // Triggers' v1alpha1 validation counts webhook, github, gitlab and bitbucket as one of a kind (cel not).
  const exclusive = ['webhook', ...forms.filter((f) => f !== 'cel')].filter((k) => x[k] !== undefined && x[k] !== null);
  if (exclusive.length > 1) d.report('interceptor.one-form', at, `an interceptor sets one of webhook, github, gitlab and bitbucket; this one sets ${exclusive.join(', ')}`, 'split it into one interceptor per form', exclusive);
  if (form !== 'cel') return;
  const cel = isObject(x.cel) ? x.cel : {};
  const overlays = list(cel.overlays);
  if ((cel.filter === undefined || cel.filter === '') && overlays.length === 0) {
    d.report('interceptor.cel-empty', `${at}.cel`, 'a cel interceptor needs a filter or overlays', 'add filter: <CEL expression>, or remove the interceptor', x.cel);
  }
  if (cel.filter !== undefined && cel.filter !== '') checkCel(d, `${at}.cel.filter`, 'filter', cel.filter);
  overlays.forEach((o, j) => {
    const key = isObject(o) ? o.key : undefined;
    checkCel(d, `${at}.cel.overlays[${j}].expression`, `overlay "${key}"`, isObject(o) ? o.expression : undefined);
  });
}

function checkCelParams(d: Doc, at: string, params: readonly any[]): void {
  params.forEach((p, i) => {
    if (!isObject(p)) return;
    if (p.name === 'filter') checkCel(d, `${at}.params[${i}].value`, 'filter', p.value);
    if (p.name === 'overlays') {
      list(p.value).forEach((o, j) => {
        const key = isObject(o) ? o.key : undefined;
        if (typeof key !== 'string' || key === '') d.report('interceptor.cel-overlay-key', `${at}.params[${i}].value[${j}].key`, 'a CEL overlay needs a key (the result is stored at extensions.<key>)', 'set key', key);
        checkCel(d, `${at}.params[${i}].value[${j}].expression`, `overlay "${key}"`, isObject(o) ? o.expression : undefined);
      });
    }
  });
}

function checkCel(d: Doc, at: string, what: string, expression: unknown): void {
  if (typeof expression !== 'string') {
    d.report('interceptor.cel-type', at, `the CEL ${what} must be a string holding a CEL expression`, 'write the expression as a string', expression);
    return;
  }
  const error = celParseError(expression);
  if (error !== undefined) d.report('interceptor.cel-parse', at, `the CEL ${what} does not parse: ${error}`, 'correct the expression (see https://github.com/google/cel-spec for the syntax)', expression);
}

/** Every `$(` in a binding value is closed by a `)`. */
function checkClosed(d: Doc, at: string, value: unknown): void {
  if (typeof value !== 'string') return;
  let depth = 0;
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '$' && value[i + 1] === '(') {
      depth++;
      i++;
    } else if (value[i] === ')' && depth > 0) depth--;
  }
  if (depth > 0) d.report('triggerbinding.unclosed', at, 'a "$(" in the value is not closed by ")"', 'close the expression, e.g. $(body.head_commit.id)', value);
}

/** TriggerBinding and ClusterTriggerBinding. */
export function checkTriggerBinding(d: Doc, spec: unknown, kind: string): void {
  if (!isObject(spec) || Object.keys(spec).length === 0) {
    d.report('triggerbinding.spec', 'spec', `a ${kind} needs a spec with params`, 'add spec.params: [{name, value}]', spec);
    return;
  }
  const params = list(spec.params);
  params.forEach((p, i) => {
    if (!isObject(p) || typeof p.name !== 'string' || p.name === '') {
      d.report('triggerbinding.param-name', `spec.params[${i}].name`, 'a binding param needs a name', 'write it as `- name: <param>` with `value: ...`', isObject(p) ? p.name : p);
      return;
    }
    if (typeof p.value !== 'string') d.report('triggerbinding.param-value', `spec.params[${i}].value`, `binding param "${p.name}" needs a string value`, 'set value, e.g. $(body.head_commit.id)', p.value);
    else checkClosed(d, `spec.params[${i}].value`, p.value);
  });
  for (const dup of duplicates(params, byName)) {
    d.report('triggerbinding.param-duplicate', `spec.params[${dup.index}].name`, `param "${dup.name}" is given more than once`, 'give each param once', dup.name);
  }
}

/** A TriggerTemplate's spec (also inline in a trigger): params and the resource templates' own rules. */
export function checkTemplateSpec(d: Doc, at: string, spec: unknown, catalog: Catalog): void {
  if (!isObject(spec) || Object.keys(spec).length === 0) {
    d.report('template.spec', at, 'a TriggerTemplate needs a spec with resourcetemplates', 'add resourcetemplates with the PipelineRun or TaskRun to create');
    return;
  }
  const params = list(spec.params);
  for (const dup of duplicates(params, byName)) {
    d.report('template.param-duplicate', `${at}.params[${dup.index}].name`, `param "${dup.name}" is declared more than once`, 'remove or rename the duplicate', dup.name);
  }
  const declared = new Set(params.map(byName).filter((n): n is string => n !== undefined));
  const templates = list(spec.resourcetemplates);
  if (templates.length === 0) d.report('template.resourcetemplates', `${at}.resourcetemplates`, 'a TriggerTemplate needs at least one resource template', 'add the PipelineRun or TaskRun the trigger creates');
  templates.forEach((r, i) => {
    const rat = `${at}.resourcetemplates[${i}]`;
    if (!isObject(r) || typeof r.apiVersion !== 'string' || r.apiVersion === '' || typeof r.kind !== 'string' || r.kind === '') {
      d.report('template.resource-type', rat, 'every resource template needs apiVersion and kind', 'set apiVersion and kind, e.g. tekton.dev/v1 and PipelineRun');
    }
    const reported = new Set<string>();
    for (const m of JSON.stringify(r).matchAll(TT_PARAM)) {
      if (declared.has(m[1]) || reported.has(m[1])) continue;
      reported.add(m[1]);
      d.report('template.param-undeclared', rat, `$(tt.params.${m[1]}) is used, and the template declares no param "${m[1]}"; declared: ${available(declared)}`, `add {name: ${m[1]}} to ${at}.params, or fix the reference`, `$(tt.params.${m[1]})`);
    }
    if (isObject(r)) checkResourceTemplate(d, rat, r, catalog);
  });
}
