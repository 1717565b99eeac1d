// The path filter: one CEL interceptor step that reads the push body itself, so the same filter
// works for GitHub and GitLab and needs no second provider step (the GitHubInterceptor or
// GitLabInterceptor that checks the webhook secret stays in front of it in the chain).
import type { IInterceptor, TriggerInterceptorSpec } from './interceptor';

/** Options of `onlyWhenChanged`. */
export interface OnlyWhenChangedOptions {
  /**
   * Branch names (`main`, not `refs/heads/main`) the push must go to.
   * @default - a push to any branch (never a tag)
   */
  readonly branches?: string[];
  /**
   * The `name` of the rendered interceptor entry.
   * @default 'only-when-changed'
   */
  readonly name?: string;
}

/** A branch deletion pushes this as `after` on GitHub and GitLab. */
const ZERO_SHA = '0000000000000000000000000000000000000000';

/**
 * A CEL string literal for any text: the folder names come from users and end up inside an
 * expression, so quotes, backslashes and control characters are escaped rather than trusted.
 */
export function celString(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\' || ch === '"') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

function normalizeFolder(folder: string): string {
  const where = `onlyWhenChanged: folder ${JSON.stringify(folder)}`;
  let path = folder.replace(/^(\.\/)+/, '');
  if (path.startsWith('/')) throw new Error(`${where} is absolute; the paths in a push body are relative to the repository root. Fix: write ${JSON.stringify(path.replace(/^\/+/, ''))}`);
  if (path === '' || path === '.' || path === './') throw new Error(`${where} names the whole repository, so the filter would check nothing. Fix: name a folder such as "services/loyalty/", or leave out onlyWhenChanged to fire on every push`);
  if (/[\x00-\x1f\x7f]/.test(path)) throw new Error(`${where} contains a control character, which no path in a push body has. Fix: remove it`);
  if (path.split('/').includes('..')) throw new Error(`${where} contains "..", which no path in a push body has. Fix: write the folder relative to the repository root, without ".."`);
  if (/[*?[]/.test(path)) throw new Error(`${where} contains a glob character; the filter compares folder prefixes, not patterns. Fix: name the folder itself, e.g. "services/loyalty/"`);
  path = path.replace(/\/{2,}/g, '/');
  return path.endsWith('/') ? path : `${path}/`;
}

function checkBranch(branch: string): string {
  const where = `onlyWhenChanged: branch ${JSON.stringify(branch)}`;
  if (branch.startsWith('refs/')) throw new Error(`${where} is a full ref; the option takes branch names. Fix: write ${JSON.stringify(branch.replace(/^refs\/heads\//, ''))}`);
  if (branch === '' || /[\s~^:?*[\\\x00-\x1f\x7f]/.test(branch) || branch.startsWith('/') || branch.endsWith('/') || branch.includes('..')) {
    throw new Error(`${where} is not a valid git branch name (no spaces, ~ ^ : ? * [ \\, "..", or leading/trailing "/"). Fix: give the branch name as git shows it, e.g. "main"`);
  }
  return branch;
}

/**
 * The interceptor step made by `onlyWhenChanged`. Its `filter` is plain CEL, shown by
 * `cdk8s-tekton simulate` when it stops a trigger.
 */
export class PathFilter implements IInterceptor {
  /** The folders, each ending in `/`. */
  public readonly folders: readonly string[];
  /** The branch names, or undefined for any branch. */
  public readonly branches?: readonly string[];
  private readonly name: string;

  public constructor(folders: readonly string[], options: OnlyWhenChangedOptions = {}) {
    if (folders.length === 0) throw new Error('onlyWhenChanged: no folders given, so no push could ever fire. Fix: name at least one folder, e.g. onlyWhenChanged([\'services/loyalty/\'])');
    this.folders = [...new Set(folders.map(normalizeFolder))];
    if (options.branches !== undefined) {
      if (options.branches.length === 0) throw new Error('onlyWhenChanged: branches is an empty list, so no push could ever fire. Fix: name a branch, e.g. { branches: [\'main\'] }, or leave the option out for any branch');
      this.branches = [...new Set(options.branches.map(checkBranch))];
    }
    this.name = options.name ?? 'only-when-changed';
  }

  /** The CEL filter: a push (GitHub or GitLab), to one of the branches, that does not delete it, touching a folder. */
  public get filter(): string {
    const event = `(header.match("X-GitHub-Event", "push") || header.match("X-Gitlab-Event", "Push Hook"))`;
    const ref = this.branches
      ? `body.ref in [${this.branches.map((b) => celString(`refs/heads/${b}`)).join(', ')}]`
      : `body.ref.startsWith("refs/heads/")`;
    const notDeleted = `body.after != "${ZERO_SHA}" && !(has(body.deleted) && body.deleted == true)`;
    const under = this.folders.map((f) => `f.startsWith(${celString(f)})`).join(' || ');
    const touched = `body.commits.exists(c, (c.added + c.modified + c.removed).exists(f, ${under}))`;
    return [event, ref, notDeleted, touched].join(' && ');
  }

  /** The entries this interceptor adds to a trigger's chain. */
  public renderInterceptors(): TriggerInterceptorSpec[] {
    return [{ name: this.name, ref: { name: 'cel', kind: 'ClusterInterceptor' }, params: [{ name: 'filter', value: this.filter }] }];
  }
}

/**
 * An interceptor step that lets a trigger fire exactly when the event is a push (GitHub
 * `X-GitHub-Event: push` or GitLab `X-Gitlab-Event: Push Hook`) to one of `branches`, that does
 * not delete the branch, and where some file added, modified or removed by any commit of the
 * push lies under one of `folders`. Folders match from the repository root: `services/loyalty/`
 * matches `services/loyalty/src/app.ts`, not `services/loyalty-v2/x` or
 * `vendor/services/loyalty/x`; a folder without a trailing `/` gets one. Tag pushes, branch
 * deletions and every other event (pull requests included) do not fire.
 *
 * Put it after the provider interceptor that checks the webhook secret
 * (`GitHubInterceptor`/`GitLabInterceptor`); it renders one `cel` step.
 *
 * What it cannot see: it reads the commit list of the push body, and providers cap that list.
 * GitHub lists at most 2048 commits in a push webhook (docs: "The array includes a maximum of
 * 2048 commits"); GitLab lists the 20 most recent (`total_commits_count` holds the real count).
 * A change made only by a commit left out of the list does not fire; so does a push that only
 * creates a branch at an existing commit (its commit list is empty).
 *
 * @see https://tekton.dev/docs/triggers/interceptors/#cel-interceptors
 */
export function onlyWhenChanged(folders: readonly string[], options: OnlyWhenChangedOptions = {}): PathFilter {
  return new PathFilter(folders, options);
}
