// Webhook bodies written for the tests, with the fields GitHub and GitLab send for push and pull
// request events (GitHub: X-GitHub-Event push / pull_request; GitLab: X-Gitlab-Event Push Hook).
// Field values are made up but shaped like real deliveries.

export interface Change {
  readonly added?: string[];
  readonly modified?: string[];
  readonly removed?: string[];
}

const ZERO = '0000000000000000000000000000000000000000';
const BEFORE = '6113728f27ae82c7b1a177c8d03f9e96e0adf246';

/** A commit sha for the n-th commit of a test push: 40 hex digits, stable. */
export function sha(n: number): string {
  return `${(0xa1b2c3d4 + n * 0x1111).toString(16)}${'5e6f7081920a1b2c3d4e5f60718293a4b5c6'.slice(0, 32)}`;
}

const GITHUB_REPO = {
  id: 784512309,
  node_id: 'R_kgDOLsKxNQ',
  name: 'monorepo',
  full_name: 'acme/monorepo',
  private: true,
  owner: { name: 'acme', email: null, login: 'acme', id: 91234567, type: 'Organization', site_admin: false },
  html_url: 'https://github.com/acme/monorepo',
  description: 'Loyalty, checkout and storefront services',
  fork: false,
  url: 'https://github.com/acme/monorepo',
  created_at: 1712048120,
  updated_at: '2026-11-30T09:12:44Z',
  pushed_at: 1764493964,
  git_url: 'git://github.com/acme/monorepo.git',
  ssh_url: 'git@github.com:acme/monorepo.git',
  clone_url: 'https://github.com/acme/monorepo.git',
  default_branch: 'main',
  master_branch: 'main',
  organization: 'acme',
};

const PUSHER = { name: 'dana-ops', email: 'dana@acme.example' };
const SENDER = { login: 'dana-ops', id: 4471123, node_id: 'U_kgDOAEQ0Uw', type: 'User', site_admin: false };

function githubCommit(n: number, change: Change, message: string) {
  return {
    id: sha(n),
    tree_id: sha(n + 100),
    distinct: true,
    message,
    timestamp: `2026-11-30T10:0${n}:00+01:00`,
    url: `https://github.com/acme/monorepo/commit/${sha(n)}`,
    author: { name: 'Dana Ops', email: 'dana@acme.example', username: 'dana-ops' },
    committer: { name: 'Dana Ops', email: 'dana@acme.example', username: 'dana-ops' },
    added: change.added ?? [],
    removed: change.removed ?? [],
    modified: change.modified ?? [],
  };
}

/** A GitHub push body; `ref` defaults to refs/heads/main, one commit per change. */
export function githubPush(changes: Change[], options: { ref?: string; deleted?: boolean } = {}): string {
  const ref = options.ref ?? 'refs/heads/main';
  const commits = options.deleted ? [] : changes.map((c, i) => githubCommit(i + 1, c, `change ${i + 1} of ${changes.length}`));
  const after = options.deleted ? ZERO : sha(changes.length);
  const body = {
    ref,
    before: BEFORE,
    after,
    repository: GITHUB_REPO,
    pusher: PUSHER,
    organization: { login: 'acme', id: 91234567 },
    sender: SENDER,
    created: false,
    deleted: options.deleted ?? false,
    forced: false,
    base_ref: null,
    compare: `https://github.com/acme/monorepo/compare/${BEFORE.slice(0, 12)}...${after.slice(0, 12)}`,
    commits,
    head_commit: commits.length ? commits[commits.length - 1] : null,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** A GitHub pull_request body (opened) whose head touches the loyalty service. */
export function githubPullRequest(): string {
  const body = {
    action: 'opened',
    number: 412,
    pull_request: {
      url: 'https://api.github.com/repos/acme/monorepo/pulls/412',
      id: 2011223344,
      number: 412,
      state: 'open',
      title: 'loyalty: points expire after 18 months',
      user: SENDER,
      head: { label: 'acme:points-expiry', ref: 'points-expiry', sha: sha(7), repo: GITHUB_REPO },
      base: { label: 'acme:main', ref: 'main', sha: BEFORE, repo: GITHUB_REPO },
      merged: false,
      commits: 1,
      changed_files: 2,
    },
    repository: GITHUB_REPO,
    organization: { login: 'acme', id: 91234567 },
    sender: SENDER,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** A GitLab Push Hook body; `ref` defaults to refs/heads/main. */
export function gitlabPush(changes: Change[], options: { ref?: string; deleted?: boolean } = {}): string {
  const commits = options.deleted
    ? []
    : changes.map((c, i) => ({
        id: sha(i + 1),
        message: `change ${i + 1} of ${changes.length}\n`,
        title: `change ${i + 1} of ${changes.length}`,
        timestamp: `2026-11-30T10:0${i + 1}:00+01:00`,
        url: `https://gitlab.example.com/acme/monorepo/-/commit/${sha(i + 1)}`,
        author: { name: 'Dana Ops', email: 'dana@acme.example' },
        added: c.added ?? [],
        modified: c.modified ?? [],
        removed: c.removed ?? [],
      }));
  const after = options.deleted ? ZERO : sha(changes.length);
  const body = {
    object_kind: 'push',
    event_name: 'push',
    before: BEFORE,
    after,
    ref: options.ref ?? 'refs/heads/main',
    ref_protected: true,
    checkout_sha: options.deleted ? null : after,
    user_id: 4471,
    user_name: 'Dana Ops',
    user_username: 'dana-ops',
    user_email: '',
    project_id: 1187,
    project: {
      id: 1187,
      name: 'monorepo',
      web_url: 'https://gitlab.example.com/acme/monorepo',
      git_ssh_url: 'git@gitlab.example.com:acme/monorepo.git',
      git_http_url: 'https://gitlab.example.com/acme/monorepo.git',
      namespace: 'acme',
      path_with_namespace: 'acme/monorepo',
      default_branch: 'main',
    },
    commits,
    total_commits_count: commits.length,
    repository: {
      name: 'monorepo',
      url: 'git@gitlab.example.com:acme/monorepo.git',
      homepage: 'https://gitlab.example.com/acme/monorepo',
      git_http_url: 'https://gitlab.example.com/acme/monorepo.git',
      git_ssh_url: 'git@gitlab.example.com:acme/monorepo.git',
    },
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
