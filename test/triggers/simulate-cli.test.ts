import { spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { githubPush, gitlabPush } from './push-bodies';
import { scratch, simulate } from './simulate-support';

const FIXTURES = resolve(__dirname, 'fixtures');
const BIN = resolve(__dirname, '../../bin/cdk8s-tekton.js');
const { dir: root, write } = scratch('cdk8s-tekton-simulate-cli-');

const PUSH = githubPush([{ modified: ['services/loyalty/src/points.ts'] }]);
const SECRET = 's3cr3t-webhook-value';
const signed = (body: string, secret: string) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

describe('simulate: webhook secrets', () => {
  it('checks the GitHub signature when --secret is given, and never prints the secret', async () => {
    const body = write(PUSH);
    const r = await simulate([FIXTURES, '--body', body, '--header', 'X-GitHub-Event: push', '--header', `X-Hub-Signature-256: ${signed(PUSH, SECRET)}`, '--secret', `github-webhook/token=${SECRET}`]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(2, 5)).toEqual([
      'EventListener "loyalty" trigger "github-loyalty": fired',
      '  interceptor 1 "github" (github): continue; event type push allowed; signature valid',
      '  interceptor 2 "only-when-changed" (cel): continue; filter returned true',
    ]);
    expect(r.stdout).not.toContain(SECRET);
  });

  it('signs the body bytes as read, even bytes that are not valid UTF-8', async () => {
    const fixed = Buffer.from(PUSH.replace('change 1 of 1', 'caf\u00e9'), 'latin1');
    expect(fixed.includes(Buffer.from([0x63, 0x61, 0x66, 0xe9]))).toBe(true);
    const path = join(root, 'latin1.json');
    writeFileSync(path, fixed);
    const signature = `sha256=${createHmac('sha256', SECRET).update(fixed).digest('hex')}`;
    const r = await simulate([FIXTURES, '--body', path, '--header', 'X-GitHub-Event: push', '--header', `X-Hub-Signature-256: ${signature}`, '--secret', `github-webhook/token=${SECRET}`]);
    expect(r.stdout.split('\n')[3]).toBe('  interceptor 1 "github" (github): continue; event type push allowed; signature valid');
  });

  it('stops the trigger when the signature does not match or is missing', async () => {
    const body = write(PUSH);
    const wrong = await simulate([FIXTURES, '--body', body, '--header', 'X-GitHub-Event: push', '--header', `X-Hub-Signature-256: ${signed(PUSH, 'other')}`, '--secret', `github-webhook/token=${SECRET}`, '--format', 'json']);
    expect(JSON.parse(wrong.stdout).triggers[0]).toEqual({
      eventListener: 'loyalty',
      trigger: 'github-loyalty',
      fired: false,
      reason:
        'interceptor 1 "github" (github) stopped it: payload signature check failed: the signature header is not the HMAC of the body with the --secret value; check the value, and that --body holds the bytes exactly as the provider sent them (after: event type push allowed)',
      resources: [],
    });
    const missing = await simulate([FIXTURES, '--body', body, '--header', 'X-GitHub-Event: push', '--secret', `github-webhook/token=${SECRET}`, '--format', 'json']);
    expect(JSON.parse(missing.stdout).triggers[0].reason).toBe('interceptor 1 "github" (github) stopped it: Must set X-Hub-Signature-256 or X-Hub-Signature header (after: event type push allowed)');
    expect(wrong.stdout + missing.stdout).not.toContain(SECRET);
  });

  it('compares the GitLab token when --secret is given', async () => {
    const body = write(gitlabPush([{ modified: ['services/loyalty/src/points.ts'] }]));
    const run = (token: string) => simulate([FIXTURES, '--body', body, '--header', 'X-Gitlab-Event: Push Hook', '--header', `X-Gitlab-Token: ${token}`, '--secret', 'gitlab-webhook/token=gl-token-1', '--format', 'json']);
    const ok = JSON.parse((await run('gl-token-1')).stdout).triggers[1];
    expect([ok.trigger, ok.fired]).toEqual(['gitlab-loyalty', true]);
    const bad = await run('gl-token-2');
    expect(JSON.parse(bad.stdout).triggers[1].reason).toBe('interceptor 1 "gitlab" (gitlab) stopped it: Invalid X-GitLab-Token (after: event type Push Hook allowed)');
    expect(bad.stdout).not.toContain('gl-token');
  });
});

const CHANGED_FILES = `apiVersion: triggers.tekton.dev/v1beta1
kind: EventListener
metadata:
  name: changed-files
  namespace: ci
spec:
  triggers:
    - triggerRef: loyalty-changed
    - triggerRef: missing-trigger
  triggerGroups:
    - name: github-pushes
      interceptors:
        - ref:
            name: github
          params:
            - name: eventTypes
              value: [pull_request]
      triggerSelector:
        labelSelector:
          matchLabels:
            team: loyalty
---
apiVersion: triggers.tekton.dev/v1beta1
kind: Trigger
metadata:
  name: loyalty-changed
  labels:
    team: loyalty
spec:
  interceptors:
    - ref:
        name: github
      params:
        - name: addChangedFiles
          value:
            enabled: true
    - ref:
        name: cel
      params:
        - name: filter
          value: extensions.changed_files.split(',').exists(f, f.startsWith('services/loyalty/'))
        - name: overlays
          value:
            - key: branch
              expression: body.ref.split('/').last()
            - key: short.sha
              expression: body.after.truncate(7)
            - key: event
              expression: header.canonical('x-github-event')
            - key: pusher
              expression: marshalJSON(body.pusher)
            - key: files
              expression: extensions.changed_files.split(',').size()
  bindings:
    - name: changed
      value: $(extensions.changed_files)
    - name: summary
      value: $(extensions.branch)@$(extensions.short.sha) $(extensions.event) by $(extensions.pusher) ($(extensions.files) files), delivery $(header.x-github-delivery)
  template:
    spec:
      params:
        - name: changed
        - name: summary
      resourcetemplates:
        - apiVersion: v1
          kind: ConfigMap
          metadata:
            name: push-$(uid)
          data:
            changed: $(tt.params.changed)
            summary: $(tt.params.summary)
            # $(context.eventID) is read by bindings only: in a template it stays as written.
            event: $(tt.params.changed) $(context.eventID)
`;

describe('simulate: interceptors, bindings and templates', () => {
  it('computes changed_files as the github interceptor does, runs CEL overlays with Tekton functions, and fills bindings from extensions and headers', async () => {
    const files = write(CHANGED_FILES, 'changed/listener.yaml');
    const body = write(githubPush([{ modified: ['docs/a.md'] }, { added: ['services/checkout/cart.ts'], removed: ['services/checkout/old.ts'] }, { added: ['services/loyalty/api/openapi.yaml'] }]));
    const r = await simulate([files, '--body', body, '--header', 'X-GitHub-Event: push', '--header', 'X-GitHub-Delivery: 72d3162e-cc78-11e3-81ab-4c9367dc0958']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(FIXTURES, 'changed-files.txt'), 'utf8'));
  });

  it('exits 1 when a rendered resource is invalid, and says which template to fix', async () => {
    const listener = readFileSync(join(FIXTURES, 'loyalty-listener.yaml'), 'utf8');
    const start = listener.indexOf('        workspaces:\n          - name: source\n');
    const broken = listener.slice(0, start) + listener.slice(listener.indexOf('---', start));
    write(readFileSync(join(FIXTURES, 'loyalty-pipeline.yaml'), 'utf8'), 'broken/pipeline.yaml');
    write(broken, 'broken/listener.yaml');
    const r = await simulate([join(root, 'broken'), '--body', write(PUSH), '--header', 'X-GitHub-Event: push']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '  invalid: PipelineRun (generateName "loyalty-build-"): spec.workspaces: Pipeline "loyalty-build" requires workspace "source", which is not bound. Fix: add a binding named "source" to spec.workspaces, or mark the workspace optional\n' +
        '  (the resource comes from TriggerTemplate "loyalty-build" resourcetemplates[0]: fix it there)\n',
    );
    expect(r.stdout.endsWith('1 of 2 triggers fired; 1 resource rendered, 1 invalid\nnote: the files given have 1 problem of their own; cdk8s-tekton validate lists them\n')).toBe(true);
    const json = await simulate([join(root, 'broken'), '--body', write(PUSH), '--header', 'X-GitHub-Event: push', '--format', 'json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).problems).toEqual([
      {
        eventListener: 'loyalty',
        trigger: 'github-loyalty',
        template: 'TriggerTemplate "loyalty-build" resourcetemplates[0]',
        resource: 'PipelineRun (generateName "loyalty-build-")',
        field: 'spec.workspaces',
        message: 'Pipeline "loyalty-build" requires workspace "source", which is not bound',
        fix: 'add a binding named "source" to spec.workspaces, or mark the workspace optional',
        rule: expect.any(String),
        severity: 'error',
      },
    ]);
  });

  it('does not fire a trigger whose binding is not among the files, and says what is there', async () => {
    const listener = readFileSync(join(FIXTURES, 'loyalty-listener.yaml'), 'utf8').replace('- ref: github-push', '- ref: github-pushes');
    write(listener, 'nobinding/listener.yaml');
    const r = await simulate([join(root, 'nobinding'), '--body', write(PUSH), '--header', 'X-GitHub-Event: push', '--format', 'json', '--allow-external-refs']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).triggers[0].reason).toBe('TriggerBinding "github-pushes" is not among the files given (TriggerBindings there: github-push, gitlab-push); pass the file that defines it');
  });
});

describe('simulate: usage and exit codes', () => {
  it.each([
    [['--body', 'x.json'], 'no files or directories given'],
    [[FIXTURES, '--header', 'X-GitHub-Event: push'], '--body is required: the file holding the event body (JSON)'],
    [[FIXTURES, '--body', 'x.json', '--header', 'X-GitHub-Event push'], "--header takes 'Name: value', not \"X-GitHub-Event push\""],
    [[FIXTURES, '--body', 'x.json', '--secret', 'github-webhook=abc'], '--secret takes NAME/KEY=VALUE (the Secret\'s name, the key in it, the value), not "github-webhook=..."'],
    [[FIXTURES, '--body', 'x.json', '--format', 'yaml'], '--format must be text or json, not "yaml"'],
    [[FIXTURES, '--body', 'x.json', '--verbose'], 'unknown option --verbose'],
  ])('exits 2 on %j', async (args, message) => {
    const r = await simulate(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(`cdk8s-tekton simulate: ${message}`);
  });

  it('prints its help with exit 0, and exits 2 when the body file cannot be read', async () => {
    const help = await simulate(['--help']);
    expect([help.code, help.stdout.split('\n')[0], help.stderr]).toEqual([0, "usage: cdk8s-tekton simulate <files|dirs...> --body event.json --header 'X-GitHub-Event: push' [options]", '']);
    const missing = await simulate([FIXTURES, '--body', join(root, 'no-such-event.json')]);
    expect([missing.code, missing.stdout, missing.stderr]).toEqual([2, '', `cdk8s-tekton simulate: --body ${join(root, 'no-such-event.json')} cannot be read (ENOENT)\n`]);
  });

  it('exits 2 when no EventListener is among the files', async () => {
    const r = await simulate([join(FIXTURES, 'loyalty-pipeline.yaml'), '--body', write(PUSH)]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toMatch(/^cdk8s-tekton simulate: no EventListener among the 1 files given \(.*loyalty-pipeline\.yaml\)$/);
  });

  it('runs as a real process: exit 0 with the same text as in process, exit 2 for a body that is not JSON', async () => {
    const body = write(PUSH);
    const real = spawnSync(process.execPath, [BIN, 'simulate', FIXTURES, '--body', body, '--header', 'X-GitHub-Event: push'], { encoding: 'utf8', env: { ...process.env, CDK8S_CHECK_UPGRADE: 'false' } });
    expect({ code: real.status, stderr: real.stderr, stdout: real.stdout }).toEqual({ code: 0, stderr: '', stdout: readFileSync(join(FIXTURES, 'push-touching-loyalty.txt'), 'utf8') });
    const notJson = write('{"ref": "refs/heads/main", ');
    const bad = spawnSync(process.execPath, [BIN, 'simulate', FIXTURES, '--body', notJson, '--header', 'X-GitHub-Event: push'], { encoding: 'utf8' });
    expect({ code: bad.status, stdout: bad.stdout }).toEqual({ code: 2, stdout: '' });
    expect(bad.stderr).toMatch(new RegExp(`^cdk8s-tekton simulate: --body ${notJson.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not JSON \\(.+\\); the body must be the webhook's JSON payload\\n$`));
  });
});
