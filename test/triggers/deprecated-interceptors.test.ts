// Triggers' v1alpha1 interceptor forms older than `ref:` (`- cel: {filter, overlays}`,
// `- github: {secretRef, eventTypes}`, gitlab, bitbucket, `webhook: {objectRef}`): its webhook
// converts them to the ref form, so validate checks them as that form and simulate runs them as it.
// v1beta1 has no such fields.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateManifests } from '../../lib';
import { asRefForm } from '../../lib/facts/interceptors';
import { triggersCelEnvironment } from '../../lib/simulate/cel-env';
import { makeEvent } from '../../lib/simulate/event';
import { runChain } from '../../lib/simulate/interceptors';

const listener = (apiVersion: string, interceptors: unknown[]) => ({
  apiVersion: `triggers.tekton.dev/${apiVersion}`,
  kind: 'EventListener',
  metadata: { name: 'listener' },
  spec: { serviceAccountName: 'el', triggers: [{ name: 'push', interceptors, template: { ref: 'build' } }] },
});
const validate = (apiVersion: string, interceptors: unknown[]) => validateManifests([{ manifest: listener(apiVersion, interceptors), source: 'el.yaml' }], { checkRefsExist: false }).map(formatProblem);

const GITHUB = { github: { secretRef: { secretName: 'github-secret', secretKey: 'token' }, eventTypes: ['pull_request'] } };
const CEL = { cel: { filter: "body.action == 'opened'", overlays: [{ key: 'short_sha', expression: 'body.pull_request.head.sha.truncate(7)' }] } };

describe('the conversion Triggers\' v1alpha1 webhook makes', () => {
  it('turns each older form into ref and params, keeping the name, and leaves ref forms alone', () => {
    expect(asRefForm({ name: 'only-prs', ...GITHUB })).toEqual({
      name: 'only-prs',
      ref: { name: 'github', kind: 'ClusterInterceptor' },
      params: [{ name: 'secretRef', value: { secretName: 'github-secret', secretKey: 'token' } }, { name: 'eventTypes', value: ['pull_request'] }],
    });
    expect(asRefForm(CEL)).toEqual({ ref: { name: 'cel', kind: 'ClusterInterceptor' }, params: [{ name: 'filter', value: CEL.cel.filter }, { name: 'overlays', value: CEL.cel.overlays }] });
    expect(asRefForm({ gitlab: { eventTypes: ['Push Hook'] } })).toEqual({ ref: { name: 'gitlab', kind: 'ClusterInterceptor' }, params: [{ name: 'eventTypes', value: ['Push Hook'] }] });
    expect(asRefForm({ bitbucket: {} })).toEqual({ ref: { name: 'bitbucket', kind: 'ClusterInterceptor' }, params: [] });
    const ref = { ref: { name: 'cel' }, params: [{ name: 'filter', value: 'true' }], ...CEL };
    expect(asRefForm(ref)).toBe(ref);
  });
});

describe('validate: the older forms', () => {
  it('v1alpha1: accepted as their ref form, with the same checks', () => {
    expect(validate('v1alpha1', [GITHUB, CEL, { gitlab: { eventTypes: ['Push Hook'] } }, { bitbucket: { eventTypes: ['repo:refs_changed'] } }, { webhook: { objectRef: { kind: 'Service', apiVersion: 'v1', name: 'hook' } } }])).toEqual([]);
    expect(validate('v1alpha1', [{ cel: { filter: "body.action == 'opened' &&", overlays: [{ key: 'x', expression: 'body.(' }] } }, { cel: {} }, { ...GITHUB, gitlab: {} }])).toEqual([
      'EventListener "listener": spec.triggers[0].interceptors[0].cel.filter: the CEL filter does not parse: Unexpected token: EOF (got "body.action == \'opened\' &&"). Fix: correct the expression (see https://github.com/google/cel-spec for the syntax)',
      'EventListener "listener": spec.triggers[0].interceptors[0].cel.overlays[0].expression: the CEL overlay "x" does not parse: Expected IDENTIFIER, got LPAREN (got "body.("). Fix: correct the expression (see https://github.com/google/cel-spec for the syntax)',
      'EventListener "listener": spec.triggers[0].interceptors[1].cel: a cel interceptor needs a filter or overlays (got {}). Fix: add filter: <CEL expression>, or remove the interceptor',
      'EventListener "listener": spec.triggers[0].interceptors[2]: an interceptor sets one of webhook, github, gitlab and bitbucket; this one sets github, gitlab (got ["github","gitlab"]). Fix: split it into one interceptor per form',
    ]);
  });

  it('v1beta1: refused, with the ref form to write; the ref form is accepted', () => {
    expect(validate('v1beta1', [GITHUB])).toEqual([
      'EventListener "listener": spec.triggers[0].interceptors[0].github: `github:` is an interceptor form of triggers.tekton.dev/v1alpha1 only; v1beta1 has no such field, so the webhook finds no interceptor here (got {"secretRef":{"secretName":"github-secret","secretKey":"token"},"eventTypes":["pull_request"]}). Fix: write it as `ref: {name: github}` with its fields as params ([{name: secretRef, value: {...}}, {name: eventTypes, value: [...]}])',
    ]);
    expect(validate('v1beta1', [asRefForm(GITHUB), asRefForm(CEL)])).toEqual([]);
  });
});

describe('simulate: the older forms run as the ref form', () => {
  const body = JSON.stringify({ action: 'opened', pull_request: { head: { sha: 'a1b2f7075e6f' } } });
  const secrets = new Map([['github-secret/token', 'shh']]);
  const signature = `sha256=${createHmac('sha256', 'shh').update(body).digest('hex')}`;
  const ctx = (headers: Array<[string, string]>) => ({ event: makeEvent(body, headers, 'http://localhost:8080/'), secrets, cel: triggersCelEnvironment(secrets) });

  it('github then cel, in the older forms: the same steps as their ref forms', () => {
    const headers: Array<[string, string]> = [['X-GitHub-Event', 'pull_request'], ['X-Hub-Signature-256', signature]];
    const older = runChain(ctx(headers), [GITHUB, CEL]);
    expect(older).toEqual({
      steps: ['interceptor 1 (github): continue; event type pull_request allowed; signature valid', 'interceptor 2 (cel): continue; filter returned true; extensions.short_sha = "a1b2f70"'],
      extensions: { short_sha: 'a1b2f70' },
    });
    expect(runChain(ctx(headers), [asRefForm(GITHUB), asRefForm(CEL)])).toEqual(older);
    expect(runChain(ctx([['X-GitHub-Event', 'push']]), [GITHUB]).stoppedBy).toBe('interceptor 1 (github) stopped it: event type push is not allowed (X-GitHub-Event: "push"; eventTypes: pull_request)');
  });

  it('a webhook interceptor cannot run offline: the replay says which service it would call and that the outcome is unknown', () => {
    expect(runChain(ctx([]), [CEL, { name: 'enrich', webhook: { objectRef: { kind: 'Service', apiVersion: 'v1', name: 'pr-enricher', namespace: 'ci' } } }])).toEqual({
      steps: ['interceptor 1 (cel): continue; filter returned true; extensions.short_sha = "a1b2f70"'],
      stoppedBy: 'interceptor 2 "enrich" (webhook) stopped it: a webhook interceptor sends the event to Service "pr-enricher" in namespace "ci" over HTTP and the trigger goes on only if that service answers 200; simulate does not call it, so the replay stops here and whether the trigger fires is not known (the interceptors before it ran as shown)',
      extensions: { short_sha: 'a1b2f70' },
    });
  });
});
