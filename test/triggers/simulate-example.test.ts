import { spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { githubPullRequest, githubPush, gitlabPush } from './push-bodies';
import { scratch, simulate } from './simulate-support';

// The loyalty-system example's synthesized YAML (committed, regenerated and diffed by
// test/examples.test.ts) is what gets replayed here: what the team would apply to the cluster.
const EXAMPLE = resolve(__dirname, '../../examples/loyalty-system/expected.k8s.yaml');
const FIXTURES = resolve(__dirname, 'fixtures');
const { write: bodyFile } = scratch('cdk8s-tekton-simulate-example-');

const FILTER =
  '(header.match("X-GitHub-Event", "push") || header.match("X-Gitlab-Event", "Push Hook")) && body.ref in ["refs/heads/main"] && ' +
  'body.after != "0000000000000000000000000000000000000000" && !(has(body.deleted) && body.deleted == true) && ' +
  'body.commits.exists(c, (c.added + c.modified + c.removed).exists(f, f.startsWith("services/loyalty/")))';
const stoppedAt = (part: string) => `interceptor 2 "only-when-changed" (cel) stopped it: expression ${FILTER} did not return true; the part that is false: ${part}`;
const COMMITS = 'body.commits.exists(c, (c.added + c.modified + c.removed).exists(f, f.startsWith("services/loyalty/")))';
const REF = 'body.ref in ["refs/heads/main"]';
const DELETED = 'body.after != "0000000000000000000000000000000000000000"';
const loyalty = 'services/loyalty/src/points.ts';
const three = [{ modified: ['docs/a.md'] }, { added: ['services/checkout/cart.ts'] }, { added: ['services/loyalty/api/openapi.yaml'] }];

const GITHUB: Array<[string, string, string, string | undefined]> = [
  ['a push touching the folder', githubPush([{ modified: [loyalty] }]), 'push', undefined],
  ['docs only', githubPush([{ modified: ['docs/loyalty.md', 'README.md'] }]), 'push', stoppedAt(COMMITS)],
  ['only the third of three commits touching it', githubPush(three), 'push', undefined],
  ['a push that only deletes a file there', githubPush([{ removed: ['services/loyalty/legacy/old.ts'] }]), 'push', undefined],
  ['another branch', githubPush([{ modified: [loyalty] }], { ref: 'refs/heads/points-expiry' }), 'push', stoppedAt(REF)],
  ['a sibling folder with the same prefix', githubPush([{ modified: ['services/loyalty-v2/src/app.ts'] }]), 'push', stoppedAt(COMMITS)],
  ['the folder name deeper in another path', githubPush([{ added: ['vendor/services/loyalty/x.go'] }]), 'push', stoppedAt(COMMITS)],
  ['a deleted branch', githubPush([{ modified: [loyalty] }], { deleted: true }), 'push', stoppedAt(DELETED)],
  ['a tag push', githubPush([{ modified: [loyalty] }], { ref: 'refs/tags/v1.4.0' }), 'push', stoppedAt(REF)],
  ['a pull_request event', githubPullRequest(), 'pull_request', 'interceptor 1 (github) stopped it: event type pull_request is not allowed (X-GitHub-Event: "pull_request"; eventTypes: push)'],
];

describe('cdk8s-tekton simulate on the loyalty-system example', () => {
  it('fires on a push to main touching services/loyalty/ and renders a valid PipelineRun (exact text)', async () => {
    const r = await simulate([EXAMPLE, '--body', bodyFile(githubPush([{ modified: [loyalty] }])), '--header', 'X-GitHub-Event: push']);
    expect(r).toEqual({ code: 0, stderr: '', stdout: readFileSync(join(FIXTURES, 'loyalty-system-push.txt'), 'utf8') });
  });

  it.each(GITHUB)('GitHub: %s', async (_, body, type, reason) => {
    const r = await simulate([EXAMPLE, '--body', bodyFile(body), '--header', `X-GitHub-Event: ${type}`, '--format', 'json']);
    expect(r.code).toBe(0);
    const { triggers, problems } = JSON.parse(r.stdout);
    expect(problems).toEqual([]);
    expect(triggers.map((t: any) => ({ eventListener: t.eventListener, trigger: t.trigger, fired: t.fired, reason: t.reason }))).toEqual([
      { eventListener: 'loyalty-listener', trigger: 'loyalty-push', fired: reason === undefined, reason },
    ]);
    if (reason !== undefined) return;
    const pushed = JSON.parse(body);
    const [run] = triggers[0].resources;
    expect([run.kind, run.metadata.generateName, run.spec.pipelineRef]).toEqual(['PipelineRun', 'loyalty-build-', { name: 'loyalty-build' }]);
    expect(run.spec.params).toEqual([
      { name: 'repo-url', value: pushed.repository.ssh_url },
      { name: 'revision', value: pushed.after },
    ]);
    expect(pushed.after).toBe(pushed.head_commit.id);
    expect(run.spec.params[0].value).toBe('git@github.com:acme/monorepo.git');
  });

  it.each([
    ['a push touching the folder', gitlabPush([{ modified: [loyalty] }]), 'Push Hook'],
    ['a tag push', gitlabPush([{ modified: [loyalty] }], { ref: 'refs/tags/v1.4.0' }), 'Tag Push Hook'],
  ])('GitLab: %s does not fire the GitHub-only listener', async (_, body, type) => {
    const r = await simulate([EXAMPLE, '--body', bodyFile(body), '--header', `X-Gitlab-Event: ${type}`, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).triggers).toEqual([
      { eventListener: 'loyalty-listener', trigger: 'loyalty-push', fired: false, reason: 'interceptor 1 (github) stopped it: event type  is not allowed (X-GitHub-Event: ""; eventTypes: push)', resources: [] },
    ]);
  });

  it('checks the webhook signature against the secret the listener references', async () => {
    const body = githubPush([{ modified: [loyalty] }]);
    const signature = `sha256=${createHmac('sha256', 'hook-secret').update(body).digest('hex')}`;
    const run = (secret: string) => simulate([EXAMPLE, '--body', bodyFile(body), '--header', 'X-GitHub-Event: push', '--header', `X-Hub-Signature-256: ${signature}`, '--secret', `github-webhook/token=${secret}`]);
    const good = await run('hook-secret');
    expect(good.stdout.split('\n')[3]).toBe('  interceptor 1 (github): continue; event type push allowed; signature valid');
    const bad = await run('not-the-secret');
    expect(bad.stdout.split('\n').slice(2, 4)).toEqual([
      'EventListener "loyalty-listener" trigger "loyalty-push": not fired',
      '  not fired: interceptor 1 (github) stopped it: payload signature check failed: the signature header is not the HMAC of the body with the --secret value; check the value, and that --body holds the bytes exactly as the provider sent them (after: event type push allowed)',
    ]);
    expect(good.stdout + bad.stdout).not.toMatch(/hook-secret|not-the-secret/);
  });
});

/** Splits a shell command line written with single quotes only, as the README writes them. */
function words(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2]);
}

describe('the README debugging session with simulate', () => {
  const readme = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Replaying webhook events offline'), readme.indexOf('### The path filter'));
  const sessions = [...section.matchAll(/```console\n\$ (.+)\n([\s\S]*?)```/g)].map((m) => [m[1], m[2]] as const);

  it('shows two commands, on event files made by the test body builders', () => {
    expect(sessions.length).toBe(2);
    const events = resolve(__dirname, 'events');
    expect(readFileSync(join(events, 'push-points-expiry.json'), 'utf8')).toBe(githubPush([{ modified: [loyalty] }], { ref: 'refs/heads/points-expiry' }));
    expect(readFileSync(join(events, 'push-main.json'), 'utf8')).toBe(githubPush(three));
  });

  it.each(sessions)('runs as written: %s', (command, output) => {
    const [npx, cli, ...args] = words(command);
    expect([npx, cli]).toEqual(['npx', 'cdk8s-tekton']);
    const r = spawnSync(process.execPath, [resolve(__dirname, '../../bin/cdk8s-tekton.js'), ...args], { cwd: resolve(__dirname, '../..'), encoding: 'utf8' });
    expect({ code: r.status, stderr: r.stderr, stdout: r.stdout }).toEqual({ code: 0, stderr: '', stdout: output });
  });
});
