// Typed paths into the webhook events of GitHub, GitLab and Bitbucket, for TriggerBinding values.
// Each is a Reference that renders as its `$(body...)` text, so it goes wherever a string does.
import { Reference } from '../render';

/** Raw paths into the event, for fields the typed classes below do not name. */
export class Event {
  /** `$(body.<path>)`, e.g. `Event.body('head_commit.author.name')`. */
  public static body(path: string): Reference {
    return new Reference(`body.${path}`);
  }

  /** `$(header.<Name>)`, e.g. `Event.header('X-GitHub-Event')`. */
  public static header(name: string): Reference {
    return new Reference(`header.${name}`);
  }

  /** `$(extensions.<key>)`: a value an interceptor added, e.g. `changed_files` or a CEL overlay key. */
  public static extensions(key: string): Reference {
    return new Reference(`extensions.${key}`);
  }

  /** `$(context.eventID)`: the ID Triggers gives the event. */
  public static get eventId(): Reference {
    return new Reference('context.eventID');
  }
}

/**
 * A GitHub `push` event.
 * @see https://docs.github.com/en/webhooks/webhook-events-and-payloads#push
 */
export class GitHubPush {
  /** The commit the branch points to after the push (`after`; all zeros when the branch was deleted). */
  public static readonly commitSha = Event.body('after');
  /** The full ref pushed, e.g. `refs/heads/main`. */
  public static readonly ref = Event.body('ref');
  /** HTTPS clone URL. */
  public static readonly cloneUrl = Event.body('repository.clone_url');
  /** SSH clone URL (`git@github.com:owner/repo.git`). */
  public static readonly sshUrl = Event.body('repository.ssh_url');
  /** The repository's name: `$(body.repository.name)`. */
  public static readonly repositoryName = Event.body('repository.name');
  /** `owner/repo`. */
  public static readonly repositoryFullName = Event.body('repository.full_name');
  /** Who pushed: `$(body.pusher.name)`. */
  public static readonly pusher = Event.body('pusher.name');
}

/**
 * A GitHub `pull_request` event.
 * @see https://docs.github.com/en/webhooks/webhook-events-and-payloads#pull_request
 */
export class GitHubPullRequest {
  /** The head commit of the pull request. */
  public static readonly commitSha = Event.body('pull_request.head.sha');
  /** The branch the pull request comes from. */
  public static readonly headRef = Event.body('pull_request.head.ref');
  /** The branch the pull request goes into. */
  public static readonly baseRef = Event.body('pull_request.base.ref');
  /** The number of the pull or merge request: `$(body.pull_request.number)`. */
  public static readonly number = Event.body('pull_request.number');
  /** `opened`, `synchronize`, `reopened`, `closed`, ... */
  public static readonly action = Event.body('action');
  /** The repository's https clone URL: `$(body.repository.clone_url)`. */
  public static readonly cloneUrl = Event.body('repository.clone_url');
  /** The repository's SSH clone URL: `$(body.repository.ssh_url)`. */
  public static readonly sshUrl = Event.body('repository.ssh_url');
  /** The repository's name: `$(body.repository.name)`. */
  public static readonly repositoryName = Event.body('repository.name');
  /** The repository's full name: `$(body.repository.full_name)`. */
  public static readonly repositoryFullName = Event.body('repository.full_name');
}

/**
 * A GitLab `Push Hook` event.
 * @see https://docs.gitlab.com/user/project/integrations/webhook_events/#push-events
 */
export class GitLabPush {
  /** The commit the branch points to after the push (all zeros when the branch was deleted). */
  public static readonly commitSha = Event.body('after');
  /** The full ref pushed: `$(body.ref)`. */
  public static readonly ref = Event.body('ref');
  /** The repository's https clone URL: `$(body.project.git_http_url)`. */
  public static readonly cloneUrl = Event.body('project.git_http_url');
  /** The repository's SSH clone URL: `$(body.project.git_ssh_url)`. */
  public static readonly sshUrl = Event.body('project.git_ssh_url');
  /** The repository's name: `$(body.project.name)`. */
  public static readonly repositoryName = Event.body('project.name');
  /** `group/project`. */
  public static readonly repositoryFullName = Event.body('project.path_with_namespace');
  /** Who pushed: `$(body.user_username)`. */
  public static readonly pusher = Event.body('user_username');
}

/**
 * A GitLab `Merge Request Hook` event.
 * @see https://docs.gitlab.com/user/project/integrations/webhook_events/#merge-request-events
 */
export class GitLabMergeRequest {
  /** The commit the event is about: `$(body.object_attributes.last_commit.id)`. */
  public static readonly commitSha = Event.body('object_attributes.last_commit.id');
  /** The branch the change comes from: `$(body.object_attributes.source_branch)`. */
  public static readonly headRef = Event.body('object_attributes.source_branch');
  /** The branch the change goes to: `$(body.object_attributes.target_branch)`. */
  public static readonly baseRef = Event.body('object_attributes.target_branch');
  /** The merge request's number within the project. */
  public static readonly number = Event.body('object_attributes.iid');
  /** What happened: `$(body.object_attributes.action)`. */
  public static readonly action = Event.body('object_attributes.action');
  /** The repository's https clone URL: `$(body.project.git_http_url)`. */
  public static readonly cloneUrl = Event.body('project.git_http_url');
  /** The repository's SSH clone URL: `$(body.project.git_ssh_url)`. */
  public static readonly sshUrl = Event.body('project.git_ssh_url');
  /** The repository's name: `$(body.project.name)`. */
  public static readonly repositoryName = Event.body('project.name');
  /** The repository's full name: `$(body.project.path_with_namespace)`. */
  public static readonly repositoryFullName = Event.body('project.path_with_namespace');
}

/**
 * A Bitbucket Cloud `repo:push` event (first change of the push).
 * @see https://support.atlassian.com/bitbucket-cloud/docs/event-payloads/#Push
 */
export class BitbucketCloudPush {
  /** The commit the event is about: `$(body.push.changes[0].new.target.hash)`. */
  public static readonly commitSha = Event.body('push.changes[0].new.target.hash');
  /** The branch or tag name (not a full ref). */
  public static readonly ref = Event.body('push.changes[0].new.name');
  /** The repository's web URL, which git also clones over HTTPS. */
  public static readonly cloneUrl = Event.body('repository.links.html.href');
  /** The repository's name: `$(body.repository.name)`. */
  public static readonly repositoryName = Event.body('repository.name');
  /** The repository's full name: `$(body.repository.full_name)`. */
  public static readonly repositoryFullName = Event.body('repository.full_name');
}

/**
 * A Bitbucket Cloud `pullrequest:created` / `pullrequest:updated` event.
 * @see https://support.atlassian.com/bitbucket-cloud/docs/event-payloads/#Pull-request-events
 */
export class BitbucketCloudPullRequest {
  /** The commit the event is about: `$(body.pullrequest.source.commit.hash)`. */
  public static readonly commitSha = Event.body('pullrequest.source.commit.hash');
  /** The branch the change comes from: `$(body.pullrequest.source.branch.name)`. */
  public static readonly headRef = Event.body('pullrequest.source.branch.name');
  /** The branch the change goes to: `$(body.pullrequest.destination.branch.name)`. */
  public static readonly baseRef = Event.body('pullrequest.destination.branch.name');
  /** The number of the pull or merge request: `$(body.pullrequest.id)`. */
  public static readonly number = Event.body('pullrequest.id');
  /** The repository's https clone URL: `$(body.repository.links.html.href)`. */
  public static readonly cloneUrl = Event.body('repository.links.html.href');
  /** The repository's name: `$(body.repository.name)`. */
  public static readonly repositoryName = Event.body('repository.name');
  /** The repository's full name: `$(body.repository.full_name)`. */
  public static readonly repositoryFullName = Event.body('repository.full_name');
}

/**
 * A Bitbucket Server (Data Center) `repo:refs_changed` event (first change of the push).
 * @see https://confluence.atlassian.com/bitbucketserver/event-payload-938025882.html
 */
export class BitbucketServerPush {
  /** The commit the event is about: `$(body.changes[0].toHash)`. */
  public static readonly commitSha = Event.body('changes[0].toHash');
  /** The full ref, e.g. `refs/heads/main`. */
  public static readonly ref = Event.body('changes[0].refId');
  /** The repository's https clone URL: `$(body.repository.links.clone[?(@.name=="http")].href)`. */
  public static readonly cloneUrl = Event.body('repository.links.clone[?(@.name=="http")].href');
  /** The repository's SSH clone URL: `$(body.repository.links.clone[?(@.name=="ssh")].href)`. */
  public static readonly sshUrl = Event.body('repository.links.clone[?(@.name=="ssh")].href');
  /** The repository's name: `$(body.repository.name)`. */
  public static readonly repositoryName = Event.body('repository.name');
}

/**
 * A Bitbucket Server (Data Center) `pr:opened` / `pr:from_ref_updated` event.
 * @see https://confluence.atlassian.com/bitbucketserver/event-payload-938025882.html
 */
export class BitbucketServerPullRequest {
  /** The commit the event is about: `$(body.pullRequest.fromRef.latestCommit)`. */
  public static readonly commitSha = Event.body('pullRequest.fromRef.latestCommit');
  /** The branch the change comes from: `$(body.pullRequest.fromRef.displayId)`. */
  public static readonly headRef = Event.body('pullRequest.fromRef.displayId');
  /** The branch the change goes to: `$(body.pullRequest.toRef.displayId)`. */
  public static readonly baseRef = Event.body('pullRequest.toRef.displayId');
  /** The number of the pull or merge request: `$(body.pullRequest.id)`. */
  public static readonly number = Event.body('pullRequest.id');
  /** The repository's name: `$(body.pullRequest.fromRef.repository.name)`. */
  public static readonly repositoryName = Event.body('pullRequest.fromRef.repository.name');
}
