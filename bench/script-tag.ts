// The script tag's cost to a user's program, in fresh node processes from the precompiled copy:
// how long a process that used the tag takes to end after its last statement (a parser that
// leaves background work behind, such as WebAssembly tier-up compilation, keeps it alive), and
// what the tag adds to a fresh process that uses it on 10 scripts.
import { join } from 'node:path';
import { child, rounds } from './fresh-sections';
import type { Section } from './run';
import { fmt } from './stats';

const MODES = ['tag', 'plain'] as const;

export function scriptTagSection(js: string, lib: string, runs: number): Section {
  const m = rounds(MODES, runs, (mode) => {
    const figures = child(js, [join(js, 'bench/script-tag-child.js'), mode, js], true, { CDK8S_TEKTON_LIB: lib });
    // child() returns right after the process has exited: the end, on the same wall clock as `last`.
    return { ...figures, exitDelayMs: performance.timeOrigin + performance.now() - figures.last };
  });
  const delay = m.tag.exitDelayMs;
  const cost = m.tag.wallMs - m.plain.wallMs;
  return {
    title: '9. The script tag in a fresh process',
    about: `Each figure is a fresh node process running compiled JavaScript (the program precompiled, as in section 3) that loads the library as users install it (the package's bundled build/lib/index.js) and makes 10 step scripts, each interpolating a param: with the \`script\` tag (each script parsed), or written by hand as the tag writes them (the same program without the tag). Wall ms = the whole process as spawned; exit delay = from the process's last statement to its exit as the bench sees it (process teardown included, which the program without the tag pays too). Median of ${runs} processes each, the two taking turns; the cost is the difference of the medians, measured in one run.`,
    headers: ['program', 'wall ms', 'exit delay after the last statement, ms'],
    rows: [
      ['10 scripts with the tag', fmt(m.tag.wallMs), fmt(delay)],
      ['the same 10 scripts written by hand', fmt(m.plain.wallMs), fmt(m.plain.exitDelayMs)],
    ],
    verdicts: [
      `a process that used the tag ends ${fmt(delay)} ms after its last statement (goal <= 30 ms): ${delay <= 30 ? 'met' : 'NOT met'}`,
      `the tag adds ${fmt(cost)} ms to a fresh process that uses it on 10 scripts (goal <= 20 ms): ${cost <= 20 ? 'met' : 'NOT met'}`,
    ],
  };
}
