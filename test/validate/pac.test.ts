// Each Pipelines-as-Code rule with its exact message, on the smallest PipelineRun that breaks it.
import { describe, expect, it } from 'vitest';
import { formatProblem, validateManifests } from '../../lib';

const P = 'pipelinesascode.tekton.dev/';
const run = (annotations: Record<string, string>, metadata: Record<string, unknown> = { name: 'build' }, params: unknown[] = []) => ({
  apiVersion: 'tekton.dev/v1', kind: 'PipelineRun', metadata: { ...metadata, annotations },
  spec: { params, pipelineSpec: { tasks: [{ name: 'a', taskSpec: { steps: [{ name: 'run', image: 'alpine:3.20', script: 'true' }] } }] } },
});
const PUSH = { [`${P}on-event`]: '[push]', [`${P}on-target-branch`]: '[main]' };
const problems = (...manifests: unknown[]) => validateManifests(manifests.map((manifest, i) => ({ manifest, source: `#${i}` }))).map((p) => [p.rule, formatProblem(p)]);
const at = (key: string) => `PipelineRun "build": metadata.annotations["${P}${key}"]`;

describe('PaC rules', () => {
  it('accepts a complete PaC run, task-N annotations included', () => {
    expect(problems(run({ ...PUSH, [`${P}on-path-change`]: '[services/loyalty/**, go.mod]', [`${P}task-1`]: 'git-clone', [`${P}max-keep-runs`]: '5', [`${P}cancel-in-progress`]: 'false' }, { name: 'build' }, [{ name: 'sha', value: '{{ revision }}' }, { name: 'author', value: '{{ body.pusher.name }}' }]))).toEqual([]);
  });

  it('pac.annotation-unknown names the nearest annotation (tektonic\'s on-path-changed)', () => {
    expect(problems(run({ ...PUSH, [`${P}on-path-changed`]: '[services/loyalty/**]' }))).toEqual([['pac.annotation-unknown',
      `${at('on-path-changed')}: "${P}on-path-changed" is not an annotation PaC reads, so it is silently ignored; PaC reads on-event, on-target-branch, on-path-change, on-path-change-ignore, on-cel-expression, on-comment, on-label, max-keep-runs, cancel-in-progress, target-namespace, task, pipeline (and task-N) (got "on-path-changed"). Fix: rename it to ${P}on-path-change`]]);
  });

  it('pac.pipeline-n', () => {
    expect(problems(run({ ...PUSH, [`${P}pipeline-1`]: 'https://example.com/p.yaml' }))).toEqual([['pac.pipeline-n',
      `${at('pipeline-1')}: PaC reads one remote pipeline, from "${P}pipeline"; "${P}pipeline-1" is ignored, so the pipeline it names is never fetched (got "pipeline-1"). Fix: use ${P}pipeline (one pipeline per PipelineRun), or embed the pipeline as pipelineSpec (PacPipelineRun does)`]]);
  });

  it('pac.annotation-value: list syntax, an empty list, max-keep-runs, cancel-in-progress, on-comment', () => {
    expect(problems(run({ ...PUSH, [`${P}on-path-change`]: 'services/loyalty/** docs/**' }))).toEqual([['pac.annotation-value',
      `${at('on-path-change')}: PaC cannot read on-path-change "services/loyalty/** docs/**": it is neither a [a, b] list nor one token (a single value cannot hold "[", "]" or spaces) (got "services/loyalty/** docs/**"). Fix: write a list such as [push, pull_request] (a comma inside an item is &#44;), or one value without spaces`]]);
    expect(problems(run({ ...PUSH, [`${P}on-label`]: '[]', [`${P}max-keep-runs`]: '0', [`${P}cancel-in-progress`]: 'yes', [`${P}on-comment`]: '^/deploy(' }))).toEqual([
      ['pac.annotation-value', `${at('on-label')}: PaC cannot read on-label "[]": the list is empty (got "[]"). Fix: write a list such as [push, pull_request] (a comma inside an item is &#44;), or one value without spaces`],
      ['pac.annotation-value', `${at('max-keep-runs')}: max-keep-runs must be a whole number of at least 1, not "0" (got "0"). Fix: write a number such as "5"`],
      ['pac.annotation-value', `${at('cancel-in-progress')}: cancel-in-progress is "true" or "false" (PaC compares the text), not "yes" (got "yes"). Fix: write "true" or "false"`],
      ['pac.annotation-value', `${at('on-comment')}: on-comment "^/deploy(" is not a regular expression (Invalid regular expression: /^/deploy(/: Unterminated group); PaC skips the run (got "^/deploy("). Fix: fix the regular expression`],
    ]);
  });

  it('pac.on-event', () => {
    expect(problems(run({ ...PUSH, [`${P}on-event`]: '[pull-request]' }))).toEqual([['pac.on-event',
      `${at('on-event')}: on-event "pull-request" is not an event PaC matches, so the run never starts on it; events: push, pull_request, incoming (got "pull-request"). Fix: write pull_request`]]);
  });

  it('pac.glob-invalid', () => {
    expect(problems(run({ ...PUSH, [`${P}on-path-change`]: '[v[a-z0-9]/**]' }))).toEqual([['pac.glob-invalid',
      `${at('on-path-change')}: on-path-change "v[a-z0-9]/**" is not a glob PaC can compile (a range [a-z] must be closed right after it ("]"), not followed by "0": gobwas/glob takes one range or one list of characters per [...]), and PaC fails on it (got "v[a-z0-9]/**"). Fix: fix the pattern (gobwas/glob: *, ?, [abc], [a-z], [!a-z], {a,b}, \\ escapes; a list like [a-z0-9] is two brackets: [a-z] then [0-9] do not combine)`]]);
  });

  it('pac.glob-shell warns with what the glob matches', () => {
    const fix = 'Fix: if you mean a folder and everything under it, write "folder/**" (PacPath.folder(\'folder/\')); if you mean the glob as PaC reads it, keep it';
    expect(problems(run({ ...PUSH, [`${P}on-path-change`]: '[services/loyalty*]', [`${P}on-path-change-ignore`]: '[docs/**/*.md]' }))).toEqual([
      ['pac.glob-shell', `warning: ${at('on-path-change')}: on-path-change "services/loyalty*" is a PaC glob, not a shell one: "*" crosses "/", so "services/loyalty*" matches every path that starts with "services/loyalty", sibling folders and their files included (such as "services/loyalty-v2/x") (got "services/loyalty*"). ${fix}`],
      ['pac.glob-shell', `warning: ${at('on-path-change-ignore')}: on-path-change-ignore "docs/**/*.md" is a PaC glob, not a shell one: "**/" needs one more "/" in the path, so "docs/**/*.md" does not match files directly in the folder before it (such as "docs/a.md"), which a shell's globstar does (got "docs/**/*.md"). ${fix}`],
    ]);
  });

  it('pac.cel-syntax and pac.cel-check', () => {
    expect(problems(run({ [`${P}on-cel-expression`]: 'event == "push" &&' }))).toEqual([['pac.cel-syntax',
      `${at('on-cel-expression')}: on-cel-expression does not parse: Unexpected token: EOF; PaC reports the error and never starts the run (got "event == \\"push\\" &&"). Fix: fix the expression; its variables: event, event_type, event_title, target_branch, source_branch, target_url, source_url, body, headers, files, and "glob".pathChanged()`]]);
    expect(problems(run({ [`${P}on-cel-expression`]: 'evnt == "push"' }))).toEqual([['pac.cel-check',
      `warning: ${at('on-cel-expression')}: on-cel-expression fails PaC's type check: Unknown variable: evnt; unless the Repository CR's spec.params declares it, PaC reports the error and never starts the run (got "evnt == \\"push\\""). Fix: use the variables event, event_type, event_title, target_branch, source_branch, target_url, source_url, body, headers, files (or a custom param of the Repository)`]]);
    expect(problems(run({ [`${P}on-cel-expression`]: 'event == "push" && target_branch == "main" && "services/loyalty/**".pathChanged() && files.all.size() > 0' }))).toEqual([]);
  });

  it('pac.cel-overrides', () => {
    expect(problems(run({ ...PUSH, [`${P}on-path-change`]: '[go.mod]', [`${P}on-cel-expression`]: 'event == "push"' }))).toEqual([['pac.cel-overrides',
      `warning: ${at('on-cel-expression')}: on-cel-expression makes PaC ignore on-event, on-target-branch, on-path-change, which this PipelineRun also sets. Fix: write those conditions into the CEL expression (event == "push", target_branch == "main", "folder/**".pathChanged()) and remove the annotations`]]);
  });

  it('pac.match-incomplete', () => {
    expect(problems(run({ [`${P}on-target-branch`]: '[main]' }))).toEqual([['pac.match-incomplete',
      `${at('on-event')}: PaC starts a run only when both on-event and on-target-branch match, and this PipelineRun has no on-event, so it never starts. Fix: add ${P}on-event (for example "[push]"), or use on-cel-expression`]]);
  });

  it('pac.variable-typo and pac.variable-unknown', () => {
    expect(problems(run(PUSH, { name: 'build' }, [{ name: 'sha', value: 'sha={{ revison }}' }, { name: 'tag', value: '{{image_tag}}' }]))).toEqual([
      ['pac.variable-typo', 'PipelineRun "build": spec.params[0].value: {{ revison }} is not a PaC variable, so PaC leaves the text as written (got "{{ revison }}"). Fix: write {{ revision }}'],
      ['pac.variable-unknown', 'warning: PipelineRun "build": spec.params[1].value: {{ image_tag }} is not a PaC variable; unless the Repository CR\'s spec.params defines it, PaC leaves the text as written (got "{{image_tag}}"). Fix: use a PaC variable (revision, repo_url, repo_owner, repo_name, target_branch, source_branch, git_tag, source_url, sender, target_namespace, event, event_type, trigger_comment, pull_request_labels, pull_request_number, git_auth_secret) or define image_tag in the Repository\'s spec.params'],
    ]);
  });

  it('pac.duplicate-name, by name and by generateName as PaC names runs', () => {
    expect(problems(run(PUSH), run(PUSH))).toEqual([['pac.duplicate-name',
      'PipelineRun "build": metadata.name: an earlier document, PipelineRun "build", has the same name; PaC never matches a PipelineRun whose name is not unique in .tekton/ (got "build"). Fix: give each PipelineRun of .tekton/ its own name']]);
    expect(problems(run(PUSH, { generateName: 'build-' }), run(PUSH, { generateName: 'build-' }))).toEqual([['pac.duplicate-name',
      'PipelineRun (generateName "build-"): metadata.generateName: an earlier document, PipelineRun (generateName "build-"), has the same name; PaC never matches a PipelineRun whose name is not unique in .tekton/ (got "build-"). Fix: give each PipelineRun of .tekton/ its own name']]);
    expect(problems(run(PUSH), { ...run({}), metadata: { name: 'build' } })).toEqual([]);
  });
});
