import type { Queryable } from '../db/database';
import { numberOf } from '../db/rows';

interface Waiter {
  workspaceId: string;
  after: number;
  /** The policy version the puller holds, when it named one: a different version wakes it too. */
  policy?: number | undefined;
  wake: () => void;
}

/**
 * Long-poll support: a pull with `wait` sleeps here until the workspace's watchlist
 * sequence passes its cursor. Changes made through this process wake waiters at once;
 * changes made through another server process on the same database are seen by one shared
 * poll of the sequences every `pollMs` while anyone waits (so within about a second). A pull
 * that names the policy version it holds also wakes when the team policy moves on from it.
 */
export class ChangeWaiters {
  private readonly waiters = new Set<Waiter>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Queryable,
    private readonly pollMs = 1000,
  ) {}

  /** Resolves when the sequence passes `after` (or the policy leaves version `policy`), after `seconds`, or when `signal` aborts. */
  wait(workspaceId: string, after: number, seconds: number, signal: AbortSignal, policy?: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timeout);
        signal.removeEventListener('abort', done);
        this.waiters.delete(waiter);
        if (!this.waiters.size) this.stopPolling();
        resolve();
      };
      const waiter: Waiter = { workspaceId, after, policy, wake: done };
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

  /** A policy version was saved through this process. */
  notifyPolicy(workspaceId: string, version: number): void {
    for (const waiter of [...this.waiters]) if (waiter.workspaceId === workspaceId && waiter.policy !== undefined && waiter.policy !== version) waiter.wake();
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
      const { rows } = await this.db.query<{ id: string; watch_seq: unknown; policy_version: unknown }>(
        'SELECT w.id, w.watch_seq, (SELECT coalesce(max(p.version), 0) FROM policies p WHERE p.workspace_id = w.id) AS policy_version FROM workspaces w WHERE w.id = ANY($1::uuid[])',
        [ids],
      );
      for (const row of rows) {
        this.notify(row.id, numberOf(row.watch_seq));
        this.notifyPolicy(row.id, numberOf(row.policy_version));
      }
    } catch {
      // Database unreachable: waiters simply time out and the client pulls again.
    }
  }
}
