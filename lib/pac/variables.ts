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
  /** The variable's name, as written between `{{ }}`. */
  public readonly variable: PacVariableName;

  /** @param variable the variable's name, as written between `{{ }}` */
  public constructor(variable: PacVariableName) {
    super(`pac.${variable}`);
    this.variable = variable;
  }

  /** The variable as PaC reads it: `{{ name }}`. */
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
  /** The Secret's name: the variable PaC replaces with the Secret it creates for each run. */
  public readonly secretName = '{{ git_auth_secret }}';
  /** What the Secret holds: a basic-auth git credential for the repository's host. */
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
  /** The owner (user or organization) of the repository. */
  public static readonly repoOwner = new PacVariable('repo_owner');
  /** The name of the repository. */
  public static readonly repoName = new PacVariable('repo_name');
  /** The branch the event comes from (for a push: the pushed branch). */
  public static readonly sourceBranch = new PacVariable('source_branch');
  /** The branch the event targets (for a push: the pushed branch). */
  public static readonly targetBranch = new PacVariable('target_branch');
  /** The tag pushed, on a tag push; empty otherwise. */
  public static readonly gitTag = new PacVariable('git_tag');
  /** The URL of the repository the event comes from (for a pull request from a fork: the fork). */
  public static readonly sourceUrl = new PacVariable('source_url');
  /** The login of the user who sent the event. */
  public static readonly sender = new PacVariable('sender');
  /** The namespace the run is created in (the Repository resource's). */
  public static readonly targetNamespace = new PacVariable('target_namespace');
  /** `push`, `pull_request` or `incoming`. */
  public static readonly event = new PacVariable('event');
  /** The provider's event type (GitHub: the X-GitHub-Event header). */
  public static readonly eventType = new PacVariable('event_type');
  /** The comment that started the run (on-comment and /test, /retest); empty otherwise. */
  public static readonly triggerComment = new PacVariable('trigger_comment');
  /** The labels of the pull request, one per line. */
  public static readonly pullRequestLabels = new PacVariable('pull_request_labels');
  /** The pull request number (pull_request events, and a push that merges one on GitHub). */
  public static readonly pullRequestNumber = new PacVariable('pull_request_number');
  /** The Secret PaC creates with a token to clone the repository; bind it to git-clone's `basic-auth` workspace. */
  public static readonly gitAuthSecret = new PacGitAuthSecret();

  private constructor() {}
}
