// Reading the outcome of a CEL expression (a PaC on-cel-expression or a Triggers cel filter):
// which top-level term made it false, and the evaluator's message without its caret picture.

/** The top-level `&&` terms of an expression (quotes and brackets respected), to say which one is false. */
export function conjunctsOf(expression: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < expression.length; i++) {
    const c = expression[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (depth === 0 && expression.startsWith('&&', i)) {
      parts.push(expression.slice(start, i).trim());
      start = i + 2;
      i++;
    }
  }
  parts.push(expression.slice(start).trim());
  return parts;
}

/** The first line of an error from the evaluator (its caret picture dropped). */
export function celMessage(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0].trim();
}
