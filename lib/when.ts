import type { WhenSpec } from './l1';
import { Reference, StringValue, toManifestJson } from './render';

/** A when expression's fields, before references are rendered: input/operator/values, or cel. */
export interface WhenExpressionFields {
  /** @default - a cel expression instead */
  readonly input?: StringValue;
  /** `in` or `notin`. @default - a cel expression instead */
  readonly operator?: string;
  /** @default - a cel expression instead */
  readonly values?: readonly StringValue[];
  /** A CEL expression (needs `enable-cel-in-whenexpression`). @default - input/operator/values instead */
  readonly cel?: string;
}

/**
 * A guard on a pipeline task (or step): the task runs only when every expression holds.
 * @see https://tekton.dev/docs/pipelines/pipelines/#guard-task-execution-using-when-expressions
 */
export class WhenExpression {
  /** An expression exactly as written in a manifest. */
  public static fromSpec(spec: WhenExpressionFields): WhenExpression {
    return new WhenExpression(spec);
  }

  private constructor(private readonly spec: WhenExpressionFields) {}

  /** Task results and execution status the expression reads, for the dependency graph. */
  public get references(): Reference[] {
    return [this.spec.input, ...(this.spec.values ?? [])].filter((v): v is Reference => v instanceof Reference);
  }

  /** The expression as an entry of a `when` list. */
  public toSpec(): WhenSpec {
    return toManifestJson(this.spec);
  }
}

/** The left side of an `in` / `notin` expression. */
export class WhenInput {
  public constructor(private readonly input: StringValue) {}

  /** Holds when the input equals one of the values. */
  public in(...values: StringValue[]): WhenExpression {
    return this.build('in', values);
  }

  /** Holds when the input equals none of the values. */
  public notIn(...values: StringValue[]): WhenExpression {
    return this.build('notin', values);
  }

  private build(operator: 'in' | 'notin', values: StringValue[]): WhenExpression {
    if (values.length === 0) throw new Error(`when(${this.input}).${operator === 'in' ? 'in' : 'notIn'}(): give at least one value.`);
    return WhenExpression.fromSpec({ input: this.input, operator, values });
  }
}

/**
 * Starts a when expression: `when(param).in('main')`, `when(task.result('x')).notIn('false')`,
 * or `when.cel("'$(params.branch)' == 'main'")` (needs `enable-cel-in-whenexpression`).
 */
export const when = Object.assign((input: StringValue): WhenInput => new WhenInput(input), {
  cel: (expression: string): WhenExpression => WhenExpression.fromSpec({ cel: expression }),
});
