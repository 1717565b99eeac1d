import { Reference } from './render';

const ref = (expression: string): Reference => new Reference(expression);

/**
 * Tekton's context variables.
 * @see https://tekton.dev/docs/pipelines/variables/
 */
export const context = {
  taskRun: { name: ref('context.taskRun.name'), namespace: ref('context.taskRun.namespace'), uid: ref('context.taskRun.uid') },
  task: { name: ref('context.task.name'), retryCount: ref('context.task.retry-count') },
  pipelineRun: { name: ref('context.pipelineRun.name'), namespace: ref('context.pipelineRun.namespace'), uid: ref('context.pipelineRun.uid') },
  pipeline: { name: ref('context.pipeline.name') },
  pipelineTask: { retries: ref('context.pipelineTask.retries') },
} as const;
