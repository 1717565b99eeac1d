// The paths of the offline interceptors that test/simulate/interceptors.test.ts does not take:
// the github interceptor's signature, changed files and owners checks, a secret that is not given
// or not named, and the cel interceptor's overlays and failing parts. Each stop text is exact: it
// is what `simulate` prints for the trigger that did not fire.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { triggersCelEnvironment } from '../../lib/simulate/cel-env';
import { makeEvent } from '../../lib/simulate/event';
import { runChain } from '../../lib/simulate/interceptors';

const PUSH = JSON.stringify({
  ref: 'refs/heads/main',
  repository: { full_name: 'acme/shop' },
  commits: [
    { added: ['a.ts'], modified: ['b.ts'], removed: [] },
    { added: [], modified: [], removed: ['c.ts'] },
  ],
});
const secrets = new Map([['gh/token', 'gh-value']]);
const ctx = (body: string, headers: Array<[string, string]>) => ({ event: makeEvent(body, headers, 'http://localhost:8080/'), secrets, cel: triggersCelEnvironment(secrets) });
const ref = (name: string, params: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({ ref: { name }, params: Object.entries(params).map(([n, value]) => ({ name: n, value })), ...extra });
const hmac = (algorithm: string, key: string, body: string) => `${algorithm}=${createHmac(algorithm, key).update(body).digest('hex')}`;
const MISMATCH = 'payload signature check failed: the signature header is not the HMAC of the body with the --secret value; check the value, and that --body holds the bytes exactly as the provider sent them';

describe('github interceptor', () => {
  const signed = ref('github', { secretRef: { secretName: 'gh', secretKey: 'token' }, eventTypes: ['push'] });

  it('accepts X-Hub-Signature-256, or X-Hub-Signature (sha1) when the sha256 header is missing', () => {
    const ok = { steps: ['interceptor 1 (github): continue; event type push allowed; signature valid'], extensions: {} };
    expect(runChain(ctx(PUSH, [['X-GitHub-Event', 'push'], ['X-Hub-Signature-256', hmac('sha256', 'gh-value', PUSH)]]), [signed])).toEqual(ok);
    expect(runChain(ctx(PUSH, [['X-GitHub-Event', 'push'], ['X-Hub-Signature', hmac('sha1', 'gh-value', PUSH)]]), [signed])).toEqual(ok);
  });

  it('refuses a missing, malformed, wrong-key or truncated signature', () => {
    const stop = (headers: Array<[string, string]>) => runChain(ctx(PUSH, [['X-GitHub-Event', 'push'], ...headers]), [signed]).stoppedBy;
    const after = ' (after: event type push allowed)';
    expect(stop([])).toBe(`interceptor 1 (github) stopped it: Must set X-Hub-Signature-256 or X-Hub-Signature header${after}`);
    const good = hmac('sha256', 'gh-value', PUSH);
    for (const bad of [hmac('sha256', 'other', PUSH), good.slice(0, -2), `sha512=${good.slice(7)}`, `x${good}`, `${good}x`, good.toUpperCase()]) {
      expect(stop([['X-Hub-Signature-256', bad]])).toBe(`interceptor 1 (github) stopped it: ${MISMATCH}${after}`);
    }
  });

  it('skips the signature check when no --secret is given, and refuses a secretRef without a key', () => {
    const unknown = ref('github', { secretRef: { secretName: 'other', secretKey: 'token' } });
    expect(runChain(ctx(PUSH, [['X-GitHub-Event', 'push']]), [unknown]).steps).toEqual([
      'interceptor 1 (github): continue; X-GitHub-Event "push" (no eventTypes given); secret check skipped: no --secret other/token=VALUE given',
    ]);
    for (const secretRef of [{ secretName: 'gh' }, { secretName: 'gh', secretKey: '' }, 'gh']) {
      expect(runChain(ctx(PUSH, [['X-GitHub-Event', 'push']]), [ref('github', { secretRef })]).stoppedBy).toBe(
        'interceptor 1 (github) stopped it: github interceptor secretRef.secretKey is empty (after: X-GitHub-Event "push" (no eventTypes given))',
      );
    }
  });

  it('refuses form-encoded payloads before anything else', () => {
    expect(runChain(ctx(PUSH, [['X-GitHub-Event', 'push'], ['Content-Type', 'application/x-www-form-urlencoded']]), [signed]).stoppedBy).toBe(
      'interceptor 1 (github) stopped it: form parameter encoding not supported, please change the hook to send JSON payloads',
    );
    expect(runChain(ctx(PUSH, [['X-GitHub-Event', 'push'], ['Content-Type', 'application/json']]), [ref('github')]).steps).toEqual([
      'interceptor 1 (github): continue; X-GitHub-Event "push" (no eventTypes given)',
    ]);
  });

  it('adds changed_files of a push, in commit order; an event other than push passes without them', () => {
    const changed = ref('github', { addChangedFiles: { enabled: true } });
    expect(runChain(ctx(PUSH, [['X-GitHub-Event', 'push']]), [changed])).toEqual({
      steps: ['interceptor 1 (github): continue; X-GitHub-Event "push" (no eventTypes given); changed_files: a.ts,b.ts,c.ts'],
      extensions: { changed_files: 'a.ts,b.ts,c.ts' },
    });
    const none = JSON.stringify({ repository: { full_name: 'acme/shop' } });
    expect(runChain(ctx(none, [['X-GitHub-Event', 'push']]), [changed])).toEqual({
      steps: ['interceptor 1 (github): continue; X-GitHub-Event "push" (no eventTypes given); changed_files: (none)'],
      extensions: { changed_files: '' },
    });
    expect(runChain(ctx(PUSH, [['X-GitHub-Event', 'issues']]), [changed])).toEqual({ steps: ['interceptor 1 (github): continue; X-GitHub-Event "issues" (no eventTypes given)'], extensions: {} });
    expect(runChain(ctx(PUSH, [['X-GitHub-Event', 'push']]), [ref('github', { addChangedFiles: { enabled: false } })]).extensions).toEqual({});
    expect(runChain(ctx(PUSH, [['X-GitHub-Event', 'pull_request']]), [changed]).stoppedBy).toBe(
      'interceptor 1 (github) stopped it: addChangedFiles lists the files of a pull_request through the GitHub API, which simulate does not call (after: X-GitHub-Event "pull_request" (no eventTypes given))',
    );
  });

  it('stops on a push body changed_files cannot be read from, naming the missing field', () => {
    const changed = ref('github', { addChangedFiles: { enabled: true } });
    const stop = (body: unknown) => runChain(ctx(JSON.stringify(body), [['X-GitHub-Event', 'push']]), [changed]).stoppedBy?.replace(/ \(after: .*\)$/, '');
    const at = 'interceptor 1 (github) stopped it: error parsing body: ';
    expect(stop([1])).toBe(`${at}the body is not a JSON object`);
    expect(stop({})).toBe(`${at}payload body missing 'repository' field`);
    expect(stop({ repository: {} })).toBe(`${at}payload body missing 'repository.full_name' field`);
    expect(stop({ repository: { full_name: 'a/b' }, commits: [{ modified: [], removed: [] }] })).toBe(`${at}payload body missing 'commits.*.added' field`);
    expect(stop({ repository: { full_name: 'a/b' }, commits: [{ added: [], removed: [] }] })).toBe(`${at}payload body missing 'commits.*.modified' field`);
    expect(stop({ repository: { full_name: 'a/b' }, commits: [{ added: [], modified: [] }] })).toBe(`${at}payload body missing 'commits.*.removed' field`);
    expect(stop({ repository: { full_name: 'a/b' }, commits: ['x'] })).toBe(`${at}payload body missing 'commits.*.added' field`);
  });

  it('stops where githubOwners would ask the GitHub API: pull requests and issue comments only', () => {
    const owners = ref('github', { githubOwners: { enabled: true } });
    const api = 'githubOwners asks the GitHub API who may run the pipeline, which simulate does not call';
    expect(runChain(ctx(PUSH, [['X-GitHub-Event', 'pull_request']]), [owners]).stoppedBy).toBe(`interceptor 1 (github) stopped it: ${api} (after: X-GitHub-Event "pull_request" (no eventTypes given))`);
    expect(runChain(ctx(PUSH, [['X-GitHub-Event', 'issue_comment']]), [owners]).stoppedBy).toBe(`interceptor 1 (github) stopped it: ${api} (after: X-GitHub-Event "issue_comment" (no eventTypes given))`);
    expect(runChain(ctx(PUSH, [['X-GitHub-Event', 'push']]), [owners]).stoppedBy).toBeUndefined();
    expect(runChain(ctx(PUSH, [['X-GitHub-Event', 'pull_request']]), [ref('github', { githubOwners: { enabled: false } })]).stoppedBy).toBeUndefined();
  });
});

describe('gitlab and bitbucket secrets', () => {
  it('skip the check when no --secret is given and refuse an empty secretKey, naming the interceptor', () => {
    const c = ctx(PUSH, [['X-Gitlab-Event', 'Push Hook'], ['X-Event-Key', 'repo:push']]);
    expect(runChain(c, [ref('gitlab', { secretRef: { secretName: 'gl', secretKey: 'token' } }), ref('bitbucket', { secretRef: { secretName: 'bb', secretKey: 'k' } })]).steps).toEqual([
      'interceptor 1 (gitlab): continue; X-Gitlab-Event "Push Hook" (no eventTypes given); secret check skipped: no --secret gl/token=VALUE given',
      'interceptor 2 (bitbucket): continue; secret check skipped: no --secret bb/k=VALUE given; X-Event-Key "repo:push" (no eventTypes given)',
    ]);
    expect(runChain(c, [ref('gitlab', { secretRef: {} })]).stoppedBy).toBe(
      'interceptor 1 (gitlab) stopped it: gitlab interceptor secretRef.secretKey is empty (after: X-Gitlab-Event "Push Hook" (no eventTypes given))',
    );
    expect(runChain(c, [ref('bitbucket', { secretRef: {} })]).stoppedBy).toBe('interceptor 1 (bitbucket) stopped it: bitbucket interceptor secretRef.secretKey is empty');
  });

  it('bitbucket refuses a wrong signature', () => {
    const bb = ref('bitbucket', { secretRef: { secretName: 'gh', secretKey: 'token' } });
    expect(runChain(ctx(PUSH, [['X-Hub-Signature', hmac('sha256', 'wrong', PUSH)]]), [bb]).stoppedBy).toBe(`interceptor 1 (bitbucket) stopped it: ${MISMATCH}`);
  });
});

describe('cel interceptor', () => {
  it('names the part of a && filter that is false, or that fails', () => {
    const c = ctx(PUSH, []);
    expect(runChain(c, [ref('cel', { filter: 'body.ref == "refs/heads/main" && body.repository.full_name == "x"' })]).stoppedBy).toBe(
      'interceptor 1 (cel) stopped it: expression body.ref == "refs/heads/main" && body.repository.full_name == "x" did not return true; the part that is false: body.repository.full_name == "x"',
    );
    expect(runChain(c, [ref('cel', { filter: 'body.ref == "x" && body.nope == 1' })]).stoppedBy).toBe(
      'interceptor 1 (cel) stopped it: expression body.ref == "x" && body.nope == 1 did not return true; the part that is false: body.ref == "x"',
    );
    expect(runChain(c, [ref('cel', { filter: 'body.ref == "refs/heads/main" && body.commits.size() == "2"' })]).stoppedBy).toMatch(
      /^interceptor 1 \(cel\) stopped it: error evaluating cel expression: expression "body\.ref == \\"refs\/heads\/main\\" && body\.commits\.size\(\) == \\"2\\"" failed: .+$/,
    );
    expect(runChain(c, [ref('cel', { filter: 'body.ref == "refs/heads/main" && body.commits.size() == 3' })]).stoppedBy).toBe(
      'interceptor 1 (cel) stopped it: expression body.ref == "refs/heads/main" && body.commits.size() == 3 did not return true; the part that is false: body.commits.size() == 3',
    );
  });

  it('runs an empty filter as none, skips malformed overlays, stops on a failing overlay, and keeps __proto__ a plain key', () => {
    const c = ctx(PUSH, []);
    expect(runChain(c, [ref('cel', { filter: '', overlays: [{ key: 'a' }, { expression: '1' }, 'x', { key: 'n', expression: '1 + 1' }] })])).toEqual({
      steps: ['interceptor 1 (cel): continue; extensions.n = 2'],
      extensions: { n: 2 },
    });
    expect(runChain(c, [ref('cel', { overlays: [{ key: 'a', expression: 'body.nope' }] })]).stoppedBy).toBe(
      'interceptor 1 (cel) stopped it: error evaluating cel expression: expression "body.nope" failed: No such key: nope',
    );
    const polluted = runChain(c, [ref('cel', { overlays: [{ key: '__proto__.x', expression: '"y"' }, { key: 'a.b.c', expression: '1' }, { key: 'a.b.d', expression: '2' }] })]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(JSON.stringify(polluted.extensions)).toBe('{"__proto__":{"x":"y"},"a":{"b":{"c":1,"d":2}}}');
    expect(runChain(c, [ref('cel', { overlays: [] })])).toEqual({ steps: ['interceptor 1 (cel): continue'], extensions: {} });
  });

  it('stops on a body that is not a JSON object, and passes extensions of an earlier chain on', () => {
    expect(runChain(ctx('[1]', []), [ref('cel', { filter: 'true' })]).stoppedBy).toBe('interceptor 1 (cel) stopped it: error making the evaluation context: the body is not a JSON object');
    expect(runChain(ctx(PUSH, []), [ref('cel', { filter: 'extensions.from == "group"' })], { from: 'group' })).toEqual({
      steps: ['interceptor 1 (cel): continue; filter returned true'],
      extensions: { from: 'group' },
    });
  });
});

describe('interceptors that do not run offline', () => {
  it('names the webhook target: a Service in a namespace, a URL, or neither; and a named or cluster-kind ref', () => {
    const c = ctx(PUSH, []);
    const tail = ' over HTTP and the trigger goes on only if that service answers 200; simulate does not call it, so the replay stops here and whether the trigger fires is not known (the interceptors before it ran as shown)';
    expect(runChain(c, [{ name: 'hook', webhook: { objectRef: { name: 'svc', namespace: 'ci' } } }]).stoppedBy).toBe(
      `interceptor 1 "hook" (webhook) stopped it: a webhook interceptor sends the event to Service "svc" in namespace "ci"${tail}`,
    );
    expect(runChain(c, [{ webhook: { url: 'http://hook.example/' } }]).stoppedBy).toBe(`interceptor 1 (webhook) stopped it: a webhook interceptor sends the event to "http://hook.example/"${tail}`);
    expect(runChain(c, [{ webhook: {} }]).stoppedBy).toBe(`interceptor 1 (webhook) stopped it: a webhook interceptor sends the event to a service${tail}`);
    expect(runChain(c, [{ webhook: 'x' }]).stoppedBy).toBe(`interceptor 1 (webhook) stopped it: a webhook interceptor sends the event to a service${tail}`);
    expect(runChain(c, [{ ref: { name: 'cel', kind: 'ClusterInterceptor' }, params: [{ name: 'filter', value: 'true' }] }]).steps).toEqual(['interceptor 1 (cel): continue; filter returned true']);
    expect(runChain(c, [{}]).stoppedBy).toBe('interceptor 1 (no ref) stopped it: only the core interceptors github, gitlab, bitbucket and cel run offline; this one would be called over HTTP in the cluster');
    expect(runChain(c, 'not a list')).toEqual({ steps: [], extensions: {} });
  });
});

describe('edges the first mutation run found', () => {
  const c = ctx(PUSH, [['X-Gitlab-Event', 'Note Hook'], ['X-GitHub-Event', 'pull_request'], ['X-Hub-Signature-256', hmac('sha256', 'gh-value', PUSH)]]);

  it('lists every allowed event type in a refusal, and every note before a stop', () => {
    expect(runChain(c, [ref('gitlab', { eventTypes: ['Push Hook', 'Tag Push Hook'] })]).stoppedBy).toBe(
      'interceptor 1 (gitlab) stopped it: event type Note Hook is not allowed (X-Gitlab-Event: "Note Hook"; eventTypes: Push Hook, Tag Push Hook)',
    );
    const gh = ref('github', { secretRef: { secretName: 'gh', secretKey: 'token' }, eventTypes: ['pull_request'], addChangedFiles: { enabled: true } });
    expect(runChain(c, [gh]).stoppedBy).toBe(
      'interceptor 1 (github) stopped it: addChangedFiles lists the files of a pull_request through the GitHub API, which simulate does not call (after: event type pull_request allowed; signature valid)',
    );
  });

  it('runs gitlab without a secretRef, and reads only params that are objects with a text name', () => {
    expect(runChain(c, [ref('gitlab')]).steps).toEqual(['interceptor 1 (gitlab): continue; X-Gitlab-Event "Note Hook" (no eventTypes given)']);
    const entry = { ref: { name: 'gitlab' }, params: [null, 'eventTypes', { name: ['eventTypes'], value: ['Push Hook'] }, { value: ['Push Hook'] }] };
    expect(runChain(c, [entry]).steps).toEqual(['interceptor 1 (gitlab): continue; X-Gitlab-Event "Note Hook" (no eventTypes given)']);
  });

  it('runs a core name only as a cluster interceptor; a ref with a webhook field is still that ref', () => {
    const stop = 'only the core interceptors github, gitlab, bitbucket and cel run offline; this one would be called over HTTP in the cluster';
    expect(runChain(c, [{ ref: { name: 'cel', kind: 'NamespacedInterceptor' }, params: [{ name: 'filter', value: 'true' }] }]).stoppedBy).toBe(`interceptor 1 (cel) stopped it: ${stop}`);
    expect(runChain(c, [{ ref: { name: 'custom' }, webhook: { url: 'http://x/' } }]).stoppedBy).toBe(`interceptor 1 (custom) stopped it: ${stop}`);
    expect(runChain(c, [{ webhook: { objectRef: {} } }]).stoppedBy).toMatch(/^interceptor 1 \(webhook\) stopped it: a webhook interceptor sends the event to Service "" over HTTP/);
  });

  it('names the part of a filter that fails when the whole is false without an error', () => {
    expect(runChain(c, [ref('cel', { filter: 'body.nope == 1 && false' })]).stoppedBy).toBe(
      'interceptor 1 (cel) stopped it: expression body.nope == 1 && false did not return true; the part that fails: body.nope == 1',
    );
  });
});
