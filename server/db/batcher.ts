/** One item's outcome in a batch: its value, or the error that item alone answers with. */
export type Settled<O> = { value: O } | { error: unknown };

interface Waiting<I, O> {
  item: I;
  resolve: (value: O) => void;
  reject: (error: unknown) => void;
}

/**
 * Coalesces concurrent calls into batches: up to `concurrency` batches run at once; items
 * arriving meanwhile wait and go together in the next one (up to `maxWeight`). Idle, an item
 * runs at once on its own, so nothing waits for a timer; under load the database does one
 * statement for many requests instead of one each. When a batch of several fails as a whole
 * (not for want of a database), each item is run again alone, so one item's failure is never another's.
 */
export class Batcher<I, O> {
  private readonly waiting: Waiting<I, O>[] = [];
  private running = 0;

  constructor(
    private readonly run: (items: I[]) => Promise<Settled<O>[]>,
    private readonly options: {
      concurrency: number;
      maxWeight: number;
      weight: (item: I) => number;
      /** Whether a whole batch's failure is worth trying item by item (not when the database is down). */
      retryAlone: (error: unknown) => boolean;
    },
  ) {}

  push(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    while (this.running < this.options.concurrency && this.waiting.length) {
      const batch = this.take();
      this.running++;
      void this.runBatch(batch).finally(() => {
        this.running--;
        this.next();
      });
    }
  }

  /** The oldest waiting items up to `maxWeight` (at least one). */
  private take(): Waiting<I, O>[] {
    let weight = 0;
    let count = 0;
    while (count < this.waiting.length) {
      weight += this.options.weight(this.waiting[count]!.item);
      if (count > 0 && weight > this.options.maxWeight) break;
      count++;
    }
    return this.waiting.splice(0, count);
  }

  private async runBatch(batch: Waiting<I, O>[]): Promise<void> {
    let outcomes: Settled<O>[];
    try {
      outcomes = await this.run(batch.map((w) => w.item));
    } catch (error) {
      if (batch.length === 1 || !this.options.retryAlone(error)) return batch.forEach((w) => w.reject(error));
      for (const w of batch) await this.runBatch([w]);
      return;
    }
    batch.forEach((w, i) => {
      const outcome = outcomes[i]!;
      if ('error' in outcome) w.reject(outcome.error);
      else w.resolve(outcome.value);
    });
  }
}
