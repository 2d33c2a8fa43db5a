/**
 * Run `fn` once input pauses for `wait` ms, and at least every `maxWait` ms while it keeps
 * coming, so warnings follow a fast typist without analysing every keystroke. Pending runs
 * are dropped when `signal` aborts.
 */
export function debounce(fn: () => void, { wait, maxWait }: { wait: number; maxWait: number }, signal: AbortSignal) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstCall = 0;
  const run = () => {
    clearTimeout(timer);
    timer = undefined;
    firstCall = 0;
    if (!signal.aborted) fn();
  };
  signal.addEventListener('abort', () => clearTimeout(timer));
  return {
    schedule() {
      if (signal.aborted) return;
      const now = Date.now();
      if (!firstCall) firstCall = now;
      clearTimeout(timer);
      timer = setTimeout(run, Math.max(0, Math.min(wait, firstCall + maxWait - now)));
    },
    /** Run now if a run is pending. */
    flush() {
      if (timer !== undefined) run();
    },
  };
}
