// The Pipelines-as-Code part of rule-docs.ts: what each PaC rule checks, the field it guards, and
// the smallest manifests that break it. Not shipped in the package.
import type { RuleDoc } from './rule-docs';

const P = 'pipelinesascode.tekton.dev/';
const run = (annotations: Record<string, string>, name = 'build', params: unknown[] = []) => ({
  apiVersion: 'tekton.dev/v1', kind: 'PipelineRun', metadata: { name, annotations },
  spec: { params, pipelineSpec: { tasks: [{ name: 'a', taskSpec: { steps: [{ name: 'run', image: 'alpine:3.20', script: 'true' }] } }] } },
});
const PUSH = { [`${P}on-event`]: '[push]', [`${P}on-target-branch`]: '[main]' };
const one = (annotations: Record<string, string>) => ({ manifests: [run({ ...PUSH, ...annotations })] });

export const PAC_RULE_DOCS: Record<string, RuleDoc> = {
  'pac.annotation-unknown': { guards: 'metadata.annotations["pipelinesascode.tekton.dev/*"] (PipelineRun)', checks: 'A key under the PaC prefix is one PaC reads; PaC silently ignores any other (tektonic writes on-path-changed, which PaC never reads).', example: one({ [`${P}on-path-changed`]: '[services/loyalty/**]' }) },
  'pac.pipeline-n': { guards: 'metadata.annotations["pipelinesascode.tekton.dev/pipeline-N"] (PipelineRun)', checks: 'A remote pipeline is named by the one pipeline annotation; PaC ignores pipeline-1, pipeline-2, ...', example: one({ [`${P}pipeline-1`]: 'https://example.com/p.yaml' }) },
  'pac.annotation-value': { guards: 'metadata.annotations["pipelinesascode.tekton.dev/*"] (PipelineRun)', checks: 'A list annotation is [a, b] or one token without brackets or spaces, and not empty; max-keep-runs is a whole number; cancel-in-progress is true or false; on-comment is a regular expression.', example: one({ [`${P}on-path-change`]: 'services/loyalty/** docs/**' }) },
  'pac.on-event': { guards: 'metadata.annotations["pipelinesascode.tekton.dev/on-event"] (PipelineRun)', checks: 'Each on-event value is push, pull_request or incoming.', example: { manifests: [run({ ...PUSH, [`${P}on-event`]: '[pull-request]' })] } },
  'pac.glob-invalid': { guards: 'on-target-branch, on-path-change, on-path-change-ignore (PipelineRun annotations)', checks: 'Each glob compiles with gobwas/glob, as PaC compiles it (it fails on one that does not).', example: one({ [`${P}on-path-change`]: '[v[a-z0-9]/**]' }) },
  'pac.glob-shell': { guards: 'on-path-change, on-path-change-ignore (PipelineRun annotations)', checks: 'A warning for a path glob whose PaC meaning (`*` crosses `/`; `**/` needs one more `/`) differs from a shell\'s in a way that changes what matches.', example: one({ [`${P}on-path-change`]: '[services/loyalty*]' }) },
  'pac.cel-syntax': { guards: 'metadata.annotations["pipelinesascode.tekton.dev/on-cel-expression"] (PipelineRun)', checks: 'The CEL expression parses.', example: { manifests: [run({ [`${P}on-cel-expression`]: 'event == "push" &&' })] } },
  'pac.cel-check': { guards: 'metadata.annotations["pipelinesascode.tekton.dev/on-cel-expression"] (PipelineRun)', checks: 'A warning when the expression fails the type check of PaC\'s CEL environment (an unknown variable may be a Repository custom param).', example: { manifests: [run({ [`${P}on-cel-expression`]: 'evnt == "push"' })] } },
  'pac.cel-overrides': { guards: 'metadata.annotations["pipelinesascode.tekton.dev/on-cel-expression"] (PipelineRun)', checks: 'A warning when on-cel-expression sits next to on-event, on-target-branch, on-label, on-path-change or on-path-change-ignore, which it makes PaC ignore.', example: one({ [`${P}on-cel-expression`]: 'event == "push"' }) },
  'pac.match-incomplete': { guards: 'on-event, on-target-branch (PipelineRun annotations)', checks: 'Without on-cel-expression or on-comment, PaC needs both on-event and on-target-branch to start a run.', example: { manifests: [run({ [`${P}on-event`]: '[push]' })] } },
  'pac.variable-typo': { guards: 'any string of a PaC PipelineRun', checks: 'A {{ placeholder }} close to a PaC variable\'s name is that variable (PaC leaves an unknown one as written).', example: { manifests: [run(PUSH, 'build', [{ name: 'sha', value: '{{ revison }}' }])] } },
  'pac.variable-unknown': { guards: 'any string of a PaC PipelineRun', checks: 'A warning for a {{ placeholder }} that is not a PaC variable nor CEL over body, headers or files: only a Repository custom param can fill it.', example: { manifests: [run(PUSH, 'build', [{ name: 'tag', value: '{{ image_tag }}' }])] } },
  'pac.duplicate-name': { guards: 'metadata.name / metadata.generateName (PaC PipelineRun)', checks: 'PaC PipelineRuns validated together (a .tekton/ folder) have distinct names; PaC never matches one whose name is not unique.', example: { manifests: [run(PUSH), run(PUSH)] } },
};
