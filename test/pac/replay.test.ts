// The PaC replay on the loyalty-pac example: realistic GitHub push and pull_request bodies through
// `cdk8s-tekton simulate --pac`, run in process on the committed expected YAML as a .tekton/ folder.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { githubPullRequest, githubPush, sha, type Change } from '../triggers/push-bodies';
import { scratch, simulate } from '../triggers/simulate-support';
import { shownPath } from '../support/shown-path';

const EXAMPLE = readFileSync(resolve(__dirname, '../../examples/loyalty-pac/expected.k8s.yaml'), 'utf8');
const { dir, write } = scratch('cdk8s-tekton-pac-replay-');
const TEKTON = resolve(dir, 'repo/.tekton');
write(EXAMPLE, 'repo/.tekton/loyalty.yaml');

/** A PR run next to the example's: CEL with pathChanged(), as teams write it for pull requests. */
write(`apiVersion: tekton.dev/v1
kind: PipelineRun
metadata:
  name: loyalty-pr
  annotations:
    pipelinesascode.tekton.dev/on-cel-expression: event == "pull_request" && target_branch == "main" && "services/loyalty/**".pathChanged()
spec:
  params:
    - name: pr
      value: "{{ pull_request_number }}"
  pipelineSpec:
    params:
      - name: pr
    tasks:
      - name: test
        taskSpec:
          params:
            - name: pr
          steps:
            - name: test
              image: mirror.gcr.io/alpine:3.20
              env:
                - name: PR
                  value: $(params.pr)
              script: echo "testing pull request $PR"
        params:
          - name: pr
            value: $(params.pr)
`, 'repo/.tekton/loyalty-pr.yaml');

const PUSH_HEADER = ['--header', 'X-GitHub-Event: push'];

async function push(changes: Change[], options: { ref?: string; message?: string; extra?: string[] } = {}) {
  const body = JSON.parse(githubPush(changes, { ref: options.ref }));
  if (options.message !== undefined) body.head_commit.message = body.commits[body.commits.length - 1].message = options.message;
  return simulate(['--pac', TEKTON, '--body', write(JSON.stringify(body)), ...PUSH_HEADER, ...(options.extra ?? [])]);
}

/** The two lines of one PipelineRun: its verdict and its reason. */
function verdict(stdout: string, name: string): string[] {
  const lines = stdout.split('\n');
  const at = lines.findIndex((l) => l.startsWith(`PipelineRun "${name}"`));
  return lines.slice(at, at + 2);
}

const FILE = (name: string) => shownPath(resolve(dir, 'repo/.tekton', name));

describe('simulate --pac on the loyalty-pac example: GitHub push', () => {
  it('starts the run on a push to main touching services/loyalty/, with the variables replaced', async () => {
    const r = await push([{ modified: ['services/loyalty/src/points.ts', 'README.md'] }]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 4)).toEqual([
      `event: push (X-GitHub-Event), target refs/heads/main, source refs/heads/main, head ${sha(1).slice(0, 12)}, body sha256 ${r.stdout.split('body sha256 ')[1].slice(0, 12)}`,
      'changed files (2) from the head commit\'s added, removed and modified lists in the push body (PaC asks GitHub for the files of the head commit; give --changed-files to replay others):',
      '  services/loyalty/src/points.ts',
      '  README.md',
    ]);
    expect(verdict(r.stdout, 'loyalty-push')).toEqual([
      `PipelineRun "loyalty-push" (${FILE('loyalty.yaml')}): starts`,
      '  matched: on-event [push]; on-target-branch [main]; on-path-change services/loyalty/** matches services/loyalty/src/points.ts',
    ]);
    expect(verdict(r.stdout, 'loyalty-pr')).toEqual([
      `PipelineRun "loyalty-pr" (${FILE('loyalty-pr.yaml')}): does not start`,
      '  stopped: on-cel-expression is false; the term that is false: event == "pull_request"',
    ]);
    expect(r.stdout).toContain(`          value: ${sha(1)}\n`);
    expect(r.stdout).toContain('          value: https://github.com/acme/monorepo\n');
    expect(r.stdout).toMatch(/\n {12}secretName: pac-gitauth-[a-z]{6}\n/);
    expect(r.stdout).not.toContain('{{');
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('1 of 2 PipelineRuns would start, valid');
  });

  it('prints the same output for the same event', async () => {
    const body = write(githubPush([{ added: ['services/loyalty/Dockerfile'] }]));
    const a = await simulate(['--pac', TEKTON, '--body', body, ...PUSH_HEADER]);
    const b = await simulate(['--pac', TEKTON, '--body', body, ...PUSH_HEADER]);
    expect(a.stdout).toBe(b.stdout);
  });

  const stopped: Array<[string, Change[], { ref?: string; message?: string }, string]> = [
    ['docs only', [{ modified: ['docs/points.md', 'README.md'] }], {},
      'on-path-change [services/loyalty/**] matches none of the 2 changed files (docs/points.md, README.md)'],
    ['a sibling folder with the same prefix', [{ modified: ['services/loyalty-v2/src/app.ts'] }], {},
      'on-path-change [services/loyalty/**] matches none of the 1 changed file (services/loyalty-v2/src/app.ts)'],
    ['the folder deeper in another path', [{ added: ['tools/services/loyalty/seed.sql'] }], {},
      'on-path-change [services/loyalty/**] matches none of the 1 changed file (tools/services/loyalty/seed.sql)'],
    ['another branch', [{ modified: ['services/loyalty/src/points.ts'] }], { ref: 'refs/heads/points-expiry' },
      'on-target-branch [main] does not match: the event targets refs/heads/points-expiry'],
    ['a tag', [{ modified: ['services/loyalty/src/points.ts'] }], { ref: 'refs/tags/loyalty-v1.4.0' },
      'on-target-branch [main] does not match: the event targets refs/tags/loyalty-v1.4.0'],
    ['[skip ci] in the head commit', [{ modified: ['services/loyalty/src/points.ts'] }], { message: 'loyalty: tidy imports [skip ci]' },
      'the head commit\'s message holds [skip ci], so PaC runs nothing for this push (a neutral check is posted)'],
    ['[tkn skip], a variant', [{ modified: ['services/loyalty/src/points.ts'] }], { message: 'wip\n\n[tkn skip]' },
      'the head commit\'s message holds [tkn skip], so PaC runs nothing for this push (a neutral check is posted)'],
    ['an earlier commit touching the folder, the head commit not (PaC reads the head commit\'s files)', [{ modified: ['services/loyalty/src/points.ts'] }, { modified: ['docs/points.md'] }], {},
      'on-path-change [services/loyalty/**] matches none of the 1 changed file (docs/points.md)'],
  ];

  it.each(stopped)('does not start on %s', async (_, changes, options, reason) => {
    const r = await push(changes, options);
    expect(r.code).toBe(0);
    expect(verdict(r.stdout, 'loyalty-push')).toEqual([`PipelineRun "loyalty-push" (${FILE('loyalty.yaml')}): does not start`, `  stopped: ${reason}`]);
    expect(r.stdout).not.toContain('creates:');
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('0 of 2 PipelineRuns would start');
  });

  it('does not treat [SKIP CI] in capitals as a skip command (PaC\'s match is case-sensitive)', async () => {
    const r = await push([{ modified: ['services/loyalty/src/points.ts'] }], { message: 'release [SKIP CI]' });
    expect(verdict(r.stdout, 'loyalty-push')[0]).toBe(`PipelineRun "loyalty-push" (${FILE('loyalty.yaml')}): starts`);
  });

  it('takes the changed files from --changed-files instead of the body, and says so', async () => {
    const files = write('M\tdocs/points.md\nA\tservices/loyalty/src/expiry.ts\n');
    const r = await push([{ modified: ['docs/points.md'] }], { extra: ['--changed-files', files] });
    expect(r.stdout.split('\n').slice(1, 4)).toEqual(['changed files (2) from --changed-files:', '  docs/points.md', '  services/loyalty/src/expiry.ts']);
    expect(verdict(r.stdout, 'loyalty-push')[1]).toBe('  matched: on-event [push]; on-target-branch [main]; on-path-change services/loyalty/** matches services/loyalty/src/expiry.ts');
  });

  it('answers --format json with file, name, matched, reason and resource per PipelineRun', async () => {
    const r = await push([{ modified: ['services/loyalty-v2/src/app.ts'] }], { extra: ['--format', 'json'] });
    const json = JSON.parse(r.stdout);
    expect(json.pipelineRuns).toEqual([
      { file: FILE('loyalty-pr.yaml'), name: 'loyalty-pr', matched: false, reason: 'on-cel-expression is false; the term that is false: event == "pull_request"', resource: null },
      { file: FILE('loyalty.yaml'), name: 'loyalty-push', matched: false, reason: 'on-path-change [services/loyalty/**] matches none of the 1 changed file (services/loyalty-v2/src/app.ts)', resource: null },
    ]);
    expect(json.problems).toEqual([]);
  });
});

describe('simulate --pac on the loyalty-pac example: GitHub pull_request', () => {
  const pr = write(githubPullRequest());
  const header = ['--header', 'X-GitHub-Event: pull_request'];

  it('starts the PR run for a pull request targeting main that changes the folder, not the push run', async () => {
    const files = write('services/loyalty/src/expiry.ts\nservices/loyalty/src/expiry.test.ts\n');
    const r = await simulate(['--pac', TEKTON, '--body', pr, ...header, '--changed-files', files]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(`event: pull_request (X-GitHub-Event), target main, source points-expiry, head ${sha(7).slice(0, 12)}, body sha256 ${r.stdout.split('body sha256 ')[1].slice(0, 12)}`);
    expect(r.stdout).toContain('\n[skip ci] not checked: PaC reads the head commit message of a pull request from the GitHub API, not from the body\n');
    expect(verdict(r.stdout, 'loyalty-push')).toEqual([`PipelineRun "loyalty-push" (${FILE('loyalty.yaml')}): does not start`, '  stopped: on-event [push] does not match: the event is pull_request']);
    expect(verdict(r.stdout, 'loyalty-pr')).toEqual([`PipelineRun "loyalty-pr" (${FILE('loyalty-pr.yaml')}): starts`, '  matched: on-cel-expression is true']);
    expect(r.stdout).toContain('          value: "412"\n');
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('1 of 2 PipelineRuns would start, valid');
  });

  it('names the CEL term that stops a pull request that changes docs only', async () => {
    const files = write('docs/points.md\n');
    const r = await simulate(['--pac', TEKTON, '--body', pr, ...header, '--changed-files', files]);
    expect(verdict(r.stdout, 'loyalty-pr')[1]).toBe('  stopped: on-cel-expression is false; the term that is false: "services/loyalty/**".pathChanged()');
  });

  it('says that a pull request body does not list its files when --changed-files is missing', async () => {
    const r = await simulate(['--pac', TEKTON, '--body', pr, ...header]);
    expect(r.stdout.split('\n')[1]).toBe('changed files (0) from nowhere: a pull_request body does not list its files (PaC asks GitHub); give --changed-files');
    expect(verdict(r.stdout, 'loyalty-pr')[1]).toBe('  stopped: on-cel-expression is false; the term that is false: "services/loyalty/**".pathChanged()');
  });

  it('does not run on a closed pull request', async () => {
    const body = JSON.parse(githubPullRequest());
    body.action = 'closed';
    const r = await simulate(['--pac', TEKTON, '--body', write(JSON.stringify(body)), ...header]);
    expect(verdict(r.stdout, 'loyalty-pr')[1]).toBe('  stopped: PaC does not run on this event: PaC runs pull_request events with action opened, synchronize, synchronized, reopened, ready_for_review or labeled, not "closed"');
  });
});

describe('simulate --pac: usage', () => {
  it('exits 2 on a body that is not JSON and when no PipelineRun is given', async () => {
    const bad = await simulate(['--pac', TEKTON, '--body', write('{ not json'), ...PUSH_HEADER]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^cdk8s-tekton simulate --pac: --body \S+ is not JSON \(/);
    const none = await simulate(['--pac', write('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n', 'cm.yaml'), '--body', write(githubPush([{ modified: ['a'] }])), ...PUSH_HEADER]);
    expect(none.code).toBe(2);
    expect(none.stderr.split('\n')[0]).toBe(`cdk8s-tekton simulate --pac: no PipelineRun among the 1 files given (${FILE('../../cm.yaml')})`);
  });
});

describe('simulate --pac: a run PaC would create that Tekton refuses', () => {
  it('prints the problem under the run and exits 1', async () => {
    const bad = write(`apiVersion: tekton.dev/v1
kind: PipelineRun
metadata:
  name: broken
  annotations:
    pipelinesascode.tekton.dev/on-event: "[push]"
    pipelinesascode.tekton.dev/on-target-branch: "[main]"
spec:
  timeouts:
    pipeline: "{{ body.head_commit.message }}"
  pipelineSpec:
    tasks:
      - name: a
        taskSpec:
          steps:
            - name: run
              image: mirror.gcr.io/alpine:3.20
              script: "true"
`, 'bad/.tekton/broken.yaml');
    const r = await simulate(['--pac', bad, '--body', write(githubPush([{ modified: ['a'] }])), ...PUSH_HEADER]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('\n        pipeline: change 1 of 1\n');
    expect(r.stdout.split('\n').filter((l) => l.startsWith('  invalid: '))).toEqual([
      '  invalid: PipelineRun "broken": spec.timeouts.pipeline: not a duration (got "change 1 of 1"). Fix: write a duration such as 30m, 1h or 1h30m (0s for none)',
    ]);
    expect(r.stdout.trimEnd().split('\n').slice(-2)).toEqual(['1 of 1 PipelineRun would start, 1 invalid', 'note: the files given have 1 problem of their own; cdk8s-tekton validate lists them']);
  });
});
