// The goals of issue 16 (performance as users wait for it), collected from the sections that
// measure them into one table at the end of BENCHMARKS.md: each goal, the figure the issue started
// from (measured 2026-12-06, before the work), this run's figure and the verdict.
import type { Section } from './run';

export interface Goal {
  readonly goal: string;
  /** The figure when the issue was filed. */
  readonly before: string;
  /** This run's figure, with its range where the section has one. */
  readonly after: string;
  readonly met: boolean;
}

const goals: Goal[] = [];

/** Records a goal for the summary and returns the verdict word the section prints. */
export function goal(g: Goal): 'met' | 'NOT met' {
  goals.push(g);
  return g.met ? 'met' : 'NOT met';
}

/** The summary section; undefined when no section of this run measured an issue-16 goal. */
export function goalsSection(): Section | undefined {
  if (goals.length === 0) return undefined;
  const met = goals.filter((g) => g.met).length;
  return {
    title: 'Issue 16 goals, from this run',
    about: 'Every goal of issue 16 with the figure it started from (the issue\'s own measurements, 2026-12-06) and the figure of this run, taken from the section named in the goal. Chain, fan and the warm in-process figures must be no worse than when the issue was filed; "no worse" allows 10 % for the noise of this shared machine.',
    headers: ['goal', 'before', 'this run', 'verdict'],
    rows: goals.map((g) => [g.goal, g.before, g.after, g.met ? 'met' : 'not met']),
    verdicts: [`${met} of ${goals.length} goals met`],
  };
}
