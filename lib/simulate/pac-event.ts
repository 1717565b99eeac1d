// A GitHub webhook event as Pipelines-as-Code reads it: the trigger target, branches, head
// commit, and the changed files PaC would ask the GitHub API for (for a push: the files of the
// head commit; for a pull request: its files).
import { isObject } from '../facts/object';
import { headerValue, type WebhookEvent } from './event';

export interface ChangedFiles {
  readonly all: string[];
  readonly added: string[];
  readonly deleted: string[];
  readonly modified: string[];
  readonly renamed: string[];
}

export interface PacEventInfo {
  /** `push` or `pull_request` (PaC's trigger target), or `pull_request_labeled` as its event type. */
  readonly triggerTarget: 'push' | 'pull_request';
  readonly eventType: string;
  /** For a push, the ref (`refs/heads/main`, `refs/tags/v1`); for a pull request, its base branch. */
  readonly baseBranch: string;
  readonly headBranch: string;
  readonly sha: string;
  /** The head commit's message (push) or the pull request's title. */
  readonly title: string;
  readonly url: string;
  readonly headUrl: string;
  readonly owner: string;
  readonly repository: string;
  readonly sender: string;
  readonly pullRequestNumber?: number;
  readonly labels: string[];
  readonly files: ChangedFiles;
  /** Where the changed files come from, said in the output. */
  readonly filesFrom: string;
  /** The commit message PaC checks for [skip ci], when the body carries it. */
  readonly commitMessage?: string;
}

const PR_ACTIONS = ['opened', 'synchronize', 'synchronized', 'reopened', 'ready_for_review'];

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Files of a push body's head commit (PaC asks the API for the head commit's files). */
function headCommitFiles(body: Record<string, any>): ChangedFiles | undefined {
  const head = body.head_commit;
  if (!isObject(head)) return undefined;
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const added = list(head.added);
  const deleted = list(head.removed);
  const modified = list(head.modified);
  return { all: [...added, ...deleted, ...modified], added, deleted, modified, renamed: [] };
}

/**
 * The event as PaC sees it, or why PaC would not process it at all. `changed` is what
 * --changed-files gave; without it a push's files come from its head commit in the body.
 */
export function pacEventOf(event: WebhookEvent, changed: ChangedFiles | undefined): PacEventInfo | { ignored: string } {
  const type = headerValue(event, 'X-GitHub-Event');
  const body = event.body;
  if (type === '') return { ignored: 'the event has no X-GitHub-Event header; the PaC replay reads GitHub events (push, pull_request): give --header \'X-GitHub-Event: push\'' };
  if (!isObject(body)) return { ignored: 'the body is not a JSON object' };
  const repo = isObject(body.repository) ? body.repository : {};
  const owner = isObject(repo.owner) ? str(repo.owner.login) : '';
  if (type === 'push') {
    if (/^0+$/.test(str(body.after))) return { ignored: `branch ${str(body.ref)} has been deleted, and PaC does not run on a deleted branch` };
    const head = isObject(body.head_commit) ? body.head_commit : {};
    const files = changed ?? headCommitFiles(body);
    const url = str(repo.html_url);
    return {
      triggerTarget: 'push', eventType: 'push', baseBranch: str(body.ref), headBranch: str(body.ref),
      sha: str(head.id) || str(body.before), title: str(head.message), url, headUrl: url, owner, repository: str(repo.name),
      sender: isObject(body.sender) ? str(body.sender.login) : '', labels: [],
      files: files ?? { all: [], added: [], deleted: [], modified: [], renamed: [] },
      filesFrom: changed ? '--changed-files' : files ? 'the head commit\'s added, removed and modified lists in the push body (PaC asks GitHub for the files of the head commit; give --changed-files to replay others)' : 'nowhere: the push body has no head_commit; give --changed-files',
      commitMessage: str(head.message),
    };
  }
  if (type === 'pull_request') {
    const action = str(body.action);
    const labeled = action === 'labeled';
    if (!PR_ACTIONS.includes(action) && !labeled) return { ignored: `PaC runs pull_request events with action ${PR_ACTIONS.join(', ')} or labeled, not "${action}"` };
    const pr = isObject(body.pull_request) ? body.pull_request : {};
    const base = isObject(pr.base) ? pr.base : {};
    const head = isObject(pr.head) ? pr.head : {};
    const repoUrl = (side: Record<string, any>) => (isObject(side.repo) ? str(side.repo.html_url) : '');
    return {
      triggerTarget: 'pull_request', eventType: labeled ? 'pull_request_labeled' : 'pull_request',
      baseBranch: str(base.ref), headBranch: str(head.ref), sha: str(head.sha), title: str(pr.title),
      url: str(repo.html_url), headUrl: repoUrl(head), owner, repository: str(repo.name),
      sender: isObject(pr.user) ? str(pr.user.login) : '',
      pullRequestNumber: typeof pr.number === 'number' ? pr.number : undefined,
      labels: Array.isArray(pr.labels) ? pr.labels.map((l: unknown) => (isObject(l) ? str(l.name) : '')).filter((l: string) => l !== '') : [],
      files: changed ?? { all: [], added: [], deleted: [], modified: [], renamed: [] },
      filesFrom: changed ? '--changed-files' : 'nowhere: a pull_request body does not list its files (PaC asks GitHub); give --changed-files',
    };
  }
  return { ignored: `the PaC replay reads GitHub push and pull_request events, not "${type}"` };
}

/**
 * Reads --changed-files: one path a line, or `git diff --name-status` lines (`M\tpath`,
 * `R100\told\tnew`), which also say how each file changed.
 */
export function parseChangedFiles(text: string): ChangedFiles {
  const out: ChangedFiles = { all: [], added: [], deleted: [], modified: [], renamed: [] };
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const parts = line.split('\t');
    const status = parts.length > 1 ? parts[0] : '';
    const path = parts[parts.length - 1];
    out.all.push(path);
    if (status === 'A') out.added.push(path);
    else if (status === 'D') out.deleted.push(path);
    else if (status === 'M') out.modified.push(path);
    else if (status.startsWith('R')) out.renamed.push(path);
  }
  return out;
}
