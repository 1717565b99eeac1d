/** Feature level of the Tekton installation, as set by `enable-api-fields` in `feature-flags`. */
export type ApiFields = 'stable' | 'beta' | 'alpha';

/** The Tekton feature flags that change what validates. Defaults are those of a fresh install. */
export interface ValidationOptions {
  /** @default 'beta' (Tekton's shipped default) */
  readonly apiFields?: ApiFields;
  /** `enable-param-enum` @default false */
  readonly enableParamEnum?: boolean;
  /** `enable-cel-in-whenexpression` @default false */
  readonly enableCelInWhenExpression?: boolean;
  /** `enable-artifacts` @default false */
  readonly enableArtifacts?: boolean;
  /** `enable-concise-resolver-syntax` @default false */
  readonly enableConciseResolverSyntax?: boolean;
  /** `disable-inline-spec`: kinds that may not carry inline specs. @default - none */
  readonly disableInlineSpec?: ReadonlyArray<'pipeline' | 'pipelinerun' | 'taskrun'>;
  /** `default-max-matrix-combinations-count` of config-defaults. @default 256 */
  readonly maxMatrixCombinations?: number;
  /** `default-forbidden-env` of config-defaults. @default - none */
  readonly forbiddenEnv?: readonly string[];
  /**
   * Whether config-defaults sets `default-task-run-workspace-binding`, which binds every workspace
   * a TaskRun leaves unbound; then unbound TaskRun workspaces are not reported.
   * @default false
   */
  readonly defaultTaskRunWorkspaceBinding?: boolean;
  /**
   * Names of Tasks/Pipelines/StepActions (and Triggers' TriggerTemplates, TriggerBindings,
   * ClusterTriggerBindings, Triggers) that exist in the cluster but not among the validated
   * documents; refs to them are not reported as missing. A ref to a name not listed here and not
   * among the documents is an error.
   * @default - none
   */
  readonly externalRefs?: readonly string[];
  /**
   * Whether refs by plain name must resolve among the documents validated together.
   * The CLI turns this off when given single files with `--allow-external-refs`.
   * @default true
   */
  readonly checkRefsExist?: boolean;
}

/** One manifest to validate, with where it came from. */
export interface ManifestInput {
  /** The plain Kubernetes object (as parsed from YAML or rendered by cdk8s). */
  readonly manifest: any;
  /** Where it came from: a construct path, or `file.yaml` (with `line`). */
  readonly source: string;
  /** 1-based line of the document's first line in its file, when it came from a file. @default - not from a file */
  readonly line?: number;
}

/** One problem found in one manifest. */
export interface Problem {
  /** Index into the inputs given to validateManifests. */
  readonly input: number;
  /** `Kind "name"` of the document, e.g. `Pipeline "ci"`. */
  readonly resource: string;
  /** JSON-ish path inside the document, e.g. `spec.tasks[2].runAfter[0]`. */
  readonly field: string;
  /** The offending value, when there is one. @default - none */
  readonly value?: unknown;
  /** What is wrong and what is allowed. */
  readonly message: string;
  /** How to fix it. */
  readonly fix: string;
  /** Stable rule identifier, e.g. `pipeline.runafter-unknown-task`. */
  readonly rule: string;
  /**
   * `warning` for what Tekton accepts but is risky (for example a param reference left in a
   * script's text); warnings do not fail synth or `validate` (unless `--strict`).
   * @default 'error'
   */
  readonly severity?: 'error' | 'warning';
}
