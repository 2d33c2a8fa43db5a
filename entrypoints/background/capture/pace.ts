import { isQuotaError } from '../../../utils/errors';
import { serialQueue } from '../../../utils/serial-queue';

/**
 * Chrome allows `tabs.captureVisibleTab` about twice a second per extension
 * (MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND) and rejects extra calls. Every screenshot goes
 * through one paced queue that leaves at least `minIntervalMs` between calls and, if Chrome
 * still says the quota is exceeded (another capture, a clock hiccup), waits and retries.
 */
const MIN_CAPTURE_INTERVAL_MS = 520;

interface PacerOptions {
  minIntervalMs?: number;
  retries?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** Runs once the call's turn has come, just before the screenshot (e.g. hide Seller Guard's UI). */
type BeforeShot = (() => Promise<void>) | null;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Wrap `capture` so calls are queued, spaced and retried on quota errors. */
export function pacedCapture<A extends unknown[], R>(capture: (...args: A) => Promise<R>, options: PacerOptions = {}) {
  const { minIntervalMs = MIN_CAPTURE_INTERVAL_MS, retries = 4, now = Date.now, sleep = defaultSleep } = options;
  let lastCall = -Infinity;
  const oneAtATime = serialQueue();

  const attempt = async (beforeShot: BeforeShot, args: A): Promise<R> => {
    for (let tries = 0; ; tries++) {
      const wait = lastCall + minIntervalMs - now();
      if (wait > 0) await sleep(wait);
      if (tries === 0) await beforeShot?.();
      lastCall = now();
      try {
        return await capture(...args);
      } catch (error) {
        if (!isQuotaError(error) || tries >= retries) throw error;
        await sleep(minIntervalMs * (tries + 1));
      }
    }
  };

  return (beforeShot: BeforeShot, ...args: A): Promise<R> => {
    return oneAtATime(() => attempt(beforeShot, args));
  };
}
