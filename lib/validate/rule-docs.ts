// What each rule of the engine checks and which Tekton field it guards: the source of
// docs/rules.md (`npm run rules-doc`). A new rule id reported anywhere in lib/validate/ needs an
// entry here (test/validate/rules-doc.test.ts names every one that lacks it). The example message
// comes from the first manifest of test/validate/invalid/ that breaks the rule; a rule no manifest
// there breaks gives `example`, the smallest manifests that break it. Not shipped in the package.
import { PAC_RULE_DOCS } from './rule-docs-pac';
import { TRIGGERS_RULE_DOCS } from './rule-docs-triggers';
import type { ValidationOptions } from './types';

export interface RuleDoc {
  /** What the rule checks, one or two sentences. */
  readonly checks: string;
  /** The Tekton field it guards, as a path (`[]` for any list item). */
  readonly guards: string;
  /** Manifests that break the rule, for a rule that no manifest of test/validate/invalid/ breaks. */
  readonly example?: { readonly manifests: unknown[]; readonly options?: ValidationOptions };
}

const task = (spec: Record<string, unknown>) => ({ apiVersion: 'tekton.dev/v1', kind: 'Task', metadata: { name: 't' }, spec });
const pipeline = (spec: Record<string, unknown>) => ({ apiVersion: 'tekton.dev/v1', kind: 'Pipeline', metadata: { name: 'p' }, spec });
const STEP = { name: 'run', image: 'alpine:3.20', script: 'true' };
const ECHO = { name: 'echo', taskSpec: { steps: [STEP] } };


// Credential rules: a Task marked as the SDK's catalog tasks are, runs carrying the facts of the
// Secrets they use (the cdk8s-tekton.io annotations).
const facts = (list: object[]) => ({ 'cdk8s-tekton.io/secrets': JSON.stringify(list) });
const KEY = { name: 'deploy-key', type: 'kubernetes.io/ssh-auth', keys: ['ssh-privatekey', 'known_hosts'], hosts: ['github.com'] };
const GHCR = { name: 'ghcr-push', type: 'kubernetes.io/dockerconfigjson', keys: ['.dockerconfigjson'], registries: ['ghcr.io'] };
const CLONE = {
  apiVersion: 'tekton.dev/v1', kind: 'Task',
  metadata: { name: 'clone', annotations: { 'cdk8s-tekton.io/param-roles': '{"url":"git-url"}', 'cdk8s-tekton.io/workspace-secrets': '{"ssh-directory":"kubernetes.io/ssh-auth"}' } },
  spec: { params: [{ name: 'url' }], workspaces: [{ name: 'ssh-directory', optional: true }], steps: [STEP] },
};
const PUSH = {
  apiVersion: 'tekton.dev/v1', kind: 'Task',
  metadata: { name: 'push', annotations: { 'cdk8s-tekton.io/param-roles': '{"image":"image"}', 'cdk8s-tekton.io/workspace-secrets': '{"dockerconfig":"kubernetes.io/dockerconfigjson"}' } },
  spec: { params: [{ name: 'image' }], workspaces: [{ name: 'dockerconfig', optional: true }], steps: [STEP] },
};
const ID_RSA = [{ key: 'ssh-privatekey', path: 'id_rsa' }];
const cloneRun = (url: string, secrets: object[], workspaces: object[]) => ({
  apiVersion: 'tekton.dev/v1', kind: 'TaskRun', metadata: { name: 'r', annotations: facts(secrets) }, spec: { taskRef: { name: 'clone' }, params: [{ name: 'url', value: url }], workspaces },
});

// Shape rules of embedded specs: the API server's schema check reports wrong shapes in top-level
// documents first, so these fire where no schema is applied, in a TriggerTemplate's runs.
const templated = (spec: Record<string, unknown>) => ({
  apiVersion: 'triggers.tekton.dev/v1beta1', kind: 'TriggerTemplate', metadata: { name: 'tt' },
  spec: { resourcetemplates: [{ apiVersion: 'tekton.dev/v1', kind: 'PipelineRun', metadata: { generateName: 'r-' }, spec: { pipelineSpec: spec } }] },
});
const inlineTask = (taskSpec: Record<string, unknown>) => templated({ tasks: [{ name: 'a', taskSpec: { steps: [STEP], ...taskSpec } }] });

export const RULE_DOCS: Record<string, RuleDoc> = {
  'binding.duplicate': { guards: 'spec.workspaces[].name (TaskRun, PipelineRun)', checks: 'A run binds each workspace once; names are compared ignoring case, as the webhook does.' },
  'binding.empty': { guards: 'spec.workspaces[] (TaskRun, PipelineRun)', checks: 'A workspace binding is not an empty entry.' },
  'binding.source': { guards: 'spec.workspaces[] (TaskRun, PipelineRun)', checks: 'A workspace binding has exactly one volume source (emptyDir, persistentVolumeClaim, volumeClaimTemplate, secret, configMap, projected or csi).' },
  'binding.source-field': { guards: 'spec.workspaces[].<source> (TaskRun, PipelineRun)', checks: 'The volume source of a binding carries the field it cannot work without: claimName, secretName, the ConfigMap name, the CSI driver, at least one projected source.' },
  'credentials.git-host': {
    guards: 'the git URL param of a Task marked with TaskCredentials (GitCloneTask: url), given by a run',
    checks: 'A credential for the git URL\'s host reaches the task that clones it, through its workspaces or the run\'s service account (an SSH key for ssh URLs; for https, reported only when some git credential reaches the task).',
    example: { manifests: [CLONE, cloneRun('git@github.com:acme/mono.git', [{ ...KEY, hosts: ['gitlab.com'] }], [{ name: 'ssh-directory', secret: { secretName: 'deploy-key', items: ID_RSA } }])] },
  },
  'credentials.git-scheme': {
    guards: 'the git URL param of a marked Task',
    checks: 'The URL\'s scheme matches the credential for its host: an ssh:// or git@ URL needs an SSH key, an https:// URL a basic-auth Secret.',
    example: { manifests: [CLONE, cloneRun('https://github.com/acme/mono.git', [KEY], [{ name: 'ssh-directory', secret: { secretName: 'deploy-key', items: ID_RSA } }])] },
  },
  'credentials.registry': {
    guards: 'the image param of a marked Task (KanikoTask: IMAGE)',
    checks: 'A DockerConfigSecret for the image\'s registry (docker.io for an image without a host) reaches the task that pushes it, through its workspaces or the run\'s service account; an empty image is reported as such.',
    example: { manifests: [PUSH, { apiVersion: 'tekton.dev/v1', kind: 'TaskRun', metadata: { name: 'r', annotations: facts([GHCR]) }, spec: { taskRef: { name: 'push' }, params: [{ name: 'image', value: 'acme/app:1' }], workspaces: [{ name: 'dockerconfig', secret: { secretName: 'ghcr-push', items: [{ key: '.dockerconfigjson', path: 'config.json' }] } }] } }] },
  },
  'credentials.service-account-not-used': {
    guards: 'spec.serviceAccountName (TaskRun), spec.taskRunTemplate.serviceAccountName (PipelineRun)',
    checks: 'A credential a task needs is not only on a ServiceAccount the run does not use.',
    example: { manifests: [CLONE, { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'builder', annotations: facts([KEY]) }, secrets: [{ name: 'deploy-key' }] }, cloneRun('git@github.com:acme/mono.git', [], [])] },
  },
  'credentials.ssh-keys-one-host': {
    guards: 'spec.serviceAccountName (TaskRun), spec.taskRunTemplate.serviceAccountName (PipelineRun), for a task that clones over SSH',
    checks: 'The run\'s service account does not give a task that clones over SSH several SSH keys for the same host: Tekton puts them in one Host entry and ssh authenticates with the first key the server accepts.',
    example: { manifests: [CLONE, { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'builder', annotations: facts([KEY, { ...KEY, name: 'other-key' }]) }, secrets: [{ name: 'deploy-key' }, { name: 'other-key' }] }, { ...cloneRun('git@github.com:acme/mono.git', [], []), spec: { ...cloneRun('', [], []).spec, serviceAccountName: 'builder', params: [{ name: 'url', value: 'git@github.com:acme/mono.git' }] } }] },
  },
  'credentials.workspace-files': {
    guards: 'spec.workspaces[].secret.items (runs) for a credential workspace',
    checks: 'A credential workspace holds the file its tool reads: an id_* private key in an .ssh directory, config.json in a Docker config directory.',
    example: { manifests: [CLONE, cloneRun('git@github.com:acme/mono.git', [KEY], [{ name: 'ssh-directory', secret: { secretName: 'deploy-key' } }])] },
  },
  'credentials.workspace-kind': {
    guards: 'spec.workspaces[].secret (runs) for a credential workspace',
    checks: 'The Secret bound to a credential workspace has the type it expects (kubernetes.io/ssh-auth for ssh-directory, kubernetes.io/dockerconfigjson for dockerconfig).',
    example: { manifests: [CLONE, cloneRun('git@github.com:acme/mono.git', [GHCR], [{ name: 'ssh-directory', secret: { secretName: 'ghcr-push' } }])] },
  },
  'customrun.ref-field': { guards: 'spec.customRef / spec.customSpec (CustomRun)', checks: 'The custom task reference of a CustomRun names its apiVersion and kind.' },
  'customrun.ref-or-spec': { guards: 'spec.customRef, spec.customSpec (CustomRun)', checks: 'A CustomRun sets exactly one of customRef and customSpec.' },
  'customrun.spec': { guards: 'spec (CustomRun)', checks: 'A CustomRun has a non-empty spec.' },
  'customrun.status-message': { guards: 'spec.statusMessage (CustomRun)', checks: 'statusMessage is only set together with status.' },
  'feature.alpha': { guards: 'any alpha field (feature-flags enable-api-fields)', checks: 'A field Tekton ships as alpha is only used when the cluster\'s enable-api-fields is "alpha" (the validation option apiFields).' },
  'feature.beta': { guards: 'any beta field (feature-flags enable-api-fields)', checks: 'A field Tekton ships as beta is only used when enable-api-fields is "beta" (the default) or "alpha".' },
  'feature.enable-artifacts': { guards: 'artifact variables and step artifacts (feature-flags enable-artifacts)', checks: 'Artifacts are only used when the enable-artifacts flag is on (the validation option enableArtifacts).' },
  'feature.enable-cel-in-whenexpression': { guards: 'when[].cel (feature-flags enable-cel-in-whenexpression)', checks: 'CEL when expressions are only used when the enable-cel-in-whenexpression flag is on.' },
  'feature.enable-concise-resolver-syntax': { guards: 'taskRef.name / pipelineRef.name as a URL (feature-flags enable-concise-resolver-syntax)', checks: 'A resolver URL in a ref\'s name is only used when the enable-concise-resolver-syntax flag is on.' },
  'feature.enable-param-enum': { guards: 'spec.params[].enum (feature-flags enable-param-enum)', checks: 'Param enums are only used when the enable-param-enum flag is on.' },
  'matrix.include-value': { guards: 'spec.tasks[].matrix.include[].params[].value', checks: 'Every param value of a matrix include entry is a single string.' },
  'matrix.param-overlap': { guards: 'spec.tasks[].matrix.params[].name, spec.tasks[].matrix.include[].params[].name', checks: 'A param is set either in a pipeline task\'s params or in its matrix, not in both.' },
  'matrix.param-value': { guards: 'spec.tasks[].matrix.params[].value', checks: 'A matrix param value is a list of strings, or one whole-array reference such as $(params.x[*]).' },
  'matrix.too-many': { guards: 'spec.tasks[].matrix', checks: 'The combinations a matrix makes stay within default-max-matrix-combinations-count (256 unless configured).' },
  'metadata.annotation-key': { guards: 'metadata.annotations (every document, and the metadata embedded in specs)', checks: 'Each annotation key is a qualified name, checked lowercased as the API server checks it (apimachinery ValidateAnnotations).' },
  'metadata.annotation-value': {
    guards: 'metadata.annotations (metadata embedded in specs, which no schema types)',
    checks: 'Each annotation value is a string.',
    example: { manifests: [pipeline({ tasks: [{ ...ECHO, taskSpec: { ...ECHO.taskSpec, metadata: { annotations: { 'acme.io/retries': 3 } } } }] })] },
  },
  'metadata.annotations-size': {
    guards: 'metadata.annotations (every document, and the metadata embedded in specs)',
    checks: 'The keys and values of one object\'s annotations hold at most 256 KiB together (variables counted as empty).',
    example: { manifests: [{ ...task({ steps: [STEP] }), metadata: { name: 't', annotations: { 'acme.io/notes': 'x'.repeat(262_200) } } }] },
  },
  'metadata.label-key': { guards: 'metadata.labels (every document, and the metadata embedded in specs)', checks: 'Each label key is a qualified name: an optional DNS-subdomain prefix and "/", then a name of at most 63 characters (apimachinery ValidateLabels).' },
  'metadata.label-value': { guards: 'metadata.labels (every document, and the metadata embedded in specs)', checks: 'Each label value is a string, empty or at most 63 letters, digits, "-", "_" and ".", starting and ending with a letter or digit; a variable substituted before the API server sees it stands for any text.' },
  'metadata.name': { guards: 'metadata.name', checks: 'Every resource has a name (or generateName) that is a DNS-1123 subdomain: lowercase letters, digits, "-" and ".", at most 63 characters here.' },
  'migration.pipeline-resource': { guards: 'kind PipelineResource, spec.resources, spec.tasks[].resources', checks: 'No PipelineResource is declared or bound (removed in Tekton v0.46); the message names what replaces each type (git-clone, a result, a workspace, kubeconfig-creator, pull-request, cloudevent).' },
  'migration.cluster-task': { guards: 'kind ClusterTask, taskRef.kind', checks: 'No ClusterTask is defined or referred to; a Task through the cluster resolver replaces it.' },
  'migration.bundle': { guards: 'taskRef.bundle, pipelineRef.bundle', checks: 'No ref uses the removed bundle field; the bundles resolver replaces it.' },
  'param.array-in-string': { guards: 'spec.steps[] fields that take text (Task)', checks: 'A whole array param, $(params.x[*]), is only used in command and args, the fields that expand arrays.' },
  'param.array-not-isolated': { guards: 'spec.steps[].command[], spec.steps[].args[] (Task)', checks: 'A whole array param is a list element on its own, not mixed with other text.' },
  'param.default-type': { guards: 'spec.params[].default', checks: 'The default of a param has the param\'s declared type (string, array or object).' },
  'param.duplicate': { guards: 'spec.params[].name', checks: 'A param is declared once.' },
  'param.enum-default': { guards: 'spec.params[].default', checks: 'The default of a param with an enum is one of the enum values.' },
  'param.enum-duplicate': { guards: 'spec.params[].enum[]', checks: 'Each enum value is listed once.' },
  'param.enum-type': { guards: 'spec.params[].enum', checks: 'Only string params have an enum.' },
  'param.enum-value': { guards: 'spec.params[].value (runs), spec.tasks[].params[].value', checks: 'A value given for a param with an enum is one of the enum values.' },
  'param.extra': {
    guards: 'spec.tasks[].params[].name (Pipeline), spec.params[].name (TaskRun), for a Task among the documents or a catalog task the SDK knows (hub resolver)',
    checks: 'A param given to a task is one it declares (Tekton ignores an undeclared one, so a misspelled optional param keeps its default); the message names the nearest declared param. An error at synth, a warning in `validate`.',
    example: { manifests: [pipeline({ workspaces: [{ name: 'w' }], tasks: [{ name: 'build', taskRef: { resolver: 'hub', params: [{ name: 'name', value: 'kaniko' }, { name: 'version', value: '0.6' }] }, params: [{ name: 'IMAGE', value: 'ghcr.io/acme/app:1' }, { name: 'DOCKER_FILE', value: 'services/app/Dockerfile' }], workspaces: [{ name: 'source', workspace: 'w' }] }] })] },
  },
  'param.missing': { guards: 'spec.params (runs), spec.tasks[].params', checks: 'Every param the Task or Pipeline declares without a default is given.' },
  'param.name': {
    guards: 'spec.params[].name',
    checks: 'A param declaration has a name.',
    example: { manifests: [task({ params: [{ type: 'string' }], steps: [STEP] })] },
  },
  'param.name-format': { guards: 'spec.params[].name, spec.params[].properties', checks: 'Param names (and the keys of object params) use only letters, digits, "_", "-" (and "." for non-object params), starting with a letter or "_".' },
  'param.object-key': { guards: '$(params.<object>.<key>) references', checks: 'A reference to a key of an object param names a declared key.' },
  'param.object-properties': { guards: 'spec.params[].properties', checks: 'An object param declares its keys under properties, as a map of key to {type: string}.' },
  'param.object-property-type': { guards: 'spec.params[].properties.<key>.type', checks: 'The keys of an object param hold strings.' },
  'param.object-whole': { guards: 'spec.steps[] fields (Task)', checks: 'A step uses keys of an object param, never the whole object.' },
  'param.reference-form': { guards: '$(params...) references', checks: 'A param reference has one of the forms Tekton substitutes: $(params.name), $(params["name"]), $(params.name[*]), $(params.name[0]), $(params.name.key).' },
  'param.type': { guards: 'spec.params[].type', checks: 'A param type is string, array or object.' },
  'param.undeclared': { guards: '$(params...) references', checks: 'A param reference names a param the Task or Pipeline declares.' },
  'param.value-duplicate': { guards: 'spec.params[].name (runs), spec.tasks[].params[].name', checks: 'A param value is given once.' },
  'param.value-name': {
    guards: 'spec.params[].name (runs), spec.tasks[].params[].name',
    checks: 'A param value names the param it sets.',
    example: { manifests: [pipeline({ tasks: [{ ...ECHO, params: [{ value: 'x' }] }] })] },
  },
  'param.value-type': { guards: 'spec.params[].value (runs), spec.tasks[].params[].value', checks: 'A value given for a param has the declared type of that param.' },
  'param.whole-reference': { guards: '$(params...) references in pipeline tasks', checks: 'A whole array or object param is only used where Tekton takes a whole one: as a param value, a matrix value or in when values; not inside a longer string or as a when input.' },
  'pipeline.context-variable': { guards: '$(context...) references (Pipeline)', checks: 'A context variable is one a Pipeline has.' },
  'pipeline.custom-task-api-version': { guards: 'spec.tasks[].taskRef.apiVersion', checks: 'A custom task reference has an apiVersion of the form group/version.' },
  'pipeline.custom-task-kind': { guards: 'spec.tasks[].taskRef.kind', checks: 'A custom task reference has a kind.' },
  'pipeline.cycle': { guards: 'spec.tasks[].runAfter and result references', checks: 'Pipeline tasks do not wait for each other in a cycle, through runAfter or through result references.' },
  'pipeline.empty': { guards: 'spec (Pipeline)', checks: 'A pipeline spec is not empty.' },
  'pipeline.finally-result-in-task': { guards: '$(finally...) references in spec.tasks', checks: 'Only pipeline results use results of finally tasks; pipeline tasks cannot.' },
  'pipeline.finally-run-after': { guards: 'spec.finally[].runAfter', checks: 'Finally tasks have no runAfter: they run after all tasks.' },
  'pipeline.finally-without-tasks': { guards: 'spec.finally', checks: 'A pipeline with finally tasks has at least one task.' },
  'pipeline.inline-disabled': { guards: 'spec.tasks[].taskSpec, spec.tasks[].pipelineSpec (feature-flags disable-inline-spec)', checks: 'No inline spec in a Pipeline when disable-inline-spec lists "pipeline".' },
  'pipeline.matrix-result': { guards: '$(tasks.<matrixed task>.results...) references', checks: 'A result of a task fanned out by a matrix is consumed whole, as the list of all runs\' results.' },
  'pipeline.matrix-result-type': { guards: '$(tasks.<matrixed task>.results...) references', checks: 'Only string results of matrixed tasks are consumed.' },
  'pipeline.on-error': { guards: 'spec.tasks[].onError', checks: 'onError of a pipeline task is "continue" or "stopAndFail".' },
  'pipeline.on-error-retries': { guards: 'spec.tasks[].retries', checks: 'A pipeline task with onError: continue has no retries.' },
  'pipeline.result-from-pipeline-task': { guards: '$(tasks...results...) references', checks: 'Results of a pipeline task that runs a child pipeline are not consumed: they are not propagated.' },
  'pipeline.result-undeclared': { guards: '$(tasks.<task>.results.<result>) references, spec.results[].value', checks: 'A result reference names a result the referenced task declares.' },
  'pipeline.result-unknown-task': { guards: '$(tasks.<task>.results...) references, spec.results[].value', checks: 'A result reference names a task of the pipeline.' },
  'pipeline.result-value': { guards: 'spec.results[].value (Pipeline)', checks: 'A pipeline result takes its value from task results: $(tasks.<task>.results.<result>) or $(finally.<task>.results.<result>).' },
  'pipeline.run-after-unknown': { guards: 'spec.tasks[].runAfter[]', checks: 'runAfter names tasks of the pipeline.' },
  'pipeline.status-in-task': { guards: '$(tasks.<task>.status), $(tasks.status) references', checks: 'Execution status variables are only used in finally tasks.' },
  'pipeline.status-unknown-task': { guards: '$(tasks.<task>.status) references', checks: 'An execution status reference names a task of the pipeline.' },
  'pipeline.task-duplicate': { guards: 'spec.tasks[].name, spec.finally[].name', checks: 'Every pipeline task name is unique across tasks and finally.' },
  'pipeline.task-kind': { guards: 'spec.tasks[]', checks: 'A pipeline task sets exactly one of taskRef, taskSpec, pipelineRef and pipelineSpec.' },
  'pipeline.task-name': { guards: 'spec.tasks[].name', checks: 'A pipeline task name is a DNS-1123 label: lowercase letters, digits and "-", at most 63 characters.' },
  'pipeline.task-spec-kind': { guards: 'spec.tasks[].taskSpec', checks: 'An inline taskSpec with steps sets no apiVersion or kind (those mark a custom task).' },
  'pipeline.task-workspace-duplicate': { guards: 'spec.tasks[].workspaces[].name', checks: 'A pipeline task binds each workspace once.' },
  'pipeline.task-workspace-undeclared': { guards: 'spec.tasks[].workspaces[].workspace', checks: 'A pipeline task binds only workspaces the Pipeline declares.' },
  'pipeline.unknown-task': {
    guards: '$(tasks.<task>.outputs...) artifact references',
    checks: 'An artifact reference names a task of the pipeline.',
    example: {
      manifests: [pipeline({ tasks: [{ ...ECHO, params: [{ name: 'in', value: '$(tasks.build.outputs.image)' }] }] })],
      options: { apiFields: 'alpha', enableArtifacts: true },
    },
  },
  'pipeline.variable-prefix': { guards: '$(...) expressions in pipeline tasks', checks: 'A $(...) expression is a Tekton variable: it starts with params, tasks, finally, context, workspaces or results.' },
  'pipeline.when-input-array': {
    guards: 'spec.tasks[].when[].input',
    checks: 'A when input is a single value, never a whole array result.',
    example: {
      manifests: [pipeline({
        tasks: [
          { name: 'list', taskSpec: { results: [{ name: 'items', type: 'array' }], steps: [STEP] } },
          { ...ECHO, when: [{ input: '$(tasks.list.results.items[*])', operator: 'in', values: ['a'] }] },
        ],
      })],
    },
  },
  'pipelinerun.inline-disabled': { guards: 'spec.pipelineSpec (feature-flags disable-inline-spec)', checks: 'No inline pipelineSpec in a PipelineRun when disable-inline-spec lists "pipelinerun".' },
  'pipelinerun.param-result-ref': { guards: 'spec.params[].value (PipelineRun)', checks: 'A PipelineRun param value uses no task results: there are no tasks yet when the run starts.' },
  'pipelinerun.ref-or-spec': { guards: 'spec.pipelineRef, spec.pipelineSpec (PipelineRun)', checks: 'A PipelineRun sets exactly one of pipelineRef and pipelineSpec.' },
  'pipelinerun.spec': {
    guards: 'spec (PipelineRun)',
    checks: 'A PipelineRun has a spec.',
    example: { manifests: [{ apiVersion: 'tekton.dev/v1', kind: 'PipelineRun', metadata: { name: 'r' } }] },
  },
  'pipelinerun.status': { guards: 'spec.status (PipelineRun)', checks: 'status is one of the values a PipelineRun accepts: Cancelled, CancelledRunFinally, StoppedRunFinally, PipelineRunPending.' },
  'pipelinerun.task-timeout-exceeds': { guards: 'spec.taskRunSpecs[].timeout', checks: 'The timeout of one pipeline task is not longer than the pipeline\'s timeouts.' },
  'pipelinerun.timeouts-exceed': { guards: 'spec.timeouts.tasks, spec.timeouts.finally', checks: 'timeouts.tasks and timeouts.finally are each within timeouts.pipeline.' },
  'pipelinerun.timeouts-sum': { guards: 'spec.timeouts', checks: 'timeouts.tasks plus timeouts.finally are within timeouts.pipeline.' },
  'pipelinerun.timeouts-zero': { guards: 'spec.timeouts.tasks, spec.timeouts.finally', checks: 'A timeout of 0 (none) for tasks or finally comes with timeouts.pipeline of 0.' },
  'ref.name-format': { guards: 'taskRef.name, pipelineRef.name, step ref.name', checks: 'A ref\'s name is a valid resource name.' },
  'ref.name-missing': { guards: 'taskRef, pipelineRef, step ref', checks: 'A ref has a name or a resolver.' },
  'ref.name-with-params': { guards: 'taskRef.name, pipelineRef.name, step ref.name', checks: 'A ref with resolver params sets no name: the params say what to fetch.' },
  'ref.not-found': { guards: 'taskRef.name, pipelineRef.name, step ref.name', checks: 'A ref by name names a Task, Pipeline or StepAction among the documents validated together, or one declared to exist in the cluster (externalRefs, --external).' },
  'ref.param-duplicate': { guards: 'taskRef.params[].name, pipelineRef.params[].name, step ref.params[].name', checks: 'Each resolver param is given once; names are compared ignoring case.' },
  'ref.params-without-resolver': { guards: 'taskRef.resolver, pipelineRef.resolver, step ref.resolver', checks: 'A ref with params names its resolver.' },
  'ref.resolver-missing': { guards: 'taskRef.resolver, pipelineRef.resolver', checks: 'A ref whose name is a URL names the resolver that understands it.' },
  'ref.resolver-name': { guards: 'taskRef.name, pipelineRef.name', checks: 'With a resolver, a ref\'s name is a URL (the concise resolver syntax) or absent.' },
  'resource.duplicate': { guards: 'metadata.name (Task, Pipeline, StepAction)', checks: 'No two Tasks, Pipelines or StepActions validated together share a name: applying both would keep only the last.' },
  'result.duplicate': {
    guards: 'spec.results[].name',
    checks: 'A result is declared once.',
    example: { manifests: [task({ results: [{ name: 'digest' }, { name: 'digest' }], steps: [STEP] })] },
  },
  'result.name': {
    guards: 'spec.results[].name',
    checks: 'A result declaration has a name.',
    example: { manifests: [task({ results: [{ type: 'string' }], steps: [STEP] })] },
  },
  'result.name-format': { guards: 'spec.results[].name', checks: 'A result name uses letters, digits, "-", "_" and ".", starting and ending with a letter or digit.' },
  'result.object-properties': { guards: 'spec.results[].properties', checks: 'An object result declares its keys under properties.' },
  'result.object-property-type': { guards: 'spec.results[].properties.<key>.type', checks: 'The keys of an object result hold strings.' },
  'result.type': { guards: 'spec.results[].type', checks: 'A result type is string, array or object.' },
  'result.value-form': { guards: 'spec.results[].value (Task)', checks: 'A Task result\'s value is exactly one step-result reference, $(steps.<step>.results.<result>).' },
  'result.value-name': { guards: 'spec.results[].value (Task)', checks: 'The result name inside a Task result\'s value is a valid result name.' },
  'result.value-step': { guards: 'spec.results[].value (Task)', checks: 'The step name inside a Task result\'s value is a valid step name.' },
  'run.compute-resources-conflict': { guards: 'spec.computeResources, spec.stepSpecs[].computeResources', checks: 'A run sets computeResources for the whole task or per step in stepSpecs, not both.' },
  'run.forbidden-env': { guards: 'spec.podTemplate.env[].name', checks: 'A pod template sets no env var that default-forbidden-env forbids.' },
  'run.override-duplicate': { guards: 'spec.stepSpecs[].name, spec.sidecarSpecs[].name', checks: 'A run overrides each step or sidecar once; names are compared ignoring case.' },
  'run.override-name': { guards: 'spec.stepSpecs[].name, spec.sidecarSpecs[].name', checks: 'Every step or sidecar override names what it overrides.' },
  'run.timeout-format': { guards: 'spec.timeout, spec.timeouts.* (runs)', checks: 'A run timeout is a duration such as 30m or 1h30m.' },
  'run.timeout-negative': { guards: 'spec.timeout, spec.timeouts.* (runs)', checks: 'A run timeout is not negative.' },
  'script.command-reference': {
    guards: 'spec.steps[].command, spec.steps[].args (Task)',
    checks: 'Warns when a step\'s command runs code given as an argument (sh -c, bash -ec, python3 -c, node -e) and that code holds a Tekton variable the user of the pipeline controls: Tekton substitutes it first, so the value runs as code; pass it as an env var instead.',
    example: { manifests: [task({ params: [{ name: 'p' }], steps: [{ name: 's', image: 'alpine', command: ['sh', '-c'], args: ['echo $(params.p)'] }] })] },
  },
  'script.tekton-reference': { guards: 'spec.steps[].script (Task, StepAction)', checks: 'Warns when a script uses a Tekton variable ($(params.x), $(tt.params.x) in a TriggerTemplate, a result, the path of a workspace whose mountPath holds a reference, ...) in its text: Tekton substitutes it before the shell reads the script, so the value can run as shell code; pass it as an env var instead.' },
  
  'sidecar.image': { guards: 'spec.sidecars[].image', checks: 'A sidecar has an image.' },
  'sidecar.reserved-name': { guards: 'spec.sidecars[].name', checks: 'No sidecar is named "tekton-log-results", the name of Tekton\'s own results sidecar.' },
  'sidecar.script-and-command': { guards: 'spec.sidecars[].script, spec.sidecars[].command', checks: 'A sidecar sets script or command, not both.' },
  'step.action-param-unknown': { guards: 'spec.steps[].params[].name', checks: 'A step that uses a StepAction passes only params the StepAction declares.' },
  'step.artifact-field': { guards: 'spec.steps[] fields', checks: 'Step artifact variables are only used in env, command, args and script.' },
  'step.image': { guards: 'spec.steps[].image', checks: 'A step has an image, or a ref to a StepAction.' },
  'step.mount-internal': { guards: 'spec.steps[].volumeMounts[].name', checks: 'No step mounts a volume whose name starts with "tekton-internal-", a prefix Tekton reserves.' },
  'step.mount-tekton': { guards: 'spec.steps[].volumeMounts[].mountPath', checks: 'No step mounts a volume under /tekton/, which Tekton uses (except /tekton/home).' },
  'step.name': { guards: 'spec.steps[].name', checks: 'A step name is a DNS-1123 label.' },
  'step.on-error': { guards: 'spec.steps[].onError', checks: 'onError of a step is "continue" or "stopAndFail".' },
  'step.params-without-ref': { guards: 'spec.steps[].params', checks: 'Only a step that uses a StepAction ref has params.' },
  'step.ref-conflict': { guards: 'spec.steps[] with ref', checks: 'A step that uses a StepAction sets none of the fields the StepAction provides (image, command, args, script, env, volumeMounts).' },
  'step.result-ref-field': { guards: '$(steps.<step>.results...) references', checks: 'Step result references are only used in env, command and args.' },
  'step.result-undeclared': { guards: '$(step.results.<result>.path) references', checks: 'A step writes only results it declares.' },
  'step.script-and-command': { guards: 'spec.steps[].script, spec.steps[].command', checks: 'A step sets script or command, not both.' },
  'step.timeout': { guards: 'spec.steps[].timeout', checks: 'A step timeout is a duration that is not negative.' },
  'stepaction.image': { guards: 'spec.image (StepAction)', checks: 'A StepAction has an image.' },
  'stepaction.script-and-command': { guards: 'spec.script, spec.command (StepAction)', checks: 'A StepAction sets script or command, not both.' },
  'stepaction.script-param': { guards: 'spec.script (StepAction)', checks: 'A StepAction script reads params through env, never as $(params...) text.' },
  'stepaction.spec': {
    guards: 'spec (StepAction)',
    checks: 'A StepAction has a spec.',
    example: { manifests: [{ apiVersion: 'tekton.dev/v1beta1', kind: 'StepAction', metadata: { name: 'a' } }] },
  },
  'stepaction.volume-mount-name': { guards: 'spec.volumeMounts[].name (StepAction)', checks: 'A StepAction volume mount name is exactly one reference to a declared param.' },
  'task.context-variable': { guards: '$(context...) references (Task)', checks: 'A context variable is one a Task has.' },
  'task.no-steps': { guards: 'spec.steps (Task)', checks: 'A Task has at least one step.' },
  'task.result-undeclared': { guards: '$(results.<result>.path) references', checks: 'A step writes only results the Task declares.' },
  'task.spec': {
    guards: 'spec (Task), spec.tasks[].taskSpec, spec.taskSpec',
    checks: 'A task spec is an object with steps.',
    example: { manifests: [{ apiVersion: 'tekton.dev/v1', kind: 'Task', metadata: { name: 't' } }] },
  },
  'task.step-duplicate': { guards: 'spec.steps[].name', checks: 'Every step name of a Task is unique.' },
  'task.volume-duplicate': { guards: 'spec.volumes[].name', checks: 'Every volume of a Task is declared once.' },
  'task.workspace-undeclared': {
    guards: '$(workspaces.<workspace>...) references (Task)',
    checks: 'A workspace reference names a workspace the Task declares.',
    example: { manifests: [task({ steps: [{ ...STEP, workingDir: '$(workspaces.source.path)' }] })] },
  },
  'taskrun.debug-before-steps': { guards: 'spec.debug.breakpoints.beforeSteps[]', checks: 'Each step is listed once among the breakpoints.' },
  'taskrun.debug-on-failure': { guards: 'spec.debug.breakpoints.onFailure', checks: 'onFailure is "enabled" when set.' },
  'taskrun.inline-disabled': { guards: 'spec.taskSpec (feature-flags disable-inline-spec)', checks: 'No inline taskSpec in a TaskRun when disable-inline-spec lists "taskrun".' },
  'taskrun.ref-or-spec': { guards: 'spec.taskRef, spec.taskSpec (TaskRun)', checks: 'A TaskRun sets exactly one of taskRef and taskSpec.' },
  'taskrun.retries': { guards: 'spec.retries (TaskRun)', checks: 'retries is a whole number, 0 or more.' },
  'taskrun.spec': {
    guards: 'spec (TaskRun)',
    checks: 'A TaskRun has a spec.',
    example: { manifests: [{ apiVersion: 'tekton.dev/v1', kind: 'TaskRun', metadata: { name: 'r' } }] },
  },
  'taskrun.status': { guards: 'spec.status (TaskRun)', checks: 'status is TaskRunCancelled or TaskRunPending.' },
  'taskrun.status-message': { guards: 'spec.statusMessage (TaskRun)', checks: 'statusMessage is only set together with status.' },
  'when.cel-empty': {
    guards: 'when[].cel',
    checks: 'A CEL when expression is not empty.',
    example: { manifests: [pipeline({ tasks: [{ ...ECHO, when: [{ cel: ' ' }] }] })], options: { apiFields: 'alpha', enableCelInWhenExpression: true } },
  },
  'when.cel-mixed': { guards: 'when[]', checks: 'A when expression with cel sets no input, operator or values.' },
  'when.cel-syntax': { guards: 'when[].cel', checks: 'A CEL expression has balanced quotes and brackets (what can be checked without a CEL compiler).' },
  'when.cel-unquoted-variable': { guards: 'when[].cel', checks: 'Tekton variables inside CEL are quoted: the expression is compiled before they are substituted.' },
  'when.empty': { guards: 'when[]', checks: 'A when expression is not empty.' },
  'when.input': {
    guards: 'when[].input',
    checks: 'The input of a when expression is a string.',
    example: { manifests: [pipeline({ tasks: [{ ...ECHO, when: [{ operator: 'in', values: ['main'] }] }] })] },
  },
  'when.operator': { guards: 'when[].operator', checks: 'The operator of a when expression is "in" or "notin".' },
  'when.values': { guards: 'when[].values', checks: 'A when expression lists at least one value.' },
  'workspace.duplicate': { guards: 'spec.workspaces[].name (Task, Pipeline)', checks: 'A workspace is declared once.' },
  'workspace.missing-binding': { guards: 'spec.workspaces (runs), spec.tasks[].workspaces', checks: 'Every workspace the Task or Pipeline declares as required is bound.' },
  'workspace.mount-path-duplicate': { guards: 'spec.workspaces[].mountPath (Task)', checks: 'No two workspaces mount at the same path.' },
  'workspace.mount-path-volume': { guards: 'spec.workspaces[].mountPath (Task)', checks: 'A workspace does not mount where a step or sidecar already mounts a volume.' },
  'workspace.name': { guards: 'spec.workspaces[].name (Task, Pipeline)', checks: 'A workspace declaration has a name.' },
  'workspace.undeclared-use': { guards: 'spec.steps[].workspaces[].name, spec.sidecars[].workspaces[].name', checks: 'A step or sidecar uses only workspaces the Task declares.' },
  'workspace.unknown-binding': { guards: 'spec.workspaces[].name (runs), spec.tasks[].workspaces[].name', checks: 'A binding names a workspace the Task or Pipeline declares.' },
  'matrix.shape': { guards: 'spec.tasks[].matrix', checks: 'A matrix is an object with params and/or include.', example: { manifests: [templated({ tasks: [{ name: 'a', matrix: 7, taskSpec: { steps: [STEP] } }] })] } },
  'param.shape': { guards: 'spec.params[] (Task, Pipeline)', checks: 'A param declaration is an object with a name.', example: { manifests: [templated({ params: [7], tasks: [{ name: 'a', taskSpec: { steps: [STEP] } }] })] } },
  'pipeline.task-shape': { guards: 'spec.tasks[], spec.finally[]', checks: 'A pipeline task is an object with a name and a taskRef or taskSpec.', example: { manifests: [templated({ tasks: [7] })] } },
  'ref.shape': { guards: 'taskRef, pipelineRef, steps[].ref', checks: 'A ref is an object with a name or a resolver.', example: { manifests: [templated({ tasks: [{ name: 'a', taskRef: 7 }] })] } },
  'resource.api-version': { guards: 'apiVersion (every document)', checks: 'A document has an apiVersion, its API group is lowercase, and it is not a near miss of tekton.dev or triggers.tekton.dev (which would leave it unchecked); the core group serves v1 only.' },
  'resource.kind': { guards: 'kind (tekton.dev and triggers.tekton.dev documents)', checks: 'A tekton.dev or triggers.tekton.dev document has a kind its group serves (Task, Pipeline, TaskRun, PipelineRun, StepAction, CustomRun, ...; EventListener, Trigger, TriggerBinding, ...); a near miss such as "Taks" or "pipeline" is named.' },
  'resource.not-checked': { guards: 'apiVersion (tekton.dev/v1beta1 Task, Pipeline and runs)', checks: 'A warning: a document of a version whose webhook rules this validator does not know is checked against its CRD schema only, and not counted as valid.' },
  'resource.version': { guards: 'apiVersion (tekton.dev and triggers.tekton.dev documents)', checks: 'The kind is served at that version (StepAction as v1beta1 or v1alpha1, CustomRun as v1beta1, the others as v1 and v1beta1; the Triggers kinds as v1beta1 and v1alpha1).' },
  'schema.pattern': { guards: 'any field the CRD schema gives a pattern (resource quantities)', checks: 'A value matches the pattern of the CRD\'s openAPIV3Schema, as the API server checks it.' },
  'schema.required': { guards: 'any field the CRD schema requires', checks: 'A field the CRD\'s openAPIV3Schema requires is present (reported only when no other rule speaks of the same field).' },
  'schema.type': { guards: 'any field of a tekton.dev document', checks: 'Each value has the type the CRD\'s openAPIV3Schema gives it (string, integer, boolean, list, object), as the API server checks it; a document of the wrong shape gets no other rule.' },
  'schema.unknown-field': { guards: 'any field of a tekton.dev document', checks: 'A warning: a field the CRD\'s openAPIV3Schema does not know is dropped by the API server (and refused by kubectl apply\'s default validation); a near miss such as "runafter" is named.' },
  'sidecar.shape': { guards: 'spec.sidecars[]', checks: 'A sidecar is an object.', example: { manifests: [inlineTask({ sidecars: [7] })] } },
  'step.shape': { guards: 'spec.steps[]', checks: 'A step is an object.', example: { manifests: [templated({ tasks: [{ name: 'a', taskSpec: { steps: [7] } }] })] } },
  'task.step-template': { guards: 'spec.stepTemplate', checks: 'A stepTemplate is an object of container fields.', example: { manifests: [inlineTask({ stepTemplate: 7 })] } },
  ...TRIGGERS_RULE_DOCS,
  ...PAC_RULE_DOCS,
};
