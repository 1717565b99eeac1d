// CEL expressions of Triggers' cel interceptor (filters and overlays) are parsed here so a typo
// fails at synth or in `validate` instead of making every event silently stop at the interceptor.
import { parse } from '@marcbachmann/cel-js';

/** The parser's message (first line, without the caret picture) when `expression` is not valid CEL. */
export function celParseError(expression: string): string | undefined {
  try {
    parse(expression);
    return undefined;
  } catch (e) {
    return (e as Error).message.split('\n')[0].trim();
  }
}
