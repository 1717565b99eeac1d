// The script tag's parser (lib/shell/parse.ts) at the edges the mutation runs found: each construct
// is read as bash, dash and busybox ash read it, and text they could read differently is refused
// with the parser's own reason.
import { describe, expect, it } from 'vitest';
import { HOSTILE, run, runText, SHELLS, tag } from '../lib/script-harness';
import { unreadable } from '../lib/script-messages';


describe('the time keyword', () => {
  // A bug a mutation run found: bash's time keyword takes only -p, but dash has no time keyword
  // and runs the time program, which reads -f V as its own option and then runs sh -c with the
  // value already expanded into the code. The tag read -f as the command and placed the value
  // inside the double quotes.
  it('refuses an option other than -p, which dash gives to the time program', () => {
    const TIME = 'an option of time other than -p, which bash reads as the command to time and dash passes to the time program; write time -p or no option';
    expect(() => tag('time -f %e sh -c "echo @"')).toThrow(unreadable(1, '-f %e sh -c "echo ${PARAMS_P}"', TIME));
    expect(() => tag('time -pq sh -c "echo @"')).toThrow(unreadable(1, '-pq sh -c "echo ${PARAMS_P}"', TIME));
    // What the tag used to write runs the value under dash.
    expect(runText('dash', 'time -f %e sh -c "echo ${PARAMS_P}" 2> /dev/null', { PARAMS_P: '$(touch PWNED)' }).pwned).toBe(true);
  });

  it('reads time and time -p as timing the command after them, in every shell', () => {
    for (const template of ['time sh -c "echo @" > out', 'time -p sh -c "echo @" > out', '! time -p printf %s @ > out']) {
      const s = tag(template);
      expect(s.text).toBe(template.replace('"echo @"', `'echo "\${PARAMS_P}"'`).replace('%s @', '%s "${PARAMS_P}"'));
      for (const shell of SHELLS) expect(run(s, shell, HOSTILE), `${shell}: ${s.text}`).toMatchObject({ pwned: false, out: `${HOSTILE}${template.includes('echo') ? '\n' : ''}` });
    }
  });
});
