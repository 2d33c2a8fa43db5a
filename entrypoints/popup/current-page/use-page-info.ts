import { useEffect, useState } from 'preact/hooks';
import { isSellerCentralUrl } from '../../../rules/page/hosts';
import { callBackground } from '../../../utils/call-background';
import type { PageInfo } from '../../../utils/protocol';
import { targetTab } from './target-tab';

type PageState =
  | { status: 'loading' }
  | { status: 'not-seller-central' }
  | { status: 'no-content-script' }
  | { status: 'ready'; tabId: number; info: PageInfo };

/** What the content script on the popup's tab recognised, polled until the page is read. */
export function usePageInfo(): PageState {
  const [state, setState] = useState<PageState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async (attempt: number) => {
      const tab = await targetTab();
      if (cancelled) return;
      // Without activeTab the URL is hidden; the content script (Seller Central only) answers anyway.
      const known = tab?.url !== undefined;
      if (!tab?.id || (known && !isSellerCentralUrl(tab.url))) return setState({ status: 'not-seller-central' });
      const answer = await callBackground('getPageInfo', {}, tab.id);
      const info = answer.ok ? answer.value : null;
      if (cancelled) return;
      if (info) setState({ status: 'ready', tabId: tab.id, info });
      // A loaded tab whose content script does not answer is not a Seller Central page (or
      // was opened before Seller Guard was installed); a loading one gets more time.
      else if (attempt >= (tab.status === 'complete' ? 1 : 8)) {
        return setState({ status: known ? 'no-content-script' : 'not-seller-central' });
      }
      // Seller Central renders after load: keep asking until the reader has seen content.
      if (!info?.ready && attempt <= 20) timer = setTimeout(() => void poll(attempt + 1), 250);
    };
    void poll(0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, []);
  return state;
}
