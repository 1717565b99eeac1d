// Credential rules across documents: does every git URL and image a run's tasks use have a
// credential of the right kind reaching the task, through its workspaces or the run's service
// account? Facts about Secrets come from Secret documents, else from the cdk8s-tekton.io/secrets
// annotations (lib/facts/credentials.ts); what cannot be known (a service account that is not among
// the documents) is not reported. One pass over the documents builds the maps; each run is then
// checked in time linear in its size.
import { Doc, isObject, list } from './core';
import {
  factsOfSecretDocument, hostOfAnnotation, PARAM_ROLES_ANNOTATION, parseGitUrl, registryOfImage, rolesOf, SECRET_TYPE, SecretFacts, secretsOf,
  WORKSPACE_SECRETS_ANNOTATION,
} from '../facts/credentials';
import { hubTaskOf } from './hub-refs';

interface Roles {
  readonly label: string;
  readonly params: ReadonlyMap<string, string>;
  readonly workspaces: ReadonlyMap<string, string>;
  readonly defaults: ReadonlyMap<string, unknown>;
}

interface Account {
  readonly secrets: readonly string[];
  readonly pullSecrets: readonly string[];
}

/** What the credential rules know of all documents of one validation call. */
export class CredentialWorld {
  private readonly secrets = new Map<string, SecretFacts>();
  private readonly documented = new Set<string>();
  private readonly accounts = new Map<string, Account>();
  private readonly tasks = new Map<string, Roles>();
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
    for (const f of secretsOf(manifest)) if (!this.documented.has(f.name)) this.secrets.set(f.name, f);
    if (manifest.kind === 'TriggerTemplate' && isObject(manifest.spec)) for (const rt of list(manifest.spec.resourcetemplates)) if (isObject(rt)) this.add(rt);
    if (typeof name !== 'string') return;
    if (manifest.apiVersion === 'v1' && manifest.kind === 'ServiceAccount') {
      const names = (v: unknown) => list(v).map((s) => (isObject(s) ? s.name : undefined)).filter((s): s is string => typeof s === 'string');
      this.accounts.set(name, { secrets: names(manifest.secrets), pullSecrets: names(manifest.imagePullSecrets) });
    } else if (manifest.apiVersion === 'tekton.dev/v1' && manifest.kind === 'Task') {
      this.tasks.set(name, rolesOfTask(`Task "${name}"`, manifest, manifest.spec));
    } else if (manifest.apiVersion === 'tekton.dev/v1' && manifest.kind === 'Pipeline' && isObject(manifest.spec)) {
      this.pipelines.set(name, manifest.spec);
    }
  }

  public secret(name: string): SecretFacts | undefined {
    return this.secrets.get(name);
  }

  public account(name: string): Account | undefined {
    return this.accounts.get(name);
  }

  /**
   * Up to two accounts among the documents that list a credential for `need` (see needKeys), for
   * "listed on another account" messages. The index is built once, in one pass over the accounts.
   */
  public providers(need: string): ReadonlyArray<{ readonly account: string; readonly secret: string }> {
    if (!this.byNeed) {
      this.byNeed = new Map();
      for (const [account, acc] of this.accounts) {
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
    if (typeof ref.name === 'string' && ref.resolver === undefined) return this.tasks.get(ref.name);
    const hub = hubTaskOf(ref);
    if (!hub) return undefined;
    return {
      label: `hub task ${hub.name} ${hub.version}`,
      params: new Map(hub.params.filter((p) => p.role).map((p) => [p.name, p.role!])),
      workspaces: new Map(hub.workspaces.filter((w) => w.secretType).map((w) => [w.name, w.secretType!])),
      defaults: new Map(hub.params.map((p) => [p.name, p.default])),
    };
  }
}

/** The roles of an inline or named Task spec with its annotations. */
export function rolesOfTask(label: string, manifest: Record<string, any>, spec: unknown): Roles {
  const defaults = new Map<string, unknown>();
  for (const p of list(isObject(spec) ? spec.params : undefined)) if (isObject(p) && typeof p.name === 'string') defaults.set(p.name, p.default);
  return { label, params: rolesOf(manifest, PARAM_ROLES_ANNOTATION), workspaces: rolesOf(manifest, WORKSPACE_SECRETS_ANNOTATION), defaults };
}

/** What a credential serves: `<type> <git host>` for git Secrets, `registry <host>` for registry Secrets. */
function needKeys(facts: SecretFacts): string[] {
  if (GIT_TYPES.has(facts.type)) return (facts.hosts ?? []).map((h) => `${facts.type} ${hostOfAnnotation(h)}`);
  if (facts.type === SECRET_TYPE.dockerConfigJson || facts.type === SECRET_TYPE.basicAuth) return (facts.registries ?? []).map((r) => `registry ${r}`);
  return [];
}

/** A Secret that reaches a task, and how. */
interface Reaching {
  readonly facts: SecretFacts;
  readonly via: 'workspace' | 'account';
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

const GIT_TYPES = new Set<string>([SECRET_TYPE.sshAuth, SECRET_TYPE.basicAuth]);

function secretNamesOf(binding: Record<string, any>): string[] {
  if (isObject(binding.secret) && typeof binding.secret.secretName === 'string') return [binding.secret.secretName];
  if (isObject(binding.projected)) return list(binding.projected.sources).map((s) => (isObject(s) && isObject(s.secret) ? s.secret.name : undefined)).filter((n): n is string => typeof n === 'string');
  return [];
}

/** File names the binding puts in the workspace, when they can be known. */
function filesOf(binding: Record<string, any>, facts: SecretFacts): string[] | undefined {
  if (!isObject(binding.secret)) return undefined;
  const items = list(binding.secret.items);
  if (items.length > 0) return items.map((i) => (isObject(i) ? String(i.path) : ''));
  return facts.keys.length > 0 ? [...facts.keys] : undefined;
}

const LAYOUT: Record<string, { what: string; fix: string; file: (files: string[]) => boolean; expect: string }> = {
  [SECRET_TYPE.sshAuth]: {
    what: 'an SSH key (GitSshSecret)', fix: 'WorkspaceBinding.sshDirectory(gitSshSecret)',
    file: (files) => files.some((f) => /^id_/.test(f) && !f.endsWith('.pub')), expect: 'a private key file named id_* (such as id_rsa), which is what the clone hands to ssh',
  },
  [SECRET_TYPE.dockerConfigJson]: {
    what: 'a registry config (DockerConfigSecret)', fix: 'WorkspaceBinding.dockerConfig(dockerConfigSecret)',
    file: (files) => files.includes('config.json'), expect: 'config.json, the only file Kaniko and buildah read there',
  },
};

/** The rules for one task of a run; `accountField` is where the run sets its service account. */
export function checkTaskCredentials(d: Doc, world: CredentialWorld, use: TaskUse, accountField: string): void {
  const reaching: Reaching[] = [];
  for (const [wsName, { binding, field }] of use.bindings) {
    const expected = use.roles.workspaces.get(wsName);
    for (const name of secretNamesOf(binding)) {
      const facts = world.secret(name);
      if (!facts) continue;
      reaching.push({ facts, via: 'workspace' });
      const layout = expected ? LAYOUT[expected] : undefined;
      if (!expected || !layout) continue;
      if (facts.type !== expected) {
        d.report('credentials.workspace-kind', field, `workspace "${wsName}" of ${use.label} expects ${layout.what}, type ${expected}, but it is bound to Secret "${name}" of type ${facts.type}`, `bind a ${expected} Secret there with ${layout.fix}, and Secret "${name}" to the workspace that takes its kind`, name);
      } else {
        const files = filesOf(binding, facts);
        if (files && !layout.file(files)) {
          d.report('credentials.workspace-files', field, `the binding of workspace "${wsName}" of ${use.label} lays Secret "${name}" out as ${files.join(', ')}, without ${layout.expect}`, `bind it with ${layout.fix}, which maps the keys to the right file names`, files);
        }
      }
    }
  }
  const account = world.account(use.account);
  if (account) {
    for (const name of account.secrets) {
      const facts = world.secret(name);
      if (facts) reaching.push({ facts, via: 'account' });
    }
  }
  for (const [param, role] of use.roles.params) {
    const given = use.values.get(param);
    if (!given) continue;
    if (role === 'git-url') checkGitUrl(d, world, use, reaching, account !== undefined, given, accountField);
    if (role === 'image') checkImage(d, world, use, reaching, account, given, accountField);
  }
}

function describeReaching(reaching: readonly Reaching[], keep: (f: SecretFacts) => boolean, account: string, known: boolean): string {
  const show = (r: Reaching) => {
    const hosts = (r.facts.hosts ?? r.facts.registries ?? []).join(', ');
    return `Secret "${r.facts.name}" (for ${hosts || (GIT_TYPES.has(r.facts.type) ? 'no host: it has no tekton.dev/git-N annotation' : 'no registry')})`;
  };
  const own = reaching.filter((r) => r.via === 'workspace' && keep(r.facts)).map(show);
  const sa = reaching.filter((r) => r.via === 'account' && keep(r.facts)).map(show);
  return `its workspaces bring ${own.length ? own.join(', ') : 'none'}, and ServiceAccount "${account}" ${known ? `lists ${sa.length ? sa.join(', ') : 'none'}` : 'is not among the documents'}`;
}

/** An account among the documents, other than the run's, that lists a credential for `need`. */
function otherAccount(world: CredentialWorld, use: TaskUse, need: string): { account: string; secret: string } | undefined {
  return world.providers(need).find((p) => p.account !== use.account);
}

function reportOtherAccount(d: Doc, use: TaskUse, other: { account: string; secret: string }, need: string, accountField: string): void {
  d.report('credentials.service-account-not-used', accountField, `${use.label} needs ${need}; ServiceAccount "${other.account}" lists one (Secret "${other.secret}"), but the run uses ServiceAccount "${use.account}"`, `run as "${other.account}" (the run's serviceAccount prop; ${accountField} in YAML), or list Secret "${other.secret}" on ServiceAccount "${use.account}"`, use.account);
}

function swapUrl(url: string, to: 'ssh' | 'https'): string | undefined {
  if (to === 'https') {
    const m = /^(?:ssh:\/\/)?(?:[^@/]+@)?([^/:]+)[:/](.+)$/.exec(url);
    return m ? `https://${m[1]}/${m[2].replace(/^\d+\//, '')}` : undefined;
  }
  const m = /^https?:\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/(.+)$/.exec(url);
  return m ? `git@${m[1]}:${m[2]}` : undefined;
}

function checkGitUrl(d: Doc, world: CredentialWorld, use: TaskUse, reaching: readonly Reaching[], accountKnown: boolean, given: { value: string; field: string }, accountField: string): void {
  const url = parseGitUrl(given.value);
  if (!url || !['ssh', 'https', 'http'].includes(url.scheme)) return;
  const forHost = (type: string) => (f: SecretFacts) => f.type === type && (f.hosts ?? []).some((h) => hostOfAnnotation(h) === url.host);
  const ssh = reaching.find((r) => forHost(SECRET_TYPE.sshAuth)(r.facts));
  const basic = reaching.find((r) => forHost(SECRET_TYPE.basicAuth)(r.facts));
  const wanted = url.scheme === 'ssh' ? SECRET_TYPE.sshAuth : SECRET_TYPE.basicAuth;
  if ((url.scheme === 'ssh' && ssh) || (url.scheme !== 'ssh' && basic)) return;
  const over = url.scheme === 'ssh' ? 'over SSH' : `over ${url.scheme}`;
  if (url.scheme === 'ssh' && basic) {
    const https = swapUrl(given.value, 'https');
    d.report('credentials.git-scheme', given.field, `${use.label} clones ${given.value} over SSH, but the only credential for ${url.host} that reaches it is Secret "${basic.facts.name}" (kubernetes.io/basic-auth: a user name and token), which ssh cannot use`, `${https ? `clone ${https} instead, which uses that Secret, ` : 'use the https URL, '}or give the task an SSH key for ${url.host}: WorkspaceBinding.sshDirectory(GitSshSecret.fromSecretName(scope, id, name, { host: '${url.host}' })) on its ssh-directory workspace`, given.value);
    return;
  }
  if (url.scheme !== 'ssh' && ssh) {
    const scp = swapUrl(given.value, 'ssh');
    d.report('credentials.git-scheme', given.field, `${use.label} clones ${given.value} over ${url.scheme}, but the only credential for ${url.host} that reaches it is Secret "${ssh.facts.name}" (kubernetes.io/ssh-auth: an SSH key), which git over ${url.scheme} cannot use`, `clone ${scp ?? `the SSH URL of the repository`} instead, which uses that key, or give the task a GitBasicAuthSecret for ${url.host} through the run's service account`, given.value);
    return;
  }
  const other = otherAccount(world, use, `${wanted} ${url.host}`);
  if (other && !reaching.some((r) => r.via === 'workspace' && GIT_TYPES.has(r.facts.type))) {
    reportOtherAccount(d, use, other, `a ${wanted} credential for ${url.host} to clone ${given.value}`, accountField);
    return;
  }
  const anyGit = reaching.some((r) => GIT_TYPES.has(r.facts.type));
  if (!accountKnown && !anyGit) return;
  if (url.scheme !== 'ssh' && !anyGit) return;
  const fix = url.scheme === 'ssh'
    ? `bind a GitSshSecret for ${url.host} to its ssh-directory workspace: WorkspaceBinding.sshDirectory(GitSshSecret.fromSecretName(scope, id, name, { host: '${url.host}' })), or list one on the run's service account; or fix the host of the URL`
    : `list a GitBasicAuthSecret for ${url.host} (GitBasicAuthSecret.fromSecretName(scope, id, name, { host: '${url.host}' })) on the run's service account, or fix the host of the URL`;
  d.report('credentials.git-host', given.field, `${use.label} clones ${given.value} ${over}, but no ${wanted} credential for ${url.host} reaches it: ${describeReaching(reaching, (f) => GIT_TYPES.has(f.type), use.account, accountKnown)}`, fix, given.value);
}

function checkImage(d: Doc, world: CredentialWorld, use: TaskUse, reaching: readonly Reaching[], account: Account | undefined, given: { value: string; field: string }, accountField: string): void {
  const accountKnown = account !== undefined;
  const registry = registryOfImage(given.value);
  if (!registry) return;
  const match = (f: SecretFacts) => (f.registries ?? []).includes(registry) && (f.type === SECRET_TYPE.dockerConfigJson || f.type === SECRET_TYPE.basicAuth);
  if (reaching.some((r) => match(r.facts))) return;
  const isDocker = (f: SecretFacts) => f.type === SECRET_TYPE.dockerConfigJson;
  const other = otherAccount(world, use, `registry ${registry}`);
  if (other && !reaching.some((r) => r.via === 'workspace' && isDocker(r.facts))) {
    reportOtherAccount(d, use, other, `a registry credential for ${registry} to push ${given.value}`, accountField);
    return;
  }
  if (!accountKnown && !reaching.some((r) => isDocker(r.facts))) return;
  const ws = [...use.roles.workspaces].find(([, type]) => type === SECRET_TYPE.dockerConfigJson)?.[0];
  // Tekton's credential initialisation reads the account's `secrets`; imagePullSecrets only serve the kubelet.
  const pullOnly = account?.pullSecrets.find((name) => { const f = world.secret(name); return f !== undefined && match(f); });
  d.report(
    'credentials.registry',
    given.field,
    `${use.label} pushes ${given.value} to registry ${registry}, but no DockerConfigSecret for ${registry} reaches it: ${describeReaching(reaching, isDocker, use.account, accountKnown)}${pullOnly ? ` (Secret "${pullOnly}" is in its imagePullSecrets, which the kubelet uses to pull step images; steps only get the secrets list)` : ''}`,
    `${ws ? `bind a DockerConfigSecret with registries: ['${registry}'] to its ${ws} workspace (WorkspaceBinding.dockerConfig(secret))` : `give the task a DockerConfigSecret with registries: ['${registry}']`}, or list one on the run's service account; or fix the registry of the image`,
    given.value,
  );
}
