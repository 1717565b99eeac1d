// Triggers' v1alpha1 interceptor forms that predate `ref:` (`- cel: {filter, overlays}`,
// `- github: {secretRef, eventTypes}`, `gitlab`, `bitbucket`). The v1alpha1 defaulting webhook
// (TriggerInterceptor.updateCoreInterceptors in tektoncd/triggers pkg/apis/triggers/v1alpha1/
// trigger_types.go, run from the EventListener's and the Trigger's SetDefaults) rewrites each to
// the ref form: ref.name is the form's key, params are the form's fields by the same names, and
// any params written beside it are replaced. v1beta1 has none of these fields. The validator and
// the simulator both read an interceptor through this one conversion.
import { isObject } from './object';

/** The deprecated forms, in the order Triggers' GetName picks one when several are set. */
export const DEPRECATED_INTERCEPTOR_FORMS = ['bitbucket', 'cel', 'github', 'gitlab'] as const;
export type DeprecatedInterceptorForm = (typeof DEPRECATED_INTERCEPTOR_FORMS)[number];

/** The fields of each form that become params, in the order Triggers adds them. */
const FIELDS: Record<DeprecatedInterceptorForm, readonly string[]> = {
  bitbucket: ['secretRef', 'eventTypes'],
  cel: ['filter', 'overlays'],
  github: ['secretRef', 'eventTypes'],
  gitlab: ['secretRef', 'eventTypes'],
};

/** The deprecated forms an interceptor sets (several is an error Triggers reports). */
export function deprecatedFormsOf(x: Record<string, unknown>): DeprecatedInterceptorForm[] {
  return DEPRECATED_INTERCEPTOR_FORMS.filter((k) => x[k] !== undefined && x[k] !== null);
}

/**
 * The interceptor as Triggers' v1alpha1 defaulting stores it: unchanged when it already has a
 * ref.name or sets no deprecated form, otherwise `{name?, ref: {name: <form>, kind}, params}`.
 */
export function asRefForm(x: Record<string, any>): Record<string, any> {
  const ref = isObject(x.ref) ? x.ref : {};
  if (typeof ref.name === 'string' && ref.name !== '') return x;
  const [form] = deprecatedFormsOf(x);
  if (form === undefined) return x;
  const body = isObject(x[form]) ? x[form] : {};
  const params = FIELDS[form].filter((f) => body[f] !== undefined).map((f) => ({ name: f, value: body[f] }));
  const rest = Object.fromEntries(Object.entries(x).filter(([k]) => !(DEPRECATED_INTERCEPTOR_FORMS as readonly string[]).includes(k)));
  return { ...rest, ref: { ...ref, name: form, kind: ref.kind ?? 'ClusterInterceptor' }, params };
}
