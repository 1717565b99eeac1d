// Section 9: when expressions on pipeline tasks, finally tasks and steps.
import { Doc, isObject, list } from './core';

/** Shape rules of a `when` list; the variables inside are checked by the caller's scope rules. */
export function checkWhen(d: Doc, path: string, whens: unknown): void {
  list(whens).forEach((w, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(w) || Object.keys(w).length === 0) {
      d.report('when.empty', at, 'a when expression may not be empty', 'give it `input`, `operator` and `values`, or `cel`');
      return;
    }
    if (w.cel !== undefined) {
      d.flag('enableCelInWhenExpression', `${at}.cel`, 'a CEL when expression', w.cel);
      if (w.input !== undefined || w.operator !== undefined || w.values !== undefined) {
        d.report('when.cel-mixed', at, 'a when expression with `cel` may not also set input, operator or values', 'split it into two when expressions, or express the whole condition in CEL');
      }
      if (typeof w.cel !== 'string' || w.cel.trim() === '') {
        d.report('when.cel-empty', `${at}.cel`, 'the CEL expression is empty', 'write the condition, e.g. "\'$(params.branch)\' == \'main\'"', w.cel);
      } else {
        checkCelText(d, `${at}.cel`, w.cel);
      }
      return;
    }
    if (w.operator !== 'in' && w.operator !== 'notin') {
      d.report('when.operator', `${at}.operator`, 'operator must be "in" or "notin"', 'use in or notin', w.operator);
    }
    if (!Array.isArray(w.values) || w.values.length === 0) {
      d.report('when.values', `${at}.values`, 'values must list at least one value', 'list the values the input is compared with', w.values);
    }
    if (typeof w.input !== 'string') d.report('when.input', `${at}.input`, 'input must be a string', 'set input to the value to test, e.g. "$(params.branch)"', w.input);
  });
}

/**
 * What can be checked of CEL without a CEL compiler: balanced quotes and brackets, and Tekton
 * variables only inside quotes (Tekton does not substitute them before compiling).
 */
function checkCelText(d: Doc, path: string, cel: string): void {
  let quote: string | undefined;
  const stack: string[] = [];
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  for (let i = 0; i < cel.length; i++) {
    const c = cel[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '$' && cel[i + 1] === '(') {
      d.report('when.cel-unquoted-variable', path, 'a Tekton variable in CEL must be quoted, since the expression is compiled before variables are substituted', "quote it: '$(params.x)' == 'y'", cel);
      return;
    } else if (c === '(' || c === '[' || c === '{') stack.push(c);
    else if (c in pairs) {
      if (stack.pop() !== pairs[c]) {
        d.report('when.cel-syntax', path, `the CEL expression does not compile: unbalanced "${c}" at offset ${i}`, 'balance the brackets', cel);
        return;
      }
    }
  }
  if (quote || stack.length > 0) d.report('when.cel-syntax', path, `the CEL expression does not compile: unclosed ${quote ? 'quote' : `"${stack[stack.length - 1]}"`}`, 'close it', cel);
}
