// The credential rules for one task of a run: does every git URL and image the task uses have a
// credential of the right kind that its tool really reads? Which route reaches which tool is the
// table of docs/credentials.md, and nothing else: a workspace bound with the right Secret; the
// Secrets on the run's service account, which Tekton copies to $HOME (~/.ssh, ~/.git-credentials,
// ~/.docker/config.json) and which a tool reading only its own DOCKER_CONFIG never sees; never
// imagePullSecrets, which only the kubelet reads. An account that is neither among the documents
// nor declared with PipelineServiceAccount.fromServiceAccountName is not a credential.
import type { Doc } from './core';
import { CredentialWorld, filesOf, GIT_TYPES, secretNamesOf, TaskUse } from './credentials';
import { hostOfAnnotation, parseGitUrl, registryOfImage, SECRET_TYPE, SecretFacts } from '../facts/credentials';

/** A Secret that reaches a task, and how. */
interface Reaching {
  readonly facts: SecretFacts;
  readonly via: 'workspace' | 'account';
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

/** What a task knows of its credentials, shared by the git and image checks. */
interface Context {
  readonly d: Doc;
  readonly world: CredentialWorld;
  readonly use: TaskUse;
  readonly accountField: string;
  readonly reaching: readonly Reaching[];
  readonly known: boolean;
  /** Why the account's registry credentials do not reach the tool; undefined when they do. */
  readonly registryUnread?: string;
  /** The task's workspace for a registry config. */
  readonly registryWorkspace?: string;
  /** Secret types whose workspace is bound to a Secret of another type: that message already gives the fix. */
  readonly misbound: ReadonlySet<string>;
}

const isRegistry = (f: SecretFacts) => (f.registries ?? []).length > 0 && (f.type === SECRET_TYPE.dockerConfigJson || f.type === SECRET_TYPE.basicAuth);

function registryUnread(use: TaskUse, workspace: string | undefined): string | undefined {
  if (use.roles.registryAuth === 'workspace-only') {
    const env = use.roles.authEnv;
    const file = env === undefined ? `its ${workspace ?? 'dockerconfig'} workspace` : env.startsWith('DOCKER_CONFIG=') ? `${env.slice('DOCKER_CONFIG='.length).replace(/\/$/, '')}/config.json (its step sets ${env})` : `${env.slice(env.indexOf('=') + 1)} (its step sets ${env})`;
    return `it reads only ${file}, while Tekton copies the account's registry credentials to $HOME/.docker/config.json`;
  }
  if (use.roles.registryAuth === 'workspace-else-account' && workspace !== undefined && use.bindings.has(workspace)) {
    return `its ${workspace} workspace is bound, so it reads only that config.json (DOCKER_CONFIG is set to the workspace), not the account's credentials in $HOME/.docker`;
  }
  return undefined;
}

/** The rules for one task of a run; `accountField` is where the run sets its service account. */
export function checkTaskCredentials(d: Doc, world: CredentialWorld, use: TaskUse, accountField: string): void {
  const reaching: Reaching[] = [];
  const misbound = new Set<string>();
  for (const [wsName, { binding, field }] of use.bindings) {
    const expected = use.roles.workspaces.get(wsName);
    for (const name of secretNamesOf(binding)) {
      const facts = world.secret(name);
      if (!facts) continue;
      reaching.push({ facts, via: 'workspace' });
      const layout = expected ? LAYOUT[expected] : undefined;
      if (!expected || !layout) continue;
      if (facts.type !== expected) {
        misbound.add(expected);
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
  for (const name of account?.secrets ?? []) {
    const facts = world.secret(name);
    if (facts) reaching.push({ facts, via: 'account' });
  }
  const registryWorkspace = [...use.roles.workspaces].find(([, type]) => type === SECRET_TYPE.dockerConfigJson)?.[0];
  const ctx: Context = { d, world, use, accountField, reaching, known: account !== undefined, registryUnread: registryUnread(use, registryWorkspace), registryWorkspace, misbound };
  for (const [param, role] of use.roles.params) {
    const given = use.values.get(param);
    if (!given) continue;
    if (role === 'git-url') checkGitUrl(ctx, given);
    if (role === 'image') checkImage(ctx, given);
  }
}

/** Where a finding goes: an account the app does not know is an error at synth (the app emits every account it has), a warning on YAML files. */
function sink(ctx: Context): { report: Doc['report'] } {
  const { d } = ctx;
  return { report: !ctx.known && !d.settings.surface.wholeApp ? d.warn.bind(d) : d.report.bind(d) };
}

/** How to declare an account that exists outside the app, holding `secret`. */
function declareAccount(ctx: Context, secret: string): string {
  return `if ServiceAccount "${ctx.use.account}" exists in the cluster and lists one, declare it: serviceAccount: PipelineServiceAccount.fromServiceAccountName(scope, id, '${ctx.use.account}', { secrets: [${secret}] }) (in YAML: add the ServiceAccount and its Secrets to the files validated)`;
}

function describeReaching(ctx: Context, keep: (f: SecretFacts) => boolean): string {
  const show = (r: Reaching) => {
    const hosts = (r.facts.hosts ?? r.facts.registries ?? []).join(', ');
    return `Secret "${r.facts.name}" (for ${hosts || (GIT_TYPES.has(r.facts.type) ? 'no host: it has no tekton.dev/git-N annotation' : 'no registry')})`;
  };
  const own = ctx.reaching.filter((r) => r.via === 'workspace' && keep(r.facts)).map(show);
  const sa = ctx.reaching.filter((r) => r.via === 'account' && keep(r.facts)).map(show);
  return `its workspaces bring ${own.length ? own.join(', ') : 'none'}, and ServiceAccount "${ctx.use.account}" ${ctx.known ? `lists ${sa.length ? sa.join(', ') : 'none'}` : 'is not among the documents'}`;
}

/** An account among the documents, other than the run's, that lists a credential for `need`. */
function reportOtherAccount(ctx: Context, need: string, what: string): boolean {
  const other = ctx.world.providers(need).find((p) => p.account !== ctx.use.account);
  if (!other) return false;
  const { use, accountField } = ctx;
  ctx.d.report('credentials.service-account-not-used', accountField, `${use.label} needs ${what}; ServiceAccount "${other.account}" lists one (Secret "${other.secret}"), but the run uses ServiceAccount "${use.account}"`, `run as "${other.account}" (the run's serviceAccount prop; ${accountField} in YAML), or list Secret "${other.secret}" on ServiceAccount "${use.account}"`, use.account);
  return true;
}

function swapUrl(url: string, to: 'ssh' | 'https'): string | undefined {
  if (to === 'https') {
    const m = /^(?:ssh:\/\/)?(?:[^@/]+@)?([^/:]+)[:/](.+)$/.exec(url);
    return m ? `https://${m[1]}/${m[2].replace(/^\d+\//, '')}` : undefined;
  }
  const m = /^https?:\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/(.+)$/.exec(url);
  return m ? `git@${m[1]}:${m[2]}` : undefined;
}

function checkGitUrl(ctx: Context, given: { value: string; field: string }): void {
  const { d, use, reaching } = ctx;
  const url = parseGitUrl(given.value);
  if (!url || !['ssh', 'https', 'http'].includes(url.scheme)) return;
  const forHost = (type: string) => (f: SecretFacts) => f.type === type && (f.hosts ?? []).some((h) => hostOfAnnotation(h) === url.host);
  const ssh = reaching.find((r) => forHost(SECRET_TYPE.sshAuth)(r.facts));
  const basic = reaching.find((r) => forHost(SECRET_TYPE.basicAuth)(r.facts));
  const wanted = url.scheme === 'ssh' ? SECRET_TYPE.sshAuth : SECRET_TYPE.basicAuth;
  const sshFix = `WorkspaceBinding.sshDirectory(GitSshSecret.fromSecretName(scope, id, name, { host: '${url.host}' }))`;
  if (url.scheme === 'ssh' && ssh) {
    checkOneKeyPerHost(ctx, url.host, given);
    return;
  }
  if (url.scheme !== 'ssh' && basic) return;
  const over = url.scheme === 'ssh' ? 'over SSH' : `over ${url.scheme}`;
  if (url.scheme === 'ssh' && basic) {
    const https = swapUrl(given.value, 'https');
    d.report('credentials.git-scheme', given.field, `${use.label} clones ${given.value} over SSH, but the only credential for ${url.host} that reaches it is Secret "${basic.facts.name}" (kubernetes.io/basic-auth: a user name and token), which ssh cannot use`, `${https ? `clone ${https} instead, which uses that Secret, ` : 'use the https URL, '}or give the task an SSH key for ${url.host}: ${sshFix} on its ssh-directory workspace`, given.value);
    return;
  }
  if (url.scheme !== 'ssh' && ssh) {
    const scp = swapUrl(given.value, 'ssh');
    d.report('credentials.git-scheme', given.field, `${use.label} clones ${given.value} over ${url.scheme}, but the only credential for ${url.host} that reaches it is Secret "${ssh.facts.name}" (kubernetes.io/ssh-auth: an SSH key), which git over ${url.scheme} cannot use`, `clone ${scp ?? `the SSH URL of the repository`} instead, which uses that key, or give the task a GitBasicAuthSecret for ${url.host} through the run's service account`, given.value);
    return;
  }
  if (!reaching.some((r) => r.via === 'workspace' && GIT_TYPES.has(r.facts.type)) && reportOtherAccount(ctx, `${wanted} ${url.host}`, `a ${wanted} credential for ${url.host} to clone ${given.value}`)) return;
  const anyGit = reaching.some((r) => GIT_TYPES.has(r.facts.type));
  // A public repository clones over https with no credential at all.
  if ((url.scheme !== 'ssh' && !anyGit) || ctx.misbound.has(wanted)) return;
  const account = ctx.known
    ? `, or list one on the run's service account`
    : url.scheme === 'ssh' ? `; or, ${declareAccount(ctx, `GitSshSecret.fromSecretName(scope, id, name, { host: '${url.host}' })`)}` : '';
  const fix = url.scheme === 'ssh'
    ? `bind a GitSshSecret for ${url.host} to its ssh-directory workspace: ${sshFix}${account}; or fix the host of the URL`
    : `list a GitBasicAuthSecret for ${url.host} (GitBasicAuthSecret.fromSecretName(scope, id, name, { host: '${url.host}' })) on the run's service account, or fix the host of the URL`;
  sink(ctx).report('credentials.git-host', given.field, `${use.label} clones ${given.value} ${over}, but no ${wanted} credential for ${url.host} reaches it: ${describeReaching(ctx, (f) => GIT_TYPES.has(f.type))}`, fix, given.value);
}

/**
 * Tekton writes every SSH key of the account for one host into one `Host` block of ~/.ssh/config,
 * and ssh authenticates with the first key the server accepts: on a forge that takes any key it
 * knows (deploy keys on GitHub), the clone then runs as the first key's repository and is refused.
 */
function checkOneKeyPerHost(ctx: Context, host: string, given: { value: string; field: string }): void {
  const { reaching, use } = ctx;
  if (reaching.some((r) => r.via === 'workspace' && r.facts.type === SECRET_TYPE.sshAuth)) return;
  const keys = reaching.filter((r) => r.via === 'account' && r.facts.type === SECRET_TYPE.sshAuth && (r.facts.hosts ?? []).some((h) => hostOfAnnotation(h) === host));
  if (keys.length < 2) return;
  const names = keys.map((k) => `"${k.facts.name}"`).join(', ');
  ctx.d.report(
    'credentials.ssh-keys-one-host',
    given.field,
    `${use.label} clones ${given.value} over SSH with the keys of ServiceAccount "${use.account}", which lists ${keys.length} SSH keys for ${host} (Secrets ${names}); Tekton puts them all in one Host ${host} entry and ssh uses the first key the server accepts, so the clone may run as another repository's key and be refused`,
    `give this task its own key: bind the Secret for this repository to its ssh-directory workspace with WorkspaceBinding.sshDirectory(secret) (one workspace binding per key), and keep one SSH key per host on the account`,
    given.value,
  );
}

function checkImage(ctx: Context, given: { value: string; field: string }): void {
  const { world, use, reaching } = ctx;
  // An empty reference has no registry (it is not an image on docker.io), and Kaniko and buildah
  // both fail on it at run time, after the clone and the build.
  if (given.value.trim() === '') {
    sink(ctx).report('credentials.registry', given.field, `${use.label} pushes an empty image reference: there is no image to push and no registry to log in to`, 'set the image param to the reference to push, registry/repository:tag (for example ghcr.io/acme/app:1.0)', given.value);
    return;
  }
  const registry = registryOfImage(given.value);
  if (!registry) return;
  const match = (f: SecretFacts) => isRegistry(f) && (f.registries ?? []).includes(registry);
  const read = (r: Reaching) => r.via === 'workspace' || ctx.registryUnread === undefined;
  if (reaching.some((r) => read(r) && match(r.facts)) || ctx.misbound.has(SECRET_TYPE.dockerConfigJson)) return;
  const isDocker = (f: SecretFacts) => f.type === SECRET_TYPE.dockerConfigJson;
  const inWorkspace = reaching.some((r) => r.via === 'workspace' && isDocker(r.facts));
  if (ctx.registryUnread === undefined && !inWorkspace && reportOtherAccount(ctx, `registry ${registry}`, `a registry credential for ${registry} to push ${given.value}`)) return;
  const account = world.account(use.account);
  const unread = ctx.registryUnread !== undefined ? reaching.find((r) => r.via === 'account' && match(r.facts)) : undefined;
  // Tekton's credential initialisation reads the account's `secrets`; imagePullSecrets only serve the kubelet.
  const pullOnly = account?.pullSecrets.find((name) => { const f = world.secret(name); return f !== undefined && match(f); });
  const ws = ctx.registryWorkspace;
  const wsFix = ws ? `bind a DockerConfigSecret with registries: ['${registry}'] to its ${ws} workspace (WorkspaceBinding.dockerConfig(secret))` : `give the task a DockerConfigSecret with registries: ['${registry}']`;
  const secret = `DockerConfigSecret.fromSecretName(scope, id, name, { registries: ['${registry}'] })`;
  let fix: string;
  if (ctx.registryUnread !== undefined && use.roles.registryAuth === 'workspace-else-account') fix = `${wsFix} (one config.json can hold several registries), or leave that workspace unbound and list one on the run's service account${ctx.known ? '' : ` (PipelineServiceAccount.fromServiceAccountName(scope, id, '${use.account}', { secrets: [${secret}] }) for an existing one)`}; or fix the registry of the image`;
  else if (ctx.registryUnread !== undefined) fix = `${wsFix}: that is the only place it reads; or fix the registry of the image`;
  else if (ctx.known) fix = `${wsFix}, or list one on the run's service account; or fix the registry of the image`;
  else fix = `${wsFix}; or, ${declareAccount(ctx, secret)}; or fix the registry of the image`;
  const notRead = unread ? `, which the task does not read: ${ctx.registryUnread}` : '';
  const pull = pullOnly ? ` (Secret "${pullOnly}" is in its imagePullSecrets, which the kubelet uses to pull step images; steps only get the secrets list)` : '';
  sink(ctx).report('credentials.registry', given.field, `${use.label} pushes ${given.value} to registry ${registry}, but no DockerConfigSecret for ${registry} reaches it: ${describeReaching(ctx, isDocker)}${notRead}${pull}`, fix, given.value);
}

