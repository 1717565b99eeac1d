// What the credential rules know about Secrets, written into the manifests themselves so that
// `cdk8s-tekton validate` on synth output finds what synth finds. The SDK never emits a Secret
// it only references by name; instead the objects that use one (ServiceAccount, TaskRun,
// PipelineRun) carry its facts (type, keys, hosts, registries: never material) in the
// `cdk8s-tekton.io/secrets` annotation, and Tasks mark their git URL / image params and their
// credential workspaces in `cdk8s-tekton.io/param-roles` / `cdk8s-tekton.io/workspace-secrets`.
import { isObject } from './object';

export const SECRET_TYPE = {
  sshAuth: 'kubernetes.io/ssh-auth',
  basicAuth: 'kubernetes.io/basic-auth',
  dockerConfigJson: 'kubernetes.io/dockerconfigjson',
  opaque: 'Opaque',
} as const;

/** On ServiceAccounts and runs: JSON list of SecretFacts of the Secrets they use. */
export const SECRETS_ANNOTATION = 'cdk8s-tekton.io/secrets';
/** On Tasks: JSON map param name -> `git-url` | `image`. */
export const PARAM_ROLES_ANNOTATION = 'cdk8s-tekton.io/param-roles';
/** On Tasks: JSON map workspace name -> the Secret type its binding must hold. */
export const WORKSPACE_SECRETS_ANNOTATION = 'cdk8s-tekton.io/workspace-secrets';

export type ParamRole = 'git-url' | 'image';

/**
 * Which registry credentials a task's tool reads (docs/credentials.md): `workspace-only` when it
 * reads only its dockerconfig workspace (Kaniko: DOCKER_CONFIG=/kaniko/.docker), so the account's
 * credentials, which Tekton copies to $HOME/.docker, never reach it; `workspace-else-account` when
 * it reads the workspace if bound and else $HOME/.docker/config.json (buildah).
 */
export type RegistryAuth = 'workspace-only' | 'workspace-else-account';

/** On Tasks: the RegistryAuth of a task whose steps cannot tell it (BuildahTask). */
export const REGISTRY_AUTH_ANNOTATION = 'cdk8s-tekton.io/registry-auth';

/**
 * On runs: JSON map account name -> { secrets, imagePullSecrets } (names) of the service accounts
 * the run uses that exist outside the app (PipelineServiceAccount.fromServiceAccountName): what
 * they hold is declared there, since no ServiceAccount document is emitted.
 */
export const ACCOUNTS_ANNOTATION = 'cdk8s-tekton.io/service-accounts';

/** What is known of one Secret without its material. */
export interface SecretFacts {
  /** Name of the Secret. */
  readonly name: string;
  /** Its Kubernetes type, such as `kubernetes.io/ssh-auth`. */
  readonly type: string;
  /** The keys it holds. */
  readonly keys: readonly string[];
  /** Git hosts (`github.com`, `git.example.com:2222`) the credential is for. @default - not a git credential */
  readonly hosts?: readonly string[];
  /** Registry hosts (normalised: `docker.io` for Docker Hub) the credential is for. @default - not a registry credential */
  readonly registries?: readonly string[];
}

/** The annotation value for a list of facts: sorted by name, keys in a fixed order, so output is stable. */
export function renderSecretsAnnotation(facts: readonly SecretFacts[]): string {
  const sorted = [...facts].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return JSON.stringify(sorted.map((f) => ({ name: f.name, type: f.type, keys: [...f.keys], ...(f.hosts ? { hosts: [...f.hosts] } : {}), ...(f.registries ? { registries: [...f.registries] } : {}) })));
}

/** What an existing service account holds, as its declaration says (never read from a cluster). */
export interface DeclaredAccount {
  /** The Secrets the account lists under `secrets` (Tekton's credential initialisation reads them). */
  readonly secrets: readonly SecretFacts[];
  /** The Secrets it lists under `imagePullSecrets` (the kubelet pulls the step images with them). */
  readonly imagePullSecrets: readonly SecretFacts[];
}

/** The ACCOUNTS_ANNOTATION value: accounts sorted by name, Secret names in declaration order. */
export function renderAccountsAnnotation(accounts: ReadonlyMap<string, DeclaredAccount>): string {
  const names = [...accounts.keys()].sort();
  return JSON.stringify(Object.fromEntries(names.map((n) => {
    const a = accounts.get(n)!;
    return [n, { secrets: a.secrets.map((s) => s.name), imagePullSecrets: a.imagePullSecrets.map((s) => s.name) }];
  })));
}

function annotation(manifest: Record<string, any>, key: string): unknown {
  const text = isObject(manifest.metadata) && isObject(manifest.metadata.annotations) ? manifest.metadata.annotations[key] : undefined;
  if (typeof text !== 'string') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const strings = (v: unknown): string[] | undefined => (Array.isArray(v) && v.every((s) => typeof s === 'string') ? v : undefined);

const NO_SECRETS: readonly SecretFacts[] = Object.freeze([]);

/** The SecretFacts a document declares in its annotation (malformed entries are skipped). */
export function secretsOf(manifest: Record<string, any>): readonly SecretFacts[] {
  const value = annotation(manifest, SECRETS_ANNOTATION);
  if (!Array.isArray(value)) return NO_SECRETS;
  return value.filter((f) => isObject(f) && typeof f.name === 'string' && typeof f.type === 'string').map((f) => ({
    name: f.name, type: f.type, keys: strings(f.keys) ?? [], hosts: strings(f.hosts), registries: strings(f.registries),
  }));
}

const NO_ROLES: ReadonlyMap<string, string> = new Map();

/** A string-to-string map annotation of a Task (one shared empty map when the Task has none). */
export function rolesOf(manifest: Record<string, any>, key: string): ReadonlyMap<string, string> {
  const value = annotation(manifest, key);
  if (!isObject(value)) return NO_ROLES;
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out.set(k, v);
  return out;
}

/** Facts of a real Secret document: its type, keys, and the hosts of its tekton.dev annotations or config.json. */
export function factsOfSecretDocument(manifest: Record<string, any>): SecretFacts | undefined {
  const name = isObject(manifest.metadata) ? manifest.metadata.name : undefined;
  if (typeof name !== 'string') return undefined;
  const type = typeof manifest.type === 'string' ? manifest.type : SECRET_TYPE.opaque;
  const data = { ...(isObject(manifest.data) ? manifest.data : {}), ...(isObject(manifest.stringData) ? manifest.stringData : {}) };
  const keys = Object.keys(data).sort();
  const notes = isObject(manifest.metadata.annotations) ? manifest.metadata.annotations : {};
  const hostsOf = (prefix: string) => Object.keys(notes).filter((k) => k.startsWith(prefix)).sort().map((k) => String(notes[k]));
  const git = hostsOf('tekton.dev/git-').map(hostOfAnnotation);
  let registries = hostsOf('tekton.dev/docker-').map(registryOfKey);
  if (type === SECRET_TYPE.dockerConfigJson) registries = [...registries, ...registriesOfConfig(configText(manifest))];
  return { name, type, keys, ...(git.length ? { hosts: git } : {}), ...(registries.length ? { registries: [...new Set(registries)] } : {}) };
}

function configText(manifest: Record<string, any>): string | undefined {
  if (isObject(manifest.stringData) && typeof manifest.stringData['.dockerconfigjson'] === 'string') return manifest.stringData['.dockerconfigjson'];
  if (isObject(manifest.data) && typeof manifest.data['.dockerconfigjson'] === 'string') return Buffer.from(manifest.data['.dockerconfigjson'], 'base64').toString('utf8');
  return undefined;
}

function registriesOfConfig(text: string | undefined): string[] {
  if (text === undefined) return [];
  try {
    const config = JSON.parse(text);
    return isObject(config) && isObject(config.auths) ? Object.keys(config.auths).map(registryOfKey) : [];
  } catch {
    return [];
  }
}

/** `https://GitHub.com/` or `github.com` -> `github.com` (tekton.dev/git-N values may carry a scheme). */
export function hostOfAnnotation(value: string): string {
  return value.replace(/^[a-z]+:\/\//, '').replace(/\/.*$/, '').toLowerCase();
}

const DOCKER_HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);

/**
 * The registry host of a config.json `auths` key or a tekton.dev/docker-N value, as Docker reads
 * it: scheme and path dropped, Docker Hub's aliases (`https://index.docker.io/v1/`) made `docker.io`.
 */
export function registryOfKey(key: string): string {
  const host = key.replace(/^[a-z]+:\/\//, '').replace(/\/.*$/, '').toLowerCase();
  return DOCKER_HUB.has(host) ? 'docker.io' : host;
}

/**
 * The registry host of an image reference, as Docker resolves it: the first path component when it
 * has a dot or a port or is `localhost`, else Docker Hub (`docker.io`). Undefined when the host
 * part is a Tekton variable (known at run time only).
 */
export function registryOfImage(image: string): string | undefined {
  const slash = image.indexOf('/');
  const first = slash < 0 ? '' : image.slice(0, slash);
  if (first.includes('$(') || (slash < 0 && image.startsWith('$('))) return undefined;
  if (first !== '' && (first.includes('.') || first.includes(':') || first === 'localhost')) return registryOfKey(first);
  return 'docker.io';
}

/** How a git URL is fetched and from which host; undefined when it is not a URL known at synth. */
export function parseGitUrl(url: string): { readonly scheme: 'ssh' | 'https' | 'http' | 'git' | 'file'; readonly host: string } | undefined {
  const full = /^([a-z+]+):\/\/(?:[^@/]+@)?([^/:]*)(?::(\d+))?/.exec(url);
  if (full) {
    const scheme = full[1] === 'git+ssh' || full[1] === 'ssh+git' ? 'ssh' : full[1];
    if (!['ssh', 'https', 'http', 'git', 'file'].includes(scheme) || full[2].includes('$')) return undefined;
    const port = full[3] && !(scheme === 'ssh' && full[3] === '22') && !(scheme === 'https' && full[3] === '443') ? `:${full[3]}` : '';
    return { scheme: scheme as 'ssh' | 'https' | 'http' | 'git' | 'file', host: `${full[2].toLowerCase()}${port}` };
  }
  const scp = /^(?:[^@/:$]+@)?([^/:$]+):(?!\/\/)/.exec(url);
  return scp ? { scheme: 'ssh', host: scp[1].toLowerCase() } : undefined;
}

