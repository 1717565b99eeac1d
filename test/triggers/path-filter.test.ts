import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { onlyWhenChanged, PathFilter } from '../../lib';
import { celString } from '../../lib/triggers/path-filter';
import { triggersCelEnvironment } from '../../lib/simulate/cel-env';
import { makeEvent } from '../../lib/simulate/event';
import { githubPullRequest, githubPush, gitlabPush } from './push-bodies';

const LOYALTY_FILTER =
  '(header.match("X-GitHub-Event", "push") || header.match("X-Gitlab-Event", "Push Hook")) && body.ref in ["refs/heads/main"] && ' +
  'body.after != "0000000000000000000000000000000000000000" && !(has(body.deleted) && body.deleted == true) && ' +
  'body.commits.exists(c, (c.added + c.modified + c.removed).exists(f, f.startsWith("services/loyalty/")))';

const cel = triggersCelEnvironment(new Map());

/** Evaluates the filter the way the cel interceptor does: body, canonical headers, empty extensions. */
function fires(filter: PathFilter, body: string, header: [string, string]): boolean {
  const event = makeEvent(body, [header, ['Content-Type', 'application/json']], 'http://localhost:8080/');
  return cel.evaluate(filter.filter, { body: event.body, header: event.header, extensions: {}, requestURL: event.requestURL }) === true;
}

describe('onlyWhenChanged', () => {
  it('renders one cel interceptor step with the filter', () => {
    expect(onlyWhenChanged(['services/loyalty/'], { branches: ['main'] }).renderInterceptors()).toEqual([
      { name: 'only-when-changed', ref: { name: 'cel', kind: 'ClusterInterceptor' }, params: [{ name: 'filter', value: LOYALTY_FILTER }] },
    ]);
  });

  it('keeps the hand-written listener fixture equal to what it renders', () => {
    const text = readFileSync(`${__dirname}/fixtures/loyalty-listener.yaml`, 'utf8');
    expect(text.split(`value: ${LOYALTY_FILTER}\n`).length).toBe(3);
  });

  it('adds the trailing slash, drops ./ and duplicates, and takes several folders and branches', () => {
    const f = onlyWhenChanged(['services/loyalty', './services/loyalty/', 'libs//points'], { branches: ['main', 'release/2026.11'], name: 'loyalty-paths' });
    expect(f.folders).toEqual(['services/loyalty/', 'libs/points/']);
    expect(f.renderInterceptors()[0].name).toBe('loyalty-paths');
    expect(f.filter).toBe(
      '(header.match("X-GitHub-Event", "push") || header.match("X-Gitlab-Event", "Push Hook")) && body.ref in ["refs/heads/main", "refs/heads/release/2026.11"] && ' +
        'body.after != "0000000000000000000000000000000000000000" && !(has(body.deleted) && body.deleted == true) && ' +
        'body.commits.exists(c, (c.added + c.modified + c.removed).exists(f, f.startsWith("services/loyalty/") || f.startsWith("libs/points/")))',
    );
  });

  it('without branches, fires for any branch but never for a tag', () => {
    const f = onlyWhenChanged(['services/loyalty/']);
    const change = [{ modified: ['services/loyalty/src/points.ts'] }];
    expect(fires(f, githubPush(change, { ref: 'refs/heads/feature/expiry' }), ['X-GitHub-Event', 'push'])).toBe(true);
    expect(fires(f, githubPush(change, { ref: 'refs/tags/v1.4.0' }), ['X-GitHub-Event', 'push'])).toBe(false);
  });

  it('escapes quotes and backslashes in folder names so the CEL stays one string literal', () => {
    const f = onlyWhenChanged(['odd "dir"\\x/']);
    expect(f.filter).toContain('f.startsWith("odd \\"dir\\"\\\\x/")');
    expect(fires(f, githubPush([{ added: ['odd "dir"\\x/file.txt'] }]), ['X-GitHub-Event', 'push'])).toBe(true);
    expect(fires(f, githubPush([{ added: ['odd "dir"/file.txt'] }]), ['X-GitHub-Event', 'push'])).toBe(false);
  });

  it.each([
    [['/services/loyalty/'], {}, 'onlyWhenChanged: folder "/services/loyalty/" is absolute; the paths in a push body are relative to the repository root. Fix: write "services/loyalty/"'],
    [['./'], {}, 'onlyWhenChanged: folder "./" names the whole repository, so the filter would check nothing. Fix: name a folder such as "services/loyalty/", or leave out onlyWhenChanged to fire on every push'],
    [['services/../loyalty/'], {}, 'onlyWhenChanged: folder "services/../loyalty/" contains "..", which no path in a push body has. Fix: write the folder relative to the repository root, without ".."'],
    [['services/*/'], {}, 'onlyWhenChanged: folder "services/*/" contains a glob character; the filter compares folder prefixes, not patterns. Fix: name the folder itself, e.g. "services/loyalty/"'],
    [[], {}, "onlyWhenChanged: no folders given, so no push could ever fire. Fix: name at least one folder, e.g. onlyWhenChanged(['services/loyalty/'])"],
    [['services/loyalty/'], { branches: [] }, "onlyWhenChanged: branches is an empty list, so no push could ever fire. Fix: name a branch, e.g. { branches: ['main'] }, or leave the option out for any branch"],
    [['services/loyalty/'], { branches: ['refs/heads/main'] }, 'onlyWhenChanged: branch "refs/heads/main" is a full ref; the option takes branch names. Fix: write "main"'],
    [['services/loyalty/'], { branches: ['my branch'] }, 'onlyWhenChanged: branch "my branch" is not a valid git branch name (no spaces, ~ ^ : ? * [ \\, "..", or leading/trailing "/"). Fix: give the branch name as git shows it, e.g. "main"'],
  ])('rejects %j %j', (folders, options, message) => {
    expect(() => onlyWhenChanged(folders, options)).toThrow(new Error(message));
  });

  it.each([
    [['.'], 'onlyWhenChanged: folder "." names the whole repository, so the filter would check nothing. Fix: name a folder such as "services/loyalty/", or leave out onlyWhenChanged to fire on every push'],
    [['././'], 'onlyWhenChanged: folder "././" names the whole repository, so the filter would check nothing. Fix: name a folder such as "services/loyalty/", or leave out onlyWhenChanged to fire on every push'],
    [['//services/loyalty/'], 'onlyWhenChanged: folder "//services/loyalty/" is absolute; the paths in a push body are relative to the repository root. Fix: write "services/loyalty/"'],
    [['services/\u0001x/'], 'onlyWhenChanged: folder "services/\\u0001x/" contains a control character, which no path in a push body has. Fix: remove it'],
    [['services/\u007fx/'], 'onlyWhenChanged: folder "services/\u007fx/" contains a control character, which no path in a push body has. Fix: remove it'],
    [['services/lo?alty/'], 'onlyWhenChanged: folder "services/lo?alty/" contains a glob character; the filter compares folder prefixes, not patterns. Fix: name the folder itself, e.g. "services/loyalty/"'],
    [['services/[lL]oyalty/'], 'onlyWhenChanged: folder "services/[lL]oyalty/" contains a glob character; the filter compares folder prefixes, not patterns. Fix: name the folder itself, e.g. "services/loyalty/"'],
    [['../loyalty/'], 'onlyWhenChanged: folder "../loyalty/" contains "..", which no path in a push body has. Fix: write the folder relative to the repository root, without ".."'],
  ])('rejects the folder %j', (folders, message) => {
    expect(() => onlyWhenChanged(folders)).toThrow(new Error(message));
  });

  it('drops every leading ./ and keeps a folder whose name only contains dots', () => {
    expect(onlyWhenChanged(['././services/loyalty', 'a..b/', '.github/']).folders).toEqual(['services/loyalty/', 'a..b/', '.github/']);
  });

  it('writes any text as one CEL string literal: quotes, backslashes and each control character escaped', () => {
    expect(celString('a\nb\rc\td\u0001e\u001ff\u007fg"h\\i é')).toBe('"a\\nb\\rc\\td\\x01e\\x1ff\\x7fg\\"h\\\\i é"');
    expect(cel.evaluate(celString('a\nb\rc\td\u0001e\u001ff\u007fg"h\\i é'), {})).toBe('a\nb\rc\td\u0001e\u001ff\u007fg"h\\i é');
  });

  // Each character and form git refuses in a branch name (git check-ref-format), one at a time.
  it.each(['a..b', 'fix~1', 'fix^2', 'a:b', 'what?', 'wip*', 'a[1]', 'back\\slash', 'tab\there', 'nul\u0000x', 'bell\u0007', 'del\u007f', 'feature/', '/feature', ''])(
    'rejects the branch name %j',
    (branch) => {
      expect(() => onlyWhenChanged(['services/loyalty/'], { branches: [branch] })).toThrow(
        new Error(`onlyWhenChanged: branch ${JSON.stringify(branch)} is not a valid git branch name (no spaces, ~ ^ : ? * [ \\, "..", or leading/trailing "/"). Fix: give the branch name as git shows it, e.g. "main"`),
      );
    },
  );

  it('takes branch names with dots, dashes, slashes and non-ASCII letters, once each', () => {
    const f = onlyWhenChanged(['services/loyalty/'], { branches: ['release/2026.11', 'a.b', 'fix-1_x', 'fünf', 'a.b'] });
    expect(f.branches).toEqual(['release/2026.11', 'a.b', 'fix-1_x', 'fünf']);
  });
});

// The push cases of the issue, for both providers: [case, GitHub body, GitLab body, fires].
const loyalty = 'services/loyalty/src/points.ts';
const CASES: Array<[string, string, string, boolean]> = [
  ['a push touching the folder', githubPush([{ modified: [loyalty] }]), gitlabPush([{ modified: [loyalty] }]), true],
  ['docs only', githubPush([{ modified: ['docs/loyalty.md', 'README.md'] }]), gitlabPush([{ modified: ['docs/loyalty.md', 'README.md'] }]), false],
  [
    'only the third of three commits touching it',
    githubPush([{ modified: ['docs/a.md'] }, { added: ['services/checkout/cart.ts'] }, { added: ['services/loyalty/api/openapi.yaml'] }]),
    gitlabPush([{ modified: ['docs/a.md'] }, { added: ['services/checkout/cart.ts'] }, { added: ['services/loyalty/api/openapi.yaml'] }]),
    true,
  ],
  ['a push that only deletes a file there', githubPush([{ removed: ['services/loyalty/legacy/old.ts'] }]), gitlabPush([{ removed: ['services/loyalty/legacy/old.ts'] }]), true],
  ['another branch', githubPush([{ modified: [loyalty] }], { ref: 'refs/heads/points-expiry' }), gitlabPush([{ modified: [loyalty] }], { ref: 'refs/heads/points-expiry' }), false],
  ['a sibling folder with the same prefix', githubPush([{ modified: ['services/loyalty-v2/src/app.ts'] }]), gitlabPush([{ modified: ['services/loyalty-v2/src/app.ts'] }]), false],
  ['the folder name deeper in another path', githubPush([{ added: ['vendor/services/loyalty/x.go'] }]), gitlabPush([{ added: ['vendor/services/loyalty/x.go'] }]), false],
  ['a deleted branch', githubPush([{ modified: [loyalty] }], { deleted: true }), gitlabPush([{ modified: [loyalty] }], { deleted: true }), false],
  ['a tag push', githubPush([{ modified: [loyalty] }], { ref: 'refs/tags/v1.4.0' }), gitlabPush([{ modified: [loyalty] }], { ref: 'refs/tags/v1.4.0' }), false],
];

describe('onlyWhenChanged on push bodies', () => {
  const filter = onlyWhenChanged(['services/loyalty'], { branches: ['main'] });

  it.each(CASES)('%s: GitHub push', (_, github, __, expected) => {
    expect(fires(filter, github, ['X-GitHub-Event', 'push'])).toBe(expected);
  });

  it.each(CASES)('%s: GitLab Push Hook', (_, __, gitlab, expected) => {
    expect(fires(filter, gitlab, ['X-Gitlab-Event', 'Push Hook'])).toBe(expected);
  });

  it('does not fire for a pull_request, a GitLab Tag Push Hook or a Merge Request Hook', () => {
    expect(fires(filter, githubPullRequest(), ['X-GitHub-Event', 'pull_request'])).toBe(false);
    expect(fires(filter, gitlabPush([{ modified: [loyalty] }], { ref: 'refs/tags/v1.4.0' }), ['X-Gitlab-Event', 'Tag Push Hook'])).toBe(false);
    expect(fires(filter, gitlabPush([{ modified: [loyalty] }]), ['X-Gitlab-Event', 'Merge Request Hook'])).toBe(false);
  });

  it('does not fire for a body whose after is the zero SHA (a deleted branch), even with commits listed and no deleted flag', () => {
    const body = JSON.parse(gitlabPush([{ modified: [loyalty] }]));
    expect(fires(filter, JSON.stringify(body), ['X-Gitlab-Event', 'Push Hook'])).toBe(true);
    expect(fires(filter, JSON.stringify({ ...body, after: '0'.repeat(40) }), ['X-Gitlab-Event', 'Push Hook'])).toBe(false);
  });

  it('reads the event header in any letter case, as Go canonicalizes it', () => {
    expect(fires(filter, githubPush([{ modified: [loyalty] }]), ['x-github-event', 'push'])).toBe(true);
  });
});
