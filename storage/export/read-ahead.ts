/**
 * `work` applied to each item of `items`, up to `ahead` items before the one being consumed,
 * yielding the results in the order of the items: reads and hashes of the next screenshots
 * overlap the ZIP work on this one, and at most `ahead + 1` results are held at once.
 * @example for await (const bytes of readAhead(blobs(), 4, (b) => b.arrayBuffer())) use(bytes)
 */
export async function* readAhead<T, R>(items: AsyncIterable<T>, ahead: number, work: (item: T) => Promise<R>): AsyncGenerator<R> {
  const queue: Promise<R>[] = [];
  const start = (item: T) => {
    const running = work(item);
    // A failure is reported when its turn comes, not as an unhandled rejection before.
    running.catch(() => undefined);
    queue.push(running);
  };
  for await (const item of items) {
    start(item);
    if (queue.length > ahead) yield await queue.shift()!;
  }
  while (queue.length) yield await queue.shift()!;
}
