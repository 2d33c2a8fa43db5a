/**
 * A queue that runs its tasks one at a time, in the order they were added: each starts once
 * the previous one has settled, whether it resolved or failed. Each call returns its own
 * task's result (or rejection); a failed task never blocks the ones after it.
 *
 * @example
 * const oneAtATime = serialQueue();
 * oneAtATime(() => save(a)); // runs now
 * oneAtATime(() => save(b)); // runs once save(a) has settled
 */
export function serialQueue(): <T>(task: () => T | Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => T | Promise<T>) => {
    const run = tail.then(task);
    tail = run.catch(() => undefined);
    return run;
  };
}
