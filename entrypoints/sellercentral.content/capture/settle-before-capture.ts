import type { PageKind } from '../../../rules/page/page-kind';
import { debounce } from '../page/debounce';
import { onPageChange } from '../page/observe';
import { isOwnUi } from '../page/own-ui';
import { isLoading, partsNotShown } from './expected-parts';

/**
 * Longest a capture waits for the page. A visible capture must be stored within 1,500 ms of
 * the click (`capture.visible.click_to_stored`, tests/bench/targets.mjs), and the rest of a
 * capture takes 400–600 ms on a loaded machine: with 1 s here a capture that waited in full
 * took 1,575 ms (`capture.visible.click_to_stored.panel_still_loading`, load average 16), with
 * 0.8 s 1,142 ms.
 */
export const SETTLE_MAX_MS = 800;
/** A page that changed nothing for this long, with nothing loading, has drawn what it will. */
export const SETTLE_QUIET_MS = 300;
/** How often the expected parts are checked while the page keeps changing. */
const CHECK_MS = { wait: 25, maxWait: 100 };

interface SettleOptions {
  /** Stops the wait early (the page went away): the capture goes ahead with what shows. */
  signal?: AbortSignal;
  maxMs?: number;
  quietMs?: number;
}

/**
 * Wait (bounded) until the page shows what `kind`'s reader needs, so a capture records what the
 * page has finished showing rather than a half-drawn page: done at once when every expected part
 * shows, else as soon as they do, or once the page has been quiet for `quietMs` with nothing
 * loading (a part this page simply does not have). After `maxMs` it gives up and resolves with
 * the parts still not shown, which the capture records; otherwise with none.
 * Watches through the page's one shared observer; Seller Guard's own UI changes are ignored.
 */
export function settleBeforeCapture(doc: Document, url: URL, kind: PageKind, options: SettleOptions = {}): Promise<string[]> {
  const { signal, maxMs = SETTLE_MAX_MS, quietMs = SETTLE_QUIET_MS } = options;
  const notShown = () => partsNotShown(doc, url, kind);
  if (notShown().length === 0 || signal?.aborted) return Promise.resolve([]);
  return new Promise((resolve) => {
    const waiting = new AbortController();
    const finish = (parts: string[]) => {
      if (waiting.signal.aborted) return;
      waiting.abort();
      resolve(parts);
    };
    signal?.addEventListener('abort', () => finish(notShown()), { signal: waiting.signal });
    const check = debounce(() => notShown().length === 0 && finish([]), CHECK_MS, waiting.signal);
    const quiet = debounce(() => !isLoading(doc) && finish([]), { wait: quietMs }, waiting.signal);
    onPageChange(
      (records) => {
        if (records.every((record) => isOwnUi(record.target))) return;
        check.schedule();
        quiet.schedule();
      },
      { signal: waiting.signal, root: doc, kinds: ['childList', 'characterData'] },
    );
    quiet.schedule();
    const cap = setTimeout(() => finish(notShown()), maxMs);
    waiting.signal.addEventListener('abort', () => clearTimeout(cap));
  });
}
