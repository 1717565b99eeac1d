import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { githubPullRequest, githubPush, gitlabPush, sha } from './push-bodies';
import { scratch, simulate } from './simulate-support';

const FIXTURES = resolve(__dirname, 'fixtures');
const { write: file } = scratch('cdk8s-tekton-simulate-');

interface Json {
  triggers: Array<{ eventListener: string; trigger: string; fired: boolean; reason?: string; resources: any[] }>;
  problems: unknown[];
}

async function json(body: string, headers: string[], extra: string[] = []): Promise<Json> {
  const r = await simulate([FIXTURES, '--body', file(body), ...headers.flatMap((h) => ['--header', h]), '--format', 'json', ...extra]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Json;
}

const FILTER =
  '(header.match("X-GitHub-Event", "push") || header.match("X-Gitlab-Event", "Push Hook")) && body.ref in ["refs/heads/main"] && ' +
  'body.after != "0000000000000000000000000000000000000000" && !(has(body.deleted) && body.deleted == true) && ' +
  'body.commits.exists(c, (c.added + c.modified + c.removed).exists(f, f.startsWith("services/loyalty/")))';
const CEL_STOP = `interceptor 2 "only-when-changed" (cel) stopped it: expression ${FILTER} did not return true; the part that is false: `;
const COMMITS_PART = 'body.commits.exists(c, (c.added + c.modified + c.removed).exists(f, f.startsWith("services/loyalty/")))';
const REF_PART = 'body.ref in ["refs/heads/main"]';
const DELETED_PART = 'body.after != "0000000000000000000000000000000000000000"';
const NOT_GITLAB = 'interceptor 1 "gitlab" (gitlab) stopped it: event type  is not allowed (X-Gitlab-Event: ""; eventTypes: Push Hook)';
const NOT_GITHUB = 'interceptor 1 "github" (github) stopped it: event type  is not allowed (X-GitHub-Event: ""; eventTypes: push)';

const loyalty = 'services/loyalty/src/points.ts';
const three = [{ modified: ['docs/a.md'] }, { added: ['services/checkout/cart.ts'] }, { added: ['services/loyalty/api/openapi.yaml'] }];

describe('cdk8s-tekton simulate on a hand-written EventListener', () => {
  it('prints a fired trigger, its interceptors, params and the rendered PipelineRun (exact text)', async () => {
    const body = file(githubPush([{ modified: [loyalty] }]), 'push.json');
    const r = await simulate([FIXTURES, '--body', body, '--header', 'X-GitHub-Event: push']);
    expect(r).toEqual({ code: 0, stderr: '', stdout: readFileSync(join(FIXTURES, 'push-touching-loyalty.txt'), 'utf8') });
  });

  it('prints which part of the filter stopped a docs-only push (exact JSON)', async () => {
    const r = await simulate([FIXTURES, '--body', file(githubPush([{ modified: ['docs/loyalty.md', 'README.md'] }])), '--header', 'X-GitHub-Event: push', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      eventID: '951270d2-5557-092b-d32f-c6bbc583992f',
      triggers: [
        { eventListener: 'loyalty', trigger: 'github-loyalty', fired: false, reason: `${CEL_STOP}${COMMITS_PART}`, resources: [] },
        { eventListener: 'loyalty', trigger: 'gitlab-loyalty', fired: false, reason: NOT_GITLAB, resources: [] },
      ],
      problems: [],
    });
  });

  const GITHUB: Array<[string, string, string, string | undefined]> = [
    ['a push touching the folder', githubPush([{ modified: [loyalty] }]), 'push', undefined],
    ['docs only', githubPush([{ modified: ['docs/loyalty.md'] }]), 'push', `${CEL_STOP}${COMMITS_PART}`],
    ['only the third of three commits touching it', githubPush(three), 'push', undefined],
    ['a push that only deletes a file there', githubPush([{ removed: ['services/loyalty/legacy/old.ts'] }]), 'push', undefined],
    ['another branch', githubPush([{ modified: [loyalty] }], { ref: 'refs/heads/points-expiry' }), 'push', `${CEL_STOP}${REF_PART}`],
    ['a sibling folder with the same prefix', githubPush([{ modified: ['services/loyalty-v2/src/app.ts'] }]), 'push', `${CEL_STOP}${COMMITS_PART}`],
    ['the folder name deeper in another path', githubPush([{ added: ['vendor/services/loyalty/x.go'] }]), 'push', `${CEL_STOP}${COMMITS_PART}`],
    ['a deleted branch', githubPush([{ modified: [loyalty] }], { deleted: true }), 'push', `${CEL_STOP}${DELETED_PART}`],
    ['a tag push', githubPush([{ modified: [loyalty] }], { ref: 'refs/tags/v1.4.0' }), 'push', `${CEL_STOP}${REF_PART}`],
    ['a pull_request event', githubPullRequest(), 'pull_request', 'interceptor 1 "github" (github) stopped it: event type pull_request is not allowed (X-GitHub-Event: "pull_request"; eventTypes: push)'],
  ];

  it.each(GITHUB)('GitHub: %s', async (_, body, type, reason) => {
    const out = await json(body, [`X-GitHub-Event: ${type}`]);
    const github = out.triggers[0];
    expect({ trigger: github.trigger, fired: github.fired, reason: github.reason }).toEqual({ trigger: 'github-loyalty', fired: reason === undefined, reason });
    expect(out.triggers[1]).toEqual({ eventListener: 'loyalty', trigger: 'gitlab-loyalty', fired: false, reason: NOT_GITLAB, resources: [] });
    if (reason === undefined) {
      const parsed = JSON.parse(body);
      expect(github.resources.map((r) => [r.kind, r.spec.params])).toEqual([
        [
          'PipelineRun',
          [
            { name: 'git-url', value: 'https://github.com/acme/monorepo.git' },
            { name: 'git-revision', value: parsed.after },
            { name: 'image', value: `ghcr.io/acme/loyalty:${parsed.after}` },
          ],
        ],
      ]);
    }
  });

  const GITLAB: Array<[string, string, string, string | undefined]> = [
    ['a push touching the folder', gitlabPush([{ modified: [loyalty] }]), 'Push Hook', undefined],
    ['docs only', gitlabPush([{ modified: ['docs/loyalty.md'] }]), 'Push Hook', `${CEL_STOP}${COMMITS_PART}`],
    ['only the third of three commits touching it', gitlabPush(three), 'Push Hook', undefined],
    ['a push that only deletes a file there', gitlabPush([{ removed: ['services/loyalty/legacy/old.ts'] }]), 'Push Hook', undefined],
    ['another branch', gitlabPush([{ modified: [loyalty] }], { ref: 'refs/heads/points-expiry' }), 'Push Hook', `${CEL_STOP}${REF_PART}`],
    ['a sibling folder with the same prefix', gitlabPush([{ modified: ['services/loyalty-v2/src/app.ts'] }]), 'Push Hook', `${CEL_STOP}${COMMITS_PART}`],
    ['the folder name deeper in another path', gitlabPush([{ added: ['vendor/services/loyalty/x.go'] }]), 'Push Hook', `${CEL_STOP}${COMMITS_PART}`],
    ['a deleted branch', gitlabPush([{ modified: [loyalty] }], { deleted: true }), 'Push Hook', `${CEL_STOP}${DELETED_PART}`],
    ['a tag push', gitlabPush([{ modified: [loyalty] }], { ref: 'refs/tags/v1.4.0' }), 'Tag Push Hook', 'interceptor 1 "gitlab" (gitlab) stopped it: event type Tag Push Hook is not allowed (X-Gitlab-Event: "Tag Push Hook"; eventTypes: Push Hook)'],
    ['a merge request event', gitlabPush([{ modified: [loyalty] }]), 'Merge Request Hook', 'interceptor 1 "gitlab" (gitlab) stopped it: event type Merge Request Hook is not allowed (X-Gitlab-Event: "Merge Request Hook"; eventTypes: Push Hook)'],
  ];

  it.each(GITLAB)('GitLab: %s', async (_, body, type, reason) => {
    const out = await json(body, [`X-Gitlab-Event: ${type}`]);
    expect(out.triggers[0]).toEqual({ eventListener: 'loyalty', trigger: 'github-loyalty', fired: false, reason: NOT_GITHUB, resources: [] });
    const gitlab = out.triggers[1];
    expect({ fired: gitlab.fired, reason: gitlab.reason }).toEqual({ fired: reason === undefined, reason });
    if (reason === undefined) {
      const parsed = JSON.parse(body);
      expect(gitlab.resources[0].spec.params.slice(0, 2)).toEqual([
        { name: 'git-url', value: 'https://gitlab.example.com/acme/monorepo.git' },
        { name: 'git-revision', value: parsed.checkout_sha },
      ]);
      expect(parsed.checkout_sha).toBe(sha(parsed.commits.length));
    }
  });
});
