import { clockAt, type ClockState, type ResponseDue } from '../../../rules/clock/response-clock';

const MINUTE_MS = 60_000;

/** One clock on the page: its due time (read once from the page) and how to show a state. */
export interface ClockView {
  due: ResponseDue;
  show(state: ClockState): void;
}

export interface ClockBoard {
  /** Show `view` now and keep it for the minute updates (replacing the view under `key`). */
  set(key: string, view: ClockView): void;
  delete(key: string): void;
  /** Recompute every clock from its stored due time: reads nothing of the page. */
  tick(): void;
}

/**
 * The page's response clocks with their due times. The page is read when it changes; the
 * minute update only recomputes each state from the stored due time and the current time and
 * re-renders Seller Guard's own shadow roots, so the time left keeps counting down on a page
 * that does not change, at no cost to it.
 */
export function createClockBoard(warnHours: () => number, now: () => number = Date.now): ClockBoard {
  const views = new Map<string, ClockView>();
  const show = (view: ClockView, at: number) => view.show(clockAt(view.due, at, warnHours()));
  return {
    set(key, view) {
      views.set(key, view);
      show(view, now());
    },
    delete(key) {
      views.delete(key);
    },
    tick() {
      const at = now();
      for (const view of views.values()) show(view, at);
    },
  };
}

/** Timers a page session can run (WXT's content script context: cleared when the extension reloads). */
interface SessionTimers {
  ctx: { setInterval(handler: () => void, timeout?: number): number };
  signal: AbortSignal;
}

/** Update `board` every minute for the page session's lifetime. */
export function tickEveryMinute(session: SessionTimers, board: ClockBoard): void {
  if (session.signal.aborted) return;
  const id = session.ctx.setInterval(() => board.tick(), MINUTE_MS);
  session.signal.addEventListener('abort', () => clearInterval(id));
}
