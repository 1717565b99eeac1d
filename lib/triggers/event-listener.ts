import { ApiObject, Chart } from 'cdk8s';
import { Construct } from 'constructs';
import type { ResourceProps } from '../resource';
import type { ServiceAccountLike } from '../runs';
import { TriggersResource, withoutChartNamespace } from './resource';
import { renderTrigger, Trigger, TriggerOptions } from './trigger';
import type { EventListenerSpec, EventListenerTrigger } from './types';

/** The ClusterRoles Tekton Triggers installs for listeners (namespaced part, cluster part). */
export const EVENTLISTENER_ROLES = 'tekton-triggers-eventlistener-roles';
/** See EVENTLISTENER_ROLES. */
export const EVENTLISTENER_CLUSTER_ROLES = 'tekton-triggers-eventlistener-clusterroles';
/** Port of the Service Triggers creates for a listener. */
export const EVENTLISTENER_PORT = 8080;

/** How to reach the listener from outside the cluster. */
export interface EventListenerIngressOptions {
  /** Host name the git host posts to, e.g. `hooks.example.com`. */
  readonly host: string;
  /** @default '/' */
  readonly path?: string;
  /** @default - the cluster's default IngressClass */
  readonly ingressClassName?: string;
  /** A `kubernetes.io/tls` Secret for the host; git hosts want HTTPS. @default - plain HTTP */
  readonly tlsSecretName?: string;
  /** E.g. cert-manager's `cert-manager.io/cluster-issuer`. @default - none */
  readonly annotations?: { readonly [key: string]: string };
}

/** A trigger of an EventListener: a name and what the trigger does. */
export interface EventListenerTriggerOptions extends TriggerOptions {
  /** Becomes the `tekton.dev/trigger` label of what it creates. */
  readonly name: string;
}

/** Props of an EventListener. */
export interface EventListenerProps extends ResourceProps {
  /** @default - none; add them with addTrigger */
  readonly triggers?: readonly EventListenerTriggerOptions[];
  /**
   * The service account the listener runs as.
   * @default - a new ServiceAccount `el-<name>`, bound to the ClusterRoles Tekton Triggers installs
   *   (tekton-triggers-eventlistener-roles in the namespace, tekton-triggers-eventlistener-clusterroles)
   */
  readonly serviceAccount?: ServiceAccountLike;
  /** Exposes the listener's Service `el-<name>` through an Ingress. @default - no Ingress */
  readonly ingress?: EventListenerIngressOptions;
  /** @default 1 */
  readonly replicas?: number;
}

/**
 * Receives webhook events over HTTP and runs its triggers on each. Tekton Triggers creates a
 * Deployment and a Service named `el-<name>` (port 8080) for it.
 * @see https://tekton.dev/docs/triggers/eventlisteners/
 */
export class EventListener extends TriggersResource {
  /** The Service Triggers creates for the listener. */
  public readonly serviceName: string;
  /** The service account the listener runs as. */
  public readonly serviceAccountName: string;
  private readonly triggers: Array<() => EventListenerTrigger> = [];
  private readonly names = new Set<string>();

  public constructor(scope: Construct, id: string, private readonly props: EventListenerProps = {}) {
    super(scope, id, 'EventListener', props);
    if (this.resourceName.length > 60) throw new Error(`[${this.node.path}] EventListener name "${this.resourceName}" has ${this.resourceName.length} characters; at most 60 are allowed (Triggers names its Service "el-<name>"). Set a shorter name prop.`);
    if (props.replicas !== undefined && !(Number.isInteger(props.replicas) && props.replicas >= 0)) throw new Error(`[${this.node.path}] replicas must be a whole number, 0 or more (got ${props.replicas}).`);
    this.serviceName = `el-${this.resourceName}`;
    const sa = props.serviceAccount;
    this.serviceAccountName = sa === undefined ? this.createServiceAccount() : typeof sa === 'string' ? sa : sa.name;
    for (const t of props.triggers ?? []) this.addTrigger(t);
    if (props.ingress) this.addIngress(props.ingress);
  }

  /** Adds a trigger run on every event. */
  public addTrigger(options: EventListenerTriggerOptions): this {
    this.claimName(options.name);
    const where = `[${this.node.path}] trigger "${options.name}"`;
    renderTrigger(where, options);
    this.recordSecrets(options.interceptors);
    this.triggers.push(() => ({ name: options.name, ...renderTrigger(where, options) }));
    return this;
  }

  /** Runs a Trigger object on every event (triggerRef). */
  public addTriggerRef(trigger: Trigger, name: string = trigger.resourceName): this {
    this.claimName(name);
    this.triggers.push(() => ({ name, triggerRef: trigger.resourceName }));
    return this;
  }

  /** Exposes the listener through an Ingress (child `Ingress`) to the Service `el-<name>`. */
  public addIngress(options: EventListenerIngressOptions): ApiObject {
    if (options.host === '') throw new Error(`[${this.node.path}] the Ingress needs a host, the name the git host posts to.`);
    const path = options.path ?? '/';
    if (!path.startsWith('/')) throw new Error(`[${this.node.path}] the Ingress path "${path}" must start with "/".`);
    return new ApiObject(this, 'Ingress', {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: this.serviceName, namespace: this.props.namespace, ...(options.annotations ? { annotations: { ...options.annotations } } : {}) },
      spec: {
        ...(options.ingressClassName ? { ingressClassName: options.ingressClassName } : {}),
        ...(options.tlsSecretName ? { tls: [{ hosts: [options.host], secretName: options.tlsSecretName }] } : {}),
        rules: [{
          host: options.host,
          http: { paths: [{ path, pathType: 'Prefix', backend: { service: { name: this.serviceName, port: { number: EVENTLISTENER_PORT } } } }] },
        }],
      },
    });
  }

  protected renderSpec(): EventListenerSpec {
    return {
      serviceAccountName: this.serviceAccountName,
      triggers: this.triggers.map((t) => t()),
      ...(this.props.replicas === undefined ? {} : { resources: { kubernetesResource: { replicas: this.props.replicas } } }),
    };
  }

  private claimName(name: string): void {
    if (this.names.has(name)) throw new Error(`[${this.node.path}] EventListener "${this.resourceName}" already has a trigger named "${name}". Give each trigger a unique name.`);
    this.names.add(name);
  }

  /**
   * The ServiceAccount and the two bindings Triggers' docs prescribe for a listener. Their subjects
   * must name the namespace the listener runs in, and cluster-scoped bindings cannot inherit it from
   * `kubectl apply -n`: with no namespace known here synth fails rather than guess one.
   */
  private createServiceAccount(): string {
    const name = this.serviceName;
    const namespace = this.props.namespace ?? Chart.of(this).namespace;
    if (namespace === undefined) this.node.addValidation({ validate: () => [this.noNamespaceMessage()] });
    const subjects = [{ kind: 'ServiceAccount', name, namespace }];
    new ApiObject(this, 'ServiceAccount', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace: this.props.namespace } });
    new ApiObject(this, 'RoleBinding', {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name, namespace: this.props.namespace },
      subjects,
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: EVENTLISTENER_ROLES },
    });
    const crb = new ApiObject(this, 'ClusterRoleBinding', {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata: { name: namespace === undefined ? name : `${name}-${namespace}` },
      subjects,
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: EVENTLISTENER_CLUSTER_ROLES },
    });
    withoutChartNamespace(crb);
    return name;
  }

  private noNamespaceMessage(): string {
    const chart = Chart.of(this);
    return `EventListener "${this.resourceName}": subjects[0].namespace of its RoleBinding and ClusterRoleBinding "${this.serviceName}": no namespace is known for the listener's ServiceAccount "${this.serviceName}" (got none: neither the chart "${chart.node.path}" nor the EventListener sets one). The subjects must name the namespace the listener runs in, and \`kubectl apply -n <namespace>\` does not change them, so the listener would get no permissions there. Fix: set the chart's namespace (new Chart(app, '${chart.node.id}', { namespace: 'ci' })) or the EventListener's namespace prop ({ namespace: 'ci' }), with the namespace you apply to; or pass serviceAccount to bring an account you bind yourself`;
  }
}
