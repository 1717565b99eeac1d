import { ApiObject, App, Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { PARAM_NAME } from '../facts/names';
import type { Pipeline } from '../pipeline';
import type { ParamValue } from '../param';
import { Reference } from '../render';
import type { ResourceProps } from '../resource';
import { PipelineRun, PipelineRunProps, TaskRun, TaskRunProps } from '../runs';
import { TriggersResource } from './resource';
import type { TriggerTemplateParamSpec, TriggerTemplateSpec } from './types';

/** Options of a template param. Template params are strings. */
export interface TemplateParamOptions {
  /** @default - none */
  readonly description?: string;
  /** Makes the param optional for the bindings. @default - required: a binding must provide it */
  readonly default?: string;
}

/** Props of a TriggerTemplate. */
export interface TriggerTemplateProps extends ResourceProps {
  /** Param name -> options. @default - none; add them with addParam */
  readonly params?: { readonly [name: string]: TemplateParamOptions };
}

/** The props of the run a template made from a Pipeline creates: a PipelineRun's, without what fromPipeline sets. */
export type PipelineTemplateRunProps = Omit<PipelineRunProps, 'pipeline' | 'pipelineRef' | 'pipelineSpec'>;

/** The ApiObject a resource template renders from: that of a run, or a plain object. */
type ResourceSource = { readonly run: ApiObject } | { readonly manifest: Record<string, unknown> };

/**
 * What an EventListener creates for each event that passes its interceptors: PipelineRuns and
 * TaskRuns, built with the same props as top-level runs, with `$(tt.params.x)` references (from
 * addParam) wherever a string goes.
 * @see https://tekton.dev/docs/triggers/triggertemplates/
 */
export class TriggerTemplate extends TriggersResource {
  /**
   * A template that runs `pipeline`: every string param of the pipeline becomes a template param
   * (same name, description and default) passed to the run as `$(tt.params.<name>)`. Call it after
   * the pipeline's params are declared. `run.params` sets fixed values instead, for params the
   * event does not provide.
   */
  public static fromPipeline(scope: Construct, id: string, pipeline: Pipeline, run: PipelineTemplateRunProps = {}, props: TriggerTemplateProps = {}): TriggerTemplate {
    const template = new TriggerTemplate(scope, id, props);
    const params: { [name: string]: ParamValue } = {};
    for (const p of pipeline.definition.toSpec().params ?? []) {
      if (run.params?.[p.name] !== undefined) continue;
      const isString = (p.type ?? 'string') === 'string' && (p.default === undefined || typeof p.default === 'string');
      if (!isString) {
        if (p.default !== undefined) continue;
        throw new Error(`[${template.node.path}] param "${p.name}" of Pipeline "${pipeline.resourceName}" is ${p.type === 'array' ? 'an array' : `an ${p.type}`}, and template params are strings. Pass a value for it in run.params, or give it a default.`);
      }
      params[p.name] = template.addParam(p.name, { description: p.description, default: p.default });
    }
    template.addPipelineRun(pipeline.resourceName, { ...run, pipeline, params: { ...params, ...run.params } });
    return template;
  }

  private readonly params = new Map<string, TemplateParamOptions>();
  private readonly resources: ResourceSource[] = [];
  /** Runs added here live in their own app, so they render into this template and not as objects of the chart. */
  private runScope?: Construct;

  public constructor(scope: Construct, id: string, props: TriggerTemplateProps = {}) {
    super(scope, id, 'TriggerTemplate', props);
    for (const [name, options] of Object.entries(props.params ?? {})) this.addParam(name, options);
  }

  /** Declares a template param; the returned reference stands for `$(tt.params.<name>)`. */
  public addParam(name: string, options: TemplateParamOptions = {}): Reference {
    if (!PARAM_NAME.test(name)) {
      throw new Error(`[${this.node.path}] template param name "${name}" is invalid: use letters, digits, "_", "-" and ".", starting with a letter or "_".`);
    }
    if (this.params.has(name)) throw new Error(`[${this.node.path}] template param "${name}" is declared twice. Give each param a unique name.`);
    this.params.set(name, options);
    return new Reference(`tt.params.${name}`);
  }

  /** The reference `$(tt.params.<name>)` of a declared param. */
  public param(name: string): Reference {
    if (!this.params.has(name)) throw new Error(`[${this.node.path}] TriggerTemplate "${this.resourceName}" has no param "${name}"; declared: ${[...this.params.keys()].join(', ') || 'none'}. Declare it with addParam.`);
    return new Reference(`tt.params.${name}`);
  }

  /** Declared params with whether each has a default, for the checks of triggers that use this template. */
  public paramDefaults(): ReadonlyMap<string, boolean> {
    return new Map([...this.params].map(([name, o]) => [name, o.default !== undefined]));
  }

  /**
   * Adds a PipelineRun created for every event. Unless `name` or `generateName` is given, it gets
   * `generateName: <id>-`, so each event creates a new run. `ApiObject.of(run)` takes JSON patches.
   */
  public addPipelineRun(id: string, props: PipelineRunProps): PipelineRun {
    const run = new PipelineRun(this.scopeForRuns(), id, this.withGeneratedName(id, props));
    this.resources.push({ run: ApiObject.of(run) });
    return run;
  }

  /** Adds a TaskRun created for every event; names as for addPipelineRun. */
  public addTaskRun(id: string, props: TaskRunProps): TaskRun {
    const run = new TaskRun(this.scopeForRuns(), id, this.withGeneratedName(id, props));
    this.resources.push({ run: ApiObject.of(run) });
    return run;
  }

  /** Adds any other object to create for every event, as plain JSON (it needs apiVersion and kind). */
  public addResource(manifest: Record<string, unknown>): void {
    this.resources.push({ manifest });
  }

  protected renderSpec(): TriggerTemplateSpec {
    const params: TriggerTemplateParamSpec[] = [...this.params].map(([name, o]) => ({ name, ...(o.description === undefined ? {} : { description: o.description }), ...(o.default === undefined ? {} : { default: o.default }) }));
    return {
      ...(params.length ? { params } : {}),
      resourcetemplates: this.resources.map((r) => ('run' in r ? r.run.toJson() : JSON.parse(JSON.stringify(r.manifest)))),
    };
  }

  private scopeForRuns(): Construct {
    this.runScope ??= new Chart(new App(), this.node.id);
    return this.runScope;
  }

  private withGeneratedName<T extends { name?: string; generateName?: string }>(id: string, props: T): T {
    return props.name === undefined && props.generateName === undefined ? { ...props, generateName: `${id}-` } : props;
  }
}
