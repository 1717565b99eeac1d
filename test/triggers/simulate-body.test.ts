// What a new user hit replaying GitHub deliveries: a form-encoded body (GitHub's default content
// type) and a binding that reads a field the event lacks. Each message names what to change.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { githubPush } from './push-bodies';
import { scratch, simulate } from './simulate-support';

const EXAMPLE = resolve(__dirname, '../../examples/loyalty-system/expected.k8s.yaml');
const { write } = scratch('cdk8s-tekton-simulate-body-');
const PUSH = githubPush([{ modified: ['services/loyalty/src/points.ts'] }]);
const FORM = 'is form-encoded (payload=...), not JSON: GitHub sends that when the webhook\'s "Content type" is application/x-www-form-urlencoded, its default, and Tekton Triggers reads the body as JSON, so no trigger would fire on it. Fix: in the repository\'s Settings > Webhooks, set "Content type" to application/json, redeliver the event from "Recent Deliveries", and replay that delivery\'s payload';

describe('simulate: the body as GitHub sent it', () => {
  it('a form-encoded delivery (payload=...): exit 2 naming the webhook setting; the JSON delivery then fires', async () => {
    const form = write(`payload=${encodeURIComponent(PUSH)}`);
    expect(await simulate([EXAMPLE, '--body', form, '--header', 'X-GitHub-Event: push'])).toEqual({ code: 2, stdout: '', stderr: `cdk8s-tekton simulate: --body ${form} ${FORM}\n` });
    const json = write(PUSH);
    const r = await simulate([EXAMPLE, '--body', json, '--header', 'X-GitHub-Event: push', '--format', 'json']);
    expect({ code: r.code, fired: JSON.parse(r.stdout).triggers.map((t: { fired: boolean }) => t.fired) }).toEqual({ code: 0, fired: [true] });
  });

  it('a Content-Type header that says form encoding, on a body that is not JSON: the same message', async () => {
    const body = write('ref=refs%2Fheads%2Fmain');
    const r = await simulate([EXAMPLE, '--body', body, '--header', 'X-GitHub-Event: push', '--header', 'Content-Type: application/x-www-form-urlencoded']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `cdk8s-tekton simulate: --body ${body} ${FORM}\n` });
  });

  it('a binding param that finds nothing in the event: the reason names the TriggerBinding to fix', async () => {
    const event = JSON.parse(PUSH);
    delete event.repository.ssh_url;
    const r = await simulate([EXAMPLE, '--body', write(JSON.stringify(event)), '--header', 'X-GitHub-Event: push', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).triggers.map((t: { fired: boolean; reason: string }) => [t.fired, t.reason])).toEqual([[
      false,
      'failed to replace JSONPath value for param repo-url: $(body.repository.ssh_url): "ssh_url" is not found. Fix: in TriggerBinding "github-push", make param repo-url read a field this event has, or give the template\'s param repo-url a default',
    ]]);
  });
});
