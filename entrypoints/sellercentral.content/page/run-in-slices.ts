/** How long one slice of work may run before the page gets the main thread back (ms). */
export const SLICE_BUDGET_MS = 8;

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Give the main thread back to the page (input, rendering, its own scripts) and continue in a
 * later task: `scheduler.yield()` where Chromium has it (the continuation goes first among
 * ordinary tasks), else a zero timeout.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A runner that works through a list in slices: `step` runs on each item in turn, and once a
 * slice has used `budget` ms the runner yields to the page before the next item, so a long
 * list never makes one long task (an item that alone takes longer still runs whole).
 * Starting a run cancels the one before (it stops at its next yield), and no step runs once
 * `signal` aborts. A run resolves true when it saw every item, false when cancelled.
 */
export function sliceRunner(signal: AbortSignal, budget = SLICE_BUDGET_MS) {
  let latest = 0;
  return async function run<T>(items: Iterable<T>, step: (item: T) => void): Promise<boolean> {
    const mine = ++latest;
    const current = () => mine === latest && !signal.aborted;
    if (!current()) return false;
    let sliceStarted = performance.now();
    let stepsInSlice = 0;
    for (const item of items) {
      // At least one item a slice, so a run always gets on.
      if (stepsInSlice++ > 0 && performance.now() - sliceStarted >= budget) {
        await yieldToPage();
        if (!current()) return false;
        sliceStarted = performance.now();
        stepsInSlice = 1;
      }
      step(item);
    }
    return true;
  };
}
