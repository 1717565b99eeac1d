// What replaced the Tekton forms that are gone, shared by `convert` (which rewrites what Tekton's
// own conversion rewrites and stops on the rest) and `validate` (which names the replacement
// instead of a schema error).

/** The Tekton release that removed PipelineResources. */
export const RESOURCES_REMOVED_IN = 'v0.46';

/** What replaces each PipelineResource type. */
export const RESOURCE_REPLACEMENTS: Readonly<Record<string, string>> = {
  git: 'the git-clone catalog task (GitCloneTask, or TaskRef.hub(\'git-clone\', \'0.10\')) writing into a workspace that later tasks share',
  image: 'a Task result (addResult(\'digest\')) that the image-building task writes and later tasks read',
  storage: 'a workspace (for files shared between tasks), or the gcs-upload / gcs-download catalog tasks for a bucket',
  cluster: 'the kubeconfig-creator catalog task, writing a kubeconfig into a workspace',
  pullRequest: 'the pull-request catalog task, with a workspace for the pull request\'s files',
  cloudEvent: 'the cloudevent catalog task, run as a finally task',
};

/** The message for one PipelineResource (a document of kind PipelineResource, or a declaration or binding in a Task, Pipeline or run). */
export function resourceMessage(type: string | undefined, name: string): string {
  const replacement = type === undefined ? undefined : RESOURCE_REPLACEMENTS[type];
  return `PipelineResource ${JSON.stringify(name)}${type ? ` (type ${type})` : ''} cannot be converted: PipelineResources were removed in Tekton ${RESOURCES_REMOVED_IN}. ` +
    (replacement ? `Use ${replacement}.` : `Replace it with a workspace for files or a result for values; known types: ${Object.keys(RESOURCE_REPLACEMENTS).join(', ')}.`);
}

/** Triggers interceptors written as `- github: {...}` before the `ref:` form, and their params. */
export const OLD_INTERCEPTORS: Readonly<Record<string, readonly string[]>> = {
  github: ['secretRef', 'eventTypes', 'addChangedFiles'],
  gitlab: ['secretRef', 'eventTypes'],
  bitbucket: ['secretRef', 'eventTypes'],
  cel: ['filter', 'overlays'],
};

/** The message for a ClusterTask (removed in Pipelines v0.x, gone with v1). */
export const CLUSTER_TASK_MESSAGE = 'ClusterTask was removed from Tekton (deprecated in v0.41, gone in v1.0); refer to the Task through the cluster resolver (resolver: cluster, params kind: task, name, namespace), and make the ClusterTask a Task in a namespace the resolver may read';

/** The message for `bundle:` in a taskRef or pipelineRef. */
export const BUNDLE_MESSAGE = 'taskRef.bundle / pipelineRef.bundle was removed with tekton.dev/v1; use the bundles resolver (resolver: bundles, params bundle, name, kind)';
