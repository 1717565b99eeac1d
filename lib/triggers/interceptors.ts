// The core interceptors Tekton Triggers installs as ClusterInterceptors: github, gitlab, bitbucket
// and cel. Each renders one `interceptors[]` entry; a trigger runs them in order, and the first
// that says no stops the event.
import type { SecretKeyRef } from '../credentials/secrets';
import { celParseError } from '../validate/cel';
import type { IInterceptor, TriggerInterceptorParam, TriggerInterceptorSpec } from './interceptor';

/** The interceptors' `secretRef` shape, from a typed reference to one key of a Secret in the listener's namespace. */
function secretRef(secret: SecretKeyRef): { secretName: string; secretKey: string } {
  return { secretName: secret.secretName, secretKey: secret.key };
}

function entry(ref: string, name: string | undefined, params: Array<TriggerInterceptorParam | undefined>): TriggerInterceptorSpec {
  const given = params.filter((p): p is TriggerInterceptorParam => p !== undefined);
  return { ...(name === undefined ? {} : { name }), ref: { name: ref }, ...(given.length ? { params: given } : {}) };
}

function nonEmpty(where: string, eventTypes: readonly string[] | undefined): void {
  if (eventTypes !== undefined && eventTypes.length === 0) throw new Error(`${where}: eventTypes is empty, so no event would pass. List the event types to accept, or leave eventTypes out to accept all.`);
}

/** Options shared by the git host interceptors. */
export interface GitHostInterceptorOptions {
  /**
   * The webhook secret, the same one set in the git host's webhook settings, e.g.
   * `OpaqueSecret.fromSecretName(chart, 'hook', 'github-webhook', { keys: ['token'] }).keyRef('token')`.
   * @default - no check: anyone who can reach the listener can start runs
   */
  readonly secret?: SecretKeyRef;
  /** Event types to accept. @default - all */
  readonly eventTypes?: readonly string[];
  /** A label for this step of the chain. @default - none */
  readonly name?: string;
}

/** Options of the GitHub interceptor. */
export interface GitHubInterceptorOptions extends GitHostInterceptorOptions {
  /**
   * Writes `extensions.changed_files`, a comma-separated list of the files the push (from the
   * payload's commits) or pull request (from the GitHub API) changed.
   * @default false
   */
  readonly addChangedFiles?: boolean;
  /** Token for the GitHub API calls of addChangedFiles on pull requests of private repositories. @default - none */
  readonly personalAccessToken?: SecretKeyRef;
}

/**
 * Checks GitHub's HMAC signature (`X-Hub-Signature-256`) and the `X-GitHub-Event` type.
 * @see https://tekton.dev/docs/triggers/interceptors/#github-interceptors
 */
export class GitHubInterceptor implements IInterceptor {
  /** The Secret keys the interceptor reads, recorded for `cdk8s-tekton secrets`. */
  public readonly secretKeys: readonly SecretKeyRef[];

  public constructor(private readonly options: GitHubInterceptorOptions = {}) {
    this.secretKeys = [options.secret, options.personalAccessToken].filter((k): k is SecretKeyRef => k !== undefined);
    nonEmpty('GitHubInterceptor', options.eventTypes);
    if (options.personalAccessToken && !options.addChangedFiles) throw new Error('GitHubInterceptor: personalAccessToken is only used by addChangedFiles. Set addChangedFiles: true, or remove the token.');
  }

  /** The entries this interceptor adds to a trigger's chain. */
  public renderInterceptors(): TriggerInterceptorSpec[] {
    const o = this.options;
    return [entry('github', o.name, [
      o.secret ? { name: 'secretRef', value: secretRef(o.secret) } : undefined,
      o.eventTypes ? { name: 'eventTypes', value: [...o.eventTypes] } : undefined,
      o.addChangedFiles ? { name: 'addChangedFiles', value: { enabled: true, ...(o.personalAccessToken ? { personalAccessToken: secretRef(o.personalAccessToken) } : {}) } } : undefined,
    ])];
  }
}

/**
 * Compares the `X-Gitlab-Token` header with the secret and checks the `X-Gitlab-Event` type
 * (`Push Hook`, `Merge Request Hook`, `Tag Push Hook`, ...).
 * @see https://tekton.dev/docs/triggers/interceptors/#gitlab-interceptors
 */
export class GitLabInterceptor implements IInterceptor {
  /** The Secret keys the interceptor reads, recorded for `cdk8s-tekton secrets`. */
  public readonly secretKeys: readonly SecretKeyRef[];

  public constructor(private readonly options: GitHostInterceptorOptions = {}) {
    this.secretKeys = options.secret ? [options.secret] : [];
    nonEmpty('GitLabInterceptor', options.eventTypes);
  }

  /** The entries this interceptor adds to a trigger's chain. */
  public renderInterceptors(): TriggerInterceptorSpec[] {
    const o = this.options;
    return [entry('gitlab', o.name, [
      o.secret ? { name: 'secretRef', value: secretRef(o.secret) } : undefined,
      o.eventTypes ? { name: 'eventTypes', value: [...o.eventTypes] } : undefined,
    ])];
  }
}

/**
 * Checks Bitbucket Server's HMAC signature (`X-Hub-Signature`; Bitbucket Cloud sends none) and
 * the `X-Event-Key` type (`repo:refs_changed`, `pr:opened`, `repo:push`, ...).
 * @see https://tekton.dev/docs/triggers/interceptors/#bitbucket-interceptors
 */
export class BitbucketInterceptor implements IInterceptor {
  /** The Secret keys the interceptor reads, recorded for `cdk8s-tekton secrets`. */
  public readonly secretKeys: readonly SecretKeyRef[];

  public constructor(private readonly options: GitHostInterceptorOptions = {}) {
    this.secretKeys = options.secret ? [options.secret] : [];
    nonEmpty('BitbucketInterceptor', options.eventTypes);
  }

  /** The entries this interceptor adds to a trigger's chain. */
  public renderInterceptors(): TriggerInterceptorSpec[] {
    const o = this.options;
    return [entry('bitbucket', o.name, [
      o.secret ? { name: 'secretRef', value: secretRef(o.secret) } : undefined,
      o.eventTypes ? { name: 'eventTypes', value: [...o.eventTypes] } : undefined,
    ])];
  }
}

/** Options of the CEL interceptor: a filter, overlays, or both. */
export interface CelInterceptorOptions {
  /** A CEL expression over `body`, `header`, `extensions`, `requestURL`; the event goes on only when it is true. @default - none */
  readonly filter?: string;
  /** Key -> CEL expression; each result is stored at `extensions.<key>` for later interceptors and bindings. @default - none */
  readonly overlays?: { readonly [key: string]: string };
  /** A label for this step of the chain. @default - none */
  readonly name?: string;
}

/**
 * Filters events and adds computed values with CEL. Expressions are parsed here, so a syntax
 * error fails at once instead of stopping every event in the cluster.
 * @see https://tekton.dev/docs/triggers/interceptors/#cel-interceptors
 */
export class CelInterceptor implements IInterceptor {
  public constructor(private readonly options: CelInterceptorOptions) {
    const overlays = Object.entries(options.overlays ?? {});
    if (options.filter === undefined && overlays.length === 0) throw new Error('CelInterceptor: give a filter, overlays, or both.');
    const check = (what: string, expression: string): void => {
      const error = celParseError(expression);
      if (error !== undefined) throw new Error(`CelInterceptor: the ${what} ${JSON.stringify(expression)} is not valid CEL: ${error}. Correct the expression.`);
    };
    if (options.filter !== undefined) check('filter', options.filter);
    for (const [key, expression] of overlays) {
      if (key === '') throw new Error('CelInterceptor: an overlay key is empty. Give it the name to read back as $(extensions.<key>).');
      check(`overlay "${key}"`, expression);
    }
  }

  /** The entries this interceptor adds to a trigger's chain. */
  public renderInterceptors(): TriggerInterceptorSpec[] {
    const o = this.options;
    const overlays = Object.entries(o.overlays ?? {}).map(([key, expression]) => ({ key, expression }));
    return [entry('cel', o.name, [
      o.filter !== undefined ? { name: 'filter', value: o.filter } : undefined,
      overlays.length ? { name: 'overlays', value: overlays } : undefined,
    ])];
  }
}
