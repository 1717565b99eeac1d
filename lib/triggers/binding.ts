import { Construct } from 'constructs';
import { StringValue } from '../render';
import type { ResourceProps } from '../resource';
import { TriggersResource } from './resource';
import type { TriggerBindingSpec, TriggerSpecBinding } from './types';

/** A TriggerBinding or ClusterTriggerBinding, as a trigger's `bindings` take it. */
export interface IBinding {
  /** The binding entry of a trigger that refers to this binding. */
  bindingRef(): TriggerSpecBinding;
  /** The names of the params it provides. */
  paramNames(): string[];
}

/** Props of a TriggerBinding or ClusterTriggerBinding. */
export interface TriggerBindingProps extends ResourceProps {
  /**
   * Param name -> value read from the event: a typed path such as `GitHubPush.commitSha`,
   * `Event.body('...')`, `Event.header('...')`, `Event.extensions('...')`, or plain text.
   * @default - none; add them with addParam
   */
  readonly params?: { readonly [name: string]: StringValue };
}

abstract class BindingBase extends TriggersResource implements IBinding {
  private readonly params = new Map<string, StringValue>();

  protected constructor(scope: Construct, id: string, private readonly kind: 'TriggerBinding' | 'ClusterTriggerBinding', props: TriggerBindingProps) {
    super(scope, id, kind, props, kind === 'ClusterTriggerBinding');
    for (const [name, value] of Object.entries(props.params ?? {})) this.addParam(name, value);
  }

  public addParam(name: string, value: StringValue): this {
    if (name === '') throw new Error(`[${this.node.path}] a ${this.kind} param needs a name.`);
    if (this.params.has(name)) throw new Error(`[${this.node.path}] ${this.kind} param "${name}" is given twice. Give each param once.`);
    this.params.set(name, value);
    return this;
  }

  public paramNames(): string[] {
    return [...this.params.keys()];
  }

  public bindingRef(): TriggerSpecBinding {
    return this.kind === 'TriggerBinding' ? { ref: this.resourceName } : { ref: this.resourceName, kind: this.kind };
  }

  protected renderSpec(): TriggerBindingSpec {
    return { params: [...this.params].map(([name, value]) => ({ name, value: value.toString() })) };
  }
}

/**
 * Reads values out of an event into named params for a TriggerTemplate.
 * @see https://tekton.dev/docs/triggers/triggerbindings/
 */
export class TriggerBinding extends BindingBase {
  public constructor(scope: Construct, id: string, props: TriggerBindingProps = {}) {
    super(scope, id, 'TriggerBinding', props);
  }
}

/**
 * A cluster-scoped TriggerBinding, usable by triggers in every namespace.
 * @see https://tekton.dev/docs/triggers/triggerbindings/#accessing-clustertriggerbindings
 */
export class ClusterTriggerBinding extends BindingBase {
  public constructor(scope: Construct, id: string, props: TriggerBindingProps = {}) {
    super(scope, id, 'ClusterTriggerBinding', props);
  }
}
