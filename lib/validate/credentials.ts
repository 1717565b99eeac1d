// What the credential rules know across documents: Secrets (from Secret documents, else from the
// cdk8s-tekton.io/secrets annotations of lib/facts/credentials.ts), service accounts (documents, or
// declared on the runs that use an existing one), and the credential roles of Tasks, Pipelines and
// known hub tasks. One pass over the documents builds the maps; credential-checks.ts then checks
// each run in time linear in its size.
import { isObject, list } from './core';
import {
  ACCOUNTS_ANNOTATION, factsOfSecretDocument, hostOfAnnotation, PARAM_ROLES_ANNOTATION, REGISTRY_AUTH_ANNOTATION, RegistryAuth, rolesOf, SECRET_TYPE,
  SecretFacts, secretsOf, WORKSPACE_SECRETS_ANNOTATION,
} from '../facts/credentials';
import { hubTaskOf } from './hub-refs';

export interface Roles {
  readonly label: string;
  readonly params: ReadonlyMap<string, string>;
  readonly workspaces: ReadonlyMap<string, string>;
  readonly defaults: ReadonlyMap<string, unknown>;
  /** Which registry credentials the task's tool reads; undefined: the workspace and $HOME/.docker both. */
  readonly registryAuth?: RegistryAuth;
  /** The literal DOCKER_CONFIG or REGISTRY_AUTH_FILE a step sets, which makes it `workspace-only`. */
  readonly authEnv?: string;
}

export interface Account {
  readonly secrets: readonly string[];
  readonly pullSecrets: readonly string[];
}

/** What the credential rules know of all documents of one validation call. */
export class CredentialWorld {
  private readonly secrets = new Map<string, SecretFacts>();
  private readonly documented = new Set<string>();
  private readonly accounts = new Map<string, Account>();
  private readonly declaredAccounts = new Map<string, Account>();
  /** Task name -> its document, and its roles once a run has asked for them (most Tasks are never asked about). */
  private readonly tasks = new Map<string, { readonly manifest: Record<string, any>; roles?: Roles }>();
  private readonly pipelines = new Map<string, Record<string, any>>();
  private byNeed?: Map<string, Array<{ account: string; secret: string }>>;

  public add(manifest: Record<string, any>): void {
    const name = isObject(manifest.metadata) ? manifest.metadata.name : undefined;
    if (manifest.apiVersion === 'v1' && manifest.kind === 'Secret') {
      const facts = factsOfSecretDocument(manifest);
      if (facts) {
        this.secrets.set(facts.name, facts);
        this.documented.add(facts.name);
      }
      return;
    }
    const declared = secretsOf(manifest);
    for (let i = 0; i < declared.length; i++) if (!this.documented.has(declared[i].name)) this.secrets.set(declared[i].name, declared[i]);
    const accounts = rolesOfAccounts(manifest);
    if (accounts.size > 0) for (const [account, held] of accounts) this.declaredAccounts.set(account, held);
    if (manifest.kind === 'TriggerTemplate' && isObject(manifest.spec)) for (const rt of list(manifest.spec.resourcetemplates)) if (isObject(rt)) this.add(rt);
    if (typeof name !== 'string') return;
    if (manifest.apiVersion === 'v1' && manifest.kind === 'ServiceAccount') {
      const names = (v: unknown) => list(v).map((s) => (isObject(s) ? s.name : undefined)).filter((s): s is string => typeof s === 'string');
      this.accounts.set(name, { secrets: names(manifest.secrets), pullSecrets: names(manifest.imagePullSecrets) });
    } else if (manifest.apiVersion === 'tekton.dev/v1' && manifest.kind === 'Task') {
      this.tasks.set(name, { manifest });
    } else if (manifest.apiVersion === 'tekton.dev/v1' && manifest.kind === 'Pipeline' && isObject(manifest.spec)) {
      this.pipelines.set(name, manifest.spec);
    }
  }

  public secret(name: string): SecretFacts | undefined {
    return this.secrets.get(name);
  }

  /** A ServiceAccount document, else an account a run declares (fromServiceAccountName). */
  public account(name: string): Account | undefined {
    return this.accounts.get(name) ?? this.declaredAccounts.get(name);
  }

  /**
   * Up to two accounts among the documents that list a credential for `need` (see needKeys), for
   * "listed on another account" messages. The index is built once, in one pass over the accounts.
   */
  public providers(need: string): ReadonlyArray<{ readonly account: string; readonly secret: string }> {
    if (!this.byNeed) {
      this.byNeed = new Map();
      for (const [account, acc] of [...this.declaredAccounts, ...this.accounts]) {
        for (const secret of acc.secrets) {
          const facts = this.secrets.get(secret);
          for (const key of facts ? needKeys(facts) : []) {
            const found = this.byNeed.get(key) ?? [];
            if (found.length < 2 && !found.some((f) => f.account === account)) found.push({ account, secret });
            this.byNeed.set(key, found);
          }
        }
      }
    }
    return this.byNeed.get(need) ?? [];
  }

  public pipeline(name: string): Record<string, any> | undefined {
    return this.pipelines.get(name);
  }

  /** The roles of what a taskRef names: a Task among the documents or a known hub task. */
  public rolesOfRef(ref: unknown): Roles | undefined {
    if (!isObject(ref)) return undefined;
    if (typeof ref.name === 'string' && ref.resolver === undefined) {
      const task = this.tasks.get(ref.name);
      if (task === undefined) return undefined;
      task.roles ??= rolesOfTask(`Task "${ref.name}"`, task.manifest, task.manifest.spec);
      return task.roles;
    }
    const hub = hubTaskOf(ref);
    if (!hub) return undefined;
    return {
      label: `hub task ${hub.name} ${hub.version}`,
      params: new Map(hub.params.filter((p) => p.role).map((p) => [p.name, p.role!])),
      workspaces: new Map(hub.workspaces.filter((w) => w.secretType).map((w) => [w.name, w.secretType!])),
      defaults: new Map(hub.params.map((p) => [p.name, p.default])),
      registryAuth: hub.registryAuth,
      authEnv: hub.registryAuth === 'workspace-only' ? hub.workspaces.filter((w) => w.mountPath).map((w) => `DOCKER_CONFIG=${w.mountPath}`)[0] : undefined,
    };
  }
}

/** The accounts a run declares in its ACCOUNTS_ANNOTATION. */
const NO_ACCOUNTS: ReadonlyMap<string, Account> = new Map();

function rolesOfAccounts(manifest: Record<string, any>): ReadonlyMap<string, Account> {
  const text = isObject(manifest.metadata) && isObject(manifest.metadata.annotations) ? manifest.metadata.annotations[ACCOUNTS_ANNOTATION] : undefined;
  if (typeof text !== 'string') return NO_ACCOUNTS;
  const out = new Map<string, Account>();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return out;
  }
  const names = (v: unknown) => list(v).filter((n): n is string => typeof n === 'string');
  if (isObject(value)) for (const [name, held] of Object.entries(value)) if (isObject(held)) out.set(name, { secrets: names(held.secrets), pullSecrets: names(held.imagePullSecrets) });
  return out;
}

/**
 * Docker's and containers/image's tools read only $DOCKER_CONFIG/config.json or
 * $REGISTRY_AUTH_FILE when a step sets one: the copy of the account's credentials in
 * $HOME/.docker is then never read (docs/credentials.md).
 */
function authEnvOf(spec: unknown): string | undefined {
  if (!isObject(spec)) return undefined;
  const found = isObject(spec.stepTemplate) ? authEnvIn(spec.stepTemplate.env) : undefined;
  if (found !== undefined) return found;
  const steps = list(spec.steps);
  for (let i = 0; i < steps.length; i++) {
    const inStep = isObject(steps[i]) ? authEnvIn(steps[i].env) : undefined;
    if (inStep !== undefined) return inStep;
  }
  return undefined;
}

function authEnvIn(env: unknown): string | undefined {
  const vars = list(env);
  for (let i = 0; i < vars.length; i++) {
    const e = vars[i];
    if (isObject(e) && (e.name === 'DOCKER_CONFIG' || e.name === 'REGISTRY_AUTH_FILE') && typeof e.value === 'string' && !e.value.includes('$(')) return `${e.name}=${e.value}`;
  }
  return undefined;
}

/** The roles of an inline or named Task spec with its annotations. */
export function rolesOfTask(label: string, manifest: Record<string, any>, spec: unknown): Roles {
  return new TaskRoles(label, manifest, spec);
}

/**
 * A Task's roles. Its param defaults and the registry auth its steps set are read when first asked
 * for: the credential rules ask only about a task whose params or workspaces have roles, and most
 * tasks of a big pipeline have none.
 */
class TaskRoles implements Roles {
  public readonly params: ReadonlyMap<string, string>;
  public readonly workspaces: ReadonlyMap<string, string>;
  private read?: { readonly defaults: ReadonlyMap<string, unknown>; readonly registryAuth?: RegistryAuth; readonly authEnv?: string };

  public constructor(
    public readonly label: string,
    private readonly manifest: Record<string, any>,
    private readonly spec: unknown,
  ) {
    this.params = rolesOf(manifest, PARAM_ROLES_ANNOTATION);
    this.workspaces = rolesOf(manifest, WORKSPACE_SECRETS_ANNOTATION);
  }

  public get defaults(): ReadonlyMap<string, unknown> {
    return this.details().defaults;
  }

  public get registryAuth(): RegistryAuth | undefined {
    return this.details().registryAuth;
  }

  public get authEnv(): string | undefined {
    return this.details().authEnv;
  }

  private details(): NonNullable<TaskRoles['read']> {
    if (this.read === undefined) {
      const defaults = new Map<string, unknown>();
      for (const p of list(isObject(this.spec) ? this.spec.params : undefined)) if (isObject(p) && typeof p.name === 'string') defaults.set(p.name, p.default);
      const authEnv = authEnvOf(this.spec);
      const declared = annotationText(this.manifest, REGISTRY_AUTH_ANNOTATION);
      const registryAuth: RegistryAuth | undefined = authEnv ? 'workspace-only' : declared === 'workspace-only' || declared === 'workspace-else-account' ? declared : undefined;
      this.read = { defaults, registryAuth, authEnv };
    }
    return this.read;
  }
}

function annotationText(manifest: Record<string, any>, key: string): unknown {
  return isObject(manifest.metadata) && isObject(manifest.metadata.annotations) ? manifest.metadata.annotations[key] : undefined;
}

/**
 * What a credential serves: `<type> <git host>` for git Secrets, `registry <host>` for registry
 * Secrets. A basic-auth Secret can be both (tekton.dev/git-N and tekton.dev/docker-N annotations).
 */
export function needKeys(facts: SecretFacts): string[] {
  const git = GIT_TYPES.has(facts.type) ? (facts.hosts ?? []).map((h) => `${facts.type} ${hostOfAnnotation(h)}`) : [];
  const registry = facts.type === SECRET_TYPE.dockerConfigJson || facts.type === SECRET_TYPE.basicAuth ? (facts.registries ?? []).map((r) => `registry ${r}`) : [];
  return [...git, ...registry];
}

/** One task as a run executes it: what it is given and what reaches it. */
export interface TaskUse {
  /** `pipeline task "clone" (Task "git-clone")`, for messages. */
  readonly label: string;
  readonly roles: Roles;
  /** Param name -> value as given to the task, with run and pipeline params substituted; and where it came from. */
  readonly values: ReadonlyMap<string, { readonly value: string; readonly field: string }>;
  /** Task workspace name -> the run's binding of it (with its index in spec.workspaces). */
  readonly bindings: ReadonlyMap<string, { readonly binding: Record<string, any>; readonly field: string }>;
  /** The service account the task runs as; `default` when the run names none. */
  readonly account: string;
}

export const GIT_TYPES = new Set<string>([SECRET_TYPE.sshAuth, SECRET_TYPE.basicAuth]);

export function secretNamesOf(binding: Record<string, any>): string[] {
  if (isObject(binding.secret) && typeof binding.secret.secretName === 'string') return [binding.secret.secretName];
  if (isObject(binding.projected)) return list(binding.projected.sources).map((s) => (isObject(s) && isObject(s.secret) ? s.secret.name : undefined)).filter((n): n is string => typeof n === 'string');
  return [];
}

/** File names the binding puts in the workspace, when they can be known. */
export function filesOf(binding: Record<string, any>, facts: SecretFacts): string[] | undefined {
  if (!isObject(binding.secret)) return undefined;
  const items = list(binding.secret.items);
  if (items.length > 0) return items.map((i) => (isObject(i) ? String(i.path) : ''));
  return facts.keys.length > 0 ? [...facts.keys] : undefined;
}

