import { Construct } from 'constructs';
import type { StringValue } from '../render';
import type { ResourceProps } from '../resource';
import type { ServiceAccountLike } from '../runs';
import type { IBinding } from './binding';
import type { IInterceptor } from './interceptor';
import { TriggersResource } from './resource';
import type { TriggerTemplate } from './template';
import type { TriggerSpec } from './types';

/** What a trigger does: which events pass (interceptors), what is read from them (bindings), what is created (template). */
export interface TriggerOptions {
  /** The template to create; a name for a TriggerTemplate that exists in the cluster. */
  readonly template: TriggerTemplate | string;
  /** Bindings whose params feed the template. @default - none */
  readonly bindings?: readonly IBinding[];
  /** Inline bindings: param name -> value read from the event (e.g. `GitHubPush.commitSha`). @default - none */
  readonly params?: { readonly [name: string]: StringValue };
  /** Run in order; the first that rejects the event stops it. @default - none: every event passes */
  readonly interceptors?: readonly IInterceptor[];
  /** Service account that creates the template's resources. @default - the EventListener's */
  readonly serviceAccount?: ServiceAccountLike;
}

/** The rendered trigger (without its name); `where` prefixes local errors. */
export function renderTrigger(where: string, options: TriggerOptions): TriggerSpec {
  const bindings = [
    ...(options.bindings ?? []).map((b) => b.bindingRef()),
    ...Object.entries(options.params ?? {}).map(([name, value]) => ({ name, value: value.toString() })),
  ];
  const seen = new Map<string, string>();
  for (const b of options.bindings ?? []) {
    for (const name of b.paramNames()) {
      const other = seen.get(name);
      if (other !== undefined) throw new Error(`${where}: param "${name}" is provided by both binding "${other}" and binding "${b.bindingRef().ref}"; Triggers rejects every event then. Provide it in one binding only.`);
      seen.set(name, b.bindingRef().ref!);
    }
  }
  for (const name of Object.keys(options.params ?? {})) {
    if (seen.has(name)) throw new Error(`${where}: param "${name}" is given inline and by binding "${seen.get(name)}". Provide it once.`);
  }
  const sa = options.serviceAccount;
  return {
    ...(bindings.length ? { bindings } : {}),
    template: { ref: typeof options.template === 'string' ? options.template : options.template.resourceName },
    ...(options.interceptors?.length ? { interceptors: options.interceptors.flatMap((i) => i.renderInterceptors()) } : {}),
    ...(sa === undefined ? {} : { serviceAccountName: typeof sa === 'string' ? sa : sa.name }),
  };
}

/** Props of a Trigger object. */
export interface TriggerProps extends ResourceProps, TriggerOptions {}

/**
 * A trigger as its own object, which EventListeners pick up by triggerRef, label or namespace.
 * @see https://tekton.dev/docs/triggers/triggers/
 */
export class Trigger extends TriggersResource {
  public constructor(scope: Construct, id: string, private readonly props: TriggerProps) {
    super(scope, id, 'Trigger', props);
    renderTrigger(`[${this.node.path}] Trigger`, props);
    this.recordSecrets(props.interceptors);
  }

  protected renderSpec(): TriggerSpec {
    return { ...renderTrigger(`[${this.node.path}] Trigger`, this.props) };
  }
}
