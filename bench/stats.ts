// Small timing helpers shared by the benchmark sections.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * Peak RSS of this process in MB. Linux's VmHWM starts afresh when a program is exec'd; the maxRSS
 * of getrusage does not: a child spawned by a big process reports at least the parent's RSS at the
 * fork, so children that measure their own peak read VmHWM.
 */
export function ownPeakRssMb(): number {
  const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return hwm ? Number(hwm[1]) / 1024 : process.resourceUsage().maxRSS / 1024;
}

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

/** CPU time (user + system, all threads) this process has used, in milliseconds. */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Times several functions in rounds, each round in a rotated order so that none is always first
 * after the same neighbour; returns each one's median wall and CPU milliseconds (after one
 * warm-up each), and the fastest and slowest wall time of each. On a machine whose cores other
 * processes share, wall time includes waiting for a core; CPU time does not.
 */
export function timeRotating(fns: ReadonlyArray<() => unknown>, runs: number): Array<{ wall: number; cpu: number; wallMin: number; wallMax: number }> {
  for (const fn of fns) fn();
  const wall = fns.map(() => [] as number[]);
  const cpu = fns.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    for (let j = 0; j < fns.length; j++) {
      const k = (i + j) % fns.length;
      const t = process.hrtime.bigint();
      const c = cpuMs();
      fns[k]();
      cpu[k].push(cpuMs() - c);
      wall[k].push(Number(process.hrtime.bigint() - t) / 1e6);
    }
  }
  return fns.map((_, k) => ({ wall: median(wall[k]), cpu: median(cpu[k]), wallMin: Math.min(...wall[k]), wallMax: Math.max(...wall[k]) }));
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
