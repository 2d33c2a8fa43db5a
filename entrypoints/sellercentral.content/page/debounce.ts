/**
 * Run `fn` once calls pause for `wait` ms, and at least every `maxWait` ms while they keep
 * coming (never, when `maxWait` is left out), so work follows a busy page or a fast typist
 * without running on every change. Pending runs are dropped when `signal` aborts.
 */
export function debounce(fn: () => void, { wait, maxWait = Infinity }: { wait: number; maxWait?: number }, signal: AbortSignal) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstCall = 0;
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    firstCall = 0;
  };
  const run = () => {
    cancel();
    if (!signal.aborted) fn();
  };
  signal.addEventListener('abort', cancel);
  return {
    /** Run after `delay` (default `wait`) ms of quiet, or when `maxWait` has passed since the first call. */
    schedule(delay = wait) {
      if (signal.aborted) return;
      const now = Date.now();
      if (!firstCall) firstCall = now;
      clearTimeout(timer);
      timer = setTimeout(run, Math.max(0, Math.min(delay, firstCall + maxWait - now)));
    },
    /** Run now if a run is pending. */
    flush() {
      if (timer !== undefined) run();
    },
    /** Drop a pending run. */
    cancel,
  };
}
