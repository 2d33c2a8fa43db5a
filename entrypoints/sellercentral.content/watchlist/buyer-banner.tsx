import { WatchlistBanner } from './buyer-banner-view';
import { logError } from '../../../utils/errors';
import type { PageInfo } from '../../../utils/protocol';
import type { Feature } from '../page/page-session';
import { matchPage, onWatchlistChanged, pageKeysOf } from './client';
import { BANNER_HOST } from '../page/placement';
import { aboveContentSlot } from '../page/ui-slot';
import './watchlist.css';

/**
 * The watchlist banner: on order, thread and contact pages, when the page's buyer (proxy
 * email, order id, or name) is listed, a warning above the content with the reason,
 * severity, since when, linked orders, notes and the team's procedure. Matched again
 * whenever the page's buyer changes or the list may have changed; gone when nothing matches.
 */
export const watchlistBanner: Feature = {
  name: 'watchlist-banner',
  runsOn: ['order-details', 'message-thread', 'contact-buyer'],
  start(session) {
    const slot = aboveContentSlot(session, BANNER_HOST);
    let info: PageInfo | null = null;
    let asked = '';
    let latest = 0;

    const rematch = async (force: boolean) => {
      if (!info) return;
      const keys = pageKeysOf(info);
      const key = JSON.stringify(keys);
      if (key === asked && !force) return;
      asked = key;
      const ticket = ++latest;
      const result = await matchPage(keys);
      if (ticket !== latest || session.signal.aborted) return;
      if (!result.ok) return logError('watchlist banner', result.error.message);
      const hits = result.value;
      if (hits.length) await slot.show(<WatchlistBanner hits={hits} />);
      else slot.hide();
    };
    const run = (force: boolean) =>
      void rematch(force).catch((error: unknown) => logError('watchlist banner', error));

    session.onPageInfo((next) => {
      info = next;
      run(false);
    });
    onWatchlistChanged(session.signal, () => run(true));
  },
};
