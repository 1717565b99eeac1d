// Tekton Triggers' object shapes (triggers.tekton.dev/v1beta1), written by hand: its CRDs carry no
// schema, so there is nothing to generate from. Keys keep Triggers' own spelling, including the
// all-lowercase `resourcetemplates` and `apiversion`.
import type { TriggerInterceptorSpec } from './interceptor';

/** One `spec.params` entry of a TriggerBinding or ClusterTriggerBinding. */
export interface TriggerBindingParamSpec {
  /** Name of the param, as a TriggerTemplate declares it. */
  readonly name: string;
  /** May hold `$(body...)`, `$(header...)`, `$(extensions...)`, `$(context.eventID)`. */
  readonly value: string;
}

/** The spec of a TriggerBinding or ClusterTriggerBinding. */
export interface TriggerBindingSpec {
  /** The params the binding extracts from the event. @default - none */
  readonly params?: TriggerBindingParamSpec[];
}

/** One `spec.params` entry of a TriggerTemplate: untyped, always a string. */
export interface TriggerTemplateParamSpec {
  /** Name of the param, used as `$(tt.params.<name>)`. */
  readonly name: string;
  /** @default - none */
  readonly description?: string;
  /** Value when no binding gives one. @default - required */
  readonly default?: string;
}

/** The spec of a TriggerTemplate. */
export interface TriggerTemplateSpec {
  /** The params the resource templates use. @default - none */
  readonly params?: TriggerTemplateParamSpec[];
  /** Plain Kubernetes objects, created for every event that passes the interceptors. */
  readonly resourcetemplates: Record<string, unknown>[];
}

/** A binding entry of a trigger: a ref to a binding object, or an inline `name`/`value` param. */
export interface TriggerSpecBinding {
  /** Name of a TriggerBinding or ClusterTriggerBinding. @default - an inline name/value param */
  readonly ref?: string;
  /** @default 'TriggerBinding' */
  readonly kind?: 'TriggerBinding' | 'ClusterTriggerBinding';
  /** @default - the Triggers API version of the EventListener */
  readonly apiversion?: string;
  /** Name of an inline param. @default - a ref instead */
  readonly name?: string;
  /** Value of an inline param. @default - a ref instead */
  readonly value?: string;
}

/** The template of a trigger: a ref to a TriggerTemplate, or an inline spec. */
export interface TriggerSpecTemplate {
  /** Name of a TriggerTemplate. @default - an inline spec */
  readonly ref?: string;
  /** An inline TriggerTemplate spec. @default - a ref instead */
  readonly spec?: TriggerTemplateSpec;
  /** @default - the Triggers API version of the EventListener */
  readonly apiversion?: string;
}

/** The spec of a Trigger object; also an inline trigger of an EventListener. */
export interface TriggerSpec {
  /** Name of the trigger within the EventListener. @default - none */
  readonly name?: string;
  /** Where the template params come from. @default - none */
  readonly bindings?: TriggerSpecBinding[];
  /** What the trigger creates. @default - none */
  readonly template?: TriggerSpecTemplate;
  /** Filters and transforms applied to the event first, in order. @default - none */
  readonly interceptors?: TriggerInterceptorSpec[];
  /** Account the trigger creates its resources as. @default - the EventListener's account */
  readonly serviceAccountName?: string;
}

/** One entry of an EventListener's `spec.triggers`. */
export interface EventListenerTrigger extends TriggerSpec {
  /** Name of a Trigger object, instead of bindings, template and interceptors. @default - an inline trigger */
  readonly triggerRef?: string;
}

/** A group of Trigger objects that share interceptors, run once for the group. */
export interface TriggerGroup {
  /** @default - none */
  readonly name?: string;
  /** Interceptors run once for every trigger of the group. */
  readonly interceptors: TriggerInterceptorSpec[];
  /** Which Trigger objects the group runs after its interceptors. */
  readonly triggerSelector: {
    readonly namespaceSelector?: { readonly matchNames?: string[] };
    readonly labelSelector?: Record<string, unknown>;
  };
}

/** How the EventListener's Deployment and Service are made. */
export interface KubernetesResource {
  /** @default 1 */
  readonly replicas?: number;
  /** Type of the EventListener's Service. @default ClusterIP */
  readonly serviceType?: string;
  /** @default 8080 */
  readonly servicePort?: number;
  /** @default - the cluster's default */
  readonly serviceLoadBalancerClass?: string;
  /** Overrides of the EventListener pod template. @default - none */
  readonly spec?: { readonly template?: { readonly metadata?: Record<string, unknown>; readonly spec?: Record<string, unknown> } };
}

/** The spec of an EventListener. */
export interface EventListenerSpec {
  /** Account the EventListener runs as and creates resources with. @default - the namespace's `default` account */
  readonly serviceAccountName?: string;
  /** @default - none */
  readonly triggers?: EventListenerTrigger[];
  /** @default - none */
  readonly triggerGroups?: TriggerGroup[];
  /** Namespaces whose Trigger objects it serves. @default - its own namespace */
  readonly namespaceSelector?: { readonly matchNames?: string[] };
  /** Labels of the Trigger objects it serves. @default - all */
  readonly labelSelector?: Record<string, unknown>;
  /** How its Deployment and Service are shaped. @default - Triggers' defaults */
  readonly resources?: { readonly kubernetesResource?: KubernetesResource; readonly customResource?: Record<string, unknown> };
  /** Where it sends CloudEvents about its work. @default - none */
  readonly cloudEventURI?: string;
}
