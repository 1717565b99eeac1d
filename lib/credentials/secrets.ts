import { Construct } from 'constructs';
import type { KeyToPath } from '../plus';
import { checkResourceName } from '../resource';
import type { CredentialLayout, IMountableCredential, ISecretReference } from '../secret-ref';
import { warnAtSynth } from '../validation';
import { registryOfKey, SECRET_TYPE, SecretFacts } from '../facts/credentials';

/**
 * A typed reference to a Secret that exists in the cluster. The SDK never holds secret material:
 * it knows the Secret's name, type, keys and what it is for, and `cdk8s-tekton secrets` prints
 * the commands that create it.
 */
abstract class SecretReference extends Construct implements IMountableCredential {
  public abstract readonly facts: SecretFacts;

  protected constructor(scope: Construct, id: string, public readonly secretName: string) {
    super(scope, id);
    checkResourceName('Secret', this.node.path, secretName);
  }

  /** `GitSshSecret "name"`, for messages. */
  protected get label(): string {
    return `${this.constructor.name} "${this.secretName}"`;
  }

  public itemsFor(layout: CredentialLayout): KeyToPath[] {
    const fit = layout === 'ssh-directory' ? 'WorkspaceBinding.sshDirectory(gitSshSecret)' : 'WorkspaceBinding.dockerConfig(dockerConfigSecret)';
    throw new Error(`[${this.node.path}] ${this.label} is a ${this.facts.type} Secret and cannot be laid out as ${layout === 'ssh-directory' ? 'an .ssh directory' : 'a Docker config.json'}. Bind a ${layout === 'ssh-directory' ? 'GitSshSecret' : 'DockerConfigSecret'} there with ${fit}, and this Secret where its kind is expected.`);
  }
}

/** `host` lowercased; refused unless a host name with an optional port. `given` is the value as the user wrote it. */
function checkHost(path: string, label: string, host: string, example: string, given = host): string {
  if (!/^[A-Za-z0-9.-]+(:\d+)?$/.test(host)) {
    throw new Error(`[${path}] ${label}: host "${given}" is not a host name; give the bare host the credential is for, such as "${example}" (with ":port" for a non-standard port), without scheme, user or path.`);
  }
  return host.toLowerCase();
}

/** Options of a git SSH credential. */
export interface GitSshSecretOptions {
  /** The git host the deploy key is for, e.g. `github.com` (`host:port` for a non-standard SSH port). */
  readonly host: string;
  /**
   * Whether the Secret has a `known_hosts` key with the host's public keys. Without it, host keys
   * are not verified (synth warns).
   * @default true
   */
  readonly knownHosts?: boolean;
}

/**
 * An SSH private key for git (`kubernetes.io/ssh-auth`, key `ssh-privatekey`, plus `known_hosts`).
 * @see https://tekton.dev/docs/pipelines/auth/#configuring-ssh-auth-authentication-for-git
 */
export class GitSshSecret extends SecretReference {
  /** A reference to the Secret `secretName` that already exists in the cluster. */
  public static fromSecretName(scope: Construct, id: string, secretName: string, options: GitSshSecretOptions): GitSshSecret {
    return new GitSshSecret(scope, id, secretName, options);
  }

  /** What is known of the Secret (type, keys, hosts; never its material), for the credential checks. */
  public readonly facts: SecretFacts;
  /** The git host the credential is for (lowercase). */
  public readonly host: string;

  private constructor(scope: Construct, id: string, secretName: string, options: GitSshSecretOptions) {
    super(scope, id, secretName);
    this.host = checkHost(this.node.path, this.label, options.host, 'github.com');
    const knownHosts = options.knownHosts ?? true;
    this.facts = { name: secretName, type: SECRET_TYPE.sshAuth, keys: knownHosts ? ['ssh-privatekey', 'known_hosts'] : ['ssh-privatekey'], hosts: [this.host] };
    if (!knownHosts) {
      const bare = this.host.replace(/:\d+$/, '');
      const port = this.host.includes(':') ? `-p ${this.host.split(':')[1]} ` : '';
      warnAtSynth(this, `${this.label} has no known_hosts (knownHosts: false), so the host key of ${this.host} will not be verified and a machine in the middle could serve the clone. Fix: run \`ssh-keyscan ${port}${bare} > known_hosts\`, compare the keys with the fingerprints ${bare} publishes, add the file to the Secret as key known_hosts, and remove knownHosts: false.`);
    }
  }

  /** ssh reads the identities the clone passes with -i (`id_*` files) and `known_hosts` from `~/.ssh`. */
  public override itemsFor(layout: CredentialLayout): KeyToPath[] {
    if (layout !== 'ssh-directory') return super.itemsFor(layout);
    return this.facts.keys.map((key) => ({ key, path: key === 'ssh-privatekey' ? 'id_rsa' : key }));
  }
}

/** Options of a git basic-auth credential. */
export interface GitBasicAuthSecretOptions {
  /** The git host the credential is for, e.g. `github.com`. */
  readonly host: string;
}

/**
 * A user name and password or token for git over https (`kubernetes.io/basic-auth`, keys
 * `username` and `password`), used through the run's service account (annotated
 * `tekton.dev/git-0`).
 * @see https://tekton.dev/docs/pipelines/auth/#configuring-basic-auth-authentication-for-git
 */
export class GitBasicAuthSecret extends SecretReference {
  /** A reference to the Secret `secretName` that already exists in the cluster. */
  public static fromSecretName(scope: Construct, id: string, secretName: string, options: GitBasicAuthSecretOptions): GitBasicAuthSecret {
    return new GitBasicAuthSecret(scope, id, secretName, options);
  }

  /** What is known of the Secret (type, keys, hosts; never its material), for the credential checks. */
  public readonly facts: SecretFacts;
  /** The git host the credential is for (lowercase). */
  public readonly host: string;

  private constructor(scope: Construct, id: string, secretName: string, options: GitBasicAuthSecretOptions) {
    super(scope, id, secretName);
    this.host = checkHost(this.node.path, this.label, options.host, 'github.com');
    this.facts = { name: secretName, type: SECRET_TYPE.basicAuth, keys: ['username', 'password'], hosts: [this.host] };
  }
}

/** Options of a registry credential. */
export interface DockerConfigSecretOptions {
  /** The registries its config.json has auths for: `ghcr.io`, `docker.io`, `registry.example.com:5000`. */
  readonly registries: readonly string[];
}

/**
 * A Docker `config.json` with registry auths (`kubernetes.io/dockerconfigjson`, key
 * `.dockerconfigjson`): for pushing from Kaniko or buildah, and as an image pull secret.
 * @see https://kubernetes.io/docs/concepts/configuration/secret/#docker-config-secrets
 */
export class DockerConfigSecret extends SecretReference {
  /** A reference to the Secret `secretName` that already exists in the cluster. */
  public static fromSecretName(scope: Construct, id: string, secretName: string, options: DockerConfigSecretOptions): DockerConfigSecret {
    return new DockerConfigSecret(scope, id, secretName, options);
  }

  /** What is known of the Secret (type, keys, hosts; never its material), for the credential checks. */
  public readonly facts: SecretFacts;
  /** The registries, normalised as Docker looks them up (`docker.io` for Docker Hub). */
  public readonly registries: readonly string[];

  private constructor(scope: Construct, id: string, secretName: string, options: DockerConfigSecretOptions) {
    super(scope, id, secretName);
    if (options.registries.length === 0) {
      throw new Error(`[${this.node.path}] ${this.label}: registries is empty; list the registries its config.json has auths for, e.g. { registries: ['ghcr.io'] }.`);
    }
    this.registries = [...new Set(options.registries.map((r) => registryOfKey(checkHost(this.node.path, this.label, r.replace(/^https?:\/\//, '').replace(/\/.*$/, ''), 'ghcr.io', r))))];
    this.facts = { name: secretName, type: SECRET_TYPE.dockerConfigJson, keys: ['.dockerconfigjson'], registries: this.registries };
  }

  /** Docker, Kaniko (DOCKER_CONFIG=/kaniko/.docker) and buildah read `<dir>/config.json`. */
  public override itemsFor(layout: CredentialLayout): KeyToPath[] {
    if (layout !== 'docker-config') return super.itemsFor(layout);
    return [{ key: '.dockerconfigjson', path: 'config.json' }];
  }
}

/** Options of an Opaque Secret reference. */
export interface OpaqueSecretOptions {
  /** The keys the Secret holds. */
  readonly keys: readonly string[];
}

/** One key of a Secret, for env vars (`valueFrom.secretKeyRef`) and for fields such as a webhook secret. */
export class SecretKeyRef {
  /**
   * @param facts what is known of the Secret (type, keys; never material), so that the objects
   * that use the key can carry it for `validate` and `cdk8s-tekton secrets`
   */
  public constructor(
    /** Name of the Secret. */
    public readonly secretName: string,
    /** The key in the Secret. */
    public readonly key: string,
    /** What is known of the Secret. */
    public readonly facts?: SecretFacts,
  ) {}

  /** `{ secretKeyRef: { name, key } }`, the `valueFrom` of an env var. */
  public toEnvSource(): { secretKeyRef: { name: string; key: string } } {
    return { secretKeyRef: { name: this.secretName, key: this.key } };
  }
}

/** A generic (`Opaque`) Secret that exists in the cluster, with the keys it holds. */
export class OpaqueSecret extends SecretReference implements ISecretReference {
  /** A reference to the Secret `secretName` that already exists in the cluster. */
  public static fromSecretName(scope: Construct, id: string, secretName: string, options: OpaqueSecretOptions): OpaqueSecret {
    return new OpaqueSecret(scope, id, secretName, options);
  }

  /** What is known of the Secret (type, keys, hosts; never its material), for the credential checks. */
  public readonly facts: SecretFacts;

  private constructor(scope: Construct, id: string, secretName: string, options: OpaqueSecretOptions) {
    super(scope, id, secretName);
    if (options.keys.length === 0) throw new Error(`[${this.node.path}] ${this.label}: keys is empty; list the keys the Secret holds, e.g. { keys: ['token'] }.`);
    this.facts = { name: secretName, type: SECRET_TYPE.opaque, keys: [...options.keys] };
  }

  /** A reference to one of its keys; throws when the key is not one of `keys`. */
  public keyRef(key: string): SecretKeyRef {
    if (!this.facts.keys.includes(key)) {
      throw new Error(`[${this.node.path}] ${this.label} has no key "${key}"; keys: ${this.facts.keys.join(', ')}. Use one of them, or add it to keys.`);
    }
    return new SecretKeyRef(this.secretName, key, this.facts);
  }
}
