import type { PageAddress } from '../../rules/page-kind';
import type { PageInfo } from '../../utils/protocol';
import { fetchPageJson } from './page-json';
import { readPage } from './read-page';

const SETTLE_MS = 120;

/**
 * Read the page now and again whenever its DOM changes (debounced), for as long as
 * `signal` lives. Seller Central renders after load and re-renders in place, so a single
 * read at start would see only the spinner. Listeners hear only real changes.
 */
export function watchPageInfo(doc: Document, url: URL, address: PageAddress, signal: AbortSignal) {
  let info: PageInfo | null = null;
  let json: Partial<PageInfo> = {};
  const listeners = new Set<(info: PageInfo) => void>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const read = () => {
    if (signal.aborted) return;
    const next = readPage(doc, url, address, json);
    if (info && JSON.stringify(info) === JSON.stringify(next)) return;
    info = next;
    for (const listener of listeners) listener(next);
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(read, SETTLE_MS);
  };

  const observer = new MutationObserver(schedule);
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    listeners.clear();
  });
  read();
  void fetchPageJson(url, address, signal).then((found) => {
    json = found;
    if (Object.keys(found).length > 0) read();
  });

  return {
    current: () => info,
    onPageInfo(listener: (info: PageInfo) => void) {
      listeners.add(listener);
      if (info) listener(info);
    },
  };
}
