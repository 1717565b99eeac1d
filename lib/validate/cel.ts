// CEL expressions of Triggers' cel interceptor (filters and overlays) are parsed here so a typo
// fails at synth or in `validate` instead of making every event silently stop at the interceptor.
// The CEL parser (an ES module graph) is loaded on the first expression, not with the library:
// it took half of the library's own load time, and most apps have no cel interceptor.
import type * as Cel from '@marcbachmann/cel-js';

let cel: typeof Cel | undefined;

/** The parser's message (first line, without the caret picture) when `expression` is not valid CEL. */
export function celParseError(expression: string): string | undefined {
  cel ??= require('@marcbachmann/cel-js') as typeof Cel;
  try {
    cel.parse(expression);
    return undefined;
  } catch (e) {
    return (e as Error).message.split('\n')[0].trim();
  }
}
