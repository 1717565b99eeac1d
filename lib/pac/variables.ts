import { SECRET_TYPE, SecretFacts } from '../facts/credentials';
import { Reference } from '../render';
import type { ISecretReference } from '../secret-ref';
import type { PacVariableName } from '../facts/pac';

/**
 * A Pipelines-as-Code variable: renders as `{{ name }}`, which PaC replaces with the event's value
 * when it creates the run. Accepted wherever a string is; in the `script` tag it becomes an env
 * var (`PAC_REVISION`), so the value PaC puts there is never read as shell text.
 */
export class PacVariable extends Reference {
  public constructor(public readonly variable: PacVariableName) {
    super(`pac.${variable}`);
  }

  public toString(): string {
    return `{{ ${this.variable} }}`;
  }
}

/**
 * The clone credential PaC creates for each run: a Secret named `{{ git_auth_secret }}` holding
 * `.gitconfig` and `.git-credentials` (a token for the repository's host) and
 * `git-provider-token`, which git-clone reads from its `basic-auth` workspace. It is a typed
 * reference, so `WorkspaceBinding.secret(PacVariables.gitAuthSecret)` tells the credential checks
 * that a basic-auth credential for the event's repository host reaches the task.
 */
export class PacGitAuthSecret extends PacVariable implements ISecretReference {
  public readonly secretName = '{{ git_auth_secret }}';
  public readonly facts: SecretFacts = {
    name: '{{ git_auth_secret }}',
    type: SECRET_TYPE.basicAuth,
    keys: ['.git-credentials', '.gitconfig', 'git-provider-token'],
    // The host is the repository's: PaC replaces this with the URL, whose host the checks read.
    hosts: ['{{ repo_url }}'],
  };

  public constructor() {
    super('git_auth_secret');
  }
}

/**
 * The variables Pipelines-as-Code replaces in a `.tekton/` PipelineRun.
 * @see https://pipelinesascode.com/docs/guides/creating-pipelines/#dynamic-variables
 */
export class PacVariables {
  /** The full SHA of the commit. */
  public static readonly revision = new PacVariable('revision');
  /** The repository URL (https). */
  public static readonly repoUrl = new PacVariable('repo_url');
  public static readonly repoOwner = new PacVariable('repo_owner');
  public static readonly repoName = new PacVariable('repo_name');
  /** The branch the event comes from (for a push: the pushed branch). */
  public static readonly sourceBranch = new PacVariable('source_branch');
  /** The branch the event targets (for a push: the pushed branch). */
  public static readonly targetBranch = new PacVariable('target_branch');
  /** The tag pushed, on a tag push; empty otherwise. */
  public static readonly gitTag = new PacVariable('git_tag');
  public static readonly sourceUrl = new PacVariable('source_url');
  public static readonly sender = new PacVariable('sender');
  public static readonly targetNamespace = new PacVariable('target_namespace');
  /** `push`, `pull_request` or `incoming`. */
  public static readonly event = new PacVariable('event');
  /** The provider's event type (GitHub: the X-GitHub-Event header). */
  public static readonly eventType = new PacVariable('event_type');
  public static readonly triggerComment = new PacVariable('trigger_comment');
  public static readonly pullRequestLabels = new PacVariable('pull_request_labels');
  /** The pull request number (pull_request events, and a push that merges one on GitHub). */
  public static readonly pullRequestNumber = new PacVariable('pull_request_number');
  /** The Secret PaC creates with a token to clone the repository; bind it to git-clone's `basic-auth` workspace. */
  public static readonly gitAuthSecret = new PacGitAuthSecret();

  private constructor() {}
}
