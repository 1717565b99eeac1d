// GENERATED FILE: do not edit. Regenerate with `npm run import` (scripts/import.mjs)
// from Tekton's CRDs (pipeline-300-*.yaml). Embedded taskSpec/pipelineSpec are typed as TaskSpec/PipelineSpec;
// toJson() emits the resolved props as they are (see REWRITES in the script).
/* eslint-disable */
import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';


/**
 * Pipeline describes a list of Tasks to execute. It expresses how outputs
of tasks feed into inputs of subsequent tasks.
 *
 * @schema Pipeline
 */
export class Pipeline extends ApiObject {
  /**
   * Returns the apiVersion and kind for "Pipeline"
   */
  public static readonly GVK: GroupVersionKind = {
    apiVersion: 'tekton.dev/v1',
    kind: 'Pipeline',
  }

  /**
   * Renders a Kubernetes manifest for "Pipeline".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  public static manifest(props: PipelineProps = {}): any {
    return {
      ...Pipeline.GVK,
      ...toJson_PipelineProps(props),
    };
  }

  /**
   * Defines a "Pipeline" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  public constructor(scope: Construct, id: string, props: PipelineProps = {}) {
    super(scope, id, {
      ...Pipeline.GVK,
      ...props,
    });
  }

  /**
   * Renders the object to Kubernetes JSON.
   */
  public override toJson(): any {
    const resolved = super.toJson();

    return {
      ...Pipeline.GVK,
      ...resolved,
    };
  }
}

/**
 * Pipeline describes a list of Tasks to execute. It expresses how outputs
 * of tasks feed into inputs of subsequent tasks.
 *
 * @schema Pipeline
 */
export interface PipelineProps {
  /**
   * @schema Pipeline#metadata
   */
  readonly metadata?: ApiObjectMetadata;

  /**
   * Spec holds the desired state of the Pipeline from the client
   *
   * @schema Pipeline#spec
   */
  readonly spec?: PipelineSpec;
}

/**
 * Converts an object of type 'PipelineProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineProps(obj: PipelineProps | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'metadata': obj.metadata,
    'spec': toJson_PipelineSpec(obj.spec),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Spec holds the desired state of the Pipeline from the client
 *
 * @schema PipelineSpec
 */
export interface PipelineSpec {
  /**
   * Description is a user-facing description of the pipeline that may be
   * used to populate a UI.
   *
   * @schema PipelineSpec#description
   */
  readonly description?: string;

  /**
   * DisplayName is a user-facing name of the pipeline that may be
   * used to populate a UI.
   *
   * @schema PipelineSpec#displayName
   */
  readonly displayName?: string;

  /**
   * Finally declares the list of Tasks that execute just before leaving the Pipeline
   * i.e. either after all Tasks are finished executing successfully
   * or after a failure which would result in ending the Pipeline
   *
   * @schema PipelineSpec#finally
   */
  readonly finally?: PipelineSpecFinally[];

  /**
   * Params declares a list of input parameters that must be supplied when
   * this Pipeline is run.
   *
   * @schema PipelineSpec#params
   */
  readonly params?: PipelineSpecParams[];

  /**
   * Results are values that this pipeline can output once run
   *
   * @schema PipelineSpec#results
   */
  readonly results?: PipelineSpecResults[];

  /**
   * Tasks declares the graph of Tasks that execute when this Pipeline is run.
   *
   * @schema PipelineSpec#tasks
   */
  readonly tasks?: PipelineSpecTasks[];

  /**
   * Workspaces declares a set of named workspaces that are expected to be
   * provided by a PipelineRun.
   *
   * @schema PipelineSpec#workspaces
   */
  readonly workspaces?: PipelineSpecWorkspaces[];
}

/**
 * Converts an object of type 'PipelineSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineSpec(obj: PipelineSpec | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'description': obj.description,
    'displayName': obj.displayName,
    'finally': obj.finally?.map(y => toJson_PipelineSpecFinally(y)),
    'params': obj.params?.map(y => toJson_PipelineSpecParams(y)),
    'results': obj.results?.map(y => toJson_PipelineSpecResults(y)),
    'tasks': obj.tasks?.map(y => toJson_PipelineSpecTasks(y)),
    'workspaces': obj.workspaces?.map(y => toJson_PipelineSpecWorkspaces(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PipelineTask defines a task in a Pipeline, passing inputs from both
 * Params and from the output of previous tasks.
 *
 * @schema PipelineSpecFinally
 */
export interface PipelineSpecFinally {
  /**
   * Description is the description of this task within the context of a Pipeline.
   * This description may be used to populate a UI.
   *
   * @schema PipelineSpecFinally#description
   */
  readonly description?: string;

  /**
   * DisplayName is the display name of this task within the context of a Pipeline.
   * This display name may be used to populate a UI.
   *
   * @schema PipelineSpecFinally#displayName
   */
  readonly displayName?: string;

  /**
   * Matrix declares parameters used to fan out this task.
   *
   * @schema PipelineSpecFinally#matrix
   */
  readonly matrix?: PipelineSpecFinallyMatrix;

  /**
   * Name is the name of this task within the context of a Pipeline. Name is
   * used as a coordinate with the `from` and `runAfter` fields to establish
   * the execution order of tasks relative to one another.
   *
   * @schema PipelineSpecFinally#name
   */
  readonly name?: string;

  /**
   * OnError defines the exiting behavior of a PipelineRun on error
   * can be set to [ continue | stopAndFail ]
   *
   * @schema PipelineSpecFinally#onError
   */
  readonly onError?: string;

  /**
   * Parameters declares parameters passed to this task.
   *
   * @schema PipelineSpecFinally#params
   */
  readonly params?: PipelineSpecFinallyParams[];

  /**
   * PipelineRef is a reference to a pipeline definition.
   * This is an alpha field. You must set the "enable-api-fields" feature flag
   * to "alpha" for this field to be supported. When enabled, the referenced
   * Pipeline is executed as a child PipelineRun owned by the parent PipelineRun.
   *
   * @schema PipelineSpecFinally#pipelineRef
   */
  readonly pipelineRef?: PipelineSpecFinallyPipelineRef;

  /**
   * PipelineSpec is a specification of a pipeline.
   * This is an alpha field. You must set the "enable-api-fields" feature flag
   * to "alpha" for this field to be supported. When enabled, the embedded
   * Pipeline is executed as a child PipelineRun owned by the parent PipelineRun.
   * Specifying PipelineSpec can be disabled by setting
   * `disable-inline-spec` feature flag.
   * See Pipeline.spec (API version: tekton.dev/v1)
   *
   * @schema PipelineSpecFinally#pipelineSpec
   */
  readonly pipelineSpec?: PipelineSpec;

  /**
   * Retries represents how many times this task should be retried in case of task failure: ConditionSucceeded set to False
   *
   * @schema PipelineSpecFinally#retries
   */
  readonly retries?: number;

  /**
   * RunAfter is the list of PipelineTask names that should be executed before
   * this Task executes. (Used to force a specific ordering in graph execution.)
   *
   * @schema PipelineSpecFinally#runAfter
   */
  readonly runAfter?: string[];

  /**
   * TaskRef is a reference to a task definition.
   *
   * @schema PipelineSpecFinally#taskRef
   */
  readonly taskRef?: PipelineSpecFinallyTaskRef;

  /**
   * TaskSpec is a specification of a task
   * Specifying TaskSpec can be disabled by setting
   * `disable-inline-spec` feature flag.
   * See Task.spec (API version: tekton.dev/v1)
   *
   * @schema PipelineSpecFinally#taskSpec
   */
  readonly taskSpec?: TaskSpec;

  /**
   * Duration after which the TaskRun times out. Defaults to 1 hour.
   * Refer Go's ParseDuration documentation for expected format: https://golang.org/pkg/time/#ParseDuration
   *
   * @default 1 hour.
   * @schema PipelineSpecFinally#timeout
   */
  readonly timeout?: string;

  /**
   * When is a list of when expressions that need to be true for the task to run
   *
   * @schema PipelineSpecFinally#when
   */
  readonly when?: PipelineSpecFinallyWhen[];

  /**
   * Workspaces maps workspaces from the pipeline spec to the workspaces
   * declared in the Task.
   *
   * @schema PipelineSpecFinally#workspaces
   */
  readonly workspaces?: PipelineSpecFinallyWorkspaces[];
}

/**
 * Converts an object of type 'PipelineSpecFinally' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineSpecFinally(obj: PipelineSpecFinally | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'description': obj.description,
    'displayName': obj.displayName,
    'matrix': toJson_PipelineSpecFinallyMatrix(obj.matrix),
    'name': obj.name,
    'onError': obj.onError,
    'params': obj.params?.map(y => toJson_PipelineSpecFinallyParams(y)),
    'pipelineRef': toJson_PipelineSpecFinallyPipelineRef(obj.pipelineRef),
    'pipelineSpec': obj.pipelineSpec,
    'retries': obj.retries,
    'runAfter': obj.runAfter?.map(y => y),
    'taskRef': toJson_PipelineSpecFinallyTaskRef(obj.taskRef),
    'taskSpec': obj.taskSpec,
    'timeout': obj.timeout,
    'when': obj.when?.map(y => toJson_PipelineSpecFinallyWhen(y)),
    'workspaces': obj.workspaces?.map(y => toJson_PipelineSpecFinallyWorkspaces(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ParamSpec defines arbitrary parameters needed beyond typed inputs (such as
 * resources). Parameter values are provided by users as inputs on a TaskRun
 * or PipelineRun.
 *
 * @schema PipelineSpecParams
 */
export interface PipelineSpecParams {
  /**
   * Default is the value a parameter takes if no input value is supplied. If
   * default is set, a Task may be executed without a supplied value for the
   * parameter.
   *
   * @default the value a parameter takes if no input value is supplied. If
   * @schema PipelineSpecParams#default
   */
  readonly default?: any;

  /**
   * Description is a user-facing description of the parameter that may be
   * used to populate a UI.
   *
   * @schema PipelineSpecParams#description
   */
  readonly description?: string;

  /**
   * Enum declares a set of allowed param input values for tasks/pipelines that can be validated.
   * If Enum is not set, no input validation is performed for the param.
   *
   * @schema PipelineSpecParams#enum
   */
  readonly enum?: string[];

  /**
   * Name declares the name by which a parameter is referenced.
   *
   * @schema PipelineSpecParams#name
   */
  readonly name: string;

  /**
   * Properties is the JSON Schema properties to support key-value pairs parameter.
   *
   * @schema PipelineSpecParams#properties
   */
  readonly properties?: { [key: string]: PipelineSpecParamsProperties };

  /**
   * Type is the user-specified type of the parameter. The possible types
   * are currently "string", "array" and "object", and "string" is the default.
   *
   * @schema PipelineSpecParams#type
   */
  readonly type?: string;
}

/**
 * Converts an object of type 'PipelineSpecParams' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineSpecParams(obj: PipelineSpecParams | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'default': obj.default,
    'description': obj.description,
    'enum': obj.enum?.map(y => y),
    'name': obj.name,
    'properties': ((obj.properties) === undefined) ? undefined : (Object.entries(obj.properties).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_PipelineSpecParamsProperties(i[1]) }), {})),
    'type': obj.type,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PipelineResult used to describe the results of a pipeline
 *
 * @schema PipelineSpecResults
 */
export interface PipelineSpecResults {
  /**
   * Description is a human-readable description of the result
   *
   * @schema PipelineSpecResults#description
   */
  readonly description?: string;

  /**
   * Name the given name
   *
   * @schema PipelineSpecResults#name
   */
  readonly name: string;

  /**
   * Type is the user-specified type of the result.
   * The possible types are 'string', 'array', and 'object', with 'string' as the default.
   * 'array' and 'object' types are alpha features.
   *
   * @schema PipelineSpecResults#type
   */
  readonly type?: string;

  /**
   * Value the expression used to retrieve the value
   *
   * @schema PipelineSpecResults#value
   */
  readonly value: any;
}

/**
 * Converts an object of type 'PipelineSpecResults' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineSpecResults(obj: PipelineSpecResults | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'description': obj.description,
    'name': obj.name,
    'type': obj.type,
    'value': obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PipelineTask defines a task in a Pipeline, passing inputs from both
 * Params and from the output of previous tasks.
 *
 * @schema PipelineSpecTasks
 */
export interface PipelineSpecTasks {
  /**
   * Description is the description of this task within the context of a Pipeline.
   * This description may be used to populate a UI.
   *
   * @schema PipelineSpecTasks#description
   */
  readonly description?: string;

  /**
   * DisplayName is the display name of this task within the context of a Pipeline.
   * This display name may be used to populate a UI.
   *
   * @schema PipelineSpecTasks#displayName
   */
  readonly displayName?: string;

  /**
   * Matrix declares parameters used to fan out this task.
   *
   * @schema PipelineSpecTasks#matrix
   */
  readonly matrix?: PipelineSpecTasksMatrix;

  /**
   * Name is the name of this task within the context of a Pipeline. Name is
   * used as a coordinate with the `from` and `runAfter` fields to establish
   * the execution order of tasks relative to one another.
   *
   * @schema PipelineSpecTasks#name
   */
  readonly name?: string;

  /**
   * OnError defines the exiting behavior of a PipelineRun on error
   * can be set to [ continue | stopAndFail ]
   *
   * @schema PipelineSpecTasks#onError
   */
  readonly onError?: string;

  /**
   * Parameters declares parameters passed to this task.
   *
   * @schema PipelineSpecTasks#params
   */
  readonly params?: PipelineSpecTasksParams[];

  /**
   * PipelineRef is a reference to a pipeline definition.
   * This is an alpha field. You must set the "enable-api-fields" feature flag
   * to "alpha" for this field to be supported. When enabled, the referenced
   * Pipeline is executed as a child PipelineRun owned by the parent PipelineRun.
   *
   * @schema PipelineSpecTasks#pipelineRef
   */
  readonly pipelineRef?: PipelineSpecTasksPipelineRef;

  /**
   * PipelineSpec is a specification of a pipeline.
   * This is an alpha field. You must set the "enable-api-fields" feature flag
   * to "alpha" for this field to be supported. When enabled, the embedded
   * Pipeline is executed as a child PipelineRun owned by the parent PipelineRun.
   * Specifying PipelineSpec can be disabled by setting
   * `disable-inline-spec` feature flag.
   * See Pipeline.spec (API version: tekton.dev/v1)
   *
   * @schema PipelineSpecTasks#pipelineSpec
   */
  readonly pipelineSpec?: PipelineSpec;

  /**
   * Retries represents how many times this task should be retried in case of task failure: ConditionSucceeded set to False
   *
   * @schema PipelineSpecTasks#retries
   */
  readonly retries?: number;

  /**
   * RunAfter is the list of PipelineTask names that should be executed before
   * this Task executes. (Used to force a specific ordering in graph execution.)
   *
   * @schema PipelineSpecTasks#runAfter
   */
  readonly runAfter?: string[];

  /**
   * TaskRef is a reference to a task definition.
   *
   * @schema PipelineSpecTasks#taskRef
   */
  readonly taskRef?: PipelineSpecTasksTaskRef;

  /**
   * TaskSpec is a specification of a task
   * Specifying TaskSpec can be disabled by setting
   * `disable-inline-spec` feature flag.
   * See Task.spec (API version: tekton.dev/v1)
   *
   * @schema PipelineSpecTasks#taskSpec
   */
  readonly taskSpec?: TaskSpec;

  /**
   * Duration after which the TaskRun times out. Defaults to 1 hour.
   * Refer Go's ParseDuration documentation for expected format: https://golang.org/pkg/time/#ParseDuration
   *
   * @default 1 hour.
   * @schema PipelineSpecTasks#timeout
   */
  readonly timeout?: string;

  /**
   * When is a list of when expressions that need to be true for the task to run
   *
   * @schema PipelineSpecTasks#when
   */
  readonly when?: PipelineSpecTasksWhen[];

  /**
   * Workspaces maps workspaces from the pipeline spec to the workspaces
   * declared in the Task.
   *
   * @schema PipelineSpecTasks#workspaces
   */
  readonly workspaces?: PipelineSpecTasksWorkspaces[];
}

/**
 * Converts an object of type 'PipelineSpecTasks' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineSpecTasks(obj: PipelineSpecTasks | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'description': obj.description,
    'displayName': obj.displayName,
    'matrix': toJson_PipelineSpecTasksMatrix(obj.matrix),
    'name': obj.name,
    'onError': obj.onError,
    'params': obj.params?.map(y => toJson_PipelineSpecTasksParams(y)),
    'pipelineRef': toJson_PipelineSpecTasksPipelineRef(obj.pipelineRef),
    'pipelineSpec': obj.pipelineSpec,
    'retries': obj.retries,
    'runAfter': obj.runAfter?.map(y => y),
    'taskRef': toJson_PipelineSpecTasksTaskRef(obj.taskRef),
    'taskSpec': obj.taskSpec,
    'timeout': obj.timeout,
    'when': obj.when?.map(y => toJson_PipelineSpecTasksWhen(y)),
    'workspaces': obj.workspaces?.map(y => toJson_PipelineSpecTasksWorkspaces(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PipelineWorkspaceDeclaration creates a named slot in a Pipeline that a PipelineRun
 * is expected to populate with a workspace binding.
 *
 * @schema PipelineSpecWorkspaces
 */
export interface PipelineSpecWorkspaces {
  /**
   * Description is a human readable string describing how the workspace will be
   * used in the Pipeline. It can be useful to include a bit of detail about which
   * tasks are intended to have access to the data on the workspace.
   *
   * @schema PipelineSpecWorkspaces#description
   */
  readonly description?: string;

  /**
   * Name is the name of a workspace to be provided by a PipelineRun.
   *
   * @schema PipelineSpecWorkspaces#name
   */
  readonly name: string;

  /**
   * Optional marks a Workspace as not being required in PipelineRuns. By default
   * this field is false and so declared workspaces are required.
   *
   * @schema PipelineSpecWorkspaces#optional
   */
  readonly optional?: boolean;
}

/**
 * Converts an object of type 'PipelineSpecWorkspaces' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineSpecWorkspaces(obj: PipelineSpecWorkspaces | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'description': obj.description,
    'name': obj.name,
    'optional': obj.optional,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Matrix declares parameters used to fan out this task.
 *
 * @schema PipelineSpecFinallyMatrix
 */
export interface PipelineSpecFinallyMatrix {
  /**
   * Include is a list of IncludeParams which allows passing in specific combinations of Parameters into the Matrix.
   *
   * @schema PipelineSpecFinallyMatrix#include
   */
  readonly include?: PipelineSpecFinallyMatrixInclude[];

  /**
   * Params is a list of parameters used to fan out the pipelineTask
   * Params takes only `Parameters` of type `"array"`
   * Each array element is supplied to the `PipelineTask` by substituting `params` of type `"string"` in the underlying `Task`.
   * The names of the `params` in the `Matrix` must match the names of the `params` in the underlying `Task` that they will be substituting.
   *
   * @schema PipelineSpecFinallyMatrix#params
   */
  readonly params?: PipelineSpecFinallyMatrixParams[];
}

/**
 * Converts an object of type 'PipelineSpecFinallyMatrix' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineSpecFinallyMatrix(obj: PipelineSpecFinallyMatrix | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'include': obj.include?.map(y => toJson_PipelineSpecFinallyMatrixInclude(y)),
    'params': obj.params?.map(y => toJson_PipelineSpecFinallyMatrixParams(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Param declares an ParamValues to use for the parameter called name.
 *
 * @schema PipelineSpecFinallyParams
 */
export interface PipelineSpecFinallyParams {
  /**
   * @schema PipelineSpecFinallyParams#name
   */
  readonly name: string;

  /**
   * @schema PipelineSpecFinallyParams#value
   */
  readonly value: any;
}

/**
 * Converts an object of type 'PipelineSpecFinallyParams' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineSpecFinallyParams(obj: PipelineSpecFinallyParams | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'value': obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PipelineRef is a reference to a pipeline definition.
 * This is an alpha field. You must set the "enable-api-fields" feature flag
 * to "alpha" for this field to be supported. When enabled, the referenced
 * Pipeline is executed as a child PipelineRun owned by the parent PipelineRun.
 *
 * @schema PipelineSpecFinallyPipelineRef
 */
export interface PipelineSpecFinallyPipelineRef {
  /**
   * API version of the referent
   *
   * @schema PipelineSpecFinallyPipelineRef#apiVersion
   */
  readonly apiVersion?: string;

  /**
   * Name of the referent; More info: http://kubernetes.io/docs/user-guide/identifiers#names
   *
   * @schema PipelineSpecFinallyPipelineRef#name
   */
  readonly name?: string;

  /**
   * Params contains the parameters used to identify the
   * referenced Tekton resource. Example entries might include
   * "repo" or "path" but the set of params ultimately depends on
   * the chosen resolver.
   *
   * @schema PipelineSpecFinallyPipelineRef#params
   */
  readonly params?: PipelineSpecFinallyPipelineRefParams[];

  /**
   * Resolver is the name of the resolver that should perform
   * resolution of the referenced Tekton resource, such as "git".
   *
   * @schema PipelineSpecFinallyPipelineRef#resolver
   */
  readonly resolver?: string;
}

/**
 * Converts an object of type 'PipelineSpecFinallyPipelineRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineSpecFinallyPipelineRef(obj: PipelineSpecFinallyPipelineRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'apiVersion': obj.apiVersion,
    'name': obj.name,
    'params': obj.params?.map(y => toJson_PipelineSpecFinallyPipelineRefParams(y)),
    'resolver': obj.resolver,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * TaskRef is a reference to a task definition.
 *
 * @schema PipelineSpecFinallyTaskRef
 */
export interface PipelineSpecFinallyTaskRef {
  /**
   * API version of the referent
   * Note: A Task with non-empty APIVersion and Kind is considered a Custom Task
   *
   * @schema PipelineSpecFinallyTaskRef#apiVersion
   */
  readonly apiVersion?: string;

  /**
   * TaskKind indicates the Kind of the Task:
   * 1. Namespaced Task when Kind is set to "Task". If Kind is "", it defaults to "Task".
   * 2. Custom Task when Kind is non-empty and APIVersion is non-empty
   *
   * @schema PipelineSpecFinallyTaskRef#kind
   */
  readonly kind?: string;

  /**
   * Name of the referent; More info: http://kubernetes.io/docs/user-guide/identifiers#names
   *
   * @schema PipelineSpecFinallyTaskRef#name
   */
  readonly name?: string;

  /**
   * Params contains the parameters used to identify the
   * referenced Tekton resource. Example entries might include
   * "repo" or "path" but the set of params ultimately depends on
   * the chosen resolver.
   *
   * @schema PipelineSpecFinallyTaskRef#params
   */
  readonly params?: PipelineSpecFinallyTaskRefParams[];

  /**
   * Resolver is the name of the resolver that should perform
   * resolution of the referenced Tekton resource, such as "git".
   *
   * @schema PipelineSpecFinallyTaskRef#resolver
   */
  readonly resolver?: string;
}

/**
 * Converts an object of type 'PipelineSpecFinallyTaskRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineSpecFinallyTaskRef(obj: PipelineSpecFinallyTaskRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'apiVersion': obj.apiVersion,
    'kind': obj.kind,
    'name': obj.name,
    'params': obj.params?.map(y => toJson_PipelineSpecFinallyTaskRefParams(y)),
    'resolver': obj.resolver,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * WhenExpression allows a PipelineTask to declare expressions to be evaluated before the Task is run
 * to determine whether the Task should be executed or skipped
 *
 * @schema PipelineSpecFinallyWhen
 */
export interface PipelineSpecFinallyWhen {
  /**
   * CEL is a string of Common Language Expression, which can be used to conditionally execute
   * the task based on the result of the expression evaluation
   * More info about CEL syntax: https://github.com/google/cel-spec/blob/master/doc/langdef.md
   *
   * @schema PipelineSpecFinallyWhen#cel
   */
  readonly cel?: string;

  /**
   * Input is the string for guard checking which can be a static input or an output from a parent Task
   *
   * @schema PipelineSpecFinallyWhen#input
   */
  readonly input?: string;

  /**
   * Operator that represents an Input's relationship to the values
   *
   * @schema PipelineSpecFinallyWhen#operator
   */
  readonly operator?: string;

  /**
   * Values is an array of strings, which is compared against the input, for guard checking
   * It must be non-empty
   *
   * @schema PipelineSpecFinallyWhen#values
   */
  readonly values?: string[];
}

/**
 * Converts an object of type 'PipelineSpecFinallyWhen' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineSpecFinallyWhen(obj: PipelineSpecFinallyWhen | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'cel': obj.cel,
    'input': obj.input,
    'operator': obj.operator,
    'values': obj.values?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * WorkspacePipelineTaskBinding describes how a workspace passed into the pipeline should be
 * mapped to a task's declared workspace.
 *
 * @schema PipelineSpecFinallyWorkspaces
 */
export interface PipelineSpecFinallyWorkspaces {
  /**
   * Name is the name of the workspace as declared by the task
   *
   * @schema PipelineSpecFinallyWorkspaces#name
   */
  readonly name: string;

  /**
   * SubPath is optionally a directory on the volume which should be used
   * for this binding (i.e. the volume will be mounted at this sub directory).
   *
   * @schema PipelineSpecFinallyWorkspaces#subPath
   */
  readonly subPath?: string;

  /**
   * Workspace is the name of the workspace declared by the pipeline
   *
   * @schema PipelineSpecFinallyWorkspaces#workspace
   */
  readonly workspace?: string;
}

/**
 * Converts an object of type 'PipelineSpecFinallyWorkspaces' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineSpecFinallyWorkspaces(obj: PipelineSpecFinallyWorkspaces | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'subPath': obj.subPath,
    'workspace': obj.workspace,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PropertySpec defines the struct for object keys
 *
 * @schema PipelineSpecParamsProperties
 */
export interface PipelineSpecParamsProperties {
  /**
   * ParamType indicates the type of an input parameter;
   * Used to distinguish between a single string and an array of strings.
   *
   * @schema PipelineSpecParamsProperties#type
   */
  readonly type?: string;
}

/**
 * Converts an object of type 'PipelineSpecParamsProperties' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineSpecParamsProperties(obj: PipelineSpecParamsProperties | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'type': obj.type,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Matrix declares parameters used to fan out this task.
 *
 * @schema PipelineSpecTasksMatrix
 */
export interface PipelineSpecTasksMatrix {
  /**
   * Include is a list of IncludeParams which allows passing in specific combinations of Parameters into the Matrix.
   *
   * @schema PipelineSpecTasksMatrix#include
   */
  readonly include?: PipelineSpecTasksMatrixInclude[];

  /**
   * Params is a list of parameters used to fan out the pipelineTask
   * Params takes only `Parameters` of type `"array"`
   * Each array element is supplied to the `PipelineTask` by substituting `params` of type `"string"` in the underlying `Task`.
   * The names of the `params` in the `Matrix` must match the names of the `params` in the underlying `Task` that they will be substituting.
   *
   * @schema PipelineSpecTasksMatrix#params
   */
  readonly params?: PipelineSpecTasksMatrixParams[];
}

/**
 * Converts an object of type 'PipelineSpecTasksMatrix' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineSpecTasksMatrix(obj: PipelineSpecTasksMatrix | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'include': obj.include?.map(y => toJson_PipelineSpecTasksMatrixInclude(y)),
    'params': obj.params?.map(y => toJson_PipelineSpecTasksMatrixParams(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Param declares an ParamValues to use for the parameter called name.
 *
 * @schema PipelineSpecTasksParams
 */
export interface PipelineSpecTasksParams {
  /**
   * @schema PipelineSpecTasksParams#name
   */
  readonly name: string;

  /**
   * @schema PipelineSpecTasksParams#value
   */
  readonly value: any;
}

/**
 * Converts an object of type 'PipelineSpecTasksParams' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineSpecTasksParams(obj: PipelineSpecTasksParams | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'value': obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PipelineRef is a reference to a pipeline definition.
 * This is an alpha field. You must set the "enable-api-fields" feature flag
 * to "alpha" for this field to be supported. When enabled, the referenced
 * Pipeline is executed as a child PipelineRun owned by the parent PipelineRun.
 *
 * @schema PipelineSpecTasksPipelineRef
 */
export interface PipelineSpecTasksPipelineRef {
  /**
   * API version of the referent
   *
   * @schema PipelineSpecTasksPipelineRef#apiVersion
   */
  readonly apiVersion?: string;

  /**
   * Name of the referent; More info: http://kubernetes.io/docs/user-guide/identifiers#names
   *
   * @schema PipelineSpecTasksPipelineRef#name
   */
  readonly name?: string;

  /**
   * Params contains the parameters used to identify the
   * referenced Tekton resource. Example entries might include
   * "repo" or "path" but the set of params ultimately depends on
   * the chosen resolver.
   *
   * @schema PipelineSpecTasksPipelineRef#params
   */
  readonly params?: PipelineSpecTasksPipelineRefParams[];

  /**
   * Resolver is the name of the resolver that should perform
   * resolution of the referenced Tekton resource, such as "git".
   *
   * @schema PipelineSpecTasksPipelineRef#resolver
   */
  readonly resolver?: string;
}

/**
 * Converts an object of type 'PipelineSpecTasksPipelineRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineSpecTasksPipelineRef(obj: PipelineSpecTasksPipelineRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'apiVersion': obj.apiVersion,
    'name': obj.name,
    'params': obj.params?.map(y => toJson_PipelineSpecTasksPipelineRefParams(y)),
    'resolver': obj.resolver,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * TaskRef is a reference to a task definition.
 *
 * @schema PipelineSpecTasksTaskRef
 */
export interface PipelineSpecTasksTaskRef {
  /**
   * API version of the referent
   * Note: A Task with non-empty APIVersion and Kind is considered a Custom Task
   *
   * @schema PipelineSpecTasksTaskRef#apiVersion
   */
  readonly apiVersion?: string;

  /**
   * TaskKind indicates the Kind of the Task:
   * 1. Namespaced Task when Kind is set to "Task". If Kind is "", it defaults to "Task".
   * 2. Custom Task when Kind is non-empty and APIVersion is non-empty
   *
   * @schema PipelineSpecTasksTaskRef#kind
   */
  readonly kind?: string;

  /**
   * Name of the referent; More info: http://kubernetes.io/docs/user-guide/identifiers#names
   *
   * @schema PipelineSpecTasksTaskRef#name
   */
  readonly name?: string;

  /**
   * Params contains the parameters used to identify the
   * referenced Tekton resource. Example entries might include
   * "repo" or "path" but the set of params ultimately depends on
   * the chosen resolver.
   *
   * @schema PipelineSpecTasksTaskRef#params
   */
  readonly params?: PipelineSpecTasksTaskRefParams[];

  /**
   * Resolver is the name of the resolver that should perform
   * resolution of the referenced Tekton resource, such as "git".
   *
   * @schema PipelineSpecTasksTaskRef#resolver
   */
  readonly resolver?: string;
}

/**
 * Converts an object of type 'PipelineSpecTasksTaskRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineSpecTasksTaskRef(obj: PipelineSpecTasksTaskRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'apiVersion': obj.apiVersion,
    'kind': obj.kind,
    'name': obj.name,
    'params': obj.params?.map(y => toJson_PipelineSpecTasksTaskRefParams(y)),
    'resolver': obj.resolver,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * WhenExpression allows a PipelineTask to declare expressions to be evaluated before the Task is run
 * to determine whether the Task should be executed or skipped
 *
 * @schema PipelineSpecTasksWhen
 */
export interface PipelineSpecTasksWhen {
  /**
   * CEL is a string of Common Language Expression, which can be used to conditionally execute
   * the task based on the result of the expression evaluation
   * More info about CEL syntax: https://github.com/google/cel-spec/blob/master/doc/langdef.md
   *
   * @schema PipelineSpecTasksWhen#cel
   */
  readonly cel?: string;

  /**
   * Input is the string for guard checking which can be a static input or an output from a parent Task
   *
   * @schema PipelineSpecTasksWhen#input
   */
  readonly input?: string;

  /**
   * Operator that represents an Input's relationship to the values
   *
   * @schema PipelineSpecTasksWhen#operator
   */
  readonly operator?: string;

  /**
   * Values is an array of strings, which is compared against the input, for guard checking
   * It must be non-empty
   *
   * @schema PipelineSpecTasksWhen#values
   */
  readonly values?: string[];
}

/**
 * Converts an object of type 'PipelineSpecTasksWhen' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineSpecTasksWhen(obj: PipelineSpecTasksWhen | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'cel': obj.cel,
    'input': obj.input,
    'operator': obj.operator,
    'values': obj.values?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * WorkspacePipelineTaskBinding describes how a workspace passed into the pipeline should be
 * mapped to a task's declared workspace.
 *
 * @schema PipelineSpecTasksWorkspaces
 */
export interface PipelineSpecTasksWorkspaces {
  /**
   * Name is the name of the workspace as declared by the task
   *
   * @schema PipelineSpecTasksWorkspaces#name
   */
  readonly name: string;

  /**
   * SubPath is optionally a directory on the volume which should be used
   * for this binding (i.e. the volume will be mounted at this sub directory).
   *
   * @schema PipelineSpecTasksWorkspaces#subPath
   */
  readonly subPath?: string;

  /**
   * Workspace is the name of the workspace declared by the pipeline
   *
   * @schema PipelineSpecTasksWorkspaces#workspace
   */
  readonly workspace?: string;
}

/**
 * Converts an object of type 'PipelineSpecTasksWorkspaces' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineSpecTasksWorkspaces(obj: PipelineSpecTasksWorkspaces | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'subPath': obj.subPath,
    'workspace': obj.workspace,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * IncludeParams allows passing in a specific combinations of Parameters into the Matrix.
 *
 * @schema PipelineSpecFinallyMatrixInclude
 */
export interface PipelineSpecFinallyMatrixInclude {
  /**
   * Name the specified combination
   *
   * @schema PipelineSpecFinallyMatrixInclude#name
   */
  readonly name?: string;

  /**
   * Params takes only `Parameters` of type `"string"`
   * The names of the `params` must match the names of the `params` in the underlying `Task`
   *
   * @schema PipelineSpecFinallyMatrixInclude#params
   */
  readonly params?: PipelineSpecFinallyMatrixIncludeParams[];
}

/**
 * Converts an object of type 'PipelineSpecFinallyMatrixInclude' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineSpecFinallyMatrixInclude(obj: PipelineSpecFinallyMatrixInclude | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'params': obj.params?.map(y => toJson_PipelineSpecFinallyMatrixIncludeParams(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Param declares an ParamValues to use for the parameter called name.
 *
 * @schema PipelineSpecFinallyMatrixParams
 */
export interface PipelineSpecFinallyMatrixParams {
  /**
   * @schema PipelineSpecFinallyMatrixParams#name
   */
  readonly name: string;

  /**
   * @schema PipelineSpecFinallyMatrixParams#value
   */
  readonly value: any;
}

/**
 * Converts an object of type 'PipelineSpecFinallyMatrixParams' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineSpecFinallyMatrixParams(obj: PipelineSpecFinallyMatrixParams | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'value': obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Param declares an ParamValues to use for the parameter called name.
 *
 * @schema PipelineSpecFinallyPipelineRefParams
 */
export interface PipelineSpecFinallyPipelineRefParams {
  /**
   * @schema PipelineSpecFinallyPipelineRefParams#name
   */
  readonly name: string;

  /**
   * @schema PipelineSpecFinallyPipelineRefParams#value
   */
  readonly value: any;
}

/**
 * Converts an object of type 'PipelineSpecFinallyPipelineRefParams' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineSpecFinallyPipelineRefParams(obj: PipelineSpecFinallyPipelineRefParams | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'value': obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Param declares an ParamValues to use for the parameter called name.
 *
 * @schema PipelineSpecFinallyTaskRefParams
 */
export interface PipelineSpecFinallyTaskRefParams {
  /**
   * @schema PipelineSpecFinallyTaskRefParams#name
   */
  readonly name: string;

  /**
   * @schema PipelineSpecFinallyTaskRefParams#value
   */
  readonly value: any;
}

/**
 * Converts an object of type 'PipelineSpecFinallyTaskRefParams' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineSpecFinallyTaskRefParams(obj: PipelineSpecFinallyTaskRefParams | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'value': obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * IncludeParams allows passing in a specific combinations of Parameters into the Matrix.
 *
 * @schema PipelineSpecTasksMatrixInclude
 */
export interface PipelineSpecTasksMatrixInclude {
  /**
   * Name the specified combination
   *
   * @schema PipelineSpecTasksMatrixInclude#name
   */
  readonly name?: string;

  /**
   * Params takes only `Parameters` of type `"string"`
   * The names of the `params` must match the names of the `params` in the underlying `Task`
   *
   * @schema PipelineSpecTasksMatrixInclude#params
   */
  readonly params?: PipelineSpecTasksMatrixIncludeParams[];
}

/**
 * Converts an object of type 'PipelineSpecTasksMatrixInclude' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineSpecTasksMatrixInclude(obj: PipelineSpecTasksMatrixInclude | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'params': obj.params?.map(y => toJson_PipelineSpecTasksMatrixIncludeParams(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Param declares an ParamValues to use for the parameter called name.
 *
 * @schema PipelineSpecTasksMatrixParams
 */
export interface PipelineSpecTasksMatrixParams {
  /**
   * @schema PipelineSpecTasksMatrixParams#name
   */
  readonly name: string;

  /**
   * @schema PipelineSpecTasksMatrixParams#value
   */
  readonly value: any;
}

/**
 * Converts an object of type 'PipelineSpecTasksMatrixParams' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineSpecTasksMatrixParams(obj: PipelineSpecTasksMatrixParams | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'value': obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Param declares an ParamValues to use for the parameter called name.
 *
 * @schema PipelineSpecTasksPipelineRefParams
 */
export interface PipelineSpecTasksPipelineRefParams {
  /**
   * @schema PipelineSpecTasksPipelineRefParams#name
   */
  readonly name: string;

  /**
   * @schema PipelineSpecTasksPipelineRefParams#value
   */
  readonly value: any;
}

/**
 * Converts an object of type 'PipelineSpecTasksPipelineRefParams' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineSpecTasksPipelineRefParams(obj: PipelineSpecTasksPipelineRefParams | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'value': obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Param declares an ParamValues to use for the parameter called name.
 *
 * @schema PipelineSpecTasksTaskRefParams
 */
export interface PipelineSpecTasksTaskRefParams {
  /**
   * @schema PipelineSpecTasksTaskRefParams#name
   */
  readonly name: string;

  /**
   * @schema PipelineSpecTasksTaskRefParams#value
   */
  readonly value: any;
}

/**
 * Converts an object of type 'PipelineSpecTasksTaskRefParams' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineSpecTasksTaskRefParams(obj: PipelineSpecTasksTaskRefParams | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'value': obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Param declares an ParamValues to use for the parameter called name.
 *
 * @schema PipelineSpecFinallyMatrixIncludeParams
 */
export interface PipelineSpecFinallyMatrixIncludeParams {
  /**
   * @schema PipelineSpecFinallyMatrixIncludeParams#name
   */
  readonly name: string;

  /**
   * @schema PipelineSpecFinallyMatrixIncludeParams#value
   */
  readonly value: any;
}

/**
 * Converts an object of type 'PipelineSpecFinallyMatrixIncludeParams' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineSpecFinallyMatrixIncludeParams(obj: PipelineSpecFinallyMatrixIncludeParams | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'value': obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Param declares an ParamValues to use for the parameter called name.
 *
 * @schema PipelineSpecTasksMatrixIncludeParams
 */
export interface PipelineSpecTasksMatrixIncludeParams {
  /**
   * @schema PipelineSpecTasksMatrixIncludeParams#name
   */
  readonly name: string;

  /**
   * @schema PipelineSpecTasksMatrixIncludeParams#value
   */
  readonly value: any;
}

/**
 * Converts an object of type 'PipelineSpecTasksMatrixIncludeParams' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineSpecTasksMatrixIncludeParams(obj: PipelineSpecTasksMatrixIncludeParams | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'value': obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */


/**
 * PipelineRun represents a single execution of a Pipeline. PipelineRuns are how
the graph of Tasks declared in a Pipeline are executed; they specify inputs
to Pipelines such as parameter values and capture operational aspects of the
Tasks execution such as service account and tolerations. Creating a
PipelineRun creates TaskRuns for Tasks in the referenced Pipeline.
 *
 * @schema PipelineRun
 */
export class PipelineRun extends ApiObject {
  /**
   * Returns the apiVersion and kind for "PipelineRun"
   */
  public static readonly GVK: GroupVersionKind = {
    apiVersion: 'tekton.dev/v1',
    kind: 'PipelineRun',
  }

  /**
   * Renders a Kubernetes manifest for "PipelineRun".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  public static manifest(props: PipelineRunProps = {}): any {
    return {
      ...PipelineRun.GVK,
      ...toJson_PipelineRunProps(props),
    };
  }

  /**
   * Defines a "PipelineRun" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  public constructor(scope: Construct, id: string, props: PipelineRunProps = {}) {
    super(scope, id, {
      ...PipelineRun.GVK,
      ...props,
    });
  }

  /**
   * Renders the object to Kubernetes JSON.
   */
  public override toJson(): any {
    const resolved = super.toJson();

    return {
      ...PipelineRun.GVK,
      ...resolved,
    };
  }
}

/**
 * PipelineRun represents a single execution of a Pipeline. PipelineRuns are how
 * the graph of Tasks declared in a Pipeline are executed; they specify inputs
 * to Pipelines such as parameter values and capture operational aspects of the
 * Tasks execution such as service account and tolerations. Creating a
 * PipelineRun creates TaskRuns for Tasks in the referenced Pipeline.
 *
 * @schema PipelineRun
 */
export interface PipelineRunProps {
  /**
   * @schema PipelineRun#metadata
   */
  readonly metadata?: ApiObjectMetadata;

  /**
   * PipelineRunSpec defines the desired state of PipelineRun
   *
   * @schema PipelineRun#spec
   */
  readonly spec?: PipelineRunSpec;
}

/**
 * Converts an object of type 'PipelineRunProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunProps(obj: PipelineRunProps | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'metadata': obj.metadata,
    'spec': toJson_PipelineRunSpec(obj.spec),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PipelineRunSpec defines the desired state of PipelineRun
 *
 * @schema PipelineRunSpec
 */
export interface PipelineRunSpec {
  /**
   * ManagedBy indicates which controller is responsible for reconciling
   * this resource. If unset or set to "tekton.dev/pipeline", the default
   * Tekton controller will manage this resource.
   * This field is immutable.
   *
   * @schema PipelineRunSpec#managedBy
   */
  readonly managedBy?: string;

  /**
   * Params is a list of parameter names and values.
   *
   * @schema PipelineRunSpec#params
   */
  readonly params?: PipelineRunSpecParams[];

  /**
   * PipelineRef can be used to refer to a specific instance of a Pipeline.
   *
   * @schema PipelineRunSpec#pipelineRef
   */
  readonly pipelineRef?: PipelineRunSpecPipelineRef;

  /**
   * Specifying PipelineSpec can be disabled by setting
   * `disable-inline-spec` feature flag.
   * See Pipeline.spec (API version: tekton.dev/v1)
   *
   * @schema PipelineRunSpec#pipelineSpec
   */
  readonly pipelineSpec?: PipelineSpec;

  /**
   * Used for cancelling a pipelinerun (and maybe more later on)
   *
   * @schema PipelineRunSpec#status
   */
  readonly status?: string;

  /**
   * TaskRunSpecs holds a set of runtime specs
   *
   * @schema PipelineRunSpec#taskRunSpecs
   */
  readonly taskRunSpecs?: PipelineRunSpecTaskRunSpecs[];

  /**
   * TaskRunTemplate represent template of taskrun
   *
   * @schema PipelineRunSpec#taskRunTemplate
   */
  readonly taskRunTemplate?: PipelineRunSpecTaskRunTemplate;

  /**
   * Time after which the Pipeline times out.
   * Currently three keys are accepted in the map
   * pipeline, tasks and finally
   * with Timeouts.pipeline >= Timeouts.tasks + Timeouts.finally
   *
   * @schema PipelineRunSpec#timeouts
   */
  readonly timeouts?: PipelineRunSpecTimeouts;

  /**
   * Workspaces holds a set of workspace bindings that must match names
   * with those declared in the pipeline.
   *
   * @schema PipelineRunSpec#workspaces
   */
  readonly workspaces?: PipelineRunSpecWorkspaces[];
}

/**
 * Converts an object of type 'PipelineRunSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpec(obj: PipelineRunSpec | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'managedBy': obj.managedBy,
    'params': obj.params?.map(y => toJson_PipelineRunSpecParams(y)),
    'pipelineRef': toJson_PipelineRunSpecPipelineRef(obj.pipelineRef),
    'pipelineSpec': obj.pipelineSpec,
    'status': obj.status,
    'taskRunSpecs': obj.taskRunSpecs?.map(y => toJson_PipelineRunSpecTaskRunSpecs(y)),
    'taskRunTemplate': toJson_PipelineRunSpecTaskRunTemplate(obj.taskRunTemplate),
    'timeouts': toJson_PipelineRunSpecTimeouts(obj.timeouts),
    'workspaces': obj.workspaces?.map(y => toJson_PipelineRunSpecWorkspaces(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Param declares an ParamValues to use for the parameter called name.
 *
 * @schema PipelineRunSpecParams
 */
export interface PipelineRunSpecParams {
  /**
   * @schema PipelineRunSpecParams#name
   */
  readonly name: string;

  /**
   * @schema PipelineRunSpecParams#value
   */
  readonly value: any;
}

/**
 * Converts an object of type 'PipelineRunSpecParams' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecParams(obj: PipelineRunSpecParams | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'value': obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PipelineRef can be used to refer to a specific instance of a Pipeline.
 *
 * @schema PipelineRunSpecPipelineRef
 */
export interface PipelineRunSpecPipelineRef {
  /**
   * API version of the referent
   *
   * @schema PipelineRunSpecPipelineRef#apiVersion
   */
  readonly apiVersion?: string;

  /**
   * Name of the referent; More info: http://kubernetes.io/docs/user-guide/identifiers#names
   *
   * @schema PipelineRunSpecPipelineRef#name
   */
  readonly name?: string;

  /**
   * Params contains the parameters used to identify the
   * referenced Tekton resource. Example entries might include
   * "repo" or "path" but the set of params ultimately depends on
   * the chosen resolver.
   *
   * @schema PipelineRunSpecPipelineRef#params
   */
  readonly params?: PipelineRunSpecPipelineRefParams[];

  /**
   * Resolver is the name of the resolver that should perform
   * resolution of the referenced Tekton resource, such as "git".
   *
   * @schema PipelineRunSpecPipelineRef#resolver
   */
  readonly resolver?: string;
}

/**
 * Converts an object of type 'PipelineRunSpecPipelineRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecPipelineRef(obj: PipelineRunSpecPipelineRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'apiVersion': obj.apiVersion,
    'name': obj.name,
    'params': obj.params?.map(y => toJson_PipelineRunSpecPipelineRefParams(y)),
    'resolver': obj.resolver,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PipelineTaskRunSpec  can be used to configure specific
 * specs for a concrete Task
 *
 * @schema PipelineRunSpecTaskRunSpecs
 */
export interface PipelineRunSpecTaskRunSpecs {
  /**
   * Compute resources to use for this TaskRun
   *
   * @schema PipelineRunSpecTaskRunSpecs#computeResources
   */
  readonly computeResources?: PipelineRunSpecTaskRunSpecsComputeResources;

  /**
   * PipelineTaskMetadata contains the labels or annotations for an EmbeddedTask
   *
   * @schema PipelineRunSpecTaskRunSpecs#metadata
   */
  readonly metadata?: PipelineRunSpecTaskRunSpecsMetadata;

  /**
   * @schema PipelineRunSpecTaskRunSpecs#pipelineTaskName
   */
  readonly pipelineTaskName?: string;

  /**
   * PodTemplate holds pod specific configuration
   *
   * @schema PipelineRunSpecTaskRunSpecs#podTemplate
   */
  readonly podTemplate?: PipelineRunSpecTaskRunSpecsPodTemplate;

  /**
   * @schema PipelineRunSpecTaskRunSpecs#serviceAccountName
   */
  readonly serviceAccountName?: string;

  /**
   * @schema PipelineRunSpecTaskRunSpecs#sidecarSpecs
   */
  readonly sidecarSpecs?: PipelineRunSpecTaskRunSpecsSidecarSpecs[];

  /**
   * @schema PipelineRunSpecTaskRunSpecs#stepSpecs
   */
  readonly stepSpecs?: PipelineRunSpecTaskRunSpecsStepSpecs[];

  /**
   * Duration after which the TaskRun times out. Overrides the timeout specified
   * on the Task's spec if specified. Takes lower precedence to PipelineRun's
   * `spec.timeouts.tasks`
   * Refer Go's ParseDuration documentation for expected format: https://golang.org/pkg/time/#ParseDuration
   *
   * @schema PipelineRunSpecTaskRunSpecs#timeout
   */
  readonly timeout?: string;
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunSpecs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunSpecs(obj: PipelineRunSpecTaskRunSpecs | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'computeResources': toJson_PipelineRunSpecTaskRunSpecsComputeResources(obj.computeResources),
    'metadata': toJson_PipelineRunSpecTaskRunSpecsMetadata(obj.metadata),
    'pipelineTaskName': obj.pipelineTaskName,
    'podTemplate': toJson_PipelineRunSpecTaskRunSpecsPodTemplate(obj.podTemplate),
    'serviceAccountName': obj.serviceAccountName,
    'sidecarSpecs': obj.sidecarSpecs?.map(y => toJson_PipelineRunSpecTaskRunSpecsSidecarSpecs(y)),
    'stepSpecs': obj.stepSpecs?.map(y => toJson_PipelineRunSpecTaskRunSpecsStepSpecs(y)),
    'timeout': obj.timeout,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * TaskRunTemplate represent template of taskrun
 *
 * @schema PipelineRunSpecTaskRunTemplate
 */
export interface PipelineRunSpecTaskRunTemplate {
  /**
   * PodTemplate holds pod specific configuration
   *
   * @schema PipelineRunSpecTaskRunTemplate#podTemplate
   */
  readonly podTemplate?: PipelineRunSpecTaskRunTemplatePodTemplate;

  /**
   * @schema PipelineRunSpecTaskRunTemplate#serviceAccountName
   */
  readonly serviceAccountName?: string;
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunTemplate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunTemplate(obj: PipelineRunSpecTaskRunTemplate | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'podTemplate': toJson_PipelineRunSpecTaskRunTemplatePodTemplate(obj.podTemplate),
    'serviceAccountName': obj.serviceAccountName,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Time after which the Pipeline times out.
 * Currently three keys are accepted in the map
 * pipeline, tasks and finally
 * with Timeouts.pipeline >= Timeouts.tasks + Timeouts.finally
 *
 * @schema PipelineRunSpecTimeouts
 */
export interface PipelineRunSpecTimeouts {
  /**
   * Finally sets the maximum allowed duration of this pipeline's finally
   *
   * @schema PipelineRunSpecTimeouts#finally
   */
  readonly finally?: string;

  /**
   * Pipeline sets the maximum allowed duration for execution of the entire pipeline. The sum of individual timeouts for tasks and finally must not exceed this value.
   *
   * @schema PipelineRunSpecTimeouts#pipeline
   */
  readonly pipeline?: string;

  /**
   * Tasks sets the maximum allowed duration of this pipeline's tasks
   *
   * @schema PipelineRunSpecTimeouts#tasks
   */
  readonly tasks?: string;
}

/**
 * Converts an object of type 'PipelineRunSpecTimeouts' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTimeouts(obj: PipelineRunSpecTimeouts | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'finally': obj.finally,
    'pipeline': obj.pipeline,
    'tasks': obj.tasks,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * WorkspaceBinding maps a Task's declared workspace to a Volume.
 *
 * @schema PipelineRunSpecWorkspaces
 */
export interface PipelineRunSpecWorkspaces {
  /**
   * ConfigMap represents a configMap that should populate this workspace.
   *
   * @schema PipelineRunSpecWorkspaces#configMap
   */
  readonly configMap?: PipelineRunSpecWorkspacesConfigMap;

  /**
   * CSI (Container Storage Interface) represents ephemeral storage that is handled by certain external CSI drivers.
   *
   * @schema PipelineRunSpecWorkspaces#csi
   */
  readonly csi?: PipelineRunSpecWorkspacesCsi;

  /**
   * EmptyDir represents a temporary directory that shares a Task's lifetime.
   * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
   * Either this OR PersistentVolumeClaim can be used.
   *
   * @schema PipelineRunSpecWorkspaces#emptyDir
   */
  readonly emptyDir?: PipelineRunSpecWorkspacesEmptyDir;

  /**
   * Name is the name of the workspace populated by the volume.
   *
   * @schema PipelineRunSpecWorkspaces#name
   */
  readonly name: string;

  /**
   * PersistentVolumeClaimVolumeSource represents a reference to a
   * PersistentVolumeClaim in the same namespace. Either this OR EmptyDir can be used.
   *
   * @schema PipelineRunSpecWorkspaces#persistentVolumeClaim
   */
  readonly persistentVolumeClaim?: PipelineRunSpecWorkspacesPersistentVolumeClaim;

  /**
   * Projected represents a projected volume that should populate this workspace.
   *
   * @schema PipelineRunSpecWorkspaces#projected
   */
  readonly projected?: PipelineRunSpecWorkspacesProjected;

  /**
   * Secret represents a secret that should populate this workspace.
   *
   * @schema PipelineRunSpecWorkspaces#secret
   */
  readonly secret?: PipelineRunSpecWorkspacesSecret;

  /**
   * SubPath is optionally a directory on the volume which should be used
   * for this binding (i.e. the volume will be mounted at this sub directory).
   *
   * @schema PipelineRunSpecWorkspaces#subPath
   */
  readonly subPath?: string;

  /**
   * VolumeClaimTemplate is a template for a claim that will be created in the same namespace.
   * The PipelineRun controller is responsible for creating a unique claim for each instance of PipelineRun.
   * See PersistentVolumeClaim (API version: v1)
   *
   * @schema PipelineRunSpecWorkspaces#volumeClaimTemplate
   */
  readonly volumeClaimTemplate?: any;
}

/**
 * Converts an object of type 'PipelineRunSpecWorkspaces' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecWorkspaces(obj: PipelineRunSpecWorkspaces | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'configMap': toJson_PipelineRunSpecWorkspacesConfigMap(obj.configMap),
    'csi': toJson_PipelineRunSpecWorkspacesCsi(obj.csi),
    'emptyDir': toJson_PipelineRunSpecWorkspacesEmptyDir(obj.emptyDir),
    'name': obj.name,
    'persistentVolumeClaim': toJson_PipelineRunSpecWorkspacesPersistentVolumeClaim(obj.persistentVolumeClaim),
    'projected': toJson_PipelineRunSpecWorkspacesProjected(obj.projected),
    'secret': toJson_PipelineRunSpecWorkspacesSecret(obj.secret),
    'subPath': obj.subPath,
    'volumeClaimTemplate': obj.volumeClaimTemplate,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Param declares an ParamValues to use for the parameter called name.
 *
 * @schema PipelineRunSpecPipelineRefParams
 */
export interface PipelineRunSpecPipelineRefParams {
  /**
   * @schema PipelineRunSpecPipelineRefParams#name
   */
  readonly name: string;

  /**
   * @schema PipelineRunSpecPipelineRefParams#value
   */
  readonly value: any;
}

/**
 * Converts an object of type 'PipelineRunSpecPipelineRefParams' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecPipelineRefParams(obj: PipelineRunSpecPipelineRefParams | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'value': obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Compute resources to use for this TaskRun
 *
 * @schema PipelineRunSpecTaskRunSpecsComputeResources
 */
export interface PipelineRunSpecTaskRunSpecsComputeResources {
  /**
   * Claims lists the names of resources, defined in spec.resourceClaims,
   * that are used by this container.
   *
   * This field depends on the
   * DynamicResourceAllocation feature gate.
   *
   * This field is immutable. It can only be set for containers.
   *
   * @schema PipelineRunSpecTaskRunSpecsComputeResources#claims
   */
  readonly claims?: PipelineRunSpecTaskRunSpecsComputeResourcesClaims[];

  /**
   * Limits describes the maximum amount of compute resources allowed.
   * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
   *
   * @schema PipelineRunSpecTaskRunSpecsComputeResources#limits
   */
  readonly limits?: { [key: string]: PipelineRunSpecTaskRunSpecsComputeResourcesLimits };

  /**
   * Requests describes the minimum amount of compute resources required.
   * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
   * otherwise to an implementation-defined value. Requests cannot exceed Limits.
   * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
   *
   * @schema PipelineRunSpecTaskRunSpecsComputeResources#requests
   */
  readonly requests?: { [key: string]: PipelineRunSpecTaskRunSpecsComputeResourcesRequests };
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunSpecsComputeResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunSpecsComputeResources(obj: PipelineRunSpecTaskRunSpecsComputeResources | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'claims': obj.claims?.map(y => toJson_PipelineRunSpecTaskRunSpecsComputeResourcesClaims(y)),
    'limits': ((obj.limits) === undefined) ? undefined : (Object.entries(obj.limits).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
    'requests': ((obj.requests) === undefined) ? undefined : (Object.entries(obj.requests).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PipelineTaskMetadata contains the labels or annotations for an EmbeddedTask
 *
 * @schema PipelineRunSpecTaskRunSpecsMetadata
 */
export interface PipelineRunSpecTaskRunSpecsMetadata {
  /**
   * @schema PipelineRunSpecTaskRunSpecsMetadata#annotations
   */
  readonly annotations?: { [key: string]: string };

  /**
   * @schema PipelineRunSpecTaskRunSpecsMetadata#labels
   */
  readonly labels?: { [key: string]: string };
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunSpecsMetadata' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunSpecsMetadata(obj: PipelineRunSpecTaskRunSpecsMetadata | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PodTemplate holds pod specific configuration
 *
 * @schema PipelineRunSpecTaskRunSpecsPodTemplate
 */
export interface PipelineRunSpecTaskRunSpecsPodTemplate {
  /**
   * If specified, the pod's scheduling constraints.
   * See Pod.spec.affinity (API version: v1)
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplate#affinity
   */
  readonly affinity?: any;

  /**
   * AutomountServiceAccountToken indicates whether pods running as this
   * service account should have an API token automatically mounted.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplate#automountServiceAccountToken
   */
  readonly automountServiceAccountToken?: boolean;

  /**
   * Specifies the DNS parameters of a pod.
   * Parameters specified here will be merged to the generated DNS
   * configuration based on DNSPolicy.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplate#dnsConfig
   */
  readonly dnsConfig?: PipelineRunSpecTaskRunSpecsPodTemplateDnsConfig;

  /**
   * Set DNS policy for the pod. Defaults to "ClusterFirst". Valid values are
   * 'ClusterFirst', 'Default' or 'None'. DNS parameters given in DNSConfig
   * will be merged with the policy selected with DNSPolicy.
   *
   * @default ClusterFirst". Valid values are
   * @schema PipelineRunSpecTaskRunSpecsPodTemplate#dnsPolicy
   */
  readonly dnsPolicy?: string;

  /**
   * EnableServiceLinks indicates whether information about services should be injected into pod's
   * environment variables, matching the syntax of Docker links.
   * Optional: Defaults to true.
   *
   * @default true.
   * @schema PipelineRunSpecTaskRunSpecsPodTemplate#enableServiceLinks
   */
  readonly enableServiceLinks?: boolean;

  /**
   * List of environment variables that can be provided to the containers belonging to the pod.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplate#env
   */
  readonly env?: PipelineRunSpecTaskRunSpecsPodTemplateEnv[];

  /**
   * HostAliases is an optional list of hosts and IPs that will be injected into the pod's hosts
   * file if specified. This is only valid for non-hostNetwork pods.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplate#hostAliases
   */
  readonly hostAliases?: PipelineRunSpecTaskRunSpecsPodTemplateHostAliases[];

  /**
   * HostNetwork specifies whether the pod may use the node network namespace
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplate#hostNetwork
   */
  readonly hostNetwork?: boolean;

  /**
   * HostUsers indicates whether the pod will use the host's user namespace.
   * Optional: Default to true.
   * If set to true or not present, the pod will be run in the host user namespace, useful
   * for when the pod needs a feature only available to the host user namespace, such as
   * loading a kernel module with CAP_SYS_MODULE.
   * When set to false, a new user namespace is created for the pod. Setting false
   * is useful to mitigating container breakout vulnerabilities such as allowing
   * containers to run as root without their user having root privileges on the host.
   * This field depends on the kubernetes feature gate UserNamespacesSupport being enabled.
   *
   * @default true.
   * @schema PipelineRunSpecTaskRunSpecsPodTemplate#hostUsers
   */
  readonly hostUsers?: boolean;

  /**
   * ImagePullSecrets gives the name of the secret used by the pod to pull the image if specified
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplate#imagePullSecrets
   */
  readonly imagePullSecrets?: PipelineRunSpecTaskRunSpecsPodTemplateImagePullSecrets[];

  /**
   * NodeSelector is a selector which must be true for the pod to fit on a node.
   * Selector which must match a node's labels for the pod to be scheduled on that node.
   * More info: https://kubernetes.io/docs/concepts/configuration/assign-pod-node/
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplate#nodeSelector
   */
  readonly nodeSelector?: { [key: string]: string };

  /**
   * If specified, indicates the pod's priority. "system-node-critical" and
   * "system-cluster-critical" are two special keywords which indicate the
   * highest priorities with the former being the highest priority. Any other
   * name must be defined by creating a PriorityClass object with that name.
   * If not specified, the pod priority will be default or zero if there is no
   * default.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplate#priorityClassName
   */
  readonly priorityClassName?: string;

  /**
   * RuntimeClassName refers to a RuntimeClass object in the node.k8s.io
   * group, which should be used to run this pod. If no RuntimeClass resource
   * matches the named class, the pod will not be run. If unset or empty, the
   * "legacy" RuntimeClass will be used, which is an implicit class with an
   * empty definition that uses the default runtime handler.
   * More info: https://git.k8s.io/enhancements/keps/sig-node/runtime-class.md
   * This is a beta feature as of Kubernetes v1.14.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplate#runtimeClassName
   */
  readonly runtimeClassName?: string;

  /**
   * SchedulerName specifies the scheduler to be used to dispatch the Pod
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplate#schedulerName
   */
  readonly schedulerName?: string;

  /**
   * SecurityContext holds pod-level security attributes and common container settings.
   * Optional: Defaults to empty.  See type description for default values of each field.
   * See Pod.spec.securityContext (API version: v1)
   *
   * @default empty.  See type description for default values of each field.
   * @schema PipelineRunSpecTaskRunSpecsPodTemplate#securityContext
   */
  readonly securityContext?: any;

  /**
   * If specified, the pod's tolerations.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplate#tolerations
   */
  readonly tolerations?: PipelineRunSpecTaskRunSpecsPodTemplateTolerations[];

  /**
   * TopologySpreadConstraints controls how Pods are spread across your cluster among
   * failure-domains such as regions, zones, nodes, and other user-defined topology domains.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplate#topologySpreadConstraints
   */
  readonly topologySpreadConstraints?: PipelineRunSpecTaskRunSpecsPodTemplateTopologySpreadConstraints[];

  /**
   * List of volumes that can be mounted by containers belonging to the pod.
   * More info: https://kubernetes.io/docs/concepts/storage/volumes
   * See Pod.spec.volumes (API version: v1)
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplate#volumes
   */
  readonly volumes?: any;
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunSpecsPodTemplate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunSpecsPodTemplate(obj: PipelineRunSpecTaskRunSpecsPodTemplate | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'affinity': obj.affinity,
    'automountServiceAccountToken': obj.automountServiceAccountToken,
    'dnsConfig': toJson_PipelineRunSpecTaskRunSpecsPodTemplateDnsConfig(obj.dnsConfig),
    'dnsPolicy': obj.dnsPolicy,
    'enableServiceLinks': obj.enableServiceLinks,
    'env': obj.env?.map(y => toJson_PipelineRunSpecTaskRunSpecsPodTemplateEnv(y)),
    'hostAliases': obj.hostAliases?.map(y => toJson_PipelineRunSpecTaskRunSpecsPodTemplateHostAliases(y)),
    'hostNetwork': obj.hostNetwork,
    'hostUsers': obj.hostUsers,
    'imagePullSecrets': obj.imagePullSecrets?.map(y => toJson_PipelineRunSpecTaskRunSpecsPodTemplateImagePullSecrets(y)),
    'nodeSelector': ((obj.nodeSelector) === undefined) ? undefined : (Object.entries(obj.nodeSelector).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'priorityClassName': obj.priorityClassName,
    'runtimeClassName': obj.runtimeClassName,
    'schedulerName': obj.schedulerName,
    'securityContext': obj.securityContext,
    'tolerations': obj.tolerations?.map(y => toJson_PipelineRunSpecTaskRunSpecsPodTemplateTolerations(y)),
    'topologySpreadConstraints': obj.topologySpreadConstraints?.map(y => toJson_PipelineRunSpecTaskRunSpecsPodTemplateTopologySpreadConstraints(y)),
    'volumes': obj.volumes,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * TaskRunSidecarSpec is used to override the values of a Sidecar in the corresponding Task.
 *
 * @schema PipelineRunSpecTaskRunSpecsSidecarSpecs
 */
export interface PipelineRunSpecTaskRunSpecsSidecarSpecs {
  /**
   * The resource requirements to apply to the Sidecar.
   *
   * @schema PipelineRunSpecTaskRunSpecsSidecarSpecs#computeResources
   */
  readonly computeResources: PipelineRunSpecTaskRunSpecsSidecarSpecsComputeResources;

  /**
   * The name of the Sidecar to override.
   *
   * @schema PipelineRunSpecTaskRunSpecsSidecarSpecs#name
   */
  readonly name: string;
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunSpecsSidecarSpecs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunSpecsSidecarSpecs(obj: PipelineRunSpecTaskRunSpecsSidecarSpecs | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'computeResources': toJson_PipelineRunSpecTaskRunSpecsSidecarSpecsComputeResources(obj.computeResources),
    'name': obj.name,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * TaskRunStepSpec is used to override the values of a Step in the corresponding Task.
 *
 * @schema PipelineRunSpecTaskRunSpecsStepSpecs
 */
export interface PipelineRunSpecTaskRunSpecsStepSpecs {
  /**
   * The resource requirements to apply to the Step.
   *
   * @schema PipelineRunSpecTaskRunSpecsStepSpecs#computeResources
   */
  readonly computeResources: PipelineRunSpecTaskRunSpecsStepSpecsComputeResources;

  /**
   * The name of the Step to override.
   *
   * @schema PipelineRunSpecTaskRunSpecsStepSpecs#name
   */
  readonly name: string;
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunSpecsStepSpecs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunSpecsStepSpecs(obj: PipelineRunSpecTaskRunSpecsStepSpecs | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'computeResources': toJson_PipelineRunSpecTaskRunSpecsStepSpecsComputeResources(obj.computeResources),
    'name': obj.name,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PodTemplate holds pod specific configuration
 *
 * @schema PipelineRunSpecTaskRunTemplatePodTemplate
 */
export interface PipelineRunSpecTaskRunTemplatePodTemplate {
  /**
   * If specified, the pod's scheduling constraints.
   * See Pod.spec.affinity (API version: v1)
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplate#affinity
   */
  readonly affinity?: any;

  /**
   * AutomountServiceAccountToken indicates whether pods running as this
   * service account should have an API token automatically mounted.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplate#automountServiceAccountToken
   */
  readonly automountServiceAccountToken?: boolean;

  /**
   * Specifies the DNS parameters of a pod.
   * Parameters specified here will be merged to the generated DNS
   * configuration based on DNSPolicy.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplate#dnsConfig
   */
  readonly dnsConfig?: PipelineRunSpecTaskRunTemplatePodTemplateDnsConfig;

  /**
   * Set DNS policy for the pod. Defaults to "ClusterFirst". Valid values are
   * 'ClusterFirst', 'Default' or 'None'. DNS parameters given in DNSConfig
   * will be merged with the policy selected with DNSPolicy.
   *
   * @default ClusterFirst". Valid values are
   * @schema PipelineRunSpecTaskRunTemplatePodTemplate#dnsPolicy
   */
  readonly dnsPolicy?: string;

  /**
   * EnableServiceLinks indicates whether information about services should be injected into pod's
   * environment variables, matching the syntax of Docker links.
   * Optional: Defaults to true.
   *
   * @default true.
   * @schema PipelineRunSpecTaskRunTemplatePodTemplate#enableServiceLinks
   */
  readonly enableServiceLinks?: boolean;

  /**
   * List of environment variables that can be provided to the containers belonging to the pod.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplate#env
   */
  readonly env?: PipelineRunSpecTaskRunTemplatePodTemplateEnv[];

  /**
   * HostAliases is an optional list of hosts and IPs that will be injected into the pod's hosts
   * file if specified. This is only valid for non-hostNetwork pods.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplate#hostAliases
   */
  readonly hostAliases?: PipelineRunSpecTaskRunTemplatePodTemplateHostAliases[];

  /**
   * HostNetwork specifies whether the pod may use the node network namespace
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplate#hostNetwork
   */
  readonly hostNetwork?: boolean;

  /**
   * HostUsers indicates whether the pod will use the host's user namespace.
   * Optional: Default to true.
   * If set to true or not present, the pod will be run in the host user namespace, useful
   * for when the pod needs a feature only available to the host user namespace, such as
   * loading a kernel module with CAP_SYS_MODULE.
   * When set to false, a new user namespace is created for the pod. Setting false
   * is useful to mitigating container breakout vulnerabilities such as allowing
   * containers to run as root without their user having root privileges on the host.
   * This field depends on the kubernetes feature gate UserNamespacesSupport being enabled.
   *
   * @default true.
   * @schema PipelineRunSpecTaskRunTemplatePodTemplate#hostUsers
   */
  readonly hostUsers?: boolean;

  /**
   * ImagePullSecrets gives the name of the secret used by the pod to pull the image if specified
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplate#imagePullSecrets
   */
  readonly imagePullSecrets?: PipelineRunSpecTaskRunTemplatePodTemplateImagePullSecrets[];

  /**
   * NodeSelector is a selector which must be true for the pod to fit on a node.
   * Selector which must match a node's labels for the pod to be scheduled on that node.
   * More info: https://kubernetes.io/docs/concepts/configuration/assign-pod-node/
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplate#nodeSelector
   */
  readonly nodeSelector?: { [key: string]: string };

  /**
   * If specified, indicates the pod's priority. "system-node-critical" and
   * "system-cluster-critical" are two special keywords which indicate the
   * highest priorities with the former being the highest priority. Any other
   * name must be defined by creating a PriorityClass object with that name.
   * If not specified, the pod priority will be default or zero if there is no
   * default.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplate#priorityClassName
   */
  readonly priorityClassName?: string;

  /**
   * RuntimeClassName refers to a RuntimeClass object in the node.k8s.io
   * group, which should be used to run this pod. If no RuntimeClass resource
   * matches the named class, the pod will not be run. If unset or empty, the
   * "legacy" RuntimeClass will be used, which is an implicit class with an
   * empty definition that uses the default runtime handler.
   * More info: https://git.k8s.io/enhancements/keps/sig-node/runtime-class.md
   * This is a beta feature as of Kubernetes v1.14.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplate#runtimeClassName
   */
  readonly runtimeClassName?: string;

  /**
   * SchedulerName specifies the scheduler to be used to dispatch the Pod
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplate#schedulerName
   */
  readonly schedulerName?: string;

  /**
   * SecurityContext holds pod-level security attributes and common container settings.
   * Optional: Defaults to empty.  See type description for default values of each field.
   * See Pod.spec.securityContext (API version: v1)
   *
   * @default empty.  See type description for default values of each field.
   * @schema PipelineRunSpecTaskRunTemplatePodTemplate#securityContext
   */
  readonly securityContext?: any;

  /**
   * If specified, the pod's tolerations.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplate#tolerations
   */
  readonly tolerations?: PipelineRunSpecTaskRunTemplatePodTemplateTolerations[];

  /**
   * TopologySpreadConstraints controls how Pods are spread across your cluster among
   * failure-domains such as regions, zones, nodes, and other user-defined topology domains.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplate#topologySpreadConstraints
   */
  readonly topologySpreadConstraints?: PipelineRunSpecTaskRunTemplatePodTemplateTopologySpreadConstraints[];

  /**
   * List of volumes that can be mounted by containers belonging to the pod.
   * More info: https://kubernetes.io/docs/concepts/storage/volumes
   * See Pod.spec.volumes (API version: v1)
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplate#volumes
   */
  readonly volumes?: any;
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunTemplatePodTemplate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunTemplatePodTemplate(obj: PipelineRunSpecTaskRunTemplatePodTemplate | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'affinity': obj.affinity,
    'automountServiceAccountToken': obj.automountServiceAccountToken,
    'dnsConfig': toJson_PipelineRunSpecTaskRunTemplatePodTemplateDnsConfig(obj.dnsConfig),
    'dnsPolicy': obj.dnsPolicy,
    'enableServiceLinks': obj.enableServiceLinks,
    'env': obj.env?.map(y => toJson_PipelineRunSpecTaskRunTemplatePodTemplateEnv(y)),
    'hostAliases': obj.hostAliases?.map(y => toJson_PipelineRunSpecTaskRunTemplatePodTemplateHostAliases(y)),
    'hostNetwork': obj.hostNetwork,
    'hostUsers': obj.hostUsers,
    'imagePullSecrets': obj.imagePullSecrets?.map(y => toJson_PipelineRunSpecTaskRunTemplatePodTemplateImagePullSecrets(y)),
    'nodeSelector': ((obj.nodeSelector) === undefined) ? undefined : (Object.entries(obj.nodeSelector).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'priorityClassName': obj.priorityClassName,
    'runtimeClassName': obj.runtimeClassName,
    'schedulerName': obj.schedulerName,
    'securityContext': obj.securityContext,
    'tolerations': obj.tolerations?.map(y => toJson_PipelineRunSpecTaskRunTemplatePodTemplateTolerations(y)),
    'topologySpreadConstraints': obj.topologySpreadConstraints?.map(y => toJson_PipelineRunSpecTaskRunTemplatePodTemplateTopologySpreadConstraints(y)),
    'volumes': obj.volumes,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ConfigMap represents a configMap that should populate this workspace.
 *
 * @schema PipelineRunSpecWorkspacesConfigMap
 */
export interface PipelineRunSpecWorkspacesConfigMap {
  /**
   * defaultMode is optional: mode bits used to set permissions on created files by default.
   * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
   * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
   * Defaults to 0644.
   * Directories within the path are not affected by this setting.
   * This might be in conflict with other options that affect the file
   * mode, like fsGroup, and the result can be other mode bits set.
   *
   * @default 0644.
   * @schema PipelineRunSpecWorkspacesConfigMap#defaultMode
   */
  readonly defaultMode?: number;

  /**
   * items if unspecified, each key-value pair in the Data field of the referenced
   * ConfigMap will be projected into the volume as a file whose name is the
   * key and content is the value. If specified, the listed keys will be
   * projected into the specified paths, and unlisted keys will not be
   * present. If a key is specified which is not present in the ConfigMap,
   * the volume setup will error unless it is marked optional. Paths must be
   * relative and may not contain the '..' path or start with '..'.
   *
   * @schema PipelineRunSpecWorkspacesConfigMap#items
   */
  readonly items?: PipelineRunSpecWorkspacesConfigMapItems[];

  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema PipelineRunSpecWorkspacesConfigMap#name
   */
  readonly name?: string;

  /**
   * optional specify whether the ConfigMap or its keys must be defined
   *
   * @schema PipelineRunSpecWorkspacesConfigMap#optional
   */
  readonly optional?: boolean;
}

/**
 * Converts an object of type 'PipelineRunSpecWorkspacesConfigMap' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecWorkspacesConfigMap(obj: PipelineRunSpecWorkspacesConfigMap | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'defaultMode': obj.defaultMode,
    'items': obj.items?.map(y => toJson_PipelineRunSpecWorkspacesConfigMapItems(y)),
    'name': obj.name,
    'optional': obj.optional,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * CSI (Container Storage Interface) represents ephemeral storage that is handled by certain external CSI drivers.
 *
 * @schema PipelineRunSpecWorkspacesCsi
 */
export interface PipelineRunSpecWorkspacesCsi {
  /**
   * driver is the name of the CSI driver that handles this volume.
   * Consult with your admin for the correct name as registered in the cluster.
   *
   * @schema PipelineRunSpecWorkspacesCsi#driver
   */
  readonly driver: string;

  /**
   * fsType to mount. Ex. "ext4", "xfs", "ntfs".
   * If not provided, the empty value is passed to the associated CSI driver
   * which will determine the default filesystem to apply.
   *
   * @schema PipelineRunSpecWorkspacesCsi#fsType
   */
  readonly fsType?: string;

  /**
   * nodePublishSecretRef is a reference to the secret object containing
   * sensitive information to pass to the CSI driver to complete the CSI
   * NodePublishVolume and NodeUnpublishVolume calls.
   * This field is optional, and  may be empty if no secret is required. If the
   * secret object contains more than one secret, all secret references are passed.
   *
   * @schema PipelineRunSpecWorkspacesCsi#nodePublishSecretRef
   */
  readonly nodePublishSecretRef?: PipelineRunSpecWorkspacesCsiNodePublishSecretRef;

  /**
   * readOnly specifies a read-only configuration for the volume.
   * Defaults to false (read/write).
   *
   * @default false (read/write).
   * @schema PipelineRunSpecWorkspacesCsi#readOnly
   */
  readonly readOnly?: boolean;

  /**
   * volumeAttributes stores driver-specific properties that are passed to the CSI
   * driver. Consult your driver's documentation for supported values.
   *
   * @schema PipelineRunSpecWorkspacesCsi#volumeAttributes
   */
  readonly volumeAttributes?: { [key: string]: string };
}

/**
 * Converts an object of type 'PipelineRunSpecWorkspacesCsi' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecWorkspacesCsi(obj: PipelineRunSpecWorkspacesCsi | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'driver': obj.driver,
    'fsType': obj.fsType,
    'nodePublishSecretRef': toJson_PipelineRunSpecWorkspacesCsiNodePublishSecretRef(obj.nodePublishSecretRef),
    'readOnly': obj.readOnly,
    'volumeAttributes': ((obj.volumeAttributes) === undefined) ? undefined : (Object.entries(obj.volumeAttributes).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * EmptyDir represents a temporary directory that shares a Task's lifetime.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
 * Either this OR PersistentVolumeClaim can be used.
 *
 * @schema PipelineRunSpecWorkspacesEmptyDir
 */
export interface PipelineRunSpecWorkspacesEmptyDir {
  /**
   * medium represents what type of storage medium should back this directory.
   * The default is "" which means to use the node's default medium.
   * Must be an empty string (default) or Memory.
   * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
   *
   * @schema PipelineRunSpecWorkspacesEmptyDir#medium
   */
  readonly medium?: string;

  /**
   * sizeLimit is the total amount of local storage required for this EmptyDir volume.
   * The size limit is also applicable for memory medium.
   * The maximum usage on memory medium EmptyDir would be the minimum value between
   * the SizeLimit specified here and the sum of memory limits of all containers in a pod.
   * The default is nil which means that the limit is undefined.
   * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
   *
   * @schema PipelineRunSpecWorkspacesEmptyDir#sizeLimit
   */
  readonly sizeLimit?: PipelineRunSpecWorkspacesEmptyDirSizeLimit;
}

/**
 * Converts an object of type 'PipelineRunSpecWorkspacesEmptyDir' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecWorkspacesEmptyDir(obj: PipelineRunSpecWorkspacesEmptyDir | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'medium': obj.medium,
    'sizeLimit': obj.sizeLimit?.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PersistentVolumeClaimVolumeSource represents a reference to a
 * PersistentVolumeClaim in the same namespace. Either this OR EmptyDir can be used.
 *
 * @schema PipelineRunSpecWorkspacesPersistentVolumeClaim
 */
export interface PipelineRunSpecWorkspacesPersistentVolumeClaim {
  /**
   * claimName is the name of a PersistentVolumeClaim in the same namespace as the pod using this volume.
   * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
   *
   * @schema PipelineRunSpecWorkspacesPersistentVolumeClaim#claimName
   */
  readonly claimName: string;

  /**
   * readOnly Will force the ReadOnly setting in VolumeMounts.
   * Default false.
   *
   * @schema PipelineRunSpecWorkspacesPersistentVolumeClaim#readOnly
   */
  readonly readOnly?: boolean;
}

/**
 * Converts an object of type 'PipelineRunSpecWorkspacesPersistentVolumeClaim' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecWorkspacesPersistentVolumeClaim(obj: PipelineRunSpecWorkspacesPersistentVolumeClaim | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'claimName': obj.claimName,
    'readOnly': obj.readOnly,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Projected represents a projected volume that should populate this workspace.
 *
 * @schema PipelineRunSpecWorkspacesProjected
 */
export interface PipelineRunSpecWorkspacesProjected {
  /**
   * defaultMode are the mode bits used to set permissions on created files by default.
   * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
   * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
   * Directories within the path are not affected by this setting.
   * This might be in conflict with other options that affect the file
   * mode, like fsGroup, and the result can be other mode bits set.
   *
   * @schema PipelineRunSpecWorkspacesProjected#defaultMode
   */
  readonly defaultMode?: number;

  /**
   * sources is the list of volume projections. Each entry in this list
   * handles one source.
   *
   * @schema PipelineRunSpecWorkspacesProjected#sources
   */
  readonly sources?: PipelineRunSpecWorkspacesProjectedSources[];
}

/**
 * Converts an object of type 'PipelineRunSpecWorkspacesProjected' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecWorkspacesProjected(obj: PipelineRunSpecWorkspacesProjected | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'defaultMode': obj.defaultMode,
    'sources': obj.sources?.map(y => toJson_PipelineRunSpecWorkspacesProjectedSources(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Secret represents a secret that should populate this workspace.
 *
 * @schema PipelineRunSpecWorkspacesSecret
 */
export interface PipelineRunSpecWorkspacesSecret {
  /**
   * defaultMode is Optional: mode bits used to set permissions on created files by default.
   * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
   * YAML accepts both octal and decimal values, JSON requires decimal values
   * for mode bits. Defaults to 0644.
   * Directories within the path are not affected by this setting.
   * This might be in conflict with other options that affect the file
   * mode, like fsGroup, and the result can be other mode bits set.
   *
   * @default 0644.
   * @schema PipelineRunSpecWorkspacesSecret#defaultMode
   */
  readonly defaultMode?: number;

  /**
   * items If unspecified, each key-value pair in the Data field of the referenced
   * Secret will be projected into the volume as a file whose name is the
   * key and content is the value. If specified, the listed keys will be
   * projected into the specified paths, and unlisted keys will not be
   * present. If a key is specified which is not present in the Secret,
   * the volume setup will error unless it is marked optional. Paths must be
   * relative and may not contain the '..' path or start with '..'.
   *
   * @schema PipelineRunSpecWorkspacesSecret#items
   */
  readonly items?: PipelineRunSpecWorkspacesSecretItems[];

  /**
   * optional field specify whether the Secret or its keys must be defined
   *
   * @schema PipelineRunSpecWorkspacesSecret#optional
   */
  readonly optional?: boolean;

  /**
   * secretName is the name of the secret in the pod's namespace to use.
   * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
   *
   * @schema PipelineRunSpecWorkspacesSecret#secretName
   */
  readonly secretName?: string;
}

/**
 * Converts an object of type 'PipelineRunSpecWorkspacesSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecWorkspacesSecret(obj: PipelineRunSpecWorkspacesSecret | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'defaultMode': obj.defaultMode,
    'items': obj.items?.map(y => toJson_PipelineRunSpecWorkspacesSecretItems(y)),
    'optional': obj.optional,
    'secretName': obj.secretName,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema PipelineRunSpecTaskRunSpecsComputeResourcesClaims
 */
export interface PipelineRunSpecTaskRunSpecsComputeResourcesClaims {
  /**
   * Name must match the name of one entry in pod.spec.resourceClaims of
   * the Pod where this field is used. It makes that resource available
   * inside a container.
   *
   * @schema PipelineRunSpecTaskRunSpecsComputeResourcesClaims#name
   */
  readonly name: string;

  /**
   * Request is the name chosen for a request in the referenced claim.
   * If empty, everything from the claim is made available, otherwise
   * only the result of this request.
   *
   * @schema PipelineRunSpecTaskRunSpecsComputeResourcesClaims#request
   */
  readonly request?: string;
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunSpecsComputeResourcesClaims' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunSpecsComputeResourcesClaims(obj: PipelineRunSpecTaskRunSpecsComputeResourcesClaims | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'request': obj.request,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema PipelineRunSpecTaskRunSpecsComputeResourcesLimits
 */
export class PipelineRunSpecTaskRunSpecsComputeResourcesLimits {
  public static fromNumber(value: number): PipelineRunSpecTaskRunSpecsComputeResourcesLimits {
    return new PipelineRunSpecTaskRunSpecsComputeResourcesLimits(value);
  }
  public static fromString(value: string): PipelineRunSpecTaskRunSpecsComputeResourcesLimits {
    return new PipelineRunSpecTaskRunSpecsComputeResourcesLimits(value);
  }
  private constructor(public readonly value: number | string) {
  }
}

/**
 * @schema PipelineRunSpecTaskRunSpecsComputeResourcesRequests
 */
export class PipelineRunSpecTaskRunSpecsComputeResourcesRequests {
  public static fromNumber(value: number): PipelineRunSpecTaskRunSpecsComputeResourcesRequests {
    return new PipelineRunSpecTaskRunSpecsComputeResourcesRequests(value);
  }
  public static fromString(value: string): PipelineRunSpecTaskRunSpecsComputeResourcesRequests {
    return new PipelineRunSpecTaskRunSpecsComputeResourcesRequests(value);
  }
  private constructor(public readonly value: number | string) {
  }
}

/**
 * Specifies the DNS parameters of a pod.
 * Parameters specified here will be merged to the generated DNS
 * configuration based on DNSPolicy.
 *
 * @schema PipelineRunSpecTaskRunSpecsPodTemplateDnsConfig
 */
export interface PipelineRunSpecTaskRunSpecsPodTemplateDnsConfig {
  /**
   * A list of DNS name server IP addresses.
   * This will be appended to the base nameservers generated from DNSPolicy.
   * Duplicated nameservers will be removed.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateDnsConfig#nameservers
   */
  readonly nameservers?: string[];

  /**
   * A list of DNS resolver options.
   * This will be merged with the base options generated from DNSPolicy.
   * Duplicated entries will be removed. Resolution options given in Options
   * will override those that appear in the base DNSPolicy.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateDnsConfig#options
   */
  readonly options?: PipelineRunSpecTaskRunSpecsPodTemplateDnsConfigOptions[];

  /**
   * A list of DNS search domains for host-name lookup.
   * This will be appended to the base search paths generated from DNSPolicy.
   * Duplicated search paths will be removed.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateDnsConfig#searches
   */
  readonly searches?: string[];
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunSpecsPodTemplateDnsConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunSpecsPodTemplateDnsConfig(obj: PipelineRunSpecTaskRunSpecsPodTemplateDnsConfig | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'nameservers': obj.nameservers?.map(y => y),
    'options': obj.options?.map(y => toJson_PipelineRunSpecTaskRunSpecsPodTemplateDnsConfigOptions(y)),
    'searches': obj.searches?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * EnvVar represents an environment variable present in a Container.
 *
 * @schema PipelineRunSpecTaskRunSpecsPodTemplateEnv
 */
export interface PipelineRunSpecTaskRunSpecsPodTemplateEnv {
  /**
   * Name of the environment variable.
   * May consist of any printable ASCII characters except '='.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateEnv#name
   */
  readonly name: string;

  /**
   * Variable references $(VAR_NAME) are expanded
   * using the previously defined environment variables in the container and
   * any service environment variables. If a variable cannot be resolved,
   * the reference in the input string will be unchanged. Double $$ are reduced
   * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e.
   * "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)".
   * Escaped references will never be expanded, regardless of whether the variable
   * exists or not.
   * Defaults to "".
   *
   * @default .
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateEnv#value
   */
  readonly value?: string;

  /**
   * Source for the environment variable's value. Cannot be used if value is not empty.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateEnv#valueFrom
   */
  readonly valueFrom?: PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFrom;
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunSpecsPodTemplateEnv' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunSpecsPodTemplateEnv(obj: PipelineRunSpecTaskRunSpecsPodTemplateEnv | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'value': obj.value,
    'valueFrom': toJson_PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFrom(obj.valueFrom),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * HostAlias holds the mapping between IP and hostnames that will be injected as an entry in the
 * pod's hosts file.
 *
 * @schema PipelineRunSpecTaskRunSpecsPodTemplateHostAliases
 */
export interface PipelineRunSpecTaskRunSpecsPodTemplateHostAliases {
  /**
   * Hostnames for the above IP address.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateHostAliases#hostnames
   */
  readonly hostnames?: string[];

  /**
   * IP address of the host file entry.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateHostAliases#ip
   */
  readonly ip: string;
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunSpecsPodTemplateHostAliases' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunSpecsPodTemplateHostAliases(obj: PipelineRunSpecTaskRunSpecsPodTemplateHostAliases | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'hostnames': obj.hostnames?.map(y => y),
    'ip': obj.ip,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * LocalObjectReference contains enough information to let you locate the
 * referenced object inside the same namespace.
 *
 * @schema PipelineRunSpecTaskRunSpecsPodTemplateImagePullSecrets
 */
export interface PipelineRunSpecTaskRunSpecsPodTemplateImagePullSecrets {
  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateImagePullSecrets#name
   */
  readonly name?: string;
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunSpecsPodTemplateImagePullSecrets' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunSpecsPodTemplateImagePullSecrets(obj: PipelineRunSpecTaskRunSpecsPodTemplateImagePullSecrets | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The pod this Toleration is attached to tolerates any taint that matches
 * the triple <key,value,effect> using the matching operator <operator>.
 *
 * @schema PipelineRunSpecTaskRunSpecsPodTemplateTolerations
 */
export interface PipelineRunSpecTaskRunSpecsPodTemplateTolerations {
  /**
   * Effect indicates the taint effect to match. Empty means match all taint effects.
   * When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateTolerations#effect
   */
  readonly effect?: string;

  /**
   * Key is the taint key that the toleration applies to. Empty means match all taint keys.
   * If the key is empty, operator must be Exists; this combination means to match all values and all keys.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateTolerations#key
   */
  readonly key?: string;

  /**
   * Operator represents a key's relationship to the value.
   * Valid operators are Exists, Equal, Lt, and Gt. Defaults to Equal.
   * Exists is equivalent to wildcard for value, so that a pod can
   * tolerate all taints of a particular category.
   * Lt and Gt perform numeric comparisons (requires feature gate TaintTolerationComparisonOperators).
   *
   * @default Equal.
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateTolerations#operator
   */
  readonly operator?: string;

  /**
   * TolerationSeconds represents the period of time the toleration (which must be
   * of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default,
   * it is not set, which means tolerate the taint forever (do not evict). Zero and
   * negative values will be treated as 0 (evict immediately) by the system.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateTolerations#tolerationSeconds
   */
  readonly tolerationSeconds?: number;

  /**
   * Value is the taint value the toleration matches to.
   * If the operator is Exists, the value should be empty, otherwise just a regular string.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateTolerations#value
   */
  readonly value?: string;
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunSpecsPodTemplateTolerations' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunSpecsPodTemplateTolerations(obj: PipelineRunSpecTaskRunSpecsPodTemplateTolerations | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'effect': obj.effect,
    'key': obj.key,
    'operator': obj.operator,
    'tolerationSeconds': obj.tolerationSeconds,
    'value': obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * TopologySpreadConstraint specifies how to spread matching pods among the given topology.
 *
 * @schema PipelineRunSpecTaskRunSpecsPodTemplateTopologySpreadConstraints
 */
export interface PipelineRunSpecTaskRunSpecsPodTemplateTopologySpreadConstraints {
  /**
   * LabelSelector is used to find matching pods.
   * Pods that match this label selector are counted to determine the number of pods
   * in their corresponding topology domain.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateTopologySpreadConstraints#labelSelector
   */
  readonly labelSelector?: PipelineRunSpecTaskRunSpecsPodTemplateTopologySpreadConstraintsLabelSelector;

  /**
   * MatchLabelKeys is a set of pod label keys to select the pods over which
   * spreading will be calculated. The keys are used to lookup values from the
   * incoming pod labels, those key-value labels are ANDed with labelSelector
   * to select the group of existing pods over which spreading will be calculated
   * for the incoming pod. The same key is forbidden to exist in both MatchLabelKeys and LabelSelector.
   * MatchLabelKeys cannot be set when LabelSelector isn't set.
   * Keys that don't exist in the incoming pod labels will
   * be ignored. A null or empty list means only match against labelSelector.
   *
   * This is a beta field and requires the MatchLabelKeysInPodTopologySpread feature gate to be enabled (enabled by default).
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateTopologySpreadConstraints#matchLabelKeys
   */
  readonly matchLabelKeys?: string[];

  /**
   * MaxSkew describes the degree to which pods may be unevenly distributed.
   * When `whenUnsatisfiable=DoNotSchedule`, it is the maximum permitted difference
   * between the number of matching pods in the target topology and the global minimum.
   * The global minimum is the minimum number of matching pods in an eligible domain
   * or zero if the number of eligible domains is less than MinDomains.
   * For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same
   * labelSelector spread as 2/2/1:
   * In this case, the global minimum is 1.
   * | zone1 | zone2 | zone3 |
   * |  P P  |  P P  |   P   |
   * - if MaxSkew is 1, incoming pod can only be scheduled to zone3 to become 2/2/2;
   * scheduling it onto zone1(zone2) would make the ActualSkew(3-1) on zone1(zone2)
   * violate MaxSkew(1).
   * - if MaxSkew is 2, incoming pod can be scheduled onto any zone.
   * When `whenUnsatisfiable=ScheduleAnyway`, it is used to give higher precedence
   * to topologies that satisfy it.
   * It's a required field. Default value is 1 and 0 is not allowed.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateTopologySpreadConstraints#maxSkew
   */
  readonly maxSkew: number;

  /**
   * MinDomains indicates a minimum number of eligible domains.
   * When the number of eligible domains with matching topology keys is less than minDomains,
   * Pod Topology Spread treats "global minimum" as 0, and then the calculation of Skew is performed.
   * And when the number of eligible domains with matching topology keys equals or greater than minDomains,
   * this value has no effect on scheduling.
   * As a result, when the number of eligible domains is less than minDomains,
   * scheduler won't schedule more than maxSkew Pods to those domains.
   * If value is nil, the constraint behaves as if MinDomains is equal to 1.
   * Valid values are integers greater than 0.
   * When value is not nil, WhenUnsatisfiable must be DoNotSchedule.
   *
   * For example, in a 3-zone cluster, MaxSkew is set to 2, MinDomains is set to 5 and pods with the same
   * labelSelector spread as 2/2/2:
   * | zone1 | zone2 | zone3 |
   * |  P P  |  P P  |  P P  |
   * The number of domains is less than 5(MinDomains), so "global minimum" is treated as 0.
   * In this situation, new pod with the same labelSelector cannot be scheduled,
   * because computed skew will be 3(3 - 0) if new Pod is scheduled to any of the three zones,
   * it will violate MaxSkew.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateTopologySpreadConstraints#minDomains
   */
  readonly minDomains?: number;

  /**
   * NodeAffinityPolicy indicates how we will treat Pod's nodeAffinity/nodeSelector
   * when calculating pod topology spread skew. Options are:
   * - Honor: only nodes matching nodeAffinity/nodeSelector are included in the calculations.
   * - Ignore: nodeAffinity/nodeSelector are ignored. All nodes are included in the calculations.
   *
   * If this value is nil, the behavior is equivalent to the Honor policy.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateTopologySpreadConstraints#nodeAffinityPolicy
   */
  readonly nodeAffinityPolicy?: string;

  /**
   * NodeTaintsPolicy indicates how we will treat node taints when calculating
   * pod topology spread skew. Options are:
   * - Honor: nodes without taints, along with tainted nodes for which the incoming pod
   * has a toleration, are included.
   * - Ignore: node taints are ignored. All nodes are included.
   *
   * If this value is nil, the behavior is equivalent to the Ignore policy.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateTopologySpreadConstraints#nodeTaintsPolicy
   */
  readonly nodeTaintsPolicy?: string;

  /**
   * TopologyKey is the key of node labels. Nodes that have a label with this key
   * and identical values are considered to be in the same topology.
   * We consider each <key, value> as a "bucket", and try to put balanced number
   * of pods into each bucket.
   * We define a domain as a particular instance of a topology.
   * Also, we define an eligible domain as a domain whose nodes meet the requirements of
   * nodeAffinityPolicy and nodeTaintsPolicy.
   * e.g. If TopologyKey is "kubernetes.io/hostname", each Node is a domain of that topology.
   * And, if TopologyKey is "topology.kubernetes.io/zone", each zone is a domain of that topology.
   * It's a required field.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateTopologySpreadConstraints#topologyKey
   */
  readonly topologyKey: string;

  /**
   * WhenUnsatisfiable indicates how to deal with a pod if it doesn't satisfy
   * the spread constraint.
   * - DoNotSchedule (default) tells the scheduler not to schedule it.
   * - ScheduleAnyway tells the scheduler to schedule the pod in any location,
   * but giving higher precedence to topologies that would help reduce the
   * skew.
   * A constraint is considered "Unsatisfiable" for an incoming pod
   * if and only if every possible node assignment for that pod would violate
   * "MaxSkew" on some topology.
   * For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same
   * labelSelector spread as 3/1/1:
   * | zone1 | zone2 | zone3 |
   * | P P P |   P   |   P   |
   * If WhenUnsatisfiable is set to DoNotSchedule, incoming pod can only be scheduled
   * to zone2(zone3) to become 3/2/1(3/1/2) as ActualSkew(2-1) on zone2(zone3) satisfies
   * MaxSkew(1). In other words, the cluster can still be imbalanced, but scheduler
   * won't make it *more* imbalanced.
   * It's a required field.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateTopologySpreadConstraints#whenUnsatisfiable
   */
  readonly whenUnsatisfiable: string;
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunSpecsPodTemplateTopologySpreadConstraints' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunSpecsPodTemplateTopologySpreadConstraints(obj: PipelineRunSpecTaskRunSpecsPodTemplateTopologySpreadConstraints | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'labelSelector': toJson_PipelineRunSpecTaskRunSpecsPodTemplateTopologySpreadConstraintsLabelSelector(obj.labelSelector),
    'matchLabelKeys': obj.matchLabelKeys?.map(y => y),
    'maxSkew': obj.maxSkew,
    'minDomains': obj.minDomains,
    'nodeAffinityPolicy': obj.nodeAffinityPolicy,
    'nodeTaintsPolicy': obj.nodeTaintsPolicy,
    'topologyKey': obj.topologyKey,
    'whenUnsatisfiable': obj.whenUnsatisfiable,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The resource requirements to apply to the Sidecar.
 *
 * @schema PipelineRunSpecTaskRunSpecsSidecarSpecsComputeResources
 */
export interface PipelineRunSpecTaskRunSpecsSidecarSpecsComputeResources {
  /**
   * Claims lists the names of resources, defined in spec.resourceClaims,
   * that are used by this container.
   *
   * This field depends on the
   * DynamicResourceAllocation feature gate.
   *
   * This field is immutable. It can only be set for containers.
   *
   * @schema PipelineRunSpecTaskRunSpecsSidecarSpecsComputeResources#claims
   */
  readonly claims?: PipelineRunSpecTaskRunSpecsSidecarSpecsComputeResourcesClaims[];

  /**
   * Limits describes the maximum amount of compute resources allowed.
   * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
   *
   * @schema PipelineRunSpecTaskRunSpecsSidecarSpecsComputeResources#limits
   */
  readonly limits?: { [key: string]: PipelineRunSpecTaskRunSpecsSidecarSpecsComputeResourcesLimits };

  /**
   * Requests describes the minimum amount of compute resources required.
   * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
   * otherwise to an implementation-defined value. Requests cannot exceed Limits.
   * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
   *
   * @schema PipelineRunSpecTaskRunSpecsSidecarSpecsComputeResources#requests
   */
  readonly requests?: { [key: string]: PipelineRunSpecTaskRunSpecsSidecarSpecsComputeResourcesRequests };
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunSpecsSidecarSpecsComputeResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunSpecsSidecarSpecsComputeResources(obj: PipelineRunSpecTaskRunSpecsSidecarSpecsComputeResources | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'claims': obj.claims?.map(y => toJson_PipelineRunSpecTaskRunSpecsSidecarSpecsComputeResourcesClaims(y)),
    'limits': ((obj.limits) === undefined) ? undefined : (Object.entries(obj.limits).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
    'requests': ((obj.requests) === undefined) ? undefined : (Object.entries(obj.requests).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The resource requirements to apply to the Step.
 *
 * @schema PipelineRunSpecTaskRunSpecsStepSpecsComputeResources
 */
export interface PipelineRunSpecTaskRunSpecsStepSpecsComputeResources {
  /**
   * Claims lists the names of resources, defined in spec.resourceClaims,
   * that are used by this container.
   *
   * This field depends on the
   * DynamicResourceAllocation feature gate.
   *
   * This field is immutable. It can only be set for containers.
   *
   * @schema PipelineRunSpecTaskRunSpecsStepSpecsComputeResources#claims
   */
  readonly claims?: PipelineRunSpecTaskRunSpecsStepSpecsComputeResourcesClaims[];

  /**
   * Limits describes the maximum amount of compute resources allowed.
   * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
   *
   * @schema PipelineRunSpecTaskRunSpecsStepSpecsComputeResources#limits
   */
  readonly limits?: { [key: string]: PipelineRunSpecTaskRunSpecsStepSpecsComputeResourcesLimits };

  /**
   * Requests describes the minimum amount of compute resources required.
   * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
   * otherwise to an implementation-defined value. Requests cannot exceed Limits.
   * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
   *
   * @schema PipelineRunSpecTaskRunSpecsStepSpecsComputeResources#requests
   */
  readonly requests?: { [key: string]: PipelineRunSpecTaskRunSpecsStepSpecsComputeResourcesRequests };
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunSpecsStepSpecsComputeResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunSpecsStepSpecsComputeResources(obj: PipelineRunSpecTaskRunSpecsStepSpecsComputeResources | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'claims': obj.claims?.map(y => toJson_PipelineRunSpecTaskRunSpecsStepSpecsComputeResourcesClaims(y)),
    'limits': ((obj.limits) === undefined) ? undefined : (Object.entries(obj.limits).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
    'requests': ((obj.requests) === undefined) ? undefined : (Object.entries(obj.requests).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Specifies the DNS parameters of a pod.
 * Parameters specified here will be merged to the generated DNS
 * configuration based on DNSPolicy.
 *
 * @schema PipelineRunSpecTaskRunTemplatePodTemplateDnsConfig
 */
export interface PipelineRunSpecTaskRunTemplatePodTemplateDnsConfig {
  /**
   * A list of DNS name server IP addresses.
   * This will be appended to the base nameservers generated from DNSPolicy.
   * Duplicated nameservers will be removed.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateDnsConfig#nameservers
   */
  readonly nameservers?: string[];

  /**
   * A list of DNS resolver options.
   * This will be merged with the base options generated from DNSPolicy.
   * Duplicated entries will be removed. Resolution options given in Options
   * will override those that appear in the base DNSPolicy.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateDnsConfig#options
   */
  readonly options?: PipelineRunSpecTaskRunTemplatePodTemplateDnsConfigOptions[];

  /**
   * A list of DNS search domains for host-name lookup.
   * This will be appended to the base search paths generated from DNSPolicy.
   * Duplicated search paths will be removed.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateDnsConfig#searches
   */
  readonly searches?: string[];
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunTemplatePodTemplateDnsConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunTemplatePodTemplateDnsConfig(obj: PipelineRunSpecTaskRunTemplatePodTemplateDnsConfig | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'nameservers': obj.nameservers?.map(y => y),
    'options': obj.options?.map(y => toJson_PipelineRunSpecTaskRunTemplatePodTemplateDnsConfigOptions(y)),
    'searches': obj.searches?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * EnvVar represents an environment variable present in a Container.
 *
 * @schema PipelineRunSpecTaskRunTemplatePodTemplateEnv
 */
export interface PipelineRunSpecTaskRunTemplatePodTemplateEnv {
  /**
   * Name of the environment variable.
   * May consist of any printable ASCII characters except '='.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateEnv#name
   */
  readonly name: string;

  /**
   * Variable references $(VAR_NAME) are expanded
   * using the previously defined environment variables in the container and
   * any service environment variables. If a variable cannot be resolved,
   * the reference in the input string will be unchanged. Double $$ are reduced
   * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e.
   * "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)".
   * Escaped references will never be expanded, regardless of whether the variable
   * exists or not.
   * Defaults to "".
   *
   * @default .
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateEnv#value
   */
  readonly value?: string;

  /**
   * Source for the environment variable's value. Cannot be used if value is not empty.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateEnv#valueFrom
   */
  readonly valueFrom?: PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFrom;
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunTemplatePodTemplateEnv' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunTemplatePodTemplateEnv(obj: PipelineRunSpecTaskRunTemplatePodTemplateEnv | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'value': obj.value,
    'valueFrom': toJson_PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFrom(obj.valueFrom),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * HostAlias holds the mapping between IP and hostnames that will be injected as an entry in the
 * pod's hosts file.
 *
 * @schema PipelineRunSpecTaskRunTemplatePodTemplateHostAliases
 */
export interface PipelineRunSpecTaskRunTemplatePodTemplateHostAliases {
  /**
   * Hostnames for the above IP address.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateHostAliases#hostnames
   */
  readonly hostnames?: string[];

  /**
   * IP address of the host file entry.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateHostAliases#ip
   */
  readonly ip: string;
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunTemplatePodTemplateHostAliases' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunTemplatePodTemplateHostAliases(obj: PipelineRunSpecTaskRunTemplatePodTemplateHostAliases | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'hostnames': obj.hostnames?.map(y => y),
    'ip': obj.ip,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * LocalObjectReference contains enough information to let you locate the
 * referenced object inside the same namespace.
 *
 * @schema PipelineRunSpecTaskRunTemplatePodTemplateImagePullSecrets
 */
export interface PipelineRunSpecTaskRunTemplatePodTemplateImagePullSecrets {
  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateImagePullSecrets#name
   */
  readonly name?: string;
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunTemplatePodTemplateImagePullSecrets' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunTemplatePodTemplateImagePullSecrets(obj: PipelineRunSpecTaskRunTemplatePodTemplateImagePullSecrets | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The pod this Toleration is attached to tolerates any taint that matches
 * the triple <key,value,effect> using the matching operator <operator>.
 *
 * @schema PipelineRunSpecTaskRunTemplatePodTemplateTolerations
 */
export interface PipelineRunSpecTaskRunTemplatePodTemplateTolerations {
  /**
   * Effect indicates the taint effect to match. Empty means match all taint effects.
   * When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateTolerations#effect
   */
  readonly effect?: string;

  /**
   * Key is the taint key that the toleration applies to. Empty means match all taint keys.
   * If the key is empty, operator must be Exists; this combination means to match all values and all keys.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateTolerations#key
   */
  readonly key?: string;

  /**
   * Operator represents a key's relationship to the value.
   * Valid operators are Exists, Equal, Lt, and Gt. Defaults to Equal.
   * Exists is equivalent to wildcard for value, so that a pod can
   * tolerate all taints of a particular category.
   * Lt and Gt perform numeric comparisons (requires feature gate TaintTolerationComparisonOperators).
   *
   * @default Equal.
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateTolerations#operator
   */
  readonly operator?: string;

  /**
   * TolerationSeconds represents the period of time the toleration (which must be
   * of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default,
   * it is not set, which means tolerate the taint forever (do not evict). Zero and
   * negative values will be treated as 0 (evict immediately) by the system.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateTolerations#tolerationSeconds
   */
  readonly tolerationSeconds?: number;

  /**
   * Value is the taint value the toleration matches to.
   * If the operator is Exists, the value should be empty, otherwise just a regular string.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateTolerations#value
   */
  readonly value?: string;
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunTemplatePodTemplateTolerations' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunTemplatePodTemplateTolerations(obj: PipelineRunSpecTaskRunTemplatePodTemplateTolerations | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'effect': obj.effect,
    'key': obj.key,
    'operator': obj.operator,
    'tolerationSeconds': obj.tolerationSeconds,
    'value': obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * TopologySpreadConstraint specifies how to spread matching pods among the given topology.
 *
 * @schema PipelineRunSpecTaskRunTemplatePodTemplateTopologySpreadConstraints
 */
export interface PipelineRunSpecTaskRunTemplatePodTemplateTopologySpreadConstraints {
  /**
   * LabelSelector is used to find matching pods.
   * Pods that match this label selector are counted to determine the number of pods
   * in their corresponding topology domain.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateTopologySpreadConstraints#labelSelector
   */
  readonly labelSelector?: PipelineRunSpecTaskRunTemplatePodTemplateTopologySpreadConstraintsLabelSelector;

  /**
   * MatchLabelKeys is a set of pod label keys to select the pods over which
   * spreading will be calculated. The keys are used to lookup values from the
   * incoming pod labels, those key-value labels are ANDed with labelSelector
   * to select the group of existing pods over which spreading will be calculated
   * for the incoming pod. The same key is forbidden to exist in both MatchLabelKeys and LabelSelector.
   * MatchLabelKeys cannot be set when LabelSelector isn't set.
   * Keys that don't exist in the incoming pod labels will
   * be ignored. A null or empty list means only match against labelSelector.
   *
   * This is a beta field and requires the MatchLabelKeysInPodTopologySpread feature gate to be enabled (enabled by default).
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateTopologySpreadConstraints#matchLabelKeys
   */
  readonly matchLabelKeys?: string[];

  /**
   * MaxSkew describes the degree to which pods may be unevenly distributed.
   * When `whenUnsatisfiable=DoNotSchedule`, it is the maximum permitted difference
   * between the number of matching pods in the target topology and the global minimum.
   * The global minimum is the minimum number of matching pods in an eligible domain
   * or zero if the number of eligible domains is less than MinDomains.
   * For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same
   * labelSelector spread as 2/2/1:
   * In this case, the global minimum is 1.
   * | zone1 | zone2 | zone3 |
   * |  P P  |  P P  |   P   |
   * - if MaxSkew is 1, incoming pod can only be scheduled to zone3 to become 2/2/2;
   * scheduling it onto zone1(zone2) would make the ActualSkew(3-1) on zone1(zone2)
   * violate MaxSkew(1).
   * - if MaxSkew is 2, incoming pod can be scheduled onto any zone.
   * When `whenUnsatisfiable=ScheduleAnyway`, it is used to give higher precedence
   * to topologies that satisfy it.
   * It's a required field. Default value is 1 and 0 is not allowed.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateTopologySpreadConstraints#maxSkew
   */
  readonly maxSkew: number;

  /**
   * MinDomains indicates a minimum number of eligible domains.
   * When the number of eligible domains with matching topology keys is less than minDomains,
   * Pod Topology Spread treats "global minimum" as 0, and then the calculation of Skew is performed.
   * And when the number of eligible domains with matching topology keys equals or greater than minDomains,
   * this value has no effect on scheduling.
   * As a result, when the number of eligible domains is less than minDomains,
   * scheduler won't schedule more than maxSkew Pods to those domains.
   * If value is nil, the constraint behaves as if MinDomains is equal to 1.
   * Valid values are integers greater than 0.
   * When value is not nil, WhenUnsatisfiable must be DoNotSchedule.
   *
   * For example, in a 3-zone cluster, MaxSkew is set to 2, MinDomains is set to 5 and pods with the same
   * labelSelector spread as 2/2/2:
   * | zone1 | zone2 | zone3 |
   * |  P P  |  P P  |  P P  |
   * The number of domains is less than 5(MinDomains), so "global minimum" is treated as 0.
   * In this situation, new pod with the same labelSelector cannot be scheduled,
   * because computed skew will be 3(3 - 0) if new Pod is scheduled to any of the three zones,
   * it will violate MaxSkew.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateTopologySpreadConstraints#minDomains
   */
  readonly minDomains?: number;

  /**
   * NodeAffinityPolicy indicates how we will treat Pod's nodeAffinity/nodeSelector
   * when calculating pod topology spread skew. Options are:
   * - Honor: only nodes matching nodeAffinity/nodeSelector are included in the calculations.
   * - Ignore: nodeAffinity/nodeSelector are ignored. All nodes are included in the calculations.
   *
   * If this value is nil, the behavior is equivalent to the Honor policy.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateTopologySpreadConstraints#nodeAffinityPolicy
   */
  readonly nodeAffinityPolicy?: string;

  /**
   * NodeTaintsPolicy indicates how we will treat node taints when calculating
   * pod topology spread skew. Options are:
   * - Honor: nodes without taints, along with tainted nodes for which the incoming pod
   * has a toleration, are included.
   * - Ignore: node taints are ignored. All nodes are included.
   *
   * If this value is nil, the behavior is equivalent to the Ignore policy.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateTopologySpreadConstraints#nodeTaintsPolicy
   */
  readonly nodeTaintsPolicy?: string;

  /**
   * TopologyKey is the key of node labels. Nodes that have a label with this key
   * and identical values are considered to be in the same topology.
   * We consider each <key, value> as a "bucket", and try to put balanced number
   * of pods into each bucket.
   * We define a domain as a particular instance of a topology.
   * Also, we define an eligible domain as a domain whose nodes meet the requirements of
   * nodeAffinityPolicy and nodeTaintsPolicy.
   * e.g. If TopologyKey is "kubernetes.io/hostname", each Node is a domain of that topology.
   * And, if TopologyKey is "topology.kubernetes.io/zone", each zone is a domain of that topology.
   * It's a required field.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateTopologySpreadConstraints#topologyKey
   */
  readonly topologyKey: string;

  /**
   * WhenUnsatisfiable indicates how to deal with a pod if it doesn't satisfy
   * the spread constraint.
   * - DoNotSchedule (default) tells the scheduler not to schedule it.
   * - ScheduleAnyway tells the scheduler to schedule the pod in any location,
   * but giving higher precedence to topologies that would help reduce the
   * skew.
   * A constraint is considered "Unsatisfiable" for an incoming pod
   * if and only if every possible node assignment for that pod would violate
   * "MaxSkew" on some topology.
   * For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same
   * labelSelector spread as 3/1/1:
   * | zone1 | zone2 | zone3 |
   * | P P P |   P   |   P   |
   * If WhenUnsatisfiable is set to DoNotSchedule, incoming pod can only be scheduled
   * to zone2(zone3) to become 3/2/1(3/1/2) as ActualSkew(2-1) on zone2(zone3) satisfies
   * MaxSkew(1). In other words, the cluster can still be imbalanced, but scheduler
   * won't make it *more* imbalanced.
   * It's a required field.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateTopologySpreadConstraints#whenUnsatisfiable
   */
  readonly whenUnsatisfiable: string;
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunTemplatePodTemplateTopologySpreadConstraints' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunTemplatePodTemplateTopologySpreadConstraints(obj: PipelineRunSpecTaskRunTemplatePodTemplateTopologySpreadConstraints | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'labelSelector': toJson_PipelineRunSpecTaskRunTemplatePodTemplateTopologySpreadConstraintsLabelSelector(obj.labelSelector),
    'matchLabelKeys': obj.matchLabelKeys?.map(y => y),
    'maxSkew': obj.maxSkew,
    'minDomains': obj.minDomains,
    'nodeAffinityPolicy': obj.nodeAffinityPolicy,
    'nodeTaintsPolicy': obj.nodeTaintsPolicy,
    'topologyKey': obj.topologyKey,
    'whenUnsatisfiable': obj.whenUnsatisfiable,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Maps a string key to a path within a volume.
 *
 * @schema PipelineRunSpecWorkspacesConfigMapItems
 */
export interface PipelineRunSpecWorkspacesConfigMapItems {
  /**
   * key is the key to project.
   *
   * @schema PipelineRunSpecWorkspacesConfigMapItems#key
   */
  readonly key: string;

  /**
   * mode is Optional: mode bits used to set permissions on this file.
   * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
   * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
   * If not specified, the volume defaultMode will be used.
   * This might be in conflict with other options that affect the file
   * mode, like fsGroup, and the result can be other mode bits set.
   *
   * @schema PipelineRunSpecWorkspacesConfigMapItems#mode
   */
  readonly mode?: number;

  /**
   * path is the relative path of the file to map the key to.
   * May not be an absolute path.
   * May not contain the path element '..'.
   * May not start with the string '..'.
   *
   * @schema PipelineRunSpecWorkspacesConfigMapItems#path
   */
  readonly path: string;
}

/**
 * Converts an object of type 'PipelineRunSpecWorkspacesConfigMapItems' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecWorkspacesConfigMapItems(obj: PipelineRunSpecWorkspacesConfigMapItems | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'mode': obj.mode,
    'path': obj.path,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * nodePublishSecretRef is a reference to the secret object containing
 * sensitive information to pass to the CSI driver to complete the CSI
 * NodePublishVolume and NodeUnpublishVolume calls.
 * This field is optional, and  may be empty if no secret is required. If the
 * secret object contains more than one secret, all secret references are passed.
 *
 * @schema PipelineRunSpecWorkspacesCsiNodePublishSecretRef
 */
export interface PipelineRunSpecWorkspacesCsiNodePublishSecretRef {
  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema PipelineRunSpecWorkspacesCsiNodePublishSecretRef#name
   */
  readonly name?: string;
}

/**
 * Converts an object of type 'PipelineRunSpecWorkspacesCsiNodePublishSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecWorkspacesCsiNodePublishSecretRef(obj: PipelineRunSpecWorkspacesCsiNodePublishSecretRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * sizeLimit is the total amount of local storage required for this EmptyDir volume.
 * The size limit is also applicable for memory medium.
 * The maximum usage on memory medium EmptyDir would be the minimum value between
 * the SizeLimit specified here and the sum of memory limits of all containers in a pod.
 * The default is nil which means that the limit is undefined.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
 *
 * @schema PipelineRunSpecWorkspacesEmptyDirSizeLimit
 */
export class PipelineRunSpecWorkspacesEmptyDirSizeLimit {
  public static fromNumber(value: number): PipelineRunSpecWorkspacesEmptyDirSizeLimit {
    return new PipelineRunSpecWorkspacesEmptyDirSizeLimit(value);
  }
  public static fromString(value: string): PipelineRunSpecWorkspacesEmptyDirSizeLimit {
    return new PipelineRunSpecWorkspacesEmptyDirSizeLimit(value);
  }
  private constructor(public readonly value: number | string) {
  }
}

/**
 * Projection that may be projected along with other supported volume types.
 * Exactly one of these fields must be set.
 *
 * @schema PipelineRunSpecWorkspacesProjectedSources
 */
export interface PipelineRunSpecWorkspacesProjectedSources {
  /**
   * ClusterTrustBundle allows a pod to access the `.spec.trustBundle` field
   * of ClusterTrustBundle objects in an auto-updating file.
   *
   * Alpha, gated by the ClusterTrustBundleProjection feature gate.
   *
   * ClusterTrustBundle objects can either be selected by name, or by the
   * combination of signer name and a label selector.
   *
   * Kubelet performs aggressive normalization of the PEM contents written
   * into the pod filesystem.  Esoteric PEM features such as inter-block
   * comments and block headers are stripped.  Certificates are deduplicated.
   * The ordering of certificates within the file is arbitrary, and Kubelet
   * may change the order over time.
   *
   * @schema PipelineRunSpecWorkspacesProjectedSources#clusterTrustBundle
   */
  readonly clusterTrustBundle?: PipelineRunSpecWorkspacesProjectedSourcesClusterTrustBundle;

  /**
   * configMap information about the configMap data to project
   *
   * @schema PipelineRunSpecWorkspacesProjectedSources#configMap
   */
  readonly configMap?: PipelineRunSpecWorkspacesProjectedSourcesConfigMap;

  /**
   * downwardAPI information about the downwardAPI data to project
   *
   * @schema PipelineRunSpecWorkspacesProjectedSources#downwardAPI
   */
  readonly downwardApi?: PipelineRunSpecWorkspacesProjectedSourcesDownwardApi;

  /**
   * Projects an auto-rotating credential bundle (private key and certificate
   * chain) that the pod can use either as a TLS client or server.
   *
   * Kubelet generates a private key and uses it to send a
   * PodCertificateRequest to the named signer.  Once the signer approves the
   * request and issues a certificate chain, Kubelet writes the key and
   * certificate chain to the pod filesystem.  The pod does not start until
   * certificates have been issued for each podCertificate projected volume
   * source in its spec.
   *
   * Kubelet will begin trying to rotate the certificate at the time indicated
   * by the signer using the PodCertificateRequest.Status.BeginRefreshAt
   * timestamp.
   *
   * Kubelet can write a single file, indicated by the credentialBundlePath
   * field, or separate files, indicated by the keyPath and
   * certificateChainPath fields.
   *
   * The credential bundle is a single file in PEM format.  The first PEM
   * entry is the private key (in PKCS#8 format), and the remaining PEM
   * entries are the certificate chain issued by the signer (typically,
   * signers will return their certificate chain in leaf-to-root order).
   *
   * Prefer using the credential bundle format, since your application code
   * can read it atomically.  If you use keyPath and certificateChainPath,
   * your application must make two separate file reads. If these coincide
   * with a certificate rotation, it is possible that the private key and leaf
   * certificate you read may not correspond to each other.  Your application
   * will need to check for this condition, and re-read until they are
   * consistent.
   *
   * The named signer controls chooses the format of the certificate it
   * issues; consult the signer implementation's documentation to learn how to
   * use the certificates it issues.
   *
   * @schema PipelineRunSpecWorkspacesProjectedSources#podCertificate
   */
  readonly podCertificate?: PipelineRunSpecWorkspacesProjectedSourcesPodCertificate;

  /**
   * secret information about the secret data to project
   *
   * @schema PipelineRunSpecWorkspacesProjectedSources#secret
   */
  readonly secret?: PipelineRunSpecWorkspacesProjectedSourcesSecret;

  /**
   * serviceAccountToken is information about the serviceAccountToken data to project
   *
   * @schema PipelineRunSpecWorkspacesProjectedSources#serviceAccountToken
   */
  readonly serviceAccountToken?: PipelineRunSpecWorkspacesProjectedSourcesServiceAccountToken;
}

/**
 * Converts an object of type 'PipelineRunSpecWorkspacesProjectedSources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecWorkspacesProjectedSources(obj: PipelineRunSpecWorkspacesProjectedSources | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'clusterTrustBundle': toJson_PipelineRunSpecWorkspacesProjectedSourcesClusterTrustBundle(obj.clusterTrustBundle),
    'configMap': toJson_PipelineRunSpecWorkspacesProjectedSourcesConfigMap(obj.configMap),
    'downwardAPI': toJson_PipelineRunSpecWorkspacesProjectedSourcesDownwardApi(obj.downwardApi),
    'podCertificate': toJson_PipelineRunSpecWorkspacesProjectedSourcesPodCertificate(obj.podCertificate),
    'secret': toJson_PipelineRunSpecWorkspacesProjectedSourcesSecret(obj.secret),
    'serviceAccountToken': toJson_PipelineRunSpecWorkspacesProjectedSourcesServiceAccountToken(obj.serviceAccountToken),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Maps a string key to a path within a volume.
 *
 * @schema PipelineRunSpecWorkspacesSecretItems
 */
export interface PipelineRunSpecWorkspacesSecretItems {
  /**
   * key is the key to project.
   *
   * @schema PipelineRunSpecWorkspacesSecretItems#key
   */
  readonly key: string;

  /**
   * mode is Optional: mode bits used to set permissions on this file.
   * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
   * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
   * If not specified, the volume defaultMode will be used.
   * This might be in conflict with other options that affect the file
   * mode, like fsGroup, and the result can be other mode bits set.
   *
   * @schema PipelineRunSpecWorkspacesSecretItems#mode
   */
  readonly mode?: number;

  /**
   * path is the relative path of the file to map the key to.
   * May not be an absolute path.
   * May not contain the path element '..'.
   * May not start with the string '..'.
   *
   * @schema PipelineRunSpecWorkspacesSecretItems#path
   */
  readonly path: string;
}

/**
 * Converts an object of type 'PipelineRunSpecWorkspacesSecretItems' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecWorkspacesSecretItems(obj: PipelineRunSpecWorkspacesSecretItems | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'mode': obj.mode,
    'path': obj.path,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PodDNSConfigOption defines DNS resolver options of a pod.
 *
 * @schema PipelineRunSpecTaskRunSpecsPodTemplateDnsConfigOptions
 */
export interface PipelineRunSpecTaskRunSpecsPodTemplateDnsConfigOptions {
  /**
   * Name is this DNS resolver option's name.
   * Required.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateDnsConfigOptions#name
   */
  readonly name?: string;

  /**
   * Value is this DNS resolver option's value.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateDnsConfigOptions#value
   */
  readonly value?: string;
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunSpecsPodTemplateDnsConfigOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunSpecsPodTemplateDnsConfigOptions(obj: PipelineRunSpecTaskRunSpecsPodTemplateDnsConfigOptions | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'value': obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Source for the environment variable's value. Cannot be used if value is not empty.
 *
 * @schema PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFrom
 */
export interface PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFrom {
  /**
   * Selects a key of a ConfigMap.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFrom#configMapKeyRef
   */
  readonly configMapKeyRef?: PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromConfigMapKeyRef;

  /**
   * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
   * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFrom#fieldRef
   */
  readonly fieldRef?: PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromFieldRef;

  /**
   * FileKeyRef selects a key of the env file.
   * Requires the EnvFiles feature gate to be enabled.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFrom#fileKeyRef
   */
  readonly fileKeyRef?: PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromFileKeyRef;

  /**
   * Selects a resource of the container: only resources limits and requests
   * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFrom#resourceFieldRef
   */
  readonly resourceFieldRef?: PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromResourceFieldRef;

  /**
   * Selects a key of a secret in the pod's namespace
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFrom#secretKeyRef
   */
  readonly secretKeyRef?: PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromSecretKeyRef;
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFrom(obj: PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFrom | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'configMapKeyRef': toJson_PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromConfigMapKeyRef(obj.configMapKeyRef),
    'fieldRef': toJson_PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromFieldRef(obj.fieldRef),
    'fileKeyRef': toJson_PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromFileKeyRef(obj.fileKeyRef),
    'resourceFieldRef': toJson_PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromResourceFieldRef(obj.resourceFieldRef),
    'secretKeyRef': toJson_PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromSecretKeyRef(obj.secretKeyRef),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * LabelSelector is used to find matching pods.
 * Pods that match this label selector are counted to determine the number of pods
 * in their corresponding topology domain.
 *
 * @schema PipelineRunSpecTaskRunSpecsPodTemplateTopologySpreadConstraintsLabelSelector
 */
export interface PipelineRunSpecTaskRunSpecsPodTemplateTopologySpreadConstraintsLabelSelector {
  /**
   * matchExpressions is a list of label selector requirements. The requirements are ANDed.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateTopologySpreadConstraintsLabelSelector#matchExpressions
   */
  readonly matchExpressions?: PipelineRunSpecTaskRunSpecsPodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions[];

  /**
   * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
   * map is equivalent to an element of matchExpressions, whose key field is "key", the
   * operator is "In", and the values array contains only "value". The requirements are ANDed.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateTopologySpreadConstraintsLabelSelector#matchLabels
   */
  readonly matchLabels?: { [key: string]: string };
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunSpecsPodTemplateTopologySpreadConstraintsLabelSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunSpecsPodTemplateTopologySpreadConstraintsLabelSelector(obj: PipelineRunSpecTaskRunSpecsPodTemplateTopologySpreadConstraintsLabelSelector | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'matchExpressions': obj.matchExpressions?.map(y => toJson_PipelineRunSpecTaskRunSpecsPodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions(y)),
    'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema PipelineRunSpecTaskRunSpecsSidecarSpecsComputeResourcesClaims
 */
export interface PipelineRunSpecTaskRunSpecsSidecarSpecsComputeResourcesClaims {
  /**
   * Name must match the name of one entry in pod.spec.resourceClaims of
   * the Pod where this field is used. It makes that resource available
   * inside a container.
   *
   * @schema PipelineRunSpecTaskRunSpecsSidecarSpecsComputeResourcesClaims#name
   */
  readonly name: string;

  /**
   * Request is the name chosen for a request in the referenced claim.
   * If empty, everything from the claim is made available, otherwise
   * only the result of this request.
   *
   * @schema PipelineRunSpecTaskRunSpecsSidecarSpecsComputeResourcesClaims#request
   */
  readonly request?: string;
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunSpecsSidecarSpecsComputeResourcesClaims' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunSpecsSidecarSpecsComputeResourcesClaims(obj: PipelineRunSpecTaskRunSpecsSidecarSpecsComputeResourcesClaims | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'request': obj.request,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema PipelineRunSpecTaskRunSpecsSidecarSpecsComputeResourcesLimits
 */
export class PipelineRunSpecTaskRunSpecsSidecarSpecsComputeResourcesLimits {
  public static fromNumber(value: number): PipelineRunSpecTaskRunSpecsSidecarSpecsComputeResourcesLimits {
    return new PipelineRunSpecTaskRunSpecsSidecarSpecsComputeResourcesLimits(value);
  }
  public static fromString(value: string): PipelineRunSpecTaskRunSpecsSidecarSpecsComputeResourcesLimits {
    return new PipelineRunSpecTaskRunSpecsSidecarSpecsComputeResourcesLimits(value);
  }
  private constructor(public readonly value: number | string) {
  }
}

/**
 * @schema PipelineRunSpecTaskRunSpecsSidecarSpecsComputeResourcesRequests
 */
export class PipelineRunSpecTaskRunSpecsSidecarSpecsComputeResourcesRequests {
  public static fromNumber(value: number): PipelineRunSpecTaskRunSpecsSidecarSpecsComputeResourcesRequests {
    return new PipelineRunSpecTaskRunSpecsSidecarSpecsComputeResourcesRequests(value);
  }
  public static fromString(value: string): PipelineRunSpecTaskRunSpecsSidecarSpecsComputeResourcesRequests {
    return new PipelineRunSpecTaskRunSpecsSidecarSpecsComputeResourcesRequests(value);
  }
  private constructor(public readonly value: number | string) {
  }
}

/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema PipelineRunSpecTaskRunSpecsStepSpecsComputeResourcesClaims
 */
export interface PipelineRunSpecTaskRunSpecsStepSpecsComputeResourcesClaims {
  /**
   * Name must match the name of one entry in pod.spec.resourceClaims of
   * the Pod where this field is used. It makes that resource available
   * inside a container.
   *
   * @schema PipelineRunSpecTaskRunSpecsStepSpecsComputeResourcesClaims#name
   */
  readonly name: string;

  /**
   * Request is the name chosen for a request in the referenced claim.
   * If empty, everything from the claim is made available, otherwise
   * only the result of this request.
   *
   * @schema PipelineRunSpecTaskRunSpecsStepSpecsComputeResourcesClaims#request
   */
  readonly request?: string;
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunSpecsStepSpecsComputeResourcesClaims' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunSpecsStepSpecsComputeResourcesClaims(obj: PipelineRunSpecTaskRunSpecsStepSpecsComputeResourcesClaims | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'request': obj.request,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema PipelineRunSpecTaskRunSpecsStepSpecsComputeResourcesLimits
 */
export class PipelineRunSpecTaskRunSpecsStepSpecsComputeResourcesLimits {
  public static fromNumber(value: number): PipelineRunSpecTaskRunSpecsStepSpecsComputeResourcesLimits {
    return new PipelineRunSpecTaskRunSpecsStepSpecsComputeResourcesLimits(value);
  }
  public static fromString(value: string): PipelineRunSpecTaskRunSpecsStepSpecsComputeResourcesLimits {
    return new PipelineRunSpecTaskRunSpecsStepSpecsComputeResourcesLimits(value);
  }
  private constructor(public readonly value: number | string) {
  }
}

/**
 * @schema PipelineRunSpecTaskRunSpecsStepSpecsComputeResourcesRequests
 */
export class PipelineRunSpecTaskRunSpecsStepSpecsComputeResourcesRequests {
  public static fromNumber(value: number): PipelineRunSpecTaskRunSpecsStepSpecsComputeResourcesRequests {
    return new PipelineRunSpecTaskRunSpecsStepSpecsComputeResourcesRequests(value);
  }
  public static fromString(value: string): PipelineRunSpecTaskRunSpecsStepSpecsComputeResourcesRequests {
    return new PipelineRunSpecTaskRunSpecsStepSpecsComputeResourcesRequests(value);
  }
  private constructor(public readonly value: number | string) {
  }
}

/**
 * PodDNSConfigOption defines DNS resolver options of a pod.
 *
 * @schema PipelineRunSpecTaskRunTemplatePodTemplateDnsConfigOptions
 */
export interface PipelineRunSpecTaskRunTemplatePodTemplateDnsConfigOptions {
  /**
   * Name is this DNS resolver option's name.
   * Required.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateDnsConfigOptions#name
   */
  readonly name?: string;

  /**
   * Value is this DNS resolver option's value.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateDnsConfigOptions#value
   */
  readonly value?: string;
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunTemplatePodTemplateDnsConfigOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunTemplatePodTemplateDnsConfigOptions(obj: PipelineRunSpecTaskRunTemplatePodTemplateDnsConfigOptions | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'value': obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Source for the environment variable's value. Cannot be used if value is not empty.
 *
 * @schema PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFrom
 */
export interface PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFrom {
  /**
   * Selects a key of a ConfigMap.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFrom#configMapKeyRef
   */
  readonly configMapKeyRef?: PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromConfigMapKeyRef;

  /**
   * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
   * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFrom#fieldRef
   */
  readonly fieldRef?: PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromFieldRef;

  /**
   * FileKeyRef selects a key of the env file.
   * Requires the EnvFiles feature gate to be enabled.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFrom#fileKeyRef
   */
  readonly fileKeyRef?: PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromFileKeyRef;

  /**
   * Selects a resource of the container: only resources limits and requests
   * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFrom#resourceFieldRef
   */
  readonly resourceFieldRef?: PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromResourceFieldRef;

  /**
   * Selects a key of a secret in the pod's namespace
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFrom#secretKeyRef
   */
  readonly secretKeyRef?: PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromSecretKeyRef;
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFrom(obj: PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFrom | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'configMapKeyRef': toJson_PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromConfigMapKeyRef(obj.configMapKeyRef),
    'fieldRef': toJson_PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromFieldRef(obj.fieldRef),
    'fileKeyRef': toJson_PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromFileKeyRef(obj.fileKeyRef),
    'resourceFieldRef': toJson_PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromResourceFieldRef(obj.resourceFieldRef),
    'secretKeyRef': toJson_PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromSecretKeyRef(obj.secretKeyRef),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * LabelSelector is used to find matching pods.
 * Pods that match this label selector are counted to determine the number of pods
 * in their corresponding topology domain.
 *
 * @schema PipelineRunSpecTaskRunTemplatePodTemplateTopologySpreadConstraintsLabelSelector
 */
export interface PipelineRunSpecTaskRunTemplatePodTemplateTopologySpreadConstraintsLabelSelector {
  /**
   * matchExpressions is a list of label selector requirements. The requirements are ANDed.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateTopologySpreadConstraintsLabelSelector#matchExpressions
   */
  readonly matchExpressions?: PipelineRunSpecTaskRunTemplatePodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions[];

  /**
   * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
   * map is equivalent to an element of matchExpressions, whose key field is "key", the
   * operator is "In", and the values array contains only "value". The requirements are ANDed.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateTopologySpreadConstraintsLabelSelector#matchLabels
   */
  readonly matchLabels?: { [key: string]: string };
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunTemplatePodTemplateTopologySpreadConstraintsLabelSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunTemplatePodTemplateTopologySpreadConstraintsLabelSelector(obj: PipelineRunSpecTaskRunTemplatePodTemplateTopologySpreadConstraintsLabelSelector | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'matchExpressions': obj.matchExpressions?.map(y => toJson_PipelineRunSpecTaskRunTemplatePodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions(y)),
    'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ClusterTrustBundle allows a pod to access the `.spec.trustBundle` field
 * of ClusterTrustBundle objects in an auto-updating file.
 *
 * Alpha, gated by the ClusterTrustBundleProjection feature gate.
 *
 * ClusterTrustBundle objects can either be selected by name, or by the
 * combination of signer name and a label selector.
 *
 * Kubelet performs aggressive normalization of the PEM contents written
 * into the pod filesystem.  Esoteric PEM features such as inter-block
 * comments and block headers are stripped.  Certificates are deduplicated.
 * The ordering of certificates within the file is arbitrary, and Kubelet
 * may change the order over time.
 *
 * @schema PipelineRunSpecWorkspacesProjectedSourcesClusterTrustBundle
 */
export interface PipelineRunSpecWorkspacesProjectedSourcesClusterTrustBundle {
  /**
   * Select all ClusterTrustBundles that match this label selector.  Only has
   * effect if signerName is set.  Mutually-exclusive with name.  If unset,
   * interpreted as "match nothing".  If set but empty, interpreted as "match
   * everything".
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesClusterTrustBundle#labelSelector
   */
  readonly labelSelector?: PipelineRunSpecWorkspacesProjectedSourcesClusterTrustBundleLabelSelector;

  /**
   * Select a single ClusterTrustBundle by object name.  Mutually-exclusive
   * with signerName and labelSelector.
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesClusterTrustBundle#name
   */
  readonly name?: string;

  /**
   * If true, don't block pod startup if the referenced ClusterTrustBundle(s)
   * aren't available.  If using name, then the named ClusterTrustBundle is
   * allowed not to exist.  If using signerName, then the combination of
   * signerName and labelSelector is allowed to match zero
   * ClusterTrustBundles.
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesClusterTrustBundle#optional
   */
  readonly optional?: boolean;

  /**
   * Relative path from the volume root to write the bundle.
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesClusterTrustBundle#path
   */
  readonly path: string;

  /**
   * Select all ClusterTrustBundles that match this signer name.
   * Mutually-exclusive with name.  The contents of all selected
   * ClusterTrustBundles will be unified and deduplicated.
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesClusterTrustBundle#signerName
   */
  readonly signerName?: string;
}

/**
 * Converts an object of type 'PipelineRunSpecWorkspacesProjectedSourcesClusterTrustBundle' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecWorkspacesProjectedSourcesClusterTrustBundle(obj: PipelineRunSpecWorkspacesProjectedSourcesClusterTrustBundle | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'labelSelector': toJson_PipelineRunSpecWorkspacesProjectedSourcesClusterTrustBundleLabelSelector(obj.labelSelector),
    'name': obj.name,
    'optional': obj.optional,
    'path': obj.path,
    'signerName': obj.signerName,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * configMap information about the configMap data to project
 *
 * @schema PipelineRunSpecWorkspacesProjectedSourcesConfigMap
 */
export interface PipelineRunSpecWorkspacesProjectedSourcesConfigMap {
  /**
   * items if unspecified, each key-value pair in the Data field of the referenced
   * ConfigMap will be projected into the volume as a file whose name is the
   * key and content is the value. If specified, the listed keys will be
   * projected into the specified paths, and unlisted keys will not be
   * present. If a key is specified which is not present in the ConfigMap,
   * the volume setup will error unless it is marked optional. Paths must be
   * relative and may not contain the '..' path or start with '..'.
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesConfigMap#items
   */
  readonly items?: PipelineRunSpecWorkspacesProjectedSourcesConfigMapItems[];

  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesConfigMap#name
   */
  readonly name?: string;

  /**
   * optional specify whether the ConfigMap or its keys must be defined
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesConfigMap#optional
   */
  readonly optional?: boolean;
}

/**
 * Converts an object of type 'PipelineRunSpecWorkspacesProjectedSourcesConfigMap' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecWorkspacesProjectedSourcesConfigMap(obj: PipelineRunSpecWorkspacesProjectedSourcesConfigMap | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'items': obj.items?.map(y => toJson_PipelineRunSpecWorkspacesProjectedSourcesConfigMapItems(y)),
    'name': obj.name,
    'optional': obj.optional,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * downwardAPI information about the downwardAPI data to project
 *
 * @schema PipelineRunSpecWorkspacesProjectedSourcesDownwardApi
 */
export interface PipelineRunSpecWorkspacesProjectedSourcesDownwardApi {
  /**
   * Items is a list of DownwardAPIVolume file
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesDownwardApi#items
   */
  readonly items?: PipelineRunSpecWorkspacesProjectedSourcesDownwardApiItems[];
}

/**
 * Converts an object of type 'PipelineRunSpecWorkspacesProjectedSourcesDownwardApi' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecWorkspacesProjectedSourcesDownwardApi(obj: PipelineRunSpecWorkspacesProjectedSourcesDownwardApi | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'items': obj.items?.map(y => toJson_PipelineRunSpecWorkspacesProjectedSourcesDownwardApiItems(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Projects an auto-rotating credential bundle (private key and certificate
 * chain) that the pod can use either as a TLS client or server.
 *
 * Kubelet generates a private key and uses it to send a
 * PodCertificateRequest to the named signer.  Once the signer approves the
 * request and issues a certificate chain, Kubelet writes the key and
 * certificate chain to the pod filesystem.  The pod does not start until
 * certificates have been issued for each podCertificate projected volume
 * source in its spec.
 *
 * Kubelet will begin trying to rotate the certificate at the time indicated
 * by the signer using the PodCertificateRequest.Status.BeginRefreshAt
 * timestamp.
 *
 * Kubelet can write a single file, indicated by the credentialBundlePath
 * field, or separate files, indicated by the keyPath and
 * certificateChainPath fields.
 *
 * The credential bundle is a single file in PEM format.  The first PEM
 * entry is the private key (in PKCS#8 format), and the remaining PEM
 * entries are the certificate chain issued by the signer (typically,
 * signers will return their certificate chain in leaf-to-root order).
 *
 * Prefer using the credential bundle format, since your application code
 * can read it atomically.  If you use keyPath and certificateChainPath,
 * your application must make two separate file reads. If these coincide
 * with a certificate rotation, it is possible that the private key and leaf
 * certificate you read may not correspond to each other.  Your application
 * will need to check for this condition, and re-read until they are
 * consistent.
 *
 * The named signer controls chooses the format of the certificate it
 * issues; consult the signer implementation's documentation to learn how to
 * use the certificates it issues.
 *
 * @schema PipelineRunSpecWorkspacesProjectedSourcesPodCertificate
 */
export interface PipelineRunSpecWorkspacesProjectedSourcesPodCertificate {
  /**
   * Write the certificate chain at this path in the projected volume.
   *
   * Most applications should use credentialBundlePath.  When using keyPath
   * and certificateChainPath, your application needs to check that the key
   * and leaf certificate are consistent, because it is possible to read the
   * files mid-rotation.
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesPodCertificate#certificateChainPath
   */
  readonly certificateChainPath?: string;

  /**
   * Write the credential bundle at this path in the projected volume.
   *
   * The credential bundle is a single file that contains multiple PEM blocks.
   * The first PEM block is a PRIVATE KEY block, containing a PKCS#8 private
   * key.
   *
   * The remaining blocks are CERTIFICATE blocks, containing the issued
   * certificate chain from the signer (leaf and any intermediates).
   *
   * Using credentialBundlePath lets your Pod's application code make a single
   * atomic read that retrieves a consistent key and certificate chain.  If you
   * project them to separate files, your application code will need to
   * additionally check that the leaf certificate was issued to the key.
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesPodCertificate#credentialBundlePath
   */
  readonly credentialBundlePath?: string;

  /**
   * Write the key at this path in the projected volume.
   *
   * Most applications should use credentialBundlePath.  When using keyPath
   * and certificateChainPath, your application needs to check that the key
   * and leaf certificate are consistent, because it is possible to read the
   * files mid-rotation.
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesPodCertificate#keyPath
   */
  readonly keyPath?: string;

  /**
   * The type of keypair Kubelet will generate for the pod.
   *
   * Valid values are "RSA3072", "RSA4096", "ECDSAP256", "ECDSAP384",
   * "ECDSAP521", and "ED25519".
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesPodCertificate#keyType
   */
  readonly keyType: string;

  /**
   * maxExpirationSeconds is the maximum lifetime permitted for the
   * certificate.
   *
   * Kubelet copies this value verbatim into the PodCertificateRequests it
   * generates for this projection.
   *
   * If omitted, kube-apiserver will set it to 86400(24 hours). kube-apiserver
   * will reject values shorter than 3600 (1 hour).  The maximum allowable
   * value is 7862400 (91 days).
   *
   * The signer implementation is then free to issue a certificate with any
   * lifetime *shorter* than MaxExpirationSeconds, but no shorter than 3600
   * seconds (1 hour).  This constraint is enforced by kube-apiserver.
   * `kubernetes.io` signers will never issue certificates with a lifetime
   * longer than 24 hours.
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesPodCertificate#maxExpirationSeconds
   */
  readonly maxExpirationSeconds?: number;

  /**
   * Kubelet's generated CSRs will be addressed to this signer.
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesPodCertificate#signerName
   */
  readonly signerName: string;

  /**
   * userAnnotations allow pod authors to pass additional information to
   * the signer implementation.  Kubernetes does not restrict or validate this
   * metadata in any way.
   *
   * These values are copied verbatim into the `spec.unverifiedUserAnnotations` field of
   * the PodCertificateRequest objects that Kubelet creates.
   *
   * Entries are subject to the same validation as object metadata annotations,
   * with the addition that all keys must be domain-prefixed. No restrictions
   * are placed on values, except an overall size limitation on the entire field.
   *
   * Signers should document the keys and values they support. Signers should
   * deny requests that contain keys they do not recognize.
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesPodCertificate#userAnnotations
   */
  readonly userAnnotations?: { [key: string]: string };
}

/**
 * Converts an object of type 'PipelineRunSpecWorkspacesProjectedSourcesPodCertificate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecWorkspacesProjectedSourcesPodCertificate(obj: PipelineRunSpecWorkspacesProjectedSourcesPodCertificate | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'certificateChainPath': obj.certificateChainPath,
    'credentialBundlePath': obj.credentialBundlePath,
    'keyPath': obj.keyPath,
    'keyType': obj.keyType,
    'maxExpirationSeconds': obj.maxExpirationSeconds,
    'signerName': obj.signerName,
    'userAnnotations': ((obj.userAnnotations) === undefined) ? undefined : (Object.entries(obj.userAnnotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * secret information about the secret data to project
 *
 * @schema PipelineRunSpecWorkspacesProjectedSourcesSecret
 */
export interface PipelineRunSpecWorkspacesProjectedSourcesSecret {
  /**
   * items if unspecified, each key-value pair in the Data field of the referenced
   * Secret will be projected into the volume as a file whose name is the
   * key and content is the value. If specified, the listed keys will be
   * projected into the specified paths, and unlisted keys will not be
   * present. If a key is specified which is not present in the Secret,
   * the volume setup will error unless it is marked optional. Paths must be
   * relative and may not contain the '..' path or start with '..'.
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesSecret#items
   */
  readonly items?: PipelineRunSpecWorkspacesProjectedSourcesSecretItems[];

  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesSecret#name
   */
  readonly name?: string;

  /**
   * optional field specify whether the Secret or its key must be defined
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesSecret#optional
   */
  readonly optional?: boolean;
}

/**
 * Converts an object of type 'PipelineRunSpecWorkspacesProjectedSourcesSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecWorkspacesProjectedSourcesSecret(obj: PipelineRunSpecWorkspacesProjectedSourcesSecret | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'items': obj.items?.map(y => toJson_PipelineRunSpecWorkspacesProjectedSourcesSecretItems(y)),
    'name': obj.name,
    'optional': obj.optional,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * serviceAccountToken is information about the serviceAccountToken data to project
 *
 * @schema PipelineRunSpecWorkspacesProjectedSourcesServiceAccountToken
 */
export interface PipelineRunSpecWorkspacesProjectedSourcesServiceAccountToken {
  /**
   * audience is the intended audience of the token. A recipient of a token
   * must identify itself with an identifier specified in the audience of the
   * token, and otherwise should reject the token. The audience defaults to the
   * identifier of the apiserver.
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesServiceAccountToken#audience
   */
  readonly audience?: string;

  /**
   * expirationSeconds is the requested duration of validity of the service
   * account token. As the token approaches expiration, the kubelet volume
   * plugin will proactively rotate the service account token. The kubelet will
   * start trying to rotate the token if the token is older than 80 percent of
   * its time to live or if the token is older than 24 hours.Defaults to 1 hour
   * and must be at least 10 minutes.
   *
   * @default 1 hour
   * @schema PipelineRunSpecWorkspacesProjectedSourcesServiceAccountToken#expirationSeconds
   */
  readonly expirationSeconds?: number;

  /**
   * path is the path relative to the mount point of the file to project the
   * token into.
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesServiceAccountToken#path
   */
  readonly path: string;
}

/**
 * Converts an object of type 'PipelineRunSpecWorkspacesProjectedSourcesServiceAccountToken' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecWorkspacesProjectedSourcesServiceAccountToken(obj: PipelineRunSpecWorkspacesProjectedSourcesServiceAccountToken | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'audience': obj.audience,
    'expirationSeconds': obj.expirationSeconds,
    'path': obj.path,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Selects a key of a ConfigMap.
 *
 * @schema PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromConfigMapKeyRef
 */
export interface PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromConfigMapKeyRef {
  /**
   * The key to select.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromConfigMapKeyRef#key
   */
  readonly key: string;

  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromConfigMapKeyRef#name
   */
  readonly name?: string;

  /**
   * Specify whether the ConfigMap or its key must be defined
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromConfigMapKeyRef#optional
   */
  readonly optional?: boolean;
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromConfigMapKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromConfigMapKeyRef(obj: PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'name': obj.name,
    'optional': obj.optional,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
 * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
 *
 * @schema PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromFieldRef
 */
export interface PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromFieldRef {
  /**
   * Version of the schema the FieldPath is written in terms of, defaults to "v1".
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromFieldRef#apiVersion
   */
  readonly apiVersion?: string;

  /**
   * Path of the field to select in the specified API version.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromFieldRef#fieldPath
   */
  readonly fieldPath: string;
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromFieldRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromFieldRef(obj: PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromFieldRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'apiVersion': obj.apiVersion,
    'fieldPath': obj.fieldPath,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * FileKeyRef selects a key of the env file.
 * Requires the EnvFiles feature gate to be enabled.
 *
 * @schema PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromFileKeyRef
 */
export interface PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromFileKeyRef {
  /**
   * The key within the env file. An invalid key will prevent the pod from starting.
   * The keys defined within a source may consist of any printable ASCII characters except '='.
   * During Alpha stage of the EnvFiles feature gate, the key size is limited to 128 characters.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromFileKeyRef#key
   */
  readonly key: string;

  /**
   * Specify whether the file or its key must be defined. If the file or key
   * does not exist, then the env var is not published.
   * If optional is set to true and the specified key does not exist,
   * the environment variable will not be set in the Pod's containers.
   *
   * If optional is set to false and the specified key does not exist,
   * an error will be returned during Pod creation.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromFileKeyRef#optional
   */
  readonly optional?: boolean;

  /**
   * The path within the volume from which to select the file.
   * Must be relative and may not contain the '..' path or start with '..'.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromFileKeyRef#path
   */
  readonly path: string;

  /**
   * The name of the volume mount containing the env file.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromFileKeyRef#volumeName
   */
  readonly volumeName: string;
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromFileKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromFileKeyRef(obj: PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'optional': obj.optional,
    'path': obj.path,
    'volumeName': obj.volumeName,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
 *
 * @schema PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromResourceFieldRef
 */
export interface PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromResourceFieldRef {
  /**
   * Container name: required for volumes, optional for env vars
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromResourceFieldRef#containerName
   */
  readonly containerName?: string;

  /**
   * Specifies the output format of the exposed resources, defaults to "1"
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromResourceFieldRef#divisor
   */
  readonly divisor?: PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromResourceFieldRefDivisor;

  /**
   * Required: resource to select
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromResourceFieldRef#resource
   */
  readonly resource: string;
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromResourceFieldRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromResourceFieldRef(obj: PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'containerName': obj.containerName,
    'divisor': obj.divisor?.value,
    'resource': obj.resource,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Selects a key of a secret in the pod's namespace
 *
 * @schema PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromSecretKeyRef
 */
export interface PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromSecretKeyRef {
  /**
   * The key of the secret to select from.  Must be a valid secret key.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromSecretKeyRef#key
   */
  readonly key: string;

  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromSecretKeyRef#name
   */
  readonly name?: string;

  /**
   * Specify whether the Secret or its key must be defined
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromSecretKeyRef#optional
   */
  readonly optional?: boolean;
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromSecretKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromSecretKeyRef(obj: PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'name': obj.name,
    'optional': obj.optional,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PipelineRunSpecTaskRunSpecsPodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions
 */
export interface PipelineRunSpecTaskRunSpecsPodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions {
  /**
   * key is the label key that the selector applies to.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions#key
   */
  readonly key: string;

  /**
   * operator represents a key's relationship to a set of values.
   * Valid operators are In, NotIn, Exists and DoesNotExist.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions#operator
   */
  readonly operator: string;

  /**
   * values is an array of string values. If the operator is In or NotIn,
   * the values array must be non-empty. If the operator is Exists or DoesNotExist,
   * the values array must be empty. This array is replaced during a strategic
   * merge patch.
   *
   * @schema PipelineRunSpecTaskRunSpecsPodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions#values
   */
  readonly values?: string[];
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunSpecsPodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunSpecsPodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions(obj: PipelineRunSpecTaskRunSpecsPodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'operator': obj.operator,
    'values': obj.values?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Selects a key of a ConfigMap.
 *
 * @schema PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromConfigMapKeyRef
 */
export interface PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromConfigMapKeyRef {
  /**
   * The key to select.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromConfigMapKeyRef#key
   */
  readonly key: string;

  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromConfigMapKeyRef#name
   */
  readonly name?: string;

  /**
   * Specify whether the ConfigMap or its key must be defined
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromConfigMapKeyRef#optional
   */
  readonly optional?: boolean;
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromConfigMapKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromConfigMapKeyRef(obj: PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'name': obj.name,
    'optional': obj.optional,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
 * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
 *
 * @schema PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromFieldRef
 */
export interface PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromFieldRef {
  /**
   * Version of the schema the FieldPath is written in terms of, defaults to "v1".
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromFieldRef#apiVersion
   */
  readonly apiVersion?: string;

  /**
   * Path of the field to select in the specified API version.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromFieldRef#fieldPath
   */
  readonly fieldPath: string;
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromFieldRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromFieldRef(obj: PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromFieldRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'apiVersion': obj.apiVersion,
    'fieldPath': obj.fieldPath,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * FileKeyRef selects a key of the env file.
 * Requires the EnvFiles feature gate to be enabled.
 *
 * @schema PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromFileKeyRef
 */
export interface PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromFileKeyRef {
  /**
   * The key within the env file. An invalid key will prevent the pod from starting.
   * The keys defined within a source may consist of any printable ASCII characters except '='.
   * During Alpha stage of the EnvFiles feature gate, the key size is limited to 128 characters.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromFileKeyRef#key
   */
  readonly key: string;

  /**
   * Specify whether the file or its key must be defined. If the file or key
   * does not exist, then the env var is not published.
   * If optional is set to true and the specified key does not exist,
   * the environment variable will not be set in the Pod's containers.
   *
   * If optional is set to false and the specified key does not exist,
   * an error will be returned during Pod creation.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromFileKeyRef#optional
   */
  readonly optional?: boolean;

  /**
   * The path within the volume from which to select the file.
   * Must be relative and may not contain the '..' path or start with '..'.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromFileKeyRef#path
   */
  readonly path: string;

  /**
   * The name of the volume mount containing the env file.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromFileKeyRef#volumeName
   */
  readonly volumeName: string;
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromFileKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromFileKeyRef(obj: PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'optional': obj.optional,
    'path': obj.path,
    'volumeName': obj.volumeName,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
 *
 * @schema PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromResourceFieldRef
 */
export interface PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromResourceFieldRef {
  /**
   * Container name: required for volumes, optional for env vars
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromResourceFieldRef#containerName
   */
  readonly containerName?: string;

  /**
   * Specifies the output format of the exposed resources, defaults to "1"
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromResourceFieldRef#divisor
   */
  readonly divisor?: PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromResourceFieldRefDivisor;

  /**
   * Required: resource to select
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromResourceFieldRef#resource
   */
  readonly resource: string;
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromResourceFieldRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromResourceFieldRef(obj: PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'containerName': obj.containerName,
    'divisor': obj.divisor?.value,
    'resource': obj.resource,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Selects a key of a secret in the pod's namespace
 *
 * @schema PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromSecretKeyRef
 */
export interface PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromSecretKeyRef {
  /**
   * The key of the secret to select from.  Must be a valid secret key.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromSecretKeyRef#key
   */
  readonly key: string;

  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromSecretKeyRef#name
   */
  readonly name?: string;

  /**
   * Specify whether the Secret or its key must be defined
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromSecretKeyRef#optional
   */
  readonly optional?: boolean;
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromSecretKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromSecretKeyRef(obj: PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'name': obj.name,
    'optional': obj.optional,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PipelineRunSpecTaskRunTemplatePodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions
 */
export interface PipelineRunSpecTaskRunTemplatePodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions {
  /**
   * key is the label key that the selector applies to.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions#key
   */
  readonly key: string;

  /**
   * operator represents a key's relationship to a set of values.
   * Valid operators are In, NotIn, Exists and DoesNotExist.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions#operator
   */
  readonly operator: string;

  /**
   * values is an array of string values. If the operator is In or NotIn,
   * the values array must be non-empty. If the operator is Exists or DoesNotExist,
   * the values array must be empty. This array is replaced during a strategic
   * merge patch.
   *
   * @schema PipelineRunSpecTaskRunTemplatePodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions#values
   */
  readonly values?: string[];
}

/**
 * Converts an object of type 'PipelineRunSpecTaskRunTemplatePodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecTaskRunTemplatePodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions(obj: PipelineRunSpecTaskRunTemplatePodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'operator': obj.operator,
    'values': obj.values?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Select all ClusterTrustBundles that match this label selector.  Only has
 * effect if signerName is set.  Mutually-exclusive with name.  If unset,
 * interpreted as "match nothing".  If set but empty, interpreted as "match
 * everything".
 *
 * @schema PipelineRunSpecWorkspacesProjectedSourcesClusterTrustBundleLabelSelector
 */
export interface PipelineRunSpecWorkspacesProjectedSourcesClusterTrustBundleLabelSelector {
  /**
   * matchExpressions is a list of label selector requirements. The requirements are ANDed.
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesClusterTrustBundleLabelSelector#matchExpressions
   */
  readonly matchExpressions?: PipelineRunSpecWorkspacesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions[];

  /**
   * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
   * map is equivalent to an element of matchExpressions, whose key field is "key", the
   * operator is "In", and the values array contains only "value". The requirements are ANDed.
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesClusterTrustBundleLabelSelector#matchLabels
   */
  readonly matchLabels?: { [key: string]: string };
}

/**
 * Converts an object of type 'PipelineRunSpecWorkspacesProjectedSourcesClusterTrustBundleLabelSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecWorkspacesProjectedSourcesClusterTrustBundleLabelSelector(obj: PipelineRunSpecWorkspacesProjectedSourcesClusterTrustBundleLabelSelector | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'matchExpressions': obj.matchExpressions?.map(y => toJson_PipelineRunSpecWorkspacesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions(y)),
    'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Maps a string key to a path within a volume.
 *
 * @schema PipelineRunSpecWorkspacesProjectedSourcesConfigMapItems
 */
export interface PipelineRunSpecWorkspacesProjectedSourcesConfigMapItems {
  /**
   * key is the key to project.
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesConfigMapItems#key
   */
  readonly key: string;

  /**
   * mode is Optional: mode bits used to set permissions on this file.
   * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
   * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
   * If not specified, the volume defaultMode will be used.
   * This might be in conflict with other options that affect the file
   * mode, like fsGroup, and the result can be other mode bits set.
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesConfigMapItems#mode
   */
  readonly mode?: number;

  /**
   * path is the relative path of the file to map the key to.
   * May not be an absolute path.
   * May not contain the path element '..'.
   * May not start with the string '..'.
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesConfigMapItems#path
   */
  readonly path: string;
}

/**
 * Converts an object of type 'PipelineRunSpecWorkspacesProjectedSourcesConfigMapItems' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecWorkspacesProjectedSourcesConfigMapItems(obj: PipelineRunSpecWorkspacesProjectedSourcesConfigMapItems | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'mode': obj.mode,
    'path': obj.path,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * DownwardAPIVolumeFile represents information to create the file containing the pod field
 *
 * @schema PipelineRunSpecWorkspacesProjectedSourcesDownwardApiItems
 */
export interface PipelineRunSpecWorkspacesProjectedSourcesDownwardApiItems {
  /**
   * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesDownwardApiItems#fieldRef
   */
  readonly fieldRef?: PipelineRunSpecWorkspacesProjectedSourcesDownwardApiItemsFieldRef;

  /**
   * Optional: mode bits used to set permissions on this file, must be an octal value
   * between 0000 and 0777 or a decimal value between 0 and 511.
   * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
   * If not specified, the volume defaultMode will be used.
   * This might be in conflict with other options that affect the file
   * mode, like fsGroup, and the result can be other mode bits set.
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesDownwardApiItems#mode
   */
  readonly mode?: number;

  /**
   * Required: Path is  the relative path name of the file to be created. Must not be absolute or contain the '..' path. Must be utf-8 encoded. The first item of the relative path must not start with '..'
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesDownwardApiItems#path
   */
  readonly path: string;

  /**
   * Selects a resource of the container: only resources limits and requests
   * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesDownwardApiItems#resourceFieldRef
   */
  readonly resourceFieldRef?: PipelineRunSpecWorkspacesProjectedSourcesDownwardApiItemsResourceFieldRef;
}

/**
 * Converts an object of type 'PipelineRunSpecWorkspacesProjectedSourcesDownwardApiItems' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecWorkspacesProjectedSourcesDownwardApiItems(obj: PipelineRunSpecWorkspacesProjectedSourcesDownwardApiItems | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'fieldRef': toJson_PipelineRunSpecWorkspacesProjectedSourcesDownwardApiItemsFieldRef(obj.fieldRef),
    'mode': obj.mode,
    'path': obj.path,
    'resourceFieldRef': toJson_PipelineRunSpecWorkspacesProjectedSourcesDownwardApiItemsResourceFieldRef(obj.resourceFieldRef),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Maps a string key to a path within a volume.
 *
 * @schema PipelineRunSpecWorkspacesProjectedSourcesSecretItems
 */
export interface PipelineRunSpecWorkspacesProjectedSourcesSecretItems {
  /**
   * key is the key to project.
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesSecretItems#key
   */
  readonly key: string;

  /**
   * mode is Optional: mode bits used to set permissions on this file.
   * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
   * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
   * If not specified, the volume defaultMode will be used.
   * This might be in conflict with other options that affect the file
   * mode, like fsGroup, and the result can be other mode bits set.
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesSecretItems#mode
   */
  readonly mode?: number;

  /**
   * path is the relative path of the file to map the key to.
   * May not be an absolute path.
   * May not contain the path element '..'.
   * May not start with the string '..'.
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesSecretItems#path
   */
  readonly path: string;
}

/**
 * Converts an object of type 'PipelineRunSpecWorkspacesProjectedSourcesSecretItems' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecWorkspacesProjectedSourcesSecretItems(obj: PipelineRunSpecWorkspacesProjectedSourcesSecretItems | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'mode': obj.mode,
    'path': obj.path,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromResourceFieldRefDivisor
 */
export class PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromResourceFieldRefDivisor {
  public static fromNumber(value: number): PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromResourceFieldRefDivisor {
    return new PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromResourceFieldRefDivisor(value);
  }
  public static fromString(value: string): PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromResourceFieldRefDivisor {
    return new PipelineRunSpecTaskRunSpecsPodTemplateEnvValueFromResourceFieldRefDivisor(value);
  }
  private constructor(public readonly value: number | string) {
  }
}

/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromResourceFieldRefDivisor
 */
export class PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromResourceFieldRefDivisor {
  public static fromNumber(value: number): PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromResourceFieldRefDivisor {
    return new PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromResourceFieldRefDivisor(value);
  }
  public static fromString(value: string): PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromResourceFieldRefDivisor {
    return new PipelineRunSpecTaskRunTemplatePodTemplateEnvValueFromResourceFieldRefDivisor(value);
  }
  private constructor(public readonly value: number | string) {
  }
}

/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PipelineRunSpecWorkspacesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions
 */
export interface PipelineRunSpecWorkspacesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions {
  /**
   * key is the label key that the selector applies to.
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#key
   */
  readonly key: string;

  /**
   * operator represents a key's relationship to a set of values.
   * Valid operators are In, NotIn, Exists and DoesNotExist.
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#operator
   */
  readonly operator: string;

  /**
   * values is an array of string values. If the operator is In or NotIn,
   * the values array must be non-empty. If the operator is Exists or DoesNotExist,
   * the values array must be empty. This array is replaced during a strategic
   * merge patch.
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#values
   */
  readonly values?: string[];
}

/**
 * Converts an object of type 'PipelineRunSpecWorkspacesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecWorkspacesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions(obj: PipelineRunSpecWorkspacesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'operator': obj.operator,
    'values': obj.values?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
 *
 * @schema PipelineRunSpecWorkspacesProjectedSourcesDownwardApiItemsFieldRef
 */
export interface PipelineRunSpecWorkspacesProjectedSourcesDownwardApiItemsFieldRef {
  /**
   * Version of the schema the FieldPath is written in terms of, defaults to "v1".
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesDownwardApiItemsFieldRef#apiVersion
   */
  readonly apiVersion?: string;

  /**
   * Path of the field to select in the specified API version.
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesDownwardApiItemsFieldRef#fieldPath
   */
  readonly fieldPath: string;
}

/**
 * Converts an object of type 'PipelineRunSpecWorkspacesProjectedSourcesDownwardApiItemsFieldRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecWorkspacesProjectedSourcesDownwardApiItemsFieldRef(obj: PipelineRunSpecWorkspacesProjectedSourcesDownwardApiItemsFieldRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'apiVersion': obj.apiVersion,
    'fieldPath': obj.fieldPath,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
 *
 * @schema PipelineRunSpecWorkspacesProjectedSourcesDownwardApiItemsResourceFieldRef
 */
export interface PipelineRunSpecWorkspacesProjectedSourcesDownwardApiItemsResourceFieldRef {
  /**
   * Container name: required for volumes, optional for env vars
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesDownwardApiItemsResourceFieldRef#containerName
   */
  readonly containerName?: string;

  /**
   * Specifies the output format of the exposed resources, defaults to "1"
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesDownwardApiItemsResourceFieldRef#divisor
   */
  readonly divisor?: PipelineRunSpecWorkspacesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;

  /**
   * Required: resource to select
   *
   * @schema PipelineRunSpecWorkspacesProjectedSourcesDownwardApiItemsResourceFieldRef#resource
   */
  readonly resource: string;
}

/**
 * Converts an object of type 'PipelineRunSpecWorkspacesProjectedSourcesDownwardApiItemsResourceFieldRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_PipelineRunSpecWorkspacesProjectedSourcesDownwardApiItemsResourceFieldRef(obj: PipelineRunSpecWorkspacesProjectedSourcesDownwardApiItemsResourceFieldRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'containerName': obj.containerName,
    'divisor': obj.divisor?.value,
    'resource': obj.resource,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema PipelineRunSpecWorkspacesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor
 */
export class PipelineRunSpecWorkspacesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor {
  public static fromNumber(value: number): PipelineRunSpecWorkspacesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor {
    return new PipelineRunSpecWorkspacesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor(value);
  }
  public static fromString(value: string): PipelineRunSpecWorkspacesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor {
    return new PipelineRunSpecWorkspacesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor(value);
  }
  private constructor(public readonly value: number | string) {
  }
}


/**
 * StepAction
 *
 * @schema StepAction
 */
export class StepAction extends ApiObject {
  /**
   * Returns the apiVersion and kind for "StepAction"
   */
  public static readonly GVK: GroupVersionKind = {
    apiVersion: 'tekton.dev/v1beta1',
    kind: 'StepAction',
  }

  /**
   * Renders a Kubernetes manifest for "StepAction".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  public static manifest(props: StepActionProps = {}): any {
    return {
      ...StepAction.GVK,
      ...toJson_StepActionProps(props),
    };
  }

  /**
   * Defines a "StepAction" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  public constructor(scope: Construct, id: string, props: StepActionProps = {}) {
    super(scope, id, {
      ...StepAction.GVK,
      ...props,
    });
  }

  /**
   * Renders the object to Kubernetes JSON.
   */
  public override toJson(): any {
    const resolved = super.toJson();

    return {
      ...StepAction.GVK,
      ...resolved,
    };
  }
}

/**
 * StepAction
 *
 * @schema StepAction
 */
export interface StepActionProps {
  /**
   * @schema StepAction#metadata
   */
  readonly metadata?: ApiObjectMetadata;

  /**
   * Spec
   *
   * @schema StepAction#spec
   */
  readonly spec?: StepActionSpec;
}

/**
 * Converts an object of type 'StepActionProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StepActionProps(obj: StepActionProps | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'metadata': obj.metadata,
    'spec': toJson_StepActionSpec(obj.spec),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Spec
 *
 * @schema StepActionSpec
 */
export interface StepActionSpec {
  /**
   * Args
   *
   * @schema StepActionSpec#args
   */
  readonly args?: string[];

  /**
   * Command
   *
   * @schema StepActionSpec#command
   */
  readonly command?: string[];

  /**
   * Description
   *
   * @schema StepActionSpec#description
   */
  readonly description?: string;

  /**
   * Env
   *
   * @schema StepActionSpec#env
   */
  readonly env?: StepActionSpecEnv[];

  /**
   * Image
   *
   * @schema StepActionSpec#image
   */
  readonly image?: string;

  /**
   * Params
   *
   * @schema StepActionSpec#params
   */
  readonly params?: StepActionSpecParams[];

  /**
   * Results
   *
   * @schema StepActionSpec#results
   */
  readonly results?: StepActionSpecResults[];

  /**
   * Script
   *
   * @schema StepActionSpec#script
   */
  readonly script?: string;

  /**
   * SecurityContext
   *
   * @schema StepActionSpec#securityContext
   */
  readonly securityContext?: StepActionSpecSecurityContext;

  /**
   * VolumeMounts
   *
   * @schema StepActionSpec#volumeMounts
   */
  readonly volumeMounts?: StepActionSpecVolumeMounts[];

  /**
   * WorkingDir
   *
   * @schema StepActionSpec#workingDir
   */
  readonly workingDir?: string;
}

/**
 * Converts an object of type 'StepActionSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StepActionSpec(obj: StepActionSpec | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'args': obj.args?.map(y => y),
    'command': obj.command?.map(y => y),
    'description': obj.description,
    'env': obj.env?.map(y => toJson_StepActionSpecEnv(y)),
    'image': obj.image,
    'params': obj.params?.map(y => toJson_StepActionSpecParams(y)),
    'results': obj.results?.map(y => toJson_StepActionSpecResults(y)),
    'script': obj.script,
    'securityContext': toJson_StepActionSpecSecurityContext(obj.securityContext),
    'volumeMounts': obj.volumeMounts?.map(y => toJson_StepActionSpecVolumeMounts(y)),
    'workingDir': obj.workingDir,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * EnvVar represents an environment variable present in a Container.
 *
 * @schema StepActionSpecEnv
 */
export interface StepActionSpecEnv {
  /**
   * Name of the environment variable.
   * May consist of any printable ASCII characters except '='.
   *
   * @schema StepActionSpecEnv#name
   */
  readonly name: string;

  /**
   * Variable references $(VAR_NAME) are expanded
   * using the previously defined environment variables in the container and
   * any service environment variables. If a variable cannot be resolved,
   * the reference in the input string will be unchanged. Double $$ are reduced
   * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e.
   * "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)".
   * Escaped references will never be expanded, regardless of whether the variable
   * exists or not.
   * Defaults to "".
   *
   * @default .
   * @schema StepActionSpecEnv#value
   */
  readonly value?: string;

  /**
   * Source for the environment variable's value. Cannot be used if value is not empty.
   *
   * @schema StepActionSpecEnv#valueFrom
   */
  readonly valueFrom?: StepActionSpecEnvValueFrom;
}

/**
 * Converts an object of type 'StepActionSpecEnv' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StepActionSpecEnv(obj: StepActionSpecEnv | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'value': obj.value,
    'valueFrom': toJson_StepActionSpecEnvValueFrom(obj.valueFrom),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ParamSpec defines arbitrary parameters needed beyond typed inputs (such as
 * resources). Parameter values are provided by users as inputs on a TaskRun
 * or PipelineRun.
 *
 * @schema StepActionSpecParams
 */
export interface StepActionSpecParams {
  /**
   * Default is the value a parameter takes if no input value is supplied. If
   * default is set, a Task may be executed without a supplied value for the
   * parameter.
   *
   * @default the value a parameter takes if no input value is supplied. If
   * @schema StepActionSpecParams#default
   */
  readonly default?: any;

  /**
   * Description is a user-facing description of the parameter that may be
   * used to populate a UI.
   *
   * @schema StepActionSpecParams#description
   */
  readonly description?: string;

  /**
   * Enum declares a set of allowed param input values for tasks/pipelines that can be validated.
   * If Enum is not set, no input validation is performed for the param.
   *
   * @schema StepActionSpecParams#enum
   */
  readonly enum?: string[];

  /**
   * Name declares the name by which a parameter is referenced.
   *
   * @schema StepActionSpecParams#name
   */
  readonly name: string;

  /**
   * Properties is the JSON Schema properties to support key-value pairs parameter.
   *
   * @schema StepActionSpecParams#properties
   */
  readonly properties?: { [key: string]: StepActionSpecParamsProperties };

  /**
   * Type is the user-specified type of the parameter. The possible types
   * are currently "string", "array" and "object", and "string" is the default.
   *
   * @schema StepActionSpecParams#type
   */
  readonly type?: string;
}

/**
 * Converts an object of type 'StepActionSpecParams' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StepActionSpecParams(obj: StepActionSpecParams | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'default': obj.default,
    'description': obj.description,
    'enum': obj.enum?.map(y => y),
    'name': obj.name,
    'properties': ((obj.properties) === undefined) ? undefined : (Object.entries(obj.properties).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_StepActionSpecParamsProperties(i[1]) }), {})),
    'type': obj.type,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * StepResult used to describe the Results of a Step.
 *
 * @schema StepActionSpecResults
 */
export interface StepActionSpecResults {
  /**
   * Description is a human-readable description of the result
   *
   * @schema StepActionSpecResults#description
   */
  readonly description?: string;

  /**
   * Name the given name
   *
   * @schema StepActionSpecResults#name
   */
  readonly name: string;

  /**
   * Properties is the JSON Schema properties to support key-value pairs results.
   *
   * @schema StepActionSpecResults#properties
   */
  readonly properties?: { [key: string]: StepActionSpecResultsProperties };

  /**
   * The possible types are 'string', 'array', and 'object', with 'string' as the default.
   *
   * @schema StepActionSpecResults#type
   */
  readonly type?: string;
}

/**
 * Converts an object of type 'StepActionSpecResults' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StepActionSpecResults(obj: StepActionSpecResults | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'description': obj.description,
    'name': obj.name,
    'properties': ((obj.properties) === undefined) ? undefined : (Object.entries(obj.properties).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_StepActionSpecResultsProperties(i[1]) }), {})),
    'type': obj.type,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * SecurityContext
 *
 * @schema StepActionSpecSecurityContext
 */
export interface StepActionSpecSecurityContext {
  /**
   * AllowPrivilegeEscalation controls whether a process can gain more
   * privileges than its parent process. This bool directly controls if
   * the no_new_privs flag will be set on the container process.
   * AllowPrivilegeEscalation is true always when the container is:
   * 1) run as Privileged
   * 2) has CAP_SYS_ADMIN
   * Note that this field cannot be set when spec.os.name is windows.
   *
   * @schema StepActionSpecSecurityContext#allowPrivilegeEscalation
   */
  readonly allowPrivilegeEscalation?: boolean;

  /**
   * appArmorProfile is the AppArmor options to use by this container. If set, this profile
   * overrides the pod's appArmorProfile.
   * Note that this field cannot be set when spec.os.name is windows.
   *
   * @schema StepActionSpecSecurityContext#appArmorProfile
   */
  readonly appArmorProfile?: StepActionSpecSecurityContextAppArmorProfile;

  /**
   * The capabilities to add/drop when running containers.
   * Defaults to the default set of capabilities granted by the container runtime.
   * Note that this field cannot be set when spec.os.name is windows.
   *
   * @default the default set of capabilities granted by the container runtime.
   * @schema StepActionSpecSecurityContext#capabilities
   */
  readonly capabilities?: StepActionSpecSecurityContextCapabilities;

  /**
   * Run container in privileged mode.
   * Processes in privileged containers are essentially equivalent to root on the host.
   * Defaults to false.
   * Note that this field cannot be set when spec.os.name is windows.
   *
   * @default false.
   * @schema StepActionSpecSecurityContext#privileged
   */
  readonly privileged?: boolean;

  /**
   * procMount denotes the type of proc mount to use for the containers.
   * The default value is Default which uses the container runtime defaults for
   * readonly paths and masked paths.
   * This requires the ProcMountType feature flag to be enabled.
   * Note that this field cannot be set when spec.os.name is windows.
   *
   * @schema StepActionSpecSecurityContext#procMount
   */
  readonly procMount?: string;

  /**
   * Whether this container has a read-only root filesystem.
   * Default is false.
   * Note that this field cannot be set when spec.os.name is windows.
   *
   * @default false.
   * @schema StepActionSpecSecurityContext#readOnlyRootFilesystem
   */
  readonly readOnlyRootFilesystem?: boolean;

  /**
   * The GID to run the entrypoint of the container process.
   * Uses runtime default if unset.
   * May also be set in PodSecurityContext.  If set in both SecurityContext and
   * PodSecurityContext, the value specified in SecurityContext takes precedence.
   * Note that this field cannot be set when spec.os.name is windows.
   *
   * @schema StepActionSpecSecurityContext#runAsGroup
   */
  readonly runAsGroup?: number;

  /**
   * Indicates that the container must run as a non-root user.
   * If true, the Kubelet will validate the image at runtime to ensure that it
   * does not run as UID 0 (root) and fail to start the container if it does.
   * If unset or false, no such validation will be performed.
   * May also be set in PodSecurityContext.  If set in both SecurityContext and
   * PodSecurityContext, the value specified in SecurityContext takes precedence.
   *
   * @schema StepActionSpecSecurityContext#runAsNonRoot
   */
  readonly runAsNonRoot?: boolean;

  /**
   * The UID to run the entrypoint of the container process.
   * Defaults to user specified in image metadata if unspecified.
   * May also be set in PodSecurityContext.  If set in both SecurityContext and
   * PodSecurityContext, the value specified in SecurityContext takes precedence.
   * Note that this field cannot be set when spec.os.name is windows.
   *
   * @default user specified in image metadata if unspecified.
   * @schema StepActionSpecSecurityContext#runAsUser
   */
  readonly runAsUser?: number;

  /**
   * The SELinux context to be applied to the container.
   * If unspecified, the container runtime will allocate a random SELinux context for each
   * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
   * PodSecurityContext, the value specified in SecurityContext takes precedence.
   * Note that this field cannot be set when spec.os.name is windows.
   *
   * @schema StepActionSpecSecurityContext#seLinuxOptions
   */
  readonly seLinuxOptions?: StepActionSpecSecurityContextSeLinuxOptions;

  /**
   * The seccomp options to use by this container. If seccomp options are
   * provided at both the pod & container level, the container options
   * override the pod options.
   * Note that this field cannot be set when spec.os.name is windows.
   *
   * @schema StepActionSpecSecurityContext#seccompProfile
   */
  readonly seccompProfile?: StepActionSpecSecurityContextSeccompProfile;

  /**
   * The Windows specific settings applied to all containers.
   * If unspecified, the options from the PodSecurityContext will be used.
   * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
   * Note that this field cannot be set when spec.os.name is linux.
   *
   * @schema StepActionSpecSecurityContext#windowsOptions
   */
  readonly windowsOptions?: StepActionSpecSecurityContextWindowsOptions;
}

/**
 * Converts an object of type 'StepActionSpecSecurityContext' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StepActionSpecSecurityContext(obj: StepActionSpecSecurityContext | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'allowPrivilegeEscalation': obj.allowPrivilegeEscalation,
    'appArmorProfile': toJson_StepActionSpecSecurityContextAppArmorProfile(obj.appArmorProfile),
    'capabilities': toJson_StepActionSpecSecurityContextCapabilities(obj.capabilities),
    'privileged': obj.privileged,
    'procMount': obj.procMount,
    'readOnlyRootFilesystem': obj.readOnlyRootFilesystem,
    'runAsGroup': obj.runAsGroup,
    'runAsNonRoot': obj.runAsNonRoot,
    'runAsUser': obj.runAsUser,
    'seLinuxOptions': toJson_StepActionSpecSecurityContextSeLinuxOptions(obj.seLinuxOptions),
    'seccompProfile': toJson_StepActionSpecSecurityContextSeccompProfile(obj.seccompProfile),
    'windowsOptions': toJson_StepActionSpecSecurityContextWindowsOptions(obj.windowsOptions),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * VolumeMount describes a mounting of a Volume within a container.
 *
 * @schema StepActionSpecVolumeMounts
 */
export interface StepActionSpecVolumeMounts {
  /**
   * Path within the container at which the volume should be mounted.  Must
   * not contain ':'.
   *
   * @schema StepActionSpecVolumeMounts#mountPath
   */
  readonly mountPath: string;

  /**
   * mountPropagation determines how mounts are propagated from the host
   * to container and the other way around.
   * When not set, MountPropagationNone is used.
   * This field is beta in 1.10.
   * When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified
   * (which defaults to None).
   *
   * @schema StepActionSpecVolumeMounts#mountPropagation
   */
  readonly mountPropagation?: string;

  /**
   * This must match the Name of a Volume.
   *
   * @schema StepActionSpecVolumeMounts#name
   */
  readonly name: string;

  /**
   * Mounted read-only if true, read-write otherwise (false or unspecified).
   * Defaults to false.
   *
   * @default false.
   * @schema StepActionSpecVolumeMounts#readOnly
   */
  readonly readOnly?: boolean;

  /**
   * RecursiveReadOnly specifies whether read-only mounts should be handled
   * recursively.
   *
   * If ReadOnly is false, this field has no meaning and must be unspecified.
   *
   * If ReadOnly is true, and this field is set to Disabled, the mount is not made
   * recursively read-only.  If this field is set to IfPossible, the mount is made
   * recursively read-only, if it is supported by the container runtime.  If this
   * field is set to Enabled, the mount is made recursively read-only if it is
   * supported by the container runtime, otherwise the pod will not be started and
   * an error will be generated to indicate the reason.
   *
   * If this field is set to IfPossible or Enabled, MountPropagation must be set to
   * None (or be unspecified, which defaults to None).
   *
   * If this field is not specified, it is treated as an equivalent of Disabled.
   *
   * @schema StepActionSpecVolumeMounts#recursiveReadOnly
   */
  readonly recursiveReadOnly?: string;

  /**
   * Path within the volume from which the container's volume should be mounted.
   * Defaults to "" (volume's root).
   *
   * @default volume's root).
   * @schema StepActionSpecVolumeMounts#subPath
   */
  readonly subPath?: string;

  /**
   * Expanded path within the volume from which the container's volume should be mounted.
   * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
   * Defaults to "" (volume's root).
   * SubPathExpr and SubPath are mutually exclusive.
   *
   * @default volume's root).
   * @schema StepActionSpecVolumeMounts#subPathExpr
   */
  readonly subPathExpr?: string;
}

/**
 * Converts an object of type 'StepActionSpecVolumeMounts' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StepActionSpecVolumeMounts(obj: StepActionSpecVolumeMounts | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'mountPath': obj.mountPath,
    'mountPropagation': obj.mountPropagation,
    'name': obj.name,
    'readOnly': obj.readOnly,
    'recursiveReadOnly': obj.recursiveReadOnly,
    'subPath': obj.subPath,
    'subPathExpr': obj.subPathExpr,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Source for the environment variable's value. Cannot be used if value is not empty.
 *
 * @schema StepActionSpecEnvValueFrom
 */
export interface StepActionSpecEnvValueFrom {
  /**
   * Selects a key of a ConfigMap.
   *
   * @schema StepActionSpecEnvValueFrom#configMapKeyRef
   */
  readonly configMapKeyRef?: StepActionSpecEnvValueFromConfigMapKeyRef;

  /**
   * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
   * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
   *
   * @schema StepActionSpecEnvValueFrom#fieldRef
   */
  readonly fieldRef?: StepActionSpecEnvValueFromFieldRef;

  /**
   * FileKeyRef selects a key of the env file.
   * Requires the EnvFiles feature gate to be enabled.
   *
   * @schema StepActionSpecEnvValueFrom#fileKeyRef
   */
  readonly fileKeyRef?: StepActionSpecEnvValueFromFileKeyRef;

  /**
   * Selects a resource of the container: only resources limits and requests
   * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
   *
   * @schema StepActionSpecEnvValueFrom#resourceFieldRef
   */
  readonly resourceFieldRef?: StepActionSpecEnvValueFromResourceFieldRef;

  /**
   * Selects a key of a secret in the pod's namespace
   *
   * @schema StepActionSpecEnvValueFrom#secretKeyRef
   */
  readonly secretKeyRef?: StepActionSpecEnvValueFromSecretKeyRef;
}

/**
 * Converts an object of type 'StepActionSpecEnvValueFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StepActionSpecEnvValueFrom(obj: StepActionSpecEnvValueFrom | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'configMapKeyRef': toJson_StepActionSpecEnvValueFromConfigMapKeyRef(obj.configMapKeyRef),
    'fieldRef': toJson_StepActionSpecEnvValueFromFieldRef(obj.fieldRef),
    'fileKeyRef': toJson_StepActionSpecEnvValueFromFileKeyRef(obj.fileKeyRef),
    'resourceFieldRef': toJson_StepActionSpecEnvValueFromResourceFieldRef(obj.resourceFieldRef),
    'secretKeyRef': toJson_StepActionSpecEnvValueFromSecretKeyRef(obj.secretKeyRef),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PropertySpec defines the struct for object keys
 *
 * @schema StepActionSpecParamsProperties
 */
export interface StepActionSpecParamsProperties {
  /**
   * ParamType indicates the type of an input parameter;
   * Used to distinguish between a single string and an array of strings.
   *
   * @schema StepActionSpecParamsProperties#type
   */
  readonly type?: string;
}

/**
 * Converts an object of type 'StepActionSpecParamsProperties' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StepActionSpecParamsProperties(obj: StepActionSpecParamsProperties | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'type': obj.type,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PropertySpec defines the struct for object keys
 *
 * @schema StepActionSpecResultsProperties
 */
export interface StepActionSpecResultsProperties {
  /**
   * ParamType indicates the type of an input parameter;
   * Used to distinguish between a single string and an array of strings.
   *
   * @schema StepActionSpecResultsProperties#type
   */
  readonly type?: string;
}

/**
 * Converts an object of type 'StepActionSpecResultsProperties' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StepActionSpecResultsProperties(obj: StepActionSpecResultsProperties | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'type': obj.type,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * appArmorProfile is the AppArmor options to use by this container. If set, this profile
 * overrides the pod's appArmorProfile.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema StepActionSpecSecurityContextAppArmorProfile
 */
export interface StepActionSpecSecurityContextAppArmorProfile {
  /**
   * localhostProfile indicates a profile loaded on the node that should be used.
   * The profile must be preconfigured on the node to work.
   * Must match the loaded name of the profile.
   * Must be set if and only if type is "Localhost".
   *
   * @schema StepActionSpecSecurityContextAppArmorProfile#localhostProfile
   */
  readonly localhostProfile?: string;

  /**
   * type indicates which kind of AppArmor profile will be applied.
   * Valid options are:
   * Localhost - a profile pre-loaded on the node.
   * RuntimeDefault - the container runtime's default profile.
   * Unconfined - no AppArmor enforcement.
   *
   * @schema StepActionSpecSecurityContextAppArmorProfile#type
   */
  readonly type: string;
}

/**
 * Converts an object of type 'StepActionSpecSecurityContextAppArmorProfile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StepActionSpecSecurityContextAppArmorProfile(obj: StepActionSpecSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'localhostProfile': obj.localhostProfile,
    'type': obj.type,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The capabilities to add/drop when running containers.
 * Defaults to the default set of capabilities granted by the container runtime.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @default the default set of capabilities granted by the container runtime.
 * @schema StepActionSpecSecurityContextCapabilities
 */
export interface StepActionSpecSecurityContextCapabilities {
  /**
   * Added capabilities
   *
   * @schema StepActionSpecSecurityContextCapabilities#add
   */
  readonly add?: string[];

  /**
   * Removed capabilities
   *
   * @schema StepActionSpecSecurityContextCapabilities#drop
   */
  readonly drop?: string[];
}

/**
 * Converts an object of type 'StepActionSpecSecurityContextCapabilities' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StepActionSpecSecurityContextCapabilities(obj: StepActionSpecSecurityContextCapabilities | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'add': obj.add?.map(y => y),
    'drop': obj.drop?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The SELinux context to be applied to the container.
 * If unspecified, the container runtime will allocate a random SELinux context for each
 * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
 * PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema StepActionSpecSecurityContextSeLinuxOptions
 */
export interface StepActionSpecSecurityContextSeLinuxOptions {
  /**
   * Level is SELinux level label that applies to the container.
   *
   * @schema StepActionSpecSecurityContextSeLinuxOptions#level
   */
  readonly level?: string;

  /**
   * Role is a SELinux role label that applies to the container.
   *
   * @schema StepActionSpecSecurityContextSeLinuxOptions#role
   */
  readonly role?: string;

  /**
   * Type is a SELinux type label that applies to the container.
   *
   * @schema StepActionSpecSecurityContextSeLinuxOptions#type
   */
  readonly type?: string;

  /**
   * User is a SELinux user label that applies to the container.
   *
   * @schema StepActionSpecSecurityContextSeLinuxOptions#user
   */
  readonly user?: string;
}

/**
 * Converts an object of type 'StepActionSpecSecurityContextSeLinuxOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StepActionSpecSecurityContextSeLinuxOptions(obj: StepActionSpecSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'level': obj.level,
    'role': obj.role,
    'type': obj.type,
    'user': obj.user,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The seccomp options to use by this container. If seccomp options are
 * provided at both the pod & container level, the container options
 * override the pod options.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema StepActionSpecSecurityContextSeccompProfile
 */
export interface StepActionSpecSecurityContextSeccompProfile {
  /**
   * localhostProfile indicates a profile defined in a file on the node should be used.
   * The profile must be preconfigured on the node to work.
   * Must be a descending path, relative to the kubelet's configured seccomp profile location.
   * Must be set if type is "Localhost". Must NOT be set for any other type.
   *
   * @schema StepActionSpecSecurityContextSeccompProfile#localhostProfile
   */
  readonly localhostProfile?: string;

  /**
   * type indicates which kind of seccomp profile will be applied.
   * Valid options are:
   *
   * Localhost - a profile defined in a file on the node should be used.
   * RuntimeDefault - the container runtime default profile should be used.
   * Unconfined - no profile should be applied.
   *
   * @schema StepActionSpecSecurityContextSeccompProfile#type
   */
  readonly type: string;
}

/**
 * Converts an object of type 'StepActionSpecSecurityContextSeccompProfile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StepActionSpecSecurityContextSeccompProfile(obj: StepActionSpecSecurityContextSeccompProfile | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'localhostProfile': obj.localhostProfile,
    'type': obj.type,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The Windows specific settings applied to all containers.
 * If unspecified, the options from the PodSecurityContext will be used.
 * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is linux.
 *
 * @schema StepActionSpecSecurityContextWindowsOptions
 */
export interface StepActionSpecSecurityContextWindowsOptions {
  /**
   * GMSACredentialSpec is where the GMSA admission webhook
   * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
   * GMSA credential spec named by the GMSACredentialSpecName field.
   *
   * @schema StepActionSpecSecurityContextWindowsOptions#gmsaCredentialSpec
   */
  readonly gmsaCredentialSpec?: string;

  /**
   * GMSACredentialSpecName is the name of the GMSA credential spec to use.
   *
   * @schema StepActionSpecSecurityContextWindowsOptions#gmsaCredentialSpecName
   */
  readonly gmsaCredentialSpecName?: string;

  /**
   * HostProcess determines if a container should be run as a 'Host Process' container.
   * All of a Pod's containers must have the same effective HostProcess value
   * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
   * In addition, if HostProcess is true then HostNetwork must also be set to true.
   *
   * @schema StepActionSpecSecurityContextWindowsOptions#hostProcess
   */
  readonly hostProcess?: boolean;

  /**
   * The UserName in Windows to run the entrypoint of the container process.
   * Defaults to the user specified in image metadata if unspecified.
   * May also be set in PodSecurityContext. If set in both SecurityContext and
   * PodSecurityContext, the value specified in SecurityContext takes precedence.
   *
   * @default the user specified in image metadata if unspecified.
   * @schema StepActionSpecSecurityContextWindowsOptions#runAsUserName
   */
  readonly runAsUserName?: string;
}

/**
 * Converts an object of type 'StepActionSpecSecurityContextWindowsOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StepActionSpecSecurityContextWindowsOptions(obj: StepActionSpecSecurityContextWindowsOptions | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'gmsaCredentialSpec': obj.gmsaCredentialSpec,
    'gmsaCredentialSpecName': obj.gmsaCredentialSpecName,
    'hostProcess': obj.hostProcess,
    'runAsUserName': obj.runAsUserName,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Selects a key of a ConfigMap.
 *
 * @schema StepActionSpecEnvValueFromConfigMapKeyRef
 */
export interface StepActionSpecEnvValueFromConfigMapKeyRef {
  /**
   * The key to select.
   *
   * @schema StepActionSpecEnvValueFromConfigMapKeyRef#key
   */
  readonly key: string;

  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema StepActionSpecEnvValueFromConfigMapKeyRef#name
   */
  readonly name?: string;

  /**
   * Specify whether the ConfigMap or its key must be defined
   *
   * @schema StepActionSpecEnvValueFromConfigMapKeyRef#optional
   */
  readonly optional?: boolean;
}

/**
 * Converts an object of type 'StepActionSpecEnvValueFromConfigMapKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StepActionSpecEnvValueFromConfigMapKeyRef(obj: StepActionSpecEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'name': obj.name,
    'optional': obj.optional,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
 * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
 *
 * @schema StepActionSpecEnvValueFromFieldRef
 */
export interface StepActionSpecEnvValueFromFieldRef {
  /**
   * Version of the schema the FieldPath is written in terms of, defaults to "v1".
   *
   * @schema StepActionSpecEnvValueFromFieldRef#apiVersion
   */
  readonly apiVersion?: string;

  /**
   * Path of the field to select in the specified API version.
   *
   * @schema StepActionSpecEnvValueFromFieldRef#fieldPath
   */
  readonly fieldPath: string;
}

/**
 * Converts an object of type 'StepActionSpecEnvValueFromFieldRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StepActionSpecEnvValueFromFieldRef(obj: StepActionSpecEnvValueFromFieldRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'apiVersion': obj.apiVersion,
    'fieldPath': obj.fieldPath,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * FileKeyRef selects a key of the env file.
 * Requires the EnvFiles feature gate to be enabled.
 *
 * @schema StepActionSpecEnvValueFromFileKeyRef
 */
export interface StepActionSpecEnvValueFromFileKeyRef {
  /**
   * The key within the env file. An invalid key will prevent the pod from starting.
   * The keys defined within a source may consist of any printable ASCII characters except '='.
   * During Alpha stage of the EnvFiles feature gate, the key size is limited to 128 characters.
   *
   * @schema StepActionSpecEnvValueFromFileKeyRef#key
   */
  readonly key: string;

  /**
   * Specify whether the file or its key must be defined. If the file or key
   * does not exist, then the env var is not published.
   * If optional is set to true and the specified key does not exist,
   * the environment variable will not be set in the Pod's containers.
   *
   * If optional is set to false and the specified key does not exist,
   * an error will be returned during Pod creation.
   *
   * @schema StepActionSpecEnvValueFromFileKeyRef#optional
   */
  readonly optional?: boolean;

  /**
   * The path within the volume from which to select the file.
   * Must be relative and may not contain the '..' path or start with '..'.
   *
   * @schema StepActionSpecEnvValueFromFileKeyRef#path
   */
  readonly path: string;

  /**
   * The name of the volume mount containing the env file.
   *
   * @schema StepActionSpecEnvValueFromFileKeyRef#volumeName
   */
  readonly volumeName: string;
}

/**
 * Converts an object of type 'StepActionSpecEnvValueFromFileKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StepActionSpecEnvValueFromFileKeyRef(obj: StepActionSpecEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'optional': obj.optional,
    'path': obj.path,
    'volumeName': obj.volumeName,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
 *
 * @schema StepActionSpecEnvValueFromResourceFieldRef
 */
export interface StepActionSpecEnvValueFromResourceFieldRef {
  /**
   * Container name: required for volumes, optional for env vars
   *
   * @schema StepActionSpecEnvValueFromResourceFieldRef#containerName
   */
  readonly containerName?: string;

  /**
   * Specifies the output format of the exposed resources, defaults to "1"
   *
   * @schema StepActionSpecEnvValueFromResourceFieldRef#divisor
   */
  readonly divisor?: StepActionSpecEnvValueFromResourceFieldRefDivisor;

  /**
   * Required: resource to select
   *
   * @schema StepActionSpecEnvValueFromResourceFieldRef#resource
   */
  readonly resource: string;
}

/**
 * Converts an object of type 'StepActionSpecEnvValueFromResourceFieldRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StepActionSpecEnvValueFromResourceFieldRef(obj: StepActionSpecEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'containerName': obj.containerName,
    'divisor': obj.divisor?.value,
    'resource': obj.resource,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Selects a key of a secret in the pod's namespace
 *
 * @schema StepActionSpecEnvValueFromSecretKeyRef
 */
export interface StepActionSpecEnvValueFromSecretKeyRef {
  /**
   * The key of the secret to select from.  Must be a valid secret key.
   *
   * @schema StepActionSpecEnvValueFromSecretKeyRef#key
   */
  readonly key: string;

  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema StepActionSpecEnvValueFromSecretKeyRef#name
   */
  readonly name?: string;

  /**
   * Specify whether the Secret or its key must be defined
   *
   * @schema StepActionSpecEnvValueFromSecretKeyRef#optional
   */
  readonly optional?: boolean;
}

/**
 * Converts an object of type 'StepActionSpecEnvValueFromSecretKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_StepActionSpecEnvValueFromSecretKeyRef(obj: StepActionSpecEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'name': obj.name,
    'optional': obj.optional,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema StepActionSpecEnvValueFromResourceFieldRefDivisor
 */
export class StepActionSpecEnvValueFromResourceFieldRefDivisor {
  public static fromNumber(value: number): StepActionSpecEnvValueFromResourceFieldRefDivisor {
    return new StepActionSpecEnvValueFromResourceFieldRefDivisor(value);
  }
  public static fromString(value: string): StepActionSpecEnvValueFromResourceFieldRefDivisor {
    return new StepActionSpecEnvValueFromResourceFieldRefDivisor(value);
  }
  private constructor(public readonly value: number | string) {
  }
}


/**
 * Task represents a collection of sequential steps that are run as part of a
Pipeline using a set of inputs and producing a set of outputs. Tasks execute
when TaskRuns are created that provide the input parameters and resources and
output resources the Task requires.
 *
 * @schema Task
 */
export class Task extends ApiObject {
  /**
   * Returns the apiVersion and kind for "Task"
   */
  public static readonly GVK: GroupVersionKind = {
    apiVersion: 'tekton.dev/v1',
    kind: 'Task',
  }

  /**
   * Renders a Kubernetes manifest for "Task".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  public static manifest(props: TaskProps = {}): any {
    return {
      ...Task.GVK,
      ...toJson_TaskProps(props),
    };
  }

  /**
   * Defines a "Task" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  public constructor(scope: Construct, id: string, props: TaskProps = {}) {
    super(scope, id, {
      ...Task.GVK,
      ...props,
    });
  }

  /**
   * Renders the object to Kubernetes JSON.
   */
  public override toJson(): any {
    const resolved = super.toJson();

    return {
      ...Task.GVK,
      ...resolved,
    };
  }
}

/**
 * Task represents a collection of sequential steps that are run as part of a
 * Pipeline using a set of inputs and producing a set of outputs. Tasks execute
 * when TaskRuns are created that provide the input parameters and resources and
 * output resources the Task requires.
 *
 * @schema Task
 */
export interface TaskProps {
  /**
   * @schema Task#metadata
   */
  readonly metadata?: ApiObjectMetadata;

  /**
   * Spec holds the desired state of the Task from the client
   *
   * @schema Task#spec
   */
  readonly spec?: TaskSpec;
}

/**
 * Converts an object of type 'TaskProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskProps(obj: TaskProps | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'metadata': obj.metadata,
    'spec': toJson_TaskSpec(obj.spec),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Spec holds the desired state of the Task from the client
 *
 * @schema TaskSpec
 */
export interface TaskSpec {
  /**
   * Description is a user-facing description of the task that may be
   * used to populate a UI.
   *
   * @schema TaskSpec#description
   */
  readonly description?: string;

  /**
   * DisplayName is a user-facing name of the task that may be
   * used to populate a UI.
   *
   * @schema TaskSpec#displayName
   */
  readonly displayName?: string;

  /**
   * Params is a list of input parameters required to run the task. Params
   * must be supplied as inputs in TaskRuns unless they declare a default
   * value.
   *
   * @schema TaskSpec#params
   */
  readonly params?: TaskSpecParams[];

  /**
   * Results are values that this Task can output
   *
   * @schema TaskSpec#results
   */
  readonly results?: TaskSpecResults[];

  /**
   * Sidecars are run alongside the Task's step containers. They begin before
   * the steps start and end after the steps complete.
   *
   * @schema TaskSpec#sidecars
   */
  readonly sidecars?: TaskSpecSidecars[];

  /**
   * StepTemplate can be used as the basis for all step containers within the
   * Task, so that the steps inherit settings on the base container.
   *
   * @schema TaskSpec#stepTemplate
   */
  readonly stepTemplate?: TaskSpecStepTemplate;

  /**
   * Steps are the steps of the build; each step is run sequentially with the
   * source mounted into /workspace.
   *
   * @schema TaskSpec#steps
   */
  readonly steps?: TaskSpecSteps[];

  /**
   * Volumes is a collection of volumes that are available to mount into the
   * steps of the build.
   * See Pod.spec.volumes (API version: v1)
   *
   * @schema TaskSpec#volumes
   */
  readonly volumes?: any;

  /**
   * Workspaces are the volumes that this Task requires.
   *
   * @schema TaskSpec#workspaces
   */
  readonly workspaces?: TaskSpecWorkspaces[];
}

/**
 * Converts an object of type 'TaskSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpec(obj: TaskSpec | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'description': obj.description,
    'displayName': obj.displayName,
    'params': obj.params?.map(y => toJson_TaskSpecParams(y)),
    'results': obj.results?.map(y => toJson_TaskSpecResults(y)),
    'sidecars': obj.sidecars?.map(y => toJson_TaskSpecSidecars(y)),
    'stepTemplate': toJson_TaskSpecStepTemplate(obj.stepTemplate),
    'steps': obj.steps?.map(y => toJson_TaskSpecSteps(y)),
    'volumes': obj.volumes,
    'workspaces': obj.workspaces?.map(y => toJson_TaskSpecWorkspaces(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ParamSpec defines arbitrary parameters needed beyond typed inputs (such as
 * resources). Parameter values are provided by users as inputs on a TaskRun
 * or PipelineRun.
 *
 * @schema TaskSpecParams
 */
export interface TaskSpecParams {
  /**
   * Default is the value a parameter takes if no input value is supplied. If
   * default is set, a Task may be executed without a supplied value for the
   * parameter.
   *
   * @default the value a parameter takes if no input value is supplied. If
   * @schema TaskSpecParams#default
   */
  readonly default?: any;

  /**
   * Description is a user-facing description of the parameter that may be
   * used to populate a UI.
   *
   * @schema TaskSpecParams#description
   */
  readonly description?: string;

  /**
   * Enum declares a set of allowed param input values for tasks/pipelines that can be validated.
   * If Enum is not set, no input validation is performed for the param.
   *
   * @schema TaskSpecParams#enum
   */
  readonly enum?: string[];

  /**
   * Name declares the name by which a parameter is referenced.
   *
   * @schema TaskSpecParams#name
   */
  readonly name: string;

  /**
   * Properties is the JSON Schema properties to support key-value pairs parameter.
   *
   * @schema TaskSpecParams#properties
   */
  readonly properties?: { [key: string]: TaskSpecParamsProperties };

  /**
   * Type is the user-specified type of the parameter. The possible types
   * are currently "string", "array" and "object", and "string" is the default.
   *
   * @schema TaskSpecParams#type
   */
  readonly type?: string;
}

/**
 * Converts an object of type 'TaskSpecParams' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecParams(obj: TaskSpecParams | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'default': obj.default,
    'description': obj.description,
    'enum': obj.enum?.map(y => y),
    'name': obj.name,
    'properties': ((obj.properties) === undefined) ? undefined : (Object.entries(obj.properties).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_TaskSpecParamsProperties(i[1]) }), {})),
    'type': obj.type,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * TaskResult used to describe the results of a task
 *
 * @schema TaskSpecResults
 */
export interface TaskSpecResults {
  /**
   * Description is a human-readable description of the result
   *
   * @schema TaskSpecResults#description
   */
  readonly description?: string;

  /**
   * Name the given name
   *
   * @schema TaskSpecResults#name
   */
  readonly name: string;

  /**
   * Properties is the JSON Schema properties to support key-value pairs results.
   *
   * @schema TaskSpecResults#properties
   */
  readonly properties?: { [key: string]: TaskSpecResultsProperties };

  /**
   * Type is the user-specified type of the result. The possible type
   * is currently "string" and will support "array" in following work.
   *
   * @schema TaskSpecResults#type
   */
  readonly type?: string;

  /**
   * Value the expression used to retrieve the value of the result from an underlying Step.
   *
   * @schema TaskSpecResults#value
   */
  readonly value?: any;
}

/**
 * Converts an object of type 'TaskSpecResults' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecResults(obj: TaskSpecResults | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'description': obj.description,
    'name': obj.name,
    'properties': ((obj.properties) === undefined) ? undefined : (Object.entries(obj.properties).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_TaskSpecResultsProperties(i[1]) }), {})),
    'type': obj.type,
    'value': obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Sidecar has nearly the same data structure as Step but does not have the ability to timeout.
 *
 * @schema TaskSpecSidecars
 */
export interface TaskSpecSidecars {
  /**
   * Arguments to the entrypoint.
   * The image's CMD is used if this is not provided.
   * Variable references $(VAR_NAME) are expanded using the Sidecar's environment. If a variable
   * cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced
   * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will
   * produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless
   * of whether the variable exists or not. Cannot be updated.
   * More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
   *
   * @schema TaskSpecSidecars#args
   */
  readonly args?: string[];

  /**
   * Entrypoint array. Not executed within a shell.
   * The image's ENTRYPOINT is used if this is not provided.
   * Variable references $(VAR_NAME) are expanded using the Sidecar's environment. If a variable
   * cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced
   * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will
   * produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless
   * of whether the variable exists or not. Cannot be updated.
   * More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
   *
   * @schema TaskSpecSidecars#command
   */
  readonly command?: string[];

  /**
   * ComputeResources required by this Sidecar.
   * Cannot be updated.
   * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
   *
   * @schema TaskSpecSidecars#computeResources
   */
  readonly computeResources?: TaskSpecSidecarsComputeResources;

  /**
   * List of environment variables to set in the Sidecar.
   * Cannot be updated.
   *
   * @schema TaskSpecSidecars#env
   */
  readonly env?: TaskSpecSidecarsEnv[];

  /**
   * List of sources to populate environment variables in the Sidecar.
   * The keys defined within a source must be a C_IDENTIFIER. All invalid keys
   * will be reported as an event when the container is starting. When a key exists in multiple
   * sources, the value associated with the last source will take precedence.
   * Values defined by an Env with a duplicate key will take precedence.
   * Cannot be updated.
   *
   * @schema TaskSpecSidecars#envFrom
   */
  readonly envFrom?: TaskSpecSidecarsEnvFrom[];

  /**
   * Image reference name.
   * More info: https://kubernetes.io/docs/concepts/containers/images
   *
   * @schema TaskSpecSidecars#image
   */
  readonly image?: string;

  /**
   * Image pull policy.
   * One of Always, Never, IfNotPresent.
   * Defaults to Always if :latest tag is specified, or IfNotPresent otherwise.
   * Cannot be updated.
   * More info: https://kubernetes.io/docs/concepts/containers/images#updating-images
   *
   * @default Always if :latest tag is specified, or IfNotPresent otherwise.
   * @schema TaskSpecSidecars#imagePullPolicy
   */
  readonly imagePullPolicy?: string;

  /**
   * Actions that the management system should take in response to Sidecar lifecycle events.
   * Cannot be updated.
   *
   * @schema TaskSpecSidecars#lifecycle
   */
  readonly lifecycle?: TaskSpecSidecarsLifecycle;

  /**
   * Periodic probe of Sidecar liveness.
   * Container will be restarted if the probe fails.
   * Cannot be updated.
   * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
   *
   * @schema TaskSpecSidecars#livenessProbe
   */
  readonly livenessProbe?: TaskSpecSidecarsLivenessProbe;

  /**
   * Name of the Sidecar specified as a DNS_LABEL.
   * Each Sidecar in a Task must have a unique name (DNS_LABEL).
   * Cannot be updated.
   *
   * @schema TaskSpecSidecars#name
   */
  readonly name: string;

  /**
   * List of ports to expose from the Sidecar. Exposing a port here gives
   * the system additional information about the network connections a
   * container uses, but is primarily informational. Not specifying a port here
   * DOES NOT prevent that port from being exposed. Any port which is
   * listening on the default "0.0.0.0" address inside a container will be
   * accessible from the network.
   * Cannot be updated.
   *
   * @schema TaskSpecSidecars#ports
   */
  readonly ports?: TaskSpecSidecarsPorts[];

  /**
   * Periodic probe of Sidecar service readiness.
   * Container will be removed from service endpoints if the probe fails.
   * Cannot be updated.
   * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
   *
   * @schema TaskSpecSidecars#readinessProbe
   */
  readonly readinessProbe?: TaskSpecSidecarsReadinessProbe;

  /**
   * RestartPolicy refers to kubernetes RestartPolicy. It can only be set for an
   * initContainer and must have it's policy set to "Always". It is currently
   * left optional to help support Kubernetes versions prior to 1.29 when this feature
   * was introduced.
   *
   * @schema TaskSpecSidecars#restartPolicy
   */
  readonly restartPolicy?: string;

  /**
   * Script is the contents of an executable file to execute.
   *
   * If Script is not empty, the Step cannot have an Command or Args.
   *
   * @schema TaskSpecSidecars#script
   */
  readonly script?: string;

  /**
   * SecurityContext defines the security options the Sidecar should be run with.
   * If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.
   * More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
   *
   * @schema TaskSpecSidecars#securityContext
   */
  readonly securityContext?: TaskSpecSidecarsSecurityContext;

  /**
   * StartupProbe indicates that the Pod the Sidecar is running in has successfully initialized.
   * If specified, no other probes are executed until this completes successfully.
   * If this probe fails, the Pod will be restarted, just as if the livenessProbe failed.
   * This can be used to provide different probe parameters at the beginning of a Pod's lifecycle,
   * when it might take a long time to load data or warm a cache, than during steady-state operation.
   * This cannot be updated.
   * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
   *
   * @schema TaskSpecSidecars#startupProbe
   */
  readonly startupProbe?: TaskSpecSidecarsStartupProbe;

  /**
   * Whether this Sidecar should allocate a buffer for stdin in the container runtime. If this
   * is not set, reads from stdin in the Sidecar will always result in EOF.
   * Default is false.
   *
   * @default false.
   * @schema TaskSpecSidecars#stdin
   */
  readonly stdin?: boolean;

  /**
   * Whether the container runtime should close the stdin channel after it has been opened by
   * a single attach. When stdin is true the stdin stream will remain open across multiple attach
   * sessions. If stdinOnce is set to true, stdin is opened on Sidecar start, is empty until the
   * first client attaches to stdin, and then remains open and accepts data until the client disconnects,
   * at which time stdin is closed and remains closed until the Sidecar is restarted. If this
   * flag is false, a container processes that reads from stdin will never receive an EOF.
   * Default is false
   *
   * @default false
   * @schema TaskSpecSidecars#stdinOnce
   */
  readonly stdinOnce?: boolean;

  /**
   * Optional: Path at which the file to which the Sidecar's termination message
   * will be written is mounted into the Sidecar's filesystem.
   * Message written is intended to be brief final status, such as an assertion failure message.
   * Will be truncated by the node if greater than 4096 bytes. The total message length across
   * all containers will be limited to 12kb.
   * Defaults to /dev/termination-log.
   * Cannot be updated.
   *
   * @default dev/termination-log.
   * @schema TaskSpecSidecars#terminationMessagePath
   */
  readonly terminationMessagePath?: string;

  /**
   * Indicate how the termination message should be populated. File will use the contents of
   * terminationMessagePath to populate the Sidecar status message on both success and failure.
   * FallbackToLogsOnError will use the last chunk of Sidecar log output if the termination
   * message file is empty and the Sidecar exited with an error.
   * The log output is limited to 2048 bytes or 80 lines, whichever is smaller.
   * Defaults to File.
   * Cannot be updated.
   *
   * @default File.
   * @schema TaskSpecSidecars#terminationMessagePolicy
   */
  readonly terminationMessagePolicy?: string;

  /**
   * Whether this Sidecar should allocate a TTY for itself, also requires 'stdin' to be true.
   * Default is false.
   *
   * @default false.
   * @schema TaskSpecSidecars#tty
   */
  readonly tty?: boolean;

  /**
   * volumeDevices is the list of block devices to be used by the Sidecar.
   *
   * @schema TaskSpecSidecars#volumeDevices
   */
  readonly volumeDevices?: TaskSpecSidecarsVolumeDevices[];

  /**
   * Volumes to mount into the Sidecar's filesystem.
   * Cannot be updated.
   *
   * @schema TaskSpecSidecars#volumeMounts
   */
  readonly volumeMounts?: TaskSpecSidecarsVolumeMounts[];

  /**
   * Sidecar's working directory.
   * If not specified, the container runtime's default will be used, which
   * might be configured in the container image.
   * Cannot be updated.
   *
   * @schema TaskSpecSidecars#workingDir
   */
  readonly workingDir?: string;

  /**
   * This is an alpha field. You must set the "enable-api-fields" feature flag to "alpha"
   * for this field to be supported.
   *
   * Workspaces is a list of workspaces from the Task that this Sidecar wants
   * exclusive access to. Adding a workspace to this list means that any
   * other Step or Sidecar that does not also request this Workspace will
   * not have access to it.
   *
   * @schema TaskSpecSidecars#workspaces
   */
  readonly workspaces?: TaskSpecSidecarsWorkspaces[];
}

/**
 * Converts an object of type 'TaskSpecSidecars' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecars(obj: TaskSpecSidecars | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'args': obj.args?.map(y => y),
    'command': obj.command?.map(y => y),
    'computeResources': toJson_TaskSpecSidecarsComputeResources(obj.computeResources),
    'env': obj.env?.map(y => toJson_TaskSpecSidecarsEnv(y)),
    'envFrom': obj.envFrom?.map(y => toJson_TaskSpecSidecarsEnvFrom(y)),
    'image': obj.image,
    'imagePullPolicy': obj.imagePullPolicy,
    'lifecycle': toJson_TaskSpecSidecarsLifecycle(obj.lifecycle),
    'livenessProbe': toJson_TaskSpecSidecarsLivenessProbe(obj.livenessProbe),
    'name': obj.name,
    'ports': obj.ports?.map(y => toJson_TaskSpecSidecarsPorts(y)),
    'readinessProbe': toJson_TaskSpecSidecarsReadinessProbe(obj.readinessProbe),
    'restartPolicy': obj.restartPolicy,
    'script': obj.script,
    'securityContext': toJson_TaskSpecSidecarsSecurityContext(obj.securityContext),
    'startupProbe': toJson_TaskSpecSidecarsStartupProbe(obj.startupProbe),
    'stdin': obj.stdin,
    'stdinOnce': obj.stdinOnce,
    'terminationMessagePath': obj.terminationMessagePath,
    'terminationMessagePolicy': obj.terminationMessagePolicy,
    'tty': obj.tty,
    'volumeDevices': obj.volumeDevices?.map(y => toJson_TaskSpecSidecarsVolumeDevices(y)),
    'volumeMounts': obj.volumeMounts?.map(y => toJson_TaskSpecSidecarsVolumeMounts(y)),
    'workingDir': obj.workingDir,
    'workspaces': obj.workspaces?.map(y => toJson_TaskSpecSidecarsWorkspaces(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * StepTemplate can be used as the basis for all step containers within the
 * Task, so that the steps inherit settings on the base container.
 *
 * @schema TaskSpecStepTemplate
 */
export interface TaskSpecStepTemplate {
  /**
   * Arguments to the entrypoint.
   * The image's CMD is used if this is not provided.
   * Variable references $(VAR_NAME) are expanded using the Step's environment. If a variable
   * cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced
   * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will
   * produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless
   * of whether the variable exists or not. Cannot be updated.
   * More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
   *
   * @schema TaskSpecStepTemplate#args
   */
  readonly args?: string[];

  /**
   * Entrypoint array. Not executed within a shell.
   * The image's ENTRYPOINT is used if this is not provided.
   * Variable references $(VAR_NAME) are expanded using the Step's environment. If a variable
   * cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced
   * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will
   * produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless
   * of whether the variable exists or not. Cannot be updated.
   * More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
   *
   * @schema TaskSpecStepTemplate#command
   */
  readonly command?: string[];

  /**
   * ComputeResources required by this Step.
   * Cannot be updated.
   * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
   *
   * @schema TaskSpecStepTemplate#computeResources
   */
  readonly computeResources?: TaskSpecStepTemplateComputeResources;

  /**
   * List of environment variables to set in the Step.
   * Cannot be updated.
   *
   * @schema TaskSpecStepTemplate#env
   */
  readonly env?: TaskSpecStepTemplateEnv[];

  /**
   * List of sources to populate environment variables in the Step.
   * The keys defined within a source must be a C_IDENTIFIER. All invalid keys
   * will be reported as an event when the Step is starting. When a key exists in multiple
   * sources, the value associated with the last source will take precedence.
   * Values defined by an Env with a duplicate key will take precedence.
   * Cannot be updated.
   *
   * @schema TaskSpecStepTemplate#envFrom
   */
  readonly envFrom?: TaskSpecStepTemplateEnvFrom[];

  /**
   * Image reference name.
   * More info: https://kubernetes.io/docs/concepts/containers/images
   *
   * @schema TaskSpecStepTemplate#image
   */
  readonly image?: string;

  /**
   * Image pull policy.
   * One of Always, Never, IfNotPresent.
   * Defaults to Always if :latest tag is specified, or IfNotPresent otherwise.
   * Cannot be updated.
   * More info: https://kubernetes.io/docs/concepts/containers/images#updating-images
   *
   * @default Always if :latest tag is specified, or IfNotPresent otherwise.
   * @schema TaskSpecStepTemplate#imagePullPolicy
   */
  readonly imagePullPolicy?: string;

  /**
   * SecurityContext defines the security options the Step should be run with.
   * If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.
   * More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
   *
   * @schema TaskSpecStepTemplate#securityContext
   */
  readonly securityContext?: TaskSpecStepTemplateSecurityContext;

  /**
   * volumeDevices is the list of block devices to be used by the Step.
   *
   * @schema TaskSpecStepTemplate#volumeDevices
   */
  readonly volumeDevices?: TaskSpecStepTemplateVolumeDevices[];

  /**
   * Volumes to mount into the Step's filesystem.
   * Cannot be updated.
   *
   * @schema TaskSpecStepTemplate#volumeMounts
   */
  readonly volumeMounts?: TaskSpecStepTemplateVolumeMounts[];

  /**
   * Step's working directory.
   * If not specified, the container runtime's default will be used, which
   * might be configured in the container image.
   * Cannot be updated.
   *
   * @schema TaskSpecStepTemplate#workingDir
   */
  readonly workingDir?: string;
}

/**
 * Converts an object of type 'TaskSpecStepTemplate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepTemplate(obj: TaskSpecStepTemplate | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'args': obj.args?.map(y => y),
    'command': obj.command?.map(y => y),
    'computeResources': toJson_TaskSpecStepTemplateComputeResources(obj.computeResources),
    'env': obj.env?.map(y => toJson_TaskSpecStepTemplateEnv(y)),
    'envFrom': obj.envFrom?.map(y => toJson_TaskSpecStepTemplateEnvFrom(y)),
    'image': obj.image,
    'imagePullPolicy': obj.imagePullPolicy,
    'securityContext': toJson_TaskSpecStepTemplateSecurityContext(obj.securityContext),
    'volumeDevices': obj.volumeDevices?.map(y => toJson_TaskSpecStepTemplateVolumeDevices(y)),
    'volumeMounts': obj.volumeMounts?.map(y => toJson_TaskSpecStepTemplateVolumeMounts(y)),
    'workingDir': obj.workingDir,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Step runs a subcomponent of a Task
 *
 * @schema TaskSpecSteps
 */
export interface TaskSpecSteps {
  /**
   * Arguments to the entrypoint.
   * The image's CMD is used if this is not provided.
   * Variable references $(VAR_NAME) are expanded using the container's environment. If a variable
   * cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced
   * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will
   * produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless
   * of whether the variable exists or not. Cannot be updated.
   * More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
   *
   * @schema TaskSpecSteps#args
   */
  readonly args?: string[];

  /**
   * Entrypoint array. Not executed within a shell.
   * The image's ENTRYPOINT is used if this is not provided.
   * Variable references $(VAR_NAME) are expanded using the container's environment. If a variable
   * cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced
   * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will
   * produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless
   * of whether the variable exists or not. Cannot be updated.
   * More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
   *
   * @schema TaskSpecSteps#command
   */
  readonly command?: string[];

  /**
   * ComputeResources required by this Step.
   * Cannot be updated.
   * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
   *
   * @schema TaskSpecSteps#computeResources
   */
  readonly computeResources?: TaskSpecStepsComputeResources;

  /**
   * DisplayName is a user-facing name of the step that may be
   * used to populate a UI.
   *
   * @schema TaskSpecSteps#displayName
   */
  readonly displayName?: string;

  /**
   * List of environment variables to set in the Step.
   * Cannot be updated.
   *
   * @schema TaskSpecSteps#env
   */
  readonly env?: TaskSpecStepsEnv[];

  /**
   * List of sources to populate environment variables in the Step.
   * The keys defined within a source must be a C_IDENTIFIER. All invalid keys
   * will be reported as an event when the Step is starting. When a key exists in multiple
   * sources, the value associated with the last source will take precedence.
   * Values defined by an Env with a duplicate key will take precedence.
   * Cannot be updated.
   *
   * @schema TaskSpecSteps#envFrom
   */
  readonly envFrom?: TaskSpecStepsEnvFrom[];

  /**
   * Docker image name.
   * More info: https://kubernetes.io/docs/concepts/containers/images
   *
   * @schema TaskSpecSteps#image
   */
  readonly image?: string;

  /**
   * Image pull policy.
   * One of Always, Never, IfNotPresent.
   * Defaults to Always if :latest tag is specified, or IfNotPresent otherwise.
   * Cannot be updated.
   * More info: https://kubernetes.io/docs/concepts/containers/images#updating-images
   *
   * @default Always if :latest tag is specified, or IfNotPresent otherwise.
   * @schema TaskSpecSteps#imagePullPolicy
   */
  readonly imagePullPolicy?: string;

  /**
   * Name of the Step specified as a DNS_LABEL.
   * Each Step in a Task must have a unique name.
   *
   * @schema TaskSpecSteps#name
   */
  readonly name: string;

  /**
   * OnError defines the exiting behavior of a container on error
   * can be set to [ continue | stopAndFail ]
   *
   * @schema TaskSpecSteps#onError
   */
  readonly onError?: string;

  /**
   * Params declares parameters passed to this step action.
   *
   * @schema TaskSpecSteps#params
   */
  readonly params?: TaskSpecStepsParams[];

  /**
   * Contains the reference to an existing StepAction.
   *
   * @schema TaskSpecSteps#ref
   */
  readonly ref?: TaskSpecStepsRef;

  /**
   * Results declares StepResults produced by the Step.
   *
   * It can be used in an inlined Step when used to store Results to $(step.results.resultName.path).
   * It cannot be used when referencing StepActions using [v1.Step.Ref].
   * The Results declared by the StepActions will be stored here instead.
   *
   * @schema TaskSpecSteps#results
   */
  readonly results?: TaskSpecStepsResults[];

  /**
   * Script is the contents of an executable file to execute.
   *
   * If Script is not empty, the Step cannot have an Command and the Args will be passed to the Script.
   *
   * @schema TaskSpecSteps#script
   */
  readonly script?: string;

  /**
   * SecurityContext defines the security options the Step should be run with.
   * If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.
   * More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
   *
   * @schema TaskSpecSteps#securityContext
   */
  readonly securityContext?: TaskSpecStepsSecurityContext;

  /**
   * Stores configuration for the stderr stream of the step.
   *
   * @schema TaskSpecSteps#stderrConfig
   */
  readonly stderrConfig?: TaskSpecStepsStderrConfig;

  /**
   * Stores configuration for the stdout stream of the step.
   *
   * @schema TaskSpecSteps#stdoutConfig
   */
  readonly stdoutConfig?: TaskSpecStepsStdoutConfig;

  /**
   * Timeout is the time after which the step times out. Defaults to never.
   * Refer to Go's ParseDuration documentation for expected format: https://golang.org/pkg/time/#ParseDuration
   *
   * @default never.
   * @schema TaskSpecSteps#timeout
   */
  readonly timeout?: string;

  /**
   * volumeDevices is the list of block devices to be used by the Step.
   *
   * @schema TaskSpecSteps#volumeDevices
   */
  readonly volumeDevices?: TaskSpecStepsVolumeDevices[];

  /**
   * Volumes to mount into the Step's filesystem.
   * Cannot be updated.
   *
   * @schema TaskSpecSteps#volumeMounts
   */
  readonly volumeMounts?: TaskSpecStepsVolumeMounts[];

  /**
   * When is a list of when expressions that need to be true for the task to run
   *
   * @schema TaskSpecSteps#when
   */
  readonly when?: TaskSpecStepsWhen[];

  /**
   * Step's working directory.
   * If not specified, the container runtime's default will be used, which
   * might be configured in the container image.
   * Cannot be updated.
   *
   * @schema TaskSpecSteps#workingDir
   */
  readonly workingDir?: string;

  /**
   * This is an alpha field. You must set the "enable-api-fields" feature flag to "alpha"
   * for this field to be supported.
   *
   * Workspaces is a list of workspaces from the Task that this Step wants
   * exclusive access to. Adding a workspace to this list means that any
   * other Step or Sidecar that does not also request this Workspace will
   * not have access to it.
   *
   * @schema TaskSpecSteps#workspaces
   */
  readonly workspaces?: TaskSpecStepsWorkspaces[];
}

/**
 * Converts an object of type 'TaskSpecSteps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSteps(obj: TaskSpecSteps | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'args': obj.args?.map(y => y),
    'command': obj.command?.map(y => y),
    'computeResources': toJson_TaskSpecStepsComputeResources(obj.computeResources),
    'displayName': obj.displayName,
    'env': obj.env?.map(y => toJson_TaskSpecStepsEnv(y)),
    'envFrom': obj.envFrom?.map(y => toJson_TaskSpecStepsEnvFrom(y)),
    'image': obj.image,
    'imagePullPolicy': obj.imagePullPolicy,
    'name': obj.name,
    'onError': obj.onError,
    'params': obj.params?.map(y => toJson_TaskSpecStepsParams(y)),
    'ref': toJson_TaskSpecStepsRef(obj.ref),
    'results': obj.results?.map(y => toJson_TaskSpecStepsResults(y)),
    'script': obj.script,
    'securityContext': toJson_TaskSpecStepsSecurityContext(obj.securityContext),
    'stderrConfig': toJson_TaskSpecStepsStderrConfig(obj.stderrConfig),
    'stdoutConfig': toJson_TaskSpecStepsStdoutConfig(obj.stdoutConfig),
    'timeout': obj.timeout,
    'volumeDevices': obj.volumeDevices?.map(y => toJson_TaskSpecStepsVolumeDevices(y)),
    'volumeMounts': obj.volumeMounts?.map(y => toJson_TaskSpecStepsVolumeMounts(y)),
    'when': obj.when?.map(y => toJson_TaskSpecStepsWhen(y)),
    'workingDir': obj.workingDir,
    'workspaces': obj.workspaces?.map(y => toJson_TaskSpecStepsWorkspaces(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * WorkspaceDeclaration is a declaration of a volume that a Task requires.
 *
 * @schema TaskSpecWorkspaces
 */
export interface TaskSpecWorkspaces {
  /**
   * Description is an optional human readable description of this volume.
   *
   * @schema TaskSpecWorkspaces#description
   */
  readonly description?: string;

  /**
   * MountPath overrides the directory that the volume will be made available at.
   *
   * @schema TaskSpecWorkspaces#mountPath
   */
  readonly mountPath?: string;

  /**
   * Name is the name by which you can bind the volume at runtime.
   *
   * @schema TaskSpecWorkspaces#name
   */
  readonly name: string;

  /**
   * Optional marks a Workspace as not being required in TaskRuns. By default
   * this field is false and so declared workspaces are required.
   *
   * @schema TaskSpecWorkspaces#optional
   */
  readonly optional?: boolean;

  /**
   * ReadOnly dictates whether a mounted volume is writable. By default this
   * field is false and so mounted volumes are writable.
   *
   * @schema TaskSpecWorkspaces#readOnly
   */
  readonly readOnly?: boolean;
}

/**
 * Converts an object of type 'TaskSpecWorkspaces' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecWorkspaces(obj: TaskSpecWorkspaces | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'description': obj.description,
    'mountPath': obj.mountPath,
    'name': obj.name,
    'optional': obj.optional,
    'readOnly': obj.readOnly,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PropertySpec defines the struct for object keys
 *
 * @schema TaskSpecParamsProperties
 */
export interface TaskSpecParamsProperties {
  /**
   * ParamType indicates the type of an input parameter;
   * Used to distinguish between a single string and an array of strings.
   *
   * @schema TaskSpecParamsProperties#type
   */
  readonly type?: string;
}

/**
 * Converts an object of type 'TaskSpecParamsProperties' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecParamsProperties(obj: TaskSpecParamsProperties | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'type': obj.type,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PropertySpec defines the struct for object keys
 *
 * @schema TaskSpecResultsProperties
 */
export interface TaskSpecResultsProperties {
  /**
   * ParamType indicates the type of an input parameter;
   * Used to distinguish between a single string and an array of strings.
   *
   * @schema TaskSpecResultsProperties#type
   */
  readonly type?: string;
}

/**
 * Converts an object of type 'TaskSpecResultsProperties' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecResultsProperties(obj: TaskSpecResultsProperties | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'type': obj.type,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ComputeResources required by this Sidecar.
 * Cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
 *
 * @schema TaskSpecSidecarsComputeResources
 */
export interface TaskSpecSidecarsComputeResources {
  /**
   * Claims lists the names of resources, defined in spec.resourceClaims,
   * that are used by this container.
   *
   * This field depends on the
   * DynamicResourceAllocation feature gate.
   *
   * This field is immutable. It can only be set for containers.
   *
   * @schema TaskSpecSidecarsComputeResources#claims
   */
  readonly claims?: TaskSpecSidecarsComputeResourcesClaims[];

  /**
   * Limits describes the maximum amount of compute resources allowed.
   * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
   *
   * @schema TaskSpecSidecarsComputeResources#limits
   */
  readonly limits?: { [key: string]: TaskSpecSidecarsComputeResourcesLimits };

  /**
   * Requests describes the minimum amount of compute resources required.
   * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
   * otherwise to an implementation-defined value. Requests cannot exceed Limits.
   * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
   *
   * @schema TaskSpecSidecarsComputeResources#requests
   */
  readonly requests?: { [key: string]: TaskSpecSidecarsComputeResourcesRequests };
}

/**
 * Converts an object of type 'TaskSpecSidecarsComputeResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsComputeResources(obj: TaskSpecSidecarsComputeResources | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'claims': obj.claims?.map(y => toJson_TaskSpecSidecarsComputeResourcesClaims(y)),
    'limits': ((obj.limits) === undefined) ? undefined : (Object.entries(obj.limits).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
    'requests': ((obj.requests) === undefined) ? undefined : (Object.entries(obj.requests).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * EnvVar represents an environment variable present in a Container.
 *
 * @schema TaskSpecSidecarsEnv
 */
export interface TaskSpecSidecarsEnv {
  /**
   * Name of the environment variable.
   * May consist of any printable ASCII characters except '='.
   *
   * @schema TaskSpecSidecarsEnv#name
   */
  readonly name: string;

  /**
   * Variable references $(VAR_NAME) are expanded
   * using the previously defined environment variables in the container and
   * any service environment variables. If a variable cannot be resolved,
   * the reference in the input string will be unchanged. Double $$ are reduced
   * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e.
   * "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)".
   * Escaped references will never be expanded, regardless of whether the variable
   * exists or not.
   * Defaults to "".
   *
   * @default .
   * @schema TaskSpecSidecarsEnv#value
   */
  readonly value?: string;

  /**
   * Source for the environment variable's value. Cannot be used if value is not empty.
   *
   * @schema TaskSpecSidecarsEnv#valueFrom
   */
  readonly valueFrom?: TaskSpecSidecarsEnvValueFrom;
}

/**
 * Converts an object of type 'TaskSpecSidecarsEnv' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsEnv(obj: TaskSpecSidecarsEnv | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'value': obj.value,
    'valueFrom': toJson_TaskSpecSidecarsEnvValueFrom(obj.valueFrom),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * EnvFromSource represents the source of a set of ConfigMaps or Secrets
 *
 * @schema TaskSpecSidecarsEnvFrom
 */
export interface TaskSpecSidecarsEnvFrom {
  /**
   * The ConfigMap to select from
   *
   * @schema TaskSpecSidecarsEnvFrom#configMapRef
   */
  readonly configMapRef?: TaskSpecSidecarsEnvFromConfigMapRef;

  /**
   * Optional text to prepend to the name of each environment variable.
   * May consist of any printable ASCII characters except '='.
   *
   * @schema TaskSpecSidecarsEnvFrom#prefix
   */
  readonly prefix?: string;

  /**
   * The Secret to select from
   *
   * @schema TaskSpecSidecarsEnvFrom#secretRef
   */
  readonly secretRef?: TaskSpecSidecarsEnvFromSecretRef;
}

/**
 * Converts an object of type 'TaskSpecSidecarsEnvFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsEnvFrom(obj: TaskSpecSidecarsEnvFrom | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'configMapRef': toJson_TaskSpecSidecarsEnvFromConfigMapRef(obj.configMapRef),
    'prefix': obj.prefix,
    'secretRef': toJson_TaskSpecSidecarsEnvFromSecretRef(obj.secretRef),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Actions that the management system should take in response to Sidecar lifecycle events.
 * Cannot be updated.
 *
 * @schema TaskSpecSidecarsLifecycle
 */
export interface TaskSpecSidecarsLifecycle {
  /**
   * PostStart is called immediately after a container is created. If the handler fails,
   * the container is terminated and restarted according to its restart policy.
   * Other management of the container blocks until the hook completes.
   * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
   *
   * @schema TaskSpecSidecarsLifecycle#postStart
   */
  readonly postStart?: TaskSpecSidecarsLifecyclePostStart;

  /**
   * PreStop is called immediately before a container is terminated due to an
   * API request or management event such as liveness/startup probe failure,
   * preemption, resource contention, etc. The handler is not called if the
   * container crashes or exits. The Pod's termination grace period countdown begins before the
   * PreStop hook is executed. Regardless of the outcome of the handler, the
   * container will eventually terminate within the Pod's termination grace
   * period (unless delayed by finalizers). Other management of the container blocks until the hook completes
   * or until the termination grace period is reached.
   * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
   *
   * @schema TaskSpecSidecarsLifecycle#preStop
   */
  readonly preStop?: TaskSpecSidecarsLifecyclePreStop;

  /**
   * StopSignal defines which signal will be sent to a container when it is being stopped.
   * If not specified, the default is defined by the container runtime in use.
   * StopSignal can only be set for Pods with a non-empty .spec.os.name
   *
   * @schema TaskSpecSidecarsLifecycle#stopSignal
   */
  readonly stopSignal?: string;
}

/**
 * Converts an object of type 'TaskSpecSidecarsLifecycle' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsLifecycle(obj: TaskSpecSidecarsLifecycle | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'postStart': toJson_TaskSpecSidecarsLifecyclePostStart(obj.postStart),
    'preStop': toJson_TaskSpecSidecarsLifecyclePreStop(obj.preStop),
    'stopSignal': obj.stopSignal,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Periodic probe of Sidecar liveness.
 * Container will be restarted if the probe fails.
 * Cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
 *
 * @schema TaskSpecSidecarsLivenessProbe
 */
export interface TaskSpecSidecarsLivenessProbe {
  /**
   * Exec specifies a command to execute in the container.
   *
   * @schema TaskSpecSidecarsLivenessProbe#exec
   */
  readonly exec?: TaskSpecSidecarsLivenessProbeExec;

  /**
   * Minimum consecutive failures for the probe to be considered failed after having succeeded.
   * Defaults to 3. Minimum value is 1.
   *
   * @default 3. Minimum value is 1.
   * @schema TaskSpecSidecarsLivenessProbe#failureThreshold
   */
  readonly failureThreshold?: number;

  /**
   * GRPC specifies a GRPC HealthCheckRequest.
   *
   * @schema TaskSpecSidecarsLivenessProbe#grpc
   */
  readonly grpc?: TaskSpecSidecarsLivenessProbeGrpc;

  /**
   * HTTPGet specifies an HTTP GET request to perform.
   *
   * @schema TaskSpecSidecarsLivenessProbe#httpGet
   */
  readonly httpGet?: TaskSpecSidecarsLivenessProbeHttpGet;

  /**
   * Number of seconds after the container has started before liveness probes are initiated.
   * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
   *
   * @schema TaskSpecSidecarsLivenessProbe#initialDelaySeconds
   */
  readonly initialDelaySeconds?: number;

  /**
   * How often (in seconds) to perform the probe.
   * Default to 10 seconds. Minimum value is 1.
   *
   * @default 10 seconds. Minimum value is 1.
   * @schema TaskSpecSidecarsLivenessProbe#periodSeconds
   */
  readonly periodSeconds?: number;

  /**
   * Minimum consecutive successes for the probe to be considered successful after having failed.
   * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
   *
   * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
   * @schema TaskSpecSidecarsLivenessProbe#successThreshold
   */
  readonly successThreshold?: number;

  /**
   * TCPSocket specifies a connection to a TCP port.
   *
   * @schema TaskSpecSidecarsLivenessProbe#tcpSocket
   */
  readonly tcpSocket?: TaskSpecSidecarsLivenessProbeTcpSocket;

  /**
   * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
   * The grace period is the duration in seconds after the processes running in the pod are sent
   * a termination signal and the time when the processes are forcibly halted with a kill signal.
   * Set this value longer than the expected cleanup time for your process.
   * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
   * value overrides the value provided by the pod spec.
   * Value must be non-negative integer. The value zero indicates stop immediately via
   * the kill signal (no opportunity to shut down).
   * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
   * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
   *
   * @schema TaskSpecSidecarsLivenessProbe#terminationGracePeriodSeconds
   */
  readonly terminationGracePeriodSeconds?: number;

  /**
   * Number of seconds after which the probe times out.
   * Defaults to 1 second. Minimum value is 1.
   * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
   *
   * @default 1 second. Minimum value is 1.
   * @schema TaskSpecSidecarsLivenessProbe#timeoutSeconds
   */
  readonly timeoutSeconds?: number;
}

/**
 * Converts an object of type 'TaskSpecSidecarsLivenessProbe' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsLivenessProbe(obj: TaskSpecSidecarsLivenessProbe | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'exec': toJson_TaskSpecSidecarsLivenessProbeExec(obj.exec),
    'failureThreshold': obj.failureThreshold,
    'grpc': toJson_TaskSpecSidecarsLivenessProbeGrpc(obj.grpc),
    'httpGet': toJson_TaskSpecSidecarsLivenessProbeHttpGet(obj.httpGet),
    'initialDelaySeconds': obj.initialDelaySeconds,
    'periodSeconds': obj.periodSeconds,
    'successThreshold': obj.successThreshold,
    'tcpSocket': toJson_TaskSpecSidecarsLivenessProbeTcpSocket(obj.tcpSocket),
    'terminationGracePeriodSeconds': obj.terminationGracePeriodSeconds,
    'timeoutSeconds': obj.timeoutSeconds,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ContainerPort represents a network port in a single container.
 *
 * @schema TaskSpecSidecarsPorts
 */
export interface TaskSpecSidecarsPorts {
  /**
   * Number of port to expose on the pod's IP address.
   * This must be a valid port number, 0 < x < 65536.
   *
   * @schema TaskSpecSidecarsPorts#containerPort
   */
  readonly containerPort: number;

  /**
   * What host IP to bind the external port to.
   *
   * @schema TaskSpecSidecarsPorts#hostIP
   */
  readonly hostIp?: string;

  /**
   * Number of port to expose on the host.
   * If specified, this must be a valid port number, 0 < x < 65536.
   * If HostNetwork is specified, this must match ContainerPort.
   * Most containers do not need this.
   *
   * @schema TaskSpecSidecarsPorts#hostPort
   */
  readonly hostPort?: number;

  /**
   * If specified, this must be an IANA_SVC_NAME and unique within the pod. Each
   * named port in a pod must have a unique name. Name for the port that can be
   * referred to by services.
   *
   * @schema TaskSpecSidecarsPorts#name
   */
  readonly name?: string;

  /**
   * Protocol for port. Must be UDP, TCP, or SCTP.
   * Defaults to "TCP".
   *
   * @default TCP".
   * @schema TaskSpecSidecarsPorts#protocol
   */
  readonly protocol?: string;
}

/**
 * Converts an object of type 'TaskSpecSidecarsPorts' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsPorts(obj: TaskSpecSidecarsPorts | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'containerPort': obj.containerPort,
    'hostIP': obj.hostIp,
    'hostPort': obj.hostPort,
    'name': obj.name,
    'protocol': obj.protocol,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Periodic probe of Sidecar service readiness.
 * Container will be removed from service endpoints if the probe fails.
 * Cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
 *
 * @schema TaskSpecSidecarsReadinessProbe
 */
export interface TaskSpecSidecarsReadinessProbe {
  /**
   * Exec specifies a command to execute in the container.
   *
   * @schema TaskSpecSidecarsReadinessProbe#exec
   */
  readonly exec?: TaskSpecSidecarsReadinessProbeExec;

  /**
   * Minimum consecutive failures for the probe to be considered failed after having succeeded.
   * Defaults to 3. Minimum value is 1.
   *
   * @default 3. Minimum value is 1.
   * @schema TaskSpecSidecarsReadinessProbe#failureThreshold
   */
  readonly failureThreshold?: number;

  /**
   * GRPC specifies a GRPC HealthCheckRequest.
   *
   * @schema TaskSpecSidecarsReadinessProbe#grpc
   */
  readonly grpc?: TaskSpecSidecarsReadinessProbeGrpc;

  /**
   * HTTPGet specifies an HTTP GET request to perform.
   *
   * @schema TaskSpecSidecarsReadinessProbe#httpGet
   */
  readonly httpGet?: TaskSpecSidecarsReadinessProbeHttpGet;

  /**
   * Number of seconds after the container has started before liveness probes are initiated.
   * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
   *
   * @schema TaskSpecSidecarsReadinessProbe#initialDelaySeconds
   */
  readonly initialDelaySeconds?: number;

  /**
   * How often (in seconds) to perform the probe.
   * Default to 10 seconds. Minimum value is 1.
   *
   * @default 10 seconds. Minimum value is 1.
   * @schema TaskSpecSidecarsReadinessProbe#periodSeconds
   */
  readonly periodSeconds?: number;

  /**
   * Minimum consecutive successes for the probe to be considered successful after having failed.
   * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
   *
   * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
   * @schema TaskSpecSidecarsReadinessProbe#successThreshold
   */
  readonly successThreshold?: number;

  /**
   * TCPSocket specifies a connection to a TCP port.
   *
   * @schema TaskSpecSidecarsReadinessProbe#tcpSocket
   */
  readonly tcpSocket?: TaskSpecSidecarsReadinessProbeTcpSocket;

  /**
   * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
   * The grace period is the duration in seconds after the processes running in the pod are sent
   * a termination signal and the time when the processes are forcibly halted with a kill signal.
   * Set this value longer than the expected cleanup time for your process.
   * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
   * value overrides the value provided by the pod spec.
   * Value must be non-negative integer. The value zero indicates stop immediately via
   * the kill signal (no opportunity to shut down).
   * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
   * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
   *
   * @schema TaskSpecSidecarsReadinessProbe#terminationGracePeriodSeconds
   */
  readonly terminationGracePeriodSeconds?: number;

  /**
   * Number of seconds after which the probe times out.
   * Defaults to 1 second. Minimum value is 1.
   * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
   *
   * @default 1 second. Minimum value is 1.
   * @schema TaskSpecSidecarsReadinessProbe#timeoutSeconds
   */
  readonly timeoutSeconds?: number;
}

/**
 * Converts an object of type 'TaskSpecSidecarsReadinessProbe' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsReadinessProbe(obj: TaskSpecSidecarsReadinessProbe | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'exec': toJson_TaskSpecSidecarsReadinessProbeExec(obj.exec),
    'failureThreshold': obj.failureThreshold,
    'grpc': toJson_TaskSpecSidecarsReadinessProbeGrpc(obj.grpc),
    'httpGet': toJson_TaskSpecSidecarsReadinessProbeHttpGet(obj.httpGet),
    'initialDelaySeconds': obj.initialDelaySeconds,
    'periodSeconds': obj.periodSeconds,
    'successThreshold': obj.successThreshold,
    'tcpSocket': toJson_TaskSpecSidecarsReadinessProbeTcpSocket(obj.tcpSocket),
    'terminationGracePeriodSeconds': obj.terminationGracePeriodSeconds,
    'timeoutSeconds': obj.timeoutSeconds,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * SecurityContext defines the security options the Sidecar should be run with.
 * If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.
 * More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
 *
 * @schema TaskSpecSidecarsSecurityContext
 */
export interface TaskSpecSidecarsSecurityContext {
  /**
   * AllowPrivilegeEscalation controls whether a process can gain more
   * privileges than its parent process. This bool directly controls if
   * the no_new_privs flag will be set on the container process.
   * AllowPrivilegeEscalation is true always when the container is:
   * 1) run as Privileged
   * 2) has CAP_SYS_ADMIN
   * Note that this field cannot be set when spec.os.name is windows.
   *
   * @schema TaskSpecSidecarsSecurityContext#allowPrivilegeEscalation
   */
  readonly allowPrivilegeEscalation?: boolean;

  /**
   * appArmorProfile is the AppArmor options to use by this container. If set, this profile
   * overrides the pod's appArmorProfile.
   * Note that this field cannot be set when spec.os.name is windows.
   *
   * @schema TaskSpecSidecarsSecurityContext#appArmorProfile
   */
  readonly appArmorProfile?: TaskSpecSidecarsSecurityContextAppArmorProfile;

  /**
   * The capabilities to add/drop when running containers.
   * Defaults to the default set of capabilities granted by the container runtime.
   * Note that this field cannot be set when spec.os.name is windows.
   *
   * @default the default set of capabilities granted by the container runtime.
   * @schema TaskSpecSidecarsSecurityContext#capabilities
   */
  readonly capabilities?: TaskSpecSidecarsSecurityContextCapabilities;

  /**
   * Run container in privileged mode.
   * Processes in privileged containers are essentially equivalent to root on the host.
   * Defaults to false.
   * Note that this field cannot be set when spec.os.name is windows.
   *
   * @default false.
   * @schema TaskSpecSidecarsSecurityContext#privileged
   */
  readonly privileged?: boolean;

  /**
   * procMount denotes the type of proc mount to use for the containers.
   * The default value is Default which uses the container runtime defaults for
   * readonly paths and masked paths.
   * This requires the ProcMountType feature flag to be enabled.
   * Note that this field cannot be set when spec.os.name is windows.
   *
   * @schema TaskSpecSidecarsSecurityContext#procMount
   */
  readonly procMount?: string;

  /**
   * Whether this container has a read-only root filesystem.
   * Default is false.
   * Note that this field cannot be set when spec.os.name is windows.
   *
   * @default false.
   * @schema TaskSpecSidecarsSecurityContext#readOnlyRootFilesystem
   */
  readonly readOnlyRootFilesystem?: boolean;

  /**
   * The GID to run the entrypoint of the container process.
   * Uses runtime default if unset.
   * May also be set in PodSecurityContext.  If set in both SecurityContext and
   * PodSecurityContext, the value specified in SecurityContext takes precedence.
   * Note that this field cannot be set when spec.os.name is windows.
   *
   * @schema TaskSpecSidecarsSecurityContext#runAsGroup
   */
  readonly runAsGroup?: number;

  /**
   * Indicates that the container must run as a non-root user.
   * If true, the Kubelet will validate the image at runtime to ensure that it
   * does not run as UID 0 (root) and fail to start the container if it does.
   * If unset or false, no such validation will be performed.
   * May also be set in PodSecurityContext.  If set in both SecurityContext and
   * PodSecurityContext, the value specified in SecurityContext takes precedence.
   *
   * @schema TaskSpecSidecarsSecurityContext#runAsNonRoot
   */
  readonly runAsNonRoot?: boolean;

  /**
   * The UID to run the entrypoint of the container process.
   * Defaults to user specified in image metadata if unspecified.
   * May also be set in PodSecurityContext.  If set in both SecurityContext and
   * PodSecurityContext, the value specified in SecurityContext takes precedence.
   * Note that this field cannot be set when spec.os.name is windows.
   *
   * @default user specified in image metadata if unspecified.
   * @schema TaskSpecSidecarsSecurityContext#runAsUser
   */
  readonly runAsUser?: number;

  /**
   * The SELinux context to be applied to the container.
   * If unspecified, the container runtime will allocate a random SELinux context for each
   * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
   * PodSecurityContext, the value specified in SecurityContext takes precedence.
   * Note that this field cannot be set when spec.os.name is windows.
   *
   * @schema TaskSpecSidecarsSecurityContext#seLinuxOptions
   */
  readonly seLinuxOptions?: TaskSpecSidecarsSecurityContextSeLinuxOptions;

  /**
   * The seccomp options to use by this container. If seccomp options are
   * provided at both the pod & container level, the container options
   * override the pod options.
   * Note that this field cannot be set when spec.os.name is windows.
   *
   * @schema TaskSpecSidecarsSecurityContext#seccompProfile
   */
  readonly seccompProfile?: TaskSpecSidecarsSecurityContextSeccompProfile;

  /**
   * The Windows specific settings applied to all containers.
   * If unspecified, the options from the PodSecurityContext will be used.
   * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
   * Note that this field cannot be set when spec.os.name is linux.
   *
   * @schema TaskSpecSidecarsSecurityContext#windowsOptions
   */
  readonly windowsOptions?: TaskSpecSidecarsSecurityContextWindowsOptions;
}

/**
 * Converts an object of type 'TaskSpecSidecarsSecurityContext' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsSecurityContext(obj: TaskSpecSidecarsSecurityContext | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'allowPrivilegeEscalation': obj.allowPrivilegeEscalation,
    'appArmorProfile': toJson_TaskSpecSidecarsSecurityContextAppArmorProfile(obj.appArmorProfile),
    'capabilities': toJson_TaskSpecSidecarsSecurityContextCapabilities(obj.capabilities),
    'privileged': obj.privileged,
    'procMount': obj.procMount,
    'readOnlyRootFilesystem': obj.readOnlyRootFilesystem,
    'runAsGroup': obj.runAsGroup,
    'runAsNonRoot': obj.runAsNonRoot,
    'runAsUser': obj.runAsUser,
    'seLinuxOptions': toJson_TaskSpecSidecarsSecurityContextSeLinuxOptions(obj.seLinuxOptions),
    'seccompProfile': toJson_TaskSpecSidecarsSecurityContextSeccompProfile(obj.seccompProfile),
    'windowsOptions': toJson_TaskSpecSidecarsSecurityContextWindowsOptions(obj.windowsOptions),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * StartupProbe indicates that the Pod the Sidecar is running in has successfully initialized.
 * If specified, no other probes are executed until this completes successfully.
 * If this probe fails, the Pod will be restarted, just as if the livenessProbe failed.
 * This can be used to provide different probe parameters at the beginning of a Pod's lifecycle,
 * when it might take a long time to load data or warm a cache, than during steady-state operation.
 * This cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
 *
 * @schema TaskSpecSidecarsStartupProbe
 */
export interface TaskSpecSidecarsStartupProbe {
  /**
   * Exec specifies a command to execute in the container.
   *
   * @schema TaskSpecSidecarsStartupProbe#exec
   */
  readonly exec?: TaskSpecSidecarsStartupProbeExec;

  /**
   * Minimum consecutive failures for the probe to be considered failed after having succeeded.
   * Defaults to 3. Minimum value is 1.
   *
   * @default 3. Minimum value is 1.
   * @schema TaskSpecSidecarsStartupProbe#failureThreshold
   */
  readonly failureThreshold?: number;

  /**
   * GRPC specifies a GRPC HealthCheckRequest.
   *
   * @schema TaskSpecSidecarsStartupProbe#grpc
   */
  readonly grpc?: TaskSpecSidecarsStartupProbeGrpc;

  /**
   * HTTPGet specifies an HTTP GET request to perform.
   *
   * @schema TaskSpecSidecarsStartupProbe#httpGet
   */
  readonly httpGet?: TaskSpecSidecarsStartupProbeHttpGet;

  /**
   * Number of seconds after the container has started before liveness probes are initiated.
   * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
   *
   * @schema TaskSpecSidecarsStartupProbe#initialDelaySeconds
   */
  readonly initialDelaySeconds?: number;

  /**
   * How often (in seconds) to perform the probe.
   * Default to 10 seconds. Minimum value is 1.
   *
   * @default 10 seconds. Minimum value is 1.
   * @schema TaskSpecSidecarsStartupProbe#periodSeconds
   */
  readonly periodSeconds?: number;

  /**
   * Minimum consecutive successes for the probe to be considered successful after having failed.
   * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
   *
   * @default 1. Must be 1 for liveness and startup. Minimum value is 1.
   * @schema TaskSpecSidecarsStartupProbe#successThreshold
   */
  readonly successThreshold?: number;

  /**
   * TCPSocket specifies a connection to a TCP port.
   *
   * @schema TaskSpecSidecarsStartupProbe#tcpSocket
   */
  readonly tcpSocket?: TaskSpecSidecarsStartupProbeTcpSocket;

  /**
   * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
   * The grace period is the duration in seconds after the processes running in the pod are sent
   * a termination signal and the time when the processes are forcibly halted with a kill signal.
   * Set this value longer than the expected cleanup time for your process.
   * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
   * value overrides the value provided by the pod spec.
   * Value must be non-negative integer. The value zero indicates stop immediately via
   * the kill signal (no opportunity to shut down).
   * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
   * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
   *
   * @schema TaskSpecSidecarsStartupProbe#terminationGracePeriodSeconds
   */
  readonly terminationGracePeriodSeconds?: number;

  /**
   * Number of seconds after which the probe times out.
   * Defaults to 1 second. Minimum value is 1.
   * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
   *
   * @default 1 second. Minimum value is 1.
   * @schema TaskSpecSidecarsStartupProbe#timeoutSeconds
   */
  readonly timeoutSeconds?: number;
}

/**
 * Converts an object of type 'TaskSpecSidecarsStartupProbe' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsStartupProbe(obj: TaskSpecSidecarsStartupProbe | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'exec': toJson_TaskSpecSidecarsStartupProbeExec(obj.exec),
    'failureThreshold': obj.failureThreshold,
    'grpc': toJson_TaskSpecSidecarsStartupProbeGrpc(obj.grpc),
    'httpGet': toJson_TaskSpecSidecarsStartupProbeHttpGet(obj.httpGet),
    'initialDelaySeconds': obj.initialDelaySeconds,
    'periodSeconds': obj.periodSeconds,
    'successThreshold': obj.successThreshold,
    'tcpSocket': toJson_TaskSpecSidecarsStartupProbeTcpSocket(obj.tcpSocket),
    'terminationGracePeriodSeconds': obj.terminationGracePeriodSeconds,
    'timeoutSeconds': obj.timeoutSeconds,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * volumeDevice describes a mapping of a raw block device within a container.
 *
 * @schema TaskSpecSidecarsVolumeDevices
 */
export interface TaskSpecSidecarsVolumeDevices {
  /**
   * devicePath is the path inside of the container that the device will be mapped to.
   *
   * @schema TaskSpecSidecarsVolumeDevices#devicePath
   */
  readonly devicePath: string;

  /**
   * name must match the name of a persistentVolumeClaim in the pod
   *
   * @schema TaskSpecSidecarsVolumeDevices#name
   */
  readonly name: string;
}

/**
 * Converts an object of type 'TaskSpecSidecarsVolumeDevices' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsVolumeDevices(obj: TaskSpecSidecarsVolumeDevices | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'devicePath': obj.devicePath,
    'name': obj.name,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * VolumeMount describes a mounting of a Volume within a container.
 *
 * @schema TaskSpecSidecarsVolumeMounts
 */
export interface TaskSpecSidecarsVolumeMounts {
  /**
   * Path within the container at which the volume should be mounted.  Must
   * not contain ':'.
   *
   * @schema TaskSpecSidecarsVolumeMounts#mountPath
   */
  readonly mountPath: string;

  /**
   * mountPropagation determines how mounts are propagated from the host
   * to container and the other way around.
   * When not set, MountPropagationNone is used.
   * This field is beta in 1.10.
   * When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified
   * (which defaults to None).
   *
   * @schema TaskSpecSidecarsVolumeMounts#mountPropagation
   */
  readonly mountPropagation?: string;

  /**
   * This must match the Name of a Volume.
   *
   * @schema TaskSpecSidecarsVolumeMounts#name
   */
  readonly name: string;

  /**
   * Mounted read-only if true, read-write otherwise (false or unspecified).
   * Defaults to false.
   *
   * @default false.
   * @schema TaskSpecSidecarsVolumeMounts#readOnly
   */
  readonly readOnly?: boolean;

  /**
   * RecursiveReadOnly specifies whether read-only mounts should be handled
   * recursively.
   *
   * If ReadOnly is false, this field has no meaning and must be unspecified.
   *
   * If ReadOnly is true, and this field is set to Disabled, the mount is not made
   * recursively read-only.  If this field is set to IfPossible, the mount is made
   * recursively read-only, if it is supported by the container runtime.  If this
   * field is set to Enabled, the mount is made recursively read-only if it is
   * supported by the container runtime, otherwise the pod will not be started and
   * an error will be generated to indicate the reason.
   *
   * If this field is set to IfPossible or Enabled, MountPropagation must be set to
   * None (or be unspecified, which defaults to None).
   *
   * If this field is not specified, it is treated as an equivalent of Disabled.
   *
   * @schema TaskSpecSidecarsVolumeMounts#recursiveReadOnly
   */
  readonly recursiveReadOnly?: string;

  /**
   * Path within the volume from which the container's volume should be mounted.
   * Defaults to "" (volume's root).
   *
   * @default volume's root).
   * @schema TaskSpecSidecarsVolumeMounts#subPath
   */
  readonly subPath?: string;

  /**
   * Expanded path within the volume from which the container's volume should be mounted.
   * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
   * Defaults to "" (volume's root).
   * SubPathExpr and SubPath are mutually exclusive.
   *
   * @default volume's root).
   * @schema TaskSpecSidecarsVolumeMounts#subPathExpr
   */
  readonly subPathExpr?: string;
}

/**
 * Converts an object of type 'TaskSpecSidecarsVolumeMounts' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsVolumeMounts(obj: TaskSpecSidecarsVolumeMounts | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'mountPath': obj.mountPath,
    'mountPropagation': obj.mountPropagation,
    'name': obj.name,
    'readOnly': obj.readOnly,
    'recursiveReadOnly': obj.recursiveReadOnly,
    'subPath': obj.subPath,
    'subPathExpr': obj.subPathExpr,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * WorkspaceUsage is used by a Step or Sidecar to declare that it wants isolated access
 * to a Workspace defined in a Task.
 *
 * @schema TaskSpecSidecarsWorkspaces
 */
export interface TaskSpecSidecarsWorkspaces {
  /**
   * MountPath is the path that the workspace should be mounted to inside the Step or Sidecar,
   * overriding any MountPath specified in the Task's WorkspaceDeclaration.
   *
   * @schema TaskSpecSidecarsWorkspaces#mountPath
   */
  readonly mountPath: string;

  /**
   * Name is the name of the workspace this Step or Sidecar wants access to.
   *
   * @schema TaskSpecSidecarsWorkspaces#name
   */
  readonly name: string;
}

/**
 * Converts an object of type 'TaskSpecSidecarsWorkspaces' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsWorkspaces(obj: TaskSpecSidecarsWorkspaces | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'mountPath': obj.mountPath,
    'name': obj.name,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ComputeResources required by this Step.
 * Cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
 *
 * @schema TaskSpecStepTemplateComputeResources
 */
export interface TaskSpecStepTemplateComputeResources {
  /**
   * Claims lists the names of resources, defined in spec.resourceClaims,
   * that are used by this container.
   *
   * This field depends on the
   * DynamicResourceAllocation feature gate.
   *
   * This field is immutable. It can only be set for containers.
   *
   * @schema TaskSpecStepTemplateComputeResources#claims
   */
  readonly claims?: TaskSpecStepTemplateComputeResourcesClaims[];

  /**
   * Limits describes the maximum amount of compute resources allowed.
   * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
   *
   * @schema TaskSpecStepTemplateComputeResources#limits
   */
  readonly limits?: { [key: string]: TaskSpecStepTemplateComputeResourcesLimits };

  /**
   * Requests describes the minimum amount of compute resources required.
   * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
   * otherwise to an implementation-defined value. Requests cannot exceed Limits.
   * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
   *
   * @schema TaskSpecStepTemplateComputeResources#requests
   */
  readonly requests?: { [key: string]: TaskSpecStepTemplateComputeResourcesRequests };
}

/**
 * Converts an object of type 'TaskSpecStepTemplateComputeResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepTemplateComputeResources(obj: TaskSpecStepTemplateComputeResources | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'claims': obj.claims?.map(y => toJson_TaskSpecStepTemplateComputeResourcesClaims(y)),
    'limits': ((obj.limits) === undefined) ? undefined : (Object.entries(obj.limits).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
    'requests': ((obj.requests) === undefined) ? undefined : (Object.entries(obj.requests).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * EnvVar represents an environment variable present in a Container.
 *
 * @schema TaskSpecStepTemplateEnv
 */
export interface TaskSpecStepTemplateEnv {
  /**
   * Name of the environment variable.
   * May consist of any printable ASCII characters except '='.
   *
   * @schema TaskSpecStepTemplateEnv#name
   */
  readonly name: string;

  /**
   * Variable references $(VAR_NAME) are expanded
   * using the previously defined environment variables in the container and
   * any service environment variables. If a variable cannot be resolved,
   * the reference in the input string will be unchanged. Double $$ are reduced
   * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e.
   * "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)".
   * Escaped references will never be expanded, regardless of whether the variable
   * exists or not.
   * Defaults to "".
   *
   * @default .
   * @schema TaskSpecStepTemplateEnv#value
   */
  readonly value?: string;

  /**
   * Source for the environment variable's value. Cannot be used if value is not empty.
   *
   * @schema TaskSpecStepTemplateEnv#valueFrom
   */
  readonly valueFrom?: TaskSpecStepTemplateEnvValueFrom;
}

/**
 * Converts an object of type 'TaskSpecStepTemplateEnv' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepTemplateEnv(obj: TaskSpecStepTemplateEnv | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'value': obj.value,
    'valueFrom': toJson_TaskSpecStepTemplateEnvValueFrom(obj.valueFrom),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * EnvFromSource represents the source of a set of ConfigMaps or Secrets
 *
 * @schema TaskSpecStepTemplateEnvFrom
 */
export interface TaskSpecStepTemplateEnvFrom {
  /**
   * The ConfigMap to select from
   *
   * @schema TaskSpecStepTemplateEnvFrom#configMapRef
   */
  readonly configMapRef?: TaskSpecStepTemplateEnvFromConfigMapRef;

  /**
   * Optional text to prepend to the name of each environment variable.
   * May consist of any printable ASCII characters except '='.
   *
   * @schema TaskSpecStepTemplateEnvFrom#prefix
   */
  readonly prefix?: string;

  /**
   * The Secret to select from
   *
   * @schema TaskSpecStepTemplateEnvFrom#secretRef
   */
  readonly secretRef?: TaskSpecStepTemplateEnvFromSecretRef;
}

/**
 * Converts an object of type 'TaskSpecStepTemplateEnvFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepTemplateEnvFrom(obj: TaskSpecStepTemplateEnvFrom | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'configMapRef': toJson_TaskSpecStepTemplateEnvFromConfigMapRef(obj.configMapRef),
    'prefix': obj.prefix,
    'secretRef': toJson_TaskSpecStepTemplateEnvFromSecretRef(obj.secretRef),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * SecurityContext defines the security options the Step should be run with.
 * If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.
 * More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
 *
 * @schema TaskSpecStepTemplateSecurityContext
 */
export interface TaskSpecStepTemplateSecurityContext {
  /**
   * AllowPrivilegeEscalation controls whether a process can gain more
   * privileges than its parent process. This bool directly controls if
   * the no_new_privs flag will be set on the container process.
   * AllowPrivilegeEscalation is true always when the container is:
   * 1) run as Privileged
   * 2) has CAP_SYS_ADMIN
   * Note that this field cannot be set when spec.os.name is windows.
   *
   * @schema TaskSpecStepTemplateSecurityContext#allowPrivilegeEscalation
   */
  readonly allowPrivilegeEscalation?: boolean;

  /**
   * appArmorProfile is the AppArmor options to use by this container. If set, this profile
   * overrides the pod's appArmorProfile.
   * Note that this field cannot be set when spec.os.name is windows.
   *
   * @schema TaskSpecStepTemplateSecurityContext#appArmorProfile
   */
  readonly appArmorProfile?: TaskSpecStepTemplateSecurityContextAppArmorProfile;

  /**
   * The capabilities to add/drop when running containers.
   * Defaults to the default set of capabilities granted by the container runtime.
   * Note that this field cannot be set when spec.os.name is windows.
   *
   * @default the default set of capabilities granted by the container runtime.
   * @schema TaskSpecStepTemplateSecurityContext#capabilities
   */
  readonly capabilities?: TaskSpecStepTemplateSecurityContextCapabilities;

  /**
   * Run container in privileged mode.
   * Processes in privileged containers are essentially equivalent to root on the host.
   * Defaults to false.
   * Note that this field cannot be set when spec.os.name is windows.
   *
   * @default false.
   * @schema TaskSpecStepTemplateSecurityContext#privileged
   */
  readonly privileged?: boolean;

  /**
   * procMount denotes the type of proc mount to use for the containers.
   * The default value is Default which uses the container runtime defaults for
   * readonly paths and masked paths.
   * This requires the ProcMountType feature flag to be enabled.
   * Note that this field cannot be set when spec.os.name is windows.
   *
   * @schema TaskSpecStepTemplateSecurityContext#procMount
   */
  readonly procMount?: string;

  /**
   * Whether this container has a read-only root filesystem.
   * Default is false.
   * Note that this field cannot be set when spec.os.name is windows.
   *
   * @default false.
   * @schema TaskSpecStepTemplateSecurityContext#readOnlyRootFilesystem
   */
  readonly readOnlyRootFilesystem?: boolean;

  /**
   * The GID to run the entrypoint of the container process.
   * Uses runtime default if unset.
   * May also be set in PodSecurityContext.  If set in both SecurityContext and
   * PodSecurityContext, the value specified in SecurityContext takes precedence.
   * Note that this field cannot be set when spec.os.name is windows.
   *
   * @schema TaskSpecStepTemplateSecurityContext#runAsGroup
   */
  readonly runAsGroup?: number;

  /**
   * Indicates that the container must run as a non-root user.
   * If true, the Kubelet will validate the image at runtime to ensure that it
   * does not run as UID 0 (root) and fail to start the container if it does.
   * If unset or false, no such validation will be performed.
   * May also be set in PodSecurityContext.  If set in both SecurityContext and
   * PodSecurityContext, the value specified in SecurityContext takes precedence.
   *
   * @schema TaskSpecStepTemplateSecurityContext#runAsNonRoot
   */
  readonly runAsNonRoot?: boolean;

  /**
   * The UID to run the entrypoint of the container process.
   * Defaults to user specified in image metadata if unspecified.
   * May also be set in PodSecurityContext.  If set in both SecurityContext and
   * PodSecurityContext, the value specified in SecurityContext takes precedence.
   * Note that this field cannot be set when spec.os.name is windows.
   *
   * @default user specified in image metadata if unspecified.
   * @schema TaskSpecStepTemplateSecurityContext#runAsUser
   */
  readonly runAsUser?: number;

  /**
   * The SELinux context to be applied to the container.
   * If unspecified, the container runtime will allocate a random SELinux context for each
   * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
   * PodSecurityContext, the value specified in SecurityContext takes precedence.
   * Note that this field cannot be set when spec.os.name is windows.
   *
   * @schema TaskSpecStepTemplateSecurityContext#seLinuxOptions
   */
  readonly seLinuxOptions?: TaskSpecStepTemplateSecurityContextSeLinuxOptions;

  /**
   * The seccomp options to use by this container. If seccomp options are
   * provided at both the pod & container level, the container options
   * override the pod options.
   * Note that this field cannot be set when spec.os.name is windows.
   *
   * @schema TaskSpecStepTemplateSecurityContext#seccompProfile
   */
  readonly seccompProfile?: TaskSpecStepTemplateSecurityContextSeccompProfile;

  /**
   * The Windows specific settings applied to all containers.
   * If unspecified, the options from the PodSecurityContext will be used.
   * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
   * Note that this field cannot be set when spec.os.name is linux.
   *
   * @schema TaskSpecStepTemplateSecurityContext#windowsOptions
   */
  readonly windowsOptions?: TaskSpecStepTemplateSecurityContextWindowsOptions;
}

/**
 * Converts an object of type 'TaskSpecStepTemplateSecurityContext' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepTemplateSecurityContext(obj: TaskSpecStepTemplateSecurityContext | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'allowPrivilegeEscalation': obj.allowPrivilegeEscalation,
    'appArmorProfile': toJson_TaskSpecStepTemplateSecurityContextAppArmorProfile(obj.appArmorProfile),
    'capabilities': toJson_TaskSpecStepTemplateSecurityContextCapabilities(obj.capabilities),
    'privileged': obj.privileged,
    'procMount': obj.procMount,
    'readOnlyRootFilesystem': obj.readOnlyRootFilesystem,
    'runAsGroup': obj.runAsGroup,
    'runAsNonRoot': obj.runAsNonRoot,
    'runAsUser': obj.runAsUser,
    'seLinuxOptions': toJson_TaskSpecStepTemplateSecurityContextSeLinuxOptions(obj.seLinuxOptions),
    'seccompProfile': toJson_TaskSpecStepTemplateSecurityContextSeccompProfile(obj.seccompProfile),
    'windowsOptions': toJson_TaskSpecStepTemplateSecurityContextWindowsOptions(obj.windowsOptions),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * volumeDevice describes a mapping of a raw block device within a container.
 *
 * @schema TaskSpecStepTemplateVolumeDevices
 */
export interface TaskSpecStepTemplateVolumeDevices {
  /**
   * devicePath is the path inside of the container that the device will be mapped to.
   *
   * @schema TaskSpecStepTemplateVolumeDevices#devicePath
   */
  readonly devicePath: string;

  /**
   * name must match the name of a persistentVolumeClaim in the pod
   *
   * @schema TaskSpecStepTemplateVolumeDevices#name
   */
  readonly name: string;
}

/**
 * Converts an object of type 'TaskSpecStepTemplateVolumeDevices' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepTemplateVolumeDevices(obj: TaskSpecStepTemplateVolumeDevices | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'devicePath': obj.devicePath,
    'name': obj.name,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * VolumeMount describes a mounting of a Volume within a container.
 *
 * @schema TaskSpecStepTemplateVolumeMounts
 */
export interface TaskSpecStepTemplateVolumeMounts {
  /**
   * Path within the container at which the volume should be mounted.  Must
   * not contain ':'.
   *
   * @schema TaskSpecStepTemplateVolumeMounts#mountPath
   */
  readonly mountPath: string;

  /**
   * mountPropagation determines how mounts are propagated from the host
   * to container and the other way around.
   * When not set, MountPropagationNone is used.
   * This field is beta in 1.10.
   * When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified
   * (which defaults to None).
   *
   * @schema TaskSpecStepTemplateVolumeMounts#mountPropagation
   */
  readonly mountPropagation?: string;

  /**
   * This must match the Name of a Volume.
   *
   * @schema TaskSpecStepTemplateVolumeMounts#name
   */
  readonly name: string;

  /**
   * Mounted read-only if true, read-write otherwise (false or unspecified).
   * Defaults to false.
   *
   * @default false.
   * @schema TaskSpecStepTemplateVolumeMounts#readOnly
   */
  readonly readOnly?: boolean;

  /**
   * RecursiveReadOnly specifies whether read-only mounts should be handled
   * recursively.
   *
   * If ReadOnly is false, this field has no meaning and must be unspecified.
   *
   * If ReadOnly is true, and this field is set to Disabled, the mount is not made
   * recursively read-only.  If this field is set to IfPossible, the mount is made
   * recursively read-only, if it is supported by the container runtime.  If this
   * field is set to Enabled, the mount is made recursively read-only if it is
   * supported by the container runtime, otherwise the pod will not be started and
   * an error will be generated to indicate the reason.
   *
   * If this field is set to IfPossible or Enabled, MountPropagation must be set to
   * None (or be unspecified, which defaults to None).
   *
   * If this field is not specified, it is treated as an equivalent of Disabled.
   *
   * @schema TaskSpecStepTemplateVolumeMounts#recursiveReadOnly
   */
  readonly recursiveReadOnly?: string;

  /**
   * Path within the volume from which the container's volume should be mounted.
   * Defaults to "" (volume's root).
   *
   * @default volume's root).
   * @schema TaskSpecStepTemplateVolumeMounts#subPath
   */
  readonly subPath?: string;

  /**
   * Expanded path within the volume from which the container's volume should be mounted.
   * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
   * Defaults to "" (volume's root).
   * SubPathExpr and SubPath are mutually exclusive.
   *
   * @default volume's root).
   * @schema TaskSpecStepTemplateVolumeMounts#subPathExpr
   */
  readonly subPathExpr?: string;
}

/**
 * Converts an object of type 'TaskSpecStepTemplateVolumeMounts' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepTemplateVolumeMounts(obj: TaskSpecStepTemplateVolumeMounts | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'mountPath': obj.mountPath,
    'mountPropagation': obj.mountPropagation,
    'name': obj.name,
    'readOnly': obj.readOnly,
    'recursiveReadOnly': obj.recursiveReadOnly,
    'subPath': obj.subPath,
    'subPathExpr': obj.subPathExpr,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ComputeResources required by this Step.
 * Cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
 *
 * @schema TaskSpecStepsComputeResources
 */
export interface TaskSpecStepsComputeResources {
  /**
   * Claims lists the names of resources, defined in spec.resourceClaims,
   * that are used by this container.
   *
   * This field depends on the
   * DynamicResourceAllocation feature gate.
   *
   * This field is immutable. It can only be set for containers.
   *
   * @schema TaskSpecStepsComputeResources#claims
   */
  readonly claims?: TaskSpecStepsComputeResourcesClaims[];

  /**
   * Limits describes the maximum amount of compute resources allowed.
   * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
   *
   * @schema TaskSpecStepsComputeResources#limits
   */
  readonly limits?: { [key: string]: TaskSpecStepsComputeResourcesLimits };

  /**
   * Requests describes the minimum amount of compute resources required.
   * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
   * otherwise to an implementation-defined value. Requests cannot exceed Limits.
   * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
   *
   * @schema TaskSpecStepsComputeResources#requests
   */
  readonly requests?: { [key: string]: TaskSpecStepsComputeResourcesRequests };
}

/**
 * Converts an object of type 'TaskSpecStepsComputeResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepsComputeResources(obj: TaskSpecStepsComputeResources | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'claims': obj.claims?.map(y => toJson_TaskSpecStepsComputeResourcesClaims(y)),
    'limits': ((obj.limits) === undefined) ? undefined : (Object.entries(obj.limits).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
    'requests': ((obj.requests) === undefined) ? undefined : (Object.entries(obj.requests).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * EnvVar represents an environment variable present in a Container.
 *
 * @schema TaskSpecStepsEnv
 */
export interface TaskSpecStepsEnv {
  /**
   * Name of the environment variable.
   * May consist of any printable ASCII characters except '='.
   *
   * @schema TaskSpecStepsEnv#name
   */
  readonly name: string;

  /**
   * Variable references $(VAR_NAME) are expanded
   * using the previously defined environment variables in the container and
   * any service environment variables. If a variable cannot be resolved,
   * the reference in the input string will be unchanged. Double $$ are reduced
   * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e.
   * "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)".
   * Escaped references will never be expanded, regardless of whether the variable
   * exists or not.
   * Defaults to "".
   *
   * @default .
   * @schema TaskSpecStepsEnv#value
   */
  readonly value?: string;

  /**
   * Source for the environment variable's value. Cannot be used if value is not empty.
   *
   * @schema TaskSpecStepsEnv#valueFrom
   */
  readonly valueFrom?: TaskSpecStepsEnvValueFrom;
}

/**
 * Converts an object of type 'TaskSpecStepsEnv' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepsEnv(obj: TaskSpecStepsEnv | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'value': obj.value,
    'valueFrom': toJson_TaskSpecStepsEnvValueFrom(obj.valueFrom),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * EnvFromSource represents the source of a set of ConfigMaps or Secrets
 *
 * @schema TaskSpecStepsEnvFrom
 */
export interface TaskSpecStepsEnvFrom {
  /**
   * The ConfigMap to select from
   *
   * @schema TaskSpecStepsEnvFrom#configMapRef
   */
  readonly configMapRef?: TaskSpecStepsEnvFromConfigMapRef;

  /**
   * Optional text to prepend to the name of each environment variable.
   * May consist of any printable ASCII characters except '='.
   *
   * @schema TaskSpecStepsEnvFrom#prefix
   */
  readonly prefix?: string;

  /**
   * The Secret to select from
   *
   * @schema TaskSpecStepsEnvFrom#secretRef
   */
  readonly secretRef?: TaskSpecStepsEnvFromSecretRef;
}

/**
 * Converts an object of type 'TaskSpecStepsEnvFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepsEnvFrom(obj: TaskSpecStepsEnvFrom | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'configMapRef': toJson_TaskSpecStepsEnvFromConfigMapRef(obj.configMapRef),
    'prefix': obj.prefix,
    'secretRef': toJson_TaskSpecStepsEnvFromSecretRef(obj.secretRef),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Param declares an ParamValues to use for the parameter called name.
 *
 * @schema TaskSpecStepsParams
 */
export interface TaskSpecStepsParams {
  /**
   * @schema TaskSpecStepsParams#name
   */
  readonly name: string;

  /**
   * @schema TaskSpecStepsParams#value
   */
  readonly value: any;
}

/**
 * Converts an object of type 'TaskSpecStepsParams' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepsParams(obj: TaskSpecStepsParams | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'value': obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Contains the reference to an existing StepAction.
 *
 * @schema TaskSpecStepsRef
 */
export interface TaskSpecStepsRef {
  /**
   * Name of the referenced step
   *
   * @schema TaskSpecStepsRef#name
   */
  readonly name?: string;

  /**
   * Params contains the parameters used to identify the
   * referenced Tekton resource. Example entries might include
   * "repo" or "path" but the set of params ultimately depends on
   * the chosen resolver.
   *
   * @schema TaskSpecStepsRef#params
   */
  readonly params?: TaskSpecStepsRefParams[];

  /**
   * Resolver is the name of the resolver that should perform
   * resolution of the referenced Tekton resource, such as "git".
   *
   * @schema TaskSpecStepsRef#resolver
   */
  readonly resolver?: string;
}

/**
 * Converts an object of type 'TaskSpecStepsRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepsRef(obj: TaskSpecStepsRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'params': obj.params?.map(y => toJson_TaskSpecStepsRefParams(y)),
    'resolver': obj.resolver,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * StepResult used to describe the Results of a Step.
 *
 * @schema TaskSpecStepsResults
 */
export interface TaskSpecStepsResults {
  /**
   * Description is a human-readable description of the result
   *
   * @schema TaskSpecStepsResults#description
   */
  readonly description?: string;

  /**
   * Name the given name
   *
   * @schema TaskSpecStepsResults#name
   */
  readonly name: string;

  /**
   * Properties is the JSON Schema properties to support key-value pairs results.
   *
   * @schema TaskSpecStepsResults#properties
   */
  readonly properties?: { [key: string]: TaskSpecStepsResultsProperties };

  /**
   * The possible types are 'string', 'array', and 'object', with 'string' as the default.
   *
   * @schema TaskSpecStepsResults#type
   */
  readonly type?: string;
}

/**
 * Converts an object of type 'TaskSpecStepsResults' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepsResults(obj: TaskSpecStepsResults | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'description': obj.description,
    'name': obj.name,
    'properties': ((obj.properties) === undefined) ? undefined : (Object.entries(obj.properties).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_TaskSpecStepsResultsProperties(i[1]) }), {})),
    'type': obj.type,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * SecurityContext defines the security options the Step should be run with.
 * If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.
 * More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
 *
 * @schema TaskSpecStepsSecurityContext
 */
export interface TaskSpecStepsSecurityContext {
  /**
   * AllowPrivilegeEscalation controls whether a process can gain more
   * privileges than its parent process. This bool directly controls if
   * the no_new_privs flag will be set on the container process.
   * AllowPrivilegeEscalation is true always when the container is:
   * 1) run as Privileged
   * 2) has CAP_SYS_ADMIN
   * Note that this field cannot be set when spec.os.name is windows.
   *
   * @schema TaskSpecStepsSecurityContext#allowPrivilegeEscalation
   */
  readonly allowPrivilegeEscalation?: boolean;

  /**
   * appArmorProfile is the AppArmor options to use by this container. If set, this profile
   * overrides the pod's appArmorProfile.
   * Note that this field cannot be set when spec.os.name is windows.
   *
   * @schema TaskSpecStepsSecurityContext#appArmorProfile
   */
  readonly appArmorProfile?: TaskSpecStepsSecurityContextAppArmorProfile;

  /**
   * The capabilities to add/drop when running containers.
   * Defaults to the default set of capabilities granted by the container runtime.
   * Note that this field cannot be set when spec.os.name is windows.
   *
   * @default the default set of capabilities granted by the container runtime.
   * @schema TaskSpecStepsSecurityContext#capabilities
   */
  readonly capabilities?: TaskSpecStepsSecurityContextCapabilities;

  /**
   * Run container in privileged mode.
   * Processes in privileged containers are essentially equivalent to root on the host.
   * Defaults to false.
   * Note that this field cannot be set when spec.os.name is windows.
   *
   * @default false.
   * @schema TaskSpecStepsSecurityContext#privileged
   */
  readonly privileged?: boolean;

  /**
   * procMount denotes the type of proc mount to use for the containers.
   * The default value is Default which uses the container runtime defaults for
   * readonly paths and masked paths.
   * This requires the ProcMountType feature flag to be enabled.
   * Note that this field cannot be set when spec.os.name is windows.
   *
   * @schema TaskSpecStepsSecurityContext#procMount
   */
  readonly procMount?: string;

  /**
   * Whether this container has a read-only root filesystem.
   * Default is false.
   * Note that this field cannot be set when spec.os.name is windows.
   *
   * @default false.
   * @schema TaskSpecStepsSecurityContext#readOnlyRootFilesystem
   */
  readonly readOnlyRootFilesystem?: boolean;

  /**
   * The GID to run the entrypoint of the container process.
   * Uses runtime default if unset.
   * May also be set in PodSecurityContext.  If set in both SecurityContext and
   * PodSecurityContext, the value specified in SecurityContext takes precedence.
   * Note that this field cannot be set when spec.os.name is windows.
   *
   * @schema TaskSpecStepsSecurityContext#runAsGroup
   */
  readonly runAsGroup?: number;

  /**
   * Indicates that the container must run as a non-root user.
   * If true, the Kubelet will validate the image at runtime to ensure that it
   * does not run as UID 0 (root) and fail to start the container if it does.
   * If unset or false, no such validation will be performed.
   * May also be set in PodSecurityContext.  If set in both SecurityContext and
   * PodSecurityContext, the value specified in SecurityContext takes precedence.
   *
   * @schema TaskSpecStepsSecurityContext#runAsNonRoot
   */
  readonly runAsNonRoot?: boolean;

  /**
   * The UID to run the entrypoint of the container process.
   * Defaults to user specified in image metadata if unspecified.
   * May also be set in PodSecurityContext.  If set in both SecurityContext and
   * PodSecurityContext, the value specified in SecurityContext takes precedence.
   * Note that this field cannot be set when spec.os.name is windows.
   *
   * @default user specified in image metadata if unspecified.
   * @schema TaskSpecStepsSecurityContext#runAsUser
   */
  readonly runAsUser?: number;

  /**
   * The SELinux context to be applied to the container.
   * If unspecified, the container runtime will allocate a random SELinux context for each
   * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
   * PodSecurityContext, the value specified in SecurityContext takes precedence.
   * Note that this field cannot be set when spec.os.name is windows.
   *
   * @schema TaskSpecStepsSecurityContext#seLinuxOptions
   */
  readonly seLinuxOptions?: TaskSpecStepsSecurityContextSeLinuxOptions;

  /**
   * The seccomp options to use by this container. If seccomp options are
   * provided at both the pod & container level, the container options
   * override the pod options.
   * Note that this field cannot be set when spec.os.name is windows.
   *
   * @schema TaskSpecStepsSecurityContext#seccompProfile
   */
  readonly seccompProfile?: TaskSpecStepsSecurityContextSeccompProfile;

  /**
   * The Windows specific settings applied to all containers.
   * If unspecified, the options from the PodSecurityContext will be used.
   * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
   * Note that this field cannot be set when spec.os.name is linux.
   *
   * @schema TaskSpecStepsSecurityContext#windowsOptions
   */
  readonly windowsOptions?: TaskSpecStepsSecurityContextWindowsOptions;
}

/**
 * Converts an object of type 'TaskSpecStepsSecurityContext' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepsSecurityContext(obj: TaskSpecStepsSecurityContext | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'allowPrivilegeEscalation': obj.allowPrivilegeEscalation,
    'appArmorProfile': toJson_TaskSpecStepsSecurityContextAppArmorProfile(obj.appArmorProfile),
    'capabilities': toJson_TaskSpecStepsSecurityContextCapabilities(obj.capabilities),
    'privileged': obj.privileged,
    'procMount': obj.procMount,
    'readOnlyRootFilesystem': obj.readOnlyRootFilesystem,
    'runAsGroup': obj.runAsGroup,
    'runAsNonRoot': obj.runAsNonRoot,
    'runAsUser': obj.runAsUser,
    'seLinuxOptions': toJson_TaskSpecStepsSecurityContextSeLinuxOptions(obj.seLinuxOptions),
    'seccompProfile': toJson_TaskSpecStepsSecurityContextSeccompProfile(obj.seccompProfile),
    'windowsOptions': toJson_TaskSpecStepsSecurityContextWindowsOptions(obj.windowsOptions),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Stores configuration for the stderr stream of the step.
 *
 * @schema TaskSpecStepsStderrConfig
 */
export interface TaskSpecStepsStderrConfig {
  /**
   * Path to duplicate stdout stream to on container's local filesystem.
   *
   * @schema TaskSpecStepsStderrConfig#path
   */
  readonly path?: string;
}

/**
 * Converts an object of type 'TaskSpecStepsStderrConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepsStderrConfig(obj: TaskSpecStepsStderrConfig | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'path': obj.path,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Stores configuration for the stdout stream of the step.
 *
 * @schema TaskSpecStepsStdoutConfig
 */
export interface TaskSpecStepsStdoutConfig {
  /**
   * Path to duplicate stdout stream to on container's local filesystem.
   *
   * @schema TaskSpecStepsStdoutConfig#path
   */
  readonly path?: string;
}

/**
 * Converts an object of type 'TaskSpecStepsStdoutConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepsStdoutConfig(obj: TaskSpecStepsStdoutConfig | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'path': obj.path,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * volumeDevice describes a mapping of a raw block device within a container.
 *
 * @schema TaskSpecStepsVolumeDevices
 */
export interface TaskSpecStepsVolumeDevices {
  /**
   * devicePath is the path inside of the container that the device will be mapped to.
   *
   * @schema TaskSpecStepsVolumeDevices#devicePath
   */
  readonly devicePath: string;

  /**
   * name must match the name of a persistentVolumeClaim in the pod
   *
   * @schema TaskSpecStepsVolumeDevices#name
   */
  readonly name: string;
}

/**
 * Converts an object of type 'TaskSpecStepsVolumeDevices' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepsVolumeDevices(obj: TaskSpecStepsVolumeDevices | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'devicePath': obj.devicePath,
    'name': obj.name,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * VolumeMount describes a mounting of a Volume within a container.
 *
 * @schema TaskSpecStepsVolumeMounts
 */
export interface TaskSpecStepsVolumeMounts {
  /**
   * Path within the container at which the volume should be mounted.  Must
   * not contain ':'.
   *
   * @schema TaskSpecStepsVolumeMounts#mountPath
   */
  readonly mountPath: string;

  /**
   * mountPropagation determines how mounts are propagated from the host
   * to container and the other way around.
   * When not set, MountPropagationNone is used.
   * This field is beta in 1.10.
   * When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified
   * (which defaults to None).
   *
   * @schema TaskSpecStepsVolumeMounts#mountPropagation
   */
  readonly mountPropagation?: string;

  /**
   * This must match the Name of a Volume.
   *
   * @schema TaskSpecStepsVolumeMounts#name
   */
  readonly name: string;

  /**
   * Mounted read-only if true, read-write otherwise (false or unspecified).
   * Defaults to false.
   *
   * @default false.
   * @schema TaskSpecStepsVolumeMounts#readOnly
   */
  readonly readOnly?: boolean;

  /**
   * RecursiveReadOnly specifies whether read-only mounts should be handled
   * recursively.
   *
   * If ReadOnly is false, this field has no meaning and must be unspecified.
   *
   * If ReadOnly is true, and this field is set to Disabled, the mount is not made
   * recursively read-only.  If this field is set to IfPossible, the mount is made
   * recursively read-only, if it is supported by the container runtime.  If this
   * field is set to Enabled, the mount is made recursively read-only if it is
   * supported by the container runtime, otherwise the pod will not be started and
   * an error will be generated to indicate the reason.
   *
   * If this field is set to IfPossible or Enabled, MountPropagation must be set to
   * None (or be unspecified, which defaults to None).
   *
   * If this field is not specified, it is treated as an equivalent of Disabled.
   *
   * @schema TaskSpecStepsVolumeMounts#recursiveReadOnly
   */
  readonly recursiveReadOnly?: string;

  /**
   * Path within the volume from which the container's volume should be mounted.
   * Defaults to "" (volume's root).
   *
   * @default volume's root).
   * @schema TaskSpecStepsVolumeMounts#subPath
   */
  readonly subPath?: string;

  /**
   * Expanded path within the volume from which the container's volume should be mounted.
   * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
   * Defaults to "" (volume's root).
   * SubPathExpr and SubPath are mutually exclusive.
   *
   * @default volume's root).
   * @schema TaskSpecStepsVolumeMounts#subPathExpr
   */
  readonly subPathExpr?: string;
}

/**
 * Converts an object of type 'TaskSpecStepsVolumeMounts' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepsVolumeMounts(obj: TaskSpecStepsVolumeMounts | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'mountPath': obj.mountPath,
    'mountPropagation': obj.mountPropagation,
    'name': obj.name,
    'readOnly': obj.readOnly,
    'recursiveReadOnly': obj.recursiveReadOnly,
    'subPath': obj.subPath,
    'subPathExpr': obj.subPathExpr,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * WhenExpression allows a PipelineTask to declare expressions to be evaluated before the Task is run
 * to determine whether the Task should be executed or skipped
 *
 * @schema TaskSpecStepsWhen
 */
export interface TaskSpecStepsWhen {
  /**
   * CEL is a string of Common Language Expression, which can be used to conditionally execute
   * the task based on the result of the expression evaluation
   * More info about CEL syntax: https://github.com/google/cel-spec/blob/master/doc/langdef.md
   *
   * @schema TaskSpecStepsWhen#cel
   */
  readonly cel?: string;

  /**
   * Input is the string for guard checking which can be a static input or an output from a parent Task
   *
   * @schema TaskSpecStepsWhen#input
   */
  readonly input?: string;

  /**
   * Operator that represents an Input's relationship to the values
   *
   * @schema TaskSpecStepsWhen#operator
   */
  readonly operator?: string;

  /**
   * Values is an array of strings, which is compared against the input, for guard checking
   * It must be non-empty
   *
   * @schema TaskSpecStepsWhen#values
   */
  readonly values?: string[];
}

/**
 * Converts an object of type 'TaskSpecStepsWhen' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepsWhen(obj: TaskSpecStepsWhen | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'cel': obj.cel,
    'input': obj.input,
    'operator': obj.operator,
    'values': obj.values?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * WorkspaceUsage is used by a Step or Sidecar to declare that it wants isolated access
 * to a Workspace defined in a Task.
 *
 * @schema TaskSpecStepsWorkspaces
 */
export interface TaskSpecStepsWorkspaces {
  /**
   * MountPath is the path that the workspace should be mounted to inside the Step or Sidecar,
   * overriding any MountPath specified in the Task's WorkspaceDeclaration.
   *
   * @schema TaskSpecStepsWorkspaces#mountPath
   */
  readonly mountPath: string;

  /**
   * Name is the name of the workspace this Step or Sidecar wants access to.
   *
   * @schema TaskSpecStepsWorkspaces#name
   */
  readonly name: string;
}

/**
 * Converts an object of type 'TaskSpecStepsWorkspaces' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepsWorkspaces(obj: TaskSpecStepsWorkspaces | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'mountPath': obj.mountPath,
    'name': obj.name,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema TaskSpecSidecarsComputeResourcesClaims
 */
export interface TaskSpecSidecarsComputeResourcesClaims {
  /**
   * Name must match the name of one entry in pod.spec.resourceClaims of
   * the Pod where this field is used. It makes that resource available
   * inside a container.
   *
   * @schema TaskSpecSidecarsComputeResourcesClaims#name
   */
  readonly name: string;

  /**
   * Request is the name chosen for a request in the referenced claim.
   * If empty, everything from the claim is made available, otherwise
   * only the result of this request.
   *
   * @schema TaskSpecSidecarsComputeResourcesClaims#request
   */
  readonly request?: string;
}

/**
 * Converts an object of type 'TaskSpecSidecarsComputeResourcesClaims' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsComputeResourcesClaims(obj: TaskSpecSidecarsComputeResourcesClaims | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'request': obj.request,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema TaskSpecSidecarsComputeResourcesLimits
 */
export class TaskSpecSidecarsComputeResourcesLimits {
  public static fromNumber(value: number): TaskSpecSidecarsComputeResourcesLimits {
    return new TaskSpecSidecarsComputeResourcesLimits(value);
  }
  public static fromString(value: string): TaskSpecSidecarsComputeResourcesLimits {
    return new TaskSpecSidecarsComputeResourcesLimits(value);
  }
  private constructor(public readonly value: number | string) {
  }
}

/**
 * @schema TaskSpecSidecarsComputeResourcesRequests
 */
export class TaskSpecSidecarsComputeResourcesRequests {
  public static fromNumber(value: number): TaskSpecSidecarsComputeResourcesRequests {
    return new TaskSpecSidecarsComputeResourcesRequests(value);
  }
  public static fromString(value: string): TaskSpecSidecarsComputeResourcesRequests {
    return new TaskSpecSidecarsComputeResourcesRequests(value);
  }
  private constructor(public readonly value: number | string) {
  }
}

/**
 * Source for the environment variable's value. Cannot be used if value is not empty.
 *
 * @schema TaskSpecSidecarsEnvValueFrom
 */
export interface TaskSpecSidecarsEnvValueFrom {
  /**
   * Selects a key of a ConfigMap.
   *
   * @schema TaskSpecSidecarsEnvValueFrom#configMapKeyRef
   */
  readonly configMapKeyRef?: TaskSpecSidecarsEnvValueFromConfigMapKeyRef;

  /**
   * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
   * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
   *
   * @schema TaskSpecSidecarsEnvValueFrom#fieldRef
   */
  readonly fieldRef?: TaskSpecSidecarsEnvValueFromFieldRef;

  /**
   * FileKeyRef selects a key of the env file.
   * Requires the EnvFiles feature gate to be enabled.
   *
   * @schema TaskSpecSidecarsEnvValueFrom#fileKeyRef
   */
  readonly fileKeyRef?: TaskSpecSidecarsEnvValueFromFileKeyRef;

  /**
   * Selects a resource of the container: only resources limits and requests
   * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
   *
   * @schema TaskSpecSidecarsEnvValueFrom#resourceFieldRef
   */
  readonly resourceFieldRef?: TaskSpecSidecarsEnvValueFromResourceFieldRef;

  /**
   * Selects a key of a secret in the pod's namespace
   *
   * @schema TaskSpecSidecarsEnvValueFrom#secretKeyRef
   */
  readonly secretKeyRef?: TaskSpecSidecarsEnvValueFromSecretKeyRef;
}

/**
 * Converts an object of type 'TaskSpecSidecarsEnvValueFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsEnvValueFrom(obj: TaskSpecSidecarsEnvValueFrom | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'configMapKeyRef': toJson_TaskSpecSidecarsEnvValueFromConfigMapKeyRef(obj.configMapKeyRef),
    'fieldRef': toJson_TaskSpecSidecarsEnvValueFromFieldRef(obj.fieldRef),
    'fileKeyRef': toJson_TaskSpecSidecarsEnvValueFromFileKeyRef(obj.fileKeyRef),
    'resourceFieldRef': toJson_TaskSpecSidecarsEnvValueFromResourceFieldRef(obj.resourceFieldRef),
    'secretKeyRef': toJson_TaskSpecSidecarsEnvValueFromSecretKeyRef(obj.secretKeyRef),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The ConfigMap to select from
 *
 * @schema TaskSpecSidecarsEnvFromConfigMapRef
 */
export interface TaskSpecSidecarsEnvFromConfigMapRef {
  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema TaskSpecSidecarsEnvFromConfigMapRef#name
   */
  readonly name?: string;

  /**
   * Specify whether the ConfigMap must be defined
   *
   * @schema TaskSpecSidecarsEnvFromConfigMapRef#optional
   */
  readonly optional?: boolean;
}

/**
 * Converts an object of type 'TaskSpecSidecarsEnvFromConfigMapRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsEnvFromConfigMapRef(obj: TaskSpecSidecarsEnvFromConfigMapRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'optional': obj.optional,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The Secret to select from
 *
 * @schema TaskSpecSidecarsEnvFromSecretRef
 */
export interface TaskSpecSidecarsEnvFromSecretRef {
  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema TaskSpecSidecarsEnvFromSecretRef#name
   */
  readonly name?: string;

  /**
   * Specify whether the Secret must be defined
   *
   * @schema TaskSpecSidecarsEnvFromSecretRef#optional
   */
  readonly optional?: boolean;
}

/**
 * Converts an object of type 'TaskSpecSidecarsEnvFromSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsEnvFromSecretRef(obj: TaskSpecSidecarsEnvFromSecretRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'optional': obj.optional,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PostStart is called immediately after a container is created. If the handler fails,
 * the container is terminated and restarted according to its restart policy.
 * Other management of the container blocks until the hook completes.
 * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
 *
 * @schema TaskSpecSidecarsLifecyclePostStart
 */
export interface TaskSpecSidecarsLifecyclePostStart {
  /**
   * Exec specifies a command to execute in the container.
   *
   * @schema TaskSpecSidecarsLifecyclePostStart#exec
   */
  readonly exec?: TaskSpecSidecarsLifecyclePostStartExec;

  /**
   * HTTPGet specifies an HTTP GET request to perform.
   *
   * @schema TaskSpecSidecarsLifecyclePostStart#httpGet
   */
  readonly httpGet?: TaskSpecSidecarsLifecyclePostStartHttpGet;

  /**
   * Sleep represents a duration that the container should sleep.
   *
   * @schema TaskSpecSidecarsLifecyclePostStart#sleep
   */
  readonly sleep?: TaskSpecSidecarsLifecyclePostStartSleep;

  /**
   * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
   * for backward compatibility. There is no validation of this field and
   * lifecycle hooks will fail at runtime when it is specified.
   *
   * @schema TaskSpecSidecarsLifecyclePostStart#tcpSocket
   */
  readonly tcpSocket?: TaskSpecSidecarsLifecyclePostStartTcpSocket;
}

/**
 * Converts an object of type 'TaskSpecSidecarsLifecyclePostStart' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsLifecyclePostStart(obj: TaskSpecSidecarsLifecyclePostStart | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'exec': toJson_TaskSpecSidecarsLifecyclePostStartExec(obj.exec),
    'httpGet': toJson_TaskSpecSidecarsLifecyclePostStartHttpGet(obj.httpGet),
    'sleep': toJson_TaskSpecSidecarsLifecyclePostStartSleep(obj.sleep),
    'tcpSocket': toJson_TaskSpecSidecarsLifecyclePostStartTcpSocket(obj.tcpSocket),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PreStop is called immediately before a container is terminated due to an
 * API request or management event such as liveness/startup probe failure,
 * preemption, resource contention, etc. The handler is not called if the
 * container crashes or exits. The Pod's termination grace period countdown begins before the
 * PreStop hook is executed. Regardless of the outcome of the handler, the
 * container will eventually terminate within the Pod's termination grace
 * period (unless delayed by finalizers). Other management of the container blocks until the hook completes
 * or until the termination grace period is reached.
 * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
 *
 * @schema TaskSpecSidecarsLifecyclePreStop
 */
export interface TaskSpecSidecarsLifecyclePreStop {
  /**
   * Exec specifies a command to execute in the container.
   *
   * @schema TaskSpecSidecarsLifecyclePreStop#exec
   */
  readonly exec?: TaskSpecSidecarsLifecyclePreStopExec;

  /**
   * HTTPGet specifies an HTTP GET request to perform.
   *
   * @schema TaskSpecSidecarsLifecyclePreStop#httpGet
   */
  readonly httpGet?: TaskSpecSidecarsLifecyclePreStopHttpGet;

  /**
   * Sleep represents a duration that the container should sleep.
   *
   * @schema TaskSpecSidecarsLifecyclePreStop#sleep
   */
  readonly sleep?: TaskSpecSidecarsLifecyclePreStopSleep;

  /**
   * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
   * for backward compatibility. There is no validation of this field and
   * lifecycle hooks will fail at runtime when it is specified.
   *
   * @schema TaskSpecSidecarsLifecyclePreStop#tcpSocket
   */
  readonly tcpSocket?: TaskSpecSidecarsLifecyclePreStopTcpSocket;
}

/**
 * Converts an object of type 'TaskSpecSidecarsLifecyclePreStop' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsLifecyclePreStop(obj: TaskSpecSidecarsLifecyclePreStop | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'exec': toJson_TaskSpecSidecarsLifecyclePreStopExec(obj.exec),
    'httpGet': toJson_TaskSpecSidecarsLifecyclePreStopHttpGet(obj.httpGet),
    'sleep': toJson_TaskSpecSidecarsLifecyclePreStopSleep(obj.sleep),
    'tcpSocket': toJson_TaskSpecSidecarsLifecyclePreStopTcpSocket(obj.tcpSocket),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Exec specifies a command to execute in the container.
 *
 * @schema TaskSpecSidecarsLivenessProbeExec
 */
export interface TaskSpecSidecarsLivenessProbeExec {
  /**
   * Command is the command line to execute inside the container, the working directory for the
   * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
   * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
   * a shell, you need to explicitly call out to that shell.
   * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
   *
   * @schema TaskSpecSidecarsLivenessProbeExec#command
   */
  readonly command?: string[];
}

/**
 * Converts an object of type 'TaskSpecSidecarsLivenessProbeExec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsLivenessProbeExec(obj: TaskSpecSidecarsLivenessProbeExec | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'command': obj.command?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * GRPC specifies a GRPC HealthCheckRequest.
 *
 * @schema TaskSpecSidecarsLivenessProbeGrpc
 */
export interface TaskSpecSidecarsLivenessProbeGrpc {
  /**
   * Port number of the gRPC service. Number must be in the range 1 to 65535.
   *
   * @schema TaskSpecSidecarsLivenessProbeGrpc#port
   */
  readonly port: number;

  /**
   * Service is the name of the service to place in the gRPC HealthCheckRequest
   * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
   *
   * If this is not specified, the default behavior is defined by gRPC.
   *
   * @schema TaskSpecSidecarsLivenessProbeGrpc#service
   */
  readonly service?: string;
}

/**
 * Converts an object of type 'TaskSpecSidecarsLivenessProbeGrpc' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsLivenessProbeGrpc(obj: TaskSpecSidecarsLivenessProbeGrpc | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'port': obj.port,
    'service': obj.service,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema TaskSpecSidecarsLivenessProbeHttpGet
 */
export interface TaskSpecSidecarsLivenessProbeHttpGet {
  /**
   * Host name to connect to, defaults to the pod IP. You probably want to set
   * "Host" in httpHeaders instead.
   *
   * @schema TaskSpecSidecarsLivenessProbeHttpGet#host
   */
  readonly host?: string;

  /**
   * Custom headers to set in the request. HTTP allows repeated headers.
   *
   * @schema TaskSpecSidecarsLivenessProbeHttpGet#httpHeaders
   */
  readonly httpHeaders?: TaskSpecSidecarsLivenessProbeHttpGetHttpHeaders[];

  /**
   * Path to access on the HTTP server.
   *
   * @schema TaskSpecSidecarsLivenessProbeHttpGet#path
   */
  readonly path?: string;

  /**
   * Name or number of the port to access on the container.
   * Number must be in the range 1 to 65535.
   * Name must be an IANA_SVC_NAME.
   *
   * @schema TaskSpecSidecarsLivenessProbeHttpGet#port
   */
  readonly port: TaskSpecSidecarsLivenessProbeHttpGetPort;

  /**
   * Scheme to use for connecting to the host.
   * Defaults to HTTP.
   *
   * @default HTTP.
   * @schema TaskSpecSidecarsLivenessProbeHttpGet#scheme
   */
  readonly scheme?: string;
}

/**
 * Converts an object of type 'TaskSpecSidecarsLivenessProbeHttpGet' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsLivenessProbeHttpGet(obj: TaskSpecSidecarsLivenessProbeHttpGet | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'host': obj.host,
    'httpHeaders': obj.httpHeaders?.map(y => toJson_TaskSpecSidecarsLivenessProbeHttpGetHttpHeaders(y)),
    'path': obj.path,
    'port': obj.port?.value,
    'scheme': obj.scheme,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * TCPSocket specifies a connection to a TCP port.
 *
 * @schema TaskSpecSidecarsLivenessProbeTcpSocket
 */
export interface TaskSpecSidecarsLivenessProbeTcpSocket {
  /**
   * Optional: Host name to connect to, defaults to the pod IP.
   *
   * @schema TaskSpecSidecarsLivenessProbeTcpSocket#host
   */
  readonly host?: string;

  /**
   * Number or name of the port to access on the container.
   * Number must be in the range 1 to 65535.
   * Name must be an IANA_SVC_NAME.
   *
   * @schema TaskSpecSidecarsLivenessProbeTcpSocket#port
   */
  readonly port: TaskSpecSidecarsLivenessProbeTcpSocketPort;
}

/**
 * Converts an object of type 'TaskSpecSidecarsLivenessProbeTcpSocket' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsLivenessProbeTcpSocket(obj: TaskSpecSidecarsLivenessProbeTcpSocket | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'host': obj.host,
    'port': obj.port?.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Exec specifies a command to execute in the container.
 *
 * @schema TaskSpecSidecarsReadinessProbeExec
 */
export interface TaskSpecSidecarsReadinessProbeExec {
  /**
   * Command is the command line to execute inside the container, the working directory for the
   * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
   * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
   * a shell, you need to explicitly call out to that shell.
   * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
   *
   * @schema TaskSpecSidecarsReadinessProbeExec#command
   */
  readonly command?: string[];
}

/**
 * Converts an object of type 'TaskSpecSidecarsReadinessProbeExec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsReadinessProbeExec(obj: TaskSpecSidecarsReadinessProbeExec | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'command': obj.command?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * GRPC specifies a GRPC HealthCheckRequest.
 *
 * @schema TaskSpecSidecarsReadinessProbeGrpc
 */
export interface TaskSpecSidecarsReadinessProbeGrpc {
  /**
   * Port number of the gRPC service. Number must be in the range 1 to 65535.
   *
   * @schema TaskSpecSidecarsReadinessProbeGrpc#port
   */
  readonly port: number;

  /**
   * Service is the name of the service to place in the gRPC HealthCheckRequest
   * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
   *
   * If this is not specified, the default behavior is defined by gRPC.
   *
   * @schema TaskSpecSidecarsReadinessProbeGrpc#service
   */
  readonly service?: string;
}

/**
 * Converts an object of type 'TaskSpecSidecarsReadinessProbeGrpc' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsReadinessProbeGrpc(obj: TaskSpecSidecarsReadinessProbeGrpc | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'port': obj.port,
    'service': obj.service,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema TaskSpecSidecarsReadinessProbeHttpGet
 */
export interface TaskSpecSidecarsReadinessProbeHttpGet {
  /**
   * Host name to connect to, defaults to the pod IP. You probably want to set
   * "Host" in httpHeaders instead.
   *
   * @schema TaskSpecSidecarsReadinessProbeHttpGet#host
   */
  readonly host?: string;

  /**
   * Custom headers to set in the request. HTTP allows repeated headers.
   *
   * @schema TaskSpecSidecarsReadinessProbeHttpGet#httpHeaders
   */
  readonly httpHeaders?: TaskSpecSidecarsReadinessProbeHttpGetHttpHeaders[];

  /**
   * Path to access on the HTTP server.
   *
   * @schema TaskSpecSidecarsReadinessProbeHttpGet#path
   */
  readonly path?: string;

  /**
   * Name or number of the port to access on the container.
   * Number must be in the range 1 to 65535.
   * Name must be an IANA_SVC_NAME.
   *
   * @schema TaskSpecSidecarsReadinessProbeHttpGet#port
   */
  readonly port: TaskSpecSidecarsReadinessProbeHttpGetPort;

  /**
   * Scheme to use for connecting to the host.
   * Defaults to HTTP.
   *
   * @default HTTP.
   * @schema TaskSpecSidecarsReadinessProbeHttpGet#scheme
   */
  readonly scheme?: string;
}

/**
 * Converts an object of type 'TaskSpecSidecarsReadinessProbeHttpGet' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsReadinessProbeHttpGet(obj: TaskSpecSidecarsReadinessProbeHttpGet | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'host': obj.host,
    'httpHeaders': obj.httpHeaders?.map(y => toJson_TaskSpecSidecarsReadinessProbeHttpGetHttpHeaders(y)),
    'path': obj.path,
    'port': obj.port?.value,
    'scheme': obj.scheme,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * TCPSocket specifies a connection to a TCP port.
 *
 * @schema TaskSpecSidecarsReadinessProbeTcpSocket
 */
export interface TaskSpecSidecarsReadinessProbeTcpSocket {
  /**
   * Optional: Host name to connect to, defaults to the pod IP.
   *
   * @schema TaskSpecSidecarsReadinessProbeTcpSocket#host
   */
  readonly host?: string;

  /**
   * Number or name of the port to access on the container.
   * Number must be in the range 1 to 65535.
   * Name must be an IANA_SVC_NAME.
   *
   * @schema TaskSpecSidecarsReadinessProbeTcpSocket#port
   */
  readonly port: TaskSpecSidecarsReadinessProbeTcpSocketPort;
}

/**
 * Converts an object of type 'TaskSpecSidecarsReadinessProbeTcpSocket' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsReadinessProbeTcpSocket(obj: TaskSpecSidecarsReadinessProbeTcpSocket | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'host': obj.host,
    'port': obj.port?.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * appArmorProfile is the AppArmor options to use by this container. If set, this profile
 * overrides the pod's appArmorProfile.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema TaskSpecSidecarsSecurityContextAppArmorProfile
 */
export interface TaskSpecSidecarsSecurityContextAppArmorProfile {
  /**
   * localhostProfile indicates a profile loaded on the node that should be used.
   * The profile must be preconfigured on the node to work.
   * Must match the loaded name of the profile.
   * Must be set if and only if type is "Localhost".
   *
   * @schema TaskSpecSidecarsSecurityContextAppArmorProfile#localhostProfile
   */
  readonly localhostProfile?: string;

  /**
   * type indicates which kind of AppArmor profile will be applied.
   * Valid options are:
   * Localhost - a profile pre-loaded on the node.
   * RuntimeDefault - the container runtime's default profile.
   * Unconfined - no AppArmor enforcement.
   *
   * @schema TaskSpecSidecarsSecurityContextAppArmorProfile#type
   */
  readonly type: string;
}

/**
 * Converts an object of type 'TaskSpecSidecarsSecurityContextAppArmorProfile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsSecurityContextAppArmorProfile(obj: TaskSpecSidecarsSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'localhostProfile': obj.localhostProfile,
    'type': obj.type,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The capabilities to add/drop when running containers.
 * Defaults to the default set of capabilities granted by the container runtime.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @default the default set of capabilities granted by the container runtime.
 * @schema TaskSpecSidecarsSecurityContextCapabilities
 */
export interface TaskSpecSidecarsSecurityContextCapabilities {
  /**
   * Added capabilities
   *
   * @schema TaskSpecSidecarsSecurityContextCapabilities#add
   */
  readonly add?: string[];

  /**
   * Removed capabilities
   *
   * @schema TaskSpecSidecarsSecurityContextCapabilities#drop
   */
  readonly drop?: string[];
}

/**
 * Converts an object of type 'TaskSpecSidecarsSecurityContextCapabilities' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsSecurityContextCapabilities(obj: TaskSpecSidecarsSecurityContextCapabilities | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'add': obj.add?.map(y => y),
    'drop': obj.drop?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The SELinux context to be applied to the container.
 * If unspecified, the container runtime will allocate a random SELinux context for each
 * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
 * PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema TaskSpecSidecarsSecurityContextSeLinuxOptions
 */
export interface TaskSpecSidecarsSecurityContextSeLinuxOptions {
  /**
   * Level is SELinux level label that applies to the container.
   *
   * @schema TaskSpecSidecarsSecurityContextSeLinuxOptions#level
   */
  readonly level?: string;

  /**
   * Role is a SELinux role label that applies to the container.
   *
   * @schema TaskSpecSidecarsSecurityContextSeLinuxOptions#role
   */
  readonly role?: string;

  /**
   * Type is a SELinux type label that applies to the container.
   *
   * @schema TaskSpecSidecarsSecurityContextSeLinuxOptions#type
   */
  readonly type?: string;

  /**
   * User is a SELinux user label that applies to the container.
   *
   * @schema TaskSpecSidecarsSecurityContextSeLinuxOptions#user
   */
  readonly user?: string;
}

/**
 * Converts an object of type 'TaskSpecSidecarsSecurityContextSeLinuxOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsSecurityContextSeLinuxOptions(obj: TaskSpecSidecarsSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'level': obj.level,
    'role': obj.role,
    'type': obj.type,
    'user': obj.user,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The seccomp options to use by this container. If seccomp options are
 * provided at both the pod & container level, the container options
 * override the pod options.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema TaskSpecSidecarsSecurityContextSeccompProfile
 */
export interface TaskSpecSidecarsSecurityContextSeccompProfile {
  /**
   * localhostProfile indicates a profile defined in a file on the node should be used.
   * The profile must be preconfigured on the node to work.
   * Must be a descending path, relative to the kubelet's configured seccomp profile location.
   * Must be set if type is "Localhost". Must NOT be set for any other type.
   *
   * @schema TaskSpecSidecarsSecurityContextSeccompProfile#localhostProfile
   */
  readonly localhostProfile?: string;

  /**
   * type indicates which kind of seccomp profile will be applied.
   * Valid options are:
   *
   * Localhost - a profile defined in a file on the node should be used.
   * RuntimeDefault - the container runtime default profile should be used.
   * Unconfined - no profile should be applied.
   *
   * @schema TaskSpecSidecarsSecurityContextSeccompProfile#type
   */
  readonly type: string;
}

/**
 * Converts an object of type 'TaskSpecSidecarsSecurityContextSeccompProfile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsSecurityContextSeccompProfile(obj: TaskSpecSidecarsSecurityContextSeccompProfile | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'localhostProfile': obj.localhostProfile,
    'type': obj.type,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The Windows specific settings applied to all containers.
 * If unspecified, the options from the PodSecurityContext will be used.
 * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is linux.
 *
 * @schema TaskSpecSidecarsSecurityContextWindowsOptions
 */
export interface TaskSpecSidecarsSecurityContextWindowsOptions {
  /**
   * GMSACredentialSpec is where the GMSA admission webhook
   * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
   * GMSA credential spec named by the GMSACredentialSpecName field.
   *
   * @schema TaskSpecSidecarsSecurityContextWindowsOptions#gmsaCredentialSpec
   */
  readonly gmsaCredentialSpec?: string;

  /**
   * GMSACredentialSpecName is the name of the GMSA credential spec to use.
   *
   * @schema TaskSpecSidecarsSecurityContextWindowsOptions#gmsaCredentialSpecName
   */
  readonly gmsaCredentialSpecName?: string;

  /**
   * HostProcess determines if a container should be run as a 'Host Process' container.
   * All of a Pod's containers must have the same effective HostProcess value
   * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
   * In addition, if HostProcess is true then HostNetwork must also be set to true.
   *
   * @schema TaskSpecSidecarsSecurityContextWindowsOptions#hostProcess
   */
  readonly hostProcess?: boolean;

  /**
   * The UserName in Windows to run the entrypoint of the container process.
   * Defaults to the user specified in image metadata if unspecified.
   * May also be set in PodSecurityContext. If set in both SecurityContext and
   * PodSecurityContext, the value specified in SecurityContext takes precedence.
   *
   * @default the user specified in image metadata if unspecified.
   * @schema TaskSpecSidecarsSecurityContextWindowsOptions#runAsUserName
   */
  readonly runAsUserName?: string;
}

/**
 * Converts an object of type 'TaskSpecSidecarsSecurityContextWindowsOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsSecurityContextWindowsOptions(obj: TaskSpecSidecarsSecurityContextWindowsOptions | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'gmsaCredentialSpec': obj.gmsaCredentialSpec,
    'gmsaCredentialSpecName': obj.gmsaCredentialSpecName,
    'hostProcess': obj.hostProcess,
    'runAsUserName': obj.runAsUserName,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Exec specifies a command to execute in the container.
 *
 * @schema TaskSpecSidecarsStartupProbeExec
 */
export interface TaskSpecSidecarsStartupProbeExec {
  /**
   * Command is the command line to execute inside the container, the working directory for the
   * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
   * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
   * a shell, you need to explicitly call out to that shell.
   * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
   *
   * @schema TaskSpecSidecarsStartupProbeExec#command
   */
  readonly command?: string[];
}

/**
 * Converts an object of type 'TaskSpecSidecarsStartupProbeExec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsStartupProbeExec(obj: TaskSpecSidecarsStartupProbeExec | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'command': obj.command?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * GRPC specifies a GRPC HealthCheckRequest.
 *
 * @schema TaskSpecSidecarsStartupProbeGrpc
 */
export interface TaskSpecSidecarsStartupProbeGrpc {
  /**
   * Port number of the gRPC service. Number must be in the range 1 to 65535.
   *
   * @schema TaskSpecSidecarsStartupProbeGrpc#port
   */
  readonly port: number;

  /**
   * Service is the name of the service to place in the gRPC HealthCheckRequest
   * (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
   *
   * If this is not specified, the default behavior is defined by gRPC.
   *
   * @schema TaskSpecSidecarsStartupProbeGrpc#service
   */
  readonly service?: string;
}

/**
 * Converts an object of type 'TaskSpecSidecarsStartupProbeGrpc' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsStartupProbeGrpc(obj: TaskSpecSidecarsStartupProbeGrpc | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'port': obj.port,
    'service': obj.service,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema TaskSpecSidecarsStartupProbeHttpGet
 */
export interface TaskSpecSidecarsStartupProbeHttpGet {
  /**
   * Host name to connect to, defaults to the pod IP. You probably want to set
   * "Host" in httpHeaders instead.
   *
   * @schema TaskSpecSidecarsStartupProbeHttpGet#host
   */
  readonly host?: string;

  /**
   * Custom headers to set in the request. HTTP allows repeated headers.
   *
   * @schema TaskSpecSidecarsStartupProbeHttpGet#httpHeaders
   */
  readonly httpHeaders?: TaskSpecSidecarsStartupProbeHttpGetHttpHeaders[];

  /**
   * Path to access on the HTTP server.
   *
   * @schema TaskSpecSidecarsStartupProbeHttpGet#path
   */
  readonly path?: string;

  /**
   * Name or number of the port to access on the container.
   * Number must be in the range 1 to 65535.
   * Name must be an IANA_SVC_NAME.
   *
   * @schema TaskSpecSidecarsStartupProbeHttpGet#port
   */
  readonly port: TaskSpecSidecarsStartupProbeHttpGetPort;

  /**
   * Scheme to use for connecting to the host.
   * Defaults to HTTP.
   *
   * @default HTTP.
   * @schema TaskSpecSidecarsStartupProbeHttpGet#scheme
   */
  readonly scheme?: string;
}

/**
 * Converts an object of type 'TaskSpecSidecarsStartupProbeHttpGet' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsStartupProbeHttpGet(obj: TaskSpecSidecarsStartupProbeHttpGet | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'host': obj.host,
    'httpHeaders': obj.httpHeaders?.map(y => toJson_TaskSpecSidecarsStartupProbeHttpGetHttpHeaders(y)),
    'path': obj.path,
    'port': obj.port?.value,
    'scheme': obj.scheme,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * TCPSocket specifies a connection to a TCP port.
 *
 * @schema TaskSpecSidecarsStartupProbeTcpSocket
 */
export interface TaskSpecSidecarsStartupProbeTcpSocket {
  /**
   * Optional: Host name to connect to, defaults to the pod IP.
   *
   * @schema TaskSpecSidecarsStartupProbeTcpSocket#host
   */
  readonly host?: string;

  /**
   * Number or name of the port to access on the container.
   * Number must be in the range 1 to 65535.
   * Name must be an IANA_SVC_NAME.
   *
   * @schema TaskSpecSidecarsStartupProbeTcpSocket#port
   */
  readonly port: TaskSpecSidecarsStartupProbeTcpSocketPort;
}

/**
 * Converts an object of type 'TaskSpecSidecarsStartupProbeTcpSocket' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsStartupProbeTcpSocket(obj: TaskSpecSidecarsStartupProbeTcpSocket | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'host': obj.host,
    'port': obj.port?.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema TaskSpecStepTemplateComputeResourcesClaims
 */
export interface TaskSpecStepTemplateComputeResourcesClaims {
  /**
   * Name must match the name of one entry in pod.spec.resourceClaims of
   * the Pod where this field is used. It makes that resource available
   * inside a container.
   *
   * @schema TaskSpecStepTemplateComputeResourcesClaims#name
   */
  readonly name: string;

  /**
   * Request is the name chosen for a request in the referenced claim.
   * If empty, everything from the claim is made available, otherwise
   * only the result of this request.
   *
   * @schema TaskSpecStepTemplateComputeResourcesClaims#request
   */
  readonly request?: string;
}

/**
 * Converts an object of type 'TaskSpecStepTemplateComputeResourcesClaims' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepTemplateComputeResourcesClaims(obj: TaskSpecStepTemplateComputeResourcesClaims | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'request': obj.request,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema TaskSpecStepTemplateComputeResourcesLimits
 */
export class TaskSpecStepTemplateComputeResourcesLimits {
  public static fromNumber(value: number): TaskSpecStepTemplateComputeResourcesLimits {
    return new TaskSpecStepTemplateComputeResourcesLimits(value);
  }
  public static fromString(value: string): TaskSpecStepTemplateComputeResourcesLimits {
    return new TaskSpecStepTemplateComputeResourcesLimits(value);
  }
  private constructor(public readonly value: number | string) {
  }
}

/**
 * @schema TaskSpecStepTemplateComputeResourcesRequests
 */
export class TaskSpecStepTemplateComputeResourcesRequests {
  public static fromNumber(value: number): TaskSpecStepTemplateComputeResourcesRequests {
    return new TaskSpecStepTemplateComputeResourcesRequests(value);
  }
  public static fromString(value: string): TaskSpecStepTemplateComputeResourcesRequests {
    return new TaskSpecStepTemplateComputeResourcesRequests(value);
  }
  private constructor(public readonly value: number | string) {
  }
}

/**
 * Source for the environment variable's value. Cannot be used if value is not empty.
 *
 * @schema TaskSpecStepTemplateEnvValueFrom
 */
export interface TaskSpecStepTemplateEnvValueFrom {
  /**
   * Selects a key of a ConfigMap.
   *
   * @schema TaskSpecStepTemplateEnvValueFrom#configMapKeyRef
   */
  readonly configMapKeyRef?: TaskSpecStepTemplateEnvValueFromConfigMapKeyRef;

  /**
   * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
   * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
   *
   * @schema TaskSpecStepTemplateEnvValueFrom#fieldRef
   */
  readonly fieldRef?: TaskSpecStepTemplateEnvValueFromFieldRef;

  /**
   * FileKeyRef selects a key of the env file.
   * Requires the EnvFiles feature gate to be enabled.
   *
   * @schema TaskSpecStepTemplateEnvValueFrom#fileKeyRef
   */
  readonly fileKeyRef?: TaskSpecStepTemplateEnvValueFromFileKeyRef;

  /**
   * Selects a resource of the container: only resources limits and requests
   * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
   *
   * @schema TaskSpecStepTemplateEnvValueFrom#resourceFieldRef
   */
  readonly resourceFieldRef?: TaskSpecStepTemplateEnvValueFromResourceFieldRef;

  /**
   * Selects a key of a secret in the pod's namespace
   *
   * @schema TaskSpecStepTemplateEnvValueFrom#secretKeyRef
   */
  readonly secretKeyRef?: TaskSpecStepTemplateEnvValueFromSecretKeyRef;
}

/**
 * Converts an object of type 'TaskSpecStepTemplateEnvValueFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepTemplateEnvValueFrom(obj: TaskSpecStepTemplateEnvValueFrom | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'configMapKeyRef': toJson_TaskSpecStepTemplateEnvValueFromConfigMapKeyRef(obj.configMapKeyRef),
    'fieldRef': toJson_TaskSpecStepTemplateEnvValueFromFieldRef(obj.fieldRef),
    'fileKeyRef': toJson_TaskSpecStepTemplateEnvValueFromFileKeyRef(obj.fileKeyRef),
    'resourceFieldRef': toJson_TaskSpecStepTemplateEnvValueFromResourceFieldRef(obj.resourceFieldRef),
    'secretKeyRef': toJson_TaskSpecStepTemplateEnvValueFromSecretKeyRef(obj.secretKeyRef),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The ConfigMap to select from
 *
 * @schema TaskSpecStepTemplateEnvFromConfigMapRef
 */
export interface TaskSpecStepTemplateEnvFromConfigMapRef {
  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema TaskSpecStepTemplateEnvFromConfigMapRef#name
   */
  readonly name?: string;

  /**
   * Specify whether the ConfigMap must be defined
   *
   * @schema TaskSpecStepTemplateEnvFromConfigMapRef#optional
   */
  readonly optional?: boolean;
}

/**
 * Converts an object of type 'TaskSpecStepTemplateEnvFromConfigMapRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepTemplateEnvFromConfigMapRef(obj: TaskSpecStepTemplateEnvFromConfigMapRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'optional': obj.optional,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The Secret to select from
 *
 * @schema TaskSpecStepTemplateEnvFromSecretRef
 */
export interface TaskSpecStepTemplateEnvFromSecretRef {
  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema TaskSpecStepTemplateEnvFromSecretRef#name
   */
  readonly name?: string;

  /**
   * Specify whether the Secret must be defined
   *
   * @schema TaskSpecStepTemplateEnvFromSecretRef#optional
   */
  readonly optional?: boolean;
}

/**
 * Converts an object of type 'TaskSpecStepTemplateEnvFromSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepTemplateEnvFromSecretRef(obj: TaskSpecStepTemplateEnvFromSecretRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'optional': obj.optional,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * appArmorProfile is the AppArmor options to use by this container. If set, this profile
 * overrides the pod's appArmorProfile.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema TaskSpecStepTemplateSecurityContextAppArmorProfile
 */
export interface TaskSpecStepTemplateSecurityContextAppArmorProfile {
  /**
   * localhostProfile indicates a profile loaded on the node that should be used.
   * The profile must be preconfigured on the node to work.
   * Must match the loaded name of the profile.
   * Must be set if and only if type is "Localhost".
   *
   * @schema TaskSpecStepTemplateSecurityContextAppArmorProfile#localhostProfile
   */
  readonly localhostProfile?: string;

  /**
   * type indicates which kind of AppArmor profile will be applied.
   * Valid options are:
   * Localhost - a profile pre-loaded on the node.
   * RuntimeDefault - the container runtime's default profile.
   * Unconfined - no AppArmor enforcement.
   *
   * @schema TaskSpecStepTemplateSecurityContextAppArmorProfile#type
   */
  readonly type: string;
}

/**
 * Converts an object of type 'TaskSpecStepTemplateSecurityContextAppArmorProfile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepTemplateSecurityContextAppArmorProfile(obj: TaskSpecStepTemplateSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'localhostProfile': obj.localhostProfile,
    'type': obj.type,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The capabilities to add/drop when running containers.
 * Defaults to the default set of capabilities granted by the container runtime.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @default the default set of capabilities granted by the container runtime.
 * @schema TaskSpecStepTemplateSecurityContextCapabilities
 */
export interface TaskSpecStepTemplateSecurityContextCapabilities {
  /**
   * Added capabilities
   *
   * @schema TaskSpecStepTemplateSecurityContextCapabilities#add
   */
  readonly add?: string[];

  /**
   * Removed capabilities
   *
   * @schema TaskSpecStepTemplateSecurityContextCapabilities#drop
   */
  readonly drop?: string[];
}

/**
 * Converts an object of type 'TaskSpecStepTemplateSecurityContextCapabilities' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepTemplateSecurityContextCapabilities(obj: TaskSpecStepTemplateSecurityContextCapabilities | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'add': obj.add?.map(y => y),
    'drop': obj.drop?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The SELinux context to be applied to the container.
 * If unspecified, the container runtime will allocate a random SELinux context for each
 * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
 * PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema TaskSpecStepTemplateSecurityContextSeLinuxOptions
 */
export interface TaskSpecStepTemplateSecurityContextSeLinuxOptions {
  /**
   * Level is SELinux level label that applies to the container.
   *
   * @schema TaskSpecStepTemplateSecurityContextSeLinuxOptions#level
   */
  readonly level?: string;

  /**
   * Role is a SELinux role label that applies to the container.
   *
   * @schema TaskSpecStepTemplateSecurityContextSeLinuxOptions#role
   */
  readonly role?: string;

  /**
   * Type is a SELinux type label that applies to the container.
   *
   * @schema TaskSpecStepTemplateSecurityContextSeLinuxOptions#type
   */
  readonly type?: string;

  /**
   * User is a SELinux user label that applies to the container.
   *
   * @schema TaskSpecStepTemplateSecurityContextSeLinuxOptions#user
   */
  readonly user?: string;
}

/**
 * Converts an object of type 'TaskSpecStepTemplateSecurityContextSeLinuxOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepTemplateSecurityContextSeLinuxOptions(obj: TaskSpecStepTemplateSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'level': obj.level,
    'role': obj.role,
    'type': obj.type,
    'user': obj.user,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The seccomp options to use by this container. If seccomp options are
 * provided at both the pod & container level, the container options
 * override the pod options.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema TaskSpecStepTemplateSecurityContextSeccompProfile
 */
export interface TaskSpecStepTemplateSecurityContextSeccompProfile {
  /**
   * localhostProfile indicates a profile defined in a file on the node should be used.
   * The profile must be preconfigured on the node to work.
   * Must be a descending path, relative to the kubelet's configured seccomp profile location.
   * Must be set if type is "Localhost". Must NOT be set for any other type.
   *
   * @schema TaskSpecStepTemplateSecurityContextSeccompProfile#localhostProfile
   */
  readonly localhostProfile?: string;

  /**
   * type indicates which kind of seccomp profile will be applied.
   * Valid options are:
   *
   * Localhost - a profile defined in a file on the node should be used.
   * RuntimeDefault - the container runtime default profile should be used.
   * Unconfined - no profile should be applied.
   *
   * @schema TaskSpecStepTemplateSecurityContextSeccompProfile#type
   */
  readonly type: string;
}

/**
 * Converts an object of type 'TaskSpecStepTemplateSecurityContextSeccompProfile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepTemplateSecurityContextSeccompProfile(obj: TaskSpecStepTemplateSecurityContextSeccompProfile | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'localhostProfile': obj.localhostProfile,
    'type': obj.type,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The Windows specific settings applied to all containers.
 * If unspecified, the options from the PodSecurityContext will be used.
 * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is linux.
 *
 * @schema TaskSpecStepTemplateSecurityContextWindowsOptions
 */
export interface TaskSpecStepTemplateSecurityContextWindowsOptions {
  /**
   * GMSACredentialSpec is where the GMSA admission webhook
   * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
   * GMSA credential spec named by the GMSACredentialSpecName field.
   *
   * @schema TaskSpecStepTemplateSecurityContextWindowsOptions#gmsaCredentialSpec
   */
  readonly gmsaCredentialSpec?: string;

  /**
   * GMSACredentialSpecName is the name of the GMSA credential spec to use.
   *
   * @schema TaskSpecStepTemplateSecurityContextWindowsOptions#gmsaCredentialSpecName
   */
  readonly gmsaCredentialSpecName?: string;

  /**
   * HostProcess determines if a container should be run as a 'Host Process' container.
   * All of a Pod's containers must have the same effective HostProcess value
   * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
   * In addition, if HostProcess is true then HostNetwork must also be set to true.
   *
   * @schema TaskSpecStepTemplateSecurityContextWindowsOptions#hostProcess
   */
  readonly hostProcess?: boolean;

  /**
   * The UserName in Windows to run the entrypoint of the container process.
   * Defaults to the user specified in image metadata if unspecified.
   * May also be set in PodSecurityContext. If set in both SecurityContext and
   * PodSecurityContext, the value specified in SecurityContext takes precedence.
   *
   * @default the user specified in image metadata if unspecified.
   * @schema TaskSpecStepTemplateSecurityContextWindowsOptions#runAsUserName
   */
  readonly runAsUserName?: string;
}

/**
 * Converts an object of type 'TaskSpecStepTemplateSecurityContextWindowsOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepTemplateSecurityContextWindowsOptions(obj: TaskSpecStepTemplateSecurityContextWindowsOptions | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'gmsaCredentialSpec': obj.gmsaCredentialSpec,
    'gmsaCredentialSpecName': obj.gmsaCredentialSpecName,
    'hostProcess': obj.hostProcess,
    'runAsUserName': obj.runAsUserName,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema TaskSpecStepsComputeResourcesClaims
 */
export interface TaskSpecStepsComputeResourcesClaims {
  /**
   * Name must match the name of one entry in pod.spec.resourceClaims of
   * the Pod where this field is used. It makes that resource available
   * inside a container.
   *
   * @schema TaskSpecStepsComputeResourcesClaims#name
   */
  readonly name: string;

  /**
   * Request is the name chosen for a request in the referenced claim.
   * If empty, everything from the claim is made available, otherwise
   * only the result of this request.
   *
   * @schema TaskSpecStepsComputeResourcesClaims#request
   */
  readonly request?: string;
}

/**
 * Converts an object of type 'TaskSpecStepsComputeResourcesClaims' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepsComputeResourcesClaims(obj: TaskSpecStepsComputeResourcesClaims | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'request': obj.request,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema TaskSpecStepsComputeResourcesLimits
 */
export class TaskSpecStepsComputeResourcesLimits {
  public static fromNumber(value: number): TaskSpecStepsComputeResourcesLimits {
    return new TaskSpecStepsComputeResourcesLimits(value);
  }
  public static fromString(value: string): TaskSpecStepsComputeResourcesLimits {
    return new TaskSpecStepsComputeResourcesLimits(value);
  }
  private constructor(public readonly value: number | string) {
  }
}

/**
 * @schema TaskSpecStepsComputeResourcesRequests
 */
export class TaskSpecStepsComputeResourcesRequests {
  public static fromNumber(value: number): TaskSpecStepsComputeResourcesRequests {
    return new TaskSpecStepsComputeResourcesRequests(value);
  }
  public static fromString(value: string): TaskSpecStepsComputeResourcesRequests {
    return new TaskSpecStepsComputeResourcesRequests(value);
  }
  private constructor(public readonly value: number | string) {
  }
}

/**
 * Source for the environment variable's value. Cannot be used if value is not empty.
 *
 * @schema TaskSpecStepsEnvValueFrom
 */
export interface TaskSpecStepsEnvValueFrom {
  /**
   * Selects a key of a ConfigMap.
   *
   * @schema TaskSpecStepsEnvValueFrom#configMapKeyRef
   */
  readonly configMapKeyRef?: TaskSpecStepsEnvValueFromConfigMapKeyRef;

  /**
   * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
   * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
   *
   * @schema TaskSpecStepsEnvValueFrom#fieldRef
   */
  readonly fieldRef?: TaskSpecStepsEnvValueFromFieldRef;

  /**
   * FileKeyRef selects a key of the env file.
   * Requires the EnvFiles feature gate to be enabled.
   *
   * @schema TaskSpecStepsEnvValueFrom#fileKeyRef
   */
  readonly fileKeyRef?: TaskSpecStepsEnvValueFromFileKeyRef;

  /**
   * Selects a resource of the container: only resources limits and requests
   * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
   *
   * @schema TaskSpecStepsEnvValueFrom#resourceFieldRef
   */
  readonly resourceFieldRef?: TaskSpecStepsEnvValueFromResourceFieldRef;

  /**
   * Selects a key of a secret in the pod's namespace
   *
   * @schema TaskSpecStepsEnvValueFrom#secretKeyRef
   */
  readonly secretKeyRef?: TaskSpecStepsEnvValueFromSecretKeyRef;
}

/**
 * Converts an object of type 'TaskSpecStepsEnvValueFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepsEnvValueFrom(obj: TaskSpecStepsEnvValueFrom | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'configMapKeyRef': toJson_TaskSpecStepsEnvValueFromConfigMapKeyRef(obj.configMapKeyRef),
    'fieldRef': toJson_TaskSpecStepsEnvValueFromFieldRef(obj.fieldRef),
    'fileKeyRef': toJson_TaskSpecStepsEnvValueFromFileKeyRef(obj.fileKeyRef),
    'resourceFieldRef': toJson_TaskSpecStepsEnvValueFromResourceFieldRef(obj.resourceFieldRef),
    'secretKeyRef': toJson_TaskSpecStepsEnvValueFromSecretKeyRef(obj.secretKeyRef),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The ConfigMap to select from
 *
 * @schema TaskSpecStepsEnvFromConfigMapRef
 */
export interface TaskSpecStepsEnvFromConfigMapRef {
  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema TaskSpecStepsEnvFromConfigMapRef#name
   */
  readonly name?: string;

  /**
   * Specify whether the ConfigMap must be defined
   *
   * @schema TaskSpecStepsEnvFromConfigMapRef#optional
   */
  readonly optional?: boolean;
}

/**
 * Converts an object of type 'TaskSpecStepsEnvFromConfigMapRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepsEnvFromConfigMapRef(obj: TaskSpecStepsEnvFromConfigMapRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'optional': obj.optional,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The Secret to select from
 *
 * @schema TaskSpecStepsEnvFromSecretRef
 */
export interface TaskSpecStepsEnvFromSecretRef {
  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema TaskSpecStepsEnvFromSecretRef#name
   */
  readonly name?: string;

  /**
   * Specify whether the Secret must be defined
   *
   * @schema TaskSpecStepsEnvFromSecretRef#optional
   */
  readonly optional?: boolean;
}

/**
 * Converts an object of type 'TaskSpecStepsEnvFromSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepsEnvFromSecretRef(obj: TaskSpecStepsEnvFromSecretRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'optional': obj.optional,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Param declares an ParamValues to use for the parameter called name.
 *
 * @schema TaskSpecStepsRefParams
 */
export interface TaskSpecStepsRefParams {
  /**
   * @schema TaskSpecStepsRefParams#name
   */
  readonly name: string;

  /**
   * @schema TaskSpecStepsRefParams#value
   */
  readonly value: any;
}

/**
 * Converts an object of type 'TaskSpecStepsRefParams' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepsRefParams(obj: TaskSpecStepsRefParams | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'value': obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PropertySpec defines the struct for object keys
 *
 * @schema TaskSpecStepsResultsProperties
 */
export interface TaskSpecStepsResultsProperties {
  /**
   * ParamType indicates the type of an input parameter;
   * Used to distinguish between a single string and an array of strings.
   *
   * @schema TaskSpecStepsResultsProperties#type
   */
  readonly type?: string;
}

/**
 * Converts an object of type 'TaskSpecStepsResultsProperties' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepsResultsProperties(obj: TaskSpecStepsResultsProperties | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'type': obj.type,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * appArmorProfile is the AppArmor options to use by this container. If set, this profile
 * overrides the pod's appArmorProfile.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema TaskSpecStepsSecurityContextAppArmorProfile
 */
export interface TaskSpecStepsSecurityContextAppArmorProfile {
  /**
   * localhostProfile indicates a profile loaded on the node that should be used.
   * The profile must be preconfigured on the node to work.
   * Must match the loaded name of the profile.
   * Must be set if and only if type is "Localhost".
   *
   * @schema TaskSpecStepsSecurityContextAppArmorProfile#localhostProfile
   */
  readonly localhostProfile?: string;

  /**
   * type indicates which kind of AppArmor profile will be applied.
   * Valid options are:
   * Localhost - a profile pre-loaded on the node.
   * RuntimeDefault - the container runtime's default profile.
   * Unconfined - no AppArmor enforcement.
   *
   * @schema TaskSpecStepsSecurityContextAppArmorProfile#type
   */
  readonly type: string;
}

/**
 * Converts an object of type 'TaskSpecStepsSecurityContextAppArmorProfile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepsSecurityContextAppArmorProfile(obj: TaskSpecStepsSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'localhostProfile': obj.localhostProfile,
    'type': obj.type,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The capabilities to add/drop when running containers.
 * Defaults to the default set of capabilities granted by the container runtime.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @default the default set of capabilities granted by the container runtime.
 * @schema TaskSpecStepsSecurityContextCapabilities
 */
export interface TaskSpecStepsSecurityContextCapabilities {
  /**
   * Added capabilities
   *
   * @schema TaskSpecStepsSecurityContextCapabilities#add
   */
  readonly add?: string[];

  /**
   * Removed capabilities
   *
   * @schema TaskSpecStepsSecurityContextCapabilities#drop
   */
  readonly drop?: string[];
}

/**
 * Converts an object of type 'TaskSpecStepsSecurityContextCapabilities' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepsSecurityContextCapabilities(obj: TaskSpecStepsSecurityContextCapabilities | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'add': obj.add?.map(y => y),
    'drop': obj.drop?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The SELinux context to be applied to the container.
 * If unspecified, the container runtime will allocate a random SELinux context for each
 * container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
 * PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema TaskSpecStepsSecurityContextSeLinuxOptions
 */
export interface TaskSpecStepsSecurityContextSeLinuxOptions {
  /**
   * Level is SELinux level label that applies to the container.
   *
   * @schema TaskSpecStepsSecurityContextSeLinuxOptions#level
   */
  readonly level?: string;

  /**
   * Role is a SELinux role label that applies to the container.
   *
   * @schema TaskSpecStepsSecurityContextSeLinuxOptions#role
   */
  readonly role?: string;

  /**
   * Type is a SELinux type label that applies to the container.
   *
   * @schema TaskSpecStepsSecurityContextSeLinuxOptions#type
   */
  readonly type?: string;

  /**
   * User is a SELinux user label that applies to the container.
   *
   * @schema TaskSpecStepsSecurityContextSeLinuxOptions#user
   */
  readonly user?: string;
}

/**
 * Converts an object of type 'TaskSpecStepsSecurityContextSeLinuxOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepsSecurityContextSeLinuxOptions(obj: TaskSpecStepsSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'level': obj.level,
    'role': obj.role,
    'type': obj.type,
    'user': obj.user,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The seccomp options to use by this container. If seccomp options are
 * provided at both the pod & container level, the container options
 * override the pod options.
 * Note that this field cannot be set when spec.os.name is windows.
 *
 * @schema TaskSpecStepsSecurityContextSeccompProfile
 */
export interface TaskSpecStepsSecurityContextSeccompProfile {
  /**
   * localhostProfile indicates a profile defined in a file on the node should be used.
   * The profile must be preconfigured on the node to work.
   * Must be a descending path, relative to the kubelet's configured seccomp profile location.
   * Must be set if type is "Localhost". Must NOT be set for any other type.
   *
   * @schema TaskSpecStepsSecurityContextSeccompProfile#localhostProfile
   */
  readonly localhostProfile?: string;

  /**
   * type indicates which kind of seccomp profile will be applied.
   * Valid options are:
   *
   * Localhost - a profile defined in a file on the node should be used.
   * RuntimeDefault - the container runtime default profile should be used.
   * Unconfined - no profile should be applied.
   *
   * @schema TaskSpecStepsSecurityContextSeccompProfile#type
   */
  readonly type: string;
}

/**
 * Converts an object of type 'TaskSpecStepsSecurityContextSeccompProfile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepsSecurityContextSeccompProfile(obj: TaskSpecStepsSecurityContextSeccompProfile | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'localhostProfile': obj.localhostProfile,
    'type': obj.type,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The Windows specific settings applied to all containers.
 * If unspecified, the options from the PodSecurityContext will be used.
 * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
 * Note that this field cannot be set when spec.os.name is linux.
 *
 * @schema TaskSpecStepsSecurityContextWindowsOptions
 */
export interface TaskSpecStepsSecurityContextWindowsOptions {
  /**
   * GMSACredentialSpec is where the GMSA admission webhook
   * (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the
   * GMSA credential spec named by the GMSACredentialSpecName field.
   *
   * @schema TaskSpecStepsSecurityContextWindowsOptions#gmsaCredentialSpec
   */
  readonly gmsaCredentialSpec?: string;

  /**
   * GMSACredentialSpecName is the name of the GMSA credential spec to use.
   *
   * @schema TaskSpecStepsSecurityContextWindowsOptions#gmsaCredentialSpecName
   */
  readonly gmsaCredentialSpecName?: string;

  /**
   * HostProcess determines if a container should be run as a 'Host Process' container.
   * All of a Pod's containers must have the same effective HostProcess value
   * (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
   * In addition, if HostProcess is true then HostNetwork must also be set to true.
   *
   * @schema TaskSpecStepsSecurityContextWindowsOptions#hostProcess
   */
  readonly hostProcess?: boolean;

  /**
   * The UserName in Windows to run the entrypoint of the container process.
   * Defaults to the user specified in image metadata if unspecified.
   * May also be set in PodSecurityContext. If set in both SecurityContext and
   * PodSecurityContext, the value specified in SecurityContext takes precedence.
   *
   * @default the user specified in image metadata if unspecified.
   * @schema TaskSpecStepsSecurityContextWindowsOptions#runAsUserName
   */
  readonly runAsUserName?: string;
}

/**
 * Converts an object of type 'TaskSpecStepsSecurityContextWindowsOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepsSecurityContextWindowsOptions(obj: TaskSpecStepsSecurityContextWindowsOptions | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'gmsaCredentialSpec': obj.gmsaCredentialSpec,
    'gmsaCredentialSpecName': obj.gmsaCredentialSpecName,
    'hostProcess': obj.hostProcess,
    'runAsUserName': obj.runAsUserName,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Selects a key of a ConfigMap.
 *
 * @schema TaskSpecSidecarsEnvValueFromConfigMapKeyRef
 */
export interface TaskSpecSidecarsEnvValueFromConfigMapKeyRef {
  /**
   * The key to select.
   *
   * @schema TaskSpecSidecarsEnvValueFromConfigMapKeyRef#key
   */
  readonly key: string;

  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema TaskSpecSidecarsEnvValueFromConfigMapKeyRef#name
   */
  readonly name?: string;

  /**
   * Specify whether the ConfigMap or its key must be defined
   *
   * @schema TaskSpecSidecarsEnvValueFromConfigMapKeyRef#optional
   */
  readonly optional?: boolean;
}

/**
 * Converts an object of type 'TaskSpecSidecarsEnvValueFromConfigMapKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsEnvValueFromConfigMapKeyRef(obj: TaskSpecSidecarsEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'name': obj.name,
    'optional': obj.optional,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
 * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
 *
 * @schema TaskSpecSidecarsEnvValueFromFieldRef
 */
export interface TaskSpecSidecarsEnvValueFromFieldRef {
  /**
   * Version of the schema the FieldPath is written in terms of, defaults to "v1".
   *
   * @schema TaskSpecSidecarsEnvValueFromFieldRef#apiVersion
   */
  readonly apiVersion?: string;

  /**
   * Path of the field to select in the specified API version.
   *
   * @schema TaskSpecSidecarsEnvValueFromFieldRef#fieldPath
   */
  readonly fieldPath: string;
}

/**
 * Converts an object of type 'TaskSpecSidecarsEnvValueFromFieldRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsEnvValueFromFieldRef(obj: TaskSpecSidecarsEnvValueFromFieldRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'apiVersion': obj.apiVersion,
    'fieldPath': obj.fieldPath,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * FileKeyRef selects a key of the env file.
 * Requires the EnvFiles feature gate to be enabled.
 *
 * @schema TaskSpecSidecarsEnvValueFromFileKeyRef
 */
export interface TaskSpecSidecarsEnvValueFromFileKeyRef {
  /**
   * The key within the env file. An invalid key will prevent the pod from starting.
   * The keys defined within a source may consist of any printable ASCII characters except '='.
   * During Alpha stage of the EnvFiles feature gate, the key size is limited to 128 characters.
   *
   * @schema TaskSpecSidecarsEnvValueFromFileKeyRef#key
   */
  readonly key: string;

  /**
   * Specify whether the file or its key must be defined. If the file or key
   * does not exist, then the env var is not published.
   * If optional is set to true and the specified key does not exist,
   * the environment variable will not be set in the Pod's containers.
   *
   * If optional is set to false and the specified key does not exist,
   * an error will be returned during Pod creation.
   *
   * @schema TaskSpecSidecarsEnvValueFromFileKeyRef#optional
   */
  readonly optional?: boolean;

  /**
   * The path within the volume from which to select the file.
   * Must be relative and may not contain the '..' path or start with '..'.
   *
   * @schema TaskSpecSidecarsEnvValueFromFileKeyRef#path
   */
  readonly path: string;

  /**
   * The name of the volume mount containing the env file.
   *
   * @schema TaskSpecSidecarsEnvValueFromFileKeyRef#volumeName
   */
  readonly volumeName: string;
}

/**
 * Converts an object of type 'TaskSpecSidecarsEnvValueFromFileKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsEnvValueFromFileKeyRef(obj: TaskSpecSidecarsEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'optional': obj.optional,
    'path': obj.path,
    'volumeName': obj.volumeName,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
 *
 * @schema TaskSpecSidecarsEnvValueFromResourceFieldRef
 */
export interface TaskSpecSidecarsEnvValueFromResourceFieldRef {
  /**
   * Container name: required for volumes, optional for env vars
   *
   * @schema TaskSpecSidecarsEnvValueFromResourceFieldRef#containerName
   */
  readonly containerName?: string;

  /**
   * Specifies the output format of the exposed resources, defaults to "1"
   *
   * @schema TaskSpecSidecarsEnvValueFromResourceFieldRef#divisor
   */
  readonly divisor?: TaskSpecSidecarsEnvValueFromResourceFieldRefDivisor;

  /**
   * Required: resource to select
   *
   * @schema TaskSpecSidecarsEnvValueFromResourceFieldRef#resource
   */
  readonly resource: string;
}

/**
 * Converts an object of type 'TaskSpecSidecarsEnvValueFromResourceFieldRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsEnvValueFromResourceFieldRef(obj: TaskSpecSidecarsEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'containerName': obj.containerName,
    'divisor': obj.divisor?.value,
    'resource': obj.resource,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Selects a key of a secret in the pod's namespace
 *
 * @schema TaskSpecSidecarsEnvValueFromSecretKeyRef
 */
export interface TaskSpecSidecarsEnvValueFromSecretKeyRef {
  /**
   * The key of the secret to select from.  Must be a valid secret key.
   *
   * @schema TaskSpecSidecarsEnvValueFromSecretKeyRef#key
   */
  readonly key: string;

  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema TaskSpecSidecarsEnvValueFromSecretKeyRef#name
   */
  readonly name?: string;

  /**
   * Specify whether the Secret or its key must be defined
   *
   * @schema TaskSpecSidecarsEnvValueFromSecretKeyRef#optional
   */
  readonly optional?: boolean;
}

/**
 * Converts an object of type 'TaskSpecSidecarsEnvValueFromSecretKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsEnvValueFromSecretKeyRef(obj: TaskSpecSidecarsEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'name': obj.name,
    'optional': obj.optional,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Exec specifies a command to execute in the container.
 *
 * @schema TaskSpecSidecarsLifecyclePostStartExec
 */
export interface TaskSpecSidecarsLifecyclePostStartExec {
  /**
   * Command is the command line to execute inside the container, the working directory for the
   * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
   * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
   * a shell, you need to explicitly call out to that shell.
   * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
   *
   * @schema TaskSpecSidecarsLifecyclePostStartExec#command
   */
  readonly command?: string[];
}

/**
 * Converts an object of type 'TaskSpecSidecarsLifecyclePostStartExec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsLifecyclePostStartExec(obj: TaskSpecSidecarsLifecyclePostStartExec | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'command': obj.command?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema TaskSpecSidecarsLifecyclePostStartHttpGet
 */
export interface TaskSpecSidecarsLifecyclePostStartHttpGet {
  /**
   * Host name to connect to, defaults to the pod IP. You probably want to set
   * "Host" in httpHeaders instead.
   *
   * @schema TaskSpecSidecarsLifecyclePostStartHttpGet#host
   */
  readonly host?: string;

  /**
   * Custom headers to set in the request. HTTP allows repeated headers.
   *
   * @schema TaskSpecSidecarsLifecyclePostStartHttpGet#httpHeaders
   */
  readonly httpHeaders?: TaskSpecSidecarsLifecyclePostStartHttpGetHttpHeaders[];

  /**
   * Path to access on the HTTP server.
   *
   * @schema TaskSpecSidecarsLifecyclePostStartHttpGet#path
   */
  readonly path?: string;

  /**
   * Name or number of the port to access on the container.
   * Number must be in the range 1 to 65535.
   * Name must be an IANA_SVC_NAME.
   *
   * @schema TaskSpecSidecarsLifecyclePostStartHttpGet#port
   */
  readonly port: TaskSpecSidecarsLifecyclePostStartHttpGetPort;

  /**
   * Scheme to use for connecting to the host.
   * Defaults to HTTP.
   *
   * @default HTTP.
   * @schema TaskSpecSidecarsLifecyclePostStartHttpGet#scheme
   */
  readonly scheme?: string;
}

/**
 * Converts an object of type 'TaskSpecSidecarsLifecyclePostStartHttpGet' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsLifecyclePostStartHttpGet(obj: TaskSpecSidecarsLifecyclePostStartHttpGet | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'host': obj.host,
    'httpHeaders': obj.httpHeaders?.map(y => toJson_TaskSpecSidecarsLifecyclePostStartHttpGetHttpHeaders(y)),
    'path': obj.path,
    'port': obj.port?.value,
    'scheme': obj.scheme,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Sleep represents a duration that the container should sleep.
 *
 * @schema TaskSpecSidecarsLifecyclePostStartSleep
 */
export interface TaskSpecSidecarsLifecyclePostStartSleep {
  /**
   * Seconds is the number of seconds to sleep.
   *
   * @schema TaskSpecSidecarsLifecyclePostStartSleep#seconds
   */
  readonly seconds: number;
}

/**
 * Converts an object of type 'TaskSpecSidecarsLifecyclePostStartSleep' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsLifecyclePostStartSleep(obj: TaskSpecSidecarsLifecyclePostStartSleep | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'seconds': obj.seconds,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
 * for backward compatibility. There is no validation of this field and
 * lifecycle hooks will fail at runtime when it is specified.
 *
 * @schema TaskSpecSidecarsLifecyclePostStartTcpSocket
 */
export interface TaskSpecSidecarsLifecyclePostStartTcpSocket {
  /**
   * Optional: Host name to connect to, defaults to the pod IP.
   *
   * @schema TaskSpecSidecarsLifecyclePostStartTcpSocket#host
   */
  readonly host?: string;

  /**
   * Number or name of the port to access on the container.
   * Number must be in the range 1 to 65535.
   * Name must be an IANA_SVC_NAME.
   *
   * @schema TaskSpecSidecarsLifecyclePostStartTcpSocket#port
   */
  readonly port: TaskSpecSidecarsLifecyclePostStartTcpSocketPort;
}

/**
 * Converts an object of type 'TaskSpecSidecarsLifecyclePostStartTcpSocket' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsLifecyclePostStartTcpSocket(obj: TaskSpecSidecarsLifecyclePostStartTcpSocket | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'host': obj.host,
    'port': obj.port?.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Exec specifies a command to execute in the container.
 *
 * @schema TaskSpecSidecarsLifecyclePreStopExec
 */
export interface TaskSpecSidecarsLifecyclePreStopExec {
  /**
   * Command is the command line to execute inside the container, the working directory for the
   * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
   * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
   * a shell, you need to explicitly call out to that shell.
   * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
   *
   * @schema TaskSpecSidecarsLifecyclePreStopExec#command
   */
  readonly command?: string[];
}

/**
 * Converts an object of type 'TaskSpecSidecarsLifecyclePreStopExec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsLifecyclePreStopExec(obj: TaskSpecSidecarsLifecyclePreStopExec | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'command': obj.command?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema TaskSpecSidecarsLifecyclePreStopHttpGet
 */
export interface TaskSpecSidecarsLifecyclePreStopHttpGet {
  /**
   * Host name to connect to, defaults to the pod IP. You probably want to set
   * "Host" in httpHeaders instead.
   *
   * @schema TaskSpecSidecarsLifecyclePreStopHttpGet#host
   */
  readonly host?: string;

  /**
   * Custom headers to set in the request. HTTP allows repeated headers.
   *
   * @schema TaskSpecSidecarsLifecyclePreStopHttpGet#httpHeaders
   */
  readonly httpHeaders?: TaskSpecSidecarsLifecyclePreStopHttpGetHttpHeaders[];

  /**
   * Path to access on the HTTP server.
   *
   * @schema TaskSpecSidecarsLifecyclePreStopHttpGet#path
   */
  readonly path?: string;

  /**
   * Name or number of the port to access on the container.
   * Number must be in the range 1 to 65535.
   * Name must be an IANA_SVC_NAME.
   *
   * @schema TaskSpecSidecarsLifecyclePreStopHttpGet#port
   */
  readonly port: TaskSpecSidecarsLifecyclePreStopHttpGetPort;

  /**
   * Scheme to use for connecting to the host.
   * Defaults to HTTP.
   *
   * @default HTTP.
   * @schema TaskSpecSidecarsLifecyclePreStopHttpGet#scheme
   */
  readonly scheme?: string;
}

/**
 * Converts an object of type 'TaskSpecSidecarsLifecyclePreStopHttpGet' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsLifecyclePreStopHttpGet(obj: TaskSpecSidecarsLifecyclePreStopHttpGet | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'host': obj.host,
    'httpHeaders': obj.httpHeaders?.map(y => toJson_TaskSpecSidecarsLifecyclePreStopHttpGetHttpHeaders(y)),
    'path': obj.path,
    'port': obj.port?.value,
    'scheme': obj.scheme,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Sleep represents a duration that the container should sleep.
 *
 * @schema TaskSpecSidecarsLifecyclePreStopSleep
 */
export interface TaskSpecSidecarsLifecyclePreStopSleep {
  /**
   * Seconds is the number of seconds to sleep.
   *
   * @schema TaskSpecSidecarsLifecyclePreStopSleep#seconds
   */
  readonly seconds: number;
}

/**
 * Converts an object of type 'TaskSpecSidecarsLifecyclePreStopSleep' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsLifecyclePreStopSleep(obj: TaskSpecSidecarsLifecyclePreStopSleep | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'seconds': obj.seconds,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
 * for backward compatibility. There is no validation of this field and
 * lifecycle hooks will fail at runtime when it is specified.
 *
 * @schema TaskSpecSidecarsLifecyclePreStopTcpSocket
 */
export interface TaskSpecSidecarsLifecyclePreStopTcpSocket {
  /**
   * Optional: Host name to connect to, defaults to the pod IP.
   *
   * @schema TaskSpecSidecarsLifecyclePreStopTcpSocket#host
   */
  readonly host?: string;

  /**
   * Number or name of the port to access on the container.
   * Number must be in the range 1 to 65535.
   * Name must be an IANA_SVC_NAME.
   *
   * @schema TaskSpecSidecarsLifecyclePreStopTcpSocket#port
   */
  readonly port: TaskSpecSidecarsLifecyclePreStopTcpSocketPort;
}

/**
 * Converts an object of type 'TaskSpecSidecarsLifecyclePreStopTcpSocket' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsLifecyclePreStopTcpSocket(obj: TaskSpecSidecarsLifecyclePreStopTcpSocket | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'host': obj.host,
    'port': obj.port?.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema TaskSpecSidecarsLivenessProbeHttpGetHttpHeaders
 */
export interface TaskSpecSidecarsLivenessProbeHttpGetHttpHeaders {
  /**
   * The header field name.
   * This will be canonicalized upon output, so case-variant names will be understood as the same header.
   *
   * @schema TaskSpecSidecarsLivenessProbeHttpGetHttpHeaders#name
   */
  readonly name: string;

  /**
   * The header field value
   *
   * @schema TaskSpecSidecarsLivenessProbeHttpGetHttpHeaders#value
   */
  readonly value: string;
}

/**
 * Converts an object of type 'TaskSpecSidecarsLivenessProbeHttpGetHttpHeaders' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsLivenessProbeHttpGetHttpHeaders(obj: TaskSpecSidecarsLivenessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'value': obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema TaskSpecSidecarsLivenessProbeHttpGetPort
 */
export class TaskSpecSidecarsLivenessProbeHttpGetPort {
  public static fromNumber(value: number): TaskSpecSidecarsLivenessProbeHttpGetPort {
    return new TaskSpecSidecarsLivenessProbeHttpGetPort(value);
  }
  public static fromString(value: string): TaskSpecSidecarsLivenessProbeHttpGetPort {
    return new TaskSpecSidecarsLivenessProbeHttpGetPort(value);
  }
  private constructor(public readonly value: number | string) {
  }
}

/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema TaskSpecSidecarsLivenessProbeTcpSocketPort
 */
export class TaskSpecSidecarsLivenessProbeTcpSocketPort {
  public static fromNumber(value: number): TaskSpecSidecarsLivenessProbeTcpSocketPort {
    return new TaskSpecSidecarsLivenessProbeTcpSocketPort(value);
  }
  public static fromString(value: string): TaskSpecSidecarsLivenessProbeTcpSocketPort {
    return new TaskSpecSidecarsLivenessProbeTcpSocketPort(value);
  }
  private constructor(public readonly value: number | string) {
  }
}

/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema TaskSpecSidecarsReadinessProbeHttpGetHttpHeaders
 */
export interface TaskSpecSidecarsReadinessProbeHttpGetHttpHeaders {
  /**
   * The header field name.
   * This will be canonicalized upon output, so case-variant names will be understood as the same header.
   *
   * @schema TaskSpecSidecarsReadinessProbeHttpGetHttpHeaders#name
   */
  readonly name: string;

  /**
   * The header field value
   *
   * @schema TaskSpecSidecarsReadinessProbeHttpGetHttpHeaders#value
   */
  readonly value: string;
}

/**
 * Converts an object of type 'TaskSpecSidecarsReadinessProbeHttpGetHttpHeaders' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsReadinessProbeHttpGetHttpHeaders(obj: TaskSpecSidecarsReadinessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'value': obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema TaskSpecSidecarsReadinessProbeHttpGetPort
 */
export class TaskSpecSidecarsReadinessProbeHttpGetPort {
  public static fromNumber(value: number): TaskSpecSidecarsReadinessProbeHttpGetPort {
    return new TaskSpecSidecarsReadinessProbeHttpGetPort(value);
  }
  public static fromString(value: string): TaskSpecSidecarsReadinessProbeHttpGetPort {
    return new TaskSpecSidecarsReadinessProbeHttpGetPort(value);
  }
  private constructor(public readonly value: number | string) {
  }
}

/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema TaskSpecSidecarsReadinessProbeTcpSocketPort
 */
export class TaskSpecSidecarsReadinessProbeTcpSocketPort {
  public static fromNumber(value: number): TaskSpecSidecarsReadinessProbeTcpSocketPort {
    return new TaskSpecSidecarsReadinessProbeTcpSocketPort(value);
  }
  public static fromString(value: string): TaskSpecSidecarsReadinessProbeTcpSocketPort {
    return new TaskSpecSidecarsReadinessProbeTcpSocketPort(value);
  }
  private constructor(public readonly value: number | string) {
  }
}

/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema TaskSpecSidecarsStartupProbeHttpGetHttpHeaders
 */
export interface TaskSpecSidecarsStartupProbeHttpGetHttpHeaders {
  /**
   * The header field name.
   * This will be canonicalized upon output, so case-variant names will be understood as the same header.
   *
   * @schema TaskSpecSidecarsStartupProbeHttpGetHttpHeaders#name
   */
  readonly name: string;

  /**
   * The header field value
   *
   * @schema TaskSpecSidecarsStartupProbeHttpGetHttpHeaders#value
   */
  readonly value: string;
}

/**
 * Converts an object of type 'TaskSpecSidecarsStartupProbeHttpGetHttpHeaders' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsStartupProbeHttpGetHttpHeaders(obj: TaskSpecSidecarsStartupProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'value': obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema TaskSpecSidecarsStartupProbeHttpGetPort
 */
export class TaskSpecSidecarsStartupProbeHttpGetPort {
  public static fromNumber(value: number): TaskSpecSidecarsStartupProbeHttpGetPort {
    return new TaskSpecSidecarsStartupProbeHttpGetPort(value);
  }
  public static fromString(value: string): TaskSpecSidecarsStartupProbeHttpGetPort {
    return new TaskSpecSidecarsStartupProbeHttpGetPort(value);
  }
  private constructor(public readonly value: number | string) {
  }
}

/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema TaskSpecSidecarsStartupProbeTcpSocketPort
 */
export class TaskSpecSidecarsStartupProbeTcpSocketPort {
  public static fromNumber(value: number): TaskSpecSidecarsStartupProbeTcpSocketPort {
    return new TaskSpecSidecarsStartupProbeTcpSocketPort(value);
  }
  public static fromString(value: string): TaskSpecSidecarsStartupProbeTcpSocketPort {
    return new TaskSpecSidecarsStartupProbeTcpSocketPort(value);
  }
  private constructor(public readonly value: number | string) {
  }
}

/**
 * Selects a key of a ConfigMap.
 *
 * @schema TaskSpecStepTemplateEnvValueFromConfigMapKeyRef
 */
export interface TaskSpecStepTemplateEnvValueFromConfigMapKeyRef {
  /**
   * The key to select.
   *
   * @schema TaskSpecStepTemplateEnvValueFromConfigMapKeyRef#key
   */
  readonly key: string;

  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema TaskSpecStepTemplateEnvValueFromConfigMapKeyRef#name
   */
  readonly name?: string;

  /**
   * Specify whether the ConfigMap or its key must be defined
   *
   * @schema TaskSpecStepTemplateEnvValueFromConfigMapKeyRef#optional
   */
  readonly optional?: boolean;
}

/**
 * Converts an object of type 'TaskSpecStepTemplateEnvValueFromConfigMapKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepTemplateEnvValueFromConfigMapKeyRef(obj: TaskSpecStepTemplateEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'name': obj.name,
    'optional': obj.optional,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
 * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
 *
 * @schema TaskSpecStepTemplateEnvValueFromFieldRef
 */
export interface TaskSpecStepTemplateEnvValueFromFieldRef {
  /**
   * Version of the schema the FieldPath is written in terms of, defaults to "v1".
   *
   * @schema TaskSpecStepTemplateEnvValueFromFieldRef#apiVersion
   */
  readonly apiVersion?: string;

  /**
   * Path of the field to select in the specified API version.
   *
   * @schema TaskSpecStepTemplateEnvValueFromFieldRef#fieldPath
   */
  readonly fieldPath: string;
}

/**
 * Converts an object of type 'TaskSpecStepTemplateEnvValueFromFieldRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepTemplateEnvValueFromFieldRef(obj: TaskSpecStepTemplateEnvValueFromFieldRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'apiVersion': obj.apiVersion,
    'fieldPath': obj.fieldPath,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * FileKeyRef selects a key of the env file.
 * Requires the EnvFiles feature gate to be enabled.
 *
 * @schema TaskSpecStepTemplateEnvValueFromFileKeyRef
 */
export interface TaskSpecStepTemplateEnvValueFromFileKeyRef {
  /**
   * The key within the env file. An invalid key will prevent the pod from starting.
   * The keys defined within a source may consist of any printable ASCII characters except '='.
   * During Alpha stage of the EnvFiles feature gate, the key size is limited to 128 characters.
   *
   * @schema TaskSpecStepTemplateEnvValueFromFileKeyRef#key
   */
  readonly key: string;

  /**
   * Specify whether the file or its key must be defined. If the file or key
   * does not exist, then the env var is not published.
   * If optional is set to true and the specified key does not exist,
   * the environment variable will not be set in the Pod's containers.
   *
   * If optional is set to false and the specified key does not exist,
   * an error will be returned during Pod creation.
   *
   * @schema TaskSpecStepTemplateEnvValueFromFileKeyRef#optional
   */
  readonly optional?: boolean;

  /**
   * The path within the volume from which to select the file.
   * Must be relative and may not contain the '..' path or start with '..'.
   *
   * @schema TaskSpecStepTemplateEnvValueFromFileKeyRef#path
   */
  readonly path: string;

  /**
   * The name of the volume mount containing the env file.
   *
   * @schema TaskSpecStepTemplateEnvValueFromFileKeyRef#volumeName
   */
  readonly volumeName: string;
}

/**
 * Converts an object of type 'TaskSpecStepTemplateEnvValueFromFileKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepTemplateEnvValueFromFileKeyRef(obj: TaskSpecStepTemplateEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'optional': obj.optional,
    'path': obj.path,
    'volumeName': obj.volumeName,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
 *
 * @schema TaskSpecStepTemplateEnvValueFromResourceFieldRef
 */
export interface TaskSpecStepTemplateEnvValueFromResourceFieldRef {
  /**
   * Container name: required for volumes, optional for env vars
   *
   * @schema TaskSpecStepTemplateEnvValueFromResourceFieldRef#containerName
   */
  readonly containerName?: string;

  /**
   * Specifies the output format of the exposed resources, defaults to "1"
   *
   * @schema TaskSpecStepTemplateEnvValueFromResourceFieldRef#divisor
   */
  readonly divisor?: TaskSpecStepTemplateEnvValueFromResourceFieldRefDivisor;

  /**
   * Required: resource to select
   *
   * @schema TaskSpecStepTemplateEnvValueFromResourceFieldRef#resource
   */
  readonly resource: string;
}

/**
 * Converts an object of type 'TaskSpecStepTemplateEnvValueFromResourceFieldRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepTemplateEnvValueFromResourceFieldRef(obj: TaskSpecStepTemplateEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'containerName': obj.containerName,
    'divisor': obj.divisor?.value,
    'resource': obj.resource,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Selects a key of a secret in the pod's namespace
 *
 * @schema TaskSpecStepTemplateEnvValueFromSecretKeyRef
 */
export interface TaskSpecStepTemplateEnvValueFromSecretKeyRef {
  /**
   * The key of the secret to select from.  Must be a valid secret key.
   *
   * @schema TaskSpecStepTemplateEnvValueFromSecretKeyRef#key
   */
  readonly key: string;

  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema TaskSpecStepTemplateEnvValueFromSecretKeyRef#name
   */
  readonly name?: string;

  /**
   * Specify whether the Secret or its key must be defined
   *
   * @schema TaskSpecStepTemplateEnvValueFromSecretKeyRef#optional
   */
  readonly optional?: boolean;
}

/**
 * Converts an object of type 'TaskSpecStepTemplateEnvValueFromSecretKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepTemplateEnvValueFromSecretKeyRef(obj: TaskSpecStepTemplateEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'name': obj.name,
    'optional': obj.optional,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Selects a key of a ConfigMap.
 *
 * @schema TaskSpecStepsEnvValueFromConfigMapKeyRef
 */
export interface TaskSpecStepsEnvValueFromConfigMapKeyRef {
  /**
   * The key to select.
   *
   * @schema TaskSpecStepsEnvValueFromConfigMapKeyRef#key
   */
  readonly key: string;

  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema TaskSpecStepsEnvValueFromConfigMapKeyRef#name
   */
  readonly name?: string;

  /**
   * Specify whether the ConfigMap or its key must be defined
   *
   * @schema TaskSpecStepsEnvValueFromConfigMapKeyRef#optional
   */
  readonly optional?: boolean;
}

/**
 * Converts an object of type 'TaskSpecStepsEnvValueFromConfigMapKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepsEnvValueFromConfigMapKeyRef(obj: TaskSpecStepsEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'name': obj.name,
    'optional': obj.optional,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
 * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
 *
 * @schema TaskSpecStepsEnvValueFromFieldRef
 */
export interface TaskSpecStepsEnvValueFromFieldRef {
  /**
   * Version of the schema the FieldPath is written in terms of, defaults to "v1".
   *
   * @schema TaskSpecStepsEnvValueFromFieldRef#apiVersion
   */
  readonly apiVersion?: string;

  /**
   * Path of the field to select in the specified API version.
   *
   * @schema TaskSpecStepsEnvValueFromFieldRef#fieldPath
   */
  readonly fieldPath: string;
}

/**
 * Converts an object of type 'TaskSpecStepsEnvValueFromFieldRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepsEnvValueFromFieldRef(obj: TaskSpecStepsEnvValueFromFieldRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'apiVersion': obj.apiVersion,
    'fieldPath': obj.fieldPath,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * FileKeyRef selects a key of the env file.
 * Requires the EnvFiles feature gate to be enabled.
 *
 * @schema TaskSpecStepsEnvValueFromFileKeyRef
 */
export interface TaskSpecStepsEnvValueFromFileKeyRef {
  /**
   * The key within the env file. An invalid key will prevent the pod from starting.
   * The keys defined within a source may consist of any printable ASCII characters except '='.
   * During Alpha stage of the EnvFiles feature gate, the key size is limited to 128 characters.
   *
   * @schema TaskSpecStepsEnvValueFromFileKeyRef#key
   */
  readonly key: string;

  /**
   * Specify whether the file or its key must be defined. If the file or key
   * does not exist, then the env var is not published.
   * If optional is set to true and the specified key does not exist,
   * the environment variable will not be set in the Pod's containers.
   *
   * If optional is set to false and the specified key does not exist,
   * an error will be returned during Pod creation.
   *
   * @schema TaskSpecStepsEnvValueFromFileKeyRef#optional
   */
  readonly optional?: boolean;

  /**
   * The path within the volume from which to select the file.
   * Must be relative and may not contain the '..' path or start with '..'.
   *
   * @schema TaskSpecStepsEnvValueFromFileKeyRef#path
   */
  readonly path: string;

  /**
   * The name of the volume mount containing the env file.
   *
   * @schema TaskSpecStepsEnvValueFromFileKeyRef#volumeName
   */
  readonly volumeName: string;
}

/**
 * Converts an object of type 'TaskSpecStepsEnvValueFromFileKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepsEnvValueFromFileKeyRef(obj: TaskSpecStepsEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'optional': obj.optional,
    'path': obj.path,
    'volumeName': obj.volumeName,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
 *
 * @schema TaskSpecStepsEnvValueFromResourceFieldRef
 */
export interface TaskSpecStepsEnvValueFromResourceFieldRef {
  /**
   * Container name: required for volumes, optional for env vars
   *
   * @schema TaskSpecStepsEnvValueFromResourceFieldRef#containerName
   */
  readonly containerName?: string;

  /**
   * Specifies the output format of the exposed resources, defaults to "1"
   *
   * @schema TaskSpecStepsEnvValueFromResourceFieldRef#divisor
   */
  readonly divisor?: TaskSpecStepsEnvValueFromResourceFieldRefDivisor;

  /**
   * Required: resource to select
   *
   * @schema TaskSpecStepsEnvValueFromResourceFieldRef#resource
   */
  readonly resource: string;
}

/**
 * Converts an object of type 'TaskSpecStepsEnvValueFromResourceFieldRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepsEnvValueFromResourceFieldRef(obj: TaskSpecStepsEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'containerName': obj.containerName,
    'divisor': obj.divisor?.value,
    'resource': obj.resource,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Selects a key of a secret in the pod's namespace
 *
 * @schema TaskSpecStepsEnvValueFromSecretKeyRef
 */
export interface TaskSpecStepsEnvValueFromSecretKeyRef {
  /**
   * The key of the secret to select from.  Must be a valid secret key.
   *
   * @schema TaskSpecStepsEnvValueFromSecretKeyRef#key
   */
  readonly key: string;

  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema TaskSpecStepsEnvValueFromSecretKeyRef#name
   */
  readonly name?: string;

  /**
   * Specify whether the Secret or its key must be defined
   *
   * @schema TaskSpecStepsEnvValueFromSecretKeyRef#optional
   */
  readonly optional?: boolean;
}

/**
 * Converts an object of type 'TaskSpecStepsEnvValueFromSecretKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecStepsEnvValueFromSecretKeyRef(obj: TaskSpecStepsEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'name': obj.name,
    'optional': obj.optional,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema TaskSpecSidecarsEnvValueFromResourceFieldRefDivisor
 */
export class TaskSpecSidecarsEnvValueFromResourceFieldRefDivisor {
  public static fromNumber(value: number): TaskSpecSidecarsEnvValueFromResourceFieldRefDivisor {
    return new TaskSpecSidecarsEnvValueFromResourceFieldRefDivisor(value);
  }
  public static fromString(value: string): TaskSpecSidecarsEnvValueFromResourceFieldRefDivisor {
    return new TaskSpecSidecarsEnvValueFromResourceFieldRefDivisor(value);
  }
  private constructor(public readonly value: number | string) {
  }
}

/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema TaskSpecSidecarsLifecyclePostStartHttpGetHttpHeaders
 */
export interface TaskSpecSidecarsLifecyclePostStartHttpGetHttpHeaders {
  /**
   * The header field name.
   * This will be canonicalized upon output, so case-variant names will be understood as the same header.
   *
   * @schema TaskSpecSidecarsLifecyclePostStartHttpGetHttpHeaders#name
   */
  readonly name: string;

  /**
   * The header field value
   *
   * @schema TaskSpecSidecarsLifecyclePostStartHttpGetHttpHeaders#value
   */
  readonly value: string;
}

/**
 * Converts an object of type 'TaskSpecSidecarsLifecyclePostStartHttpGetHttpHeaders' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsLifecyclePostStartHttpGetHttpHeaders(obj: TaskSpecSidecarsLifecyclePostStartHttpGetHttpHeaders | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'value': obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema TaskSpecSidecarsLifecyclePostStartHttpGetPort
 */
export class TaskSpecSidecarsLifecyclePostStartHttpGetPort {
  public static fromNumber(value: number): TaskSpecSidecarsLifecyclePostStartHttpGetPort {
    return new TaskSpecSidecarsLifecyclePostStartHttpGetPort(value);
  }
  public static fromString(value: string): TaskSpecSidecarsLifecyclePostStartHttpGetPort {
    return new TaskSpecSidecarsLifecyclePostStartHttpGetPort(value);
  }
  private constructor(public readonly value: number | string) {
  }
}

/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema TaskSpecSidecarsLifecyclePostStartTcpSocketPort
 */
export class TaskSpecSidecarsLifecyclePostStartTcpSocketPort {
  public static fromNumber(value: number): TaskSpecSidecarsLifecyclePostStartTcpSocketPort {
    return new TaskSpecSidecarsLifecyclePostStartTcpSocketPort(value);
  }
  public static fromString(value: string): TaskSpecSidecarsLifecyclePostStartTcpSocketPort {
    return new TaskSpecSidecarsLifecyclePostStartTcpSocketPort(value);
  }
  private constructor(public readonly value: number | string) {
  }
}

/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema TaskSpecSidecarsLifecyclePreStopHttpGetHttpHeaders
 */
export interface TaskSpecSidecarsLifecyclePreStopHttpGetHttpHeaders {
  /**
   * The header field name.
   * This will be canonicalized upon output, so case-variant names will be understood as the same header.
   *
   * @schema TaskSpecSidecarsLifecyclePreStopHttpGetHttpHeaders#name
   */
  readonly name: string;

  /**
   * The header field value
   *
   * @schema TaskSpecSidecarsLifecyclePreStopHttpGetHttpHeaders#value
   */
  readonly value: string;
}

/**
 * Converts an object of type 'TaskSpecSidecarsLifecyclePreStopHttpGetHttpHeaders' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskSpecSidecarsLifecyclePreStopHttpGetHttpHeaders(obj: TaskSpecSidecarsLifecyclePreStopHttpGetHttpHeaders | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'value': obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema TaskSpecSidecarsLifecyclePreStopHttpGetPort
 */
export class TaskSpecSidecarsLifecyclePreStopHttpGetPort {
  public static fromNumber(value: number): TaskSpecSidecarsLifecyclePreStopHttpGetPort {
    return new TaskSpecSidecarsLifecyclePreStopHttpGetPort(value);
  }
  public static fromString(value: string): TaskSpecSidecarsLifecyclePreStopHttpGetPort {
    return new TaskSpecSidecarsLifecyclePreStopHttpGetPort(value);
  }
  private constructor(public readonly value: number | string) {
  }
}

/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema TaskSpecSidecarsLifecyclePreStopTcpSocketPort
 */
export class TaskSpecSidecarsLifecyclePreStopTcpSocketPort {
  public static fromNumber(value: number): TaskSpecSidecarsLifecyclePreStopTcpSocketPort {
    return new TaskSpecSidecarsLifecyclePreStopTcpSocketPort(value);
  }
  public static fromString(value: string): TaskSpecSidecarsLifecyclePreStopTcpSocketPort {
    return new TaskSpecSidecarsLifecyclePreStopTcpSocketPort(value);
  }
  private constructor(public readonly value: number | string) {
  }
}

/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema TaskSpecStepTemplateEnvValueFromResourceFieldRefDivisor
 */
export class TaskSpecStepTemplateEnvValueFromResourceFieldRefDivisor {
  public static fromNumber(value: number): TaskSpecStepTemplateEnvValueFromResourceFieldRefDivisor {
    return new TaskSpecStepTemplateEnvValueFromResourceFieldRefDivisor(value);
  }
  public static fromString(value: string): TaskSpecStepTemplateEnvValueFromResourceFieldRefDivisor {
    return new TaskSpecStepTemplateEnvValueFromResourceFieldRefDivisor(value);
  }
  private constructor(public readonly value: number | string) {
  }
}

/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema TaskSpecStepsEnvValueFromResourceFieldRefDivisor
 */
export class TaskSpecStepsEnvValueFromResourceFieldRefDivisor {
  public static fromNumber(value: number): TaskSpecStepsEnvValueFromResourceFieldRefDivisor {
    return new TaskSpecStepsEnvValueFromResourceFieldRefDivisor(value);
  }
  public static fromString(value: string): TaskSpecStepsEnvValueFromResourceFieldRefDivisor {
    return new TaskSpecStepsEnvValueFromResourceFieldRefDivisor(value);
  }
  private constructor(public readonly value: number | string) {
  }
}


/**
 * TaskRun represents a single execution of a Task. TaskRuns are how the steps
specified in a Task are executed; they specify the parameters and resources
used to run the steps in a Task.
 *
 * @schema TaskRun
 */
export class TaskRun extends ApiObject {
  /**
   * Returns the apiVersion and kind for "TaskRun"
   */
  public static readonly GVK: GroupVersionKind = {
    apiVersion: 'tekton.dev/v1',
    kind: 'TaskRun',
  }

  /**
   * Renders a Kubernetes manifest for "TaskRun".
   *
   * This can be used to inline resource manifests inside other objects (e.g. as templates).
   *
   * @param props initialization props
   */
  public static manifest(props: TaskRunProps = {}): any {
    return {
      ...TaskRun.GVK,
      ...toJson_TaskRunProps(props),
    };
  }

  /**
   * Defines a "TaskRun" API object
   * @param scope the scope in which to define this object
   * @param id a scope-local name for the object
   * @param props initialization props
   */
  public constructor(scope: Construct, id: string, props: TaskRunProps = {}) {
    super(scope, id, {
      ...TaskRun.GVK,
      ...props,
    });
  }

  /**
   * Renders the object to Kubernetes JSON.
   */
  public override toJson(): any {
    const resolved = super.toJson();

    return {
      ...TaskRun.GVK,
      ...resolved,
    };
  }
}

/**
 * TaskRun represents a single execution of a Task. TaskRuns are how the steps
 * specified in a Task are executed; they specify the parameters and resources
 * used to run the steps in a Task.
 *
 * @schema TaskRun
 */
export interface TaskRunProps {
  /**
   * @schema TaskRun#metadata
   */
  readonly metadata?: ApiObjectMetadata;

  /**
   * TaskRunSpec defines the desired state of TaskRun
   *
   * @schema TaskRun#spec
   */
  readonly spec?: TaskRunSpec;
}

/**
 * Converts an object of type 'TaskRunProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunProps(obj: TaskRunProps | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'metadata': obj.metadata,
    'spec': toJson_TaskRunSpec(obj.spec),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * TaskRunSpec defines the desired state of TaskRun
 *
 * @schema TaskRunSpec
 */
export interface TaskRunSpec {
  /**
   * Compute resources to use for this TaskRun
   *
   * @schema TaskRunSpec#computeResources
   */
  readonly computeResources?: TaskRunSpecComputeResources;

  /**
   * TaskRunDebug defines the breakpoint config for a particular TaskRun
   *
   * @schema TaskRunSpec#debug
   */
  readonly debug?: TaskRunSpecDebug;

  /**
   * ManagedBy indicates which controller is responsible for reconciling
   * this resource. If unset or set to "tekton.dev/pipeline", the default
   * Tekton controller will manage this resource.
   * This field is immutable.
   *
   * @schema TaskRunSpec#managedBy
   */
  readonly managedBy?: string;

  /**
   * Params is a list of Param
   *
   * @schema TaskRunSpec#params
   */
  readonly params?: TaskRunSpecParams[];

  /**
   * PodTemplate holds pod specific configuration
   *
   * @schema TaskRunSpec#podTemplate
   */
  readonly podTemplate?: TaskRunSpecPodTemplate;

  /**
   * Retries represents how many times this TaskRun should be retried in the event of task failure.
   *
   * @schema TaskRunSpec#retries
   */
  readonly retries?: number;

  /**
   * @schema TaskRunSpec#serviceAccountName
   */
  readonly serviceAccountName?: string;

  /**
   * Specs to apply to Sidecars in this TaskRun.
   * If a field is specified in both a Sidecar and a SidecarSpec,
   * the value from the SidecarSpec will be used.
   * This field is only supported when the alpha feature gate is enabled.
   *
   * @schema TaskRunSpec#sidecarSpecs
   */
  readonly sidecarSpecs?: TaskRunSpecSidecarSpecs[];

  /**
   * Used for cancelling a TaskRun (and maybe more later on)
   *
   * @schema TaskRunSpec#status
   */
  readonly status?: string;

  /**
   * Status message for cancellation.
   *
   * @schema TaskRunSpec#statusMessage
   */
  readonly statusMessage?: string;

  /**
   * Specs to apply to Steps in this TaskRun.
   * If a field is specified in both a Step and a StepSpec,
   * the value from the StepSpec will be used.
   * This field is only supported when the alpha feature gate is enabled.
   *
   * @schema TaskRunSpec#stepSpecs
   */
  readonly stepSpecs?: TaskRunSpecStepSpecs[];

  /**
   * no more than one of the TaskRef and TaskSpec may be specified.
   *
   * @schema TaskRunSpec#taskRef
   */
  readonly taskRef?: TaskRunSpecTaskRef;

  /**
   * Specifying TaskSpec can be disabled by setting
   * `disable-inline-spec` feature flag.
   * See Task.spec (API version: tekton.dev/v1)
   *
   * @schema TaskRunSpec#taskSpec
   */
  readonly taskSpec?: TaskSpec;

  /**
   * Time after which one retry attempt times out. Defaults to 1 hour.
   * Refer Go's ParseDuration documentation for expected format: https://golang.org/pkg/time/#ParseDuration
   *
   * @default 1 hour.
   * @schema TaskRunSpec#timeout
   */
  readonly timeout?: string;

  /**
   * Workspaces is a list of WorkspaceBindings from volumes to workspaces.
   *
   * @schema TaskRunSpec#workspaces
   */
  readonly workspaces?: TaskRunSpecWorkspaces[];
}

/**
 * Converts an object of type 'TaskRunSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpec(obj: TaskRunSpec | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'computeResources': toJson_TaskRunSpecComputeResources(obj.computeResources),
    'debug': toJson_TaskRunSpecDebug(obj.debug),
    'managedBy': obj.managedBy,
    'params': obj.params?.map(y => toJson_TaskRunSpecParams(y)),
    'podTemplate': toJson_TaskRunSpecPodTemplate(obj.podTemplate),
    'retries': obj.retries,
    'serviceAccountName': obj.serviceAccountName,
    'sidecarSpecs': obj.sidecarSpecs?.map(y => toJson_TaskRunSpecSidecarSpecs(y)),
    'status': obj.status,
    'statusMessage': obj.statusMessage,
    'stepSpecs': obj.stepSpecs?.map(y => toJson_TaskRunSpecStepSpecs(y)),
    'taskRef': toJson_TaskRunSpecTaskRef(obj.taskRef),
    'taskSpec': obj.taskSpec,
    'timeout': obj.timeout,
    'workspaces': obj.workspaces?.map(y => toJson_TaskRunSpecWorkspaces(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Compute resources to use for this TaskRun
 *
 * @schema TaskRunSpecComputeResources
 */
export interface TaskRunSpecComputeResources {
  /**
   * Claims lists the names of resources, defined in spec.resourceClaims,
   * that are used by this container.
   *
   * This field depends on the
   * DynamicResourceAllocation feature gate.
   *
   * This field is immutable. It can only be set for containers.
   *
   * @schema TaskRunSpecComputeResources#claims
   */
  readonly claims?: TaskRunSpecComputeResourcesClaims[];

  /**
   * Limits describes the maximum amount of compute resources allowed.
   * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
   *
   * @schema TaskRunSpecComputeResources#limits
   */
  readonly limits?: { [key: string]: TaskRunSpecComputeResourcesLimits };

  /**
   * Requests describes the minimum amount of compute resources required.
   * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
   * otherwise to an implementation-defined value. Requests cannot exceed Limits.
   * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
   *
   * @schema TaskRunSpecComputeResources#requests
   */
  readonly requests?: { [key: string]: TaskRunSpecComputeResourcesRequests };
}

/**
 * Converts an object of type 'TaskRunSpecComputeResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecComputeResources(obj: TaskRunSpecComputeResources | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'claims': obj.claims?.map(y => toJson_TaskRunSpecComputeResourcesClaims(y)),
    'limits': ((obj.limits) === undefined) ? undefined : (Object.entries(obj.limits).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
    'requests': ((obj.requests) === undefined) ? undefined : (Object.entries(obj.requests).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * TaskRunDebug defines the breakpoint config for a particular TaskRun
 *
 * @schema TaskRunSpecDebug
 */
export interface TaskRunSpecDebug {
  /**
   * TaskBreakpoints defines the breakpoint config for a particular Task
   *
   * @schema TaskRunSpecDebug#breakpoints
   */
  readonly breakpoints?: TaskRunSpecDebugBreakpoints;
}

/**
 * Converts an object of type 'TaskRunSpecDebug' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecDebug(obj: TaskRunSpecDebug | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'breakpoints': toJson_TaskRunSpecDebugBreakpoints(obj.breakpoints),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Param declares an ParamValues to use for the parameter called name.
 *
 * @schema TaskRunSpecParams
 */
export interface TaskRunSpecParams {
  /**
   * @schema TaskRunSpecParams#name
   */
  readonly name: string;

  /**
   * @schema TaskRunSpecParams#value
   */
  readonly value: any;
}

/**
 * Converts an object of type 'TaskRunSpecParams' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecParams(obj: TaskRunSpecParams | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'value': obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PodTemplate holds pod specific configuration
 *
 * @schema TaskRunSpecPodTemplate
 */
export interface TaskRunSpecPodTemplate {
  /**
   * If specified, the pod's scheduling constraints.
   * See Pod.spec.affinity (API version: v1)
   *
   * @schema TaskRunSpecPodTemplate#affinity
   */
  readonly affinity?: any;

  /**
   * AutomountServiceAccountToken indicates whether pods running as this
   * service account should have an API token automatically mounted.
   *
   * @schema TaskRunSpecPodTemplate#automountServiceAccountToken
   */
  readonly automountServiceAccountToken?: boolean;

  /**
   * Specifies the DNS parameters of a pod.
   * Parameters specified here will be merged to the generated DNS
   * configuration based on DNSPolicy.
   *
   * @schema TaskRunSpecPodTemplate#dnsConfig
   */
  readonly dnsConfig?: TaskRunSpecPodTemplateDnsConfig;

  /**
   * Set DNS policy for the pod. Defaults to "ClusterFirst". Valid values are
   * 'ClusterFirst', 'Default' or 'None'. DNS parameters given in DNSConfig
   * will be merged with the policy selected with DNSPolicy.
   *
   * @default ClusterFirst". Valid values are
   * @schema TaskRunSpecPodTemplate#dnsPolicy
   */
  readonly dnsPolicy?: string;

  /**
   * EnableServiceLinks indicates whether information about services should be injected into pod's
   * environment variables, matching the syntax of Docker links.
   * Optional: Defaults to true.
   *
   * @default true.
   * @schema TaskRunSpecPodTemplate#enableServiceLinks
   */
  readonly enableServiceLinks?: boolean;

  /**
   * List of environment variables that can be provided to the containers belonging to the pod.
   *
   * @schema TaskRunSpecPodTemplate#env
   */
  readonly env?: TaskRunSpecPodTemplateEnv[];

  /**
   * HostAliases is an optional list of hosts and IPs that will be injected into the pod's hosts
   * file if specified. This is only valid for non-hostNetwork pods.
   *
   * @schema TaskRunSpecPodTemplate#hostAliases
   */
  readonly hostAliases?: TaskRunSpecPodTemplateHostAliases[];

  /**
   * HostNetwork specifies whether the pod may use the node network namespace
   *
   * @schema TaskRunSpecPodTemplate#hostNetwork
   */
  readonly hostNetwork?: boolean;

  /**
   * HostUsers indicates whether the pod will use the host's user namespace.
   * Optional: Default to true.
   * If set to true or not present, the pod will be run in the host user namespace, useful
   * for when the pod needs a feature only available to the host user namespace, such as
   * loading a kernel module with CAP_SYS_MODULE.
   * When set to false, a new user namespace is created for the pod. Setting false
   * is useful to mitigating container breakout vulnerabilities such as allowing
   * containers to run as root without their user having root privileges on the host.
   * This field depends on the kubernetes feature gate UserNamespacesSupport being enabled.
   *
   * @default true.
   * @schema TaskRunSpecPodTemplate#hostUsers
   */
  readonly hostUsers?: boolean;

  /**
   * ImagePullSecrets gives the name of the secret used by the pod to pull the image if specified
   *
   * @schema TaskRunSpecPodTemplate#imagePullSecrets
   */
  readonly imagePullSecrets?: TaskRunSpecPodTemplateImagePullSecrets[];

  /**
   * NodeSelector is a selector which must be true for the pod to fit on a node.
   * Selector which must match a node's labels for the pod to be scheduled on that node.
   * More info: https://kubernetes.io/docs/concepts/configuration/assign-pod-node/
   *
   * @schema TaskRunSpecPodTemplate#nodeSelector
   */
  readonly nodeSelector?: { [key: string]: string };

  /**
   * If specified, indicates the pod's priority. "system-node-critical" and
   * "system-cluster-critical" are two special keywords which indicate the
   * highest priorities with the former being the highest priority. Any other
   * name must be defined by creating a PriorityClass object with that name.
   * If not specified, the pod priority will be default or zero if there is no
   * default.
   *
   * @schema TaskRunSpecPodTemplate#priorityClassName
   */
  readonly priorityClassName?: string;

  /**
   * RuntimeClassName refers to a RuntimeClass object in the node.k8s.io
   * group, which should be used to run this pod. If no RuntimeClass resource
   * matches the named class, the pod will not be run. If unset or empty, the
   * "legacy" RuntimeClass will be used, which is an implicit class with an
   * empty definition that uses the default runtime handler.
   * More info: https://git.k8s.io/enhancements/keps/sig-node/runtime-class.md
   * This is a beta feature as of Kubernetes v1.14.
   *
   * @schema TaskRunSpecPodTemplate#runtimeClassName
   */
  readonly runtimeClassName?: string;

  /**
   * SchedulerName specifies the scheduler to be used to dispatch the Pod
   *
   * @schema TaskRunSpecPodTemplate#schedulerName
   */
  readonly schedulerName?: string;

  /**
   * SecurityContext holds pod-level security attributes and common container settings.
   * Optional: Defaults to empty.  See type description for default values of each field.
   * See Pod.spec.securityContext (API version: v1)
   *
   * @default empty.  See type description for default values of each field.
   * @schema TaskRunSpecPodTemplate#securityContext
   */
  readonly securityContext?: any;

  /**
   * If specified, the pod's tolerations.
   *
   * @schema TaskRunSpecPodTemplate#tolerations
   */
  readonly tolerations?: TaskRunSpecPodTemplateTolerations[];

  /**
   * TopologySpreadConstraints controls how Pods are spread across your cluster among
   * failure-domains such as regions, zones, nodes, and other user-defined topology domains.
   *
   * @schema TaskRunSpecPodTemplate#topologySpreadConstraints
   */
  readonly topologySpreadConstraints?: TaskRunSpecPodTemplateTopologySpreadConstraints[];

  /**
   * List of volumes that can be mounted by containers belonging to the pod.
   * More info: https://kubernetes.io/docs/concepts/storage/volumes
   * See Pod.spec.volumes (API version: v1)
   *
   * @schema TaskRunSpecPodTemplate#volumes
   */
  readonly volumes?: any;
}

/**
 * Converts an object of type 'TaskRunSpecPodTemplate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecPodTemplate(obj: TaskRunSpecPodTemplate | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'affinity': obj.affinity,
    'automountServiceAccountToken': obj.automountServiceAccountToken,
    'dnsConfig': toJson_TaskRunSpecPodTemplateDnsConfig(obj.dnsConfig),
    'dnsPolicy': obj.dnsPolicy,
    'enableServiceLinks': obj.enableServiceLinks,
    'env': obj.env?.map(y => toJson_TaskRunSpecPodTemplateEnv(y)),
    'hostAliases': obj.hostAliases?.map(y => toJson_TaskRunSpecPodTemplateHostAliases(y)),
    'hostNetwork': obj.hostNetwork,
    'hostUsers': obj.hostUsers,
    'imagePullSecrets': obj.imagePullSecrets?.map(y => toJson_TaskRunSpecPodTemplateImagePullSecrets(y)),
    'nodeSelector': ((obj.nodeSelector) === undefined) ? undefined : (Object.entries(obj.nodeSelector).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    'priorityClassName': obj.priorityClassName,
    'runtimeClassName': obj.runtimeClassName,
    'schedulerName': obj.schedulerName,
    'securityContext': obj.securityContext,
    'tolerations': obj.tolerations?.map(y => toJson_TaskRunSpecPodTemplateTolerations(y)),
    'topologySpreadConstraints': obj.topologySpreadConstraints?.map(y => toJson_TaskRunSpecPodTemplateTopologySpreadConstraints(y)),
    'volumes': obj.volumes,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * TaskRunSidecarSpec is used to override the values of a Sidecar in the corresponding Task.
 *
 * @schema TaskRunSpecSidecarSpecs
 */
export interface TaskRunSpecSidecarSpecs {
  /**
   * The resource requirements to apply to the Sidecar.
   *
   * @schema TaskRunSpecSidecarSpecs#computeResources
   */
  readonly computeResources: TaskRunSpecSidecarSpecsComputeResources;

  /**
   * The name of the Sidecar to override.
   *
   * @schema TaskRunSpecSidecarSpecs#name
   */
  readonly name: string;
}

/**
 * Converts an object of type 'TaskRunSpecSidecarSpecs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecSidecarSpecs(obj: TaskRunSpecSidecarSpecs | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'computeResources': toJson_TaskRunSpecSidecarSpecsComputeResources(obj.computeResources),
    'name': obj.name,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * TaskRunStepSpec is used to override the values of a Step in the corresponding Task.
 *
 * @schema TaskRunSpecStepSpecs
 */
export interface TaskRunSpecStepSpecs {
  /**
   * The resource requirements to apply to the Step.
   *
   * @schema TaskRunSpecStepSpecs#computeResources
   */
  readonly computeResources: TaskRunSpecStepSpecsComputeResources;

  /**
   * The name of the Step to override.
   *
   * @schema TaskRunSpecStepSpecs#name
   */
  readonly name: string;
}

/**
 * Converts an object of type 'TaskRunSpecStepSpecs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecStepSpecs(obj: TaskRunSpecStepSpecs | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'computeResources': toJson_TaskRunSpecStepSpecsComputeResources(obj.computeResources),
    'name': obj.name,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * no more than one of the TaskRef and TaskSpec may be specified.
 *
 * @schema TaskRunSpecTaskRef
 */
export interface TaskRunSpecTaskRef {
  /**
   * API version of the referent
   * Note: A Task with non-empty APIVersion and Kind is considered a Custom Task
   *
   * @schema TaskRunSpecTaskRef#apiVersion
   */
  readonly apiVersion?: string;

  /**
   * TaskKind indicates the Kind of the Task:
   * 1. Namespaced Task when Kind is set to "Task". If Kind is "", it defaults to "Task".
   * 2. Custom Task when Kind is non-empty and APIVersion is non-empty
   *
   * @schema TaskRunSpecTaskRef#kind
   */
  readonly kind?: string;

  /**
   * Name of the referent; More info: http://kubernetes.io/docs/user-guide/identifiers#names
   *
   * @schema TaskRunSpecTaskRef#name
   */
  readonly name?: string;

  /**
   * Params contains the parameters used to identify the
   * referenced Tekton resource. Example entries might include
   * "repo" or "path" but the set of params ultimately depends on
   * the chosen resolver.
   *
   * @schema TaskRunSpecTaskRef#params
   */
  readonly params?: TaskRunSpecTaskRefParams[];

  /**
   * Resolver is the name of the resolver that should perform
   * resolution of the referenced Tekton resource, such as "git".
   *
   * @schema TaskRunSpecTaskRef#resolver
   */
  readonly resolver?: string;
}

/**
 * Converts an object of type 'TaskRunSpecTaskRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecTaskRef(obj: TaskRunSpecTaskRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'apiVersion': obj.apiVersion,
    'kind': obj.kind,
    'name': obj.name,
    'params': obj.params?.map(y => toJson_TaskRunSpecTaskRefParams(y)),
    'resolver': obj.resolver,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * WorkspaceBinding maps a Task's declared workspace to a Volume.
 *
 * @schema TaskRunSpecWorkspaces
 */
export interface TaskRunSpecWorkspaces {
  /**
   * ConfigMap represents a configMap that should populate this workspace.
   *
   * @schema TaskRunSpecWorkspaces#configMap
   */
  readonly configMap?: TaskRunSpecWorkspacesConfigMap;

  /**
   * CSI (Container Storage Interface) represents ephemeral storage that is handled by certain external CSI drivers.
   *
   * @schema TaskRunSpecWorkspaces#csi
   */
  readonly csi?: TaskRunSpecWorkspacesCsi;

  /**
   * EmptyDir represents a temporary directory that shares a Task's lifetime.
   * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
   * Either this OR PersistentVolumeClaim can be used.
   *
   * @schema TaskRunSpecWorkspaces#emptyDir
   */
  readonly emptyDir?: TaskRunSpecWorkspacesEmptyDir;

  /**
   * Name is the name of the workspace populated by the volume.
   *
   * @schema TaskRunSpecWorkspaces#name
   */
  readonly name: string;

  /**
   * PersistentVolumeClaimVolumeSource represents a reference to a
   * PersistentVolumeClaim in the same namespace. Either this OR EmptyDir can be used.
   *
   * @schema TaskRunSpecWorkspaces#persistentVolumeClaim
   */
  readonly persistentVolumeClaim?: TaskRunSpecWorkspacesPersistentVolumeClaim;

  /**
   * Projected represents a projected volume that should populate this workspace.
   *
   * @schema TaskRunSpecWorkspaces#projected
   */
  readonly projected?: TaskRunSpecWorkspacesProjected;

  /**
   * Secret represents a secret that should populate this workspace.
   *
   * @schema TaskRunSpecWorkspaces#secret
   */
  readonly secret?: TaskRunSpecWorkspacesSecret;

  /**
   * SubPath is optionally a directory on the volume which should be used
   * for this binding (i.e. the volume will be mounted at this sub directory).
   *
   * @schema TaskRunSpecWorkspaces#subPath
   */
  readonly subPath?: string;

  /**
   * VolumeClaimTemplate is a template for a claim that will be created in the same namespace.
   * The PipelineRun controller is responsible for creating a unique claim for each instance of PipelineRun.
   * See PersistentVolumeClaim (API version: v1)
   *
   * @schema TaskRunSpecWorkspaces#volumeClaimTemplate
   */
  readonly volumeClaimTemplate?: any;
}

/**
 * Converts an object of type 'TaskRunSpecWorkspaces' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecWorkspaces(obj: TaskRunSpecWorkspaces | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'configMap': toJson_TaskRunSpecWorkspacesConfigMap(obj.configMap),
    'csi': toJson_TaskRunSpecWorkspacesCsi(obj.csi),
    'emptyDir': toJson_TaskRunSpecWorkspacesEmptyDir(obj.emptyDir),
    'name': obj.name,
    'persistentVolumeClaim': toJson_TaskRunSpecWorkspacesPersistentVolumeClaim(obj.persistentVolumeClaim),
    'projected': toJson_TaskRunSpecWorkspacesProjected(obj.projected),
    'secret': toJson_TaskRunSpecWorkspacesSecret(obj.secret),
    'subPath': obj.subPath,
    'volumeClaimTemplate': obj.volumeClaimTemplate,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema TaskRunSpecComputeResourcesClaims
 */
export interface TaskRunSpecComputeResourcesClaims {
  /**
   * Name must match the name of one entry in pod.spec.resourceClaims of
   * the Pod where this field is used. It makes that resource available
   * inside a container.
   *
   * @schema TaskRunSpecComputeResourcesClaims#name
   */
  readonly name: string;

  /**
   * Request is the name chosen for a request in the referenced claim.
   * If empty, everything from the claim is made available, otherwise
   * only the result of this request.
   *
   * @schema TaskRunSpecComputeResourcesClaims#request
   */
  readonly request?: string;
}

/**
 * Converts an object of type 'TaskRunSpecComputeResourcesClaims' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecComputeResourcesClaims(obj: TaskRunSpecComputeResourcesClaims | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'request': obj.request,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema TaskRunSpecComputeResourcesLimits
 */
export class TaskRunSpecComputeResourcesLimits {
  public static fromNumber(value: number): TaskRunSpecComputeResourcesLimits {
    return new TaskRunSpecComputeResourcesLimits(value);
  }
  public static fromString(value: string): TaskRunSpecComputeResourcesLimits {
    return new TaskRunSpecComputeResourcesLimits(value);
  }
  private constructor(public readonly value: number | string) {
  }
}

/**
 * @schema TaskRunSpecComputeResourcesRequests
 */
export class TaskRunSpecComputeResourcesRequests {
  public static fromNumber(value: number): TaskRunSpecComputeResourcesRequests {
    return new TaskRunSpecComputeResourcesRequests(value);
  }
  public static fromString(value: string): TaskRunSpecComputeResourcesRequests {
    return new TaskRunSpecComputeResourcesRequests(value);
  }
  private constructor(public readonly value: number | string) {
  }
}

/**
 * TaskBreakpoints defines the breakpoint config for a particular Task
 *
 * @schema TaskRunSpecDebugBreakpoints
 */
export interface TaskRunSpecDebugBreakpoints {
  /**
   * @schema TaskRunSpecDebugBreakpoints#beforeSteps
   */
  readonly beforeSteps?: string[];

  /**
   * if enabled, pause TaskRun on failure of a step
   * failed step will not exit
   *
   * @schema TaskRunSpecDebugBreakpoints#onFailure
   */
  readonly onFailure?: string;
}

/**
 * Converts an object of type 'TaskRunSpecDebugBreakpoints' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecDebugBreakpoints(obj: TaskRunSpecDebugBreakpoints | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'beforeSteps': obj.beforeSteps?.map(y => y),
    'onFailure': obj.onFailure,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Specifies the DNS parameters of a pod.
 * Parameters specified here will be merged to the generated DNS
 * configuration based on DNSPolicy.
 *
 * @schema TaskRunSpecPodTemplateDnsConfig
 */
export interface TaskRunSpecPodTemplateDnsConfig {
  /**
   * A list of DNS name server IP addresses.
   * This will be appended to the base nameservers generated from DNSPolicy.
   * Duplicated nameservers will be removed.
   *
   * @schema TaskRunSpecPodTemplateDnsConfig#nameservers
   */
  readonly nameservers?: string[];

  /**
   * A list of DNS resolver options.
   * This will be merged with the base options generated from DNSPolicy.
   * Duplicated entries will be removed. Resolution options given in Options
   * will override those that appear in the base DNSPolicy.
   *
   * @schema TaskRunSpecPodTemplateDnsConfig#options
   */
  readonly options?: TaskRunSpecPodTemplateDnsConfigOptions[];

  /**
   * A list of DNS search domains for host-name lookup.
   * This will be appended to the base search paths generated from DNSPolicy.
   * Duplicated search paths will be removed.
   *
   * @schema TaskRunSpecPodTemplateDnsConfig#searches
   */
  readonly searches?: string[];
}

/**
 * Converts an object of type 'TaskRunSpecPodTemplateDnsConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecPodTemplateDnsConfig(obj: TaskRunSpecPodTemplateDnsConfig | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'nameservers': obj.nameservers?.map(y => y),
    'options': obj.options?.map(y => toJson_TaskRunSpecPodTemplateDnsConfigOptions(y)),
    'searches': obj.searches?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * EnvVar represents an environment variable present in a Container.
 *
 * @schema TaskRunSpecPodTemplateEnv
 */
export interface TaskRunSpecPodTemplateEnv {
  /**
   * Name of the environment variable.
   * May consist of any printable ASCII characters except '='.
   *
   * @schema TaskRunSpecPodTemplateEnv#name
   */
  readonly name: string;

  /**
   * Variable references $(VAR_NAME) are expanded
   * using the previously defined environment variables in the container and
   * any service environment variables. If a variable cannot be resolved,
   * the reference in the input string will be unchanged. Double $$ are reduced
   * to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e.
   * "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)".
   * Escaped references will never be expanded, regardless of whether the variable
   * exists or not.
   * Defaults to "".
   *
   * @default .
   * @schema TaskRunSpecPodTemplateEnv#value
   */
  readonly value?: string;

  /**
   * Source for the environment variable's value. Cannot be used if value is not empty.
   *
   * @schema TaskRunSpecPodTemplateEnv#valueFrom
   */
  readonly valueFrom?: TaskRunSpecPodTemplateEnvValueFrom;
}

/**
 * Converts an object of type 'TaskRunSpecPodTemplateEnv' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecPodTemplateEnv(obj: TaskRunSpecPodTemplateEnv | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'value': obj.value,
    'valueFrom': toJson_TaskRunSpecPodTemplateEnvValueFrom(obj.valueFrom),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * HostAlias holds the mapping between IP and hostnames that will be injected as an entry in the
 * pod's hosts file.
 *
 * @schema TaskRunSpecPodTemplateHostAliases
 */
export interface TaskRunSpecPodTemplateHostAliases {
  /**
   * Hostnames for the above IP address.
   *
   * @schema TaskRunSpecPodTemplateHostAliases#hostnames
   */
  readonly hostnames?: string[];

  /**
   * IP address of the host file entry.
   *
   * @schema TaskRunSpecPodTemplateHostAliases#ip
   */
  readonly ip: string;
}

/**
 * Converts an object of type 'TaskRunSpecPodTemplateHostAliases' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecPodTemplateHostAliases(obj: TaskRunSpecPodTemplateHostAliases | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'hostnames': obj.hostnames?.map(y => y),
    'ip': obj.ip,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * LocalObjectReference contains enough information to let you locate the
 * referenced object inside the same namespace.
 *
 * @schema TaskRunSpecPodTemplateImagePullSecrets
 */
export interface TaskRunSpecPodTemplateImagePullSecrets {
  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema TaskRunSpecPodTemplateImagePullSecrets#name
   */
  readonly name?: string;
}

/**
 * Converts an object of type 'TaskRunSpecPodTemplateImagePullSecrets' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecPodTemplateImagePullSecrets(obj: TaskRunSpecPodTemplateImagePullSecrets | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The pod this Toleration is attached to tolerates any taint that matches
 * the triple <key,value,effect> using the matching operator <operator>.
 *
 * @schema TaskRunSpecPodTemplateTolerations
 */
export interface TaskRunSpecPodTemplateTolerations {
  /**
   * Effect indicates the taint effect to match. Empty means match all taint effects.
   * When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.
   *
   * @schema TaskRunSpecPodTemplateTolerations#effect
   */
  readonly effect?: string;

  /**
   * Key is the taint key that the toleration applies to. Empty means match all taint keys.
   * If the key is empty, operator must be Exists; this combination means to match all values and all keys.
   *
   * @schema TaskRunSpecPodTemplateTolerations#key
   */
  readonly key?: string;

  /**
   * Operator represents a key's relationship to the value.
   * Valid operators are Exists, Equal, Lt, and Gt. Defaults to Equal.
   * Exists is equivalent to wildcard for value, so that a pod can
   * tolerate all taints of a particular category.
   * Lt and Gt perform numeric comparisons (requires feature gate TaintTolerationComparisonOperators).
   *
   * @default Equal.
   * @schema TaskRunSpecPodTemplateTolerations#operator
   */
  readonly operator?: string;

  /**
   * TolerationSeconds represents the period of time the toleration (which must be
   * of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default,
   * it is not set, which means tolerate the taint forever (do not evict). Zero and
   * negative values will be treated as 0 (evict immediately) by the system.
   *
   * @schema TaskRunSpecPodTemplateTolerations#tolerationSeconds
   */
  readonly tolerationSeconds?: number;

  /**
   * Value is the taint value the toleration matches to.
   * If the operator is Exists, the value should be empty, otherwise just a regular string.
   *
   * @schema TaskRunSpecPodTemplateTolerations#value
   */
  readonly value?: string;
}

/**
 * Converts an object of type 'TaskRunSpecPodTemplateTolerations' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecPodTemplateTolerations(obj: TaskRunSpecPodTemplateTolerations | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'effect': obj.effect,
    'key': obj.key,
    'operator': obj.operator,
    'tolerationSeconds': obj.tolerationSeconds,
    'value': obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * TopologySpreadConstraint specifies how to spread matching pods among the given topology.
 *
 * @schema TaskRunSpecPodTemplateTopologySpreadConstraints
 */
export interface TaskRunSpecPodTemplateTopologySpreadConstraints {
  /**
   * LabelSelector is used to find matching pods.
   * Pods that match this label selector are counted to determine the number of pods
   * in their corresponding topology domain.
   *
   * @schema TaskRunSpecPodTemplateTopologySpreadConstraints#labelSelector
   */
  readonly labelSelector?: TaskRunSpecPodTemplateTopologySpreadConstraintsLabelSelector;

  /**
   * MatchLabelKeys is a set of pod label keys to select the pods over which
   * spreading will be calculated. The keys are used to lookup values from the
   * incoming pod labels, those key-value labels are ANDed with labelSelector
   * to select the group of existing pods over which spreading will be calculated
   * for the incoming pod. The same key is forbidden to exist in both MatchLabelKeys and LabelSelector.
   * MatchLabelKeys cannot be set when LabelSelector isn't set.
   * Keys that don't exist in the incoming pod labels will
   * be ignored. A null or empty list means only match against labelSelector.
   *
   * This is a beta field and requires the MatchLabelKeysInPodTopologySpread feature gate to be enabled (enabled by default).
   *
   * @schema TaskRunSpecPodTemplateTopologySpreadConstraints#matchLabelKeys
   */
  readonly matchLabelKeys?: string[];

  /**
   * MaxSkew describes the degree to which pods may be unevenly distributed.
   * When `whenUnsatisfiable=DoNotSchedule`, it is the maximum permitted difference
   * between the number of matching pods in the target topology and the global minimum.
   * The global minimum is the minimum number of matching pods in an eligible domain
   * or zero if the number of eligible domains is less than MinDomains.
   * For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same
   * labelSelector spread as 2/2/1:
   * In this case, the global minimum is 1.
   * | zone1 | zone2 | zone3 |
   * |  P P  |  P P  |   P   |
   * - if MaxSkew is 1, incoming pod can only be scheduled to zone3 to become 2/2/2;
   * scheduling it onto zone1(zone2) would make the ActualSkew(3-1) on zone1(zone2)
   * violate MaxSkew(1).
   * - if MaxSkew is 2, incoming pod can be scheduled onto any zone.
   * When `whenUnsatisfiable=ScheduleAnyway`, it is used to give higher precedence
   * to topologies that satisfy it.
   * It's a required field. Default value is 1 and 0 is not allowed.
   *
   * @schema TaskRunSpecPodTemplateTopologySpreadConstraints#maxSkew
   */
  readonly maxSkew: number;

  /**
   * MinDomains indicates a minimum number of eligible domains.
   * When the number of eligible domains with matching topology keys is less than minDomains,
   * Pod Topology Spread treats "global minimum" as 0, and then the calculation of Skew is performed.
   * And when the number of eligible domains with matching topology keys equals or greater than minDomains,
   * this value has no effect on scheduling.
   * As a result, when the number of eligible domains is less than minDomains,
   * scheduler won't schedule more than maxSkew Pods to those domains.
   * If value is nil, the constraint behaves as if MinDomains is equal to 1.
   * Valid values are integers greater than 0.
   * When value is not nil, WhenUnsatisfiable must be DoNotSchedule.
   *
   * For example, in a 3-zone cluster, MaxSkew is set to 2, MinDomains is set to 5 and pods with the same
   * labelSelector spread as 2/2/2:
   * | zone1 | zone2 | zone3 |
   * |  P P  |  P P  |  P P  |
   * The number of domains is less than 5(MinDomains), so "global minimum" is treated as 0.
   * In this situation, new pod with the same labelSelector cannot be scheduled,
   * because computed skew will be 3(3 - 0) if new Pod is scheduled to any of the three zones,
   * it will violate MaxSkew.
   *
   * @schema TaskRunSpecPodTemplateTopologySpreadConstraints#minDomains
   */
  readonly minDomains?: number;

  /**
   * NodeAffinityPolicy indicates how we will treat Pod's nodeAffinity/nodeSelector
   * when calculating pod topology spread skew. Options are:
   * - Honor: only nodes matching nodeAffinity/nodeSelector are included in the calculations.
   * - Ignore: nodeAffinity/nodeSelector are ignored. All nodes are included in the calculations.
   *
   * If this value is nil, the behavior is equivalent to the Honor policy.
   *
   * @schema TaskRunSpecPodTemplateTopologySpreadConstraints#nodeAffinityPolicy
   */
  readonly nodeAffinityPolicy?: string;

  /**
   * NodeTaintsPolicy indicates how we will treat node taints when calculating
   * pod topology spread skew. Options are:
   * - Honor: nodes without taints, along with tainted nodes for which the incoming pod
   * has a toleration, are included.
   * - Ignore: node taints are ignored. All nodes are included.
   *
   * If this value is nil, the behavior is equivalent to the Ignore policy.
   *
   * @schema TaskRunSpecPodTemplateTopologySpreadConstraints#nodeTaintsPolicy
   */
  readonly nodeTaintsPolicy?: string;

  /**
   * TopologyKey is the key of node labels. Nodes that have a label with this key
   * and identical values are considered to be in the same topology.
   * We consider each <key, value> as a "bucket", and try to put balanced number
   * of pods into each bucket.
   * We define a domain as a particular instance of a topology.
   * Also, we define an eligible domain as a domain whose nodes meet the requirements of
   * nodeAffinityPolicy and nodeTaintsPolicy.
   * e.g. If TopologyKey is "kubernetes.io/hostname", each Node is a domain of that topology.
   * And, if TopologyKey is "topology.kubernetes.io/zone", each zone is a domain of that topology.
   * It's a required field.
   *
   * @schema TaskRunSpecPodTemplateTopologySpreadConstraints#topologyKey
   */
  readonly topologyKey: string;

  /**
   * WhenUnsatisfiable indicates how to deal with a pod if it doesn't satisfy
   * the spread constraint.
   * - DoNotSchedule (default) tells the scheduler not to schedule it.
   * - ScheduleAnyway tells the scheduler to schedule the pod in any location,
   * but giving higher precedence to topologies that would help reduce the
   * skew.
   * A constraint is considered "Unsatisfiable" for an incoming pod
   * if and only if every possible node assignment for that pod would violate
   * "MaxSkew" on some topology.
   * For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same
   * labelSelector spread as 3/1/1:
   * | zone1 | zone2 | zone3 |
   * | P P P |   P   |   P   |
   * If WhenUnsatisfiable is set to DoNotSchedule, incoming pod can only be scheduled
   * to zone2(zone3) to become 3/2/1(3/1/2) as ActualSkew(2-1) on zone2(zone3) satisfies
   * MaxSkew(1). In other words, the cluster can still be imbalanced, but scheduler
   * won't make it *more* imbalanced.
   * It's a required field.
   *
   * @schema TaskRunSpecPodTemplateTopologySpreadConstraints#whenUnsatisfiable
   */
  readonly whenUnsatisfiable: string;
}

/**
 * Converts an object of type 'TaskRunSpecPodTemplateTopologySpreadConstraints' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecPodTemplateTopologySpreadConstraints(obj: TaskRunSpecPodTemplateTopologySpreadConstraints | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'labelSelector': toJson_TaskRunSpecPodTemplateTopologySpreadConstraintsLabelSelector(obj.labelSelector),
    'matchLabelKeys': obj.matchLabelKeys?.map(y => y),
    'maxSkew': obj.maxSkew,
    'minDomains': obj.minDomains,
    'nodeAffinityPolicy': obj.nodeAffinityPolicy,
    'nodeTaintsPolicy': obj.nodeTaintsPolicy,
    'topologyKey': obj.topologyKey,
    'whenUnsatisfiable': obj.whenUnsatisfiable,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The resource requirements to apply to the Sidecar.
 *
 * @schema TaskRunSpecSidecarSpecsComputeResources
 */
export interface TaskRunSpecSidecarSpecsComputeResources {
  /**
   * Claims lists the names of resources, defined in spec.resourceClaims,
   * that are used by this container.
   *
   * This field depends on the
   * DynamicResourceAllocation feature gate.
   *
   * This field is immutable. It can only be set for containers.
   *
   * @schema TaskRunSpecSidecarSpecsComputeResources#claims
   */
  readonly claims?: TaskRunSpecSidecarSpecsComputeResourcesClaims[];

  /**
   * Limits describes the maximum amount of compute resources allowed.
   * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
   *
   * @schema TaskRunSpecSidecarSpecsComputeResources#limits
   */
  readonly limits?: { [key: string]: TaskRunSpecSidecarSpecsComputeResourcesLimits };

  /**
   * Requests describes the minimum amount of compute resources required.
   * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
   * otherwise to an implementation-defined value. Requests cannot exceed Limits.
   * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
   *
   * @schema TaskRunSpecSidecarSpecsComputeResources#requests
   */
  readonly requests?: { [key: string]: TaskRunSpecSidecarSpecsComputeResourcesRequests };
}

/**
 * Converts an object of type 'TaskRunSpecSidecarSpecsComputeResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecSidecarSpecsComputeResources(obj: TaskRunSpecSidecarSpecsComputeResources | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'claims': obj.claims?.map(y => toJson_TaskRunSpecSidecarSpecsComputeResourcesClaims(y)),
    'limits': ((obj.limits) === undefined) ? undefined : (Object.entries(obj.limits).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
    'requests': ((obj.requests) === undefined) ? undefined : (Object.entries(obj.requests).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * The resource requirements to apply to the Step.
 *
 * @schema TaskRunSpecStepSpecsComputeResources
 */
export interface TaskRunSpecStepSpecsComputeResources {
  /**
   * Claims lists the names of resources, defined in spec.resourceClaims,
   * that are used by this container.
   *
   * This field depends on the
   * DynamicResourceAllocation feature gate.
   *
   * This field is immutable. It can only be set for containers.
   *
   * @schema TaskRunSpecStepSpecsComputeResources#claims
   */
  readonly claims?: TaskRunSpecStepSpecsComputeResourcesClaims[];

  /**
   * Limits describes the maximum amount of compute resources allowed.
   * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
   *
   * @schema TaskRunSpecStepSpecsComputeResources#limits
   */
  readonly limits?: { [key: string]: TaskRunSpecStepSpecsComputeResourcesLimits };

  /**
   * Requests describes the minimum amount of compute resources required.
   * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
   * otherwise to an implementation-defined value. Requests cannot exceed Limits.
   * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
   *
   * @schema TaskRunSpecStepSpecsComputeResources#requests
   */
  readonly requests?: { [key: string]: TaskRunSpecStepSpecsComputeResourcesRequests };
}

/**
 * Converts an object of type 'TaskRunSpecStepSpecsComputeResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecStepSpecsComputeResources(obj: TaskRunSpecStepSpecsComputeResources | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'claims': obj.claims?.map(y => toJson_TaskRunSpecStepSpecsComputeResourcesClaims(y)),
    'limits': ((obj.limits) === undefined) ? undefined : (Object.entries(obj.limits).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
    'requests': ((obj.requests) === undefined) ? undefined : (Object.entries(obj.requests).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Param declares an ParamValues to use for the parameter called name.
 *
 * @schema TaskRunSpecTaskRefParams
 */
export interface TaskRunSpecTaskRefParams {
  /**
   * @schema TaskRunSpecTaskRefParams#name
   */
  readonly name: string;

  /**
   * @schema TaskRunSpecTaskRefParams#value
   */
  readonly value: any;
}

/**
 * Converts an object of type 'TaskRunSpecTaskRefParams' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecTaskRefParams(obj: TaskRunSpecTaskRefParams | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'value': obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ConfigMap represents a configMap that should populate this workspace.
 *
 * @schema TaskRunSpecWorkspacesConfigMap
 */
export interface TaskRunSpecWorkspacesConfigMap {
  /**
   * defaultMode is optional: mode bits used to set permissions on created files by default.
   * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
   * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
   * Defaults to 0644.
   * Directories within the path are not affected by this setting.
   * This might be in conflict with other options that affect the file
   * mode, like fsGroup, and the result can be other mode bits set.
   *
   * @default 0644.
   * @schema TaskRunSpecWorkspacesConfigMap#defaultMode
   */
  readonly defaultMode?: number;

  /**
   * items if unspecified, each key-value pair in the Data field of the referenced
   * ConfigMap will be projected into the volume as a file whose name is the
   * key and content is the value. If specified, the listed keys will be
   * projected into the specified paths, and unlisted keys will not be
   * present. If a key is specified which is not present in the ConfigMap,
   * the volume setup will error unless it is marked optional. Paths must be
   * relative and may not contain the '..' path or start with '..'.
   *
   * @schema TaskRunSpecWorkspacesConfigMap#items
   */
  readonly items?: TaskRunSpecWorkspacesConfigMapItems[];

  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema TaskRunSpecWorkspacesConfigMap#name
   */
  readonly name?: string;

  /**
   * optional specify whether the ConfigMap or its keys must be defined
   *
   * @schema TaskRunSpecWorkspacesConfigMap#optional
   */
  readonly optional?: boolean;
}

/**
 * Converts an object of type 'TaskRunSpecWorkspacesConfigMap' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecWorkspacesConfigMap(obj: TaskRunSpecWorkspacesConfigMap | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'defaultMode': obj.defaultMode,
    'items': obj.items?.map(y => toJson_TaskRunSpecWorkspacesConfigMapItems(y)),
    'name': obj.name,
    'optional': obj.optional,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * CSI (Container Storage Interface) represents ephemeral storage that is handled by certain external CSI drivers.
 *
 * @schema TaskRunSpecWorkspacesCsi
 */
export interface TaskRunSpecWorkspacesCsi {
  /**
   * driver is the name of the CSI driver that handles this volume.
   * Consult with your admin for the correct name as registered in the cluster.
   *
   * @schema TaskRunSpecWorkspacesCsi#driver
   */
  readonly driver: string;

  /**
   * fsType to mount. Ex. "ext4", "xfs", "ntfs".
   * If not provided, the empty value is passed to the associated CSI driver
   * which will determine the default filesystem to apply.
   *
   * @schema TaskRunSpecWorkspacesCsi#fsType
   */
  readonly fsType?: string;

  /**
   * nodePublishSecretRef is a reference to the secret object containing
   * sensitive information to pass to the CSI driver to complete the CSI
   * NodePublishVolume and NodeUnpublishVolume calls.
   * This field is optional, and  may be empty if no secret is required. If the
   * secret object contains more than one secret, all secret references are passed.
   *
   * @schema TaskRunSpecWorkspacesCsi#nodePublishSecretRef
   */
  readonly nodePublishSecretRef?: TaskRunSpecWorkspacesCsiNodePublishSecretRef;

  /**
   * readOnly specifies a read-only configuration for the volume.
   * Defaults to false (read/write).
   *
   * @default false (read/write).
   * @schema TaskRunSpecWorkspacesCsi#readOnly
   */
  readonly readOnly?: boolean;

  /**
   * volumeAttributes stores driver-specific properties that are passed to the CSI
   * driver. Consult your driver's documentation for supported values.
   *
   * @schema TaskRunSpecWorkspacesCsi#volumeAttributes
   */
  readonly volumeAttributes?: { [key: string]: string };
}

/**
 * Converts an object of type 'TaskRunSpecWorkspacesCsi' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecWorkspacesCsi(obj: TaskRunSpecWorkspacesCsi | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'driver': obj.driver,
    'fsType': obj.fsType,
    'nodePublishSecretRef': toJson_TaskRunSpecWorkspacesCsiNodePublishSecretRef(obj.nodePublishSecretRef),
    'readOnly': obj.readOnly,
    'volumeAttributes': ((obj.volumeAttributes) === undefined) ? undefined : (Object.entries(obj.volumeAttributes).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * EmptyDir represents a temporary directory that shares a Task's lifetime.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
 * Either this OR PersistentVolumeClaim can be used.
 *
 * @schema TaskRunSpecWorkspacesEmptyDir
 */
export interface TaskRunSpecWorkspacesEmptyDir {
  /**
   * medium represents what type of storage medium should back this directory.
   * The default is "" which means to use the node's default medium.
   * Must be an empty string (default) or Memory.
   * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
   *
   * @schema TaskRunSpecWorkspacesEmptyDir#medium
   */
  readonly medium?: string;

  /**
   * sizeLimit is the total amount of local storage required for this EmptyDir volume.
   * The size limit is also applicable for memory medium.
   * The maximum usage on memory medium EmptyDir would be the minimum value between
   * the SizeLimit specified here and the sum of memory limits of all containers in a pod.
   * The default is nil which means that the limit is undefined.
   * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
   *
   * @schema TaskRunSpecWorkspacesEmptyDir#sizeLimit
   */
  readonly sizeLimit?: TaskRunSpecWorkspacesEmptyDirSizeLimit;
}

/**
 * Converts an object of type 'TaskRunSpecWorkspacesEmptyDir' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecWorkspacesEmptyDir(obj: TaskRunSpecWorkspacesEmptyDir | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'medium': obj.medium,
    'sizeLimit': obj.sizeLimit?.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PersistentVolumeClaimVolumeSource represents a reference to a
 * PersistentVolumeClaim in the same namespace. Either this OR EmptyDir can be used.
 *
 * @schema TaskRunSpecWorkspacesPersistentVolumeClaim
 */
export interface TaskRunSpecWorkspacesPersistentVolumeClaim {
  /**
   * claimName is the name of a PersistentVolumeClaim in the same namespace as the pod using this volume.
   * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
   *
   * @schema TaskRunSpecWorkspacesPersistentVolumeClaim#claimName
   */
  readonly claimName: string;

  /**
   * readOnly Will force the ReadOnly setting in VolumeMounts.
   * Default false.
   *
   * @schema TaskRunSpecWorkspacesPersistentVolumeClaim#readOnly
   */
  readonly readOnly?: boolean;
}

/**
 * Converts an object of type 'TaskRunSpecWorkspacesPersistentVolumeClaim' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecWorkspacesPersistentVolumeClaim(obj: TaskRunSpecWorkspacesPersistentVolumeClaim | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'claimName': obj.claimName,
    'readOnly': obj.readOnly,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Projected represents a projected volume that should populate this workspace.
 *
 * @schema TaskRunSpecWorkspacesProjected
 */
export interface TaskRunSpecWorkspacesProjected {
  /**
   * defaultMode are the mode bits used to set permissions on created files by default.
   * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
   * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
   * Directories within the path are not affected by this setting.
   * This might be in conflict with other options that affect the file
   * mode, like fsGroup, and the result can be other mode bits set.
   *
   * @schema TaskRunSpecWorkspacesProjected#defaultMode
   */
  readonly defaultMode?: number;

  /**
   * sources is the list of volume projections. Each entry in this list
   * handles one source.
   *
   * @schema TaskRunSpecWorkspacesProjected#sources
   */
  readonly sources?: TaskRunSpecWorkspacesProjectedSources[];
}

/**
 * Converts an object of type 'TaskRunSpecWorkspacesProjected' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecWorkspacesProjected(obj: TaskRunSpecWorkspacesProjected | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'defaultMode': obj.defaultMode,
    'sources': obj.sources?.map(y => toJson_TaskRunSpecWorkspacesProjectedSources(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Secret represents a secret that should populate this workspace.
 *
 * @schema TaskRunSpecWorkspacesSecret
 */
export interface TaskRunSpecWorkspacesSecret {
  /**
   * defaultMode is Optional: mode bits used to set permissions on created files by default.
   * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
   * YAML accepts both octal and decimal values, JSON requires decimal values
   * for mode bits. Defaults to 0644.
   * Directories within the path are not affected by this setting.
   * This might be in conflict with other options that affect the file
   * mode, like fsGroup, and the result can be other mode bits set.
   *
   * @default 0644.
   * @schema TaskRunSpecWorkspacesSecret#defaultMode
   */
  readonly defaultMode?: number;

  /**
   * items If unspecified, each key-value pair in the Data field of the referenced
   * Secret will be projected into the volume as a file whose name is the
   * key and content is the value. If specified, the listed keys will be
   * projected into the specified paths, and unlisted keys will not be
   * present. If a key is specified which is not present in the Secret,
   * the volume setup will error unless it is marked optional. Paths must be
   * relative and may not contain the '..' path or start with '..'.
   *
   * @schema TaskRunSpecWorkspacesSecret#items
   */
  readonly items?: TaskRunSpecWorkspacesSecretItems[];

  /**
   * optional field specify whether the Secret or its keys must be defined
   *
   * @schema TaskRunSpecWorkspacesSecret#optional
   */
  readonly optional?: boolean;

  /**
   * secretName is the name of the secret in the pod's namespace to use.
   * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
   *
   * @schema TaskRunSpecWorkspacesSecret#secretName
   */
  readonly secretName?: string;
}

/**
 * Converts an object of type 'TaskRunSpecWorkspacesSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecWorkspacesSecret(obj: TaskRunSpecWorkspacesSecret | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'defaultMode': obj.defaultMode,
    'items': obj.items?.map(y => toJson_TaskRunSpecWorkspacesSecretItems(y)),
    'optional': obj.optional,
    'secretName': obj.secretName,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * PodDNSConfigOption defines DNS resolver options of a pod.
 *
 * @schema TaskRunSpecPodTemplateDnsConfigOptions
 */
export interface TaskRunSpecPodTemplateDnsConfigOptions {
  /**
   * Name is this DNS resolver option's name.
   * Required.
   *
   * @schema TaskRunSpecPodTemplateDnsConfigOptions#name
   */
  readonly name?: string;

  /**
   * Value is this DNS resolver option's value.
   *
   * @schema TaskRunSpecPodTemplateDnsConfigOptions#value
   */
  readonly value?: string;
}

/**
 * Converts an object of type 'TaskRunSpecPodTemplateDnsConfigOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecPodTemplateDnsConfigOptions(obj: TaskRunSpecPodTemplateDnsConfigOptions | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'value': obj.value,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Source for the environment variable's value. Cannot be used if value is not empty.
 *
 * @schema TaskRunSpecPodTemplateEnvValueFrom
 */
export interface TaskRunSpecPodTemplateEnvValueFrom {
  /**
   * Selects a key of a ConfigMap.
   *
   * @schema TaskRunSpecPodTemplateEnvValueFrom#configMapKeyRef
   */
  readonly configMapKeyRef?: TaskRunSpecPodTemplateEnvValueFromConfigMapKeyRef;

  /**
   * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
   * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
   *
   * @schema TaskRunSpecPodTemplateEnvValueFrom#fieldRef
   */
  readonly fieldRef?: TaskRunSpecPodTemplateEnvValueFromFieldRef;

  /**
   * FileKeyRef selects a key of the env file.
   * Requires the EnvFiles feature gate to be enabled.
   *
   * @schema TaskRunSpecPodTemplateEnvValueFrom#fileKeyRef
   */
  readonly fileKeyRef?: TaskRunSpecPodTemplateEnvValueFromFileKeyRef;

  /**
   * Selects a resource of the container: only resources limits and requests
   * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
   *
   * @schema TaskRunSpecPodTemplateEnvValueFrom#resourceFieldRef
   */
  readonly resourceFieldRef?: TaskRunSpecPodTemplateEnvValueFromResourceFieldRef;

  /**
   * Selects a key of a secret in the pod's namespace
   *
   * @schema TaskRunSpecPodTemplateEnvValueFrom#secretKeyRef
   */
  readonly secretKeyRef?: TaskRunSpecPodTemplateEnvValueFromSecretKeyRef;
}

/**
 * Converts an object of type 'TaskRunSpecPodTemplateEnvValueFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecPodTemplateEnvValueFrom(obj: TaskRunSpecPodTemplateEnvValueFrom | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'configMapKeyRef': toJson_TaskRunSpecPodTemplateEnvValueFromConfigMapKeyRef(obj.configMapKeyRef),
    'fieldRef': toJson_TaskRunSpecPodTemplateEnvValueFromFieldRef(obj.fieldRef),
    'fileKeyRef': toJson_TaskRunSpecPodTemplateEnvValueFromFileKeyRef(obj.fileKeyRef),
    'resourceFieldRef': toJson_TaskRunSpecPodTemplateEnvValueFromResourceFieldRef(obj.resourceFieldRef),
    'secretKeyRef': toJson_TaskRunSpecPodTemplateEnvValueFromSecretKeyRef(obj.secretKeyRef),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * LabelSelector is used to find matching pods.
 * Pods that match this label selector are counted to determine the number of pods
 * in their corresponding topology domain.
 *
 * @schema TaskRunSpecPodTemplateTopologySpreadConstraintsLabelSelector
 */
export interface TaskRunSpecPodTemplateTopologySpreadConstraintsLabelSelector {
  /**
   * matchExpressions is a list of label selector requirements. The requirements are ANDed.
   *
   * @schema TaskRunSpecPodTemplateTopologySpreadConstraintsLabelSelector#matchExpressions
   */
  readonly matchExpressions?: TaskRunSpecPodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions[];

  /**
   * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
   * map is equivalent to an element of matchExpressions, whose key field is "key", the
   * operator is "In", and the values array contains only "value". The requirements are ANDed.
   *
   * @schema TaskRunSpecPodTemplateTopologySpreadConstraintsLabelSelector#matchLabels
   */
  readonly matchLabels?: { [key: string]: string };
}

/**
 * Converts an object of type 'TaskRunSpecPodTemplateTopologySpreadConstraintsLabelSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecPodTemplateTopologySpreadConstraintsLabelSelector(obj: TaskRunSpecPodTemplateTopologySpreadConstraintsLabelSelector | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'matchExpressions': obj.matchExpressions?.map(y => toJson_TaskRunSpecPodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions(y)),
    'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema TaskRunSpecSidecarSpecsComputeResourcesClaims
 */
export interface TaskRunSpecSidecarSpecsComputeResourcesClaims {
  /**
   * Name must match the name of one entry in pod.spec.resourceClaims of
   * the Pod where this field is used. It makes that resource available
   * inside a container.
   *
   * @schema TaskRunSpecSidecarSpecsComputeResourcesClaims#name
   */
  readonly name: string;

  /**
   * Request is the name chosen for a request in the referenced claim.
   * If empty, everything from the claim is made available, otherwise
   * only the result of this request.
   *
   * @schema TaskRunSpecSidecarSpecsComputeResourcesClaims#request
   */
  readonly request?: string;
}

/**
 * Converts an object of type 'TaskRunSpecSidecarSpecsComputeResourcesClaims' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecSidecarSpecsComputeResourcesClaims(obj: TaskRunSpecSidecarSpecsComputeResourcesClaims | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'request': obj.request,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema TaskRunSpecSidecarSpecsComputeResourcesLimits
 */
export class TaskRunSpecSidecarSpecsComputeResourcesLimits {
  public static fromNumber(value: number): TaskRunSpecSidecarSpecsComputeResourcesLimits {
    return new TaskRunSpecSidecarSpecsComputeResourcesLimits(value);
  }
  public static fromString(value: string): TaskRunSpecSidecarSpecsComputeResourcesLimits {
    return new TaskRunSpecSidecarSpecsComputeResourcesLimits(value);
  }
  private constructor(public readonly value: number | string) {
  }
}

/**
 * @schema TaskRunSpecSidecarSpecsComputeResourcesRequests
 */
export class TaskRunSpecSidecarSpecsComputeResourcesRequests {
  public static fromNumber(value: number): TaskRunSpecSidecarSpecsComputeResourcesRequests {
    return new TaskRunSpecSidecarSpecsComputeResourcesRequests(value);
  }
  public static fromString(value: string): TaskRunSpecSidecarSpecsComputeResourcesRequests {
    return new TaskRunSpecSidecarSpecsComputeResourcesRequests(value);
  }
  private constructor(public readonly value: number | string) {
  }
}

/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema TaskRunSpecStepSpecsComputeResourcesClaims
 */
export interface TaskRunSpecStepSpecsComputeResourcesClaims {
  /**
   * Name must match the name of one entry in pod.spec.resourceClaims of
   * the Pod where this field is used. It makes that resource available
   * inside a container.
   *
   * @schema TaskRunSpecStepSpecsComputeResourcesClaims#name
   */
  readonly name: string;

  /**
   * Request is the name chosen for a request in the referenced claim.
   * If empty, everything from the claim is made available, otherwise
   * only the result of this request.
   *
   * @schema TaskRunSpecStepSpecsComputeResourcesClaims#request
   */
  readonly request?: string;
}

/**
 * Converts an object of type 'TaskRunSpecStepSpecsComputeResourcesClaims' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecStepSpecsComputeResourcesClaims(obj: TaskRunSpecStepSpecsComputeResourcesClaims | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
    'request': obj.request,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * @schema TaskRunSpecStepSpecsComputeResourcesLimits
 */
export class TaskRunSpecStepSpecsComputeResourcesLimits {
  public static fromNumber(value: number): TaskRunSpecStepSpecsComputeResourcesLimits {
    return new TaskRunSpecStepSpecsComputeResourcesLimits(value);
  }
  public static fromString(value: string): TaskRunSpecStepSpecsComputeResourcesLimits {
    return new TaskRunSpecStepSpecsComputeResourcesLimits(value);
  }
  private constructor(public readonly value: number | string) {
  }
}

/**
 * @schema TaskRunSpecStepSpecsComputeResourcesRequests
 */
export class TaskRunSpecStepSpecsComputeResourcesRequests {
  public static fromNumber(value: number): TaskRunSpecStepSpecsComputeResourcesRequests {
    return new TaskRunSpecStepSpecsComputeResourcesRequests(value);
  }
  public static fromString(value: string): TaskRunSpecStepSpecsComputeResourcesRequests {
    return new TaskRunSpecStepSpecsComputeResourcesRequests(value);
  }
  private constructor(public readonly value: number | string) {
  }
}

/**
 * Maps a string key to a path within a volume.
 *
 * @schema TaskRunSpecWorkspacesConfigMapItems
 */
export interface TaskRunSpecWorkspacesConfigMapItems {
  /**
   * key is the key to project.
   *
   * @schema TaskRunSpecWorkspacesConfigMapItems#key
   */
  readonly key: string;

  /**
   * mode is Optional: mode bits used to set permissions on this file.
   * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
   * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
   * If not specified, the volume defaultMode will be used.
   * This might be in conflict with other options that affect the file
   * mode, like fsGroup, and the result can be other mode bits set.
   *
   * @schema TaskRunSpecWorkspacesConfigMapItems#mode
   */
  readonly mode?: number;

  /**
   * path is the relative path of the file to map the key to.
   * May not be an absolute path.
   * May not contain the path element '..'.
   * May not start with the string '..'.
   *
   * @schema TaskRunSpecWorkspacesConfigMapItems#path
   */
  readonly path: string;
}

/**
 * Converts an object of type 'TaskRunSpecWorkspacesConfigMapItems' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecWorkspacesConfigMapItems(obj: TaskRunSpecWorkspacesConfigMapItems | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'mode': obj.mode,
    'path': obj.path,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * nodePublishSecretRef is a reference to the secret object containing
 * sensitive information to pass to the CSI driver to complete the CSI
 * NodePublishVolume and NodeUnpublishVolume calls.
 * This field is optional, and  may be empty if no secret is required. If the
 * secret object contains more than one secret, all secret references are passed.
 *
 * @schema TaskRunSpecWorkspacesCsiNodePublishSecretRef
 */
export interface TaskRunSpecWorkspacesCsiNodePublishSecretRef {
  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema TaskRunSpecWorkspacesCsiNodePublishSecretRef#name
   */
  readonly name?: string;
}

/**
 * Converts an object of type 'TaskRunSpecWorkspacesCsiNodePublishSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecWorkspacesCsiNodePublishSecretRef(obj: TaskRunSpecWorkspacesCsiNodePublishSecretRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'name': obj.name,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * sizeLimit is the total amount of local storage required for this EmptyDir volume.
 * The size limit is also applicable for memory medium.
 * The maximum usage on memory medium EmptyDir would be the minimum value between
 * the SizeLimit specified here and the sum of memory limits of all containers in a pod.
 * The default is nil which means that the limit is undefined.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
 *
 * @schema TaskRunSpecWorkspacesEmptyDirSizeLimit
 */
export class TaskRunSpecWorkspacesEmptyDirSizeLimit {
  public static fromNumber(value: number): TaskRunSpecWorkspacesEmptyDirSizeLimit {
    return new TaskRunSpecWorkspacesEmptyDirSizeLimit(value);
  }
  public static fromString(value: string): TaskRunSpecWorkspacesEmptyDirSizeLimit {
    return new TaskRunSpecWorkspacesEmptyDirSizeLimit(value);
  }
  private constructor(public readonly value: number | string) {
  }
}

/**
 * Projection that may be projected along with other supported volume types.
 * Exactly one of these fields must be set.
 *
 * @schema TaskRunSpecWorkspacesProjectedSources
 */
export interface TaskRunSpecWorkspacesProjectedSources {
  /**
   * ClusterTrustBundle allows a pod to access the `.spec.trustBundle` field
   * of ClusterTrustBundle objects in an auto-updating file.
   *
   * Alpha, gated by the ClusterTrustBundleProjection feature gate.
   *
   * ClusterTrustBundle objects can either be selected by name, or by the
   * combination of signer name and a label selector.
   *
   * Kubelet performs aggressive normalization of the PEM contents written
   * into the pod filesystem.  Esoteric PEM features such as inter-block
   * comments and block headers are stripped.  Certificates are deduplicated.
   * The ordering of certificates within the file is arbitrary, and Kubelet
   * may change the order over time.
   *
   * @schema TaskRunSpecWorkspacesProjectedSources#clusterTrustBundle
   */
  readonly clusterTrustBundle?: TaskRunSpecWorkspacesProjectedSourcesClusterTrustBundle;

  /**
   * configMap information about the configMap data to project
   *
   * @schema TaskRunSpecWorkspacesProjectedSources#configMap
   */
  readonly configMap?: TaskRunSpecWorkspacesProjectedSourcesConfigMap;

  /**
   * downwardAPI information about the downwardAPI data to project
   *
   * @schema TaskRunSpecWorkspacesProjectedSources#downwardAPI
   */
  readonly downwardApi?: TaskRunSpecWorkspacesProjectedSourcesDownwardApi;

  /**
   * Projects an auto-rotating credential bundle (private key and certificate
   * chain) that the pod can use either as a TLS client or server.
   *
   * Kubelet generates a private key and uses it to send a
   * PodCertificateRequest to the named signer.  Once the signer approves the
   * request and issues a certificate chain, Kubelet writes the key and
   * certificate chain to the pod filesystem.  The pod does not start until
   * certificates have been issued for each podCertificate projected volume
   * source in its spec.
   *
   * Kubelet will begin trying to rotate the certificate at the time indicated
   * by the signer using the PodCertificateRequest.Status.BeginRefreshAt
   * timestamp.
   *
   * Kubelet can write a single file, indicated by the credentialBundlePath
   * field, or separate files, indicated by the keyPath and
   * certificateChainPath fields.
   *
   * The credential bundle is a single file in PEM format.  The first PEM
   * entry is the private key (in PKCS#8 format), and the remaining PEM
   * entries are the certificate chain issued by the signer (typically,
   * signers will return their certificate chain in leaf-to-root order).
   *
   * Prefer using the credential bundle format, since your application code
   * can read it atomically.  If you use keyPath and certificateChainPath,
   * your application must make two separate file reads. If these coincide
   * with a certificate rotation, it is possible that the private key and leaf
   * certificate you read may not correspond to each other.  Your application
   * will need to check for this condition, and re-read until they are
   * consistent.
   *
   * The named signer controls chooses the format of the certificate it
   * issues; consult the signer implementation's documentation to learn how to
   * use the certificates it issues.
   *
   * @schema TaskRunSpecWorkspacesProjectedSources#podCertificate
   */
  readonly podCertificate?: TaskRunSpecWorkspacesProjectedSourcesPodCertificate;

  /**
   * secret information about the secret data to project
   *
   * @schema TaskRunSpecWorkspacesProjectedSources#secret
   */
  readonly secret?: TaskRunSpecWorkspacesProjectedSourcesSecret;

  /**
   * serviceAccountToken is information about the serviceAccountToken data to project
   *
   * @schema TaskRunSpecWorkspacesProjectedSources#serviceAccountToken
   */
  readonly serviceAccountToken?: TaskRunSpecWorkspacesProjectedSourcesServiceAccountToken;
}

/**
 * Converts an object of type 'TaskRunSpecWorkspacesProjectedSources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecWorkspacesProjectedSources(obj: TaskRunSpecWorkspacesProjectedSources | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'clusterTrustBundle': toJson_TaskRunSpecWorkspacesProjectedSourcesClusterTrustBundle(obj.clusterTrustBundle),
    'configMap': toJson_TaskRunSpecWorkspacesProjectedSourcesConfigMap(obj.configMap),
    'downwardAPI': toJson_TaskRunSpecWorkspacesProjectedSourcesDownwardApi(obj.downwardApi),
    'podCertificate': toJson_TaskRunSpecWorkspacesProjectedSourcesPodCertificate(obj.podCertificate),
    'secret': toJson_TaskRunSpecWorkspacesProjectedSourcesSecret(obj.secret),
    'serviceAccountToken': toJson_TaskRunSpecWorkspacesProjectedSourcesServiceAccountToken(obj.serviceAccountToken),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Maps a string key to a path within a volume.
 *
 * @schema TaskRunSpecWorkspacesSecretItems
 */
export interface TaskRunSpecWorkspacesSecretItems {
  /**
   * key is the key to project.
   *
   * @schema TaskRunSpecWorkspacesSecretItems#key
   */
  readonly key: string;

  /**
   * mode is Optional: mode bits used to set permissions on this file.
   * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
   * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
   * If not specified, the volume defaultMode will be used.
   * This might be in conflict with other options that affect the file
   * mode, like fsGroup, and the result can be other mode bits set.
   *
   * @schema TaskRunSpecWorkspacesSecretItems#mode
   */
  readonly mode?: number;

  /**
   * path is the relative path of the file to map the key to.
   * May not be an absolute path.
   * May not contain the path element '..'.
   * May not start with the string '..'.
   *
   * @schema TaskRunSpecWorkspacesSecretItems#path
   */
  readonly path: string;
}

/**
 * Converts an object of type 'TaskRunSpecWorkspacesSecretItems' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecWorkspacesSecretItems(obj: TaskRunSpecWorkspacesSecretItems | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'mode': obj.mode,
    'path': obj.path,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Selects a key of a ConfigMap.
 *
 * @schema TaskRunSpecPodTemplateEnvValueFromConfigMapKeyRef
 */
export interface TaskRunSpecPodTemplateEnvValueFromConfigMapKeyRef {
  /**
   * The key to select.
   *
   * @schema TaskRunSpecPodTemplateEnvValueFromConfigMapKeyRef#key
   */
  readonly key: string;

  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema TaskRunSpecPodTemplateEnvValueFromConfigMapKeyRef#name
   */
  readonly name?: string;

  /**
   * Specify whether the ConfigMap or its key must be defined
   *
   * @schema TaskRunSpecPodTemplateEnvValueFromConfigMapKeyRef#optional
   */
  readonly optional?: boolean;
}

/**
 * Converts an object of type 'TaskRunSpecPodTemplateEnvValueFromConfigMapKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecPodTemplateEnvValueFromConfigMapKeyRef(obj: TaskRunSpecPodTemplateEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'name': obj.name,
    'optional': obj.optional,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,
 * spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
 *
 * @schema TaskRunSpecPodTemplateEnvValueFromFieldRef
 */
export interface TaskRunSpecPodTemplateEnvValueFromFieldRef {
  /**
   * Version of the schema the FieldPath is written in terms of, defaults to "v1".
   *
   * @schema TaskRunSpecPodTemplateEnvValueFromFieldRef#apiVersion
   */
  readonly apiVersion?: string;

  /**
   * Path of the field to select in the specified API version.
   *
   * @schema TaskRunSpecPodTemplateEnvValueFromFieldRef#fieldPath
   */
  readonly fieldPath: string;
}

/**
 * Converts an object of type 'TaskRunSpecPodTemplateEnvValueFromFieldRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecPodTemplateEnvValueFromFieldRef(obj: TaskRunSpecPodTemplateEnvValueFromFieldRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'apiVersion': obj.apiVersion,
    'fieldPath': obj.fieldPath,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * FileKeyRef selects a key of the env file.
 * Requires the EnvFiles feature gate to be enabled.
 *
 * @schema TaskRunSpecPodTemplateEnvValueFromFileKeyRef
 */
export interface TaskRunSpecPodTemplateEnvValueFromFileKeyRef {
  /**
   * The key within the env file. An invalid key will prevent the pod from starting.
   * The keys defined within a source may consist of any printable ASCII characters except '='.
   * During Alpha stage of the EnvFiles feature gate, the key size is limited to 128 characters.
   *
   * @schema TaskRunSpecPodTemplateEnvValueFromFileKeyRef#key
   */
  readonly key: string;

  /**
   * Specify whether the file or its key must be defined. If the file or key
   * does not exist, then the env var is not published.
   * If optional is set to true and the specified key does not exist,
   * the environment variable will not be set in the Pod's containers.
   *
   * If optional is set to false and the specified key does not exist,
   * an error will be returned during Pod creation.
   *
   * @schema TaskRunSpecPodTemplateEnvValueFromFileKeyRef#optional
   */
  readonly optional?: boolean;

  /**
   * The path within the volume from which to select the file.
   * Must be relative and may not contain the '..' path or start with '..'.
   *
   * @schema TaskRunSpecPodTemplateEnvValueFromFileKeyRef#path
   */
  readonly path: string;

  /**
   * The name of the volume mount containing the env file.
   *
   * @schema TaskRunSpecPodTemplateEnvValueFromFileKeyRef#volumeName
   */
  readonly volumeName: string;
}

/**
 * Converts an object of type 'TaskRunSpecPodTemplateEnvValueFromFileKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecPodTemplateEnvValueFromFileKeyRef(obj: TaskRunSpecPodTemplateEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'optional': obj.optional,
    'path': obj.path,
    'volumeName': obj.volumeName,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
 *
 * @schema TaskRunSpecPodTemplateEnvValueFromResourceFieldRef
 */
export interface TaskRunSpecPodTemplateEnvValueFromResourceFieldRef {
  /**
   * Container name: required for volumes, optional for env vars
   *
   * @schema TaskRunSpecPodTemplateEnvValueFromResourceFieldRef#containerName
   */
  readonly containerName?: string;

  /**
   * Specifies the output format of the exposed resources, defaults to "1"
   *
   * @schema TaskRunSpecPodTemplateEnvValueFromResourceFieldRef#divisor
   */
  readonly divisor?: TaskRunSpecPodTemplateEnvValueFromResourceFieldRefDivisor;

  /**
   * Required: resource to select
   *
   * @schema TaskRunSpecPodTemplateEnvValueFromResourceFieldRef#resource
   */
  readonly resource: string;
}

/**
 * Converts an object of type 'TaskRunSpecPodTemplateEnvValueFromResourceFieldRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecPodTemplateEnvValueFromResourceFieldRef(obj: TaskRunSpecPodTemplateEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'containerName': obj.containerName,
    'divisor': obj.divisor?.value,
    'resource': obj.resource,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Selects a key of a secret in the pod's namespace
 *
 * @schema TaskRunSpecPodTemplateEnvValueFromSecretKeyRef
 */
export interface TaskRunSpecPodTemplateEnvValueFromSecretKeyRef {
  /**
   * The key of the secret to select from.  Must be a valid secret key.
   *
   * @schema TaskRunSpecPodTemplateEnvValueFromSecretKeyRef#key
   */
  readonly key: string;

  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema TaskRunSpecPodTemplateEnvValueFromSecretKeyRef#name
   */
  readonly name?: string;

  /**
   * Specify whether the Secret or its key must be defined
   *
   * @schema TaskRunSpecPodTemplateEnvValueFromSecretKeyRef#optional
   */
  readonly optional?: boolean;
}

/**
 * Converts an object of type 'TaskRunSpecPodTemplateEnvValueFromSecretKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecPodTemplateEnvValueFromSecretKeyRef(obj: TaskRunSpecPodTemplateEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'name': obj.name,
    'optional': obj.optional,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema TaskRunSpecPodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions
 */
export interface TaskRunSpecPodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions {
  /**
   * key is the label key that the selector applies to.
   *
   * @schema TaskRunSpecPodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions#key
   */
  readonly key: string;

  /**
   * operator represents a key's relationship to a set of values.
   * Valid operators are In, NotIn, Exists and DoesNotExist.
   *
   * @schema TaskRunSpecPodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions#operator
   */
  readonly operator: string;

  /**
   * values is an array of string values. If the operator is In or NotIn,
   * the values array must be non-empty. If the operator is Exists or DoesNotExist,
   * the values array must be empty. This array is replaced during a strategic
   * merge patch.
   *
   * @schema TaskRunSpecPodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions#values
   */
  readonly values?: string[];
}

/**
 * Converts an object of type 'TaskRunSpecPodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecPodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions(obj: TaskRunSpecPodTemplateTopologySpreadConstraintsLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'operator': obj.operator,
    'values': obj.values?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * ClusterTrustBundle allows a pod to access the `.spec.trustBundle` field
 * of ClusterTrustBundle objects in an auto-updating file.
 *
 * Alpha, gated by the ClusterTrustBundleProjection feature gate.
 *
 * ClusterTrustBundle objects can either be selected by name, or by the
 * combination of signer name and a label selector.
 *
 * Kubelet performs aggressive normalization of the PEM contents written
 * into the pod filesystem.  Esoteric PEM features such as inter-block
 * comments and block headers are stripped.  Certificates are deduplicated.
 * The ordering of certificates within the file is arbitrary, and Kubelet
 * may change the order over time.
 *
 * @schema TaskRunSpecWorkspacesProjectedSourcesClusterTrustBundle
 */
export interface TaskRunSpecWorkspacesProjectedSourcesClusterTrustBundle {
  /**
   * Select all ClusterTrustBundles that match this label selector.  Only has
   * effect if signerName is set.  Mutually-exclusive with name.  If unset,
   * interpreted as "match nothing".  If set but empty, interpreted as "match
   * everything".
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesClusterTrustBundle#labelSelector
   */
  readonly labelSelector?: TaskRunSpecWorkspacesProjectedSourcesClusterTrustBundleLabelSelector;

  /**
   * Select a single ClusterTrustBundle by object name.  Mutually-exclusive
   * with signerName and labelSelector.
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesClusterTrustBundle#name
   */
  readonly name?: string;

  /**
   * If true, don't block pod startup if the referenced ClusterTrustBundle(s)
   * aren't available.  If using name, then the named ClusterTrustBundle is
   * allowed not to exist.  If using signerName, then the combination of
   * signerName and labelSelector is allowed to match zero
   * ClusterTrustBundles.
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesClusterTrustBundle#optional
   */
  readonly optional?: boolean;

  /**
   * Relative path from the volume root to write the bundle.
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesClusterTrustBundle#path
   */
  readonly path: string;

  /**
   * Select all ClusterTrustBundles that match this signer name.
   * Mutually-exclusive with name.  The contents of all selected
   * ClusterTrustBundles will be unified and deduplicated.
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesClusterTrustBundle#signerName
   */
  readonly signerName?: string;
}

/**
 * Converts an object of type 'TaskRunSpecWorkspacesProjectedSourcesClusterTrustBundle' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecWorkspacesProjectedSourcesClusterTrustBundle(obj: TaskRunSpecWorkspacesProjectedSourcesClusterTrustBundle | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'labelSelector': toJson_TaskRunSpecWorkspacesProjectedSourcesClusterTrustBundleLabelSelector(obj.labelSelector),
    'name': obj.name,
    'optional': obj.optional,
    'path': obj.path,
    'signerName': obj.signerName,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * configMap information about the configMap data to project
 *
 * @schema TaskRunSpecWorkspacesProjectedSourcesConfigMap
 */
export interface TaskRunSpecWorkspacesProjectedSourcesConfigMap {
  /**
   * items if unspecified, each key-value pair in the Data field of the referenced
   * ConfigMap will be projected into the volume as a file whose name is the
   * key and content is the value. If specified, the listed keys will be
   * projected into the specified paths, and unlisted keys will not be
   * present. If a key is specified which is not present in the ConfigMap,
   * the volume setup will error unless it is marked optional. Paths must be
   * relative and may not contain the '..' path or start with '..'.
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesConfigMap#items
   */
  readonly items?: TaskRunSpecWorkspacesProjectedSourcesConfigMapItems[];

  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesConfigMap#name
   */
  readonly name?: string;

  /**
   * optional specify whether the ConfigMap or its keys must be defined
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesConfigMap#optional
   */
  readonly optional?: boolean;
}

/**
 * Converts an object of type 'TaskRunSpecWorkspacesProjectedSourcesConfigMap' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecWorkspacesProjectedSourcesConfigMap(obj: TaskRunSpecWorkspacesProjectedSourcesConfigMap | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'items': obj.items?.map(y => toJson_TaskRunSpecWorkspacesProjectedSourcesConfigMapItems(y)),
    'name': obj.name,
    'optional': obj.optional,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * downwardAPI information about the downwardAPI data to project
 *
 * @schema TaskRunSpecWorkspacesProjectedSourcesDownwardApi
 */
export interface TaskRunSpecWorkspacesProjectedSourcesDownwardApi {
  /**
   * Items is a list of DownwardAPIVolume file
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesDownwardApi#items
   */
  readonly items?: TaskRunSpecWorkspacesProjectedSourcesDownwardApiItems[];
}

/**
 * Converts an object of type 'TaskRunSpecWorkspacesProjectedSourcesDownwardApi' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecWorkspacesProjectedSourcesDownwardApi(obj: TaskRunSpecWorkspacesProjectedSourcesDownwardApi | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'items': obj.items?.map(y => toJson_TaskRunSpecWorkspacesProjectedSourcesDownwardApiItems(y)),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Projects an auto-rotating credential bundle (private key and certificate
 * chain) that the pod can use either as a TLS client or server.
 *
 * Kubelet generates a private key and uses it to send a
 * PodCertificateRequest to the named signer.  Once the signer approves the
 * request and issues a certificate chain, Kubelet writes the key and
 * certificate chain to the pod filesystem.  The pod does not start until
 * certificates have been issued for each podCertificate projected volume
 * source in its spec.
 *
 * Kubelet will begin trying to rotate the certificate at the time indicated
 * by the signer using the PodCertificateRequest.Status.BeginRefreshAt
 * timestamp.
 *
 * Kubelet can write a single file, indicated by the credentialBundlePath
 * field, or separate files, indicated by the keyPath and
 * certificateChainPath fields.
 *
 * The credential bundle is a single file in PEM format.  The first PEM
 * entry is the private key (in PKCS#8 format), and the remaining PEM
 * entries are the certificate chain issued by the signer (typically,
 * signers will return their certificate chain in leaf-to-root order).
 *
 * Prefer using the credential bundle format, since your application code
 * can read it atomically.  If you use keyPath and certificateChainPath,
 * your application must make two separate file reads. If these coincide
 * with a certificate rotation, it is possible that the private key and leaf
 * certificate you read may not correspond to each other.  Your application
 * will need to check for this condition, and re-read until they are
 * consistent.
 *
 * The named signer controls chooses the format of the certificate it
 * issues; consult the signer implementation's documentation to learn how to
 * use the certificates it issues.
 *
 * @schema TaskRunSpecWorkspacesProjectedSourcesPodCertificate
 */
export interface TaskRunSpecWorkspacesProjectedSourcesPodCertificate {
  /**
   * Write the certificate chain at this path in the projected volume.
   *
   * Most applications should use credentialBundlePath.  When using keyPath
   * and certificateChainPath, your application needs to check that the key
   * and leaf certificate are consistent, because it is possible to read the
   * files mid-rotation.
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesPodCertificate#certificateChainPath
   */
  readonly certificateChainPath?: string;

  /**
   * Write the credential bundle at this path in the projected volume.
   *
   * The credential bundle is a single file that contains multiple PEM blocks.
   * The first PEM block is a PRIVATE KEY block, containing a PKCS#8 private
   * key.
   *
   * The remaining blocks are CERTIFICATE blocks, containing the issued
   * certificate chain from the signer (leaf and any intermediates).
   *
   * Using credentialBundlePath lets your Pod's application code make a single
   * atomic read that retrieves a consistent key and certificate chain.  If you
   * project them to separate files, your application code will need to
   * additionally check that the leaf certificate was issued to the key.
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesPodCertificate#credentialBundlePath
   */
  readonly credentialBundlePath?: string;

  /**
   * Write the key at this path in the projected volume.
   *
   * Most applications should use credentialBundlePath.  When using keyPath
   * and certificateChainPath, your application needs to check that the key
   * and leaf certificate are consistent, because it is possible to read the
   * files mid-rotation.
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesPodCertificate#keyPath
   */
  readonly keyPath?: string;

  /**
   * The type of keypair Kubelet will generate for the pod.
   *
   * Valid values are "RSA3072", "RSA4096", "ECDSAP256", "ECDSAP384",
   * "ECDSAP521", and "ED25519".
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesPodCertificate#keyType
   */
  readonly keyType: string;

  /**
   * maxExpirationSeconds is the maximum lifetime permitted for the
   * certificate.
   *
   * Kubelet copies this value verbatim into the PodCertificateRequests it
   * generates for this projection.
   *
   * If omitted, kube-apiserver will set it to 86400(24 hours). kube-apiserver
   * will reject values shorter than 3600 (1 hour).  The maximum allowable
   * value is 7862400 (91 days).
   *
   * The signer implementation is then free to issue a certificate with any
   * lifetime *shorter* than MaxExpirationSeconds, but no shorter than 3600
   * seconds (1 hour).  This constraint is enforced by kube-apiserver.
   * `kubernetes.io` signers will never issue certificates with a lifetime
   * longer than 24 hours.
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesPodCertificate#maxExpirationSeconds
   */
  readonly maxExpirationSeconds?: number;

  /**
   * Kubelet's generated CSRs will be addressed to this signer.
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesPodCertificate#signerName
   */
  readonly signerName: string;

  /**
   * userAnnotations allow pod authors to pass additional information to
   * the signer implementation.  Kubernetes does not restrict or validate this
   * metadata in any way.
   *
   * These values are copied verbatim into the `spec.unverifiedUserAnnotations` field of
   * the PodCertificateRequest objects that Kubelet creates.
   *
   * Entries are subject to the same validation as object metadata annotations,
   * with the addition that all keys must be domain-prefixed. No restrictions
   * are placed on values, except an overall size limitation on the entire field.
   *
   * Signers should document the keys and values they support. Signers should
   * deny requests that contain keys they do not recognize.
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesPodCertificate#userAnnotations
   */
  readonly userAnnotations?: { [key: string]: string };
}

/**
 * Converts an object of type 'TaskRunSpecWorkspacesProjectedSourcesPodCertificate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecWorkspacesProjectedSourcesPodCertificate(obj: TaskRunSpecWorkspacesProjectedSourcesPodCertificate | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'certificateChainPath': obj.certificateChainPath,
    'credentialBundlePath': obj.credentialBundlePath,
    'keyPath': obj.keyPath,
    'keyType': obj.keyType,
    'maxExpirationSeconds': obj.maxExpirationSeconds,
    'signerName': obj.signerName,
    'userAnnotations': ((obj.userAnnotations) === undefined) ? undefined : (Object.entries(obj.userAnnotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * secret information about the secret data to project
 *
 * @schema TaskRunSpecWorkspacesProjectedSourcesSecret
 */
export interface TaskRunSpecWorkspacesProjectedSourcesSecret {
  /**
   * items if unspecified, each key-value pair in the Data field of the referenced
   * Secret will be projected into the volume as a file whose name is the
   * key and content is the value. If specified, the listed keys will be
   * projected into the specified paths, and unlisted keys will not be
   * present. If a key is specified which is not present in the Secret,
   * the volume setup will error unless it is marked optional. Paths must be
   * relative and may not contain the '..' path or start with '..'.
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesSecret#items
   */
  readonly items?: TaskRunSpecWorkspacesProjectedSourcesSecretItems[];

  /**
   * Name of the referent.
   * This field is effectively required, but due to backwards compatibility is
   * allowed to be empty. Instances of this type with an empty value here are
   * almost certainly wrong.
   * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesSecret#name
   */
  readonly name?: string;

  /**
   * optional field specify whether the Secret or its key must be defined
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesSecret#optional
   */
  readonly optional?: boolean;
}

/**
 * Converts an object of type 'TaskRunSpecWorkspacesProjectedSourcesSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecWorkspacesProjectedSourcesSecret(obj: TaskRunSpecWorkspacesProjectedSourcesSecret | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'items': obj.items?.map(y => toJson_TaskRunSpecWorkspacesProjectedSourcesSecretItems(y)),
    'name': obj.name,
    'optional': obj.optional,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * serviceAccountToken is information about the serviceAccountToken data to project
 *
 * @schema TaskRunSpecWorkspacesProjectedSourcesServiceAccountToken
 */
export interface TaskRunSpecWorkspacesProjectedSourcesServiceAccountToken {
  /**
   * audience is the intended audience of the token. A recipient of a token
   * must identify itself with an identifier specified in the audience of the
   * token, and otherwise should reject the token. The audience defaults to the
   * identifier of the apiserver.
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesServiceAccountToken#audience
   */
  readonly audience?: string;

  /**
   * expirationSeconds is the requested duration of validity of the service
   * account token. As the token approaches expiration, the kubelet volume
   * plugin will proactively rotate the service account token. The kubelet will
   * start trying to rotate the token if the token is older than 80 percent of
   * its time to live or if the token is older than 24 hours.Defaults to 1 hour
   * and must be at least 10 minutes.
   *
   * @default 1 hour
   * @schema TaskRunSpecWorkspacesProjectedSourcesServiceAccountToken#expirationSeconds
   */
  readonly expirationSeconds?: number;

  /**
   * path is the path relative to the mount point of the file to project the
   * token into.
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesServiceAccountToken#path
   */
  readonly path: string;
}

/**
 * Converts an object of type 'TaskRunSpecWorkspacesProjectedSourcesServiceAccountToken' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecWorkspacesProjectedSourcesServiceAccountToken(obj: TaskRunSpecWorkspacesProjectedSourcesServiceAccountToken | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'audience': obj.audience,
    'expirationSeconds': obj.expirationSeconds,
    'path': obj.path,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema TaskRunSpecPodTemplateEnvValueFromResourceFieldRefDivisor
 */
export class TaskRunSpecPodTemplateEnvValueFromResourceFieldRefDivisor {
  public static fromNumber(value: number): TaskRunSpecPodTemplateEnvValueFromResourceFieldRefDivisor {
    return new TaskRunSpecPodTemplateEnvValueFromResourceFieldRefDivisor(value);
  }
  public static fromString(value: string): TaskRunSpecPodTemplateEnvValueFromResourceFieldRefDivisor {
    return new TaskRunSpecPodTemplateEnvValueFromResourceFieldRefDivisor(value);
  }
  private constructor(public readonly value: number | string) {
  }
}

/**
 * Select all ClusterTrustBundles that match this label selector.  Only has
 * effect if signerName is set.  Mutually-exclusive with name.  If unset,
 * interpreted as "match nothing".  If set but empty, interpreted as "match
 * everything".
 *
 * @schema TaskRunSpecWorkspacesProjectedSourcesClusterTrustBundleLabelSelector
 */
export interface TaskRunSpecWorkspacesProjectedSourcesClusterTrustBundleLabelSelector {
  /**
   * matchExpressions is a list of label selector requirements. The requirements are ANDed.
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesClusterTrustBundleLabelSelector#matchExpressions
   */
  readonly matchExpressions?: TaskRunSpecWorkspacesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions[];

  /**
   * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
   * map is equivalent to an element of matchExpressions, whose key field is "key", the
   * operator is "In", and the values array contains only "value". The requirements are ANDed.
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesClusterTrustBundleLabelSelector#matchLabels
   */
  readonly matchLabels?: { [key: string]: string };
}

/**
 * Converts an object of type 'TaskRunSpecWorkspacesProjectedSourcesClusterTrustBundleLabelSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecWorkspacesProjectedSourcesClusterTrustBundleLabelSelector(obj: TaskRunSpecWorkspacesProjectedSourcesClusterTrustBundleLabelSelector | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'matchExpressions': obj.matchExpressions?.map(y => toJson_TaskRunSpecWorkspacesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions(y)),
    'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Maps a string key to a path within a volume.
 *
 * @schema TaskRunSpecWorkspacesProjectedSourcesConfigMapItems
 */
export interface TaskRunSpecWorkspacesProjectedSourcesConfigMapItems {
  /**
   * key is the key to project.
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesConfigMapItems#key
   */
  readonly key: string;

  /**
   * mode is Optional: mode bits used to set permissions on this file.
   * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
   * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
   * If not specified, the volume defaultMode will be used.
   * This might be in conflict with other options that affect the file
   * mode, like fsGroup, and the result can be other mode bits set.
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesConfigMapItems#mode
   */
  readonly mode?: number;

  /**
   * path is the relative path of the file to map the key to.
   * May not be an absolute path.
   * May not contain the path element '..'.
   * May not start with the string '..'.
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesConfigMapItems#path
   */
  readonly path: string;
}

/**
 * Converts an object of type 'TaskRunSpecWorkspacesProjectedSourcesConfigMapItems' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecWorkspacesProjectedSourcesConfigMapItems(obj: TaskRunSpecWorkspacesProjectedSourcesConfigMapItems | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'mode': obj.mode,
    'path': obj.path,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * DownwardAPIVolumeFile represents information to create the file containing the pod field
 *
 * @schema TaskRunSpecWorkspacesProjectedSourcesDownwardApiItems
 */
export interface TaskRunSpecWorkspacesProjectedSourcesDownwardApiItems {
  /**
   * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesDownwardApiItems#fieldRef
   */
  readonly fieldRef?: TaskRunSpecWorkspacesProjectedSourcesDownwardApiItemsFieldRef;

  /**
   * Optional: mode bits used to set permissions on this file, must be an octal value
   * between 0000 and 0777 or a decimal value between 0 and 511.
   * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
   * If not specified, the volume defaultMode will be used.
   * This might be in conflict with other options that affect the file
   * mode, like fsGroup, and the result can be other mode bits set.
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesDownwardApiItems#mode
   */
  readonly mode?: number;

  /**
   * Required: Path is  the relative path name of the file to be created. Must not be absolute or contain the '..' path. Must be utf-8 encoded. The first item of the relative path must not start with '..'
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesDownwardApiItems#path
   */
  readonly path: string;

  /**
   * Selects a resource of the container: only resources limits and requests
   * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesDownwardApiItems#resourceFieldRef
   */
  readonly resourceFieldRef?: TaskRunSpecWorkspacesProjectedSourcesDownwardApiItemsResourceFieldRef;
}

/**
 * Converts an object of type 'TaskRunSpecWorkspacesProjectedSourcesDownwardApiItems' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecWorkspacesProjectedSourcesDownwardApiItems(obj: TaskRunSpecWorkspacesProjectedSourcesDownwardApiItems | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'fieldRef': toJson_TaskRunSpecWorkspacesProjectedSourcesDownwardApiItemsFieldRef(obj.fieldRef),
    'mode': obj.mode,
    'path': obj.path,
    'resourceFieldRef': toJson_TaskRunSpecWorkspacesProjectedSourcesDownwardApiItemsResourceFieldRef(obj.resourceFieldRef),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Maps a string key to a path within a volume.
 *
 * @schema TaskRunSpecWorkspacesProjectedSourcesSecretItems
 */
export interface TaskRunSpecWorkspacesProjectedSourcesSecretItems {
  /**
   * key is the key to project.
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesSecretItems#key
   */
  readonly key: string;

  /**
   * mode is Optional: mode bits used to set permissions on this file.
   * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
   * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
   * If not specified, the volume defaultMode will be used.
   * This might be in conflict with other options that affect the file
   * mode, like fsGroup, and the result can be other mode bits set.
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesSecretItems#mode
   */
  readonly mode?: number;

  /**
   * path is the relative path of the file to map the key to.
   * May not be an absolute path.
   * May not contain the path element '..'.
   * May not start with the string '..'.
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesSecretItems#path
   */
  readonly path: string;
}

/**
 * Converts an object of type 'TaskRunSpecWorkspacesProjectedSourcesSecretItems' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecWorkspacesProjectedSourcesSecretItems(obj: TaskRunSpecWorkspacesProjectedSourcesSecretItems | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'mode': obj.mode,
    'path': obj.path,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema TaskRunSpecWorkspacesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions
 */
export interface TaskRunSpecWorkspacesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions {
  /**
   * key is the label key that the selector applies to.
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#key
   */
  readonly key: string;

  /**
   * operator represents a key's relationship to a set of values.
   * Valid operators are In, NotIn, Exists and DoesNotExist.
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#operator
   */
  readonly operator: string;

  /**
   * values is an array of string values. If the operator is In or NotIn,
   * the values array must be non-empty. If the operator is Exists or DoesNotExist,
   * the values array must be empty. This array is replaced during a strategic
   * merge patch.
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#values
   */
  readonly values?: string[];
}

/**
 * Converts an object of type 'TaskRunSpecWorkspacesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecWorkspacesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions(obj: TaskRunSpecWorkspacesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'key': obj.key,
    'operator': obj.operator,
    'values': obj.values?.map(y => y),
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
 *
 * @schema TaskRunSpecWorkspacesProjectedSourcesDownwardApiItemsFieldRef
 */
export interface TaskRunSpecWorkspacesProjectedSourcesDownwardApiItemsFieldRef {
  /**
   * Version of the schema the FieldPath is written in terms of, defaults to "v1".
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesDownwardApiItemsFieldRef#apiVersion
   */
  readonly apiVersion?: string;

  /**
   * Path of the field to select in the specified API version.
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesDownwardApiItemsFieldRef#fieldPath
   */
  readonly fieldPath: string;
}

/**
 * Converts an object of type 'TaskRunSpecWorkspacesProjectedSourcesDownwardApiItemsFieldRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecWorkspacesProjectedSourcesDownwardApiItemsFieldRef(obj: TaskRunSpecWorkspacesProjectedSourcesDownwardApiItemsFieldRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'apiVersion': obj.apiVersion,
    'fieldPath': obj.fieldPath,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
 *
 * @schema TaskRunSpecWorkspacesProjectedSourcesDownwardApiItemsResourceFieldRef
 */
export interface TaskRunSpecWorkspacesProjectedSourcesDownwardApiItemsResourceFieldRef {
  /**
   * Container name: required for volumes, optional for env vars
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesDownwardApiItemsResourceFieldRef#containerName
   */
  readonly containerName?: string;

  /**
   * Specifies the output format of the exposed resources, defaults to "1"
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesDownwardApiItemsResourceFieldRef#divisor
   */
  readonly divisor?: TaskRunSpecWorkspacesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;

  /**
   * Required: resource to select
   *
   * @schema TaskRunSpecWorkspacesProjectedSourcesDownwardApiItemsResourceFieldRef#resource
   */
  readonly resource: string;
}

/**
 * Converts an object of type 'TaskRunSpecWorkspacesProjectedSourcesDownwardApiItemsResourceFieldRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
export function toJson_TaskRunSpecWorkspacesProjectedSourcesDownwardApiItemsResourceFieldRef(obj: TaskRunSpecWorkspacesProjectedSourcesDownwardApiItemsResourceFieldRef | undefined): Record<string, any> | undefined {
  if (obj === undefined) { return undefined; }
  const result = {
    'containerName': obj.containerName,
    'divisor': obj.divisor?.value,
    'resource': obj.resource,
  };
  // filter undefined values
  return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */

/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema TaskRunSpecWorkspacesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor
 */
export class TaskRunSpecWorkspacesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor {
  public static fromNumber(value: number): TaskRunSpecWorkspacesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor {
    return new TaskRunSpecWorkspacesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor(value);
  }
  public static fromString(value: string): TaskRunSpecWorkspacesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor {
    return new TaskRunSpecWorkspacesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor(value);
  }
  private constructor(public readonly value: number | string) {
  }
}

