import type { IdStream } from './search-criteria';

/** A stream and the ids already read from it (its probe). */
export interface OpenStream {
  stream: IdStream;
  first: string[];
}

/** Candidate ids newest first, and whether the key budget stopped the reading early. */
export interface Candidates {
  ids: AsyncIterable<string>;
  /** True once reading stopped at the key budget (older matches may exist). */
  cut(): boolean;
}

/** One stream's ids as a cursor over growing windows. */
class Reader {
  private buffer: string[];
  private at = 0;
  private done = false;
  private window: number;

  constructor(private readonly source: OpenStream, private readonly count: (n: number) => void) {
    this.buffer = [...source.first];
    this.window = Math.max(source.first.length, 100);
  }

  /** The current id, reading the next window when needed; null at the end. */
  async head(): Promise<string | null> {
    if (this.at >= this.buffer.length && !this.done) {
      this.window = Math.min(this.window * 2, 4000);
      const more = await this.source.stream.next(this.window);
      this.count(more.length);
      if (more.length < this.window) this.done = true;
      this.buffer = more;
      this.at = 0;
    }
    return this.at < this.buffer.length ? this.buffer[this.at]! : null;
  }

  advance(): void {
    this.at++;
  }
}

/**
 * Ids in every stream, newest first, found by reading the streams side by side (ids only,
 * about five times cheaper than loading records). Stops after reading `keyBudget` ids.
 */
export function joinStreams(streams: OpenStream[], keyBudget: number): Candidates {
  let read = streams.reduce((n, s) => n + s.first.length, 0);
  let cut = false;
  const readers = streams.map((s) => new Reader(s, (n) => (read += n)));
  async function* ids(): AsyncGenerator<string> {
    for (;;) {
      if (read > keyBudget) {
        cut = true;
        return;
      }
      const heads = await Promise.all(readers.map((r) => r.head()));
      if (heads.some((h) => h === null)) return;
      // Ids sort newest first, so the largest head is the newest id all streams may share.
      const target = heads.reduce((a, b) => (a! > b! ? a : b))!;
      if (heads.every((h) => h === target)) {
        yield target;
        readers.forEach((r) => r.advance());
        continue;
      }
      readers.forEach((r, i) => {
        if (heads[i]! < target) r.advance();
      });
    }
  }
  return { ids: ids(), cut: () => cut };
}

/** One stream's ids, or the table's, as candidates (no budget: records are counted instead). */
export function streamCandidates(source: OpenStream): Candidates {
  async function* ids(): AsyncGenerator<string> {
    yield* source.first;
    let window = Math.max(source.first.length, 40);
    for (;;) {
      window = Math.min(window * 2, 2000);
      const more = await source.stream.next(window);
      yield* more;
      if (more.length < window) return;
    }
  }
  return { ids: ids(), cut: () => false };
}
