// Small timing helpers shared by the benchmark sections.
import { execFileSync, spawnSync } from 'node:child_process';

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Runs `fn` `runs` times (after one warm-up) and returns the median in milliseconds. */
export function timeMs(fn: () => unknown, runs: number): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(times);
}

/** Times a pair of functions interleaved, so both see the same machine noise. */
export function timePair(a: () => unknown, b: () => unknown, runs: number): [number, number] {
  a();
  b();
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    for (const [fn, into] of [[a, ta], [b, tb]] as const) {
      const t = process.hrtime.bigint();
      fn();
      into.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
  }
  return [median(ta), median(tb)];
}

/**
 * Times several functions in rounds, each round in a rotated order so that none is always first
 * after the same neighbour; returns each one's median in milliseconds (after one warm-up each).
 */
export function timeRotating(fns: ReadonlyArray<() => unknown>, runs: number): number[] {
  for (const fn of fns) fn();
  const times = fns.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    for (let j = 0; j < fns.length; j++) {
      const k = (i + j) % fns.length;
      const t = process.hrtime.bigint();
      fns[k]();
      times[k].push(Number(process.hrtime.bigint() - t) / 1e6);
    }
  }
  return times.map(median);
}

/** Wall time of a command in milliseconds (median of `runs`), failing loudly if it fails. */
export function commandMs(cmd: string, args: string[], runs: number, options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { cwd: options.cwd, env: options.env ?? process.env, encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr || r.stdout}`);
    times.push(ms);
  }
  return median(times);
}

/** Output of a command, for the machine facts. */
export function sh(cmd: string): string {
  try {
    return execFileSync('sh', ['-c', cmd], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

export const fmt = (ms: number): string => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
export const ratio = (a: number, b: number): string => (a / b).toFixed(2);
