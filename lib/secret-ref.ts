import type { KeyToPath } from './plus';
import type { SecretFacts } from './facts/credentials';

/**
 * A typed reference to a Secret that exists in the cluster. The classes of lib/credentials/
 * implement it; the core only needs its name and its facts (type, keys, hosts, registries).
 */
export interface ISecretReference {
  /** metadata.name of the Secret. */
  readonly secretName: string;
  /** What synth and `validate` know of the Secret: never its material. */
  readonly facts: SecretFacts;
}

/** How a credential is laid out in a workspace. */
export type CredentialLayout = 'ssh-directory' | 'docker-config';

/** A Secret that can be mounted as a `.ssh` directory or a Docker config directory. */
export interface IMountableCredential extends ISecretReference {
  /** The secret volume items (key -> file) for `layout`; throws when the Secret cannot serve it. */
  itemsFor(layout: CredentialLayout): KeyToPath[];
}
