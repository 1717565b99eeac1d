// An EventListener's service account gets its permissions from a RoleBinding and a
// ClusterRoleBinding whose subjects name the account with its namespace. A subject namespace that
// differs from the listener's grants the roles to an account in another namespace: Triggers then
// starts the listener, which fails every event for want of permissions. A listener without a
// namespace runs wherever `kubectl apply` puts it, so a subject with a fixed namespace is then only
// right by luck: a warning (an error with --strict).
import { Doc, isObject, list } from './core';

const RBAC_GROUP = 'rbac.authorization.k8s.io/';
const BINDING_KINDS = new Set(['RoleBinding', 'ClusterRoleBinding']);

interface Listener {
  readonly name: string;
  /** undefined: the namespace `kubectl apply` targets. */
  readonly namespace: string | undefined;
}

interface Subject {
  readonly input: number;
  readonly field: string;
  readonly account: string;
  readonly namespace: string;
}

/** The listeners and the ServiceAccount subjects of RBAC bindings among the documents of one validation call. */
export class ListenerRbac {
  /** Service account name -> the listeners that run as it. */
  private readonly listeners = new Map<string, Listener[]>();
  private readonly subjects: Subject[] = [];

  public add(input: number, manifest: Record<string, any>): void {
    const meta = isObject(manifest.metadata) ? manifest.metadata : {};
    if (manifest.kind === 'EventListener' && typeof manifest.apiVersion === 'string' && manifest.apiVersion.startsWith('triggers.tekton.dev/')) {
      const account = isObject(manifest.spec) ? manifest.spec.serviceAccountName : undefined;
      if (typeof account !== 'string' || account === '') return;
      const entry = { name: String(meta.name), namespace: typeof meta.namespace === 'string' && meta.namespace !== '' ? meta.namespace : undefined };
      (this.listeners.get(account) ?? this.listeners.set(account, []).get(account)!).push(entry);
      return;
    }
    if (!BINDING_KINDS.has(manifest.kind) || typeof manifest.apiVersion !== 'string' || !manifest.apiVersion.startsWith(RBAC_GROUP)) return;
    list(manifest.subjects).forEach((s, i) => {
      // A subject without a namespace is refused by the API server itself; the EventListener construct reports its own.
      if (s.kind === 'ServiceAccount' && typeof s.name === 'string' && typeof s.namespace === 'string') this.subjects.push({ input, field: `subjects[${i}].namespace`, account: s.name, namespace: s.namespace });
    });
  }

  /** Reports each subject that names a listener's account in a namespace other than the listener's. */
  public check(docOf: (input: number) => Doc): void {
    for (const s of this.subjects) {
      const listeners = this.listeners.get(s.account);
      if (listeners === undefined || listeners.some((l) => l.namespace !== undefined && l.namespace === s.namespace)) continue;
      const placed = listeners.filter((l) => l.namespace !== undefined);
      const d = docOf(s.input);
      if (placed.length > 0) {
        const l = placed[0];
        d.report(
          'eventlistener.rbac-namespace',
          s.field,
          `binds ServiceAccount "${s.account}" of EventListener "${l.name}" in namespace "${s.namespace}", but the listener runs in namespace "${l.namespace}", so it gets none of these permissions`,
          `set ${s.field} to "${l.namespace}"`,
          s.namespace,
        );
      } else {
        const l = listeners[0];
        d.warn(
          'eventlistener.rbac-namespace',
          s.field,
          `binds ServiceAccount "${s.account}" of EventListener "${l.name}" in namespace "${s.namespace}", but the listener has no metadata.namespace: it runs in the namespace kubectl apply targets, and gets none of these permissions anywhere else`,
          `set metadata.namespace of EventListener "${l.name}" (and of its ServiceAccount) to the namespace of the subject, or the subject's namespace to the one you apply to (in cdk8s: the chart's namespace or the EventListener's namespace prop)`,
          s.namespace,
        );
      }
    }
  }
}
