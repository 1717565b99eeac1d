// The loyalty-system example's committed output, replayed with `cdk8s-tekton simulate` against
// GitHub deliveries: the trigger fires exactly for pushes to main that touch services/loyalty/,
// and the PipelineRun it creates carries the pushed commit and the repository URL.
import { createHmac } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/simulate';
import { githubPullRequest, githubPush, sha } from './push-bodies';

const OUTPUT = resolve(__dirname, '../../examples/loyalty-system/expected.k8s.yaml');
const DIR = mkdtempSync(join(tmpdir(), 'cdk8s-tekton-loyalty-'));
const WEBHOOK_SECRET = 'not-a-real-secret-value';

async function simulate(body: string, event: string, extra: string[] = []): Promise<{ code: number; result: any }> {
  const file = join(DIR, `${createHmac('sha256', 'k').update(body + event).digest('hex').slice(0, 12)}.json`);
  writeFileSync(file, body);
  let out = '';
  const code = await main([OUTPUT, '--body', file, '--header', `X-GitHub-Event: ${event}`, '--format', 'json', ...extra], (s) => (out += s), (s) => (out += s));
  return { code, result: JSON.parse(out) };
}

const loyalty = 'services/loyalty/src/points.ts';
const CASES: Array<[string, string, string, boolean]> = [
  ['a push touching the folder', githubPush([{ modified: [loyalty] }]), 'push', true],
  ['docs only', githubPush([{ modified: ['docs/loyalty.md'] }]), 'push', false],
  ['only the third of three commits touching it', githubPush([{ modified: ['docs/a.md'] }, { added: ['services/checkout/cart.ts'] }, { added: ['services/loyalty/api/openapi.yaml'] }]), 'push', true],
  ['a push that only deletes a file there', githubPush([{ removed: ['services/loyalty/legacy/old.ts'] }]), 'push', true],
  ['another branch', githubPush([{ modified: [loyalty] }], { ref: 'refs/heads/points-expiry' }), 'push', false],
  ['a sibling folder with the same prefix', githubPush([{ modified: ['services/loyalty-v2/src/app.ts'] }]), 'push', false],
  ['the folder name deeper in another path', githubPush([{ added: ['vendor/services/loyalty/x.go'] }]), 'push', false],
  ['a deleted branch', githubPush([{ modified: [loyalty] }], { deleted: true }), 'push', false],
  ['a tag push', githubPush([{ modified: [loyalty] }], { ref: 'refs/tags/v1.4.0' }), 'push', false],
  ['a pull_request event', githubPullRequest(), 'pull_request', false],
];

describe('examples/loyalty-system replayed with simulate', () => {
  it.each(CASES)('%s', async (_, body, event, fires) => {
    const { code, result } = await simulate(body, event);
    expect(code).toBe(0);
    expect(result.triggers.map((t: any) => [t.eventListener, t.trigger, t.fired])).toEqual([['loyalty-listener', 'loyalty-push', fires]]);
  });

  it('the PipelineRun carries the pushed commit and the repository URL', async () => {
    const { result } = await simulate(githubPush([{ modified: ['docs/a.md'] }, { modified: [loyalty] }]), 'push');
    const [run] = result.triggers[0].resources;
    expect([run.kind, run.metadata.generateName, run.spec.pipelineRef, run.spec.params]).toEqual([
      'PipelineRun', 'loyalty-build-', { name: 'loyalty-build' },
      [{ name: 'repo-url', value: 'git@github.com:acme/monorepo.git' }, { name: 'revision', value: sha(2) }],
    ]);
  });

  it('checks the webhook signature with the secret the listener refers to', async () => {
    const body = githubPush([{ modified: [loyalty] }]);
    const signature = `sha256=${createHmac('sha256', WEBHOOK_SECRET).update(body).digest('hex')}`;
    const secret = ['--secret', `github-webhook/token=${WEBHOOK_SECRET}`];
    expect((await simulate(body, 'push', [...secret, '--header', `X-Hub-Signature-256: ${signature}`])).result.triggers[0].fired).toBe(true);
    const forged = await simulate(body, 'push', [...secret, '--header', `X-Hub-Signature-256: sha256=${'0'.repeat(64)}`]);
    expect(forged.result.triggers[0].fired).toBe(false);
    expect(forged.result.triggers[0].reason).toBe('interceptor 1 (github) stopped it: payload signature check failed: the signature header is not the HMAC of the body with the --secret value; check the value, and that --body holds the bytes exactly as the provider sent them (after: event type push allowed)');
  });
});
