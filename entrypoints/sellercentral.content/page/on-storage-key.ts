import { browser } from '#imports';

/**
 * Call `listener` whenever the background changes `key` in `browser.storage.local` (how it
 * tells open pages that something they show may have changed), until `signal` aborts.
 */
export function onLocalStorageKey(key: string, signal: AbortSignal, listener: () => void): void {
  const onStorage = (changed: Record<string, unknown>, area: string) => {
    if (area === 'local' && key in changed) listener();
  };
  browser.storage.onChanged.addListener(onStorage);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onStorage), { once: true });
}
