// What one replay of an outsider's event may spend. A webhook body is untrusted input: a CEL
// comprehension over a large body, or a template that multiplies it, must end the replay with a
// message, not hang the terminal or exhaust the heap. Checked between steps and inside every
// function the CEL environment adds.
import { getHeapStatistics } from 'node:v8';

/** The replay ran out of time or memory: it stops as a whole, it is not one trigger's failure. */
export class BudgetExceeded extends Error {}

export interface BudgetLimits {
  /** @default 10000 */
  readonly milliseconds?: number;
  /**
   * Growth of the JavaScript heap during the replay, above the smallest heap seen since it began
   * (a collection of garbage left from before the replay does not give the replay more room).
   * @default 512 MiB
   */
  readonly heapBytes?: number;
}

const usedHeap = (): number => getHeapStatistics().used_heap_size;

export class ReplayBudget {
  private readonly deadline: number;
  /** The smallest heap seen since the replay began: growth is counted from there. */
  private heapLow: number;
  private readonly milliseconds: number;
  private readonly heapBytes: number;

  public constructor(limits: BudgetLimits = {}, private readonly now: () => number = Date.now, private readonly heapUsed: () => number = usedHeap) {
    this.milliseconds = limits.milliseconds ?? 10_000;
    this.heapBytes = limits.heapBytes ?? 512 * 1024 * 1024;
    this.deadline = now() + this.milliseconds;
    this.heapLow = heapUsed();
  }

  private exceeded?: BudgetExceeded;

  /**
   * Throws BudgetExceeded when the replay has used up its time or memory, and from then on at
   * every call (a heap that shrinks after a collection does not resume the replay).
   */
  public check(): void {
    if (this.exceeded) throw this.exceeded;
    const reason = this.reason();
    if (reason) throw (this.exceeded = new BudgetExceeded(reason));
  }

  private reason(): string | undefined {
    if (this.now() > this.deadline) return `the replay ran out of its time budget (${this.milliseconds / 1000} s); the event or the CEL expressions cost too much to replay offline`;
    const used = this.heapUsed();
    this.heapLow = Math.min(this.heapLow, used);
    if (used - this.heapLow > this.heapBytes) return `the replay ran out of its memory budget (${Math.round(this.heapBytes / 1024 / 1024)} MiB of heap); the event or the CEL expressions cost too much to replay offline`;
    return undefined;
  }
}
