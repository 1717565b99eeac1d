// The shape of one entry of a trigger's `interceptors` list (triggers.tekton.dev/v1beta1), written
// by hand: Tekton Triggers publishes no usable schema. Every interceptor construct, and the path
// filter, renders to these entries.
import type { SecretFacts } from '../facts/credentials';

/** `ref` of an interceptor entry. */
export interface TriggerInterceptorRef {
  /** `github`, `gitlab`, `bitbucket`, `cel`, `slack`, or a custom interceptor's name. */
  readonly name: string;
  /** @default 'ClusterInterceptor' */
  readonly kind?: 'ClusterInterceptor' | 'NamespacedInterceptor';
  /** @default - the Triggers API version */
  readonly apiVersion?: string;
}

/** One param of an interceptor entry; `value` is any JSON value. */
export interface TriggerInterceptorParam {
  /** Name of the param, as the interceptor reads it. */
  readonly name: string;
  /** Any JSON value. */
  readonly value: unknown;
}

/** One entry of `interceptors[]` in an EventListener trigger, a Trigger or a trigger group. */
export interface TriggerInterceptorSpec {
  /** @default - none */
  readonly name?: string;
  /** Which interceptor runs. */
  readonly ref: TriggerInterceptorRef;
  /** @default - none */
  readonly params?: TriggerInterceptorParam[];
}

/**
 * Anything that can stand in a trigger's interceptor chain. One item may render to several
 * entries (the path filter is a GitHub or GitLab step followed by a CEL step), kept in order.
 */
export interface IInterceptor {
  /** The entries this item adds to the interceptor chain, in order. */
  renderInterceptors(): TriggerInterceptorSpec[];
  /**
   * The Secret keys the entries read (a webhook secret, an API token), so the trigger's object
   * records those Secrets for `cdk8s-tekton secrets`.
   * @default - none
   */
  readonly secretKeys?: ReadonlyArray<{ readonly secretName: string; readonly facts?: SecretFacts }>;
}
