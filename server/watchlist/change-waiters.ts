import type { Queryable } from '../db/database';
import { numberOf } from '../db/rows';

interface Waiter {
  workspaceId: string;
  after: number;
  wake: () => void;
}

/**
 * Long-poll support: a pull with `wait` sleeps here until the workspace's watchlist
 * sequence passes its cursor. Changes made through this process wake waiters at once;
 * changes made through another server process on the same database are seen by one shared
 * poll of the sequences every `pollMs` while anyone waits (so within about a second).
 */
export class ChangeWaiters {
  private readonly waiters = new Set<Waiter>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Queryable,
    private readonly pollMs = 1000,
  ) {}

  /** Resolves when the sequence passes `after`, after `seconds`, or when `signal` aborts. */
  wait(workspaceId: string, after: number, seconds: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timeout);
        signal.removeEventListener('abort', done);
        this.waiters.delete(waiter);
        if (!this.waiters.size) this.stopPolling();
        resolve();
      };
      const waiter: Waiter = { workspaceId, after, wake: done };
      const timeout = setTimeout(done, seconds * 1000);
      signal.addEventListener('abort', done);
      this.waiters.add(waiter);
      this.timer ??= setInterval(() => void this.poll(), this.pollMs);
    });
  }

  /** A change was committed through this process. */
  notify(workspaceId: string, seq: number): void {
    for (const waiter of [...this.waiters]) if (waiter.workspaceId === workspaceId && seq > waiter.after) waiter.wake();
  }

  close(): void {
    for (const waiter of [...this.waiters]) waiter.wake();
    this.stopPolling();
  }

  private stopPolling() {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async poll() {
    const ids = [...new Set([...this.waiters].map((w) => w.workspaceId))];
    if (!ids.length) return;
    try {
      const { rows } = await this.db.query<{ id: string; watch_seq: unknown }>(
        'SELECT id, watch_seq FROM workspaces WHERE id = ANY($1::uuid[])',
        [ids],
      );
      for (const row of rows) this.notify(row.id, numberOf(row.watch_seq));
    } catch {
      // Database unreachable: waiters simply time out and the client pulls again.
    }
  }
}
