// The Secrets and service accounts runs use, as the typed references of lib/credentials: a
// workspace bound to a Secret whose type is known becomes WorkspaceBinding.secret(<typed secret>),
// and a run's service account PipelineServiceAccount.fromServiceAccountName with the Secrets it is
// known to list. What is known comes from the documents themselves (a Secret's type, keys and
// `tekton.dev/git-N` / `docker-N` annotations; a ServiceAccount's `secrets`), or from the
// annotations these typed references leave on a synthesized run (convert's own output, converted
// again), which say the same. A Secret whose type the typed references cannot state exactly stays a
// name, as written.
import { ACCOUNTS_ANNOTATION, SECRET_TYPE, SECRETS_ANNOTATION } from '../facts/credentials';
import { isObject } from '../facts/object';
import { identifier, literal, Module, quote } from './code';

interface Facts {
  readonly name: string;
  readonly type: string;
  readonly keys: readonly string[];
  readonly hosts?: readonly string[];
  readonly registries?: readonly string[];
}

interface Account {
  readonly secrets: readonly string[];
  readonly imagePullSecrets: readonly string[];
}

/** The annotations a typed reference writes on a run, which the typed code writes again. */
export const CREDENTIAL_ANNOTATIONS = [SECRETS_ANNOTATION, ACCOUNTS_ANNOTATION];

const names = (list: unknown): string[] => (Array.isArray(list) ? list.flatMap((e) => (isObject(e) && typeof e.name === 'string' ? [e.name] : [])) : []);

function parse(text: unknown): unknown {
  try {
    return typeof text === 'string' ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/** What a Secret document says of itself: type, keys, and the hosts or registries Tekton annotates. */
function secretFacts(doc: Record<string, any>): Facts | undefined {
  const m = isObject(doc.metadata) ? doc.metadata : {};
  if (typeof m.name !== 'string') return undefined;
  const annotations: Record<string, unknown> = isObject(m.annotations) ? m.annotations : {};
  const annotated = (kind: string) => Object.keys(annotations).filter((k) => new RegExp(`^tekton\\.dev/${kind}-\\d+$`).test(k)).sort().map((k) => String(annotations[k]));
  const keys = [...new Set([...Object.keys(isObject(doc.data) ? doc.data : {}), ...Object.keys(isObject(doc.stringData) ? doc.stringData : {})])];
  return { name: m.name, type: typeof doc.type === 'string' ? doc.type : SECRET_TYPE.opaque, keys, hosts: annotated('git'), registries: annotated('docker') };
}

/** A bare host from a `tekton.dev/git-N` value (a URL or a host), as the typed secrets take it. */
function bareHost(value: string): string | undefined {
  const host = value.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '').toLowerCase();
  return /^[a-z0-9.-]+(:\d+)?$/.test(host) ? host : undefined;
}

/** The typed reference's class and options for these facts, or undefined when no typed reference states them exactly. */
function typedSecret(f: Facts): { cls: string; options: string } | undefined {
  const hosts = (f.hosts ?? []).map(bareHost);
  const host = hosts.length === 1 ? hosts[0] : undefined;
  const within = (allowed: string[]) => f.keys.every((k) => allowed.includes(k));
  if (f.type === SECRET_TYPE.sshAuth && host !== undefined && f.keys.includes('ssh-privatekey') && within(['ssh-privatekey', 'known_hosts'])) {
    return { cls: 'GitSshSecret', options: `{ host: ${quote(host)}${f.keys.includes('known_hosts') ? '' : ', knownHosts: false'} }` };
  }
  if (f.type === SECRET_TYPE.basicAuth && host !== undefined && within(['username', 'password'])) return { cls: 'GitBasicAuthSecret', options: `{ host: ${quote(host)} }` };
  const registries = (f.registries ?? []).map(bareHost);
  if (f.type === SECRET_TYPE.dockerConfigJson && registries.length > 0 && registries.every((r) => r !== undefined) && within(['.dockerconfigjson'])) {
    return { cls: 'DockerConfigSecret', options: `{ registries: ${literal(registries, '')} }` };
  }
  if (f.type === SECRET_TYPE.opaque && f.keys.length > 0) return { cls: 'OpaqueSecret', options: `{ keys: ${literal(f.keys, '')} }` };
  return undefined;
}

/** The typed Secrets and service accounts of one module, each declared once, before its first use. */
export class Credentials {
  private readonly secrets = new Map<string, Facts>();
  private readonly accounts = new Map<string, Account>();
  private readonly declared = new Map<string, string | undefined>();

  public constructor(docs: readonly Record<string, unknown>[], private readonly ids: Set<string>) {
    // Documents first: a Secret or ServiceAccount in the files is what the cluster will hold.
    for (const doc of docs) {
      if (doc.apiVersion !== 'v1' || !isObject(doc.metadata) || typeof doc.metadata.name !== 'string') continue;
      if (doc.kind === 'Secret') {
        const f = secretFacts(doc);
        if (f) this.secrets.set(f.name, f);
      }
      if (doc.kind === 'ServiceAccount') this.accounts.set(doc.metadata.name, { secrets: names(doc.secrets), imagePullSecrets: names(doc.imagePullSecrets) });
    }
    for (const doc of docs) {
      const annotations = isObject(doc.metadata) && isObject(doc.metadata.annotations) ? doc.metadata.annotations : {};
      const secrets = parse(annotations[SECRETS_ANNOTATION]);
      for (const f of Array.isArray(secrets) ? secrets : []) {
        if (isObject(f) && typeof f.name === 'string' && typeof f.type === 'string' && Array.isArray(f.keys) && !this.secrets.has(f.name)) this.secrets.set(f.name, f as unknown as Facts);
      }
      const accounts = parse(annotations[ACCOUNTS_ANNOTATION]);
      for (const [name, a] of Object.entries(isObject(accounts) ? accounts : {})) {
        if (isObject(a) && !this.accounts.has(name)) this.accounts.set(name, { secrets: (a.secrets ?? []) as string[], imagePullSecrets: (a.imagePullSecrets ?? []) as string[] });
      }
    }
  }

  /** The variable of the typed reference to Secret `name`, declared on first use; undefined when its type is not known. */
  public secret(name: string, mod: Module, only?: string): string | undefined {
    const f = this.secrets.get(name);
    const typed = f ? typedSecret(f) : undefined;
    if (typed === undefined || (only !== undefined && typed.cls !== only)) return undefined;
    return this.declare(`Secret/${name}`, `${name}-secret`, mod, (id) => `${typed.cls}.fromSecretName(this, ${quote(id)}, ${quote(name)}, ${typed.options})`, typed.cls);
  }

  /**
   * The typed account `name`, declared on first use, with the Secrets it is known to list; the name
   * as a string when it lists a Secret whose type is not known (declaring fewer would be wrong).
   */
  public account(name: string, mod: Module): string {
    // A name Kubernetes would refuse stays as written, for validate to report.
    if (!/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(name)) return quote(name);
    const a = this.accounts.get(name) ?? { secrets: [], imagePullSecrets: [] };
    const secrets = a.secrets.map((s) => this.secret(s, mod));
    const pulls = a.imagePullSecrets.map((s) => this.secret(s, mod, 'DockerConfigSecret'));
    if ([...secrets, ...pulls].some((s) => s === undefined)) return quote(name);
    const options = [secrets.length ? `secrets: [${secrets.join(', ')}]` : '', pulls.length ? `imagePullSecrets: [${pulls.join(', ')}]` : ''].filter(Boolean).join(', ');
    return this.declare(`ServiceAccount/${name}`, `${name}-account`, mod, (id) => `PipelineServiceAccount.fromServiceAccountName(this, ${quote(id)}, ${quote(name)}${options ? `, { ${options} }` : ''})`, 'PipelineServiceAccount')!;
  }

  private declare(key: string, base: string, mod: Module, init: (id: string) => string, cls: string): string | undefined {
    if (!this.declared.has(key)) {
      let id = base;
      for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
      this.ids.add(id);
      // `gitSshKey` for Secret git-ssh-key, `ciSecret` for ci; `builderAccount` for builder, `ciSa` for ci-sa.
      const variable = identifier(/(secret|key|creds|credentials|sa|account)$/i.test(base.slice(0, base.lastIndexOf('-'))) ? base.slice(0, base.lastIndexOf('-')) : base, mod.names);
      mod.imports.add(cls);
      mod.declare(variable, init(id));
      this.declared.set(key, variable);
    }
    return this.declared.get(key);
  }
}
