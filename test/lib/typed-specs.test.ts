// The renderers return the spec shapes of the generated L1 types (lib/l1.ts). tsc checks this
// file (`npm test` runs `tsc --noEmit` first): each `@ts-expect-error` line must fail to compile,
// or tsc reports the directive as unused. The functions holding them are never called; the `it`
// blocks check that the typed shapes are the values a manifest holds.
import { Chart, Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import type { Json, StepSpec, TaskSpec } from '../../lib/l1';
import type { TaskSpecStepsComputeResourcesLimits } from '../../lib/imports/tekton.dev';
import { configureValidation, Param, Pipeline, PipelineRun, Task, TaskRef, WorkspaceBinding } from '../../lib';

function chart(): Chart {
  const app = Testing.app();
  configureValidation(app, { enabled: false });
  return new Chart(app, 'test');
}

export function wrongFieldsDoNotCompile(c: Chart): void {
  const spec = new Task(c, 'task').definition.toSpec();
  // @ts-expect-error a Task spec has no field `step`
  void spec.step;
  // @ts-expect-error a step has no field `imagee`
  void spec.steps?.[0].imagee;
  // @ts-expect-error a param's name is a string
  void (new Param('x').toSpec().name satisfies number);
  // @ts-expect-error a pipeline task's runAfter is a list of names
  void (new Pipeline(c, 'p').definition.toSpec().tasks?.[0].runAfter satisfies number[] | undefined);
  // @ts-expect-error a quantity is the value itself in a manifest, not the generated wrapper class
  const wrapped: Json<TaskSpecStepsComputeResourcesLimits> = TaskSpecStepsComputeResourcesLimits_fromString();
  void wrapped;
  // @ts-expect-error a run's pod template takes Tekton's fields only
  new PipelineRun(c, 'run', { pipelineRef: TaskRef.named('x') as never, podTemplate: { notAField: true } });
}

declare function TaskSpecStepsComputeResourcesLimits_fromString(): TaskSpecStepsComputeResourcesLimits;

describe('typed renderers', () => {
  it('render the values a manifest holds where the L1 types hold wrapper classes', () => {
    const c = chart();
    const task = new Task(c, 'build', { steps: [{ name: 'compile', image: 'alpine', computeResources: { limits: { memory: '1Gi' } } }] });
    const spec: TaskSpec = task.definition.toSpec();
    const step: StepSpec = spec.steps![0];
    const memory: string | number | undefined = step.computeResources?.limits?.memory;
    expect(memory).toBe('1Gi');
  });

  it('render a workspace binding with the fields of the run schema', () => {
    expect(WorkspaceBinding.emptyDir({ sizeLimit: '1Gi' }).toSpec('cache')).toEqual({ name: 'cache', emptyDir: { sizeLimit: '1Gi' } });
  });
});
