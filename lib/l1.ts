// The spec shapes the renderers return, taken from the generated L1 types (lib/imports/) so that a
// renderer that writes a field Tekton's schema does not have, or a value of the wrong type, fails
// tsc. The generated types are meant for building L1 objects, not for reading manifests: fields
// that are int-or-string or a quantity are wrapper classes there (`TaskSpecStepsComputeResources
// Limits.fromString('1Gi')`, holding the value in `value`), while a manifest holds the value
// itself, as `toManifestJson` writes it. `Json<T>` is that bridge: the JSON a value of `T` becomes.
import type * as L1 from './imports/tekton.dev';

/** The generated wrapper classes of int-or-string and quantity fields: a `value` and nothing else. */
type Wrapper = { readonly value: string | number };

/** The manifest JSON of a generated L1 type: each wrapper class becomes the value it holds. */
export type Json<T> = T extends string | number | boolean | null | undefined
  ? T
  : T extends Wrapper
    ? [Exclude<keyof T, 'value'>] extends [never] ? T['value'] : JsonObject<T>
    : T extends ReadonlyArray<infer E>
      ? Array<Json<E>>
      : T extends object ? JsonObject<T> : T;

type JsonObject<T> = { [K in keyof T]: Json<T[K]> };

/** A Task's `spec`, or an inline `taskSpec`. */
export type TaskSpec = Json<L1.TaskSpec>;
/** A Pipeline's `spec`, or an inline `pipelineSpec`. */
export type PipelineSpec = Json<L1.PipelineSpec>;
/** A TaskRun's `spec`. */
export type TaskRunSpec = Json<L1.TaskRunSpec>;
/** A PipelineRun's `spec`. */
export type PipelineRunSpec = Json<L1.PipelineRunSpec>;
/** A StepAction's `spec`. */
export type StepActionSpec = Json<L1.StepActionSpec>;
/** A param declaration (Task, Pipeline and StepAction declare params alike). */
export type ParamSpec = Json<L1.TaskSpecParams>;
/** A Task result declaration. */
export type TaskResultSpec = Json<L1.TaskSpecResults>;
/** A Pipeline result declaration. */
export type PipelineResultSpec = Json<L1.PipelineSpecResults>;
/** A Task workspace declaration. */
export type TaskWorkspaceSpec = Json<L1.TaskSpecWorkspaces>;
/** A Pipeline workspace declaration. */
export type PipelineWorkspaceSpec = Json<L1.PipelineSpecWorkspaces>;
/** An entry of a Task's `steps`. */
export type StepSpec = Json<L1.TaskSpecSteps>;
/** An entry of a Task's `sidecars`. */
export type SidecarSpec = Json<L1.TaskSpecSidecars>;
/** A Task's `stepTemplate`. */
export type StepTemplateSpec = Json<L1.TaskSpecStepTemplate>;
/** An entry of a Pipeline's `tasks` or `finally`. */
export type PipelineTaskSpec = Json<L1.PipelineSpecTasks>;
/** A `{name, value}` param entry of a pipeline task, run or resolver. */
export type ParamValueSpec = Json<L1.PipelineSpecTasksParams>;
/** A when expression. */
export type WhenSpec = Json<L1.PipelineSpecTasksWhen>;
/** A pipeline task's `matrix`. */
export type MatrixSpec = Json<L1.PipelineSpecTasksMatrix>;
/** A pipeline task's workspace entry. */
export type PipelineTaskWorkspaceSpec = Json<L1.PipelineSpecTasksWorkspaces>;
/** A run's workspace binding. */
export type WorkspaceBindingSpec = Json<L1.PipelineRunSpecWorkspaces>;
/** A `taskRef`, `pipelineRef` or step `ref` (name, kind, apiVersion or a resolver with params). */
export type RefSpec = Json<L1.PipelineSpecTasksTaskRef>;
/** A run's pod template, with the fields Tekton's schema gives it. */
export type PodTemplateSpec = Json<L1.TaskRunSpecPodTemplate>;
