import type { PageAddress } from '../../../rules/page/page-kind';
import type { PageInfo } from '../../../utils/protocol';
import { debounce } from './debounce';
import { onPageChange } from './observe';
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
  const read = () => {
    later.cancel();
    if (signal.aborted) return;
    const next = readPage(doc, url, address, json);
    if (info && JSON.stringify(info) === JSON.stringify(next)) return;
    info = next;
    for (const listener of listeners) listener(next);
  };
  const later = debounce(read, { wait: SETTLE_MS, maxWait: MAX_WAIT_MS }, signal);

  onPageChange(() => later.schedule(), { signal, root: doc, kinds: ['childList', 'characterData'] });
  signal.addEventListener('abort', () => listeners.clear());
  if (afterNavigation) later.schedule(NAVIGATION_GRACE_MS);
  else read();
  const jsonArrived = fetchPageJson(url, address, signal).then((found) => {
    json = found;
    if (Object.keys(found).length > 0) later.schedule();
  });

  return {
    current: () => info,
    /** The page read again at once (after its JSON, which never fails): what an action taken now records. */
    async readNow() {
      await jsonArrived;
      read();
      return info;
    },
    onPageInfo(listener: (info: PageInfo) => void) {
      listeners.add(listener);
      if (info) listener(info);
    },
  };
}
