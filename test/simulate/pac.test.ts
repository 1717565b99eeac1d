// PaC's matcher, rule by rule, on plain PipelineRuns and GitHub bodies.
import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../lib/simulate/event';
import { matchPacRuns } from '../../lib/simulate/pac';
import { pacEventOf, parseChangedFiles, type PacEventInfo } from '../../lib/simulate/pac-event';
import { githubPullRequest, githubPush } from '../triggers/push-bodies';

const P = 'pipelinesascode.tekton.dev/';
const run = (annotations: Record<string, string>, name = 'r') => ({ apiVersion: 'tekton.dev/v1', kind: 'PipelineRun', metadata: { name, annotations }, spec: {} });
const PUSH = { [`${P}on-event`]: '[push]', [`${P}on-target-branch`]: '[main]' };

function replay(runs: object[], body: string, type: string, files?: string) {
  const event = makeEvent(body, [['X-GitHub-Event', type]], 'http://localhost:8080/');
  const ev = pacEventOf(event, files === undefined ? undefined : parseChangedFiles(files)) as PacEventInfo;
  return matchPacRuns(runs as Array<Record<string, any>>, ev, event).map((o) => [o.name, o.matched, o.reason]);
}

const push = (...files: string[]) => githubPush([{ modified: files }]);

describe('PaC matching', () => {
  it('skips on on-path-change-ignore when any changed file matches, not only when all do', () => {
    const r = run({ ...PUSH, [`${P}on-path-change-ignore`]: '[docs/**]' });
    expect(replay([r], push('docs/a.md', 'services/loyalty/x.ts'), 'push')).toEqual([['r', false, 'on-path-change-ignore docs/** matches the changed file docs/a.md (one matching file is enough to skip the run)']]);
    expect(replay([r], push('services/loyalty/x.ts'), 'push')).toEqual([['r', true, 'on-event [push]; on-target-branch [main]; on-path-change-ignore [docs/**] matches no changed file']]);
  });

  it('never matches runs whose name is not unique', () => {
    expect(replay([run(PUSH), run(PUSH)], push('a'), 'push')).toEqual([
      ['r', false, '2 PipelineRuns are named "r"; PaC never matches a PipelineRun whose name is not unique in .tekton/'],
      ['r', false, '2 PipelineRuns are named "r"; PaC never matches a PipelineRun whose name is not unique in .tekton/'],
    ]);
  });

  it('strips refs/heads/ from target_branch on a push unless the expression spells refs/heads/', () => {
    const short = run({ [`${P}on-cel-expression`]: 'target_branch == "main"' }, 'short');
    const full = run({ [`${P}on-cel-expression`]: 'target_branch == "refs/heads/main"' }, 'full');
    expect(replay([short, full], push('a'), 'push')).toEqual([['short', true, 'on-cel-expression is true'], ['full', true, 'on-cel-expression is true']]);
  });

  it('evaluates files.* and reports a CEL error', () => {
    const added = run({ [`${P}on-cel-expression`]: 'files.added.exists(f, f.startsWith("services/"))' }, 'added');
    const broken = run({ [`${P}on-cel-expression`]: 'body.nope.deeper == "x"' }, 'broken');
    expect(replay([added, broken], githubPullRequest(), 'pull_request', 'A\tservices/loyalty/new.ts\nM\tREADME.md\n')).toEqual([
      ['added', true, 'on-cel-expression is true'],
      ['broken', false, 'on-cel-expression fails: No such key: nope; PaC logs the error and skips the run'],
    ]);
  });

  it('needs on-label on a labeled event, and matches the pull request\'s labels', () => {
    const body = JSON.parse(githubPullRequest());
    body.action = 'labeled';
    body.pull_request.labels = [{ name: 'ok-to-test' }];
    const plain = run({ [`${P}on-event`]: '[pull_request]', [`${P}on-target-branch`]: '[main]' }, 'plain');
    const labelled = run({ [`${P}on-event`]: '[pull_request]', [`${P}on-target-branch`]: '[main]', [`${P}on-label`]: '[ok-to-test]' }, 'labelled');
    expect(replay([plain, labelled], JSON.stringify(body), 'pull_request')).toEqual([
      ['plain', false, 'a labeled event starts only runs with on-label'],
      ['labelled', true, 'on-event [pull_request]; on-target-branch [main]; on-label ok-to-test'],
    ]);
  });

  it('matches on-comment against the empty comment of a webhook event, as PaC does', () => {
    expect(replay([run({ [`${P}on-comment`]: '^/deploy' }, 'deploy'), run({ [`${P}on-comment`]: '.*' }, 'any')], push('a'), 'push')).toEqual([
      ['deploy', false, 'it has no on-event annotation; PaC matches only runs with both on-event and on-target-branch (or on-cel-expression, or on-comment)'],
      ['any', true, 'on-comment ".*" matches the empty comment of a push event'],
    ]);
  });

  it('does not run on a deleted branch', () => {
    const event = makeEvent(githubPush([], { deleted: true }), [['X-GitHub-Event', 'push']], 'http://localhost:8080/');
    expect(pacEventOf(event, undefined)).toEqual({ ignored: 'branch refs/heads/main has been deleted, and PaC does not run on a deleted branch' });
  });
});
