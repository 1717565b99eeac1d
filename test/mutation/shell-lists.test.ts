// A list that ends after && or || (at the end of the script, or where a construct closes) is a
// syntax error in every shell: nothing runs. The tag refuses it at synth, as it refuses a pipeline
// that ends after |, so the mistake shows where it was made instead of in a failed TaskRun. A
// command on a later line (comments and blank lines between) is read as the one && runs.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanUp, outcome, runText, SHELLS } from '../lib/script-harness';
import { unreadable } from '../lib/script-messages';

afterAll(cleanUp);

/** Each template (@ for the param), the tag's refusal, and the script as the shells get it. */
const REFUSED: Array<[string, string]> = [
  ['echo @ &&', unreadable(1, undefined, 'expected a command, found "the end"')],
  ['echo @ ||\n', unreadable(2, undefined, 'expected a command, found "the end"')],
  ['echo @ && # nothing follows\n\n', unreadable(3, undefined, 'expected a command, found "the end"')],
  ['if true; then echo @ && fi', unreadable(1, 'fi', 'unexpected fi')],
  ['x=$(echo @ ||)', unreadable(1, ')', 'expected a command, found ")"')],
  ['case a in a) echo @ && ;; esac', unreadable(1, ';; esac', 'expected a command, found ";"')],
  ['{ echo @ || }', unreadable(1, '}', 'unexpected }')],
];

describe('a list that ends after && or ||', () => {
  it.each(REFUSED)('%j is refused', (template, refusal) => {
    expect(outcome(template)).toBe(refusal);
  });

  it.each(REFUSED.flatMap(([template]) => SHELLS.map((shell) => [template, shell] as const)))('%j is a syntax error under %s: it runs nothing', (template, shell) => {
    const ran = runText(shell, `${template.replace('@', '"$V"').replace('echo', 'touch ran;echo')}\n`, { V: 'x' });
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/syntax error|unexpected/i);
  });

  it('reads a command on a later line, after comments and blank lines, as the one && and || run', () => {
    expect(outcome('echo @ && # then\n\n  echo done ||\n\n  echo @')).toBe('echo "${PARAMS_P}" && # then\n\n  echo done ||\n\n  echo "${PARAMS_P}"');
    expect(outcome('if true; then echo @ &&\n  true; fi')).toBe('if true; then echo "${PARAMS_P}" &&\n  true; fi');
  });
});
