// Tekton Triggers' object shapes (triggers.tekton.dev/v1beta1), written by hand: its CRDs carry no
// schema, so there is nothing to generate from. Keys keep Triggers' own spelling, including the
// all-lowercase `resourcetemplates` and `apiversion`.
import type { TriggerInterceptorSpec } from './interceptor';

/** One `spec.params` entry of a TriggerBinding or ClusterTriggerBinding. */
export interface TriggerBindingParamSpec {
  readonly name: string;
  /** May hold `$(body...)`, `$(header...)`, `$(extensions...)`, `$(context.eventID)`. */
  readonly value: string;
}

export interface TriggerBindingSpec {
  readonly params?: TriggerBindingParamSpec[];
}

/** One `spec.params` entry of a TriggerTemplate: untyped, always a string. */
export interface TriggerTemplateParamSpec {
  readonly name: string;
  readonly description?: string;
  readonly default?: string;
}

export interface TriggerTemplateSpec {
  readonly params?: TriggerTemplateParamSpec[];
  /** Plain Kubernetes objects, created for every event that passes the interceptors. */
  readonly resourcetemplates: Record<string, unknown>[];
}

/** A binding entry of a trigger: a ref to a binding object, or an inline `name`/`value` param. */
export interface TriggerSpecBinding {
  readonly ref?: string;
  /** @default 'TriggerBinding' */
  readonly kind?: 'TriggerBinding' | 'ClusterTriggerBinding';
  readonly apiversion?: string;
  readonly name?: string;
  readonly value?: string;
}

export interface TriggerSpecTemplate {
  readonly ref?: string;
  readonly spec?: TriggerTemplateSpec;
  readonly apiversion?: string;
}

/** The spec of a Trigger object; also an inline trigger of an EventListener. */
export interface TriggerSpec {
  readonly name?: string;
  readonly bindings?: TriggerSpecBinding[];
  readonly template?: TriggerSpecTemplate;
  readonly interceptors?: TriggerInterceptorSpec[];
  readonly serviceAccountName?: string;
}

/** One entry of an EventListener's `spec.triggers`. */
export interface EventListenerTrigger extends TriggerSpec {
  /** Name of a Trigger object, instead of bindings, template and interceptors. */
  readonly triggerRef?: string;
}

export interface TriggerGroup {
  readonly name?: string;
  readonly interceptors: TriggerInterceptorSpec[];
  readonly triggerSelector: {
    readonly namespaceSelector?: { readonly matchNames?: string[] };
    readonly labelSelector?: Record<string, unknown>;
  };
}

export interface KubernetesResource {
  readonly replicas?: number;
  readonly serviceType?: string;
  readonly servicePort?: number;
  readonly serviceLoadBalancerClass?: string;
  readonly spec?: { readonly template?: { readonly metadata?: Record<string, unknown>; readonly spec?: Record<string, unknown> } };
}

export interface EventListenerSpec {
  readonly serviceAccountName?: string;
  readonly triggers?: EventListenerTrigger[];
  readonly triggerGroups?: TriggerGroup[];
  readonly namespaceSelector?: { readonly matchNames?: string[] };
  readonly labelSelector?: Record<string, unknown>;
  readonly resources?: { readonly kubernetesResource?: KubernetesResource; readonly customResource?: Record<string, unknown> };
  readonly cloudEventURI?: string;
}
