// CEL expressions of Triggers' cel interceptor (filters and overlays) are parsed here so a typo
// fails at synth or in `validate` instead of making every event silently stop at the interceptor.
// The parser is loaded on first use: loading it takes about 20 ms, and most programs never write a
// CEL expression.
let parse: typeof import('@marcbachmann/cel-js').parse | undefined;

/** The parser's message (first line, without the caret picture) when `expression` is not valid CEL. */
export function celParseError(expression: string): string | undefined {
  parse ??= (require('@marcbachmann/cel-js') as typeof import('@marcbachmann/cel-js')).parse;
  try {
    parse(expression);
    return undefined;
  } catch (e) {
    return (e as Error).message.split('\n')[0].trim();
  }
}
