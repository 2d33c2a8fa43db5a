import { logError } from '../../../utils/errors';

/**
 * Run `task` now, or once more after the current run when asked again meanwhile (however
 * many times): every change is seen, no two runs overlap, none runs after `signal` aborts.
 * Failures are logged under `name`.
 */
export function runLatest(name: string, task: () => Promise<void>, signal: AbortSignal): () => void {
  let running = false;
  let again = false;
  const loop = async () => {
    running = true;
    try {
      do {
        again = false;
        await task();
      } while (again && !signal.aborted);
    } finally {
      running = false;
    }
  };
  return () => {
    if (running) again = true;
    else if (!signal.aborted) void loop().catch((error: unknown) => logError(name, error));
  };
}
