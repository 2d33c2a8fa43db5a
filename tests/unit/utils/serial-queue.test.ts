import { describe, expect, it } from 'vitest';
import { serialQueue } from '../../../utils/serial-queue';

/** A task that resolves (or rejects) only when told to, recording when it started. */
function pending(log: string[], name: string) {
  let settle!: (ok: boolean) => void;
  const task = () =>
    new Promise<string>((resolve, reject) => {
      log.push(`start ${name}`);
      settle = (ok) => (ok ? resolve(name) : reject(new Error(name)));
    });
  return { task, settle: (ok = true) => settle(ok) };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('one-at-a-time queue', () => {
  it('starts each task only after the previous one settled, in order', async () => {
    const log: string[] = [];
    const enqueue = serialQueue();
    const a = pending(log, 'a');
    const b = pending(log, 'b');
    const first = enqueue(a.task);
    const second = enqueue(b.task);
    await tick();
    expect(log).toEqual(['start a']);
    a.settle();
    await expect(first).resolves.toBe('a');
    await tick();
    expect(log).toEqual(['start a', 'start b']);
    b.settle();
    await expect(second).resolves.toBe('b');
  });

  it('hands each caller its own failure and runs the next task anyway', async () => {
    const log: string[] = [];
    const enqueue = serialQueue();
    const a = pending(log, 'a');
    const failed = enqueue(a.task);
    const next = enqueue(() => 'after');
    await tick();
    a.settle(false);
    await expect(failed).rejects.toThrow('a');
    await expect(next).resolves.toBe('after');
  });

  it('keeps separate queues independent', async () => {
    const log: string[] = [];
    const one = serialQueue();
    const two = serialQueue();
    one(pending(log, 'a').task);
    two(pending(log, 'b').task);
    await tick();
    expect(log).toEqual(['start a', 'start b']);
  });
});
