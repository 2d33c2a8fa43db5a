import type { PageAddress } from '../../../rules/page/page-kind';
import type { PageInfo } from '../../../utils/protocol';
import { fetchPageJson } from './page-json';
import { readPage } from './read-page';

const SETTLE_MS = 120;
/** Longest a busy page may postpone a read. */
const MAX_WAIT_MS = 1000;
/** After an SPA navigation the old page may still be on screen: give the app time to render. */
const NAVIGATION_GRACE_MS = 400;

/**
 * Read the page now and again whenever its DOM changes (debounced, at most MAX_WAIT_MS
 * late), for as long as `signal` lives. Seller Central renders after load and re-renders in
 * place, so a single read at start would see only the spinner; after an SPA navigation the
 * first read waits for the new page to render instead of reporting the old one.
 * Listeners hear only real changes.
 */
export function watchPageInfo(
  doc: Document,
  url: URL,
  address: PageAddress,
  signal: AbortSignal,
  { afterNavigation = false } = {},
) {
  let info: PageInfo | null = null;
  let json: Partial<PageInfo> = {};
  const listeners = new Set<(info: PageInfo) => void>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pendingSince: number | null = null;

  const read = () => {
    clearTimeout(timer);
    pendingSince = null;
    if (signal.aborted) return;
    const next = readPage(doc, url, address, json);
    if (info && JSON.stringify(info) === JSON.stringify(next)) return;
    info = next;
    for (const listener of listeners) listener(next);
  };
  const schedule = (delay = SETTLE_MS) => {
    const now = Date.now();
    pendingSince ??= now;
    clearTimeout(timer);
    timer = setTimeout(read, Math.max(0, Math.min(delay, pendingSince + MAX_WAIT_MS - now)));
  };

  const observer = new MutationObserver(() => schedule());
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    listeners.clear();
  });
  if (afterNavigation) schedule(NAVIGATION_GRACE_MS);
  else read();
  void fetchPageJson(url, address, signal).then((found) => {
    json = found;
    if (Object.keys(found).length > 0) schedule();
  });

  return {
    current: () => info,
    onPageInfo(listener: (info: PageInfo) => void) {
      listeners.add(listener);
      if (info) listener(info);
    },
  };
}
