import { useEffect, useState } from 'preact/hooks';
import { WatchlistPopupStatus, type WatchlistCheck } from './watchlist-popup-status';
import { callBackground } from '../../../utils/call-background';
import type { PageInfo } from '../../../utils/protocol';
import './popup-watchlist.css';

/** The watchlist state of the current tab's buyer, asked of the background. */
export function PopupWatchlist({ info }: { info: PageInfo }) {
  const hasBuyer = Boolean(info.buyerProxyEmail || info.buyerName || (info.kind !== 'order-list' && info.orderIds.length));
  const keys = { proxyEmail: info.buyerProxyEmail, orderIds: info.kind === 'order-list' ? [] : info.orderIds, buyerName: info.buyerName };
  const asked = JSON.stringify(keys);
  const [check, setCheck] = useState<WatchlistCheck>({ state: 'checking' });
  useEffect(() => {
    if (!hasBuyer) return setCheck({ state: 'no-buyer' });
    let current = true;
    void callBackground('matchWatchlistPage', keys).then((result) => {
      if (!current) return;
      setCheck(result.ok ? { state: 'done', hits: result.value } : { state: 'failed', message: result.error.message });
    });
    return () => {
      current = false;
    };
  }, [asked, hasBuyer]);
  return <WatchlistPopupStatus check={check} />;
}
