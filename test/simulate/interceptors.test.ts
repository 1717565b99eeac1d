import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { triggersCelEnvironment } from '../../lib/simulate/cel-env';
import { simulateEvent } from '../../lib/simulate/engine';
import { makeEvent } from '../../lib/simulate/event';
import { runChain } from '../../lib/simulate/interceptors';

const BODY = JSON.stringify({ eventKey: 'repo:refs_changed', changes: [{ refId: 'refs/heads/main', toHash: 'f00d' }], repository: { slug: 'shop' } });
const secrets = new Map([['bb-secret/token', 'bb-value']]);
const ctx = (headers: Array<[string, string]>) => ({ event: makeEvent(BODY, headers, 'http://localhost:8080/'), secrets, cel: triggersCelEnvironment(secrets) });
const ref = (name: string, params: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({ ref: { name }, params: Object.entries(params).map(([n, value]) => ({ name: n, value })), ...extra });

describe('interceptor chains', () => {
  it('runs bitbucket: the X-Hub-Signature HMAC when the secret is given, then eventTypes against X-Event-Key', () => {
    const signature = `sha256=${createHmac('sha256', 'bb-value').update(BODY).digest('hex')}`;
    const bb = ref('bitbucket', { secretRef: { secretName: 'bb-secret', secretKey: 'token' }, eventTypes: ['repo:refs_changed'] });
    expect(runChain(ctx([['X-Event-Key', 'repo:refs_changed'], ['X-Hub-Signature', signature]]), [bb])).toEqual({
      steps: ['interceptor 1 (bitbucket): continue; signature valid; event type repo:refs_changed allowed'],
      extensions: {},
    });
    expect(runChain(ctx([['X-Event-Key', 'pr:opened'], ['X-Hub-Signature', signature]]), [bb]).stoppedBy).toBe(
      'interceptor 1 (bitbucket) stopped it: event type pr:opened is not allowed (X-Event-Key: "pr:opened"; eventTypes: repo:refs_changed) (after: signature valid)',
    );
    expect(runChain(ctx([['X-Event-Key', 'repo:refs_changed']]), [bb]).stoppedBy).toBe('interceptor 1 (bitbucket) stopped it: no X-Hub-Signature header set');
  });

  it('runs gitlab: the X-Gitlab-Token must be there and equal the secret, then eventTypes against X-Gitlab-Event', () => {
    const glSecrets = new Map([['gl-secret/token', 'gl-value']]);
    const glCtx = (headers: Array<[string, string]>) => ({ event: makeEvent(BODY, headers, 'http://localhost:8080/'), secrets: glSecrets, cel: triggersCelEnvironment(glSecrets) });
    const gl = ref('gitlab', { secretRef: { secretName: 'gl-secret', secretKey: 'token' }, eventTypes: ['Push Hook'] });
    expect(runChain(glCtx([['X-Gitlab-Event', 'Push Hook'], ['X-Gitlab-Token', 'gl-value']]), [gl])).toEqual({
      steps: ['interceptor 1 (gitlab): continue; event type Push Hook allowed; X-Gitlab-Token valid'],
      extensions: {},
    });
    // A missing token is refused like a wrong one: the interceptor fails closed.
    expect(runChain(glCtx([['X-Gitlab-Event', 'Push Hook']]), [gl]).stoppedBy).toBe(
      'interceptor 1 (gitlab) stopped it: no X-GitLab-Token header set (after: event type Push Hook allowed)',
    );
    expect(runChain(glCtx([['X-Gitlab-Event', 'Push Hook'], ['X-Gitlab-Token', '']]), [gl]).stoppedBy).toBe(
      'interceptor 1 (gitlab) stopped it: no X-GitLab-Token header set (after: event type Push Hook allowed)',
    );
    for (const wrong of ['gl-valuf', 'gl-value-and-more', 'gl']) {
      expect(runChain(glCtx([['X-Gitlab-Event', 'Push Hook'], ['X-Gitlab-Token', wrong]]), [gl]).stoppedBy).toBe(
        'interceptor 1 (gitlab) stopped it: Invalid X-GitLab-Token (after: event type Push Hook allowed)',
      );
    }
    expect(runChain(glCtx([['X-Gitlab-Event', 'Tag Push Hook'], ['X-Gitlab-Token', 'gl-value']]), [gl]).stoppedBy).toBe(
      'interceptor 1 (gitlab) stopped it: event type Tag Push Hook is not allowed (X-Gitlab-Event: "Tag Push Hook"; eventTypes: Push Hook)',
    );
  });

  it('passes cel overlays on to later interceptors, nesting dotted keys', () => {
    const chain = runChain(ctx([['X-Event-Key', 'repo:refs_changed']]), [
      ref('cel', { overlays: [{ key: 'git.branch', expression: 'body.changes[0].refId.split("/").last()' }, { key: 'git\\.raw', expression: 'body.changes[0].toHash' }] }),
      ref('cel', { filter: 'extensions.git.branch == "main"' }, { name: 'main-only' }),
    ]);
    expect(chain).toEqual({
      steps: ['interceptor 1 (cel): continue; extensions.git.branch = "main"; extensions.git\\.raw = "f00d"', 'interceptor 2 "main-only" (cel): continue; filter returned true'],
      extensions: { git: { branch: 'main' }, 'git.raw': 'f00d' },
    });
  });

  it('stops on a CEL expression that fails to evaluate, or does not return a bool true', () => {
    const c = ctx([]);
    expect(runChain(c, [ref('cel', { filter: 'body.missing == "x"' })]).stoppedBy).toBe(
      'interceptor 1 (cel) stopped it: error evaluating cel expression: expression "body.missing == \\"x\\"" failed: No such key: missing',
    );
    expect(runChain(c, [ref('cel', { filter: 'body.repository.slug' })]).stoppedBy).toBe('interceptor 1 (cel) stopped it: expression body.repository.slug did not return true');
    expect(runChain(c, [ref('cel', { filter: 'body.repository.slug == ' })]).stoppedBy).toBe(
      'interceptor 1 (cel) stopped it: error evaluating cel expression: expression "body.repository.slug == " failed: Unexpected token: EOF',
    );
  });

  it('cannot run custom or webhook interceptors offline, and says so', () => {
    const stop = 'only the core interceptors github, gitlab, bitbucket and cel run offline; this one would be called over HTTP in the cluster';
    expect(runChain(ctx([]), [{ ref: { name: 'add-pr-body', kind: 'NamespacedInterceptor' } }]).stoppedBy).toBe(`interceptor 1 (add-pr-body) stopped it: ${stop}`);
    expect(runChain(ctx([]), [{ webhook: { objectRef: { kind: 'Service', apiVersion: 'v1', name: 'x' } } }]).stoppedBy).toBe(
      'interceptor 1 (webhook) stopped it: a webhook interceptor sends the event to Service "x" over HTTP and the trigger goes on only if that service answers 200; simulate does not call it, so the replay stops here and whether the trigger fires is not known (the interceptors before it ran as shown)',
    );
  });

  it('reads triggers.tekton.dev/v1alpha1 listeners too', () => {
    const listener = {
      apiVersion: 'triggers.tekton.dev/v1alpha1',
      kind: 'EventListener',
      metadata: { name: 'old' },
      spec: { triggers: [{ name: 't', interceptors: [ref('bitbucket', { eventTypes: ['repo:refs_changed'] })], bindings: [{ name: 'sha', value: '$(body.changes[0].toHash)' }], template: { spec: { params: [{ name: 'sha' }], resourcetemplates: [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { sha: '$(tt.params.sha)' } }] } } }] },
    };
    const [outcome] = simulateEvent([listener], makeEvent(BODY, [['X-Event-Key', 'repo:refs_changed']], 'http://localhost:8080/'), new Map());
    expect(outcome.fired).toBe(true);
    expect(outcome.resources[0].data).toEqual({ sha: 'f00d' });
  });
});
